"""Every assistant test again, on the postgres backend (tests/test_assistant.py runs them on the embedded one)."""
from __future__ import annotations

import pytest

from assistant import Assistant
from backend_support import postgres_settings, postgres_url
from test_assistant import *  # noqa: F401,F403  (the same tests, collected here with this module's `bot`)


@pytest.fixture(scope="module")
def bot() -> Assistant:
    bot = Assistant.load(postgres_settings(postgres_url()), progress=False)
    assert bot.index.backend.info().name == "postgres"
    return bot
