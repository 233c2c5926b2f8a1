"""The JSON contract: reports validate against the shipped JSON Schema and keep its invariants."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

jsonschema = pytest.importorskip("jsonschema")

import annotator  # noqa: E402
from annotator import schema as schema_pkg  # noqa: E402
from annotator.model import (  # noqa: E402
    SCHEMA_VERSION,
    VOICES,
    Attribution,
    Finding,
    Report,
    SentenceReport,
    Span,
    TextSpan,
)

ROOT = Path(__file__).resolve().parent.parent

ARTICLES = {
    "attribution styles": (
        "Ministry rejects talks offer\n\n"
        "MOSCOW \u2013 The ministry rejected the offer on Tuesday.\n\n"
        "\u201cThis is not a serious proposal,\u201d Foreign Minister Sergey Lavrov said. "
        "\u201cWe have seen it before.\u201d\n\n"
        "According to officials, the talks will resume next month.\n\n"
        "Lavrov told reporters that the plan was \u201cdead on arrival\u201d.\n\n"
        "Critics say the so-called \u2018peace plan\u2019 is a ruse, and a source familiar "
        "with the matter said the offer would be withdrawn.\n"
    ),
    "colon and according to": (
        'The spokesman was blunt. Pentagon spokesman John Kirby said: "We are not going to '
        'cooperate with Russia in Syria." According to Kirby, the strikes are ineffective.\n'
    ),
    "multi-paragraph quote": (
        "Officials spoke at length.\n\n"
        "\u201cThe first thing is that we will not accept this.\n\n"
        "\u201cThe second thing is that we will answer it,\u201d the official said.\n"
    ),
    "no attribution at all": "A quiet day. Nothing happened at all, and nobody said a word.\n",
    "one word": "Hello",
    "crlf and nbsp": (
        'Title line here\r\n\r\nThe deal\u00a0is off, he said.\r\n"Really?" she asked\u2026\r\n'
    ),
}


# --- the schema file ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def schema() -> dict:
    return schema_pkg.load()


@pytest.fixture(scope="module")
def validator(schema):
    cls = jsonschema.Draft202012Validator
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def test_schema_is_loaded_from_the_package_with_importlib_resources():
    from importlib import resources

    res = resources.files("annotator.schema").joinpath("report.schema.json")
    assert res.is_file()
    data = json.loads(res.read_text(encoding="utf-8"))
    assert data["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema_pkg.load() == data


def test_schema_file_is_package_data_in_the_wheel():
    # The wheel ships what pyproject's package-data globs match (.ci/run checks a real wheel).
    import tomllib

    conf = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    setuptools = conf["tool"]["setuptools"]
    assert "annotator.schema" in setuptools["packages"]
    globs = setuptools["package-data"]["annotator.schema"]
    pkg_dir = ROOT / "annotator" / "schema"
    shipped = {p.name for g in globs for p in pkg_dir.glob(g)}
    assert "report.schema.json" in shipped


def test_schema_enums_follow_the_code(schema):
    defs = schema["$defs"]
    from annotator.decode import ENCODINGS
    from annotator.settings import LEVELS

    assert tuple(defs["voice"]["enum"]) == VOICES
    assert set(defs["finding"]["properties"]["voice"]["enum"]) == {"editorial", "attributed"}
    assert tuple(defs["finding"]["properties"]["level"]["enum"]) == LEVELS
    assert tuple(defs["report"]["properties"]["encoding"]["enum"]) == ENCODINGS
    assert re.fullmatch(defs["report"]["properties"]["schema_version"]["pattern"], SCHEMA_VERSION)


def test_schema_describes_exactly_the_keys_to_dict_emits(schema, seed_report):
    d = seed_report.to_dict()
    props = schema["$defs"]["report"]["properties"]
    assert set(props) == set(d) == set(schema["$defs"]["report"]["required"])
    attr = _sample_attribution().to_dict()
    assert set(schema["$defs"]["attribution"]["properties"]) == set(attr)
    assert set(schema["$defs"]["finding"]["properties"]) == set(_sample_finding("x").to_dict())


def test_every_schema_property_is_documented(schema):
    doc = (ROOT / "docs" / "json-schema.md").read_text(encoding="utf-8")
    missing = []
    for name, d in schema["$defs"].items():
        for prop in d.get("properties", {}):
            if f"`{prop}`" not in doc:
                missing.append(f"{name}.{prop}")
    assert not missing, f"undocumented in docs/json-schema.md: {missing}"
    assert f"`{SCHEMA_VERSION}`" in doc


# --- reports validate --------------------------------------------------------------------


def check_report(d: dict, text: str) -> None:
    """Invariants of one report dict over its text (also used by the property tests)."""
    n = len(text)
    assert d["text_length"] == n

    def span(x, what):
        assert 0 <= x["start"] <= x["end"] <= n, (what, x, n)
        if "text" in x:
            assert text[x["start"] : x["end"]] == x["text"], (what, x)

    if d["headline"] is not None:
        span(d["headline"], "headline")
    starts = [s["start"] for s in d["sentences"]]
    assert starts == sorted(starts)
    for s in d["sentences"]:
        span(s, "sentence")
        assert s["end"] > s["start"]
    for i, a in enumerate(d["attributions"]):
        assert a["id"] == i
        span(a["content"], "content")
        assert a["parts"], a
        for p in a["parts"]:
            span(p, "part")
            assert a["content"]["start"] <= p["start"] and p["end"] <= a["content"]["end"]
        assert a["content"]["start"] == min(p["start"] for p in a["parts"])
        assert a["content"]["end"] == max(p["end"] for p in a["parts"])
        for key in ("cue", "source"):
            if a[key] is not None:
                span(a[key], key)
    for q in d["scare_quotes"]:
        span(q, "scare quote")
    for b in d["boilerplate"]:
        span(b, "boilerplate")
    keys = [(f["start"], -f["end"], f["rule"]) for f in d["findings"]]
    assert keys == sorted(keys), "findings not sorted by start, longest first, then rule"
    for f in d["findings"]:
        span(f, "finding")
        if f["attribution"] is not None:
            assert 0 <= f["attribution"] < len(d["attributions"])
    counts: dict[str, int] = {}
    for a in d["attributions"]:
        if a["speaker"]:
            counts[a["speaker"]] = counts.get(a["speaker"], 0) + 1
    assert d["speakers"] == counts
    # The JSON text round-trips (no NaN, no non-string keys).
    assert json.loads(json.dumps(d, ensure_ascii=False)) == d


def test_seed_report_validates(validator, seed_report, seed_text):
    d = seed_report.to_dict()
    validator.validate(d)
    check_report(d, seed_text)
    assert d["schema_version"] == SCHEMA_VERSION
    assert d["speakers"]["Sergey Shoigu"] == 7  # the contract carries the per-speaker counts


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_other_reports_validate(validator, name):
    text = ARTICLES[name]
    d = annotator.annotate(text).to_dict()
    validator.validate(d)
    check_report(d, text)


def test_attribution_styles_report_content(validator):
    # Hand-checked against the article, so the schema tests see non-trivial attributions.
    text = ARTICLES["attribution styles"]
    d = annotator.annotate(text).to_dict()
    kinds = {a["kind"] for a in d["attributions"]}
    assert "direct" in kinds
    assert any(a["anonymous"] for a in d["attributions"])
    assert d["speakers"].get("Sergey Lavrov", 0) >= 2
    assert d["headline"]["text"] == "Ministry rejects talks offer"


def test_report_read_from_a_file_validates(validator, tmp_path):
    f = tmp_path / "a.txt"
    f.write_bytes(ARTICLES["attribution styles"].encode("utf-16"))
    d = annotator.annotate_path(f).to_dict()
    validator.validate(d)
    assert d["path"] == str(f) and d["encoding"] == "utf-16-le"


def _sample_attribution() -> Attribution:
    return Attribution(
        0,
        "direct",
        Span(0, 5),
        (Span(0, 5),),
        TextSpan(6, 10, "said"),
        TextSpan(11, 13, "he"),
        "Jo Doe",
        False,
    )


def _sample_finding(
    text: str,
    start: int = 0,
    end: int = 1,
    voice: str = "editorial",
    attribution: int | None = None,
) -> Finding:
    return Finding(
        "loaded-word",
        "loaded-language",
        "warning",
        voice,
        start,
        end,
        text[start:end],
        "A loaded word.",
        attribution,
    )


def _hand_made_report() -> Report:
    text = '"Evil," he said. It was a disaster.'
    attr = Attribution(
        0,
        "direct",
        Span(0, 7),
        (Span(0, 7),),
        TextSpan(11, 15, "said"),
        TextSpan(8, 10, "he"),
        None,
        True,
    )
    findings = (
        _sample_finding(text, 1, 5, "attributed", 0),
        _sample_finding(text, 26, 34),
    )
    return Report(
        text=text,
        path=None,
        encoding="utf-8",
        sentences=(SentenceReport(0, 16, "attributed"), SentenceReport(17, 35, "editorial")),
        paragraphs=(),
        quotes=(),
        attributions=(attr,),
        speakers={},
        findings=findings,
        boilerplate=(),
        summary={"words": 7, "future_key": [1, 2]},
    )


def test_report_with_findings_validates(validator):
    # The rule engine has no findings yet: a hand-made report exercises that part.
    r = _hand_made_report()
    d = r.to_dict()
    validator.validate(d)
    check_report(d, r.text)
    assert d["findings"][1]["text"] == "disaster"


@pytest.mark.parametrize(
    "record",
    [
        {"path": "a.txt", "error": "empty file"},
        {"path": "-", "error": "binary file (contains NUL bytes)"},
    ],
)
def test_error_records_validate(validator, record):
    validator.validate(record)


# --- the schema can fail -----------------------------------------------------------------


def _broken(mutate) -> dict:
    d = json.loads(json.dumps(_hand_made_report().to_dict()))
    mutate(d)
    return d


@pytest.mark.parametrize(
    "mutate",
    [
        lambda d: d.pop("encoding"),
        lambda d: d.update(extra=1),
        lambda d: d.update(schema_version="2.0"),
        lambda d: d.update(encoding="latin-1"),
        lambda d: d["sentences"][0].update(voice="opinion"),
        lambda d: d["sentences"][0].update(start=-1),
        lambda d: d["attributions"][0].update(kind="paraphrase"),
        lambda d: d["attributions"][0].update(parts=[]),
        lambda d: d["attributions"][0]["cue"].pop("text"),
        lambda d: d["findings"][0].update(voice="neutral"),
        lambda d: d["findings"][0].update(level="fatal"),
        lambda d: d["findings"][0].update(start="1"),
        lambda d: d["speakers"].update(Nobody=0),
        lambda d: d["summary"].update(words=-3),
        lambda d: d.update(summary=[]),
        lambda d: d.update(error="x"),
    ],
)
def test_schema_rejects_broken_reports(validator, mutate):
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(_broken(mutate))


def test_schema_rejects_broken_error_records(validator):
    for rec in ({"path": "a"}, {"path": "a", "error": ""}, {"path": "a", "error": "x", "y": 1}):
        with pytest.raises(jsonschema.ValidationError):
            validator.validate(rec)


def test_invariant_checker_can_fail():
    d = _hand_made_report().to_dict()
    d["findings"][1]["text"] = "disastrous"
    with pytest.raises(AssertionError):
        check_report(d, _hand_made_report().text)
    d = _hand_made_report().to_dict()
    d["findings"].reverse()
    with pytest.raises(AssertionError):
        check_report(d, _hand_made_report().text)


def test_documented_example_validates(validator):
    doc = (ROOT / "docs" / "json-schema.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```json\n(.*?)```", doc, re.S)
    assert blocks, "docs/json-schema.md has no JSON example"
    for block in blocks:
        validator.validate(json.loads(block))
