"""Attribution patterns added for PolNeAR recall and precision (expected values by hand).

Each pattern has an example it must find, with its exact content, cue and source, and a
trap: a similar sentence it must leave alone."""

from __future__ import annotations

from test_attribution_more import HEAD, _contents, _found

import annotator


def test_talked_about_reports_its_object():
    got = _found("The mayor talked about the delays at length.")
    assert got == [("the delays at length", "talked about", "The mayor")]


def test_comment_on_reports_its_object():
    got = _found("The council did not comment on the report.")
    assert got == [("the report", "comment on", "The council")]


def test_talk_without_its_particle_is_not_a_statement():
    assert _contents("The mayor talked to reporters for an hour.") == []
    assert _contents("The talks about the toll plan collapsed.") == []


def test_title_in_quotes_before_the_cue_is_not_the_statement():
    got = _found(
        "On Sunday on the \u201cMorning Show,\u201d the mayor said the bridge would reopen."
    )
    assert got == [("the bridge would reopen", "said", "the mayor")]


def test_quote_before_the_cue_stays_the_statement():
    got = _found("\u201cWe will reopen it,\u201d the mayor said on Sunday.")
    assert got == [("\u201cWe will reopen it,\u201d", "said", "the mayor")]
    got = _found("\u201cAbsolutely,\u201d the mayor said when asked about the bridge.")
    assert ("\u201cAbsolutely,\u201d", "said", "the mayor") in got


def test_participle_opening_is_not_a_postposed_statement():
    got = _found("Speaking on the radio last week, the mayor said the bridge would reopen in May.")
    assert got == [("the bridge would reopen in May", "said", "the mayor")]


def test_postposed_statement_with_an_opening_adverbial_stays():
    got = _found("In the end, the bridge would reopen in May, the mayor said.")
    assert got == [("In the end, the bridge would reopen in May", "said", "the mayor")]


def test_subject_with_participle_appositive_and_relative_clause():
    got = _found(
        "But Jane Doe, acting director of the works department, which runs the project, "
        "said the bridge would reopen."
    )
    source = "Jane Doe, acting director of the works department, which runs the project"
    assert got == [("the bridge would reopen", "said", source)]


def test_quantity_after_said_opens_the_content():
    got = _found("The budget office said about half of the cost came from tolls.")
    assert got == [("about half of the cost came from tolls", "said", "The budget office")]


def test_passive_with_a_quantity_is_not_a_statement():
    assert _contents("The toll plan was retweeted over 25 times.") == []


def test_cue_followed_by_a_coordinated_verb_has_no_content():
    # 'yelled and held up': the second verb is no statement of the first.
    body = (
        "The protester yelled and held up a banner that was quickly ripped away, but she "
        "disrupted proceedings for more than a minute before cops managed to drag her out."
    )
    assert _contents(body) == []
    body = "The mayor's plan was questioned and then finally, grudgingly abandoned."
    assert _contents(body) == []


def test_cue_followed_by_a_clause_of_time_has_no_content():
    got = _found("\u201cThe bridge is open!\u201d Mayor Jane Doe said as she cut the ribbon.")
    assert got == [("\u201cThe bridge is open!\u201d", "said", "Mayor Jane Doe")]


def test_quote_then_a_new_sentence_with_its_own_cue():
    got = _found("\u201cThe bridge is open.\u201d Mayor Jane Doe insists that it is safe.")
    assert ("that it is safe", "insists", "Mayor Jane Doe") in got
    assert ("\u201cThe bridge is open.\u201d", "insists", "Mayor Jane Doe") not in got


def test_coordinated_verbs_with_a_shared_object_stay():
    got = _found("The mayor promised to defend and expand the bus service.")
    assert got == [("to defend and expand the bus service", "promised", "The mayor")]


def test_postposed_subject_with_a_participle_runs_back_to_the_comma():
    body = (
        "The bridge carried 40,000 cars a day in May, a city analysis of newly released "
        "traffic counts shows."
    )
    source = "a city analysis of newly released traffic counts"
    assert _found(body) == [("The bridge carried 40,000 cars a day in May", "shows", source)]
    body = "More than 40 percent of the money arrived in May alone, new fundraising reports show."
    content = "More than 40 percent of the money arrived in May alone"
    assert _found(body) == [(content, "show", "new fundraising reports")]


