"""Neighbouring windows of one answer unit (assistant/windows.py), on the real chunks of the SO letter's question 29."""
from __future__ import annotations

import doctest

import pytest

import assistant.windows
from assistant.rescore import Scored
from assistant.retrieval import Hit
from assistant.windows import adjacent_sibling, joined_text, window_index
from corpus.chunking import chunk_units

pytestmark = pytest.mark.unit


@pytest.fixture(scope="module")
def windows(corpus):
    unit = corpus.unit("so-bevolkingsdaling:q29")
    chunks = [c for c in chunk_units([unit], count_tokens=lambda text: len(text.split()), max_tokens=120)
              if window_index(c.chunk_id) is not None]
    assert len(chunks) >= 4
    return chunks


def scored(chunk, p: float) -> Scored:
    return Scored(Hit(chunk, {}), {"p": p}, -1)


def test_the_best_unclaimed_neighbour_joins_when_rated_high_enough(windows):
    second, third, fourth = (scored(w, p) for w, p in zip(windows[1:4], (0.4, 0.9, 0.5)))
    ranked = [third, fourth, second]
    assert adjacent_sibling(third, ranked, {third.hit.chunk.chunk_id}, 0.3) is fourth
    # the better neighbour already shows in another passage: the other one is tried
    assert adjacent_sibling(third, ranked, {third.hit.chunk.chunk_id, fourth.hit.chunk.chunk_id}, 0.3) is second
    # rated under the share: no neighbour joins
    assert adjacent_sibling(third, ranked, {third.hit.chunk.chunk_id}, 0.6) is None


def test_a_window_two_away_never_joins(windows):
    first, third = scored(windows[0], 0.9), scored(windows[2], 0.9)
    assert adjacent_sibling(first, [first, third], {first.hit.chunk.chunk_id}, 0.0) is None


def test_joined_windows_repeat_the_question_once_and_keep_the_letter_s_gap(windows, corpus):
    first, second = windows[0], windows[1]
    gap = corpus.letter(first.doc_id).clean.text[first.end:second.start]
    text = joined_text(first.text, second.text, gap)
    assert text.count("Vraag 29:") == 1 and text.startswith(first.text)
    assert text.endswith(second.text.split("\n\n", 1)[1])
    assert ("\n\n" in text[len(first.text):len(first.text) + 2]) == ("\n\n" in gap)


def test_the_module_examples_run():
    assert doctest.testmod(assistant.windows).failed == 0

