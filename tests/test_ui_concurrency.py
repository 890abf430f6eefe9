"""20 simultaneous chat sessions against the real app: every question answered, no feedback lost.

Run:  .venv/bin/python -m pytest -q -s -m browser tests/test_ui_concurrency.py
The app runs in a subprocess on 127.0.0.1 with a private feedback database; each session is one
gradio_client.Client (its own session hash, so its own gr.State) that asks two questions in a row and
then gives one rating through the feedback buttons' endpoints (/give, /give_1, /give_2).
Latencies of the chat requests go to tests/artifacts/concurrency.json (and are printed).
"""
from __future__ import annotations

import concurrent.futures
import json
import math
import os
import sqlite3
import statistics
import threading
import time

import pytest

from ui_helpers import artifact, free_port, start_app, stop_app, wait_for_app

pytestmark = pytest.mark.browser

gradio_client = pytest.importorskip(
    "gradio_client", reason="gradio_client is not installed (it comes with gradio: pip install -e '.[test]')")

START_TIMEOUT = 120  # seconds until the app answers HTTP 200
SESSIONS = 20
REQUEST_TIMEOUT = 90  # seconds for one chat or feedback request (queued behind the others)
OVERALL_TIMEOUT = 150  # seconds for all sessions together
CHAT_API = "/respond"  # query.submit(respond, …); send.click is /respond_1, the example click /respond_2
FEEDBACK_APIS = {"/give": "klopt", "/give_1": "verkeerde-bron", "/give_2": "antwoord-ontbreekt"}  # RATINGS order
OFF_TOPIC = "Wat is de hoofdstad van Frankrijk?"
ATLAS_31 = "vraag 31 uit de Atlas-beantwoording"

# (first question, follow-up, check of the follow-up: (reply text, sources html) -> problem or None)
SCENARIOS = [
    ("vraag 87", "En vraag 12?",
     lambda text, cards: None if "Vraag 12" in text and "12" in _card_questions(cards)
     else "follow-up 'En vraag 12?' did not resolve to question 12"),
    (ATLAS_31, "Wie vroeg dat?",
     lambda text, cards: None if "PvdA" in text else "follow-up 'Wie vroeg dat?' did not name PvdA (history lost?)"),
    ("Wat doet het Rijk aan leegstand in winkelgebieden?", OFF_TOPIC,
     lambda text, cards: None if 'class="source-card"' not in cards else "off-topic question got source cards"),
    (OFF_TOPIC, ATLAS_31,
     lambda text, cards: None if "31" in _card_questions(cards) else "atlas question 31 not among the cards"),
]


def _card_questions(cards: str) -> list[str]:
    """All question numbers named in the cards' data-questions attributes."""
    numbers: list[str] = []
    for part in cards.split('data-questions="')[1:]:
        numbers += [n for n in part.split('"', 1)[0].split(",") if n]
    return numbers


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """(base url, feedback db path): the real app on the real index with a private feedback database."""
    tmp = tmp_path_factory.mktemp("ui-concurrency")
    feedback_db = tmp / "feedback.sqlite3"
    log = tmp / "server.log"
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    env = {**os.environ, "KB_FEEDBACK_DB": str(feedback_db), "KB_UI_USERS": "", "GRADIO_ANALYTICS_ENABLED": "False"}
    process = start_app(port, env, log, "--host", "127.0.0.1")
    try:
        wait_for_app(process, url, log, START_TIMEOUT)
        yield url, feedback_db
    finally:
        stop_app(process)


def _text(message: dict) -> str:
    """The text of one Chatbot message (content is a string or a list of {'text': …} parts)."""
    content = message.get("content")
    if isinstance(content, str):
        return content
    return "".join(part.get("text", "") for part in content or [] if isinstance(part, dict))


def _percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q / 100 * len(ordered)) - 1)]


