"""Test support for the postgres backend: a real local server (scripts/postgres.sh's), or KB_DATABASE_URL.

The postgres half of a test is skipped, with the reason, only when no server can be started here.
"""
from __future__ import annotations

import os
from dataclasses import replace

import pytest

from config import Settings

TEST_DATABASE = "kamerbrieven_test"


def postgres_url(database: str = TEST_DATABASE) -> str:
    """A database for tests on KB_TEST_DATABASE_URL's server, else on the local server (started if needed)."""
    if os.environ.get("KB_TEST_DATABASE_URL"):
        return os.environ["KB_TEST_DATABASE_URL"].rsplit("/", 1)[0] + f"/{database}"
    from index.backends import pgserver

    try:
        base = pgserver.start(Settings.from_env())
        import psycopg

        with psycopg.connect(base, autocommit=True) as conn:
            if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (database,)).fetchone():
                conn.execute(f"CREATE DATABASE {database}")
    except Exception as error:  # no wheel, no useradd, a port taken by something else ...
        pytest.skip(f"postgres backend not tested: the local server could not start ({type(error).__name__}: "
                    f"{str(error)[:300]})")
    return base.rsplit("/", 1)[0] + f"/{database}"


def postgres_settings(url: str, base: Settings | None = None) -> Settings:
    base = base or Settings.from_env()
    return replace(base, extra={**base.extra, "backend": "postgres", "database_url": url})
