"""Amounts as Dutch writes them: thousands dots, decimal commas, scale words, euro signs and percentages."""
from __future__ import annotations

import pytest

from corpus.amounts import parse_amounts, parse_number

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("text, value, unit", [
    ("3.910.787", 3_910_787, ""),
    ("Totaal 11.244.525", 11_244_525, ""),
    ("EUR 4,1 miljoen", 4_100_000, "EUR"),
    ("€ 95 miljoen", 95_000_000, "EUR"),
    ("€ 7,5 miljard", 7_500_000_000, "EUR"),
    ("jaarlijks 11,2 miljoen euro beschikbaar", 11_200_000, "EUR"),
    ("een bedrag van 25.000 euro per krimpregio", 25_000, "EUR"),
    ("de WOZ-waarde van 294.000 euro", 294_000, "EUR"),
    ("het minimumloon verhogen naar 14 euro", 14, "EUR"),
    ("gemiddeld 92,1%", 92.1, "%"),
    ("2,5 procent", 2.5, "%"),
    ("700 miljoen aan korting", 700_000_000, ""),
])
def test_one_amount_with_its_value_and_unit(text, value, unit):
    [amount] = parse_amounts(text)
    assert (amount.value, amount.unit) == (value, unit)
    assert text[amount.start:amount.end] == amount.text


@pytest.mark.parametrize("text", ["(2016 t/m 2020)", "vraag 12 en 13", "Kamerstuk 31 757, nr. 101",
                                  "https://example.nl/a/2020.pdf"])
def test_years_question_numbers_and_references_are_no_amounts(text):
    assert parse_amounts(text) == []


def test_every_amount_of_a_sentence_in_order():
    text = "Gedurende vijf jaren is jaarlijks 11,2 miljoen euro beschikbaar; Parkstad krijgt € 3.910.787."
    assert [(a.value, a.text) for a in parse_amounts(text)] == [(11_200_000, "11,2 miljoen euro"),
                                                               (3_910_787, "€ 3.910.787")]


def test_dutch_numbers():
    assert parse_number("3.910.787") == 3_910_787 and parse_number("4,1") == 4.1 and parse_number("1.509,5") == 1509.5
