"""More attribution patterns found studying PolNeAR misses (expected values written by hand)."""

from __future__ import annotations

import annotator

HEAD = "City Hall Delays Bridge Repairs\n\n"


def _found(body: str) -> list[tuple[str, str | None, str | None]]:
    """(content, cue, source) of every attribution in the body."""
    r = annotator.annotate(HEAD + body)
    return [
        (
            r.text[a.content.start : a.content.end],
            a.cue.text if a.cue else None,
            a.source.text if a.source else None,
        )
        for a in r.attributions
    ]


def _contents(body: str) -> list[str]:
    return [c for c, _, _ in _found(body)]


def test_post_modified_subject_is_the_whole_noun_phrase():
    got = _found("A poll conducted by the county in March showed that the repairs were popular.")
    source = "A poll conducted by the county in March"
    assert ("that the repairs were popular", "showed", source) in got


def test_subject_with_participial_insertion():
    got = _found("The mayor, speaking to the council on Monday, said the bridge would reopen.")
    source = "The mayor, speaking to the council on Monday"
    assert ("the bridge would reopen", "said", source) in got


def test_common_noun_subject_with_verb_tagged_as_participle():
    got = _found("The campaign called the charges unsubstantiated.")
    assert ("the charges unsubstantiated", "called", "The campaign") in got


def test_participial_phrase_is_not_a_subject():
    # A participle after a noun inside a clause, with no object: not a statement.
    assert _contents("The bridge closed in March reopened on Friday.") == []


def test_fronted_question_with_asked():
    got = _found("Asked about the delays in the repairs, the mayor said he was confident.")
    assert ("the delays in the repairs", "Asked about", None) in got
    assert ("he was confident", "said", "the mayor") in got


def test_passive_question_with_asker():
    got = _found("When asked by reporters whether the bridge was safe, the engineer shrugged.")
    assert ("whether the bridge was safe", "asked", "reporters") in got


def test_asked_as_request_is_not_a_question():
    assert _contents("She asked him to leave.") == []


def test_passive_with_agent_as_source():
    got = _found("The toll plan was rejected by a majority of the council.")
    assert ("The toll plan", "rejected by", "a majority of the council") in got


def test_as_described_by():
    got = _found("The repairs were slow and costly - as described by the city auditor - so far.")
    assert ("The repairs were slow and costly", "described by", "the city auditor") in got


def test_passive_of_a_non_stance_verb_is_not_attributed():
    assert _contents("The bridge was held by the state for decades.") == []


def test_postposed_records_show():
    got = _found("The contract was signed in March, city records show.")
    assert ("The contract was signed in March", "show", "city records") in got


def test_pronoun_subject_makes_a_participle_finite():
    got = _found("He portrayed the engineers as careless with public money.")
    assert ("the engineers as careless with public money", "portrayed", "He") in got


def test_it_as_source():
    got = _found("It also accused the mayor of hiding the costs.")
    assert ("the mayor of hiding the costs", "accused", "It") in got


def test_request_made_of_someone():
    got = _found("The council asked the state for emergency funds.")
    assert ("the state for emergency funds", "asked", "The council") in got


def test_tweeted_object():
    got = _found("The mayor tweeted a photo of the cracked pillar.")
    assert ("a photo of the cracked pillar", "tweeted", "The mayor") in got


def test_asked_with_a_plain_object_is_not_a_request():
    assert _contents("She asked him a question.") == []


def test_participle_after_its_noun():
    got = _found("The council met, with the mayor calling the delay a disgrace.")
    assert ("the delay a disgrace", "calling", "the mayor") in got


def test_progressive_with_contraction():
    got = _found("He\u2019s comparing the bridge to a sieve.")
    assert ("the bridge to a sieve", "comparing", "He") in got


def test_infinitive_takes_the_subject_of_its_verb():
    got = _found("The engineer will come to the meeting to criticize the contractor.")
    assert ("the contractor", "criticize", "The engineer") in got


