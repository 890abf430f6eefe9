"""Read a table for an extreme: "Welke krimpregio krijgt het laagste bedrag?" is answered by the row with the
lowest amount, computed over the table's rows, not by the row that happens to be closest to the question.

The reading stage ranks table rows one by one, and every row of the DU table is about equally close to such a
question. So when a question asks for the highest or lowest amount (or who gets the most or least), and a row of a
table with an amount column is among the best few passages, the row with the extreme amount (a "Totaal" row left
out) goes first and is the lead. A question about one province's rows ("de drie Groningse krimpregio's", "in
Limburg") is read over those rows only, by the letters' own table of which region lies in which province. A
superlative about something else ("de meeste gemeenten", "het hoogste bedrag per inwoner"), several rows ("welke
twee …", "de tweede hoogste") and other parts of a table ("outside Groningen", "de noordelijke provincies") are left
to the reading stage: the whole table's extreme would be a wrong answer.

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
from dataclasses import dataclass, replace
from typing import Callable, Literal

from assistant.retrieval import Hit
from assistant.rescore import Scored
from corpus.records import Chunk, Table, TableRow
from assistant.terms import PROVINCE_WORDS
from corpus.tables import PROVINCES
from index.lexical import words

Extreme = Literal["max", "min", ""]

_MAX = r"hoogste|grootste|meeste|hoogst|grootst|meest|highest|largest|biggest|most"
_MIN = r"laagste|kleinste|minste|laagst|kleinst|minst|lowest|smallest|least|fewest"
_SUPERLATIVE = re.compile(rf"\b(?:het|de|the)\s+(?P<before>\w+\s+)?(?P<word>{_MAX}|{_MIN})\b"
                          r"(?P<after>(?:\s+[\w’'-]+){0,2})", re.I)
_COUNTS = r"twee|drie|vier|vijf|zes|zeven|acht|negen|tien|\d+|two|three|four|five|six|seven|eight|nine|ten"
# several rows or a rank ("welke twee …", "de drie hoogste", "de tweede hoogste", "op een na", "top 3")
_SEVERAL = re.compile(rf"\b(welke|which)\s+({_COUNTS})\b|\b(tweede|derde|vierde|second|third|fourth)\b|"
                      r"\bop (een|één) na\b|\btop\s*\d", re.I)
# an amount per something ("per inwoner", "relatief"): the table's absolute amounts do not answer it
_PER_UNIT = re.compile(r"\bper\s+(?!jaar\b|year\b|annum\b)\w+|\b(relatief|naar verhouding|relative|per capita)\b",
                       re.I)
# what the superlative is about must be an amount ("het hoogste bedrag", "het meeste geld") ...
_AMOUNT_NOUN = re.compile(r"^(bedrag|budget|geld|euro|middel|subsidie|bijdrage|uitkering|du$|amount|money|funding|"
                          r"grant|sum)", re.I)
# ... or nothing, in a question about who receives ("Welke provincie kreeg het meest?")
_RECEIVES = re.compile(r"\b(krijg\w*|kreeg|kregen|ontvang\w*|ontving\w*|receiv\w*|gets?|got|goes|gaat)\b", re.I)
_FUNCTION_WORDS = frozenset("uit van aan in op voor via bij from of to for".split())
_NUMBER = re.compile(r"^€?\s*(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_RANGE = re.compile(r"\b((?:19|20)\d{2})\s*(?:t/m|tot en met|-|–)\s*((?:19|20)\d{2})\b")
_AMOUNT_HEADER = re.compile(r"bedrag|budget|euro|€|aantal|amount|totaal", re.I)
# a question that narrows the rows ("van de drie Groningse krimpregio's", "outside Groningen and Limburg")
_NARROWED = re.compile(rf"\b(van|uit|onder) de ({_COUNTS})\b|\b(buiten|behalve|exclusief|outside|except|excluding|"
                       rf"among|of the ({_COUNTS}))\b|\b(noord|zuid|oost|west)(elijke|erse)\b|"
                       r"\b(northern|southern|eastern|western)\b", re.I)
# a question that leaves rows out: no province's rows alone answer it
_EXCLUDING = re.compile(r"\b(buiten|behalve|exclusief|uitgezonderd|uitzondering|afgezien|zonder|niet in|outside|"
                        r"except|excluding|other than|apart from|besides|not in)\b", re.I)
ROW_CHUNK = re.compile(r"^(?P<unit>.+)#t(?P<table>\d+)r(?P<row>\d+)$")
TOP = 3  # a row of the table must be among this many best passages
MIN_AMOUNTS = 3  # a column is an amount column when at least this many rows hold an amount


@dataclass(frozen=True)
class ExtremeRow:
    """The row that answers a question for the highest or lowest, and where it comes from (the reply says so)."""

    chunk_id: str
    extreme: Extreme
    caption: str
    column: str
    rows: int  # the rows compared
    total_left_out: bool
    within: str = ""  # the province whose rows alone were compared ("Groningen"); "" for the whole table


def asks_extreme(question: str) -> Extreme:
    """'max' or 'min' for a question that asks for the one highest or lowest amount (or who gets the most or the
    least); '' for other questions, for several rows or a rank, and for an amount per something.

    >>> [asks_extreme(q) for q in ("Welke provincie kreeg het meest?", "Welke regio heeft de meeste gemeenten?",
    ...  "Welke twee regio's krijgen de hoogste bedragen?", "Wie krijgt het hoogste bedrag per inwoner?")]
    ['max', '', '', '']
    """
    # the last one: a follow-up's reading puts the earlier question's words first ("… hoogste bedrag … En de
    # laagste?"), the turn's own last
    match = ([None] + list(_SUPERLATIVE.finditer(question)))[-1]
    if not match or _SEVERAL.search(question) or _PER_UNIT.search(question):
        return ""
    if match["before"] and re.fullmatch(rf"({_COUNTS})\s+", match["before"], re.I):
        return ""
    after = [w.lower() for w in match["after"].split()]
    if after and after[0] not in _FUNCTION_WORDS:
        if not any(_AMOUNT_NOUN.match(w) for w in after):
            return ""  # "de meeste gemeenten", "the most recent letter": not an amount
    elif not _RECEIVES.search(question):
        return ""
    return "max" if re.fullmatch(_MAX, match["word"], re.I) else "min"


def amount(cell: str) -> float | None:
    """A table cell as a number ("3.910.787" -> 3910787.0, "1,5" -> 1.5); None when it is not an amount."""
    match = _NUMBER.match(cell.strip())
    if not match:
        return None
    whole = match.group(1).replace(".", "")
    return float(f"{whole}.{match.group(2)}") if match.group(2) else float(whole)


def amount_column(table: Table) -> int | None:
    """The column of amounts: at least MIN_AMOUNTS rows hold one and they are not all years; a column whose header
    names an amount ("Bedragen", "Budget in euro's") comes first."""
    found = []
    for column in range(len(table.columns)):
        cells = [row.cells[column] for row in table.rows if not row.is_total and column < len(row.cells)]
        values = [cell for cell in cells if amount(cell) is not None]
        if len(values) >= MIN_AMOUNTS and not all(_YEAR.fullmatch(v.strip()) for v in values):
            found.append(column)
    named = [c for c in found if _AMOUNT_HEADER.search(table.columns[c])]
    return (named or found or [None])[0]


def extreme_row(table: Table, extreme: Extreme, only: list[int] | None = None) -> int | None:
    """Index of the row with the highest or lowest amount (total rows left out; of the rows `only`, when given);
    None without an amount column or when the extreme is shared."""
    column = amount_column(table)
    if column is None:
        return None
    values = [(i, amount(row.cells[column])) for i, row in enumerate(table.rows)
              if not row.is_total and column < len(row.cells) and (only is None or i in only)]
    values = [(i, v) for i, v in values if v is not None]
    if not values:
        return None
    best = (max if extreme == "max" else min)(v for _, v in values)
    rows = [i for i, v in values if v == best]
    return rows[0] if len(rows) == 1 else None


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
    names = {w for row in table.rows if not row.is_total for cell in row.cells[:1] for w in words(cell) if len(w) >= 4}
    names |= {p.lower() for p in PROVINCES}
    for word in words(question):
        base = word[:-2] if word.endswith("se") else word  # "Limburgse", "Groningse"
        if word in names or (len(base) >= 5 and any(name.startswith(base) for name in names)):
            return True
    return _other_year(question, table)


def _other_year(question: str, table: Table) -> bool:
    covered = set(_YEAR.findall(table.caption + " " + table.section))
    for start, end in _RANGE.findall(table.caption + " " + table.section):
        covered |= {str(year) for year in range(int(start), int(end) + 1)}
    return any(year not in covered for year in _YEAR.findall(question))


def province_asked(question: str) -> str:
    """The one province a question narrows to ("de drie Groningse krimpregio's" -> "groningen"); "" for none or
    several.

    >>> province_asked("Welke Groningse krimpregio krijgt het meest?"), province_asked("Wat krijgt Limburg?")
    ('groningen', 'limburg')
    >>> province_asked("Krijgt Zeeland meer dan Limburg?"), province_asked("Welke regio krijgt het meest?")
    ('', '')
    >>> province_asked("Welke krimpregio krijgt het meest, met uitzondering van Limburg?")
    ''
    """
    if _EXCLUDING.search(question):
        return ""
    lowered = " ".join(words(question))
    found = {place for word, place in PROVINCE_WORDS.items() if re.search(rf"\b{re.escape(word)}\b", lowered)}
    found |= {p.lower() for p in PROVINCES if re.search(rf"(?<![\w-]){re.escape(p.lower())}(?![\w-])", lowered)}
    return found.pop() if len(found) == 1 else ""


def rows_in_province(table: Table, province: str, regions: dict[str, tuple[str, ...]]) -> list[int]:
    """The rows of a table that name a region the letters place in `province` (or the province itself).

    >>> rows = [("Parkstad", "3.910.787"), ("De Marne", "236.639"), ("Westelijke  Mijnstreek*", "765.230")]
    >>> table = Table("tabel", ("Krimpregio", "Bedrag"), tuple(TableRow(cells, 0, 1) for cells in rows), 0, 1)
    >>> rows_in_province(table, "limburg", {"limburg": ("Parkstad", "Westelijke Mijnstreek")})
    [0, 2]
    """
    def key(name: str) -> str:
        return re.sub(r"[\s*-]+", " ", name).strip().lower()

    names = {key(region) for region in regions.get(province, ())} | {key(province)}
    return [i for i, row in enumerate(table.rows)
            if not row.is_total and any(key(cell) in names for cell in row.cells)]


def table_of(chunk_id: str, tables_of: Callable[[str], tuple[Table, ...]]) -> Table | None:
    """The table a row chunk ("actieplan-2016:s014#t1r2") is a row of."""
    found = ROW_CHUNK.match(chunk_id)
    tables = tables_of(found["unit"]) if found else ()
    return tables[int(found["table"])] if found and int(found["table"]) < len(tables) else None


def read_extreme(question: str, scored: list[Scored], tables_of: Callable[[str], tuple[Table, ...]],
                 chunk: Callable[[str], Chunk | None], regions: dict[str, tuple[str, ...]] | None = None,
                 ) -> tuple[list[Scored], ExtremeRow | None]:
    """`scored` with the extreme row of the best-ranked table first ("p" = the best p, "extreme" = 1 or -1 in its
    scores) and that row's record; `scored` unchanged and None when the question asks for no extreme, no table
    row is among the best TOP passages, or the question narrows the rows otherwise than to one province's (by
    `regions`: province -> the regions the letters place in it)."""
    extreme = asks_extreme(question)
    row_item = next((s for s in scored[:TOP] if ROW_CHUNK.match(s.hit.chunk.chunk_id)), None) if extreme else None
    table = table_of(row_item.hit.chunk.chunk_id, tables_of) if row_item else None
    if table is None:
        return scored, None
    only, within = None, province_asked(question) if regions else ""
    if within or narrows_rows(question, table):  # "Friese" narrows though the rows say "Fryslân"
        only = rows_in_province(table, within, regions) if within and not _other_year(question, table) else []
        if len(only) < 2:
            return scored, None
    row = extreme_row(table, extreme, only)
    if row is None:
        return scored, None
    wanted = ROW_CHUNK.sub(rf"\g<unit>#t\g<table>r{row}", row_item.hit.chunk.chunk_id)
    target = next((s for s in scored if s.hit.chunk.chunk_id == wanted), None)
    if target is None:  # not among the candidates: it stands in for the row that brought its table up
        target_chunk = chunk(wanted)
        if target_chunk is None:
            return scored, None
        target = Scored(Hit(target_chunk, dict(row_item.hit.scores)), dict(row_item.scores), -1)
    scores = {**target.scores, "p": max(scored[0].scores["p"], target.scores["p"]),
              "extreme": 1.0 if extreme == "max" else -1.0}
    column = amount_column(table)  # there is one: extreme_row found a row
    compared = sum(not r.is_total and column < len(r.cells) and amount(r.cells[column]) is not None
                   and (only is None or i in only) for i, r in enumerate(table.rows))
    record = ExtremeRow(wanted, extreme, table.caption, table.columns[column], compared,
                        any(r.is_total for r in table.rows) and only is None, _place_name(within))
    return [replace(target, scores=scores)] + [s for s in scored if s.hit.chunk.chunk_id != wanted], record


def _place_name(province: str) -> str:
    """The province as the letters write it ("noord-holland" -> "Noord-Holland")."""
    return next((p for p in PROVINCES if p.lower() == province), province.title())