def test_postposed_subject_does_not_swallow_a_relative_clause():
    body = "Traffic fell in May, a drop that the new counts show."
    assert ("Traffic fell in May", "show", "a drop that the new counts") not in _found(body)


def test_postposed_found():
    got = _found("Traffic fell by half in May, the city auditor found.")
    assert got == [("Traffic fell by half in May", "found", "the city auditor")]


def test_found_with_an_object_is_not_postposed():
    assert _contents("But on the bridge, the mayor did find himself in trouble.") == []
    body = "But because he had spent time in jail, he found himself quickly on the street."
    assert _contents(body) == []


def test_new_stance_and_speech_verbs():
    assert _found("The mayor lauded the repair crews.") == [
        ("the repair crews", "lauded", "The mayor")
    ]
    assert _found("The engineer underscored that the bridge was safe.") == [
        ("that the bridge was safe", "underscored", "The engineer")
    ]
    assert _found("Opponents dubbed the plan a giveaway.") == [
        ("the plan a giveaway", "dubbed", "Opponents")
    ]
    assert _found("The council realized the bridge was unsafe.") == [
        ("the bridge was unsafe", "realized", "The council")
    ]


def test_new_verbs_in_other_senses_are_not_statements():
    assert _contents("The storm knocked out power to the bridge.") == []
    assert _contents("The convincing win surprised the mayor.") == []


def test_new_phrasal_cues():
    assert _found("The mayor balked at the cost of the repairs.") == [
        ("the cost of the repairs", "balked at", "The mayor")
    ]
    assert _found("The mayor brushed off the criticism.") == [
        ("the criticism", "brushed off", "The mayor")
    ]


def test_phrasal_cue_without_its_particle_is_no_statement():
    assert _contents("The mayor brushed the dust from her coat.") == []


def test_participle_after_its_noun_is_its_stance():
    got = _found("The mayor now leads a group called Save Our Bridge.")
    assert got == [("Save Our Bridge", "called", "a group")]


def test_participle_of_a_verb_that_describes_a_thing_is_no_statement():
    assert _contents("The mayor's campaign raised more than $26 million last month.") == []


def test_participle_with_an_object_reports_the_clause_subject():
    got = _found("The mayor refrained from attacking the toll plan.")
    assert got == [("the toll plan", "attacking", "The mayor")]
    got = _found("The council is fully embracing the toll plan.")
    assert got == [("the toll plan", "embracing", "The council")]


def test_participle_of_a_non_cue_or_an_adjective_is_no_statement():
    assert _contents("The engineers are happily designing the new bridge.") == []
    assert _contents("A growing number of drivers use the bridge.") == []


def test_bare_object_of_a_verb_of_saying_is_what_was_said():
    got = _found("The engineer told the story of the old bridge.")
    assert got == [("the story of the old bridge", "told", "The engineer")]


def test_bare_object_of_speak_is_no_statement():
    assert _contents("The mayor spoke Spanish at the opening.") == []


def test_stance_verb_with_a_preposition_names_what_it_is_about():
    got = _found("The engineers were accused of hiding the cracks.")
    assert got == [("of hiding the cracks", "accused", "The engineers")]


def test_preposition_after_a_verb_of_saying_or_of_winning_is_no_content():
    assert _contents("The mayor spoke with reporters.") == []
    assert _contents("The toll plan won by overwhelming majorities.") == []


def test_that_clause_of_a_cue_with_no_subject_found_has_no_source():
    body = (
        "A few minutes later the officials reversed themselves, rushed everyone inside the "
        "room and said that they would reopen the bridge."
    )
    assert _found(body) == [("that they would reopen the bridge", "said", None)]


def test_cue_with_no_subject_and_no_that_clause_gives_nothing():
    body = (
        "A few minutes later the officials reversed themselves, rushed everyone inside the "
        "room and said nothing."
    )
    assert _contents(body) == []


