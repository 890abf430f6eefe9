"""The date rule: a question that asks when is not answered by sentences on the topic that give no date it does not
already give ("Er lopen momenteel twee MaaS-pilots"); one whose passages give the date is answered with it. The
module's own examples run with the other reading rules' in tests/test_reading_rules_unit.py."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.dates import answers_end, asked_end, asks_date, date_gap, dates_in, gives_date, names_asked_end


@pytest.mark.unit
@pytest.mark.parametrize("question, asks", [
    ("Wanneer wordt het Actieplan beëindigd?", True), ("Per wanneer gaat de bonus gelden?", True),
    ("Tot wanneer loopt het sectorplan?", True), ("In welk jaar startte de pilot?", True),
    ("Since when have the pilots been running?", True), ("When will the study be finished?", True),
    ("En wanneer komt het advies?", True), ("In which year did the pilot start?", True),
    ("Tot welk jaar loopt het programma?", True), ("Per welke datum stijgt het minimumloon?", True),
    ("Uit welk jaar stamt het verdrag?", True), ("On what date was the motion adopted?", True),
    ("Welk jaar was dat?", True),
    ("Is bekend wanneer de pilot start?", False), ("Weet het kabinet wanneer het advies komt?", False),
    ("Wat doet het Rijk aan leegstand?", False), ("Hoeveel RetailDeals zijn er gesloten?", False),
    # "when" that opens a condition asks yes or no
    ("When the government decides where to house its agencies, does it look at the region?", False),
    ("Wanneer een school sluit, krijgt de gemeente dan extra geld?", False),
    # a polite request for the date asks it; whether it is known is a yes/no question (above)
    ("Kan de minister toelichten wanneer de loketfunctie wordt ingevoerd?", True),
    ("Could you tell me when the pilot starts?", True),
    # a date by its name (twenty-fourth stop); not whether it is known
    ("Wat is de einddatum van de sloopregeling?", True), ("Wat was de deadline voor de aanvragen?", True),
    ("Welke peildatum geldt voor de verdeling?", True), ("What is the end date of the scheme?", True),
    ("Is de deadline al bekend?", False), ("Wat is de looptijd van de pilot?", False),
    ("What is the update on the pilot?", False),
])
def test_which_questions_ask_when(question, asks):
    assert asks_date(question) == asks


@pytest.mark.unit
def test_a_date_the_question_already_gives_is_no_answer():
    question = "Wanneer in 2020 kreeg de Kamer het rapport?"
    assert dates_in("In 2020 is veel gebeurd.", question) == frozenset()
    assert dates_in("Op 7 december 2020 kreeg de Kamer het.", question) == {"7 december"}
    assert dates_in("Dat gebeurt in het najaar van 2021.", "Wanneer?") == {"najaar", "2021"}
    assert dates_in("Er lopen momenteel twee pilots.", "Sinds wanneer lopen de pilots?") == frozenset()


@pytest.mark.unit
def test_the_gap_is_measured_from_the_closest_sentence_to_the_closest_dated_one():
    question = "Sinds wanneer lopen de MaaS-pilots?"
    now = (0.76, "Er lopen momenteel twee MaaS-pilots.")
    assert date_gap(question, [now, (0.70, "De eerste startte in 2019.")], cap=0.2) == 0.06
    assert date_gap(question, [now], cap=0.2) == 0.2
    assert date_gap("Is bekend wanneer de pilots startten?", [now], cap=0.2) == 0.0  # yes/no: not the rule's


@pytest.mark.unit
def test_the_date_of_a_cited_document_is_not_the_date_of_the_asked_event():
    """The K6 letter dates its earlier letter, not the new division of the gemeentefonds (thirteenth stop)."""
    text = " ".join((Path(__file__).parent.parent / "corpus" / "letters" / "k6-brief.txt").read_text().split())
    sentence = text[text.index("Met mijn eerdergenoemde brief"):text.index("aan het volgend kabinet is.")]
    assert not dates_in(sentence, "Per wanneer gaat de nieuwe verdeling van het gemeentefonds in?")
    assert "7 december" in dates_in(sentence, "Wanneer stuurde de minister de brief over de herijking?")
    # asked when the minister told the Kamer, the letter's date is the answer (the code review's example)
    assert "7 december" in dates_in(sentence, "Wanneer heeft de minister de Kamer gemeld dat de besluitvorming over "
                                              "de nieuwe verdeling aan het volgend kabinet is?")
    assert "7 december" in dates_in(sentence, "When did the minister tell the House about the new distribution?")
    assert not dates_in("Dit staat in de evaluatie (TK 31757-102; 2020).", "Wanneer start het programma?")
    assert not dates_in("Kamerstukken II 2019/20, 35300, nr. 5 noemt het.", "Wanneer start het programma?")


@pytest.mark.unit
def test_a_time_from_now_answers_when():
    """"over 2 jaar", "binnen een jaar" say when (the code review's: "Wat is de deadline van de evaluatie …?" was
    refused though the letter says "over 2 jaar"); "over de jaren heen" does not."""
    question = "Wanneer wordt de leidraad geëvalueerd?"
    assert gives_date("De leidraad wordt over 2 jaar geëvalueerd.", question)
    assert gives_date("Dat gebeurt binnen een jaar.", question)
    assert gives_date("Within two years the plan is evaluated.", question)
    assert not gives_date("Over de jaren heen is er veel gebeurd.", question)
    assert not gives_date("De pilot loopt vijf jaar.", question)
    # a question after a month or a year wants that point in time
    assert not gives_date("Veel studenten vertrokken binnen een jaar.", "In welke maand trokken de studenten in?")


def test_a_question_after_the_day_wants_the_day_not_the_month_or_year():
    question = "Op welke datum verscheen de circulaire?"
    assert not gives_date("De circulaire verscheen in september 2020.", question)
    assert not gives_date("De circulaire verscheen in 2020.", question)
    assert gives_date("De circulaire verscheen op 15 september 2020.", question)
    assert gives_date("De circulaire verscheen in september 2020.", "Wanneer verscheen de circulaire?")
    month_only = [(0.8, "De circulaire verscheen in september 2020."), (0.7, "Op 3 juli 2020 kwam de brief.")]
    assert date_gap(question, month_only, cap=0.2) == 0.1
    assert date_gap("Wanneer verscheen de circulaire?", month_only, cap=0.2) == 0.0


@pytest.mark.unit
@pytest.mark.parametrize("question, end", [
    ("Tot wanneer loopt de DU?", "end"), ("Wat is de einddatum van de regeling?", "end"),
    ("Wanneer loopt de regeling af?", "end"), ("Wanneer eindigt het actieplan?", "end"),
    ("When does the action plan end?", "end"), ("Until when does the scheme run?", "end"),
    ("Sinds wanneer lopen de pilots?", "start"), ("Wat is de startdatum van de pilot?", "start"),
    ("Wanneer is de pilot gestart?", "start"), ("Per wanneer gaat de bonus in?", "start"),
    ("Since when have the pilots been running?", "start"), ("When did the programme start?", "start"),
    ("Wanneer verscheen het rapport?", ""), ("Van wanneer tot wanneer liep de pilot?", ""),
    ("Wanneer wordt het Actieplan beëindigd?", "end"), ("Tot wanneer loopt de regeling voor starters?", "end"),
    # the code review's: words that only look like an end or a start
    ("Per welke regio is het geld verdeeld?", ""), ("What was in the end report?", ""),
    ("Wanneer komt de beginselverklaring?", ""), ("Tot welke conclusies kwam de commissie?", ""),
])
def test_which_end_of_a_period_a_question_asks(question, end):
    assert asked_end(question) == end


@pytest.mark.unit
def test_a_date_marked_as_the_other_end_of_a_period_does_not_answer():
    """The twenty-fourth stop's limit: "Wat is de einddatum van de DU?" was answered with "sinds 2016"."""
    end, start = "Wat is de einddatum van de DU?", "Sinds wanneer loopt de DU?"
    assert not gives_date("De DU bestaat sinds 2016.", end) and gives_date("De DU bestaat sinds 2016.", start)
    assert not gives_date("De DU loopt tot en met 2021.", start) and gives_date("De DU loopt tot en met 2021.", end)
    assert gives_date("De DU loopt van 2016 tot en met 2021.", start)  # "van 2016" is no end
    assert not answers_end("Vanaf 1 januari 2016 ontvangen de regio's de DU.", end)
    assert answers_end("Vanaf 1 januari 2016 ontvangen de regio's de DU.", "Wanneer kwam de DU?")  # no end asked
    assert answers_end("De DU is een uitkering.", end)  # no date: nothing to tell
    # a deadline is no end of a period, nor is "tot" in another sense (the code review's)
    assert gives_date("De pilot start uiterlijk 1 januari 2021.", "Wanneer start de pilot?")
    assert gives_date("Het werk heeft geleid tot de Atlas van 2019.", "Sinds wanneer loopt het werk?")
    assert not gives_date("De DU bestaat sinds begin 2016.", end)
    sentences = [(0.8, "De DU bestaat sinds 2016."), (0.7, "De looptijd is verlengd tot en met 2021.")]
    assert date_gap(end, sentences, cap=0.2) == 0.1 and date_gap(start, sentences, cap=0.2) == 0.0
    assert names_asked_end("De looptijd is verlengd tot en met 2021.", end)
    assert not names_asked_end("De looptijd is verlengd tot en met 2021.", start)


