"""Read a table for an extreme: "Welke krimpregio krijgt het laagste bedrag?" is answered by the row with the
lowest amount, computed over the table's rows, not by the row that happens to be closest to the question.

The reading stage ranks table rows one by one, and every row of the DU table is about equally close to such a
question. So when a question asks for the highest, lowest, most or least, and a row of a table with an amount
column is among the best few passages, the row with the extreme amount (a "Totaal" row left out) goes first and
is the lead.

Example:
    >>> asks_extreme("Welke krimpregio krijgt het laagste jaarlijkse bedrag?"), asks_extreme("Wat doet het Rijk?")
    ('min', '')
    >>> rows = [("Parkstad", "3.910.787"), ("De Marne", "236.639"), ("Achterhoek", "1.012.240")]
    >>> table = Table("tabel", ("Krimpregio", "Bedrag"), tuple(TableRow(cells, 0, 1) for cells in rows)
    ...               + (TableRow(("Totaal", "5.159.666"), 0, 1, is_total=True),), 0, 1)
    >>> extreme_row(table, "max"), extreme_row(table, "min")
    (0, 1)
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable, Literal

from assistant.retrieval import Hit
from assistant.rescore import Scored
from corpus.records import Chunk, Table, TableRow
from corpus.tables import PROVINCES
from index.lexical import words

Extreme = Literal["max", "min", ""]

_MAX = r"hoogste|grootste|meeste|highest|largest|biggest|most"
_MIN = r"laagste|kleinste|minste|lowest|smallest|least|fewest"
# the superlative the question asks for: "het laagste bedrag", "de meeste gemeenten", "the lowest amount", "het
# meest" at the end; not "de meeste gemeenten vinden …" in a question that asks something else (the table row must
# also be among the best passages)
_ASKS = re.compile(rf"\b(?:het|de|the)\s+(?:\w+\s+)?({_MAX}|{_MIN})\b|\bhet\s+(meest|minst)\b", re.I)
_AMOUNT = re.compile(r"^€?\s*(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$")
ROW_CHUNK = re.compile(r"^(?P<unit>.+)#t(?P<table>\d+)r(?P<row>\d+)$")
# a question that narrows the rows ("van de drie Groningse krimpregio's", "outside Groningen and Limburg"): the
# extreme of the whole table does not answer it
_NARROWED = re.compile(r"\b(van|uit|onder) de (twee|drie|vier|vijf|zes|zeven|acht|\d+)\b|\b(buiten|behalve|exclusief|"
                       r"outside|except|excluding|among|of the (two|three|four|five|\d+))\b|"
                       r"\b(noord|zuid|oost|west)(elijke|erse)\b|\b(northern|southern|eastern|western)\b", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_RANGE = re.compile(r"\b((?:19|20)\d{2})\s*(?:t/m|tot en met|-|–)\s*((?:19|20)\d{2})\b")
TOP = 3  # a row of the table must be among this many best passages
MIN_AMOUNTS = 3  # a column is an amount column when at least this many rows hold an amount


def table_of(chunk_id: str, tables_of: Callable[[str], tuple[Table, ...]]) -> Table | None:
    """The table a row chunk ("actieplan-2016:s014#t1r2") is a row of."""
    found = ROW_CHUNK.match(chunk_id)
    tables = tables_of(found["unit"]) if found else ()
    return tables[int(found["table"])] if found and int(found["table"]) < len(tables) else None


def narrows_rows(question: str, table: Table) -> bool:
    """True when the question asks about part of the table: a row's name or a province in it ("Groningen",
    "Limburgse"), a subset ("van de drie …", "outside …"), or a year the table is not about ("in 2018" against the
    2015 table).

    >>> table = Table("tabel overzicht 2015", ("Provincie", "Budget"), (TableRow(("Limburg", "165.000"), 0, 1),), 0, 1)
    >>> [narrows_rows(q, table) for q in ("Welke provincie kreeg het meest?", "Welke Limburgse regio kreeg het meest?",
    ...  "Welke van de drie noordelijke provincies kreeg het meest?", "Welke provincie kreeg in 2018 het meest?")]
    [False, True, True, True]
    """
    if _NARROWED.search(question):
        return True
    names = {w for row in table.rows for w in words(row.cells[0]) if len(w) >= 4} | {p.lower() for p in PROVINCES}
    for word in words(question):
        base = word[:-2] if word.endswith("se") else word  # "Limburgse", "Groningse"
        if word in names or (len(base) >= 5 and any(name.startswith(base) for name in names)):
            return True
    covered = set(_YEAR.findall(table.caption + " " + table.section))
    for start, end in _RANGE.findall(table.caption + " " + table.section):
        covered |= {str(year) for year in range(int(start), int(end) + 1)}
    return any(year not in covered for year in _YEAR.findall(question))


def asks_extreme(question: str) -> Extreme:
    """'max' or 'min' for a question that asks for the highest / lowest (most / least …) of something, else ''."""
    match = _ASKS.search(question)
    if not match:
        return ""
    word = (match.group(1) or match.group(2)).lower()
    return "max" if re.fullmatch(rf"{_MAX}|meest", word) else "min"


def amount(cell: str) -> float | None:
    """A table cell as a number ("3.910.787" -> 3910787.0, "1,5" -> 1.5); None when it is not an amount."""
    match = _AMOUNT.match(cell.strip())
    if not match:
        return None
    whole = match.group(1).replace(".", "")
    return float(f"{whole}.{match.group(2)}") if match.group(2) else float(whole)


def extreme_row(table: Table, extreme: Extreme) -> int | None:
    """Index of the row with the highest or lowest amount in the table's amount column (total rows left out);
    None when the table has no amount column or the extreme is shared."""
    for column in range(len(table.columns)):
        values = [(i, amount(row.cells[column])) for i, row in enumerate(table.rows)
                  if not row.is_total and column < len(row.cells)]
        values = [(i, v) for i, v in values if v is not None]
        if len(values) >= MIN_AMOUNTS:
            best = (max if extreme == "max" else min)(v for _, v in values)
            rows = [i for i, v in values if v == best]
            return rows[0] if len(rows) == 1 else None
    return None


def promote_extreme(question: str, scored: list[Scored], tables_of: Callable[[str], tuple[Table, ...]],
                    chunk: Callable[[str], Chunk | None]) -> list[Scored]:
    """`scored` with the extreme row of the best-ranked table first (scores "extreme" = 1 for the highest, -1 for
    the lowest; "p" = the best p), or
    `scored` as it was when the question asks for no extreme or no table row is among the best TOP passages."""
    extreme = asks_extreme(question)
    if not extreme or not scored:
        return scored
    for item in scored[:TOP]:
        found = ROW_CHUNK.match(item.hit.chunk.chunk_id)
        if not found:
            continue
        tables = tables_of(found["unit"])
        index = int(found["table"])
        if index >= len(tables) or narrows_rows(question, tables[index]):
            return scored
        row = extreme_row(tables[index], extreme)
        if row is None:
            return scored
        wanted = f"{found['unit']}#t{index}r{row}"
        target = next((s for s in scored if s.hit.chunk.chunk_id == wanted), None)
        if target is None:  # not among the candidates: it stands in for the row that brought its table up
            target_chunk = chunk(wanted)
            if target_chunk is None:
                return scored
            target = Scored(Hit(target_chunk, dict(item.hit.scores)), dict(item.scores), -1)
        best_p = scored[0].scores["p"]
        first = replace(target, scores={**target.scores, "p": max(best_p, target.scores["p"]),
                                        "extreme": 1.0 if extreme == "max" else -1.0})
        return [first] + [s for s in scored if s.hit.chunk.chunk_id != wanted]
    return scored
