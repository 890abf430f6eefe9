"""Terse queries (twenty-fourth stop): "startdatum MaaS-pilots Twente", "budget DU bevolkingsdaling", "reden …".
The understand step reads a few keywords with a fact noun as the question they stand for, so the reading stage
knows a date, an amount or a reason is asked; the search keeps the user's words. A date asked by its name ("Wat is
de einddatum van …?") is a date question too."""
from __future__ import annotations

import doctest

import pytest

import assistant.terse
from assistant.conversation import resolve_turn
from assistant.dates import asks_date
from assistant.evidence import asked_type
from assistant.reasons import asks_reason
from assistant.records import ResolvedTurn
from assistant.terse import is_terse, question_form


@pytest.mark.unit
def test_the_terse_examples_hold():
    assert doctest.testmod(assistant.terse).failed == 0


@pytest.mark.unit
@pytest.mark.parametrize("query, kind", [
    ("bedrag DU krimpregio's 2020?", "money"), ("budget Regio Deals", "money"), ("kosten MaaS-pilots Twente", "money"),
    ("aantal anticipeerregio's", "amount"), ("percentage leerlingendaling vo", "amount"),
    ("datum brief K6", "date"), ("einddatum Actieplan Bevolkingsdaling?", "date"), ("deadline aanvragen", "date"),
    ("budget border regions", "money"), ("end date action plan", "date"),
])
def test_a_fact_noun_says_what_a_terse_query_asks(query, kind):
    language = "en" if any(word in query for word in ("border", "end date")) else "nl"
    assert asked_type(question_form(query, language)) == kind


@pytest.mark.unit
def test_the_question_keeps_the_fact_noun_and_the_first_one_counts():
    assert question_form("einddatum DU bevolkingsdaling") == "Wat is de einddatum DU bevolkingsdaling?"
    assert question_form("percentage huishoudens 100 Mbit/s") == "Wat is het percentage huishoudens 100 Mbit/s?"
    assert question_form("datum brief K6 en bedrag DU") == "Wat is de datum brief K6 en bedrag DU?"
    assert question_form("Oké, jaartal oprichting K6") == "In welk jaar oprichting K6?"
    assert question_form("up-to-date overview shrinking regions", "en") == ""
    assert question_form("cost of living border regions", "en") == ""
    assert question_form("start date Regio Deals", "en") == "What is the start date Regio Deals?"


@pytest.mark.unit
def test_a_reason_and_a_date_asked_by_keyword_are_read_by_their_rules():
    assert asks_reason(question_form("reden geen nieuwe krimpregio's"))
    assert asks_date(question_form("startdatum MaaS-pilots"))


@pytest.mark.unit
@pytest.mark.parametrize("query", [
    "Wat is het bedrag voor de DU?",  # a question word: read as it is
    "Het bedrag is verhoogd in 2020",  # a verb: a sentence, not keywords
    "Is het bedrag al bekend?",
    "Parkstad studenten huisvesting",  # keywords without a fact noun ask nothing in particular
    "verhuurderheffing",
    "bedrag DU krimpregio's anticipeerregio's Parkstad Achterhoek Eemsdelta Zeeland Walcheren",  # too long
    # a yes/no question, and nouns in phrases that ask nothing (the code review's)
    "Klopt het bedrag van 11,2 miljoen?", "een aantal aanbevelingen evaluatie actieplan",
    "naar aanleiding van de evaluatie DU conclusies", "hoge kosten zorg platteland",
])
def test_other_queries_are_left_as_they_are(query):
    assert question_form(query) == ""


@pytest.mark.unit
def test_terse_means_few_words_no_question_word_and_no_verb():
    assert is_terse("wie voorzitter K6") is False  # a question word: the question rules read it already
    assert is_terse("DU krimp 2020") and not is_terse("De DU loopt tot 2021")


@pytest.mark.unit
def test_a_terse_turn_asks_in_its_own_words_on_its_own_and_as_a_follow_up(corpus):
    plan = resolve_turn("budget DU bevolkingsdaling", corpus, None)
    assert plan.readings[0].text == "budget DU bevolkingsdaling"  # the search keeps the user's words
    assert plan.readings[0].asks == "Wat is het bedrag DU bevolkingsdaling?"
    previous = ResolvedTurn(query="Wat is de DU bevolkingsdaling?", understood="Wat is de DU bevolkingsdaling?",
                            numbers=(), letter="", units=(), language="nl")
    follow = resolve_turn("en de einddatum?", corpus, previous)
    assert any(reading.conditioned and reading.asks == "Wat is de einddatum?" for reading in follow.readings)


# --- the real assistant on the real letters ---------------------------------------------------------------------

def test_a_terse_date_the_letters_do_not_give_is_not_made_up(bot):
    reply = bot.ask("startdatum MaaS-pilots Groningen-Drenthe en Twente")
    assert reply.abstained and reply.reason == "De brieven noemen hiervoor geen datum of jaar."


def test_a_date_asked_by_its_name_is_read_as_a_date_question(bot):
    assert bot.ask("Wat is de startdatum van de MaaS-pilots in Twente?").abstained
    reply = bot.ask("Wat is de einddatum van het Actieplan Bevolkingsdaling?")
    assert not reply.abstained and "1 januari 2021" in " ".join(lead.text for lead in reply.lead)


def test_a_terse_reason_the_letters_do_not_give_is_not_made_up(bot):
    reply = bot.ask("reden Zuid-Limburg eerste krimpgebied definitieve NOVI-status")
    assert reply.abstained and reply.reason == "De brieven noemen dit wel, maar zeggen niet waarom."


def test_a_terse_amount_leads_with_the_sentence_that_gives_it(bot):
    reply = bot.ask("budget DU bevolkingsdaling")
    assert not reply.abstained and "11,2 miljoen" in " ".join(lead.text for lead in reply.lead)


def test_terse_queries_the_letters_answer_lead_with_the_fact(bot):
    """The code review's false refusals: a keyword query's vector is coarser than a question's, so a rule refuses it
    only when no close sentence gives what is asked at all (`Decider.decide`)."""
    for query, fact in (("bedrag DU bevolkingsdaling per jaar krimpregio's", "11,2 miljoen"),
                        ("deadline omgevingsagenda's landsdelen", "najaar van 2021")):
        reply = bot.ask(query)
        assert not reply.abstained and fact in " ".join(lead.text for lead in reply.lead), query


def test_a_date_asked_by_its_name_is_answered_with_a_time_from_now_too(bot):
    reply = bot.ask("Wat is de datum van de evaluatie van de leidraad grenseffecten?")
    assert not reply.abstained and "tweede helft van 2021" in " ".join(lead.text for lead in reply.lead)
