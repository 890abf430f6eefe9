"""Answer first, clickable citations, layout at 1400 px and 390 px, earlier conversations, login, CSP:
the real app in a subprocess, driven through Debian's Chromium.

Run:  .venv/bin/python -m pytest -q -m browser tests/test_ui_answer_browser.py
Screenshots: tests/artifacts/answer-1400.png, answer-390.png, login.png.
"""
from __future__ import annotations

import os
import time

import pytest

from ui_helpers import (ANSWER_TIMEOUT, CHROMIUM, CHROMIUM_ARGS, REPO, free_port, needs_chromium, start_app,
                        stop_app, wait_for_app)

pytestmark = pytest.mark.browser
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")

ARTIFACTS = REPO / "tests" / "artifacts"
START_TIMEOUT = 180
LEEGSTAND = "Wat doet het Rijk aan leegstand in winkelgebieden?"
MANY_SOURCES = "Waarom wordt het actieplan bevolkingsdaling beëindigd?"  # answered with 4-5 source cards
ATLAS_31 = "vraag 31 uit de Atlas-beantwoording"
ANSWER_CLASSES = ("reply-lead", "reply-question", "reply-text")


def _serve(tmp, users: str = ""):
    env = {**os.environ, "KB_FEEDBACK_DB": str(tmp / "feedback.sqlite3"), "KB_UI_USERS": users}
    port, log = free_port(), tmp / "server.log"
    process = start_app(port, env, log)
    return process, f"http://127.0.0.1:{port}/", log


@pytest.fixture(scope="module")
def app_url(tmp_path_factory):
    process, url, log = _serve(tmp_path_factory.mktemp("answer"))
    try:
        wait_for_app(process, url, log, START_TIMEOUT)
        yield url
    finally:
        stop_app(process)


@pytest.fixture(scope="module")
def browser():
    needs_chromium()
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def open_page(browser, url: str, width: int):
    """A fresh page (own session) at `width` px; page.console collects console messages."""
    context = browser.new_context(viewport={"width": width, "height": 900}, locale="nl-NL")
    page = context.new_page()
    page.console = []
    page.on("console", lambda message: page.console.append(message.text))
    page.goto(url)
    page.wait_for_selector("#query textarea", timeout=30_000)
    return page


def ask(page, question: str) -> None:
    """Send a question and wait until the answer and its sources are shown."""
    page.fill("#query textarea", question)
    page.press("#query textarea", "Enter")
    page.wait_for_function(
        "q => { const h = document.querySelector('#sources .sources-heading'); "
        "return h && h.textContent.includes(q) && !document.querySelector('#chat').textContent"
        ".includes('Even zoeken'); }", arg=question[:100], timeout=ANSWER_TIMEOUT)


def last_answer(page):
    return page.locator("#chat .message-row.bot-row, #chat .bot").last


def box(page, selector: str) -> dict:
    return page.eval_on_selector(selector, "e => { const r = e.getBoundingClientRect(); "
                                           "return {x: r.x, y: r.y, w: r.width, h: r.height}; }")


def in_view(page, selector: str) -> bool:
    """True when the element's top lies inside the window and inside every scrolling ancestor."""
    return page.eval_on_selector(selector, """e => {
        const r = e.getBoundingClientRect();
        if (r.top < 0 || r.top > window.innerHeight - 20) return false;
        for (let p = e.parentElement; p; p = p.parentElement) {
            const s = getComputedStyle(p);
            if (!/(auto|scroll)/.test(s.overflowY)) continue;
            const q = p.getBoundingClientRect();
            if (r.top < q.top - 1 || r.top > q.bottom - 20) return false;
        }
        return true; }""")


def first_answer_class(page) -> str:
    return page.evaluate("""() => {
        const cites = document.querySelectorAll('#chat a.cite');
        const bubble = cites[cites.length - 1].closest('.message, .bot, [data-testid="bot"]');
        const first = bubble.querySelector('p, blockquote');
        return first ? first.className : ''; }""")


def click_cite(page, number: int) -> None:
    page.locator(f'#chat a.cite[href="#bron-{number}"]').last.click()
    page.wait_for_timeout(900)  # smooth scrolling


def test_wide_answer_first_and_a_citation_scrolls_to_its_card(browser, app_url):
    page = open_page(browser, app_url, 1400)
    ask(page, MANY_SOURCES)
    assert first_answer_class(page) in ANSWER_CLASSES  # the answer opens the bubble
    chat, sources = box(page, "#chat-column"), box(page, "#sources-column")
    assert sources["x"] >= chat["x"] + chat["w"] - 1 and abs(sources["y"] - chat["y"]) < 50  # beside the chat
    last = page.locator("#sources .source-card").count()
    assert last >= 2
    page.eval_on_selector("#sources-column", "e => e.scrollTo(0, e.scrollHeight)")
    page.evaluate("() => window.scrollTo(0, document.body.scrollHeight)")
    click_cite(page, last)
    assert in_view(page, f"#bron-{last}")
    assert "kb-flash" in page.get_attribute(f"#bron-{last}", "class")
    click_cite(page, 1)
    assert in_view(page, "#bron-1") and "kb-flash" in page.get_attribute("#bron-1", "class")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "answer-1400.png"))
    assert not [m for m in page.console if "Content Security Policy" in m], page.console


