#!/usr/bin/env bash
# One command: set up (first time) and start the chat on http://127.0.0.1:7860 (flags go to python -m ui).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/python -m ui "$@"
