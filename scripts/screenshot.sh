#!/usr/bin/env bash
# Update the README's chat screenshot (docs/screenshot-chat.png) on purpose: tests never write into docs/.
# Serves the app on a free local port, asks one question in Chromium and saves the page (python -m ui screenshot).
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/python -m ui screenshot --out docs/screenshot-chat.png "$@"
echo "docs/screenshot-chat.png updated; review it, then commit"
