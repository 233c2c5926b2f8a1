"""Attribution patterns of issue 2 on short inline examples (expected values written by hand)."""

from __future__ import annotations

import pytest

import annotator

HEAD = "City Hall Delays Bridge Repairs\n\n"


def _report(body: str):
    return annotator.annotate(HEAD + body)


def _content(report, a) -> str:
    return report.text[a.content.start : a.content.end]


def _only(report):
    assert len(report.attributions) == 1, [_content(report, a) for a in report.attributions]
    return report.attributions[0]


# Direct quotes ------------------------------------------------------------------------------


def test_quote_then_source_and_cue():
    r = _report('"The talks have failed," Smith said.')
    a = _only(r)
    assert a.kind == "direct"
    assert _content(r, a) == '"The talks have failed,"'
    assert a.source.text == "Smith" and a.cue.text == "said"
    assert a.speaker == "Smith" and not a.anonymous


def test_source_cue_colon_then_quote():
    r = _report('Mayor Jane Ortiz said: "We will rebuild the bridge by June."')
    a = _only(r)
    assert a.kind == "direct"
    assert _content(r, a) == '"We will rebuild the bridge by June."'
    assert a.source.text == "Mayor Jane Ortiz"
    assert a.speaker == "Jane Ortiz"


def test_quote_then_inverted_cue_and_source():
    r = _report("\u201cWe will not back down,\u201d said Senator Tom Reyes.")
    a = _only(r)
    assert a.kind == "direct"
    assert _content(r, a) == "\u201cWe will not back down,\u201d"
    assert a.cue.text == "said"
    assert a.source.text == "Senator Tom Reyes"
    assert a.speaker == "Tom Reyes"


def test_quote_then_source_told_audience():
    r = _report('"The border will stay open," Ortiz told reporters.')
    a = _only(r)
    assert a.kind == "direct"
    assert a.cue.text == "told reporters"
    assert a.speaker == "Ortiz"


def test_quote_split_around_its_attribution():
    text = '"The plan is ready," Ortiz said. "We start on Monday and finish in June."'
    r = _report(text)
    a = _only(r)
    assert [r.text[p.start : p.end] for p in a.parts] == [
        '"The plan is ready,"',
        '"We start on Monday and finish in June."',
    ]
    assert a.speaker == "Ortiz"


def test_multi_paragraph_quote_reopens_each_paragraph():
    body = (
        "\u201cThe first thing we learned is that the old bridge cannot be saved.\n\n"
        "\u201cThe second is that the new one will cost twice as much,\u201d Ortiz said."
    )
    r = _report(body)
    a = _only(r)
    assert a.kind == "direct"
    assert len(a.parts) == 2
    assert r.text[a.parts[0].start : a.parts[0].end].startswith("\u201cThe first thing")
    assert r.text[a.parts[1].start : a.parts[1].end].endswith("twice as much,\u201d")
    assert a.speaker == "Ortiz"


def test_quote_without_cue_goes_to_the_paragraph_speaker():
    body = (
        "Ortiz said the delays were unacceptable. "
        '"Nobody in this city should wait three years for a bridge."'
    )
    r = _report(body)
    quote_start = r.text.index('"Nobody')
    owners = [a for a in r.attributions if any(p.start <= quote_start < p.end for p in a.parts)]
    assert len(owners) == 1 and owners[0].speaker == "Ortiz"
    assert r.speakers == {"Ortiz": len(r.attributions)}


# Indirect speech ----------------------------------------------------------------------------


@pytest.mark.parametrize("verb", ["said", "warned", "suggested", "insisted"])
def test_indirect_preposed_cue_with_that(verb):
    r = _report(f"The minister of finance, Ana Pires, {verb} that prices would rise next year.")
    a = _only(r)
    assert a.kind == "indirect"
    assert a.cue.text == verb
    # The content is the reported clause, not the whole sentence.
    assert _content(r, a) == "that prices would rise next year"
    assert a.source.text.startswith("The minister of finance")


