"""The UI's reading of its settings: the optional logins (settings.ui_users, from KB_UI_USERS).

Example:
    >>> parse_users("anna:geheim, bob:ook-geheim")
    [('anna', 'geheim'), ('bob', 'ook-geheim')]
"""
from __future__ import annotations

from config import Settings


def parse_users(spec: str | None) -> list[tuple[str, str]]:
    """Parse "user:password[,user2:pw2]"; an empty spec means no login. Raises ValueError on bad entries."""
    users: list[tuple[str, str]] = []
    for number, entry in enumerate((spec or "").split(","), start=1):
        entry = entry.strip()
        if not entry:
            continue
        name, sep, password = entry.partition(":")
        if not sep or not name.strip() or not password:
            raise ValueError(f"KB_UI_USERS: entry {number} is not of the form 'user:password'")
        users.append((name.strip(), password))
    return users


def configured_users(settings: Settings) -> list[tuple[str, str]]:
    """The logins configured in settings.ui_users (empty list: open access)."""
    return parse_users(settings.ui_users)
