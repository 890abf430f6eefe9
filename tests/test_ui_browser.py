"""The real app in a subprocess, driven through Debian's Chromium: questions, cards, feedback, escaping.

Run:  .venv/bin/python -m pytest -q -m browser tests/test_ui_browser.py
Needs /usr/bin/chromium (scripts/test.sh installs it); skipped with a reason when it is missing.
Screenshots go to tests/artifacts/ only; the README's is refreshed by: python -m ui screenshot --out docs/screenshot-chat.png.
"""
from __future__ import annotations

import json
import os
import sqlite3
import time

import pytest

from ui_helpers import (ANSWER_TIMEOUT, CHROMIUM, CHROMIUM_ARGS, artifact, ask, free_port, http_ok, needs_chromium,
                        needs_playwright, start_app, stop_app)

pytestmark = pytest.mark.browser

START_TIMEOUT = 120  # seconds until the app answers HTTP 200
LOAD_RETRY_UNTIL = 240  # a failing start (index being built elsewhere) is retried until then
XSS = '<script>window.__xss=1</script><img src=x onerror="window.__xss=2">'

needs_chromium()
sync_api = needs_playwright()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """(base url, feedback db path): the real app on the real index with a private feedback database."""
    tmp = tmp_path_factory.mktemp("ui")
    feedback_db = tmp / "feedback.sqlite3"
    env = {**os.environ, "KB_FEEDBACK_DB": str(feedback_db), "KB_UI_USERS": ""}
    port, log = free_port(), tmp / "server.log"
    url = f"http://127.0.0.1:{port}/"
    process = start_app(port, env, log)
    began = time.monotonic()
    try:
        while not http_ok(url):
            if process.poll() is not None:  # failed to load (e.g. the index is being rebuilt): retry
                if time.monotonic() - began > LOAD_RETRY_UNTIL:
                    pytest.fail(f"the app did not start:\n{log.read_text(errors='replace')[-3000:]}")
                time.sleep(5)
                process = start_app(port, env, log)
            elif time.monotonic() - began > START_TIMEOUT and time.monotonic() - began > LOAD_RETRY_UNTIL / 2:
                pytest.fail(f"no HTTP 200 from {url}:\n{log.read_text(errors='replace')[-3000:]}")
            time.sleep(1)
        yield url, feedback_db
    finally:
        stop_app(process)


@pytest.fixture(scope="module")
def browser_page(server):
    """One page on the app; `outside` collects every request to a host other than the app."""
    url, _ = server
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="nl-NL")
        context.grant_permissions(["clipboard-read", "clipboard-write"], origin=url.rstrip("/"))
        page = context.new_page()
        page.outside = []
        page.on("request", lambda request: page.outside.append(request.url)
                if not request.url.startswith((url.rstrip("/"), "data:", "blob:")) else None)
        page.goto(url)
        page.wait_for_selector("#query textarea", timeout=30_000)
        yield page
        browser.close()


def cards(page, root: str = "#sources") -> list[dict]:
    return page.eval_on_selector_all(
        f"{root} .source-card", "els => els.map(e => ({doc: e.dataset.docId, questions: e.dataset.questions}))")


def test_dutch_question_shows_cards_and_answer(browser_page):
    page = browser_page
    assert "Wat doet het Rijk aan leegstand" in page.inner_text("#chat")  # example on the empty chat
    ask(page, "Wat doet het Rijk aan leegstand in winkelgebieden?")
    found = cards(page)
    assert found and all(card["doc"] for card in found)
    assert page.locator("#chat .reply-lead").count() >= 1  # the answer sentence opens the reply
    assert page.locator("#sources .source-card details").count() == len(found)
    page.screenshot(path=str(artifact("chat.png")))  # never into docs/: python -m ui screenshot does that


def test_lookup_in_chat_and_follow_up(browser_page):
    page = browser_page
    ask(page, "vraag 31 uit de Atlas-beantwoording")
    atlas = [c for c in cards(page) if c["doc"] == "atlas"]
    assert atlas and "31" in atlas[0]["questions"].split(",")
    assert page.locator('#sources .source-card[data-doc-id="atlas"]').first.is_visible()
    ask(page, "Wie vroeg dat?")  # history is passed: the follow-up knows question 31
    assert "PvdA" in page.inner_text("#chat")


