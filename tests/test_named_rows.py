"""Reading a table for the row the question names: "Hoeveel van de 815.000 euro … ging naar Gelderland?" is answered
by the Gelderland row, not by the total that repeats the question's figure; a question about the total, or one
that names no row or several, keeps the ranking."""
from __future__ import annotations

import doctest

import pytest

import assistant.named_rows
from assistant.named_rows import named_row
from corpus.records import Table, TableRow

_ROWS = [("Eemsdelta", "1.035.000"), ("Oost-Groningen", "1.660.000"), ("Zeeuws Vlaanderen", "1.112.000")]
TABLE = Table("tabel", ("Krimpregio", "Bedragen"), tuple(TableRow(cells, 0, 1) for cells in _ROWS)
              + (TableRow(("Totaal", "11.244.525"), 0, 1, is_total=True),), 0, 1)


@pytest.mark.unit
def test_module_examples_run():
    result = doctest.testmod(assistant.named_rows)
    assert result.attempted > 0 and result.failed == 0


@pytest.mark.unit
def test_the_named_row_is_found_in_any_spelling_and_only_when_it_is_the_one_named():
    assert named_row("Welk deel van de 11.244.525 euro krijgt Zeeuws-Vlaanderen?", TABLE, 3) == 2
    assert named_row("Hoeveel krijgt Oost-Groningen per jaar?", TABLE, 0) == 1  # another row ranked first
    assert named_row("Hoeveel krijgt Oost-Groningen per jaar?", TABLE, 1) is None  # already first
    assert named_row("Krijgt Oost-Groningen meer dan Eemsdelta?", TABLE, 3) is None  # two rows named
    assert named_row("Hoeveel krijgen de krimpregio's samen?", TABLE, 3) is None  # the total is asked
    assert named_row("Hoeveel krijgt Eemsdelta?", TABLE, 0) is None
    # a row asked for by comparison with the named one (the code review's finds)
    assert named_row("Welke krimpregio krijgt evenveel als Eemsdelta?", TABLE, 2) is None
    assert named_row("Hoeveel krijgt Zeeuws-Vlaanderen minder dan Oost-Groningen?", TABLE, 0) is None


def test_a_share_of_the_total_is_answered_by_the_named_province_row(bot):
    reply = bot.ask("Hoeveel van de 815.000 euro decentralisatie-uitkering krimp in het provinciefonds ging in 2015 "
                    "naar de provincie Gelderland?")
    assert not reply.abstained
    assert reply.passages[0].chunk_id.startswith("actieplan-2016:s014#t0r")
    assert "Gelderland | Budget in euro’s: 90.000" in reply.lead[0].text


def test_the_total_asked_is_still_the_total_row(bot):
    reply = bot.ask("Hoeveel ging er in 2015 in totaal naar de provincies uit de decentralisatie-uitkering krimp in "
                    "het provinciefonds?")
    assert "815.000" in reply.lead[0].text
