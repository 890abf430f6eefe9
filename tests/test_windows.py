"""Neighbouring windows of one answer unit (assistant/windows.py), on the real chunks of the SO letter's question 29."""
from __future__ import annotations

import doctest

import pytest

import assistant.windows
from assistant.rescore import Scored
from assistant.retrieval import Hit
from assistant.windows import adjacent_sibling, joined_text, window_index, with_siblings
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


def test_a_shown_window_next_to_a_better_one_joins_its_passage(windows):
    """Twenty-fourth stop: two kept windows of one unit, one after the other, are one passage, not two."""
    first, second, fourth = (scored(w, p) for w, p in zip((windows[0], windows[1], windows[3]), (0.9, 0.5, 0.4)))
    paired = with_siblings([first, fourth, second], [first, fourth, second], 0.1)
    assert paired == [(first, second), (fourth, None)]
    # the better one shown first keeps its place; its lower-rated neighbour is not shown again on its own
    paired = with_siblings([second, fourth, first], [second, fourth, first], 0.1)
    assert [item for item, _ in paired] == [second, fourth] and paired[0][1] is first


def test_a_shown_window_with_its_own_neighbour_beyond_keeps_its_passage(windows):
    """"…#1" next to a better "…#0" with "…#2" rated high enough to join it: "…#1" and "…#2" stay one passage
    (joining "…#1" to "…#0" would drop "…#2", where the answer may stand)."""
    first, second, third = (scored(w, p) for w, p in zip(windows[:3], (0.9, 0.5, 0.4)))
    assert with_siblings([first, second], [first, second, third], 0.1) == [(first, None), (second, third)]
    assert with_siblings([first, second], [first, second, third], 0.9) == [(first, second)]


def test_the_lead_reads_the_best_two_kept_windows_however_they_are_grouped(windows):
    from assistant.compose import lead_sources

    first, second, fourth = (scored(w, p) for w, p in zip((windows[0], windows[1], windows[3]), (0.9, 0.5, 0.4)))
    kept = [first, second, fourth]
    # the second kept window joined the first passage: the third kept window is not read for the lead
    assert lead_sources([(first, second), (fourth, None)], kept) == [[first, second]]
    # a neighbour that was not shown on its own does not count
    assert lead_sources([(first, None), (fourth, None)], [first, fourth]) == [[first], [fourth]]


def test_a_neighbour_not_shown_joins_only_when_rated_high_enough(windows):
    first, second = scored(windows[0], 0.9), scored(windows[1], 0.05)
    assert with_siblings([first], [first, second], 0.1) == [(first, None)]
    assert with_siblings([first], [first, second], 0.05) == [(first, second)]


def test_joined_windows_repeat_the_question_once_and_keep_the_letter_s_gap(windows, corpus):
    first, second = windows[0], windows[1]
    gap = corpus.letter(first.doc_id).clean.text[first.end:second.start]
    text = joined_text(first.text, second.text, gap)
    assert text.count("Vraag 29:") == 1 and text.startswith(first.text)
    assert text.endswith(second.text.split("\n\n", 1)[1])
    assert ("\n\n" in text[len(first.text):len(first.text) + 2]) == ("\n\n" in gap)


def test_the_module_examples_run():
    assert doctest.testmod(assistant.windows).failed == 0

