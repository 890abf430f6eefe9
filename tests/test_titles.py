"""The title rule's reading (assistant/titles.py): which questions ask what a thing is called, and which sentences
give that name."""
from __future__ import annotations

import doctest

import pytest

import assistant.titles
from assistant.titles import asked_thing, names_thing, title_gap

pytestmark = pytest.mark.unit


def test_module_examples_run():
    assert doctest.testmod(assistant.titles).failed == 0


@pytest.mark.parametrize("question, noun", [
    ("Hoe heet de podcast die in het expertisetraject woningmarkt is begonnen?", "podcast"),
    ("Onder welke naam loopt de communicatiecampagne voor de verkiezingen?", "communicatiecampagne"),
    ("Wat is de naam van het programma voor vitaal platteland?", "programma"),
    ("Welke naam draagt het fonds?", "fonds"),
    ("Hoe luidt de titel van het rapport?", "rapport"),
    ("Hoe heet het programma gericht op jongerenuitwisseling over de grens?", "programma"),
    ("Hoe heet het nieuwe, landelijke programma?", "programma"),
    ("Hoe heette die podcast ook alweer?", "podcast"),
    ("Hoe heet het fonds opgericht door Emmen?", "fonds"),
    ("En hoe heet dat pakket eigenlijk?", "pakket"),
    ("What is the name of the magazine with the programme's harvest?", "magazine"),
    ("What is the housing podcast called?", "podcast"),
])
def test_questions_after_a_things_name(question, noun):
    assert asked_thing(question) == noun


@pytest.mark.parametrize("question", [
    "Hoe heet de kwartiermaker van Campus Zeeland?",  # a person: the person rule's
    "Wat is de naam van de minister van LNV die over de regiodeals ging?",
    "Hoe heet die van Limburg?",  # no thing named
    "Welke naam staat onder de brief?",
    "Hoe hoog is de uitkering?",
    "Hoe luidt de eerste aanbeveling voor een volgend kabinet?",  # what it says, not its name
    "Hoe luidde de conclusie van de evaluatie van het actieplan?",
    "Wat is de naam van het Kamerlid dat de motie indiende?",  # a person
    "What is the so-called anticipation region?",
])
def test_other_questions_are_not_the_title_rules(question):
    assert asked_thing(question) == ""


@pytest.mark.parametrize("text, noun", [
    ("In Zeeland werken Rijk en regio, in het kader van het compensatiepakket Zeeland Wind in de Zeilen, samen.",
     "pakket"),
    ("Het programma Werk aan Uitvoering (WaU) geeft een impuls.", "programma"),
    ("Zo pleiten wetenschappers in de essaybundel ‘Nederland in samenhang’ voor een breed beleid.", "essaybundel"),
    ("Op 30 april jl. heeft de minister de Subsidieregeling samenwerking en leerlingendaling vo gepubliceerd.",
     "regeling"),
    ("De Regio Deal is een instrument van de minister van LNV voor regio's.", "instrument"),
    ("Zo is de publicatie ‘Krimp in de regio’ verschenen.", "publicatie"),
    ("De staatssecretaris heeft een brief gestuurd met de titel, Geen grenzen aan de groei.", "brief"),
    ("• Diverse coöperaties (o.a. ‘Us Koöperaasje’)", "coöperatie"),
    ("Ook de 50% regeling is aangepast.", "regeling"),
    ("Het landelijke programma voor IBP Vitaal Platteland is afgerond.", "programma"),
    ("> meer informatie: www.groningsgereedschap.nl", "website"),
    ("Ook is door de regio het platform samensnelinternet.nl opgericht.", "platform"),
    ("Zo heeft de provincie Drenthe de regeling dorpsinitiatieven (6 miljoen euro).", "regeling"),
])
def test_sentences_that_name_the_thing(text, noun):
    assert names_thing(text, noun, "Hoe heet het?")


@pytest.mark.parametrize("text, noun", [
    ("Afgelopen jaar is gestart met een podcast, vanwege het uitblijven van fysieke bijeenkomsten.", "podcast"),
    ("Het programma is afgerond met een digitaal magazine met de oogst van het programma.", "magazine"),
    ("Voor deze regeling heeft de minister 10 miljoen euro beschikbaar gesteld.", "regeling"),
    ("Programma. Dit programma richt zich op de regio.", "programma"),
    ("Het Rijk heeft het programma (BZK) opgezet.", "programma"),  # a body in brackets is no name
    ("Voor het programma van BZK is dit belangrijk.", "programma"),
    ("Voor het sectorplan is ruim 6 miljoen beschikbaar.", "sectorplan"),
    ("Over de regeling (TK 35000) is de Kamer geïnformeerd.", "regeling"),
    ("Er is een regeling – Drenthe doet mee.", "regeling"),
    ("Dit meldt het Planbureau voor de Leefomgeving.", "plan"),  # "Planbureau" is no plan
])
def test_sentences_that_only_mention_the_thing(text, noun):
    assert not names_thing(text, noun, "Hoe heet het?")


def test_the_gap_is_cap_without_a_naming_sentence_and_zero_when_the_thing_is_not_mentioned():
    mentioned = [(0.7, "Afgelopen jaar is gestart met een podcast."), (0.6, "Het programma loopt door.")]
    assert title_gap("Hoe heet de podcast?", mentioned, cap=0.2) == 0.2
    named = mentioned + [(0.65, "De podcast ‘Krimpcast’ is gestart.")]
    assert title_gap("Hoe heet de podcast?", sorted(named, reverse=True), cap=0.2) == pytest.approx(0.05)
    # an English noun is not the letters' word: the rule cannot tell
    assert title_gap("What is the title of the letter?", [(0.7, "De brief is verstuurd.")], cap=0.2) == 0.0
    assert title_gap("Wanneer begon de podcast?", mentioned, cap=0.2) == 0.0
