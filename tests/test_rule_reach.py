"""Which questions the reading rules read (twenty-second stop): how far a party has got with a piece of work ("Hoe
ver is Zuid-Limburg met …?", answered by work under way as well as by work done), a budget a body got, a rate named
in one word, "Wat gaat … kosten?", "Wat bleek er uit …?", and which carrier, corporation or researcher. Each is a
question form the rules already read in other words. The code review's probes are here too: forms that looked alike
but ask something else ("Hoe ver is het naar …?", "Welk budget heeft de voorkeur?", "Wat gaat het kabinet doen aan
de kosten …?") and the answerable questions that the first version refused."""
from __future__ import annotations

import pytest

from assistant.dates import asks_date
from assistant.evidence import asked_type
from assistant.figures import asks_figure
from assistant.names import asks_names
from assistant.outcome import asks_outcome
from assistant.persons import asks_person
from assistant.status import UNDER_WAY, asks_status, settles, status_gap
from reading_helpers import refused_by_rule


@pytest.mark.unit
@pytest.mark.parametrize("question, asks", [
    ("Hoe ver is Zuid-Limburg met het sloopfonds?", True),
    ("Hoe ver zijn de regio's inmiddels met hun uitvoeringsprogramma?", True),
    ("En hoe ver is Kerkrade met de pandeigenaren?", True),
    # a distance, a broad question about a thing, what happened to a thing
    ("Hoe ver moeten inwoners lopen naar de bushalte?", False),
    ("Hoe ver is het naar de dichtstbijzijnde huisartsenpost?", False),
    ("Hoe ver is Appingedam met de auto van Groningen?", False),
    ("Hoe ver zijn vo-vestigingen van elkaar verwijderd?", False),
    ("Hoe staat het met de pilot in Doetinchem?", False),
    ("Hoe staat het met de huisartsenzorg in krimpregio's?", False),
    ("Wat is er met de Demowijzer gebeurd?", False),
])
def test_how_far_a_party_has_got_asks_a_status(question, asks):
    assert asks_status(question) is asks


@pytest.mark.unit
def test_work_under_way_answers_how_far_but_not_whether_it_is_done():
    sentences = [(0.7, "Er lopen momenteel twee MaaS-pilots in gebieden met bevolkingsdaling."),
                 (0.5, "In 2016 is de pilot in Winterswijk afgerond.")]
    assert status_gap("Hoe ver zijn de provincies met de MaaS-pilots?", sentences, cap=0.2) == 0.0
    assert round(status_gap("Zijn de MaaS-pilots al afgerond?", sentences, cap=0.2), 2) == 0.2
    assert UNDER_WAY.search("Momenteel wordt op een beperkt aantal scholen een pilot uitgevoerd.")
    assert UNDER_WAY.search("De resultaten van de pilot worden in het voorjaar van 2023 verwacht.")
    assert not UNDER_WAY.search("Zuid-Limburg wil een sloopfonds oprichten.")


@pytest.mark.unit
def test_a_done_verb_far_from_its_auxiliary_settles_it():
    """"is inmiddels het eerste deel van een verkenning uitgevoerd": seven words between "is" and the participle."""
    assert settles("In het kader van de motie Dijkhoff (TK 35000-3; 2018), is inmiddels het eerste deel van een "
                   "verkenning uitgevoerd naar demografische ontwikkelingen in heel Nederland tot 2050.")
    assert not settles("In november wordt het tweede deel van deze verkenning verwacht.")


@pytest.mark.unit
@pytest.mark.parametrize("question, kind", [
    ("Welk budget heeft de adviescommissie meegekregen?", "money"),
    ("Met welk budget werkte het programma IBP Vitaal Platteland?", "money"),
    ("Welk budget kreeg Limburg in 2015?", "money"),
    ("Welk heffingspercentage geldt voor de verhuurderheffing?", "amount"),
    ("Wat gaat de RegioExpres tussen Arnhem en Winterswijk kosten?", "money"),
    ("Wat gaat de aanleg van de Nedersaksenlijn naar verwachting kosten?", "money"),
    ("Wat heeft het onderzoek van Rebel Group naar energietransitie en leefbaarheid in krimpgebieden gekost?", "money"),
    # which budget, what is done about costs
    ("Uit welk budget wordt de pilot betaald?", "any"),
    ("Welk budget heeft de voorkeur van de regio's, de DU of de Regio Deals?", "any"),
    ("Welk budget krijgt voorrang?", "any"),
    ("Wat gaat het kabinet doen aan de hoge kosten van de warmtetransitie?", "any"),
    ("Wat gaan de regio's met de kosten van de sloop doen?", "any"),
])
def test_a_budget_a_body_got_a_rate_in_one_word_and_what_something_will_cost_ask_a_figure(question, kind):
    assert asked_type(question) == kind
    assert asks_figure(question) is (kind != "any")


@pytest.mark.unit
def test_a_school_year_is_no_date_question():
    """No letter says "schooljaar": typed as a date question, "Vanaf welk schooljaar …?" was refused for the absent
    word and the missing date, though the letters give the year (the code review)."""
    assert not asks_date("Vanaf welk schooljaar geldt de verruimde 50%-regel?")
    assert asked_type("Vanaf welk schooljaar geldt de verruimde 50%-regel?") == "any"


@pytest.mark.unit
@pytest.mark.parametrize("question, asks", [
    ("Wat bleek er uit de markttoets voor snel internet?", True),
    ("Tot welke aanbevelingen kwam de leerlijn?", True),
    ("Wat zijn de belangrijkste uitkomsten van de verkenning?", True),
    ("Wat heeft de inventarisatie van de cruciale zorginfrastructuur die zorgverzekeraars elke vier maanden maken "
     "tot nu toe opgeleverd?", True),
    # a figure answers these, which the outcome rule does not count as a result (the code review)
    ("Wat laat de staat van het regionale openbaar vervoer 2018 zien?", False),
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


def test_how_far_a_party_has_got_is_answered_with_work_under_way(bot):
    """The first version read only work done as an answer and refused these (the code review)."""
    for question in ("Hoe ver zijn de zorgkantoren met de 25.000 extra verpleegzorgplekken?",
                     "Hoe ver is het Rijk met het pakket maatregelen voor breed werven en objectief selecteren?"):
        reply = bot.ask(question)
        assert not reply.abstained, question
        assert reply.trace["decision"]["features"]["status_gap"] < bot.calibration.status_gap


def test_how_far_a_party_has_got_with_work_the_letters_only_plan_is_refused(bot):
    refused_by_rule(bot, "Hoe ver is de provincie Limburg met het oprichten van een sloopfonds voor particuliere "
                         "woningen in Parkstad?", "status_gap", "inmiddels is gebeurd")


def test_broad_questions_about_a_thing_are_not_refused_by_the_status_rule(bot):
    for question in ("Hoe staat het met de pilot vroegvreemdetalenonderwijs?",
                     "Hoe staat het met de MaaS-pilots in Groningen-Drenthe en Twente?"):
        reply = bot.ask(question)
        assert not reply.abstained, question


def test_a_budget_the_letters_do_not_give_is_refused_and_one_they_give_is_answered(bot):
    refused_by_rule(bot, "Welk budget heeft de Wetenschappelijke Reflectiegroep gekregen?", "fact_gap",
                    "geen bedrag")
    reply = bot.ask("Welk budget kreeg Parkstad Limburg uit de DU bevolkingsdaling?")
    assert not reply.abstained and "3.910.787" in reply.answer
