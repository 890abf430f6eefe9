"""HTML and script inside a LETTER are shown as text in the chat and the letter viewer, never run."""
from __future__ import annotations

import os
import shutil
import time

import pytest

from corpus.settings import Settings
from test_ui_browser import CHROMIUM, CHROMIUM_ARGS, _free_port, _http_ok, _start, ask, cards, sync_api

pytestmark = pytest.mark.browser

SCRIPT = "<script>window.__xss=1</script>"
HOSTILE_LETTER = (
    "Vragen en opmerkingen van de leden van de VVD-fractie\n\n"
    f"1. Wat doet de minister aan {SCRIPT} leegstand van winkelpanden in krimpgebieden?\n\n"
    "Antwoord\n"
    'De minister pakt leegstand van winkelpanden aan met <img src=x onerror="window.__xss=2"> een fonds '
    "voor winkelpanden en <b>vet</b> gedrukte tekst.\n"
)


@pytest.fixture(scope="module")
def hostile_app(tmp_path_factory):
    real = Settings.from_env()
    tmp = tmp_path_factory.mktemp("hostile")
    shutil.copytree(real.corpus_dir, tmp / "letters")
    (tmp / "letters" / "hostile.txt").write_text(HOSTILE_LETTER, encoding="utf-8")
    (tmp / "cache" / "models").mkdir(parents=True)
    (tmp / "cache" / "models" / real.model).symlink_to(real.models_dir / real.model)
    shutil.copytree(real.index_dir / "embeddings", tmp / "cache" / "index" / real.model / "embeddings")
    env = {**os.environ, "KB_CORPUS_DIR": str(tmp / "letters"), "KB_CACHE_DIR": str(tmp / "cache"),
           "KB_FEEDBACK_DB": str(tmp / "fb.sqlite3"), "KB_UI_USERS": ""}
    port, log = _free_port(), tmp / "server.log"
    url = f"http://127.0.0.1:{port}/"
    process = _start(port, env, log)
    try:
        deadline = time.monotonic() + 240  # the app builds the index first (only the new letter is embedded)
        while not _http_ok(url):
            assert process.poll() is None, log.read_text(errors="replace")[-3000:]
            assert time.monotonic() < deadline, log.read_text(errors="replace")[-3000:]
            time.sleep(1)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=20)


def test_script_and_html_in_a_letter_are_shown_as_text(hostile_app):
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(hostile_app)
        page.wait_for_selector("#query textarea", timeout=30_000)
        ask(page, "vraag 1 hostile")
        assert any(card["doc"] == "hostile" for card in cards(page))
        page.locator("#sources details").first.evaluate("d => d.open = true")
        ask(page, "Wat doet de minister aan leegstand van winkelpanden in krimpgebieden?")
        page.locator("#sources details").first.evaluate("d => d.open = true")
        page.wait_for_timeout(500)
        assert page.evaluate("() => typeof window.__xss") == "undefined"
        assert page.locator("#sources img[src='x']").count() == 0
        assert page.locator("#sources b:text('vet')").count() == 0
        assert SCRIPT in page.inner_text("#sources")
        page.screenshot(path="tests/artifacts/hostile-letter.png")
        browser.close()
