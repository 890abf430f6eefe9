"""Query understanding on the real letters' metadata: numbers, letter hints, language, follow-up slots (no model)."""
from __future__ import annotations

import pytest

from assistant.query import MAX_QUERY_CHARS, clean_query, detect_language, parse_query, question_numbers

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("text, numbers", [
    ("vraag 87", [87]),
    ("vragen 53 en 54", [53, 54]),
    ("vraag 12, 21 en 22", [12, 21, 22]),
    ("question 102 and 103", [102, 103]),
    ("vraag 7-9", [7, 8, 9]),
    ("Wat staat er in de brief van 2020 over krimp?", []),  # a year is no question number
    ("Kamerstuk 31757-99", []),
    ("nr. 31 uit de Atlas", [31]),
    ("Wat zegt de minister in antwoord nummer 12?", [12]),
    # a bare "nr." or "nummer" of another numbered thing is no question number
    ("Wat staat er in Kamerstuk 31 757, nr. 101?", []),
    ("Wat vraagt motie nr. 62?", []),
    ("Welke aanbeveling staat als nummer 2 in het rijtje?", []),
    ("Wat staat als nummer 4 in de lijst met aanbevelingen?", []),
    ("Kamerstuk 35570 nr. 13", []),
    ("motie Van der Molen nr. 62", []),
    # but a bare number after a letter, a preposition or a year still is one
    ("Wat antwoordt de SO-brief bij nr. 5?", [5]),
    ("Wat staat in de brief onder nummer 12?", [12]),
    ("Wat zei het kabinet in 2020, nummer 12?", [12]),
])
def test_question_numbers(text, numbers):
    assert question_numbers(text) == numbers


@pytest.mark.parametrize("text", ["vraag 7 t/m 9", "vragen 7 tot en met 9"])
def test_question_number_ranges_in_words(text):
    assert question_numbers(text) == [7, 8, 9]


def test_letter_hints_from_an_alias_and_from_a_kenmerk(corpus):
    assert parse_query("vraag 31 uit de Atlas-beantwoording", corpus).letter_hints == ["atlas"]
    assert parse_query("Wat staat er onder kenmerk 2023-0000010189?", corpus).letter_hints == ["atlas"]
    assert parse_query("Hoe gaat het met de krimp in 2020?", corpus).letter_hints == []  # no generic aliases
    assert parse_query("En vraag 7 uit het SO over bevolkingsdaling?", corpus).letter_hints == ["so-bevolkingsdaling"]
    assert parse_query("So what does the minister say?", corpus).letter_hints == []


def test_a_letter_cited_by_the_year_of_its_date_is_hinted(corpus):
    assert parse_query("Wat staat er in de Kamerbrief van 2023 over de UDO?", corpus).letter_hints == ["atlas"]
    assert set(parse_query("En volgens de brief van 2021?", corpus).letter_hints) == {"evaluatie-actieplan", "k6-brief"}
    assert parse_query("Hoeveel scholen sloten er in 2023?", corpus).letter_hints == []  # a year, no letter
    assert parse_query("Wat schreef de K6 in hun brief van 2019?", corpus).letter_hints == ["k6-brief"]  # no 2019 letter
    # a year of the topic, a letter as the topic: no letter cited
    assert parse_query("Welke regio's kregen in 2020 een reactie van het Rijk?", corpus).letter_hints == []
    assert parse_query("Welke evaluatie in 2020 werd gedaan?", corpus).letter_hints == []
    # an alias outranks a year ("de terugblik" is the evaluation letter)
    assert parse_query("Wat staat in de terugblik uit 2023?", corpus).letter_hints[0] == "evaluatie-actieplan"


def test_a_number_the_named_letter_lacks_is_not_looked_up_in_another_letter(corpus):
    from assistant.lookup import lookup_question

    assert lookup_question(corpus, 60, ["atlas"]).units == []  # the SO letter's question 60 is not what was asked
    assert [u.doc_id for u in lookup_question(corpus, 60, []).units] == ["so-bevolkingsdaling"]
    assert [u.doc_id for u in lookup_question(corpus, 7, ["so-bevolkingsdaling"]).units][0] == "so-bevolkingsdaling"


def test_language_is_read_from_the_words():
    assert detect_language("What did the minister say about the action plan?") == "en"
    assert detect_language("Wat zei de minister over het actieplan?") == "nl"
    # short turns without a question word are read from their function words
    assert detect_language("Any examples from shrinking areas?") == "en"
    assert detect_language("Kan het ook in Drenthe?") == "nl"
    assert detect_language("Zijn er voorbeelden uit krimpgebieden?") == "nl"


def test_control_characters_are_removed_and_long_input_is_cut():
    assert clean_query("vraag\x00 87\n\t?") == ("vraag 87 ?", False)
    text, truncated = clean_query("krimp " * 1000)
    assert truncated and len(text) == MAX_QUERY_CHARS


@pytest.mark.parametrize("turn, numbers, followup", [
    ("En vraag 32?", [32], "number"),
    ("de vraag daarna", [32], "number"),
    ("Wie vroeg dat?", [], "who_asked"),
])
def test_follow_up_slots_after_a_lookup(corpus, turn, numbers, followup):
    from assistant.conversation import resolve_turn
    from assistant.records import ResolvedTurn

    previous = ResolvedTurn("vraag 31 uit de Atlas-beantwoording", "vraag 31 uit de Atlas-beantwoording",
                            numbers=(31,), letter="atlas", units=("atlas:q31",))
    parsed = resolve_turn(turn, corpus, previous).parsed
    assert (parsed.numbers, parsed.followup) == (numbers, followup)


@pytest.mark.parametrize("text, thanks", [("Bedankt!", True), ("dank je wel", True), ("Thanks", True), ("Oké", True),
                                          ("Bedankt voor het antwoord over de regiodeals, en vraag 12?", False),
                                          ("Top 10 krimpregio's", False)])
def test_a_thank_you_is_told_apart_from_a_question(text, thanks):
    from assistant.query import is_pleasantry
    assert is_pleasantry(text) is thanks


@pytest.mark.parametrize("raw, text", [
    ("Goedemiddag. Doet het Rijk iets voor dorpshuizen?", "Doet het Rijk iets voor dorpshuizen?"),
    ("Hallo, wanneer stopt de DU?", "wanneer stopt de DU?"),
    ("Good morning! When does the DU end?", "When does the DU end?"),
    ("Hallo", "Hallo"),  # a greeting alone stays what it is
    ("Dag van de krimp: wanneer was die?", "Dag van de krimp: wanneer was die?"),  # no greeting
])
def test_a_greeting_before_the_question_is_no_part_of_it(corpus, raw, text):
    assert parse_query(raw, corpus).text == text


@pytest.mark.parametrize("text, named", [
    ("Wat is het kenmerk van de brief aan de K6?", True),
    ("Welk kenmerk heeft de Atlas-beantwoording?", True),
    ("Under which reference was the letter to the K6 sent?", True),
    ("Welk kenmerk heeft de brief die de K6 op 24 oktober 2019 stuurde?", False),  # the K6's own letter
    ("Onder welk kamerstuk staat het rapport 'Helemaal Nederland'?", False),
])
def test_a_letter_named_as_a_document(corpus, text, named):
    """Its own kenmerk and kamerstuk are on its source card: the reference rule does not ask a sentence for them."""
    from assistant.query import names_a_letter_itself
    assert names_a_letter_itself(text, corpus) is named
