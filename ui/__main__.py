"""Start the chat UI, or export the feedback it collected.

    python -m ui [--host 127.0.0.1] [--port 7860]        # KB_UI_USERS="anna:pw,bob:pw2" turns on login
    python -m ui feedback export [--out feedback.csv]    # CSV to stdout by default (formulas neutralised)
    python -m ui screenshot --out docs/screenshot-chat.png  # refresh the README screenshot (needs Chromium)

Feedback goes to the `feedback` table of KB_DATABASE_URL when KB_BACKEND=postgres (every app server to one table),
else to settings.feedback_db (under KB_CACHE_DIR) unless KB_FEEDBACK_DB points elsewhere.
"""
from __future__ import annotations

import os

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"  # before anything imports gradio

import argparse  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

from config import Settings  # noqa: E402
from ui.config import configured_users  # noqa: E402
from ui.feedback import FeedbackUnavailable, open_feedback_store  # noqa: E402


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m ui", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--host", help="address to listen on (default: settings.host, 127.0.0.1)")
    parser.add_argument("--port", type=int, help="port (default: settings.port, 7860)")
    commands = parser.add_subparsers(dest="command")
    feedback = commands.add_parser("feedback", help="work with the collected feedback")
    actions = feedback.add_subparsers(dest="action", required=True)
    export = actions.add_parser("export", help="write all feedback as CSV")
    export.add_argument("--out", help="CSV file to write (default: stdout)")
    shot = commands.add_parser("screenshot", help="ask an example question in the real app and save a PNG")
    shot.add_argument("--out", required=True, help="PNG file to write, e.g. docs/screenshot-chat.png")
    shot.add_argument("--question", help="the question to ask (default: an example question)")
    shot.add_argument("--width", type=int, default=1400, help="viewport width in px (default 1400)")
    shot.add_argument("--height", type=int, default=1000, help="viewport height in px (default 1000)")
    return parser


def export_feedback(settings: Settings, out: str | None) -> int:
    """Write the feedback table as CSV to `out` (a path) or stdout; prints the count to stderr."""
    store = open_feedback_store(settings)
    try:
        if out:
            with open(out, "w", newline="", encoding="utf-8") as handle:
                count = store.export_csv(handle)
        else:
            count = store.export_csv(sys.stdout)
    except FeedbackUnavailable as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(f"{count} feedbackregel(s) geëxporteerd uit {store.location}", file=sys.stderr)
    return 0


def serve(settings: Settings) -> int:
    """Load the assistant once, build the app and serve it until interrupted."""
    try:
        users = configured_users(settings)
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    import uvicorn

    from assistant import Assistant
    from ui.app import TITLE, create_app
    from ui.server import build_server

    try:
        bot = Assistant.load(settings)
    except Exception as error:  # missing model or index: say so instead of a traceback
        print(f"error: could not load the assistant: {error}", file=sys.stderr)
        return 2
    server = build_server(create_app(bot, open_feedback_store(settings), login=bool(users)), users)
    print(f"{TITLE}: http://{settings.host}:{settings.port}" + (" (met login)" if users else ""), flush=True)
    uvicorn.run(server, host=settings.host, port=settings.port, log_level="warning")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    settings = Settings.from_env(host=args.host, port=args.port)
    if args.command == "feedback":
        return export_feedback(settings, args.out)
    if args.command == "screenshot":
        from ui.screenshot import EXAMPLE, take_screenshot

        out = take_screenshot(Path(args.out), args.question or EXAMPLE, args.width, args.height)
        print(f"screenshot saved: {out}", file=sys.stderr)
        return 0
    return serve(settings)


if __name__ == "__main__":
    sys.exit(main())
