"""The highlight sentence picker and the one-passage-per-unit cut, on real letter text (no model, no index)."""
from __future__ import annotations

import pytest

from assistant.highlight import best_sentences
from assistant.retrieval import Hit, best_per_unit
from corpus.chunking import chunk_units
from index.lexical import LexicalIndex

pytestmark = pytest.mark.unit


@pytest.fixture(scope="module")
def chunks(corpus):
    return chunk_units(corpus.units, lambda text: len(text.split()), max_tokens=120)


@pytest.fixture(scope="module")
def lexical(chunks):
    return LexicalIndex.build([c.text for c in chunks])


def test_the_sentence_sharing_most_words_with_the_question_is_picked(corpus, lexical):
    [unit] = corpus.units_for_question(87, "so-bevolkingsdaling")
    picked = best_sentences(unit.body_text, "Wat gebeurt er met de verhuurderheffing?", lexical)
    assert "verhuurderheffing" in picked.lower() and picked.split(" … ")[0] in unit.body_text


def test_without_shared_words_the_first_sentence_is_shown(corpus, lexical):
    [unit] = corpus.units_for_question(31, "atlas")
    picked = best_sentences(unit.body_text, "zonnepanelen op schooldaken", lexical)
    assert unit.body_text.startswith(picked[:40])


def test_at_most_one_passage_per_question_unit(chunks):
    long_qa = next(u for u in {c.unit_id for c in chunks if c.kind == "qa"}
                   if sum(c.unit_id == u for c in chunks) >= 2)
    pool = [Hit(c, {"fused": 1.0 / (i + 1)}) for i, c in enumerate(chunks) if c.unit_id == long_qa]
    pool += [Hit(c, {"fused": 0.01}) for c in chunks[:10] if c.unit_id != long_qa]
    kept = best_per_unit(pool, k=5)
    assert [h.chunk.unit_id for h in kept].count(long_qa) == 1 and kept[0].chunk.unit_id == long_qa
    assert len(kept) == min(5, len({h.chunk.unit_id if h.chunk.kind == "qa" else h.chunk.chunk_id for h in pool}))
