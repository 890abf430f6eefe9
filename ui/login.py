"""Optional login (KB_UI_USERS): sessions, back-off after failed attempts, and the Dutch login page.

A failed login counts against the user name and against the address it came from. The first
FREE_FAILURES failures cost nothing; after that each further attempt must wait FIRST_DELAY_S, doubling
per failure up to MAX_DELAY_S (attempts inside the wait are refused with 429 and not checked at all).
A successful login clears both counters; counters of keys idle for FORGET_AFTER_S are forgotten.

Example:
    >>> throttle = LoginThrottle()
    >>> for _ in range(6):
    ...     throttle.failed("anna", "10.0.0.1")
    >>> throttle.wait("anna", "10.0.0.9") > 0       # the user name is slowed down from any address
    True
    >>> sessions = Sessions([("anna", "geheim")])
    >>> token = sessions.open("anna") if sessions.check("anna", "geheim") else None
    >>> sessions.user(token)
    'anna'
"""
from __future__ import annotations

import hmac
import secrets
import time
from collections import OrderedDict
from collections.abc import Callable
from html import escape

FREE_FAILURES = 5
FIRST_DELAY_S = 1.0
MAX_DELAY_S = 300.0
FORGET_AFTER_S = 900.0
MAX_TRACKED = 10_000  # user names + addresses remembered at once (oldest dropped first)
SESSION_HOURS = 12
COOKIE = "kb_session"


class LoginThrottle:
    """Counts failed logins per user name and per address and says how long the next attempt must wait."""

    def __init__(self, clock: Callable[[], float] = time.monotonic):
        self.clock = clock
        self._failures: OrderedDict[tuple[str, str], tuple[int, float]] = OrderedDict()

    def wait(self, user: str, address: str) -> float:
        """Seconds until `user` from `address` may try again (0.0: now)."""
        now = self.clock()
        return max(0.0, *(self._until(key, now) for key in _keys(user, address)))

    def failed(self, user: str, address: str) -> None:
        now = self.clock()
        for key in _keys(user, address):
            count, last = self._failures.pop(key, (0, now))
            if now - last > FORGET_AFTER_S:
                count = 0
            self._failures[key] = (count + 1, now)
        while len(self._failures) > MAX_TRACKED:
            self._failures.popitem(last=False)

    def succeeded(self, user: str, address: str) -> None:
        for key in _keys(user, address):
            self._failures.pop(key, None)

    def _until(self, key: tuple[str, str], now: float) -> float:
        count, last = self._failures.get(key, (0, now))
        if count < FREE_FAILURES or now - last > FORGET_AFTER_S:
            return 0.0
        delay = min(MAX_DELAY_S, FIRST_DELAY_S * 2 ** (count - FREE_FAILURES))
        return last + delay - now


def _keys(user: str, address: str) -> tuple[tuple[str, str], tuple[str, str]]:
    return ("user", user.strip().casefold()), ("address", address)


class Sessions:
    """The configured logins and the open sessions (random tokens in an HttpOnly cookie, kept in memory)."""

    def __init__(self, users: list[tuple[str, str]], clock: Callable[[], float] = time.time):
        self.passwords = dict(users)
        self.clock = clock
        self._open: dict[str, tuple[str, float]] = {}

    def check(self, user: str, password: str) -> bool:
        """True for a configured user with this password (constant-time comparison)."""
        expected = self.passwords.get(user)
        given, wanted = password.encode(), (expected or secrets.token_hex(16)).encode()
        return hmac.compare_digest(given, wanted) and expected is not None

    def open(self, user: str) -> str:
        token = secrets.token_urlsafe(32)
        self._open[token] = (user, self.clock() + SESSION_HOURS * 3600)
        return token

    def user(self, token: str | None) -> str | None:
        """The user of a live session token, else None."""
        user, expires = self._open.get(token or "", ("", 0.0))
        if not user or expires < self.clock():
            self._open.pop(token or "", None)
            return None
        return user

    def close(self, token: str | None) -> None:
        self._open.pop(token or "", None)


LOGIN_PAGE = """<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Inloggen - Kamerbrieven-assistent</title>
<style>
body {{ font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; background: #f4f4f5;
       color: #18181b; display: flex; justify-content: center; padding: 4rem 1rem; margin: 0; }}
main {{ background: #fff; border: 1px solid #d4d4d8; border-radius: 10px; padding: 1.5rem 2rem; width: 100%;
        max-width: 22rem; }}
h1 {{ font-size: 1.3rem; margin: 0 0 0.5rem; }}
label {{ display: block; margin-top: 0.9rem; font-weight: 600; }}
input {{ width: 100%; box-sizing: border-box; padding: 0.5rem; margin-top: 0.3rem; border: 1px solid #a1a1aa;
         border-radius: 6px; font-size: 1rem; }}
button {{ margin-top: 1.2rem; width: 100%; padding: 0.6rem; border: 0; border-radius: 6px; background: #ea580c;
          color: #fff; font-size: 1rem; cursor: pointer; }}
.error {{ color: #b91c1c; margin-top: 0.8rem; }}
</style></head>
<body><main>
<h1>Kamerbrieven-assistent</h1>
<p>Log in om de assistent te gebruiken.</p>
<form method="post" action="/login">
<label for="username">Gebruikersnaam</label>
<input id="username" name="username" autocomplete="username" required autofocus>
<label for="password">Wachtwoord</label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Inloggen</button>
</form>
{error}
</main></body></html>
"""

ERRORS = {
    "wrong": "Gebruikersnaam of wachtwoord klopt niet.",
    "wait": "Te veel mislukte pogingen. Probeer het over {seconds} seconden opnieuw.",
}


def login_page(error: str = "", seconds: float = 0) -> str:
    """The login form in Dutch; `error` is a key of ERRORS."""
    message = ERRORS.get(error, "").format(seconds=max(1, round(seconds)))
    return LOGIN_PAGE.format(error=f'<p class="error" role="alert">{escape(message)}</p>' if message else "")
