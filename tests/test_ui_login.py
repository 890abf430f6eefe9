"""Optional login: with KB_UI_USERS set, the app answers nothing before a successful login."""
from __future__ import annotations

import os
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest

from ui_helpers import free_port, start_app


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def _status(url: str, data: bytes | None = None) -> int:
    """The HTTP status of one request (redirects not followed); 0 while nothing listens yet."""
    try:
        with urllib.request.build_opener(_NoRedirect).open(urllib.request.Request(url, data=data),
                                                           timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return 0


@pytest.mark.browser
def test_login_is_required_when_users_are_configured(tmp_path):
    port = free_port()
    env = {**os.environ, "KB_UI_USERS": "anna:geheim", "KB_FEEDBACK_DB": str(tmp_path / "fb.sqlite3")}
    process = start_app(port, env, tmp_path / "server.log")
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 180
        while _status(base + "/") != 401 and time.monotonic() < deadline:  # the login page answers 401
            assert process.poll() is None, (tmp_path / "server.log").read_text()[-2000:]
            time.sleep(1)
        assert _status(base + "/config") == 401
        wrong = urllib.parse.urlencode({"username": "anna", "password": "fout"}).encode()
        assert _status(base + "/login", wrong) == 401
        right = urllib.parse.urlencode({"username": "anna", "password": "geheim"}).encode()
        assert _status(base + "/login", right) == 303  # to the app, with the session cookie
    finally:
        process.terminate()
        process.wait(timeout=20)
