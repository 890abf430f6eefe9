"""Shared fixtures: the real corpus, and the real assistant on the real index (built once, then reused)."""
from __future__ import annotations

import pytest

from assistant import Assistant
from corpus import load_corpus


@pytest.fixture(scope="session")
def corpus():
    return load_corpus()


@pytest.fixture(scope="session")
def bot() -> Assistant:
    return Assistant.load(progress=False)