def test_clause_of_a_cue_with_no_subject_found_has_no_source():
    body = (
        "A few minutes later the officials reversed themselves, rushed everyone inside the "
        "room and said they would reopen the bridge."
    )
    assert _found(body) == [("they would reopen the bridge", "said", None)]


def test_has_since_said():
    got = _found("The mayor has since said the bridge would reopen in May.")
    assert got == [("the bridge would reopen in May", "said", "The mayor")]


def test_since_as_a_preposition_is_no_statement():
    assert _contents("The bridge has been closed since May.") == []


def test_time_adverbial_stays_in_the_content():
    got = _found("The mayor blasted the council on Monday over its toll plan.")
    assert got == [("the council on Monday over its toll plan", "blasted", "The mayor")]


def test_relative_clause_after_a_comma_still_ends_the_content():
    got = _found("The mayor blasted the council, which had approved the tolls.")
    assert ("the council", "blasted", "The mayor") in got
    assert all(c != "the council, which had approved the tolls" for c, _, _ in got)


def test_coordination_and_participle_after_a_comma_stay_in_the_content():
    got = _found("The mayor praised the repair crews, and the engineers who designed the bridge.")
    content = "the repair crews, and the engineers who designed the bridge"
    assert got == [(content, "praised", "The mayor")]
    got = _found("The mayor praised the repair crews, hired in May to fix the bridge.")
    assert got == [("the repair crews, hired in May to fix the bridge", "praised", "The mayor")]


def test_saying_after_a_comma_still_ends_the_content():
    got = _found("The mayor praised the repair crews, saying they worked hard.")
    assert ("the repair crews", "praised", "The mayor") in got


def test_quote_opening_a_complement_does_not_end_it():
    got = _found("The mayor named \u201cVeep\u201d and \u201cFargo\u201d as her favorite shows.")
    content = "\u201cVeep\u201d and \u201cFargo\u201d as her favorite shows"
    assert got == [(content, "named", "The mayor")]


def test_quote_complement_still_ends_at_a_semicolon():
    got = _found("The mayor called it \u201ca disaster\u201d; the council disagreed.")
    assert ("it \u201ca disaster\u201d", "called", "The mayor") in got


def test_stance_noun_complement_runs_to_the_clause_end():
    got = _found("Her criticism of the toll plan that the council passed in May drew fire.")
    content = "the toll plan that the council passed in May"
    assert (content, "criticism of", "Her") in got
    got = _found("The mayor is doubling down on her support for raising the bridge tolls.")
    assert ("raising the bridge tolls", "support for", "her") in got


def test_stance_noun_complement_ends_before_a_relative_clause_after_a_comma():
    got = _found("His support for the plan, which the council passed, is strong.")
    assert got == [("the plan", "support for", "His")]


def test_more_stance_nouns_with_their_preposition():
    got = _found("The council raised questions about the cost of the repairs.")
    assert got == [("the cost of the repairs", "questions about", "The council")]
    got = _found("The mayor's comments about the tolls angered drivers.")
    assert ("the tolls", "comments about", "The mayor's") in got


def test_noun_with_a_preposition_that_is_no_stance_gives_nothing():
    assert _contents("The talks on the bridge collapsed.") == []


def test_more_nouns_of_thinking_with_a_that_clause():
    got = _found("The mayor dismissed the idea that the bridge could fall.")
    assert ("that the bridge could fall", "idea", None) in got


def test_noun_of_thinking_with_a_relative_clause_gives_no_content():
    assert _contents("The idea that was floated in May is gone.") == []


def test_verbs_of_decision_and_stance():
    assert _found("The council imposed a toll on trucks.") == [
        ("a toll on trucks", "imposed", "The council")
    ]


def test_noun_forms_of_new_stance_verbs_are_no_cue():
    assert _contents("The title of the report was long.") == []


def test_object_of_a_stance_verb_with_no_subject_found_has_no_source():
    body = (
        "A few minutes later the officials reversed themselves, rushed everyone inside the "
        "room and praised the repair crews."
    )
    assert _found(body) == [("the repair crews", "praised", None)]