def test_relative_who_object_ends_at_main_verb():
    got = _found("Most residents who support the mayor are young.")
    assert ("the mayor", "support", "Most residents who") in got


def test_adjectival_participle_is_not_a_cue():
    assert _contents("A growing number of drivers avoid the bridge.") == []


def test_stance_noun_with_infinitive_and_the_verbs_subject():
    got = _found("The mayor scrapped plans to attend Thursday's hearing in Albany.")
    assert ("to attend Thursday's hearing in Albany", "plans to", "The mayor") in got


def test_passive_agent_after_an_adverb():
    got = _found("The closure was first reported by the Gazette.")
    assert ("The closure", "reported by", "the Gazette") in got


def test_called_out():
    got = _found("The governor called out the contractor for the delays.")
    assert ("the contractor for the delays", "called out", "The governor") in got


def test_feeling_caused_in_someone():
    got = _found("The toll increase angered the city council.")
    assert ("The toll increase", "angered", "the city council") in got


def test_drew_criticism_from():
    got = _found("The repair plan has drawn criticism from engineers.")
    assert ("The repair plan", "drawn criticism from", "engineers") in got


def test_felt_by_the_subject_is_not_a_stimulus():
    assert _contents("The crowd was angered by the delay.") == []


def test_adjective_of_stance():
    got = _found("Residents are wary of the new toll.")
    assert ("the new toll", "wary of", "Residents") in got
    got = _found("The mayor was confident that the bridge would reopen.")
    assert ("that the bridge would reopen", "confident", "The mayor") in got


def test_adjective_without_complement_is_no_stance():
    assert _contents("The mayor was happy.") == []


def test_progressive_tagged_as_adjective():
    got = _found("The mayor is promising to reopen the bridge by June.")
    assert ("to reopen the bridge by June", "promising", "The mayor") in got


def test_hyphenated_source_word():
    got = _found("The bridge is unsafe, according to the post-storm inspection.")
    assert ("The bridge is unsafe", "according to", "the post-storm inspection") in got


def test_more_stance_verbs():
    got = _found("The governor vetoed the toll bill.")
    assert ("the toll bill", "vetoed", "The governor") in got
    got = _found("The mayor focused on the costs of the repairs.")
    assert ("the costs of the repairs", "focused on", "The mayor") in got


def test_focus_without_on_is_no_cue():
    assert _contents("The camera focused slowly.") == []


def test_parenthetical_cue_after_a_short_opening():
    got = _found("The trouble, the auditor writes, began in the early 1990s.")
    content = "The trouble, the auditor writes, began in the early 1990s"
    assert (content, "writes", "the auditor") in got


def test_appearance_with_adjective():
    got = _found("After the storm, the repair crews appeared overwhelmed.")
    assert ("the repair crews appeared overwhelmed", "appeared", None) in got


def test_appeared_on_is_no_appearance():
    assert _contents("The mayor appeared on television.") == []


def test_hearsay_adverb():
    got = _found("When asked to resign, the engineer reportedly refused.")
    assert ("the engineer reportedly refused", "reportedly", None) in got


def test_prepositional_opening_is_not_content():
    got = _found('In an interview, the mayor said, "We will rebuild."')
    assert [c for c, _, _ in got] == ['"We will rebuild."']


def test_pledged_delegates_is_no_pledge():
    assert _contents("The senator won 270 pledged delegates.") == []


def _headline(head: str) -> list[tuple[str, str | None, str | None]]:
    r = annotator.annotate(head + "\n\nThe council met on Monday.")
    return [
        (
            r.text[a.content.start : a.content.end],
            a.cue.text if a.cue else None,
            a.source.text if a.source else None,
        )
        for a in r.attributions
    ]


def test_headline_label_with_lower_case_body_word():
    got = _headline("Mayor camp: Bridge repairs will start in June.")
    assert ("Bridge repairs will start in June", ":", "Mayor camp") in got


