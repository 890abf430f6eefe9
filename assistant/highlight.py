"""Pick the sentence(s) of a passage that best answer the question."""
from __future__ import annotations

import re

from index.lexical import LexicalIndex

SENTENCE = re.compile(r"[^.?!\n]+(?:[.?!]+|$)")


def sentences(text: str) -> list[str]:
    return [s.strip() for s in SENTENCE.findall(text) if len(s.strip()) > 20]


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