def test_indirect_without_that():
    r = _report("Ortiz said the bridge would reopen in June.")
    a = _only(r)
    assert _content(r, a) == "the bridge would reopen in June"
    assert a.speaker == "Ortiz"


def test_according_to_source_first():
    r = _report("According to the city engineer, the steel had rusted through.")
    a = _only(r)
    assert a.cue.text == "According to"
    assert a.source.text == "the city engineer"
    assert _content(r, a) == "the steel had rusted through"


def test_according_to_source_last():
    r = _report("The steel had rusted through, according to the city engineer.")
    a = _only(r)
    assert a.cue.text == "according to"
    assert _content(r, a) == "The steel had rusted through"


def test_postposed_source_and_cue():
    r = _report("The plant will close in May, the company said.")
    a = _only(r)
    assert _content(r, a) == "The plant will close in May"
    assert a.source.text == "the company" and a.cue.text == "said"


def test_told_reporters_then_clause():
    r = _report("Ortiz told reporters the bridge would reopen in June.")
    a = _only(r)
    assert a.cue.text == "told reporters"
    assert _content(r, a) == "the bridge would reopen in June"


# Speakers -----------------------------------------------------------------------------------


def test_pronoun_title_and_modified_title_resolve_to_the_named_person():
    body = (
        "Defense Minister Sergey Shoigu said Moscow was ready to talk.\n\n"
        "He said the offer would stand until May.\n\n"
        "The minister said the army had already drawn up plans.\n\n"
        "The Russian minister warned that time was running out."
    )
    r = _report(body)
    assert [a.speaker for a in r.attributions] == ["Sergey Shoigu"] * 4
    assert r.speakers == {"Sergey Shoigu": 4}


def test_the_spokesman_resolves_to_the_named_spokesman():
    body = (
        "State Department spokesman John Kirby said there was no agreement.\n\n"
        "The spokesman added that talks would go on."
    )
    r = _report(body)
    assert [a.speaker for a in r.attributions] == ["John Kirby", "John Kirby"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials said the bridge would stay closed until June.",
        "Critics say the new bridge is far too expensive.",
        "A source familiar with the talks said the deal was close.",
    ],
)
def test_vague_sources_are_anonymous(sentence):
    r = _report(sentence)
    a = _only(r)
    assert a.anonymous is True
    assert a.speaker is None


def test_named_source_is_not_anonymous():
    a = _only(_report("Ortiz said the bridge would stay closed until June."))
    assert a.anonymous is False


# Scare quotes -------------------------------------------------------------------------------


def test_scare_quote_is_marked_apart_not_attributed():
    r = _report('The so-called "peace plan" has few supporters in the capital.')
    assert r.attributions == ()
    scare = [q for q in r.quotes if q.scare]
    assert [r.text[q.start : q.end] for q in scare] == ['"peace plan"']
    assert r.to_dict()["scare_quotes"][0]["text"] == '"peace plan"'


# Traps --------------------------------------------------------------------------------------


def test_quote_inside_a_quote_is_one_statement_of_the_outer_speaker():
    body = "\"He told me, 'I will resign next week,' and then he left the room,\" Ortiz said."
    r = _report(body)
    a = _only(r)
    assert a.speaker == "Ortiz"
    assert _content(r, a).startswith('"He told me') and _content(r, a).endswith('room,"')


def test_title_with_no_name_does_not_borrow_an_unrelated_person():
    body = (
        "Mayor Jane Ortiz opened the meeting on Monday.\n\n"
        "The minister said the federal money would arrive in June."
    )
    r = _report(body)
    a = _only(r)
    assert a.source.text == "The minister"
    assert a.speaker is None


@pytest.mark.parametrize(
    "body",
    [
        "That said, the bridge is safe for cars until the spring.",
        "The said property was sold to a developer in 2010.",
        "Having said that, the old bridge is older than the town hall.",
    ],
)
def test_said_in_a_non_reporting_use_is_no_attribution(body):
    assert _report(body).attributions == ()


