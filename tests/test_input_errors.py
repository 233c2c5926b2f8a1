"""Bad input through the real CLI: one stderr line naming the file and the problem, exit 2."""

from __future__ import annotations

import codecs
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

GOOD = "\u201cWe will not back down,\u201d Defense Minister Sergey Shoigu said on Monday.\n"


def run(args: list[str], cwd: Path, stdin: bytes = b"", env: dict | None = None):
    full_env = dict(os.environ)
    full_env.pop("ANNOTATE_CONFIG", None)
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "annotate_cli.app", *args],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        timeout=60,
        env=full_env,
    )


def err_lines(proc) -> list[str]:
    return proc.stderr.decode("utf-8", "backslashreplace").splitlines()


def assert_one_line_error(proc, name: str, *words: str) -> str:
    stderr = proc.stderr.decode("utf-8", "backslashreplace")
    assert "Traceback" not in stderr
    assert proc.returncode == 2, (proc.returncode, stderr)
    lines = err_lines(proc)
    assert len(lines) == 1, lines
    line = lines[0]
    assert name in line, line
    for w in words:
        assert w.lower() in line.lower(), (w, line)
    return line


# (file name, bytes or a maker, words the message must hold); None bytes: do not create.
CASES = {
    "missing": ("nope.txt", None, ["no such file"]),
    "empty": ("empty.txt", b"", ["empty"]),
    "white space only": ("blank.txt", b" \r\n\t\n  ", ["empty", "white space"]),
    "byte-order mark only": ("bom.txt", codecs.BOM_UTF8, ["empty"]),
    "binary with NUL": ("a.bin", b"\x7fELF\x02\x01\x01\x00\x00\x00", ["binary"]),
    "png": ("pic.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", ["binary"]),
    "control characters": ("ctl.txt", bytes(range(1, 9)) * 40, ["binary"]),
    "utf-16 without BOM": ("u16.txt", GOOD.encode("utf-16-le"), ["UTF-16", "byte-order mark"]),
    "damaged utf-8": ("cut.txt", GOOD.encode()[:-3] + "\u2026".encode()[:2], ["UTF-8", "byte"]),
    "bad utf-16 after BOM": ("bad16.txt", codecs.BOM_UTF16_LE + b"a\x00\x00\xd8", ["UTF-16"]),
    "not cp1252 either": ("x.txt", b"abc \x81\x8d\x90 def", ["cp1252"]),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_file(tmp_path, case):
    name, data, words = CASES[case]
    if data is not None:
        (tmp_path / name).write_bytes(data)
    proc = run([name], tmp_path)
    assert_one_line_error(proc, name, *words)
    assert proc.stdout == b""


def test_directory(tmp_path):
    (tmp_path / "folder").mkdir()
    assert_one_line_error(run(["folder"], tmp_path), "folder", "directory")


def test_path_through_a_file(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    assert_one_line_error(run(["a.txt/b.txt"], tmp_path), "a.txt/b.txt", "no such file")


def test_too_large(tmp_path):
    (tmp_path / "big.txt").write_text(GOOD * 10, encoding="utf-8")
    assert_one_line_error(run(["big.txt", "--max-bytes", "100"], tmp_path), "big.txt", "too large")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_unreadable(tmp_path):
    f = tmp_path / "secret.txt"
    f.write_text(GOOD, encoding="utf-8")
    f.chmod(0)
    try:
        assert_one_line_error(run(["secret.txt"], tmp_path), "secret.txt", "permission denied")
    finally:
        f.chmod(0o600)


@pytest.mark.parametrize(
    "data, words",
    [(b"", ["empty"]), (b"\x00\x01\x02\x03", ["binary"]), (b"   \n", ["empty"])],
)
def test_bad_stdin(tmp_path, data, words):
    assert_one_line_error(run(["-"], tmp_path, stdin=data), "stdin", *words)


def test_stdin_error_record_names_stdin(tmp_path):
    proc = run(["-", "--format", "jsonl"], tmp_path, stdin=b"")
    assert proc.returncode == 2
    assert json.loads(proc.stdout) == {"path": "<stdin>", "error": "empty file"}


def test_good_stdin(tmp_path):
    proc = run(["-", "--format", "json"], tmp_path, stdin=codecs.BOM_UTF8 + GOOD.encode())
    assert proc.returncode == 0, proc.stderr
    d = json.loads(proc.stdout)
    assert d["encoding"] == "utf-8-sig" and d["text_length"] == len(GOOD)


@pytest.mark.parametrize("fmt", ["jsonl", "json", "text"])
def test_batch_keeps_going_and_lists_each_bad_file(tmp_path, fmt):
    (tmp_path / "good1.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "good2.txt").write_bytes(GOOD.encode("cp1252"))
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01binary")
    (tmp_path / "dir").mkdir()
    names = ["good1.txt", "empty.txt", "missing.txt", "bin.txt", "dir", "good2.txt"]
    proc = run([*names, "--format", fmt], tmp_path)
    stderr = proc.stderr.decode()
    assert "Traceback" not in stderr
    assert proc.returncode == 2
    lines = err_lines(proc)
    bad = ["empty.txt", "missing.txt", "bin.txt", "dir"]
    assert len(lines) == len(bad), lines
    for name, line in zip(bad, lines, strict=True):
        assert name in line
    if fmt == "jsonl":
        records = [json.loads(x) for x in proc.stdout.decode().splitlines()]
        assert [r["path"] for r in records] == names  # nothing lost, input order
        assert [("error" in r) for r in records] == [False, True, True, True, True, False]
        assert records[5]["encoding"] == "cp1252"
        assert records[0]["speakers"] == records[5]["speakers"] == {"Sergey Shoigu": 1}
    elif fmt == "json":
        records = json.loads(proc.stdout)
        assert len(records) == len(names)
    else:
        assert proc.stdout.decode().count("Sergey Shoigu") >= 2


def test_error_records_validate_against_the_schema(tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    from annotator import schema

    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    proc = run(["empty.txt", "missing.txt", "good.txt", "--format", "jsonl"], tmp_path)
    validator = jsonschema.Draft202012Validator(schema.load())
    records = [json.loads(x) for x in proc.stdout.decode().splitlines()]
    assert len(records) == 3
    for r in records:
        validator.validate(r)


def test_no_arguments_is_a_usage_message_not_a_traceback(tmp_path):
    proc = run([], tmp_path)
    assert "Traceback" not in proc.stderr.decode() + proc.stdout.decode()
    assert proc.returncode in (0, 2)


@pytest.mark.skipif(sys.platform != "linux", reason="needs byte file names")
def test_file_name_that_is_not_utf8(tmp_path):
    raw = os.fsencode(str(tmp_path)) + b"/caf\xe9.txt"
    with open(raw, "wb") as fh:
        fh.write(GOOD.encode())
    proc = run([os.fsdecode(raw), "--format", "json"], tmp_path, env={"PYTHONIOENCODING": "utf-8"})
    assert "Traceback" not in proc.stderr.decode("utf-8", "replace")
    # A strict UTF-8 stdout (most UTF-8 locales) must still get valid JSON, not a traceback.
    assert proc.returncode == 0
    d = json.loads(proc.stdout.decode("utf-8"))
    assert d["path"].endswith(".txt") and d["speakers"] == {"Sergey Shoigu": 1}


def test_file_name_with_a_newline_stays_one_line(tmp_path):
    # The name is escaped in the message, so the error stays one line.
    proc = run(["no\nsuch.txt"], tmp_path)
    assert_one_line_error(proc, "such.txt", "no such file")


def test_robustness_doc_names_real_tests():
    # docs/robustness.md is kept in step with the tests: every test it names must exist.
    import re

    root = Path(__file__).resolve().parent.parent
    doc = (root / "docs" / "robustness.md").read_text(encoding="utf-8")
    named = set(re.findall(r"`(tests/test_\w+\.py)::(\w+)`", doc))
    assert len(named) >= 30
    missing = []
    for file, name in sorted(named):
        source = root / file
        if not source.exists() or not re.search(rf"^def {name}\(", source.read_text("utf-8"), re.M):
            missing.append(f"{file}::{name}")
    assert not missing, f"docs/robustness.md names tests that do not exist: {missing}"


def test_stdin_over_the_limit_is_refused_after_reading_the_limit(tmp_path):
    # 5 MB piped in with a 1,000-byte limit: refused, and the message does not claim to have
    # measured the whole stream (only limit + 1 bytes are read).
    proc = run(["-", "--max-bytes", "1000"], tmp_path, stdin=b"a" * 5_000_000)
    line = assert_one_line_error(proc, "<stdin>", "too large")
    assert "more than 1000 bytes" in line
