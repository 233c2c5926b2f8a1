"""Engine behaviour: matching, inflection, context conditions, voices, selection."""

from __future__ import annotations

from dataclasses import replace

import pytest

import annotator
from annotator.engine import RulePackError, pack
from annotator.engine.kinds.words import inflections, phrase_forms
from annotator.settings import DEFAULT


def findings(text: str, **settings):
    return annotator.annotate(text, replace(DEFAULT, **settings)).findings


def rules_of(text: str, **settings) -> set[str]:
    return {f.rule for f in findings(text, **settings)}


def test_inflections_cover_plural_past_and_gerund():
    assert {"slam", "slams", "slammed", "slamming"} <= inflections("slam")
    assert {"cronies", "crony"} <= inflections("crony")
    assert {"blew", "blown"} <= inflections("blow")
    assert inflections("of") == {"of"}  # function words stay as they are
    assert inflections("=gross") == {"gross"}


def test_multi_word_phrases_inflect_each_content_word():
    forms = phrase_forms("serious blow", inflect=True)
    assert ("serious", "blows") in forms and ("serious", "blow") in forms


def test_lexicon_is_case_insensitive_and_inflection_aware():
    got = findings("The vote was a SHAM. Such Shams are common.", only=("evaluative-judgement",))
    assert [f.text for f in got] == ["SHAM", "Shams"]
    got = findings(
        "The senator slammed the plan. Critics were slamming it too.",
        only=("characterisation-action",),
    )
    assert [f.text for f in got] == ["slammed", "slamming"]


def test_exceptions_cancel_a_match():
    assert "evaluative-judgement" in rules_of(
        "The factory leaked a toxic gas cloud... It was a toxic debate."
    )
    got = findings("The factory leaked toxic waste into the river.", only=("evaluative-judgement",))
    assert got == ()


def test_context_condition_terrorist_label_but_not_terrorist_attack():
    assert rules_of("The terrorists fled the town.", only=("label-terrorist",))
    assert not rules_of("A terrorist attack killed 12 people.", only=("label-terrorist",))


def test_context_condition_regime_but_not_sanctions_regime():
    assert rules_of("The regime arrested the protesters.", only=("label-regime",))
    assert not rules_of("The sanctions regime was eased.", only=("label-regime",))


def test_sequence_rule_flags_modal_plus_evaluative_outcome():
    got = findings(
        "Losing the vote would be a humiliating defeat for the party.",
        only=("speculation-consequence",),
    )
    assert [f.text for f in got] == ["would be a humiliating defeat"]


def test_voice_editorial_outside_attributed_inside_with_the_attribution_id():
    text = 'The regime fell. "The regime is finished," the rebel commander said.'
    got = findings(text, only=("label-regime",))
    assert [(f.start, f.voice) for f in got] == [(4, "editorial"), (22, "attributed")]
    assert got[0].attribution is None and got[1].attribution is not None


def test_reported_speech_is_attributed():
    got = findings("Smith said the regime had lost its legitimacy.", only=("label-regime",))
    assert [f.voice for f in got] == ["attributed"]


def test_loaded_attribution_verb_flags_the_cue_as_editorial():
    got = findings(
        "The minister claimed that the strikes hit only militants.",
        only=("attribution-verb-doubt",),
    )
    assert [(f.text, f.voice) for f in got] == [("claimed", "editorial")]
    # "claimed the lives" is no reporting verb
    assert not findings(
        "The flood claimed the lives of four people.", only=("attribution-verb-doubt",)
    )


def test_scare_quote_without_speaker():
    got = findings('The "peace plan" left the region in ruins.', only=("scare-quote",))
    assert [(f.text, f.voice) for f in got] == [('"peace plan"', "editorial")]


def test_vague_source():
    got = findings("Critics say the law goes too far.", only=("vague-source-crowd",))
    assert [f.text for f in got] == ["Critics say"]
    assert not findings("Senator Smith says the law goes too far.", only=("vague-source",))


def test_subjectivity_is_a_fallback_and_respects_the_stoplist():
    got = findings(
        "It was an evil scheme, and a new one.", only=("evaluative-subjective-adjective",)
    )
    assert [f.text for f in got] == ["evil"]
    # The lexicon rule catches "pathetic"; the fallback does not mark it twice.
    got = findings("It was a pathetic scheme.")
    assert [f.rule for f in got] == ["evaluative-judgement"]


def test_subjectivity_threshold_setting_overrides_the_rule():
    text = "It was an evil scheme."
    assert findings(text, only=("evaluative-subjective-adjective",))
    assert not findings(
        text, only=("evaluative-subjective-adjective",), subjectivity_threshold=1.01
    )


def test_selection_by_id_category_and_level():
    text = "The regime clearly failed. Of course it did."
    assert rules_of(text, only=("loaded-label",)) == {"label-regime"}
    assert "label-regime" not in rules_of(text, disable=("label-regime",))
    assert not any(
        f.category == "intensifier" for f in findings(text, exclude_categories=("intensifier",))
    )
    assert all(f.level == "warning" for f in findings(text, min_level="warning"))
    assert rules_of(text, categories=("intensifier",)) == {"intensifier-certainty"}


