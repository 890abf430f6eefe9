"""The sentence units the reading stage embeds: on the real letters, a year-only planning cell of the action
tables stays with the action before it instead of being dropped as too short."""
from __future__ import annotations

import doctest

import pytest

import index.sentence_vectors
from corpus.chunking import chunk_units
from index.sentence_vectors import sentence_records, sentence_texts

pytestmark = pytest.mark.unit


def test_the_examples_run():
    finder = doctest.DocTestFinder()
    test = next(t for t in finder.find(index.sentence_vectors) if t.name.endswith("with_planning_cells"))
    assert doctest.DocTestRunner().run(test).failed == 0


def test_a_planning_cell_stays_with_its_action(corpus):
    chunks = chunk_units(corpus.units, count_tokens=lambda text: len(text.split()))
    records, _ = sentence_records(corpus, chunks)
    texts = sentence_texts(corpus, records)
    assert any(text.endswith("(Transitieatlas). 2017-2018") for text in texts)
    assert "2017-2018" not in texts and "Vanaf 2019" not in texts  # no year is a sentence of its own
