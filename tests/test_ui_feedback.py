"""Feedback storage: round trip, no lost rows under concurrent writers, and the CSV export CLI."""
from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from ui.feedback import FeedbackStore

REPO = Path(__file__).resolve().parent.parent
PASSAGES = [{"unit_id": "atlas:q31", "citation": "Antwoorden …, vraag 31, p. 19"}]


def _add(store: FeedbackStore, query: str, rating: str = "klopt", comment: str = "") -> int:
    return store.add(query=query, history=["vraag 87"], passages=PASSAGES, rating=rating, comment=comment,
                     version={"model": "test"}, reply_kind="lookup", user="anna")


def test_round_trip_add_rows_export(tmp_path):
    store = FeedbackStore(tmp_path / "sub" / "feedback.sqlite3")
    first = _add(store, "vraag 31", comment='zegt "ja", en <b>nee</b>\nnieuwe regel')
    second = _add(store, "Wie vroeg dat?", rating="verkeerde-bron")
    assert (first, second) == (1, 2)
    rows = store.rows()
    assert [r.query for r in rows] == ["vraag 31", "Wie vroeg dat?"]
    assert json.loads(rows[0].history) == ["vraag 87"]
    assert json.loads(rows[0].passages) == PASSAGES
    assert json.loads(rows[0].version) == {"model": "test"}
    assert rows[1].rating == "verkeerde-bron" and rows[0].user == "anna" and rows[0].created_at

    out = io.StringIO()
    assert store.export_csv(out) == 2
    parsed = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert parsed[0]["comment"] == 'zegt "ja", en <b>nee</b>\nnieuwe regel'
    assert parsed[1]["rating"] == "verkeerde-bron"


def test_unknown_rating_is_refused(tmp_path):
    store = FeedbackStore(tmp_path / "feedback.sqlite3")
    with pytest.raises(ValueError):
        _add(store, "vraag 31", rating="super")
    assert store.rows() == []


def test_concurrent_writers_lose_nothing(tmp_path):
    path = tmp_path / "feedback.sqlite3"
    FeedbackStore(path)
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def writer(name: str) -> None:
        store = FeedbackStore(path)  # each "user" has its own store object, as separate requests would
        start.wait()
        try:
            for i in range(20):
                _add(store, f"{name}-{i}")
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=writer, args=(name,)) for name in ("a", "b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    queries = sorted(r.query for r in FeedbackStore(path).rows())
    assert queries == sorted(f"{n}-{i}" for n in ("a", "b") for i in range(20))
    assert FeedbackStore(path).rows()[-1].id == 40


def test_cli_export(tmp_path):
    db = tmp_path / "feedback.sqlite3"
    _add(FeedbackStore(db), "vraag 31, met komma")
    env = {**os.environ, "KB_FEEDBACK_DB": str(db)}
    to_stdout = subprocess.run([sys.executable, "-m", "ui", "feedback", "export"], cwd=REPO, env=env,
                               capture_output=True, text=True, timeout=60)
    assert to_stdout.returncode == 0, to_stdout.stderr
    rows = list(csv.DictReader(io.StringIO(to_stdout.stdout)))
    assert [r["query"] for r in rows] == ["vraag 31, met komma"]
    assert "1 feedbackregel" in to_stdout.stderr

    out = tmp_path / "export.csv"
    to_file = subprocess.run([sys.executable, "-m", "ui", "feedback", "export", "--out", str(out)], cwd=REPO,
                             env=env, capture_output=True, text=True, timeout=60)
    assert to_file.returncode == 0, to_file.stderr
    assert list(csv.DictReader(out.open(encoding="utf-8")))[0]["rating"] == "klopt"
