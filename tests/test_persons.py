"""The person rule's reading (assistant/persons.py): which questions ask for a person, and which sentences name one."""
from __future__ import annotations

import doctest

import pytest

import assistant.persons
from assistant.persons import asks_person, names_person, person_gap

pytestmark = pytest.mark.unit


def test_module_examples_run():
    assert doctest.testmod(assistant.persons).failed == 0


@pytest.mark.parametrize("question", ["Wie is de voorzitter van de Drentse Regiegroep Onderwijs en Krimp?",
                                      "Hoe heet de ondernemer die voorzitter is van Regio Achterhoek 2020?",
                                      "Wie zijn de kwartiermakers van Campus Zeeland?",
                                      "Wie is de heer B die de minister schreef?",
                                      "Who chairs the advisory committee on democratic resilience?",
                                      "What is the name of the BZK state secretary who sent the letter?",
                                      "Welke staatssecretaris van VWS vroeg de SER om advies?",
                                      "Wie was de staatssecretaris van Financiën die als medefondsbeheerder tekende?",
                                      "Welk Kamerlid van de BBB vroeg om lessen uit Zutphen?",
                                      "Van welke Kamerleden was de motie over Oost-Drenthe?",
                                      "Wie heeft namens de SPAR Holding de verklaring ondertekend?",
                                      "Door welk Kamerlid werd de motie ingediend?",
                                      "Welke leden van de Tweede Kamer dienden de motie in?",
                                      "Wie is de minister van Binnenlandse Zaken en Koninkrijksrelaties die schreef?",
                                      "Welke hoogleraar aan de Rijksuniversiteit Groningen doceert over krimp?",
                                      "Welke burgemeesters tekenden de brief van de K6?",
                                      "Which mayor wrote to the minister?",
                                      # a role that runs a project or a desk, a person inside a named body
                                      "Wie is de projectleider van de Leerlijn Duurzaamheid en demografie?",
                                      "Wie is bij OCW de contactpersoon voor schoolbesturen?",
                                      "Wie hebben bij Platform31 het onderzoek naar de experimenten gedaan?",
                                      "Wie leidde het team bevolkingsdaling?",
                                      "Who is the project leader of the pilot in Parkstad?"])
def test_questions_after_a_person(question):
    assert asks_person(question)


@pytest.mark.parametrize("question", ["Wie voert de evaluatie van het actieplan uit?",
                                      "Welke minister is verantwoordelijk voor het krimpbeleid?",
                                      "Hoe heet de regeling voor kleine scholen?",
                                      "Wie zijn de leden van de VVD-fractie die vragen stelden?",
                                      "Wie leidt het programma Vitaal Platteland?",
                                      "Welk onderzoeksbureau voerde de evaluatie uit?",
                                      "Wie heeft namens het kabinet een coördinerende rol bij bevolkingsdaling?",
                                      "Wie zet bij de rijksinzet de onderwerpen op de agenda?",
                                      "Wie is bij het Rijk verantwoordelijk voor de regiodeals?",
                                      "Wie zijn bij de Regio Deals betrokken?",
                                      "Wie heeft bij BZK de coördinerende rol?",
                                      "Wie zijn de begeleiders van de experimenten?",
                                      "Wie heeft bij BZK contact met gemeenten in krimpgebieden?",
                                      "Wie leidt het onderzoek naar de 45 minuten-norm?"])
def test_questions_after_a_body_or_a_thing_are_not_person_questions(question):
    assert not asks_person(question)


def test_a_member_of_the_kamer_is_named_by_the_motion_or_the_member_for_a_question_after_one():
    question = "Welk Kamerlid diende de motie in?"
    assert names_person("Het lid Van der Molen heeft een motie ingediend.", question)
    assert names_person("Dit vroeg de motie van de leden Ronnes en Dik-Faber.", question)
    assert names_person("Zie de initiatiefnota van Kamerlid Straus.", question)
    assert not names_person("Het lid Van der Molen heeft een motie ingediend.",
                            "Welke staatssecretaris van EZK tekende de brief mee?")
    assert not names_person("Het lid van de BBB-fractie vroeg dit.", question)
    assert names_person("Dat vroeg het lid De Vries.", question)
    assert names_person("Zie de motie-Van der Molen.", question)
    assert not names_person("Leden Tweede Kamer ontvingen de brief.", question)


def test_a_person_is_named_by_a_title_an_initial_or_a_role_before_a_name():
    assert names_person("Zie: P. Tordoir e.a., De veranderende geografie van Nederland.")
    assert names_person("De minister, drs. K.H. Ollongren, schrijft de Kamer.")
    assert names_person("Het lid Van der Molen vroeg erom, en voorzitter Hans Alders nam het over.")
    # an office, a body, an unnamed sender and a place are no person
    assert not names_person("De minister van Binnenlandse Zaken en Koninkrijksrelaties schrijft de Kamer.")
    assert not names_person("Geachte heer B en D., de Regiegroep Onderwijs en Krimp is opgericht.")
    assert not names_person("In Den Haag en in Zuid-Limburg.")


def test_the_gap_is_measured_only_for_person_questions():
    sentences = [(0.7, "De Regiegroep is in 2015 opgericht."), (0.6, "Voorzitter is mevrouw Jansen.")]
    assert person_gap("Wie is de voorzitter van de Regiegroep?", sentences, cap=0.2) == pytest.approx(0.1)
    assert person_gap("Wanneer is de Regiegroep opgericht?", sentences, cap=0.2) == 0.0


@pytest.mark.parametrize("question", ["Hoe heet het programma voor ondernemers in krimpregio's?",
                                      "Wie is het aanspreekpunt voor burgemeesters in krimpregio's?",
                                      "What is the name of the programme for entrepreneurs?",
                                      # the letters' tables give bodies as these: "(BZK trekker)"
                                      "Wie is de trekker van de citydeal in het kader van Agenda Stad?",
                                      "Wie is de initiatiefnemer van ITEM?"])
def test_a_thing_for_persons_and_a_role_bodies_hold_are_not_person_questions(question):
    assert not asks_person(question)


@pytest.mark.parametrize("text", ["Bijlage I. Kaart krimp- en anticipeergebieden",  # actieplan-2016
                                  "Dat besloot het College van Gedeputeerde Staten 22 miljoen euro vrij te maken.",
                                  "• Ondernemers Federatie Noordoost Fryslân",  # actieplan-2016
                                  "N.B. Dit geldt niet voor Limburg.", "Het loket van minister BZK.",
                                  "Kwartiermaker Campus Zeeland begint.", "Een winkel in de P.C. Hooftstraat."])
def test_a_body_an_appendix_or_a_street_is_no_person(text):
    assert not names_person(text)


def test_a_name_with_a_capitalised_prefix_is_a_person():
    assert names_person("De heer De Jong schreef de minister.")
    assert names_person("De minister van Binnenlandse Zaken en Koninkrijksrelaties, K.H. Ollongren")


@pytest.mark.parametrize("question", ["Welke voorzitter-rol heeft BZK in het overleg?",
                                      "Welke directeur-generaal is verantwoordelijk?",
                                      "Which director's report describes the GP shortage?",
                                      "Which mayors' association is involved?"])
def test_a_compound_of_a_role_is_no_person_question(question):
    assert not asks_person(question)
