"""The one error a rule pack can raise: it names the file, the rule and the key."""

from __future__ import annotations


class RulePackError(Exception):
    """A rule file that cannot be used; the CLI reports it on one line and exits 2."""

    def __init__(self, path: str, problem: str, rule: str | None = None, key: str | None = None):
        self.path = path
        self.problem = problem
        self.rule = rule
        self.key = key
        where = path
        if rule:
            where += f": rule {rule!r}"
        if key:
            where += f": key {key!r}"
        super().__init__(f"{where}: {problem}")


class FieldError(ValueError):
    """Raised by a matcher while compiling: which key of the rule is wrong, and why."""

    def __init__(self, key: str, problem: str):
        self.key = key
        self.problem = problem
        super().__init__(f"{key}: {problem}")
