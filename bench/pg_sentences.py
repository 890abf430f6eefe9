"""Sentence rows in postgres: build time, the sentence tables' size, and an app server's cold start from an empty cache.

    KB_DATABASE_URL=postgresql://... python -m bench.pg_sentences [--repeat 3] [--out bench/figures/pg-sentences.json]

- build: `python -m index build --force` on postgres (a subprocess, as the ingestion worker runs it), wall time and
  the build's own seconds, with every vector already in kb_embeddings;
- size: pg_total_relation_size of the served build's tables;
- cold start: `python -m ui` with a cache folder that holds only the model (linked), timed from the process start
  to the first HTTP 200, on postgres and, for comparison, on the embedded backend (which builds its index and
  sentence vectors into that folder from the shipped seed); afterwards the files the server wrote into the folder.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from config import Settings
from index.backends.pg_schema import table_names
from index.backends.postgres import connect
from tests.ui_helpers import free_port, http_ok  # the tests' own helpers for a served app (run from the repository)

REPO = Path(__file__).resolve().parent.parent


def time_builds(env: dict, repeat: int) -> dict:
    walls, builds = [], []
    for _ in range(repeat):
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "index", "build", "--force"], cwd=REPO, env=env,
                              capture_output=True, text=True, check=True)
        walls.append(time.perf_counter() - started)
        builds.append(float(re.search(r"in ([0-9.]+) s -> build", done.stderr).group(1)))
    return {"wall_s": _summary(walls), "build_s": _summary(builds), "last_log": done.stderr.strip().splitlines()[-1]}


def table_sizes(url: str) -> dict:
    conn = connect(url)
    build_id = conn.execute("SELECT build_id FROM kb_served").fetchone()[0]
    sizes = {kind: conn.execute("SELECT pg_total_relation_size(%s)", (name,)).fetchone()[0]
             for kind, name in table_names(build_id).items()}
    rows = conn.execute(f"SELECT count(*) FROM {table_names(build_id)['sentences']}").fetchone()[0]
    return {"build": build_id, "bytes": sizes, "sentence_rows": rows,
            "bytes_per_sentence": round(sizes["sentences"] / max(rows, 1))}


def cold_start(env: dict, backend: str) -> dict:
    """Seconds from `python -m ui` to HTTP 200 with a cache folder holding only the model, and what it wrote."""
    with tempfile.TemporaryDirectory() as tmp:
        cache = Path(tmp)
        (cache / "models").symlink_to(Settings.from_env().models_dir)
        port = free_port()
        env = {**env, "KB_BACKEND": backend, "KB_CACHE_DIR": str(cache), "KB_FEEDBACK_DB": str(cache / "fb.sqlite3"),
               "KB_UI_USERS": "", "GRADIO_ANALYTICS_ENABLED": "False"}
        started = time.perf_counter()
        process = subprocess.Popen([sys.executable, "-m", "ui", "--host", "127.0.0.1", "--port", str(port)],
                                   cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            while not http_ok(f"http://127.0.0.1:{port}/"):
                if process.poll() is not None or time.perf_counter() - started > 600:
                    raise RuntimeError(f"the {backend} app server did not start")
                time.sleep(0.2)
            seconds = time.perf_counter() - started
        finally:
            process.terminate()
            process.wait(timeout=30)
        written = sorted(str(p.relative_to(cache)) for p in cache.rglob("*") if p.is_file() and "models" not in p.parts)
    return {"seconds": round(seconds, 2), "files_written": len(written), "index_files_written": written[:5]}


def _summary(values: list[float]) -> dict:
    return {"median": round(statistics.median(values), 2), "min": round(min(values), 2), "all": [round(v, 2) for v in values]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.pg_sentences", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out", default="bench/figures/pg-sentences.json")
    args = parser.parse_args(argv)
    url = Settings.from_env().database_url or sys.exit("set KB_DATABASE_URL (bash scripts/postgres.sh start prints one)")
    env = {**os.environ, "KB_BACKEND": "postgres", "KB_DATABASE_URL": url}
    figures = {"build": time_builds(env, args.repeat), "size": table_sizes(url),
               "load_average": os.getloadavg()[0]}
    starts = {backend: [cold_start(env, backend) for _ in range(args.repeat)] for backend in ("postgres", "embedded")}
    figures["cold_start"] = {b: {"seconds": _summary([r["seconds"] for r in runs]), "files_written": runs[-1]}
                             for b, runs in starts.items()}
    Path(args.out).write_text(json.dumps(figures, indent=2) + "\n")
    print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