def test_headline_label_after_a_dash():
    got = _headline("EXCLUSIVE \u2013 Dana Whitfield: Do Not Trust the Bridge Report.")
    assert ("Do Not Trust the Bridge Report", ":", "Dana Whitfield") in got


def test_page_furniture_label_is_no_speaker():
    assert _headline("UPDATE: the bridge is open again today.") == []


def test_subject_with_insertion_set_off_by_dashes():
    got = _found("Dana Ortiz - the council's longest-serving member - said the bridge was unsafe.")
    assert (
        "the bridge was unsafe",
        "said",
        "Dana Ortiz - the council's longest-serving member",
    ) in got


def test_according_to_a_source_that_is_no_plain_noun_phrase():
    got = _found("The levy passed in the east, according to complete but unofficial returns.")
    assert (
        "The levy passed in the east",
        "according to",
        "complete but unofficial returns",
    ) in got


def test_according_to_with_no_noun_after_it_is_no_source():
    got = _found("The levy passed in the eastern wards, according to whatever.")
    assert all(source != "whatever" for _, _, source in got)


def test_a_growing_number_is_no_reference():
    assert _contents("A growing number of residents drive around the bridge.") == []


def test_subject_after_a_conjunction_with_verb_tagged_as_participle():
    got = _found("The vote was close, but the unions endorsed the plan to close the bridge.")
    assert ("the plan to close the bridge", "endorsed", "the unions") in got
    got = _found("The bridge stayed open although inspectors called the repairs a failure.")
    assert ("the repairs a failure", "called", "inspectors") in got


def test_participle_after_a_conjunction_modifying_a_noun_is_no_statement():
    assert _contents("The bridge and the roads rebuilt in May stayed open.") == []


def test_what_relative_with_a_reporting_clause():
    got = _found("Tehran hosted the talks, in what many analysts said was a sign of progress.")
    assert any(
        c.startswith("what") and c.endswith("a sign of progress") and s == "many analysts"
        for c, _, s in got
    )


def test_a_poll_shows_a_finding_to_the_sentence_end():
    got = _found("A new poll shows the mayor (a Democrat) leading his rival by six points.")
    assert ("the mayor (a Democrat) leading his rival by six points", "shows", "A new poll") in got


def test_showed_up_is_no_finding():
    assert _contents("The mayor showed up late, and the council met without him.") == []


def test_evidential_subject_before_an_insertion():
    got = _found("The central bank, which has held rates near zero, is expected to act in June.")
    assert (
        "The central bank, which has held rates near zero, is expected to act in June",
        "expected",
        None,
    ) in got


def test_postposed_as_clause():
    got = _found("The bridge will close in June, as the mayor noted on Monday.")
    assert ("The bridge will close in June", "noted", "the mayor") in got


def test_as_clause_of_manner_is_no_statement():
    assert _contents("The council met on Monday, as it does every week.") == []


def test_postposed_fear_and_prediction():
    got = _found("The bridge will close in June, many residents fear.")
    assert ("The bridge will close in June", "fear", "many residents") in got
    got = _found("Tolls will rise next year, analysts predicted on Monday.")
    assert ("Tolls will rise next year", "predicted", "analysts") in got


def test_expected_after_a_comma_is_no_postposed_cue():
    got = _found("The council met, expected delays followed.")
    assert all(cue != "expected" for _, cue, _ in got)


def test_participial_saying_after_an_adverb_and_a_participle_tagged_verb():
    got = _found("She also compared the bridge to a ruin, saying it was no longer safe.")
    assert ("it was no longer safe", "saying", "She") in got


def test_adjectival_saying_is_no_statement():
    assert _contents("The old saying about bridges is still true.") == []


def test_wrote_to_an_addressee_that():
    got = _found("The union wrote to the mayor's office that it had not approved the plan.")
    assert ("that it had not approved the plan", "wrote", "The union") in got


def test_wrote_to_an_addressee_without_that_gives_no_content_after_to():
    got = _found("The union wrote to the mayor's office on Monday.")
    assert all(not c.startswith("to the mayor") for c, _, _ in got)
