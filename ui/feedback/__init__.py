"""Feedback on replies: one interface (FeedbackStoreBase: add, rows, export_csv), two stores.

- `FeedbackStore(path)`: a SQLite file (the default; one app server), ui/feedback/sqlite.py;
- `PgFeedbackStore(url)`: the `feedback` table in the postgres backend's database, shared by every app server,
  ui/feedback/postgres.py.
`open_feedback_store(settings)` picks the one the settings configure; the UI, its export command and
`python -m evals from-feedback` all go through it.

Example:
    >>> store = open_feedback_store(Settings.from_env())   # KB_BACKEND=postgres + KB_DATABASE_URL: the database
    >>> store.add(query="vraag 31", history=[], passages=[], rating="klopt", version={"model": "…"})
    1
"""
from __future__ import annotations

from pathlib import Path

from config import Settings
from index.backends import backend_name, database_url
from ui.feedback.postgres import PgFeedbackStore
from ui.feedback.sqlite import FeedbackStore
from ui.feedback.store import (FORMULA_STARTS, MAX_COMMENT, MAX_HISTORY_ITEM, MAX_HISTORY_TURNS, MAX_PASSAGE_FIELD,
                               MAX_PASSAGES, MAX_QUERY, MAX_SHORT, MAX_VERSION, RATINGS, FeedbackRow,
                               FeedbackStoreBase, FeedbackUnavailable, safe_cell)

__all__ = ["FeedbackStore", "PgFeedbackStore", "FeedbackStoreBase", "FeedbackRow", "FeedbackUnavailable", "RATINGS",
           "safe_cell", "open_feedback_store", "feedback_database", "FORMULA_STARTS", "MAX_COMMENT",
           "MAX_HISTORY_ITEM", "MAX_HISTORY_TURNS", "MAX_PASSAGE_FIELD", "MAX_PASSAGES", "MAX_QUERY", "MAX_SHORT",
           "MAX_VERSION"]


def feedback_database(settings: Settings) -> str:
    """The database URL feedback goes to when the postgres backend is configured, else ""."""
    return database_url(settings) if backend_name(settings) == "postgres" else ""


def open_feedback_store(settings: Settings, url: str | None = None, path: Path | str | None = None) -> FeedbackStoreBase:
    """An explicit `url` or `path` first; else the postgres table when the settings use the postgres backend
    (KB_BACKEND=postgres with KB_DATABASE_URL), else the SQLite file (KB_FEEDBACK_DB or under KB_CACHE_DIR)."""
    if path is None:
        url = url or feedback_database(settings)
        if url:
            return PgFeedbackStore(url)
    return FeedbackStore(Path(path) if path is not None else settings.feedback_db)

