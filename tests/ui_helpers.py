"""Helpers shared by the tests that run the real app in a subprocess (browser, login, concurrency, hostile letter).

Importing this module never skips anything: each test module states what it needs and skips with its own reason
(`needs_chromium()`, `needs_playwright()`), so a login test does not vanish because Chromium is missing.
Screenshots go to tests/artifacts/ (ignored by git); docs images are updated by scripts/screenshot.sh only.
"""
from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
ARTIFACTS = REPO / "tests" / "artifacts"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
ANSWER_TIMEOUT = 60_000  # ms


def needs_chromium() -> None:
    """Skip the calling test module when Debian's Chromium is missing."""
    if not CHROMIUM.exists():
        pytest.skip(f"chromium not installed ({CHROMIUM}): run scripts/test.sh, which installs it "
                    "(apt-get install -y chromium)", allow_module_level=True)


def needs_playwright():
    """playwright.sync_api, or skip the calling test module saying how to install it."""
    return pytest.importorskip("playwright.sync_api",
                               reason="playwright is not installed: pip install -e '.[test]' (scripts/test.sh)")


def artifact(name: str) -> Path:
    """A path under tests/artifacts/ for a screenshot or a measurement (the folder is made)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS / name


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def http_ok(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


def python_executable() -> str:
    venv_python = REPO / ".venv" / "bin" / "python"
    return str(venv_python if venv_python.exists() else sys.executable)


def start_app(port: int, env: dict[str, str], log: Path, *extra: str) -> subprocess.Popen:
    """`python -m ui --port PORT` in the repository, its output appended to `log`."""
    with log.open("ab") as out:
        return subprocess.Popen([python_executable(), "-m", "ui", *extra, "--port", str(port)], cwd=REPO, env=env,
                                stdout=out, stderr=subprocess.STDOUT)


def wait_for_app(process: subprocess.Popen, url: str, log: Path, timeout: float) -> None:
    """Wait until the app answers HTTP 200; fail with the end of its log if it exits or times out."""
    began = time.monotonic()
    while not http_ok(url):
        if process.poll() is not None:
            pytest.fail(f"the app exited with {process.returncode}:\n{log.read_text(errors='replace')[-3000:]}")
        if time.monotonic() - began > timeout:
            pytest.fail(f"no HTTP 200 from {url} in {timeout} s:\n{log.read_text(errors='replace')[-3000:]}")
        time.sleep(1)


def stop_app(process: subprocess.Popen) -> None:
    """Terminate the app, and kill it if it has not exited after 20 s."""
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)


def ask(page, question: str) -> None:
    """Type a question in the chat, send it, and wait until the source panel belongs to it."""
    page.fill("#query textarea", question)
    page.press("#query textarea", "Enter")
    page.wait_for_function(
        "q => { const h = document.querySelector('#sources .sources-heading'); "
        "return h && h.textContent.includes(q); }", arg=question[:100], timeout=ANSWER_TIMEOUT)
