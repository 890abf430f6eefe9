"""Refresh the README's screenshot: the real app, one example question, a PNG (explicit command only).

    python -m ui screenshot --out docs/screenshot-chat.png [--question "…"] [--width 1400] [--height 1000]

The app runs in this process on a free local port with a throw-away feedback database, and Debian's
Chromium (/usr/bin/chromium, else Playwright's own browser) takes the picture once the sources are shown.
"""
from __future__ import annotations

import socket
import tempfile
import threading
import time
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
EXAMPLE = "Wat doet het Rijk aan leegstand in winkelgebieden?"
START_TIMEOUT_S = 60


def take_screenshot(out: Path, question: str = EXAMPLE, width: int = 1400, height: int = 1000) -> Path:
    """Ask `question` in the real app and save the page as `out` (PNG); returns `out`."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as error:  # a dev dependency: say how to get it
        raise SystemExit("error: the screenshot needs playwright (pip install playwright==1.65.2) and "
                         "Chromium (apt-get install -y chromium)") from error
    import uvicorn

    from assistant import Assistant
    from ui.app import create_app
    from ui.feedback import FeedbackStore
    from ui.server import build_server

    with tempfile.TemporaryDirectory() as tmp:
        app = create_app(Assistant.load(progress=False), FeedbackStore(Path(tmp) / "feedback.sqlite3"))
        server = uvicorn.Server(uvicorn.Config(build_server(app), host="127.0.0.1", port=_free_port(),
                                               log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        try:
            _wait_until_started(server)
            url = f"http://127.0.0.1:{server.config.port}/"
            with sync_playwright() as playwright:
                executable = str(CHROMIUM) if CHROMIUM.exists() else None
                browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
                page = browser.new_page(viewport={"width": width, "height": height}, locale="nl-NL")
                page.goto(url)
                page.fill("#query textarea", question)
                page.press("#query textarea", "Enter")
                page.wait_for_selector("#sources .sources-heading", timeout=60_000)
                out.parent.mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(out))
                browser.close()
        finally:
            server.should_exit = True
            thread.join(timeout=20)
    return out


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until_started(server) -> None:
    began = time.monotonic()
    while not server.started:
        if time.monotonic() - began > START_TIMEOUT_S:
            raise SystemExit(f"error: the app did not start within {START_TIMEOUT_S} s")
        time.sleep(0.1)