# --- the real assistant on the real letters ---------------------------------------------------------------------

def test_a_date_the_letters_do_not_give_is_not_made_up(bot):
    reply = bot.ask("Sinds wanneer draaien de twee MaaS-pilots in Groningen-Drenthe en Twente?")
    assert reply.abstained and not reply.passages
    assert reply.reason == "De brieven noemen hiervoor geen datum of jaar."


def test_a_date_the_letters_give_is_answered_with_it(bot):
    reply = bot.ask("Wanneer wordt het Actieplan Bevolkingsdaling beëindigd?")
    assert not reply.abstained and "1 januari 2021" in " ".join(lead.text for lead in reply.lead)
    english = bot.ask("When did the cabinet inform the Kamer about the evaluation of the DU?")
    assert not english.abstained and "7 december 2020" in english.answer


def test_an_end_date_is_answered_with_the_end_not_the_start(bot):
    """The SO answers: the DU is extended "(tot en met 2021)"; the evaluation letter: regions receive it "sinds 2016"
    (the twenty-fourth stop led with that start)."""
    reply = bot.ask("Wat is de einddatum van de DU?")
    lead = " ".join(lead.text for lead in reply.lead)
    assert not reply.abstained and "tot en met 2021" in lead and "sinds 2016" not in lead


def test_a_day_the_letters_give_is_answered_with_it(bot):
    reply = bot.ask("Op welke datum heeft de minister de Kamer geïnformeerd over de evaluatie van de DU "
                    "Bevolkingsdaling?")
    assert not reply.abstained and "7 december 2020" in " ".join(lead.text for lead in reply.lead)


def test_a_question_with_when_in_a_condition_is_not_refused_for_want_of_a_date(bot):
    """"When the government decides …, does it look at …?" asks yes or no; read as asking when, the date rule
    refused it ("The letters give no date or year for this")."""
    reply = bot.ask("When the government decides where to house its agencies, does it look at the effect on a "
                    "region?")
    assert not reply.abstained and "huisvestingsbesluiten" in reply.passages[0].text
