"""Feedback on replies, stored in SQLite so that concurrent users lose nothing.

Every `add` opens its own connection and commits one INSERT in its own transaction; the database runs in
WAL mode with a busy timeout, so two people giving feedback at the same moment both get their row stored.

Example:
    >>> store = FeedbackStore(Path("/tmp/feedback.sqlite3"))
    >>> store.add(query="vraag 31", history=[], passages=[{"unit_id": "atlas:q31", "citation": "…"}],
    ...           rating="klopt", comment="", version={"model": "…"})
    1
    >>> store.export_csv(sys.stdout)
    1
"""
from __future__ import annotations

import csv
import json
import sqlite3
import sys
from dataclasses import asdict, dataclass, fields
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, TextIO

RATINGS: dict[str, str] = {
    "klopt": "Klopt",
    "verkeerde-bron": "Verkeerde bron",
    "antwoord-ontbreekt": "Antwoord ontbreekt",
}

_SCHEMA = """
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at TEXT NOT NULL,
    query TEXT NOT NULL,
    history TEXT NOT NULL,
    passages TEXT NOT NULL,
    rating TEXT NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    version TEXT NOT NULL,
    reply_kind TEXT NOT NULL DEFAULT '',
    user TEXT NOT NULL DEFAULT ''
)
"""
_BUSY_TIMEOUT_MS = 30_000

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


class FeedbackStore:
    """Append-only feedback table in one SQLite file (created on first use)."""

    def __init__(self, path: Path | str):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as conn:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute(_SCHEMA)
        conn.close()

    def add(self, *, query: str, history: list[str], passages: list[dict[str, Any]], rating: str,
            comment: str = "", version: dict[str, Any] | None = None, reply_kind: str = "",
            user: str = "") -> int:
        """Store one rating (a key of RATINGS) and return its row id; ValueError for an unknown rating."""
        if rating not in RATINGS:
            raise ValueError(f"unknown rating '{rating}'; expected one of {sorted(RATINGS)}")
        row = (
            datetime.now(timezone.utc).isoformat(timespec="seconds"),
            (query or "")[:MAX_QUERY],
            json.dumps([str(q)[:MAX_HISTORY_ITEM] for q in list(history)[-MAX_HISTORY_TURNS:]], ensure_ascii=False),
            json.dumps([_capped_passage(p) for p in list(passages)[:MAX_PASSAGES]], ensure_ascii=False),
            rating,
            (comment or "")[:MAX_COMMENT],
            json.dumps(version or {}, ensure_ascii=False, sort_keys=True)[:MAX_VERSION],
            (reply_kind or "")[:MAX_SHORT],
            (user or "")[:MAX_SHORT],
        )
        conn = self._connect()
        try:
            with conn:  # one transaction: BEGIN … INSERT … COMMIT
                cursor = conn.execute(
                    "INSERT INTO feedback (created_at, query, history, passages, rating, comment, version,"
                    " reply_kind, user) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", row)
            return int(cursor.lastrowid)
        finally:
            conn.close()

    def rows(self) -> list[FeedbackRow]:
        """All feedback, oldest first."""
        names = ", ".join(f.name for f in fields(FeedbackRow))
        conn = self._connect()
        try:
            return [FeedbackRow(*r) for r in conn.execute(f"SELECT {names} FROM feedback ORDER BY id")]
        finally:
            conn.close()

    def export_csv(self, out: TextIO = sys.stdout) -> int:
        """Write every row as CSV with a header line, formulas neutralised; returns the number of rows written."""
        rows = self.rows()
        writer = csv.DictWriter(out, fieldnames=[f.name for f in fields(FeedbackRow)])
        writer.writeheader()
        for row in rows:
            writer.writerow({name: safe_cell(value) for name, value in asdict(row).items()})
        return len(rows)

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=_BUSY_TIMEOUT_MS / 1000)
        conn.execute(f"PRAGMA busy_timeout={_BUSY_TIMEOUT_MS}")
        return conn


def safe_cell(value: object) -> object:
    """A CSV cell that a spreadsheet shows as text: a leading ' before = + - @ tab or CR (OWASP).

    >>> safe_cell('=HYPERLINK("http://evil.example","klik")')
    '\'=HYPERLINK("http://evil.example","klik")'
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _capped_passage(passage: dict[str, Any]) -> dict[str, str]:
    return {"unit_id": str(passage.get("unit_id", ""))[:MAX_PASSAGE_FIELD],
            "citation": str(passage.get("citation", ""))[:MAX_PASSAGE_FIELD]}
