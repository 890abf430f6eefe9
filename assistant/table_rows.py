"""Read a table for a row it lacks: "Hoeveel kreeg Noord-Brabant in 2015 uit de decentralisatie-uitkering krimp
in het provinciefonds?" meets the rows of the provinciefonds table, which lists eight provinces but not
Noord-Brabant. The table does not answer for a province (or region) it does not list, however close its rows are
to the question; the decider alone answered with the Noord-Holland row.

A name counts when it is of the kind the table lists: a province (corpus/tables.py's PROVINCES) for a table of
provinces, a region (a cell under a "…regio…" header of any table) for a table of regions. The tables of one
section count together (Bijlage II lists the krimpregio's and the anticipeerregio's in two tables); spelling
differences ("Zeeuws-Vlaanderen", "Zeeuws Vlaanderen") and "Friesland" for "Fryslân" are the same name. A name of
another kind ("Drenthe" against the DU table of regions) is left to the decider.

Example:
    >>> keys = TableKeys.build(corpus.units)
    >>> keys.missing_row("Hoeveel kreeg Noord-Brabant in 2015 uit het provinciefonds?", "actieplan-2016:s014#t0r4")
    'Noord-Brabant'
    >>> keys.missing_row("Hoeveel kreeg Drenthe in 2015 uit het provinciefonds?", "actieplan-2016:s014#t0r4")
    ''
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Iterable, Literal

from assistant.extremes import ROW_CHUNK
from corpus.records import Table, Unit
from corpus.tables import PROVINCES

Kind = Literal["province", "region"]
# runs of capitalised words, with the small words inside a name: "Westelijke Mijnstreek", "Kop van Noord-Holland"
_NAMES = re.compile(r"\b[A-Z][\w’'-]*(?:(?:\s+(?:van|aan|de|den|der|op))*\s+[A-Z][\w’'-]*)*")
_LIST = re.compile(r",\s*|\s+en\s+|\s*\*+\s*")  # a cell listing several names: "Den Helder, Hollands Kroon en Texel"
# the letters write the province in Frisian; English and short names of the provinces and regions
ALIASES = {"friesland": "fryslan", "frisia": "fryslan", "brabant": "noordbrabant", "northbrabant": "noordbrabant",
           "northholland": "noordholland", "southholland": "zuidholland", "zealand": "zeeland",
           "zealandflanders": "zeeuwsvlaanderen", "zeelandflanders": "zeeuwsvlaanderen"}


def name_key(name: str) -> str:
    """One spelling for a name: "Zeeuws-Vlaanderen" and "Zeeuws Vlaanderen" -> "zeeuwsvlaanderen".

    >>> name_key("Noordoost-Fryslân") == name_key("Noordoost Fryslan"), name_key("Friesland")
    (True, 'fryslan')
    """
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    key = re.sub(r"[^a-z0-9]", "", plain)
    return ALIASES.get(key, key)


@dataclass(frozen=True)
class SectionTables:
    """The tables of one section: the kinds of name their first columns list, and every name in their cells."""

    kinds: frozenset[str]
    names: frozenset[str]


@dataclass(frozen=True)
class TableKeys:
    kinds: dict[str, Kind]  # name key -> province or region
    sections: dict[str, SectionTables]  # unit id -> its tables

    @classmethod
    def build(cls, units: Iterable[Unit]) -> "TableKeys":
        units = [unit for unit in units if unit.tables]
        kinds: dict[str, Kind] = {name_key(p): "province" for p in PROVINCES}
        for unit in units:
            for table in unit.tables:
                for column, header in enumerate(table.columns):
                    if "regio" in header.lower():
                        for row in (r for r in table.rows if not r.is_total):
                            for name in names_in_cell(row.cells[column]):
                                kinds.setdefault(name_key(name), "region")
        sections = {}
        for unit in units:
            first = [_first_column_kind(table, kinds) for table in unit.tables]
            names = {name_key(name) for table in unit.tables for row in table.rows for cell in row.cells
                     for name in names_in_cell(cell)}
            sections[unit.unit_id] = SectionTables(frozenset(k for k in first if k), frozenset(names))
        return cls(kinds, sections)

    def missing_row(self, question: str, chunk_id: str, near: Iterable[str] = ()) -> str:
        """The first name in the question of a kind the passage's table lists but that none of its section's
        tables has, nor any of the `near` passages (the other best ones: the right table may be second); "" when
        the passage is no table row, or every such name is there."""
        row = ROW_CHUNK.match(chunk_id)
        section = self.sections.get(row["unit"]) if row else None
        if section is None:
            return ""
        elsewhere = " ".join(name_key(text) for text in near)
        # a name may open the question ("Noord-Brabant kreeg …?"): only names of the table's kinds count here
        for name in question_names(question, opener=True):
            key = name_key(name)
            if self.kinds.get(key) in section.kinds and key not in section.names and key not in elsewhere:
                return name
        return ""


def question_names(question: str, opener: bool = False) -> list[str]:
    """The capitalised names of a question, a run of them whole and each word of it ("Westelijke Mijnstreek",
    "Westelijke", "Mijnstreek"); the question's first word only as part of a run, unless `opener`.

    >>> question_names("Krijgt Maastricht-Mergelland meer dan de Westelijke Mijnstreek?")
    ['Maastricht-Mergelland', 'Westelijke Mijnstreek', 'Westelijke', 'Mijnstreek']
    >>> question_names("Noord-Brabant kreeg hoeveel?"), question_names("Noord-Brabant kreeg hoeveel?", opener=True)
    ([], ['Noord-Brabant'])
    >>> question_names("Hoeveel krijgt de Kop van Noord-Holland?")
    ['Kop van Noord-Holland', 'Kop', 'Noord-Holland']
    """
    out = []
    for match in _NAMES.finditer(question):
        words = match.group(0).split()
        if not opener and match.start() == len(question) - len(question.lstrip()):
            words = words[1:]  # "Hoeveel", "Krijgt": capitalised because they open the question
        if words:
            out += [" ".join(words)] + ([w for w in words if w[0].isupper()] if len(words) > 1 else [])
    return out


def names_in_cell(cell: str) -> list[str]:
    """The names a cell lists ("Den Helder, Hollands Kroon en Texel"), numbers left out."""
    return [part.strip() for part in _LIST.split(cell) if part.strip() and not part.strip()[0].isdigit()]


def _first_column_kind(table: Table, kinds: dict[str, Kind]) -> Kind | None:
    """What a table's first column lists, when most of its named cells are of one kind."""
    found = [kinds.get(name_key(row.cells[0])) for row in table.rows if row.cells and row.cells[0] and not row.is_total]
    for kind in ("province", "region"):
        if found and sum(k == kind for k in found) * 2 > len(found):
            return kind
    return None
