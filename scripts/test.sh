#!/usr/bin/env bash
# One command: set up (first time), then run the whole test suite and the eval quality gate.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

if ! command -v chromium >/dev/null 2>&1; then
  echo "[test] installing Debian's chromium for the browser tests"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq chromium >/dev/null
fi

echo "[test] local PostgreSQL + pgvector (the postgres backend's tests; skipped with the reason if it cannot start)"
bash scripts/postgres.sh start || echo "[test] postgres did not start"

mkdir -p tests/artifacts
.venv/bin/python -m pytest -q tests "$@"
.venv/bin/python -m evals run evals/sets/test.jsonl --compare --gate \
  --json tests/artifacts/eval-test.json --report tests/artifacts/eval-test.md --html tests/artifacts/eval-test.html
