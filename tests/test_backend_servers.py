"""Several app servers, one database: two `python -m ui` on two ports against one postgres database give the
same answers, store feedback in the one `feedback` table, and an index rebuild while they serve loses no request
and is picked up without a restart."""
from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from backend_support import postgres_url
from ui.feedback import PgFeedbackStore
from test_ui_concurrency import CHAT_API, _text
from ui_helpers import free_port, start_app, stop_app, wait_for_app

gradio_client = pytest.importorskip("gradio_client", reason="gradio_client is not installed")

REPO = Path(__file__).resolve().parent.parent
QUESTIONS = ["Komt er een nationaal sloopfonds?", "vraag 87", "Wat doet het Rijk aan leegstand in winkelgebieden?",
             "Which regions get extra money?"]


@pytest.fixture(scope="module")
def servers(tmp_path_factory):
    """Two app processes (KB_BACKEND=postgres) on one database, and the environment they run with."""
    tmp = tmp_path_factory.mktemp("two-servers")
    env = {**os.environ, "KB_BACKEND": "postgres", "KB_DATABASE_URL": postgres_url("kamerbrieven_test_servers"),
           "KB_PG_REFRESH_SECONDS": "1", "KB_FEEDBACK_DB": str(tmp / "feedback.sqlite3"), "KB_UI_USERS": "",
           "GRADIO_ANALYTICS_ENABLED": "False"}
    subprocess.run([sys.executable, "-m", "index", "build"], cwd=REPO, env=env, check=True, capture_output=True)
    started = []
    try:
        for n in range(2):
            port, log = free_port(), tmp / f"server-{n}.log"
            process = start_app(port, env, log, "--host", "127.0.0.1")
            started.append((process, f"http://127.0.0.1:{port}/", log))
            wait_for_app(process, started[-1][1], log, 180)
        yield started, env
    finally:
        for process, _, _ in started:
            stop_app(process)


def _ask(client, question: str) -> tuple[str, str]:
    out = client.submit(question, [], None, None, api_name=CHAT_API).result(timeout=120)
    return _text(out[1][-1]), out[2]


def test_two_servers_on_one_database_give_the_same_answers(servers):
    processes, _ = servers
    clients = [gradio_client.Client(url, verbose=False, download_files=False) for _, url, _ in processes]
    for question in QUESTIONS:
        first, second = (_ask(client, question) for client in clients)
        assert first == second, question
        assert first[0].strip()


def test_feedback_given_through_both_servers_lands_in_the_one_table(servers):
    processes, env = servers
    store = PgFeedbackStore(env["KB_DATABASE_URL"])
    before = {row.id for row in store.rows()}
    for n, (_, url, _) in enumerate(processes):
        client = gradio_client.Client(url, verbose=False, download_files=False)
        _ask(client, "vraag 87")
        status, _ = client.submit(f"via server {n}", api_name="/give").result(timeout=60)  # the "Klopt" button
        assert str(status).startswith("Bedankt"), status
    new = [row for row in store.rows() if row.id not in before]
    assert sorted(row.comment for row in new) == ["via server 0", "via server 1"]
    assert all(row.query == "vraag 87" and row.rating == "klopt" and row.passages != "[]" for row in new)
    assert not Path(env["KB_FEEDBACK_DB"]).exists()  # the per-server SQLite file is not used on postgres


def test_a_rebuild_while_serving_loses_no_request_and_is_picked_up_without_restart(servers):
    processes, env = servers
    clients = [gradio_client.Client(url, verbose=False, download_files=False) for _, url, _ in processes]
    before = {q: _ask(clients[0], q) for q in QUESTIONS[:2]}
    failures, answered, stop = [], [], threading.Event()

    def keep_asking(client, offset: int) -> None:
        n = offset
        while not stop.is_set():
            question = QUESTIONS[n % 2]
            try:
                reply = _ask(client, question)
                answered.append(reply == before[question])
            except Exception as error:  # a lost request: the test fails below
                failures.append(f"{question}: {type(error).__name__}: {error}")
            n += 1

    askers = [threading.Thread(target=keep_asking, args=(c, i)) for i, c in enumerate(clients)]
    for thread in askers:
        thread.start()
    try:
        for _ in range(2):  # two builds: the first served build is then dropped under the servers
            build = subprocess.run([sys.executable, "-m", "index", "build", "--force"], cwd=REPO, env=env,
                                   capture_output=True, text=True)
            assert build.returncode == 0, build.stderr[-2000:]
        time.sleep(3)  # > KB_PG_REFRESH_SECONDS, and a few questions on the newest build
    finally:
        stop.set()
        for thread in askers:
            thread.join(timeout=150)
    assert not failures, failures
    assert len(answered) >= 4 and all(answered)  # every request answered, with the same answer throughout
    newest = build.stderr.rsplit("-> build ", 1)[1].split()[0]
    for _, _, log in processes:
        assert f"serving build {newest}" in log.read_text(errors="replace"), "the server did not follow the rebuild"