def test_quotation_mark_used_as_an_inch_sign():
    r = _report('The storm dropped 12" of snow on the town, and the schools closed.')
    assert r.quotes == ()
    assert r.attributions == ()


def test_typewriter_double_quotes_pair_like_curly_ones():
    r = _report("''We are not going anywhere,'' Mr. Hutto said.")
    a = _only(r)
    assert _content(r, a) == "''We are not going anywhere,''"
    assert a.speaker == "Hutto"


def test_party_and_state_tag_after_a_name_stays_out_of_the_speaker():
    r = _report("Sen. Bernie Sanders (I-Vt.) said the plan would fail.")
    a = _only(r)
    assert a.source.text == "Sen. Bernie Sanders (I-Vt.)"
    assert a.speaker == "Bernie Sanders"
    assert _content(r, a) == "the plan would fail"


def test_appositive_relative_clause_is_part_of_the_source():
    r = _report("Ana Pires, who chairs the transport committee, said the bridge was safe.")
    a = _only(r)
    assert a.source.text == "Ana Pires, who chairs the transport committee"
    assert a.speaker == "Ana Pires"
    assert _content(r, a) == "the bridge was safe"


def test_stance_verb_content_runs_past_abbreviations():
    r = _report("Ortiz praised Mrs. Clinton and Gov. Tom Reyes for their help.")
    a = _only(r)
    assert a.cue.text == "praised"
    assert _content(r, a) == "Mrs. Clinton and Gov. Tom Reyes for their help"


def test_negated_cue_is_still_an_attribution_of_its_source():
    # PolNeAR annotates "did not mention X" as the source's (negated) statement.
    r = _report("Ortiz did not mention the cost of the new bridge.")
    a = _only(r)
    assert a.cue.text == "mention" and a.speaker == "Ortiz"


def test_noun_of_saying_with_a_that_clause_takes_its_possessor_as_source():
    r = _report("Ortiz's claim that the bridge was safe angered the engineers.")
    a = _only(r)
    assert a.cue.text == "claim"
    assert a.source.text == "Ortiz's"
    assert _content(r, a).startswith("that the bridge was safe")


def test_relative_that_after_a_noun_is_no_content():
    r = _report("The claim that was made on Monday has been withdrawn by the council.")
    assert r.attributions == ()


def test_evidential_seems_has_content_but_no_source():
    r = _report("The mayor's plan seems to please nobody in the harbor district.")
    a = _only(r)
    assert a.cue.text == "seems" and a.source is None and a.speaker is None
    assert _content(r, a) == "The mayor's plan seems to please nobody in the harbor district"


@pytest.mark.parametrize(
    "sentence",
    [
        "Supporters of Tom Reyes said the rally was peaceful.",
        "Several Port Ellis officials said the rally was peaceful.",
    ],
)
def test_a_name_inside_a_group_source_is_not_the_speaker(sentence):
    a = _only(_report(sentence))
    assert a.speaker is None and a.anonymous is True


def test_relative_clause_statement_keeps_its_head_and_verb_phrase():
    r = _report("Ortiz blamed the old contracts, which he said had doubled the cost.")
    said = [a for a in r.attributions if a.cue.text == "said"]
    assert len(said) == 1
    assert [r.text[p.start : p.end] for p in said[0].parts] == ["which", "had doubled the cost"]
    assert said[0].speaker == "Ortiz"


def test_noun_of_stance_with_its_preposition():
    r = _report("The mayor rejected Ortiz's criticism of the bridge contract.")
    crit = [a for a in r.attributions if a.cue.text == "criticism of"]
    assert len(crit) == 1
    assert crit[0].source.text == "Ortiz's"
    assert _content(r, crit[0]) == "the bridge contract"


def test_made_clear_reports_its_clause():
    r = _report("Ortiz made clear that the bridge would not close again.")
    a = _only(r)
    assert a.cue.text == "made clear"
    assert _content(r, a) == "that the bridge would not close again"