def test_feedback_button_stores_a_row(browser_page, server):
    page, (_, feedback_db) = browser_page, server
    ask(page, "vraag 31 uit de Atlas-beantwoording")
    page.fill("#comment textarea", "Goed antwoord")
    page.click("#feedback-klopt")
    page.wait_for_function("() => document.querySelector('#feedback-status').textContent.includes('opgeslagen')",
                           timeout=30_000)
    with sqlite3.connect(feedback_db) as conn:
        rows = conn.execute("SELECT query, history, passages, rating, comment, version FROM feedback").fetchall()
    assert len(rows) == 1
    query, history, passages, rating, comment, version = rows[0]
    assert (query, rating, comment) == ("vraag 31 uit de Atlas-beantwoording", "klopt", "Goed antwoord")
    assert "Wie vroeg dat?" in json.loads(history)
    assert json.loads(passages)[0]["citation"].startswith("Antwoorden schriftelijk overleg")
    assert "model" in json.loads(version)


def test_copy_citation_and_open_in_letter(browser_page):
    page = browser_page
    card = page.locator('#sources .source-card[data-doc-id="atlas"]').first
    card.locator(".copy-citation").click()
    page.wait_for_function("() => document.querySelector('#sources .copy-citation').textContent === 'Gekopieerd'")
    copied = page.evaluate("() => navigator.clipboard.readText()")
    assert "vraag 31" in copied and copied == card.locator(".copy-citation").get_attribute("data-citation")
    card.locator(".open-letter").click()
    mark = page.wait_for_selector("#letter-view mark#kb-mark", timeout=30_000)
    assert mark.text_content().startswith("31.")
    assert "pagina 19" in page.inner_text("#letter-view")
    style = "() => getComputedStyle(document.querySelector('#kb-letter-text')).whiteSpace"
    assert page.evaluate(style) == "pre-wrap"


def test_lookup_tab(browser_page):
    page = browser_page
    page.get_by_role("tab", name="Vraag opzoeken").click()
    page.fill("#lookup-number input", "87")
    page.click("#lookup-search")
    page.wait_for_selector("#lookup-result .source-card", timeout=ANSWER_TIMEOUT)
    found = cards(page, "#lookup-result")
    assert any("87" in c["questions"].split(",") for c in found)
    assert "Vraag:" in page.inner_text("#lookup-result")
    page.get_by_role("tab", name="Brief lezen").click()
    page.click("#viewer-letter input")
    page.get_by_role("option", name="Reactie op de brieven van de K6", exact=False).click()
    page.wait_for_selector('#letter-view .letter-view[data-doc-id="k6-brief"]', timeout=30_000)
    assert page.locator("#letter-view mark").count() == 0  # chosen by hand: nothing highlighted
    page.get_by_role("tab", name="Brieven").click()
    assert "atlas" in page.inner_text("#letters-table")
    page.get_by_role("tab", name="Vragen").click()


def test_script_in_question_is_shown_not_run(browser_page):
    page = browser_page
    ask(page, XSS)
    page.wait_for_timeout(500)
    assert page.evaluate("() => typeof window.__xss") == "undefined"
    assert XSS in page.inner_text("#chat")
    assert page.locator("#chat img[src='x']").count() == 0


def test_english_question_gets_english_copy(browser_page):
    ask(browser_page, "What did the minister say about a new action plan?")
    assert "Also relevant" in browser_page.inner_text("#chat")  # English copy around the Dutch quotes
    assert cards(browser_page)


def test_year_filter_restricts_letters(browser_page):
    page = browser_page
    page.click("#filters button")  # open the accordion
    page.fill("#year-from input", "2022")
    try:
        ask(page, "Wat doet het kabinet aan bestaanszekerheid?")
        docs = {c["doc"] for c in cards(page)}
        assert docs == {"atlas"}  # the only letter dated 2022 or later
        assert "gezocht in 1 van de 5 brieven" in page.inner_text("#sources")
    finally:
        page.fill("#year-from input", "")


def test_example_on_new_conversation(browser_page):
    page = browser_page
    page.click("#clear")
    page.wait_for_function("() => !document.querySelector('#sources .source-card')")
    page.get_by_text("Welke gemeenten vallen onder de krimpregio Achterhoek?").click()
    page.wait_for_function(
        "() => (document.querySelector('#sources .sources-heading') || {textContent: ''})"
        ".textContent.includes('Achterhoek')", timeout=ANSWER_TIMEOUT)
    assert cards(page)


def test_no_requests_to_outside_hosts(browser_page):
    assert browser_page.outside == []
