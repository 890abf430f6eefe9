"""Feedback in one SQLite file (the default: one app server), so that concurrent users lose nothing.

Every `add` opens its own connection and commits one INSERT in its own transaction; the database runs in
WAL mode with a busy timeout, so two people giving feedback at the same moment both get their row stored.

Example:
    >>> store = FeedbackStore(Path("/tmp/feedback.sqlite3"))
    >>> store.add(query="vraag 31", history=[], passages=[{"unit_id": "atlas:q31", "citation": "…"}],
    ...           rating="klopt", comment="", version={"model": "…"})
    1
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

from ui.feedback.store import COLUMNS, INSERTED, FeedbackRow, FeedbackStoreBase, FeedbackUnavailable

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


class FeedbackStore(FeedbackStoreBase):
    """Append-only feedback table in one SQLite file (created on first use)."""

    def __init__(self, path: Path | str):
        self.path = Path(path)
        self.location = str(self.path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = self._connect()
        try:
            with conn:
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute(_SCHEMA)
        finally:
            conn.close()

    def rows(self) -> list[FeedbackRow]:
        conn = self._connect()
        try:
            return [FeedbackRow(*r) for r in conn.execute(f"SELECT {', '.join(COLUMNS)} FROM feedback ORDER BY id")]
        finally:
            conn.close()

    def _insert(self, values: tuple) -> int:
        conn = self._connect()
        try:
            with conn:  # one transaction: BEGIN … INSERT … COMMIT
                cursor = conn.execute(f"INSERT INTO feedback ({', '.join(INSERTED)}) "
                                      f"VALUES ({', '.join('?' for _ in INSERTED)})", values)
            return int(cursor.lastrowid)
        except sqlite3.OperationalError as error:  # locked past the timeout, disk full, folder gone
            raise FeedbackUnavailable(f"the feedback file {self.location} cannot be written: {error}") from error
        finally:
            conn.close()

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=_BUSY_TIMEOUT_MS / 1000)
        conn.execute(f"PRAGMA busy_timeout={_BUSY_TIMEOUT_MS}")
        return conn