def test_stance_verb_with_no_subject_and_no_object_gives_nothing():
    body = (
        "A few minutes later the officials reversed themselves, rushed everyone inside the "
        "room and praised loudly."
    )
    assert _contents(body) == []


def test_shrug_off_reports_its_object():
    got = _found("The mayor shrugged off the criticism of the tolls.")
    assert ("the criticism of the tolls", "shrugged off", "The mayor") in got


def test_shrug_without_its_particle_is_no_statement():
    assert _contents("The mayor shrugged and walked away.") == []


def test_according_to_after_the_content_ends_it():
    got = _found("The mayor said the bridge will reopen in May, according to two council members.")
    assert ("the bridge will reopen in May", "said", "The mayor") in got
    got = _found("The bridge will reopen in May, the mayor said, according to two council members.")
    assert ("The bridge will reopen in May", "said", "the mayor") in got


def test_according_to_inside_the_content_stays():
    got = _found("The mayor said that, according to the engineers, the bridge will reopen in May.")
    content = "that, according to the engineers, the bridge will reopen in May"
    assert (content, "said", "The mayor") in got


def _parts(body: str) -> list[tuple[list[str], str | None, str | None]]:
    r = annotator.annotate(HEAD + body)
    return [
        ([r.text[p.start : p.end] for p in a.parts], a.cue.text if a.cue else None, a.speaker)
        for a in r.attributions
    ]


def test_referring_to_joins_the_statement_it_glosses():
    quote = "\u201cIt was the busiest day,\u201d"
    got = _parts(quote + " said Mayor Jane Doe, referring to the opening in May.")
    assert got == [([quote, "the opening in May"], "said", "Jane Doe")]
    got = _parts(quote + " Jane Doe said, referring to John Roe, her deputy.")
    assert got == [([quote, "John Roe"], "said", "Jane Doe")]
    assert annotator.annotate(HEAD + quote + " Jane Doe said, referring to it.").speakers == {
        "Jane Doe": 1
    }


def test_referring_to_with_no_statement_before_it_stands_alone():
    got = _found("The mayor had the report, referring to it often.")
    assert got == [("it often", "referring to", "The mayor")]


def test_referring_to_opening_the_sentence_is_no_statement():
    got = _found("Referring to the bridge, the mayor said it would reopen in May.")
    assert got == [("it would reopen in May", "said", "the mayor")]


def test_cue_the_tagger_calls_a_noun_is_a_verb_after_an_auxiliary_or_adverb():
    assert _found("Most residents did support the toll.") == [
        ("the toll", "support", "Most residents")
    ]
    assert _found("Residents overwhelmingly support the toll.") == [
        ("the toll", "support", "Residents")
    ]
    got = _found("Two-thirds of the residents support raising the toll.")
    assert ("raising the toll", "support", "Two-thirds of the residents") in got


def test_noun_support_is_no_cue():
    assert _contents("The council will give support to the toll.") == []
    assert _contents("The support of the residents grew.") == []


def test_make_with_a_noun_of_saying_is_a_cue():
    assert _found("The mayor made it clear that the toll would stay.") == [
        ("that the toll would stay", "made it clear", "The mayor")
    ]
    assert _found("The mayor made a strong case for the toll.") == [
        ("the toll", "made a strong case for", "The mayor")
    ]
    assert _found("The mayor made no mention of the toll.") == [
        ("the toll", "made no mention of", "The mayor")
    ]


def test_make_with_a_plain_object_is_no_cue():
    assert _contents("The mayor made it to the meeting.") == []
    assert _contents("The mayor made a case of wine.") == []
    assert _contents("The mayor made claims about the toll.") == []


def test_appearance_takes_the_whole_subject():
    got = _found("The relationship between the mayor and the council appears to be strained.")
    content = "The relationship between the mayor and the council appears to be strained"
    assert got == [(content, "appears", None)]


def test_appearance_of_a_short_subject_stays_short():
    assert _found("The mayor appears to be tired.") == [
        ("The mayor appears to be tired", "appears", None)
    ]


def test_stance_noun_complement_keeps_its_clause():
    got = _found("The council repeated its position that the court lacks jurisdiction.")
    assert ("that the court lacks jurisdiction", "repeated", "The council") in got


