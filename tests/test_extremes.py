"""Reading a table for an extreme: the highest or lowest amount is computed over the table's rows (a total left
out), only for a question about the whole table, and answered with that row and where it comes from."""
from __future__ import annotations

import doctest

import pytest

import assistant.extremes
from assistant.extremes import (amount, amount_column, asks_extreme, extreme_row, narrows_rows, province_asked,
                                rows_in_province)
from corpus.records import Table, TableRow


@pytest.mark.unit
def test_module_examples_run():
    result = doctest.testmod(assistant.extremes)
    assert result.attempted > 0 and result.failed == 0


@pytest.mark.unit
@pytest.mark.parametrize("question, extreme", [
    ("Welke krimpregio krijgt het hoogste bedrag?", "max"), ("Welke provincie kreeg het meest?", "max"),
    ("Which province received the least?", "min"),
    ("Welke krimpregio krijgt het laagste jaarlijkse bedrag?", "min"), ("Which region gets the largest amount?", "max"),
    ("Wat doet het Rijk aan leegstand?", ""), ("Hoeveel geld krijgt Parkstad?", ""),
    ("Which region gets the most money?", "max"), ("Wie krijgt het hoogste bedrag per jaar?", "max"),
    # a superlative about something other than an amount, several rows or a rank, an amount per something
    ("Wat vinden de meeste krimpgemeenten van de DU?", ""), ("Welke krimpregio heeft de meeste gemeenten?", ""),
    ("What is the most recent letter?", ""), ("Welke twee krimpregio's krijgen de hoogste bedragen?", ""),
    ("Welke regio krijgt op een na het hoogste bedrag?", ""), ("Which region got the second highest amount?", ""),
    ("Wie krijgt het hoogste bedrag per inwoner?", ""), ("Wie krijgt relatief het meeste geld?", ""),
])
def test_which_questions_ask_for_an_extreme(question, extreme):
    assert asks_extreme(question) == extreme


@pytest.mark.unit
def test_amounts_are_read_the_dutch_way():
    assert amount("3.910.787") == 3910787.0 and amount("€ 45.000") == 45000.0 and amount("1,5") == 1.5
    assert amount("Heerlen") is None and amount("Aalten, Bronckhorst") is None


@pytest.mark.unit
def test_a_column_of_years_is_not_the_amount_column():
    rows = tuple(TableRow((year, value), 0, 1) for year, value in (("2016", "1.000"), ("2017", "900"), ("2018", "80")))
    table = Table("tabel", ("Jaar", "Bedrag"), rows, 0, 1)
    assert amount_column(table) == 1 and extreme_row(table, "max") == 0  # 1.000, not the latest year


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
    assert reply.answer.startswith("De laagste waarde in de kolom “Bedragen (jaarlijks, in euro’s)”, over de 9 "
                                   "rijen van “tabel overzicht decentralisatie-uitkering bevolkingsdaling")
    assert "(het totaal niet meegeteld)" in reply.answer.split("\n")[0]
    from ui.bubbles import answer_bubble

    html = answer_bubble(reply)  # the chat shows where the extreme comes from before the row
    assert html.index("De laagste waarde in de kolom") < html.index("236.639")


@pytest.mark.parametrize("question", [
    "Welke krimpregio buiten Limburg krijgt het hoogste bedrag uit de decentralisatie-uitkering bevolkingsdaling?",
    "Welke krimpregio in de decentralisatie-uitkering bevolkingsdaling heeft de meeste gemeenten?",
    "Welke provincie in het provinciefonds heeft de meeste krimpregio's?",
    "Welke krimpregio krijgt het hoogste bedrag per inwoner uit de DU bevolkingsdaling?",
    "Welke twee krimpregio's krijgen de hoogste bedragen uit de decentralisatie-uitkering?",
])
def test_other_questions_that_reach_the_table_do_not_get_its_extreme(bot, question):
    reply = bot.ask(question)
    rescored = reply.trace["stages"]["rescore"]
    assert any("#t" in chunk_id for chunk_id, _, _ in rescored[:5])  # the question does reach the table ...
    assert not any(scores.get("extreme") for _, _, scores in rescored)  # ... and its extreme is not put forward
    assert not reply.answer.startswith(("De hoogste waarde", "De laagste waarde"))


def test_one_province_s_rows_are_read_by_the_letters_own_table_of_regions(corpus, bot):
    du = _table(corpus, "bevolkingsdaling in het gemeentefonds")
    limburg = rows_in_province(du, "limburg", bot.terms.regions)
    assert sorted(du.rows[i].cells[0] for i in limburg) == ["Maastricht Mergelland", "Parkstad",
                                                           "Westelijke Mijnstreek"]
    assert du.rows[extreme_row(du, "min", limburg)].cells[0] == "Westelijke Mijnstreek"
    assert province_asked("Welke krimpregio buiten Limburg krijgt het meest?") == ""  # rows left out
    assert province_asked("Krijgt Zeeland meer dan Limburg?") == ""


@pytest.mark.parametrize("question, row, place", [
    ("Wie krijgt het grootste bedrag uit de DU bevolkingsdaling van de drie Groningse krimpregio's?",
     "Oost-Groningen", "Groningen"),
    ("Welke Limburgse krimpregio krijgt het laagste bedrag uit de decentralisatie-uitkering bevolkingsdaling?",
     "Westelijke Mijnstreek", "Limburg"),
])
def test_an_extreme_of_one_province_s_regions_says_so(bot, question, row, place):
    reply = bot.ask(question)
    assert not reply.abstained and f"Krimpregio: {row} |" in reply.lead[0].text
    assert f"(alleen de regio's in {place})" in reply.answer.split("\n")[0]


def _table(corpus, caption_words):
    return next(t for u in corpus.units for t in u.tables if caption_words in t.caption)


@pytest.mark.parametrize("turn, row", [("En de laagste?", "De Marne"), ("And the lowest?", "De Marne"),
                                        ("En welke krijgt het minst?", "De Marne")])
def test_a_follow_up_asks_the_opposite_extreme_in_its_own_words(bot, turn, row):
    """The follow-up inherits what was asked ("het hoogste bedrag"); its own "de laagste" decides the extreme."""
    reply = bot.ask(turn, history=["Welke krimpregio krijgt het hoogste bedrag uit de DU bevolkingsdaling?"])
    assert reply.lead and f"Krimpregio: {row} |" in reply.lead[0].text


@pytest.mark.parametrize("question", [
    "Welke krimpregio krijgt het meeste geld uit de decentralisatie-uitkering bevolkingsdaling, met uitzondering van "
    "Limburg?",
    "Welke Friese krimpregio krijgt het meest uit de decentralisatie-uitkering bevolkingsdaling?",  # one row: no extreme
])
def test_a_province_left_out_or_with_one_row_gets_no_extreme_of_the_table(bot, question):
    reply = bot.ask(question)
    assert not reply.answer.startswith(("De hoogste waarde", "De laagste waarde"))
    assert "Krimpregio: Parkstad |" not in " ".join(lead.text for lead in reply.lead)
