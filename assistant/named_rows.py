"""Read a table for the row the question names: "Hoeveel van de 815.000 euro uit het provinciefonds ging in 2015
naar Gelderland?" meets the provinciefonds table, whose "Totaal" row holds the question's own figure and so ranks
first; the question names Gelderland, and the Gelderland row answers it.

The reading stage ranks table rows one by one, and a row that shares the question's figure or wording can outrank the
row of the place the question asks about. So when the best passage is a row whose first cell the question does not
name (or the table's total), and exactly one other row of the same table among the best few is named by the
question (its province or region, in any spelling: assistant/table_rows.py), that row goes first, with the best
passage's confidence. A question after which row ("Welke provincie kreeg evenveel als Gelderland?") or one that
names a row to compare with ("minder dan Parkstad", "behalve Groningen") keeps the ranking. Questions for an
extreme are read by assistant/extremes.py instead.

Example:
    >>> rows = [("Drenthe", "75.000"), ("Gelderland", "90.000")]
    >>> table = Table("tabel", ("Provincie", "Budget"), tuple(TableRow(cells, 0, 1) for cells in rows)
    ...               + (TableRow(("Totaal", "815.000"), 0, 1, is_total=True),), 0, 1)
    >>> named_row("Hoeveel van de 815.000 euro ging naar Gelderland?", table, 2)
    1
    >>> named_row("Hoeveel ging er in totaal naar de provincies?", table, 2) is None
    True
    >>> named_row("Welke provincie kreeg evenveel als Gelderland?", table, 0) is None
    True
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from assistant.extremes import ROW_CHUNK, table_of
from assistant.rescore import Scored
from assistant.table_rows import names_in_cell, name_key, question_names
from corpus.records import Table, TableRow

TOP = 5  # the named row must be among this many best passages
# a question after which row, or one that names a row to compare with ("minder dan Parkstad", "behalve Groningen")
_ASKS_WHICH_ROW = re.compile(r"\b(?:welke?|which|what)\s+(?:\w+\s+)?(?:provincies?|regio(?:’s|'s|s)?|"
                             r"krimpregio(?:’s|'s|s)?|anticipeerregio(?:’s|'s|s)?|gemeenten?|provinces?|regions?|"
                             r"municipalit(?:y|ies))\b|"
                             r"\b(?:als|dan|behalve|naast|zoals|than|as|except|besides)\s+(?:de\s+|het\s+|the\s+)?"
                             r"(?-i:[A-Z])", re.I)


def named_row(question: str, table: Table, best: int) -> int | None:
    """The one row of `table` whose first cell the question names, when the row `best` is not named (or is the
    total); None otherwise (no row named, several, or the best row itself)."""
    if _ASKS_WHICH_ROW.search(question):
        return None  # "Welke provincie kreeg evenveel als Gelderland?" asks for another row than the one it names
    asked = {name_key(name) for name in question_names(question, opener=True)}
    named = [i for i, row in enumerate(table.rows) if not row.is_total and _named(row, asked)]
    top = table.rows[best] if best < len(table.rows) else None
    if len(named) != 1 or top is None or named[0] == best or (not top.is_total and _named(top, asked)):
        return None
    return named[0]


def read_named_row(question: str, scored: list[Scored],
                   tables_of: Callable[[str], tuple[Table, ...]]) -> list[Scored]:
    """`scored` with the row the question names first, when the best passage is another row of its table and the
    named row is among the best TOP; `scored` unchanged otherwise."""
    found = ROW_CHUNK.match(scored[0].hit.chunk.chunk_id) if scored else None
    table = table_of(scored[0].hit.chunk.chunk_id, tables_of) if found else None
    row = named_row(question, table, int(found["row"])) if table is not None else None
    if row is None:
        return scored
    wanted = ROW_CHUNK.sub(rf"\g<unit>#t\g<table>r{row}", scored[0].hit.chunk.chunk_id)
    target = next((s for s in scored[1:TOP] if s.hit.chunk.chunk_id == wanted), None)
    if target is None:
        return scored
    promoted = replace(target, scores={**target.scores, "p": max(scored[0].scores["p"], target.scores["p"])})
    return [promoted] + [s for s in scored if s is not target]


def _named(row: TableRow, asked: set[str]) -> bool:
    return bool(row.cells) and any(name_key(name) in asked for name in names_in_cell(row.cells[0]))
