"""One ASGI middleware in front of the whole app: security headers, no upload routes, and the login gate.

- Every response gets SECURITY_HEADERS (a Content-Security-Policy that allows this origin only, no framing,
  no MIME sniffing, no referrer to other sites).
- The app has no upload control, so Gradio's upload routes (BLOCKED_PREFIXES) answer 403 to everybody.
- With login on (`sessions` given), a request without a live session cookie gets 401: a page request gets
  the Dutch login form (with status 401), anything else a JSON error. Only POST /login passes the gate, and
  it answers 401 itself for wrong or missing credentials.

Example:
    >>> fastapi_app.add_middleware(Guard, sessions=Sessions([("anna", "geheim")]))
"""
from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from http.cookies import SimpleCookie
from typing import Any

from ui.login import COOKIE, Sessions, login_page

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
ASGIApp = Callable[[Scope, Callable[[], Awaitable[Message]], Callable[[Message], Awaitable[None]]], Awaitable[None]]

CSP = ("default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; media-src 'self' blob:; "
       "worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "content-security-policy": CSP,
    "x-frame-options": "DENY",
    "x-content-type-options": "nosniff",
    "referrer-policy": "same-origin",
}
# The app has no file inputs, so nothing may be uploaded (Gradio keeps these routes open by default).
BLOCKED_PREFIXES = ("/gradio_api/upload", "/gradio_api/process_recording")
LOGIN_PATH = "/login"


class Guard:
    """ASGI middleware: headers on every response, blocked upload routes, and (with login) the session gate."""

    def __init__(self, app: ASGIApp, sessions: Sessions | None = None):
        self.app = app
        self.sessions = sessions

    async def __call__(self, scope: Scope, receive, send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        path, method = scope.get("path", ""), scope.get("method", "GET")
        if path.startswith(BLOCKED_PREFIXES):
            await respond(scope, send, 403, b'{"detail": "Uploaden is uitgeschakeld."}', "application/json")
            return
        if self.sessions is not None and not (path == LOGIN_PATH and method == "POST"):
            if self.sessions.user(session_token(scope)) is None:
                await self._refuse(scope, send, method)
                return
        await self.app(scope, receive, with_headers(send))

    async def _refuse(self, scope: Scope, send, method: str) -> None:
        if scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": 4401})
        elif method == "GET" and "text/html" in header(scope, b"accept"):
            await respond(scope, send, 401, login_page().encode(), "text/html; charset=utf-8")
        else:
            await respond(scope, send, 401, b'{"detail": "Log eerst in."}', "application/json")


def with_headers(send):
    """Wrap `send` so the response start carries SECURITY_HEADERS (replacing any the app set itself)."""
    async def send_with_headers(message: Message) -> None:
        if message["type"] == "http.response.start":
            own = {name.encode() for name in SECURITY_HEADERS}
            headers = [(k, v) for k, v in message.get("headers", []) if k.lower() not in own]
            headers += [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]
            message = {**message, "headers": headers}
        await send(message)
    return send_with_headers


async def respond(scope: Scope, send, status: int, body: bytes, content_type: str,
                  extra: list[tuple[bytes, bytes]] | None = None) -> None:
    """Send a complete response (with the security headers) without calling the app."""
    if scope["type"] == "websocket":
        await send({"type": "websocket.close", "code": 4000 + status})
        return
    headers = [(b"content-type", content_type.encode()), (b"content-length", str(len(body)).encode()),
               (b"cache-control", b"no-store"), *(extra or [])]
    await with_headers(send)({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def header(scope: Scope, name: bytes) -> str:
    for key, value in scope.get("headers", []):
        if key.lower() == name:
            return value.decode("latin-1")
    return ""


def session_token(scope: Scope) -> str | None:
    cookies = SimpleCookie()
    try:
        cookies.load(header(scope, b"cookie"))
    except Exception:  # a malformed cookie header is the same as none
        return None
    morsel = cookies.get(COOKIE)
    return morsel.value if morsel else None
