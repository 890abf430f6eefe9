"""Which questions the reading rules read (twenty-second stop): how far a piece of work has got ("Hoe ver is …
met …?", "Hoe staat het met de pilot …?"), a school year, a budget a body got, a rate named in one word, what a study
showed, and which carrier, corporation or researcher. Each is a question form the rules already read in other words;
the rules' measures and thresholds are unchanged."""
from __future__ import annotations

import pytest

from assistant.dates import asks_date
from assistant.evidence import asked_type
from assistant.names import asks_names
from assistant.outcome import asks_outcome
from assistant.persons import asks_person
from assistant.status import asks_status, settles
from reading_helpers import refused_by_rule


@pytest.mark.unit
@pytest.mark.parametrize("question, asks", [
    ("Hoe ver is Zuid-Limburg met het sloopfonds?", True),
    ("Hoe ver zijn de regio's inmiddels met hun uitvoeringsprogramma?", True),
    ("Hoe staat het met de pilot in Doetinchem?", True),
    ("hoe staat het met de verkenning met OCW?", True),
    ("En hoe staat het met het wetsvoorstel over tijdelijke verhuur?", True),
    ("Wat is er na 2021 met het Kennisplatform gebeurd?", True),
    # a distance, a field, a yes/no question
    ("Hoe ver moeten inwoners lopen naar de bushalte?", False),
    ("Hoe staat het met de huisartsenzorg in krimpregio's?", False),
    ("Hoe staat het met het openbaar vervoer?", False),
    ("Wat is er gebeurd?", False),
])
def test_how_far_questions_ask_a_status(question, asks):
    assert asks_status(question) is asks


@pytest.mark.unit
def test_a_done_verb_far_from_its_auxiliary_settles_it():
    """"is inmiddels het eerste deel van een verkenning uitgevoerd": seven words between "is" and the participle."""
    assert settles("In het kader van de motie Dijkhoff (TK 35000-3; 2018), is inmiddels het eerste deel van een "
                   "verkenning uitgevoerd naar demografische ontwikkelingen in heel Nederland tot 2050.")
    assert not settles("In november wordt het tweede deel van deze verkenning verwacht.")


@pytest.mark.unit
@pytest.mark.parametrize("question, asks", [
    ("Vanaf welk schooljaar werkt het vmbo met de nieuwe profielen?", True),
    ("In welk kalenderjaar start de regeling?", True),
    ("In welk leerjaar beginnen leerlingen met Duits?", False),  # a year of school, not a date
])
def test_a_school_or_calendar_year_asks_when(question, asks):
    assert asks_date(question) is asks
    assert (asked_type(question) == "date") is asks


@pytest.mark.unit
@pytest.mark.parametrize("question, kind", [
    ("Welk budget heeft de adviescommissie meegekregen?", "money"),
    ("Met welk budget werkte het programma IBP Vitaal Platteland?", "money"),
    ("Welk budget kreeg Limburg in 2015?", "money"),
    ("Welk heffingspercentage geldt voor de verhuurderheffing?", "amount"),
    ("Uit welk budget wordt de pilot betaald?", "any"),  # which budget, not how much
])
def test_a_budget_a_body_got_and_a_rate_in_one_word_ask_a_figure(question, kind):
    assert asked_type(question) == kind


@pytest.mark.unit
@pytest.mark.parametrize("question, asks", [
    ("Wat bleek er uit de markttoets voor snel internet?", True),
    ("Wat liet het EIB-onderzoek naar de warmtetransitie zien?", True),
    ("Wat laat de zorgmonitor zien over de zorg in Groningen?", True),
    ("Tot welke aanbevelingen kwam de leerlijn?", True),
    ("Wat zijn de belangrijkste uitkomsten van de verkenning?", True),
    ("Wat laat de minister weten over de pilot?", False),
])
def test_more_ways_to_ask_what_came_out(question, asks):
    assert asks_outcome(question) is asks


@pytest.mark.unit
def test_a_carrier_a_corporation_or_a_researcher_is_a_named_answer():
    assert asks_names("Welke vervoerder voert de OV-regiotaxi in de Achterhoek uit?")
    assert asks_names("Welke woningcorporatie doet mee aan het project?")
    assert asks_names("Welke universiteit onderzoekt de glasvezelprojecten?")
    assert asks_person("Welke onderzoeker van de RUG brengt het voorzieningenniveau in kaart?")
    assert not asks_person("Welke onderzoekers werkten mee?")  # several researchers: the names rule's


def test_how_far_a_piece_of_work_the_letters_do_not_report_is_refused(bot):
    refused_by_rule(bot, "Hoe staat het met de Citydeal Eurolab?", "status_gap", "inmiddels is gebeurd")


def test_how_far_a_piece_of_work_the_letters_report_is_answered(bot):
    reply = bot.ask("Hoe staat het met het onderzoek naar demografische scenario's uit de motie Dijkhoff?")
    assert not reply.abstained
    assert "inmiddels het eerste deel" in reply.lead[0].text


def test_a_budget_the_letters_do_not_give_is_refused_and_one_they_give_is_answered(bot):
    refused_by_rule(bot, "Welk budget heeft de Wetenschappelijke Reflectiegroep gekregen?", "fact_gap",
                    "geen bedrag")
    reply = bot.ask("Welk budget kreeg Parkstad Limburg uit de DU bevolkingsdaling?")
    assert not reply.abstained and "3.910.787" in reply.answer


def test_a_date_in_the_fragment_after_a_bullet_answers_when(bot):
    """"• 50%-regel: … volgen." is followed by "Per 1 januari 2016 in werking getreden.": the date rule reads the
    fragment with its sentence, as the status rule and the lead do (it refused the question before)."""
    reply = bot.ask("Sinds wanneer geldt de 50%-regel in het voortgezet onderwijs?")
    assert not reply.abstained
    assert reply.trace["decision"]["features"]["date_gap"] < bot.calibration.date_gap
