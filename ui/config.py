"""UI-only settings from the environment: the SQLite feedback file and optional logins.

Example:
    >>> parse_users("anna:geheim, bob:ook-geheim")
    [('anna', 'geheim'), ('bob', 'ook-geheim')]
"""
from __future__ import annotations

import os
from pathlib import Path

from config import Settings

FEEDBACK_DB_ENV = "KB_FEEDBACK_DB"
USERS_ENV = "KB_UI_USERS"


def feedback_path(settings: Settings) -> Path:
    """KB_FEEDBACK_DB when set (tests, separate deployments), else the settings' feedback_db."""
    override = os.environ.get(FEEDBACK_DB_ENV, "").strip()
    return Path(override) if override else settings.feedback_db


def parse_users(spec: str | None) -> list[tuple[str, str]]:
    """Parse "user:password[,user2:pw2]"; an empty spec means no login. Raises ValueError on bad entries."""
    users: list[tuple[str, str]] = []
    for number, entry in enumerate((spec or "").split(","), start=1):
        entry = entry.strip()
        if not entry:
            continue
        name, sep, password = entry.partition(":")
        if not sep or not name.strip() or not password:
            raise ValueError(f"{USERS_ENV}: entry {number} is not of the form 'user:password'")
        users.append((name.strip(), password))
    return users


def users_from_env() -> list[tuple[str, str]]:
    """The logins configured in KB_UI_USERS (empty list: open access)."""
    return parse_users(os.environ.get(USERS_ENV))
