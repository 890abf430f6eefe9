#!/usr/bin/env bash
# One command: set up (first time) and start the chat on http://127.0.0.1:7860 (flags go to python -m ui).
# On the very first start the ONNX export (1.5-2 minutes) runs in the background after the chat is up; until
# the next start the chat encodes questions with sentence-transformers (same model and vectors, slower start).
set -euo pipefail
cd "$(dirname "$0")/.."
KB_DEFER_EXPORT=1 bash scripts/setup.sh
if ! .venv/bin/python -m index export-onnx --check > /dev/null; then
  echo "[run] exporting the model to ONNX in the background (log: .venv/export-onnx.log); the next start uses it"
  # -n: when another start's export holds the lock, this one leaves it to that one
  nohup flock -n .venv/export-onnx.lock nice -n 10 .venv/bin/python -m index export-onnx --quiet \
    > .venv/export-onnx.log 2>&1 &
  export KB_ENCODER=torch
fi
exec .venv/bin/python -m ui "$@"