def test_stance_noun_phrase_still_ends_at_the_main_verb():
    got = _found("His criticism of the plan angered the council.")
    assert ("the plan", "criticism of", "His") in got


def test_this_opening_the_content_is_no_time_adverbial():
    assert _found("Critics say this is just a rough patch.") == [
        ("this is just a rough patch", "say", "Critics")
    ]


def test_this_week_after_the_cue_is_skipped():
    got = _found("The mayor said this week that the bridge would reopen.")
    assert got == [("that the bridge would reopen", "said", "The mayor")]


def test_a_bare_yes_or_no_answers_the_question():
    got = _found(
        "Asked whether the bridge was \u201csafe enough to reopen,\u201d 75 percent of "
        "residents said yes, but 20 percent said it was not."
    )
    assert ("yes", "said", "75 percent of residents") in got
    assert ("it was not", "said", "20 percent") in got


def test_no_opening_a_clause_is_no_answer():
    got = _found("The mayor said no one would pay the toll.")
    assert got == [("no one would pay the toll", "said", "The mayor")]


def test_asked_with_an_adverbial_before_the_question():
    got = _found("Asked at a briefing on Monday about the bridge, the mayor said she knew nothing.")
    assert ("the bridge", "Asked at a briefing on Monday about", None) in got
    got = _found("Asked on Monday whether the bridge would reopen, the mayor shook her head.")
    assert got == [("whether the bridge would reopen", "Asked", None)]


def test_asked_with_an_adverbial_and_no_question_is_no_question():
    assert _contents("The mayor asked in May for a new bridge.") == []


def test_the_people_a_poll_asked_are_the_source():
    got = _found("By double digits, those surveyed say the toll is too high.")
    assert got == [("the toll is too high", "say", "those surveyed")]
    got = _found("Some 56 percent of residents polled said the toll was too high.")
    assert got == [("the toll was too high", "said", "Some 56 percent of residents polled")]


def test_a_polled_subject_of_a_passive_is_not_the_source_phrase():
    got = _found("The residents were surveyed and said the toll was too high.")
    assert got == [("the toll was too high", "said", "The residents")]


def test_appositive_after_an_inverted_source_is_not_content():
    got = _found("The race will be tight, said Jane Doe, an analyst in New York City.")
    assert got == [("The race will be tight", "said", "Jane Doe")]


def test_content_after_a_parenthetical_cue_stays():
    got = _found("The bridge, the mayor said, will reopen in May.")
    assert got == [("The bridge, the mayor said, will reopen in May", "said", "the mayor")]


def test_polls_show_a_plural_noun_phrase():
    got = _found("Early polls show voters rejecting the mayor.")
    assert ("voters rejecting the mayor", "show", "Early polls") in got


def test_the_noun_show_is_no_finding():
    assert _contents("The show there drew crowds.") == []
    assert _contents("The talk shows there drew crowds.") == []


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    r = annotator.annotate(HEAD + text)
    return [(a.source.text if a.source else None, a.speaker) for a in r.attributions]


def test_a_name_before_an_appositive_is_the_speaker():
    # 'X, a spokeswoman for Y, said': the appositive only describes her; her later mentions
    # resolve to the same person.
    got = _speakers(
        "Jane Doe, a spokeswoman for the agency, said the plan would fail. "
        "Ms. Doe said the agency had not been consulted."
    )
    assert got == [
        ("Jane Doe, a spokeswoman for the agency", "Jane Doe"),
        ("Ms. Doe", "Jane Doe"),
    ]


def test_an_indefinite_appositive_names_nobody():
    # 'The mayor, a Democrat, said': not a speaker called 'Democrat'; the mayor named
    # before is the speaker.
    got = _speakers("Mayor Bill Jones opened the bridge. The mayor, a Democrat, said it was safe.")
    assert got == [("The mayor, a Democrat", "Bill Jones")]
    assert _speakers("The mayor, a Democrat, said it was safe.") == [
        ("The mayor, a Democrat", None)
    ]


