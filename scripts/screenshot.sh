#!/usr/bin/env bash
# Update the README's chat screenshot (docs/screenshot-chat.png) on purpose: tests never write into docs/.
# Runs the one browser test that takes it (tests/artifacts/chat.png), then copies it over.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/python -m pytest -q -m browser "tests/test_ui_browser.py::test_dutch_question_shows_cards_and_answer"
cp tests/artifacts/chat.png docs/screenshot-chat.png
echo "docs/screenshot-chat.png updated; review it, then commit"