def _session(number: int, url: str, start: threading.Barrier) -> dict:
    """One user: connect, wait for the others, ask two questions, rate the second reply."""
    first, follow_up, check = SCENARIOS[number % len(SCENARIOS)]
    api = list(FEEDBACK_APIS)[number % len(FEEDBACK_APIS)]
    comment = f"sessie {number:02d}"
    try:
        client = gradio_client.Client(url, verbose=False, analytics_enabled=False, download_files=False,
                                      httpx_kwargs={"timeout": REQUEST_TIMEOUT})
    except Exception:
        start.abort()  # the others must not wait for a session that will never come
        raise
    try:
        start.wait(timeout=REQUEST_TIMEOUT)
        latencies, problems = [], []
        for turn, question in enumerate((first, follow_up), start=1):
            began = time.monotonic()
            out = client.submit(question, [], None, None, api_name=CHAT_API).result(timeout=REQUEST_TIMEOUT)
            latencies.append(time.monotonic() - began)
            chat, cards = out[1], out[2]
            if len(chat) != 2 * turn:  # the session's own conversation, nothing from the others
                problems.append(f"{question!r}: chat has {len(chat)} messages, expected {2 * turn}")
            reply = _text(chat[-1]) if chat else ""
            if chat and chat[-1].get("role") != "assistant" or not reply.strip():
                problems.append(f"{question!r}: no reply text")
            if f"Bronnen bij: {question}" not in cards:
                problems.append(f"{question!r}: the sources belong to another question")
        problem = check(reply, cards)
        if problem:
            problems.append(problem)
        status, _ = client.submit(comment, api_name=api).result(timeout=REQUEST_TIMEOUT)
        if not str(status).startswith("Bedankt"):
            problems.append(f"feedback not stored: {status!r}")
        return {"session": number, "first": first, "follow_up": follow_up, "rating": FEEDBACK_APIS[api],
                "comment": comment, "latencies": latencies, "problems": problems}
    finally:
        client.close()


def test_twenty_simultaneous_sessions(server, monkeypatch):
    url, feedback_db = server
    monkeypatch.setenv("GRADIO_ANALYTICS_ENABLED", "False")  # the client's telemetry reads this too
    monkeypatch.setenv("HF_HUB_DISABLE_TELEMETRY", "1")
    with sqlite3.connect(feedback_db) as conn:
        rows_before = conn.execute("SELECT COUNT(*) FROM feedback").fetchone()[0]
        last_id = conn.execute("SELECT COALESCE(MAX(id), 0) FROM feedback").fetchone()[0]

    start = threading.Barrier(SESSIONS)
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=SESSIONS, thread_name_prefix="session")
    began = time.monotonic()
    try:
        futures = [pool.submit(_session, n, url, start) for n in range(SESSIONS)]
        done, pending = concurrent.futures.wait(futures, timeout=OVERALL_TIMEOUT)
        wall = time.monotonic() - began
        assert not pending, f"{len(pending)} of {SESSIONS} sessions did not finish in {OVERALL_TIMEOUT} s"
        results, errors = [], []
        for number, future in enumerate(futures):
            try:
                results.append(future.result())
            except Exception as error:  # noqa: BLE001 - every failure is reported below
                errors.append(f"session {number}: {type(error).__name__}: {error}")
    finally:
        start.abort()
        pool.shutdown(wait=False, cancel_futures=True)
    assert not errors, "requests failed:\n" + "\n".join(errors)
    problems = [f"session {r['session']}: {p}" for r in results for p in r["problems"]]
    assert not problems, "wrong answers:\n" + "\n".join(problems)

    latencies = [t for r in results for t in r["latencies"]]
    assert len(latencies) == 2 * SESSIONS
    summary = {
        "sessions": SESSIONS, "chat_requests": len(latencies), "feedback_requests": len(results),
        "p50_s": round(_percentile(latencies, 50), 3), "p95_s": round(_percentile(latencies, 95), 3),
        "max_s": round(max(latencies), 3), "mean_s": round(statistics.fmean(latencies), 3),
        "wall_s": round(wall, 3), "cpu_count": os.cpu_count(),
    }
    artifact("concurrency.json").write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    print(f"\n{SESSIONS} sessions, {len(latencies)} chat requests + {len(results)} feedback in {wall:.1f} s: "
          f"p50 {summary['p50_s']:.3f} s, p95 {summary['p95_s']:.3f} s, max {summary['max_s']:.3f} s")

    with sqlite3.connect(feedback_db) as conn:
        new = conn.execute("SELECT query, history, rating, comment FROM feedback WHERE id > ? ORDER BY id",
                           (last_id,)).fetchall()
        rows_after = conn.execute("SELECT COUNT(*) FROM feedback").fetchone()[0]
    assert rows_after - rows_before == SESSIONS and len(new) == SESSIONS, \
        f"expected {SESSIONS} new feedback rows, found {rows_after - rows_before}"
    stored = {comment: (query, json.loads(history), rating) for query, history, rating, comment in new}
    expected = {r["comment"]: (r["follow_up"], [r["first"]], r["rating"]) for r in results}
    assert stored == expected  # each row carries its own session's question, history and rating