def test_a_dateline_is_no_part_of_the_speakers_name():
    from annotator.attribution.speakers import split_source

    assert split_source("WASHINGTON \u2014 Susan E. Rice, the national security adviser")[1] == (
        "Susan E. Rice"
    )
    # Trap: capitals before a dash with no name after them are the name.
    assert split_source("NATO \u2014 the alliance")[1] == "NATO"


def test_a_title_word_that_ends_a_name_is_a_surname():
    from annotator.attribution.speakers import split_source

    assert split_source("Representative Peter T. King")[1] == "Peter T. King"
    assert split_source("Mr. King")[1] == "King"
    # Traps: a title before a name, and a title with no name.
    assert split_source("Saudi King Salman")[1] == "Salman"
    assert split_source("Foreign Minister")[1] is None
    assert split_source("the King")[1] is None


def test_a_subordinating_conjunction_is_no_part_of_the_source():
    got = _speakers("While Smith said the plan would fail, Jones disagreed.")
    assert got == [("Smith", "Smith")]
    got = _speakers("Although the mayor said the plan would fail, it passed.")
    assert got == [("the mayor", None)]
    # Trap: a source that is only the conjunction keeps no source at all.
    assert ("When", "When") not in _speakers("When asked, Smith said the plan would fail.")


def test_a_possessive_after_a_title_names_the_person_not_the_possessive():
    got = _speakers(
        "President Obama\u2019s approach drew fire. The president said the plan would work."
    )
    assert got[-1] == ("The president", "Obama")


def test_a_name_after_lower_case_role_words_is_the_speaker():
    from annotator.attribution.speakers import split_source

    assert split_source("Republican presidential front-runner Donald Trump")[1] == "Donald Trump"
    assert split_source("Wal-Mart worker Betty Dukes")[1] == "Betty Dukes"
    # Traps: a place after a preposition, a second name after a conjunction, and a single
    # capitalised word (a day, a title) are not the speaker.
    assert split_source("Bernie Sanders of Vermont")[1] == "Bernie Sanders"
    assert split_source("John Smith and Jane Doe")[1] == "John Smith"
    assert split_source("A Fox News poll released Wednesday")[1] == "Fox News"
    # After a party word and role words, a surname alone is the speaker, but not a day or
    # a month.
    assert split_source("Republican frontrunner Trump")[1] == "Trump"
    assert split_source("Democratic candidate Clinton")[1] == "Clinton"
    assert split_source("Republican voters polled Wednesday")[1] == "Republican"
    assert split_source("Republican voters polled last March")[1] == "Republican"


def test_descriptions_and_days_are_not_speakers():
    got = _speakers(
        "A Republican who asked not to be named said the plan would fail. "
        "The GOP front-runner, who leads the polls, said it would pass. "
        "Boehner, meanwhile, said the vote would wait."
    )
    assert [g for g in got if g[0]] == [
        ("A Republican who", None),
        ("The GOP front-runner, who leads the polls", None),
        ("Boehner, meanwhile", "Boehner"),
    ]
    # Trap: an adjective between the article and the name leaves the name the speaker.
    assert _speakers("An angry Trump said the plan would fail.") == [("An angry Trump", "Trump")]


def test_an_object_content_ends_before_the_subjects_next_doings():
    # A noun-phrase or infinitive content ends before a second reporting verb of the same
    # subject, which reports on its own, before ', but' and a clause with its own subject,
    # and before a subjectless 'while' clause: the outlet goes on narrating.
    got = _found("The mayor denied the allegations and blasted the council for its delays.")
    assert got == [
        ("the allegations", "denied", "The mayor"),
        ("the council for its delays", "blasted", "The mayor"),
    ]
    got = _found("The mayor tweeted the photo, but the council could not let it pass.")
    assert got == [("the photo", "tweeted", "The mayor")]
    got = _found(
        "The mayor urged lawmakers to fund the bridge Wednesday, while simultaneously "
        "mocking them for their delays."
    )
    assert ("lawmakers to fund the bridge Wednesday", "urged", "The mayor") in got
    # Traps: a content with a verb of its own keeps its coordination, and so does a
    # coordinated verb that reports nothing.
    got = _found("The mayor said the bridge was unsafe and blasted the council.")
    assert got[0][:2] == ("the bridge was unsafe and blasted the council", "said")
    got = _found("The plan seeks $1 billion in repairs and would close the bridge in May.")
    assert got == [("$1 billion in repairs and would close the bridge in May", "seeks", "The plan")]


