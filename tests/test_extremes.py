"""Reading a table for an extreme: the highest or lowest amount is computed over the table's rows (a total left
out), only for a question about the whole table, and answered with that row and where it comes from."""
from __future__ import annotations

import doctest

import pytest

import assistant.extremes
from assistant.extremes import amount, asks_extreme, extreme_row, narrows_rows


@pytest.mark.unit
def test_module_examples_run():
    result = doctest.testmod(assistant.extremes)
    assert result.attempted > 0 and result.failed == 0


@pytest.mark.unit
@pytest.mark.parametrize("question, extreme", [
    ("Welke krimpregio krijgt het hoogste bedrag?", "max"), ("Welke provincie kreeg het meest?", "max"),
    ("Welke regio heeft de meeste gemeenten?", "max"), ("Which province received the least?", "min"),
    ("Welke krimpregio krijgt het laagste jaarlijkse bedrag?", "min"), ("Which region gets the largest amount?", "max"),
    ("Wat doet het Rijk aan leegstand?", ""), ("Hoeveel geld krijgt Parkstad?", ""),
])
def test_which_questions_ask_for_an_extreme(question, extreme):
    assert asks_extreme(question) == extreme


@pytest.mark.unit
def test_amounts_are_read_the_dutch_way():
    assert amount("3.910.787") == 3910787.0 and amount("€ 45.000") == 45000.0 and amount("1,5") == 1.5
    assert amount("Heerlen") is None and amount("Aalten, Bronckhorst") is None


def test_the_du_and_provinciefonds_tables_give_their_extremes(corpus):
    du, fund = _table(corpus, "bevolkingsdaling in het gemeentefonds"), _table(corpus, "provinciefonds 2015")
    assert du.rows[extreme_row(du, "max")].cells[0] == "Parkstad"
    assert du.rows[extreme_row(du, "min")].cells[0] == "De Marne"  # the "Totaal" row is larger and left out
    assert fund.rows[extreme_row(fund, "max")].cells[0] == "Limburg"
    assert fund.rows[extreme_row(fund, "min")].cells[0] == "Noord-Holland"
    assert narrows_rows("Welke van de drie Groningse krimpregio's krijgt het meest?", du)
    assert narrows_rows("Which province received the most in 2018?", fund)  # the table is about 2015
    assert not narrows_rows("Welke krimpregio krijgt jaarlijks het hoogste bedrag?", du)


def test_an_extreme_is_answered_with_the_row_and_where_it_comes_from(bot):
    reply = bot.ask("Welke krimpregio krijgt het laagste jaarlijkse bedrag uit de DU bevolkingsdaling?")
    assert not reply.abstained and reply.lead[0].text.endswith("236.639 | Ontvangende gemeente: De Marne")
    assert reply.answer.startswith("Het laagste bedrag van de 9 rijen van “tabel overzicht decentralisatie-uitkering")
    from ui.bubbles import answer_bubble

    html = answer_bubble(reply)  # the chat shows where the extreme comes from before the row
    assert html.index("Het laagste bedrag van de 9 rijen") < html.index("236.639")


def test_an_extreme_of_part_of_the_table_is_not_the_whole_tables(bot):
    reply = bot.ask("Welke van de drie Groningse krimpregio's krijgt het hoogste bedrag uit de DU bevolkingsdaling?")
    assert "Het hoogste bedrag van de" not in reply.answer
    assert not any(lead.text.startswith("Krimpregio: Parkstad") for lead in reply.lead)


def _table(corpus, caption_words):
    return next(t for u in corpus.units for t in u.tables if caption_words in t.caption)
