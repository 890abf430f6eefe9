"""The web server around the Gradio app: FastAPI with the Guard middleware, our own login routes, uvicorn.

`gr.mount_gradio_app` is Gradio's documented hook for putting its app inside a FastAPI app, which is where
middleware can be added before the server starts (launch() offers no such hook).

Example:
    >>> server = build_server(create_app(bot), users=[("anna", "geheim")])
    >>> uvicorn.run(server, host="127.0.0.1", port=7860)      # or: python -m ui
"""
from __future__ import annotations

import fastapi
import gradio as gr
from fastapi.responses import HTMLResponse, RedirectResponse

from ui.login import COOKIE, SESSION_HOURS, LoginThrottle, Sessions, login_page
from ui.security import LOGIN_PATH, Guard
from ui.theme import CSS, theme

MAX_FILE_SIZE = "100kb"  # Gradio's own upload limit, in case an upload route is ever opened again
QUEUE_CONCURRENCY = 4


def build_server(app: gr.Blocks, users: list[tuple[str, str]] | None = None,
                 throttle: LoginThrottle | None = None) -> fastapi.FastAPI:
    """FastAPI app serving `app` at "/", with security headers, no uploads and, when `users`, a login."""
    server = fastapi.FastAPI(docs_url=None, redoc_url=None, openapi_url=None)
    sessions = Sessions(users) if users else None
    if sessions is not None:
        _add_login_routes(server, sessions, throttle or LoginThrottle())
    server.add_middleware(Guard, sessions=sessions)
    app.queue(default_concurrency_limit=QUEUE_CONCURRENCY)
    return gr.mount_gradio_app(
        server, app, path="/", auth_dependency=_gradio_user(sessions) if sessions else None,
        max_file_size=MAX_FILE_SIZE, show_error=True, theme=theme(), css=CSS, ssr_mode=False, mcp_server=False,
        pwa=False, footer_links=[], run_history=False, enable_monitoring=False)


def _gradio_user(sessions: Sessions):
    def user(request: fastapi.Request) -> str | None:  # gives gr.Request.username to the handlers
        return sessions.user(request.cookies.get(COOKIE))
    return user


def _add_login_routes(server: fastapi.FastAPI, sessions: Sessions, throttle: LoginThrottle) -> None:
    @server.post(LOGIN_PATH, response_class=HTMLResponse)
    async def login(request: fastapi.Request):
        form = await request.form(max_files=0, max_fields=4)
        user, password = str(form.get("username", "")).strip()[:200], str(form.get("password", ""))[:1000]
        address = request.client.host if request.client else ""
        wait = throttle.wait(user, address)
        if wait > 0:
            return HTMLResponse(login_page("wait", wait), status_code=429,
                                headers={"Retry-After": str(max(1, round(wait)))})
        if not user or not sessions.check(user, password):
            throttle.failed(user, address)
            return HTMLResponse(login_page("wrong"), status_code=401)
        throttle.succeeded(user, address)
        response = RedirectResponse("/", status_code=303)
        response.set_cookie(COOKIE, sessions.open(user), max_age=SESSION_HOURS * 3600, httponly=True,
                            samesite="strict", secure=request.url.scheme == "https", path="/")
        return response

    @server.get("/logout")
    def logout(request: fastapi.Request):
        sessions.close(request.cookies.get(COOKIE))
        response = RedirectResponse("/", status_code=303)
        response.delete_cookie(COOKIE, path="/")
        return response
