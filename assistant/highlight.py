"""Pick the sentence(s) of a passage that share most words with the question: the fallback highlight where no
sentence vectors apply (lookups, the reader="off" baseline). Sentences come from the one Dutch splitter."""
from __future__ import annotations

from corpus.sentences import sentences as split
from index.lexical import LexicalIndex

MIN_SENTENCE_CHARS = 20  # shorter pieces ("Antwoord", "1.") are no highlight


def sentences(text: str) -> list[str]:
    """Whole sentences of `text` (wrapped lines joined), never cut at an abbreviation."""
    return [" ".join(s.split()) for s in split(text) if len(s.strip()) > MIN_SENTENCE_CHARS]


def best_sentences(body: str, query: str, lexical: LexicalIndex, limit: int = 2) -> str:
    """The one or two sentences sharing most stemmed words with the query; the first sentence otherwise."""
    candidates = sentences(body)
    if not candidates:
        return body[:300]
    query_tokens = set(lexical.tokens(query))
    scored = []
    for position, sentence in enumerate(candidates):
        overlap = len(query_tokens & set(lexical.tokens(sentence)))
        scored.append((overlap, -position, sentence))
    scored.sort(reverse=True)
    if scored[0][0] == 0:
        return candidates[0]
    chosen = [s for overlap, _, s in scored[:limit] if overlap >= max(1, scored[0][0] - 1)]
    return " … ".join(sorted(chosen, key=candidates.index))