def test_narrow_order_is_answer_sources_feedback_and_citations_scroll(browser, app_url):
    page = open_page(browser, app_url, 390)
    ask(page, MANY_SOURCES)
    chat, sources, feedback = box(page, "#chat"), box(page, "#sources"), box(page, "#feedback")
    assert chat["y"] + chat["h"] <= sources["y"] < feedback["y"]
    assert abs(sources["x"] - chat["x"]) < 20  # one column
    page.evaluate("() => window.scrollTo(0, 0)")
    assert not in_view(page, "#bron-1")
    click_cite(page, 1)
    assert in_view(page, "#bron-1")
    page.screenshot(path=str(ARTIFACTS / "answer-390.png"), full_page=True)


def test_a_lookup_shows_the_question_and_its_answering_paragraph(browser, app_url):
    page = open_page(browser, app_url, 1400)
    ask(page, ATLAS_31)
    assert first_answer_class(page) == "reply-question"
    question = page.locator("#chat .reply-question").last.inner_text()
    focus = page.locator("#chat .reply-focus").last.inner_text()
    assert question.startswith("Vraag 31:") and "regiefunctie" in question
    assert "De rijksinzet voor de regio" in focus and "regiefunctie" not in focus


def test_an_earlier_conversation_reopens_with_its_state(browser, app_url):
    page = open_page(browser, app_url, 1400)
    ask(page, ATLAS_31)
    page.click("#clear")
    page.wait_for_function("() => !document.querySelector('#sources .source-card')")
    ask(page, LEEGSTAND)
    page.click("#earlier input")
    page.get_by_role("option", name=ATLAS_31, exact=False).click()
    page.wait_for_function("q => document.querySelector('#sources .sources-heading').textContent.includes(q)",
                           arg=ATLAS_31, timeout=30_000)
    assert ATLAS_31 in page.inner_text("#chat") and LEEGSTAND not in page.inner_text("#chat")
    ask(page, "Wie vroeg dat?")  # the reopened conversation's state goes with the follow-up
    assert "PvdA" in page.locator("#chat").inner_text()


def test_no_label_overlaps_the_first_bubble_when_the_chat_scrolls(browser, app_url):
    page = open_page(browser, app_url, 1400)
    for question in (ATLAS_31, LEEGSTAND):
        ask(page, question)
    overlaps = page.evaluate("""() => {
        const chat = document.querySelector('#chat');
        const scroller = [...chat.querySelectorAll('*')].find(e => e.scrollHeight > e.clientHeight + 10
                         && /(auto|scroll)/.test(getComputedStyle(e).overflowY));
        scroller.scrollTop = 40;
        const bubble = chat.querySelector('.message, [data-testid="user"]').getBoundingClientRect();
        return [...chat.querySelectorAll('label, [data-testid="block-label"]')].filter(e => {
            const r = e.getBoundingClientRect();
            return r.width > 0 && r.bottom > bubble.top && r.top < bubble.bottom; }).length; }""")
    assert overlaps == 0


def test_login_page_is_dutch_and_logout_returns_to_it(browser, tmp_path):
    process, url, log = _serve(tmp_path, users="anna:geheim")
    try:
        deadline = time.monotonic() + START_TIMEOUT
        page = browser.new_context(viewport={"width": 1400, "height": 900}, locale="en-US").new_page()
        while True:  # the login page answers (401) once the app is up
            try:
                page.goto(url)
                if page.locator("#username").count():
                    break
            except sync_api.Error:
                pass
            assert process.poll() is None and time.monotonic() < deadline, log.read_text()[-2000:]
            time.sleep(1)
        assert page.get_attribute("html", "lang") == "nl" and "Gebruikersnaam" in page.inner_text("body")
        page.fill("#username", "anna")
        page.fill("#password", "fout")
        page.click("button[type=submit]")
        assert "klopt niet" in page.inner_text("body")
        page.screenshot(path=str(ARTIFACTS / "login.png"))
        page.fill("#username", "anna")
        page.fill("#password", "geheim")
        page.click("button[type=submit]")
        page.wait_for_selector("#query textarea", timeout=30_000)
        ask(page, ATLAS_31)  # every call of the app passes the gate with the session cookie
        page.click("#logout a")
        page.wait_for_selector("#username", timeout=30_000)
    finally:
        stop_app(process)
