"""The method rule's reading (assistant/methods.py): which questions ask how a figure was measured or computed, which
sentences say how, and the gap the decide stage compares with its calibrated `method_gap`."""
from __future__ import annotations

import doctest

import pytest

import assistant.methods
from assistant.calibration import Calibration
from assistant.methods import asks_method, gives_method, method_gap
from assistant.reading_rules import GAP_CAP, READING_RULES
from assistant.rescore import Reading

pytestmark = pytest.mark.unit


def test_module_examples_run():
    assert doctest.testmod(assistant.methods).failed == 0


@pytest.mark.parametrize("question", [
    "Met welke indicatoren heeft het bureau gemeten of het actieplan zijn doelen haalde?",
    "Welke methode of welk model heeft TNO gebruikt voor de 110.000 plaatsen?",
    "Met welk rekenmodel is die doorrekening gemaakt?",
    "Hoe wordt de ov-beschikbaarheid in die cijfers eigenlijk gemeten?",
    "Hoe heeft het Nivel de regionale balans bij medisch specialisten gemeten?",
    "Uit welke prognose komt dat cijfer van één procent per jaar?",
    "Op basis van welke gegevens krijgen dertien regio's voorrang?",
    "Welke nulmeting gebruikt VWS voor de Veenkoloniën?",
    "What indicators did the researchers use to delineate the zone?",
    "Welke methode of welk model heeft TNO gebruikt om uit te komen op 110.000 extra plaatsen?",
    "How was the shortage of specialists measured?",
])
def test_questions_after_a_method(question):
    assert asks_method(question)


@pytest.mark.parametrize("question", [
    "Welke regio's krijgen de DU bevolkingsdaling?",
    "Hoe wordt de leefbaarheid in krimpgebieden verbeterd?",
    "Hoeveel geld gaat er naar de Achterhoek?",
    "Welke criteria gelden voor de subsidie leerlingendaling?",  # what is required, not how it was measured
    "Wat is het doel van het model van de provincie?",
    "What did the minister say about the model villages?",
    # an approach, a decision or a source of money, not a measurement (the code review's probes)
    "Hoe is de huidige regio-indeling in 2015 vastgesteld?",
    "Hoe zijn de krimp- en anticipeerregio's afgebakend?",
    "Met welke methode wil de minister de opkomst bij verkiezingen verhogen?",
    "Welk model hanteert de Regio Deal?",
    "Uit welke bron komt het geld voor de Regio Deals?",
    "Op basis van welke analyse besloot het kabinet de krimpmaatstaf niet te continueren?",
    "Hoe wordt het geld van de DU in de regio's besteed en gemonitord?",
    "Hoe wordt de investering van het Rijk in de herverkaveling berekend?",
    "Which model does the minister propose for cooperation with the regions?",
])
def test_other_questions_ask_no_method(question):
    assert not asks_method(question)


def test_a_finding_without_its_method_is_far_from_one_that_says_how():
    question = "Met welk model heeft TNO die 110.000 extra verpleegzorgplaatsen berekend?"
    finding = (0.78, "Uit onderzoek van TNO blijkt dat tot 2040 ongeveer 110.000 extra plaatsen nodig zijn.")
    how = (0.55, "De raming is gebaseerd op de bevolkingsprognose van het CBS.")
    assert not gives_method(finding[1]) and gives_method(how[1])
    assert method_gap(question, [finding], GAP_CAP) == GAP_CAP  # no sentence says how
    assert method_gap(question, [finding, how], GAP_CAP) == pytest.approx(0.2)
    assert method_gap("Hoeveel plaatsen zijn nodig?", [finding], GAP_CAP) == 0.0  # not a method question


@pytest.mark.parametrize("sentence, says_how", [
    ("TNO heeft berekend dat tot 2040 circa 110.000 extra plaatsen nodig zijn.", False),  # that, not how
    ("Het Nivel heeft gemeten dat er geen algemeen probleem is.", False),
    ("De verdeling gebeurt op basis van de huishoudensprognose.", True),
    ("De Leefbaarometer volgt de leefbaarheid per wijk.", True),
    ("Daarbij is gebruikgemaakt van indicatoren als werkloosheid en inkomen.", True),
])
def test_a_sentence_says_how_only_with_a_means_or_a_method_word(sentence, says_how):
    assert gives_method(sentence) is says_how


def test_the_rule_reads_standalone_questions_only():
    rule = next(rule for rule in READING_RULES if rule.name == "method")
    text = "Hoe wordt de leefbaarheid gemeten?"
    assert rule.applies(Reading(text, "nl", "any", None, None))
    assert not rule.applies(Reading(text, "nl", "any", None, None, conditioned=True))


def test_the_calibration_refuses_a_method_gap_of_zero():
    raw = Calibration.from_json('{"rankers": {"nl": {"weights": {}, "bias": 0}}, '
                                '"deciders": {"nl": {"weights": {}, "bias": 0}}, '
                                '"answer_threshold": {"nl": 0.5}, "method_gap": 0.1}')
    assert raw.method_gap == 0.1
    with pytest.raises(ValueError, match="method_gap"):
        Calibration.from_json('{"rankers": {}, "deciders": {}, "answer_threshold": {"nl": 0.5}, "method_gap": 0}')