def test_a_statement_in_a_fronted_clause_ends_before_the_main_clause():
    got = _found(
        "Although the mayor said the plan, which was costly, would fail, it passed easily."
    )
    assert got == [("the plan, which was costly, would fail", "said", "the mayor")]
    got = _found("If you see the new bridge, be sure to look at its spectacular arches.")
    assert got[0][:2] == ("the new bridge", "see")
    # Traps: 'As X reported, ...' reports the main clause, and a cue in the main clause
    # keeps its whole content.
    got = _found("As the Post reported, even if the council agrees, the bridge would stay shut.")
    assert got[0][:2] == ("even if the council agrees, the bridge would stay shut", "reported")
    got = _found("The mayor said the plan, which was costly, would fail, and it passed easily.")
    assert got == [
        ("the plan, which was costly, would fail, and it passed easily", "said", "The mayor")
    ]


def test_an_inserted_cue_after_because_reports_only_the_clause_after_it():
    got = _found("The mayor resigned because, she said, the council had betrayed her.")
    assert got == [("the council had betrayed her", "said", "she")]
    # Trap: an insertion between two clauses reports both.
    got = _found("The plan failed, she said, because the council balked.")
    assert got == [("The plan failed, she said, because the council balked", "said", "she")]


def test_a_free_relative_reports_what_and_its_clause_only():
    got = _found("The mayor cares what a bunch of angry, noisy protesters think, and is scared.")
    assert got == [("what", "think", "noisy protesters")]
    got = _found(
        "The council did what many residents felt the mayor failed to do, blasting the plan."
    )
    assert got[0] == (
        "what many residents felt the mayor failed to do",
        "felt",
        "many residents",
    )
    # Trap: 'what X said is Y' keeps the predicate after the cue.
    got = _found("The bridge is unsafe, and what the mayor said is a scandal.")
    assert ("what the mayor said is a scandal", "said", "the mayor") in got


def test_a_thing_found_somewhere_is_no_source():
    got = _found("The video, which can be found here on the city website, shows the bridge.")
    assert [g for g in got if g[1] == "found"] == []
    assert _found("The documents were found in a closet.") == []
    # Traps: 'was found to be' and 'was found' with an adjective are findings.
    assert _found("The drug was found to be safe.") == [("to be safe", "found", "The drug")]
    assert _found("The law was found discriminatory.") == [("discriminatory", "found", "The law")]


def test_an_adverb_then_a_prepositional_opening_is_not_said():
    got = _found("And finally, in a long post, the mayor wrote, the bridge will reopen.")
    assert got == [("the bridge will reopen", "wrote", "the mayor")]
    # Trap: an adverb before a clause leaves the clause the statement.
    got = _found("Instead, the bridge would reopen, the mayor said, in May.")
    assert got[0][:2] == ("Instead, the bridge would reopen, the mayor said, in May", "said")


def test_continue_to_is_aspect_not_speech():
    assert _found("Although the plan is a costly mistake, it continues to dog the mayor.") == []
    # Trap: 'she continued,' after a statement reports it.
    got = _found("The plan is a costly mistake, she continued, and it will fail.")
    assert got == [("The plan is a costly mistake", "continued", "she")]


def test_a_capitalised_ed_word_after_a_preposition_is_no_cue():
    # 'Over Proposed ...' in a title-case headline: an adjective, not 'Reid ... proposed'.
    assert _found("Reid Breaks With Obama Over Proposed Ground Zero Mosque\n\nIt rained.") == []
    # Traps: a headline's finite verb, and a gerund cue after a preposition, still report.
    got = _found("Another GOP Figure Endorses Hillary Clinton\n\nIt rained.")
    assert got == [("Hillary Clinton", "Endorses", "Another GOP Figure")]
    got = _found("NFL Legend Pays A Heavy Price For Supporting Donald Trump\n\nIt rained.")
    assert [g[1] for g in got] == ["Supporting"]
