"""Feedback in the postgres backend's database: every app server writes to the one `feedback` table.

The table is created by a versioned migration (index/backends/pg_schema.py, version 2), run once per store on
first use. Each `add` opens its own connection and inserts one row in its own transaction, so any number of app
servers and threads write at once without losing a row; a database that cannot be reached raises
FeedbackUnavailable naming the cause.

Example:
    >>> store = PgFeedbackStore("postgresql://app@db/kamerbrieven")
    >>> store.add(query="vraag 31", history=[], passages=[], rating="klopt", user="anna")
    17
    >>> [row.query for row in store.rows()][-1]
    'vraag 31'
"""
from __future__ import annotations

from contextlib import contextmanager
from datetime import timezone
from typing import Iterator

from index.backends import redacted
from index.backends.pg_schema import migrate
from ui.feedback.store import COLUMNS, INSERTED, FeedbackRow, FeedbackStoreBase, FeedbackUnavailable

CONNECT_TIMEOUT_SECONDS = 5  # a feedback click waits at most this long for a database that does not answer
_QUOTED = {name: f'"{name}"' for name in COLUMNS}  # "user" is a reserved word in PostgreSQL


class PgFeedbackStore(FeedbackStoreBase):
    """Append-only `feedback` table in a PostgreSQL database (the one KB_DATABASE_URL names)."""

    def __init__(self, url: str):
        self.url = url
        self.location = redacted(url)
        self._migrated = False

    def rows(self) -> list[FeedbackRow]:
        with self._session() as conn:
            found = conn.execute(f"SELECT {', '.join(_QUOTED[c] for c in COLUMNS)} FROM feedback ORDER BY id")
            return [FeedbackRow(row[0], _iso(row[1]), *row[2:]) for row in found]

    def _insert(self, values: tuple) -> int:
        with self._session() as conn, conn.transaction():
            return int(conn.execute(
                f"INSERT INTO feedback ({', '.join(_QUOTED[c] for c in INSERTED)}) "
                f"VALUES ({', '.join('%s' for _ in INSERTED)}) RETURNING id", values).fetchone()[0])

    @contextmanager
    def _session(self) -> Iterator:
        """A connection of its own (the schema migrated on first use), closed after; a database that cannot be
        reached, or is lost half-way, raises FeedbackUnavailable."""
        import psycopg

        try:
            with psycopg.connect(self.url, autocommit=True, connect_timeout=CONNECT_TIMEOUT_SECONDS) as conn:
                if not self._migrated:
                    migrate(conn)
                    self._migrated = True
                yield conn
        except psycopg.Error as error:  # down, lost half-way, or refusing (a role without the rights it needs)
            cause = " ".join(str(error).split())[:300]
            raise FeedbackUnavailable(f"the feedback database {self.location} is not reachable: {cause}") from error


def _iso(created_at) -> str:
    """timestamptz -> the SQLite store's text form (UTC, seconds): '2026-11-25T19:40:12+00:00'."""
    return created_at.astimezone(timezone.utc).isoformat(timespec="seconds")
