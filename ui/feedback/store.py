"""What every feedback store shares: the ratings, the stated caps, the row record, the CSV export.

A store (SQLite file or the postgres table) only implements `_insert` (one capped row, one transaction) and
`rows`; `add` validates and caps every field here, and `export_csv` neutralises spreadsheet formulas here, so the
two stores cannot drift apart.

Example:
    >>> store = open_feedback_store(settings)          # ui.feedback: postgres table or SQLite file
    >>> store.add(query="vraag 31", history=[], passages=[], rating="klopt")
    1
    >>> store.export_csv(sys.stdout)
    1
"""
from __future__ import annotations

import csv
import json
import sys
from abc import ABC, abstractmethod
from dataclasses import asdict, dataclass, fields
from datetime import datetime, timezone
from typing import Any, TextIO

RATINGS: dict[str, str] = {
    "klopt": "Klopt",
    "verkeerde-bron": "Verkeerde bron",
    "antwoord-ontbreekt": "Antwoord ontbreekt",
}

# Stated limits for every stored field (docs/ui-answer.md): one row stays under ~40 KB whatever is sent.
MAX_QUERY = 2_000  # characters of the question
MAX_COMMENT = 2_000  # characters of the comment
MAX_HISTORY_TURNS = 10  # the most recent earlier questions kept ...
MAX_HISTORY_ITEM = 500  # ... each cut to this many characters
MAX_PASSAGES = 10  # passages shown with the reply
MAX_PASSAGE_FIELD = 500  # characters per unit id / citation
MAX_VERSION = 2_000  # characters of the version JSON
MAX_SHORT = 100  # rating, reply kind, user name

# Cells starting with one of these are formulas in Excel / LibreOffice / Sheets (OWASP CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class FeedbackRow:
    """One stored feedback record; history, passages and version are JSON strings."""

    id: int
    created_at: str
    query: str
    history: str
    passages: str
    rating: str
    comment: str
    version: str
    reply_kind: str
    user: str


COLUMNS = tuple(f.name for f in fields(FeedbackRow))  # the same names in both stores
INSERTED = COLUMNS[1:]  # the id is given by the database


class FeedbackUnavailable(Exception):
    """The feedback database cannot be reached or written; the message names the cause (never a password)."""


class FeedbackStoreBase(ABC):
    """Append-only feedback: `add` one rating, read all `rows`, `export_csv`. Subclasses store the rows."""

    location: str  # a file path or a database URL without its password, for messages

    def add(self, *, query: str, history: list[str], passages: list[dict[str, Any]], rating: str,
            comment: str = "", version: dict[str, Any] | None = None, reply_kind: str = "",
            user: str = "") -> int:
        """Store one rating (a key of RATINGS) and return its row id; ValueError for an unknown rating,
        FeedbackUnavailable when the database cannot be reached."""
        if rating not in RATINGS:
            raise ValueError(f"unknown rating '{rating}'; expected one of {sorted(RATINGS)}")
        return self._insert((
            datetime.now(timezone.utc).isoformat(timespec="seconds"),
            (query or "")[:MAX_QUERY],
            json.dumps([str(q)[:MAX_HISTORY_ITEM] for q in list(history)[-MAX_HISTORY_TURNS:]], ensure_ascii=False),
            json.dumps([_capped_passage(p) for p in list(passages)[:MAX_PASSAGES]], ensure_ascii=False),
            rating,
            (comment or "")[:MAX_COMMENT],
            json.dumps(version or {}, ensure_ascii=False, sort_keys=True)[:MAX_VERSION],
            (reply_kind or "")[:MAX_SHORT],
            (user or "")[:MAX_SHORT],
        ))

    @abstractmethod
    def rows(self) -> list[FeedbackRow]:
        """All feedback, oldest first."""

    def export_csv(self, out: TextIO = sys.stdout) -> int:
        """Write every row as CSV with a header line, formulas neutralised; returns the number of rows written."""
        rows = self.rows()
        writer = csv.DictWriter(out, fieldnames=list(COLUMNS))
        writer.writeheader()
        for row in rows:
            writer.writerow({name: safe_cell(value) for name, value in asdict(row).items()})
        return len(rows)

    @abstractmethod
    def _insert(self, values: tuple) -> int:
        """Insert one row of INSERTED values in its own transaction; return its id."""


def safe_cell(value: object) -> object:
    """A CSV cell that a spreadsheet shows as text: a leading ' before = + - @ tab or CR (OWASP).

    >>> safe_cell('=HYPERLINK("http://evil.example","klik")')
    '\\'=HYPERLINK("http://evil.example","klik")'
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _capped_passage(passage: dict[str, Any]) -> dict[str, str]:
    return {"unit_id": str(passage.get("unit_id", ""))[:MAX_PASSAGE_FIELD],
            "citation": str(passage.get("citation", ""))[:MAX_PASSAGE_FIELD]}
