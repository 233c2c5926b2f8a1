"""Meta-test: every rule of the default pack passes its own examples."""

from __future__ import annotations

import pytest

from annotator import engine
from annotator.engine.examples import check_rule

RULES = engine.rules()


def test_the_default_pack_has_the_issue_categories():
    cats = engine.categories()
    for name in (
        "evaluative",
        "loaded-label",
        "intensifier",
        "speculation",
        "characterisation",
        "loaded-attribution-verb",
        "vague-source",
        "scare-quote",
        "presupposition",
    ):
        assert name in cats, name
        assert cats[name]["colour"] and cats[name]["description"]
    assert {r.category for r in RULES} == set(cats)


def test_rule_ids_are_unique_and_every_rule_documented():
    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids))
    for r in RULES:
        assert r.description and r.source and r.message, r.id
        assert r.examples.flag and r.examples.pass_ and r.examples.attributed, r.id


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_rule_examples(rule):
    failures = [
        f"{res.expect}: {res.problem}: {res.text!r} found {[(f.text, f.voice) for f in res.found]}"
        for res in check_rule(rule)
        if not res.ok
    ]
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_messages_do_not_claim_a_voice(rule):
    # The same rule fires in the outlet's voice and in a speaker's, and the view adds "(in X's
    # words)" to an attributed finding: a message saying "the outlet ..." would contradict it.
    assert "outlet" not in rule.message.lower(), rule.message