def test_findings_are_sorted_and_carry_their_text():
    text = "Of course the regime's sham vote was a serious blow to reform."
    got = findings(text)
    assert [f.start for f in got] == sorted(f.start for f in got)
    for f in got:
        assert text[f.start : f.end] == f.text
        assert f.message and f.category and f.level in ("info", "warning")


def test_noun_phrase_content_of_reported_speech_stays_editorial():
    # "issued [a lukewarm response]" names the act in the reporter's words.
    got = findings(
        "The US has issued a lukewarm response to the proposal.", only=("characterisation-manner",)
    )
    assert [f.voice for f in got] == ["editorial"]


def test_a_factive_cue_leaves_its_clause_in_the_outlets_voice():
    # "found that" presents the clause as fact, worded by the outlet: its loaded words are
    # the outlet's. "said that" reports a claim: the same words belong to the speaker.
    found = findings("Investigators found that the mayor's reckless plan had failed.")
    said = findings("The mayor's deputy said that his reckless plan had failed.")
    assert [(f.text, f.voice) for f in found] == [("reckless", "editorial")]
    assert [(f.text, f.voice) for f in said] == [("reckless", "attributed")]
    noted = findings("The auditor pointed out that the mayor's reckless plan had failed.")
    assert [(f.text, f.voice) for f in noted] == [("reckless", "editorial")]
    seems = findings("The mayor's plan seems reckless, and the council knows it.")
    assert [(f.text, f.voice) for f in seems] == [("reckless", "editorial")]
    clear = findings("It is clear that the mayor's plan was reckless.")
    assert [f.voice for f in clear if f.text == "reckless"] == ["editorial"]


def test_the_writers_own_i_think_is_editorial_but_a_speakers_is_not():
    own = findings("I think the mayor's plan is reckless.")
    assert [f.voice for f in own if f.text == "reckless"] == ["editorial"]
    quoted = findings('"I think the plan is reckless," the deputy mayor said on Monday.')
    assert [f.voice for f in quoted if f.text == "reckless"] == ["attributed"]


def test_the_object_of_a_stance_or_evidence_cue_is_in_the_outlets_words():
    got = findings("Polls show the reckless plan is losing support.")
    assert [f.voice for f in got if f.text == "reckless"] == ["editorial"]
    got = findings("The senator blasted the reckless officials who are running the city.")
    assert [f.voice for f in got if f.text == "reckless"] == ["editorial"]
    # A verb of saying still reports the speaker's words.
    got = findings("The senator said the reckless officials are running the city.")
    assert [f.voice for f in got if f.text == "reckless"] == ["attributed"]


def test_hearsay_with_no_named_source_is_in_the_outlets_words():
    # 'reportedly' names nobody: no speaker owns 'reckless', the outlet chose it.
    got = findings("The mayor reportedly pushed a reckless plan through the council.")
    assert [f.voice for f in got if f.text == "reckless"] == ["editorial"]
    # With a named source the same clause is the source's.
    got = findings("The deputy said the mayor pushed a reckless plan through the council.")
    assert [f.voice for f in got if f.text == "reckless"] == ["attributed"]


def test_quoted_words_under_a_factive_cue_stay_the_speakers():
    # 'found that the plan was "reckless"': the auditors' word, quoted, not a scare quote.
    got = findings('Auditors found that the plan was "reckless" and a disgraceful waste.')
    assert not [f for f in got if f.voice == "editorial" and "reckless" in f.text], got
    # Its unquoted words are still the outlet's, as in a factive clause with no quote.
    assert [f.voice for f in got if f.text == "disgraceful"] == ["editorial"], got


def test_categories_expose_colours():
    from annotator import engine

    cats = engine.categories()
    assert cats["evaluative"]["colour"] == "red"
    assert all(set(v) == {"colour", "description"} for v in cats.values())


def test_bad_user_pack_raises_rule_pack_error(tmp_path):
    (tmp_path / "bad.yaml").write_text("rules: [1, 2]\n", encoding="utf-8")
    with pytest.raises(RulePackError):
        annotator.annotate("Text.", replace(DEFAULT, rules_paths=(str(tmp_path),)))
    pack.clear_cache()


def test_quoted_words_without_a_speaker_are_not_the_outlets():
    # The attribution stage finds no speaker for the quote, but the words are still quoted:
    # only the quoting can be the outlet's, and "called" makes it a mention, not a scare quote.
    got = findings('The ad called the senator an "elitist hypocrite" on Friday.')
    assert not [f for f in got if f.voice == "editorial"], got
    got = findings("The ad called the senator an elitist hypocrite on Friday.")
    assert [f.text for f in got if f.voice == "editorial"] == ["elitist"]
