"""HTML and script inside a LETTER's text are shown as text in the UI, never run or rendered.

A temporary corpus (the real letters plus hostile.txt with <script>, <img onerror> and <b> in it) and a
temporary cache (the real model by symlink, a copy of the real embedding cache, so only the new letter's
chunks are embedded) are given to the real app in a subprocess, driven through Debian's Chromium.

Run:  .venv/bin/python -m pytest -q -m browser tests/test_ui_hostile_letter.py
Needs /usr/bin/chromium and the model in the cache (KB_CACHE_DIR, default ~/.cache/kamerbrieven); skipped with a reason when either is missing.
Screenshot: tests/artifacts/hostile-letter.png.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from config import Settings

from ui_helpers import (ANSWER_TIMEOUT, CHROMIUM, CHROMIUM_ARGS, REPO, artifact, ask, free_port, needs_chromium,
                        needs_playwright, start_app, stop_app, wait_for_app)

pytestmark = pytest.mark.browser

REAL_CACHE = Settings.from_env().cache_dir
MODEL = "embeddinggemma-300m"
START_TIMEOUT = 240  # seconds: the app builds the index of the temporary corpus before it answers

SCRIPT = "<script>window.__xss=1</script>"
HOSTILE_LETTER = f"""Vragen en opmerkingen van de leden van de VVD-fractie

1. Wat doet de minister aan {SCRIPT} leegstand van winkelpanden in krimpgebieden?

Antwoord
De minister pakt leegstand aan met <img src=x onerror="window.__xss=2"> een fonds voor winkelpanden en <b>vet</b> tekst.

2. Hoe worden gemeenten in krimpgebieden ondersteund bij het opknappen van winkelstraten?

Antwoord
Gemeenten krijgen ondersteuning via regiodeals en advies van het rijk voor hun winkelstraten.

3. Wanneer ontvangt de Kamer een voortgangsbrief over de winkelleegstand?

Antwoord
De Kamer ontvangt voor de zomer een voortgangsbrief over de aanpak van winkelleegstand.
"""  # three numbered answers, so the letter is split as numbered Q&A and 'vraag 1' can be looked up

if not (REAL_CACHE / "models" / MODEL).exists():
    pytest.skip(f"the model is not in {REAL_CACHE / 'models' / MODEL} (run 'python -m index build' once)",
                allow_module_level=True)
needs_chromium()
sync_api = needs_playwright()


def _make_corpus_and_cache(tmp: Path) -> tuple[Path, Path]:
    letters = tmp / "letters"
    letters.mkdir()
    for path in (REPO / "corpus" / "letters").iterdir():
        if path.is_file():
            shutil.copy2(path, letters / path.name)
    (letters / "hostile.txt").write_text(HOSTILE_LETTER, encoding="utf-8")
    cache = tmp / "cache"
    (cache / "models").mkdir(parents=True)
    for folder in (MODEL, f"{MODEL}-onnx"):  # the verified model and its ONNX export
        (cache / "models" / folder).symlink_to(REAL_CACHE / "models" / folder, target_is_directory=True)
    embeddings = REAL_CACHE / "index" / MODEL / "embeddings"
    if embeddings.exists():
        shutil.copytree(embeddings, cache / "index" / MODEL / "embeddings")
    return letters, cache


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """Base url of the real app on the temporary corpus and cache; always terminated afterwards."""
    tmp = tmp_path_factory.mktemp("hostile")
    letters, cache = _make_corpus_and_cache(tmp)
    env = {**os.environ, "KB_CORPUS_DIR": str(letters), "KB_CACHE_DIR": str(cache),
           "KB_FEEDBACK_DB": str(tmp / "fb.sqlite3"), "KB_UI_USERS": ""}
    port, log = free_port(), tmp / "server.log"
    url = f"http://127.0.0.1:{port}/"
    process = start_app(port, env, log)
    try:
        wait_for_app(process, url, log, START_TIMEOUT)
        yield url
    finally:
        stop_app(process)


def assert_nothing_ran_or_rendered(page) -> None:
    page.wait_for_timeout(300)  # give a wrongly rendered onerror/script the chance to run
    assert page.evaluate("() => typeof window.__xss") == "undefined"
    for root in ("#sources", "#letter-view", "#chat"):
        assert page.locator(f"{root} img[src='x']").count() == 0, root
        assert page.locator(f"{root} b", has_text="vet").count() == 0, root
        assert page.locator(f"{root} script").filter(has_text="__xss").count() == 0, root


def hostile_card(page):
    card = page.locator('#sources .source-card[data-doc-id="hostile"]').first
    card.wait_for(timeout=ANSWER_TIMEOUT)
    details = card.locator("details.card-passage")
    if details.get_attribute("open") is None:
        details.locator("summary").click()
    page.wait_for_function(
        "() => { const d = document.querySelector('#sources .source-card[data-doc-id=\"hostile\"] details');"
        " return d && d.open; }")
    return card


def test_html_in_a_letter_is_shown_as_text_not_run(server):
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="nl-NL").new_page()
            page.goto(server)
            page.wait_for_selector("#query textarea", timeout=30_000)

            ask(page, "vraag 1 hostile")  # a lookup of the hostile letter's question 1
            card = hostile_card(page)
            assert "1" in card.get_attribute("data-questions").split(",")
            assert card.locator(".passage-text").is_visible()
            assert SCRIPT in card.inner_text()  # the literal markup, shown as text
            assert_nothing_ran_or_rendered(page)

            ask(page, "Wat doet de minister aan leegstand van winkelpanden?")  # a search finds it too
            card = hostile_card(page)
            assert SCRIPT in card.inner_text()
            assert 'onerror="window.__xss=2"' in card.inner_text() and "<b>vet</b>" in card.inner_text()
            assert_nothing_ran_or_rendered(page)

            card.locator(".open-letter").click()  # the whole letter in the letter view
            page.wait_for_selector('#letter-view .letter-view[data-doc-id="hostile"]', timeout=30_000)
            letter = page.inner_text("#letter-view")
            assert SCRIPT in letter and "<b>vet</b>" in letter
            assert_nothing_ran_or_rendered(page)

            page.screenshot(path=str(artifact("hostile-letter.png")), full_page=True)
        finally:
            browser.close()
