"""Shared fixtures: the real corpus, and the real assistant on the real index (built once, then reused).

The `unit` tier (`pytest -m unit`) needs no model and no index: the assistant is imported inside the `bot`
fixture only, and a unit test that asks for `bot` is refused at collection.
"""
from __future__ import annotations

import pytest

from corpus import load_corpus


@pytest.fixture(scope="session")
def corpus():
    return load_corpus()


@pytest.fixture(scope="session")
def bot():
    from assistant import Assistant  # loads the model stack: never for a unit test

    return Assistant.load(progress=False)


def pytest_collection_modifyitems(config, items):
    for item in items:
        if item.get_closest_marker("unit") and "bot" in getattr(item, "fixturenames", ()):
            raise pytest.UsageError(f"{item.nodeid} is marked unit but uses the `bot` fixture (model + index); "
                                    "drop the marker or the fixture")
