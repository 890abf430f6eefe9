"""Exact, structural answers to "which answer covers question N"."""
from __future__ import annotations

from dataclasses import dataclass

from corpus import Corpus
from corpus.records import Unit, as_ranges  # noqa: F401  (re-exported for assistant modules)


@dataclass(frozen=True)
class LookupResult:
    number: int
    units: list[Unit]  # best match first; empty when no letter has the number


def lookup_question(corpus: Corpus, number: int, hints: list[str], context_docs: list[str] = ()) -> LookupResult:
    """Units covering question `number`: in hinted letters when the words name one, else in every letter.

    Order: letters named in the question, then letters of the conversation so far, then complete answers
    before incomplete ones, then letters with more numbered questions (the more likely meaning of "vraag N").
    When the words name a letter of numbered answers that lacks the number ("vraag 60 uit de Atlas"), there is
    no match: another letter's question 60 is not what was asked.
    """
    units = corpus.units_for_question(number)
    qa_count = {l.doc_id: sum(1 for u in l.units if u.kind == "qa") for l in corpus.letters}
    hinted = [u for u in units if u.doc_id in hints]
    if hinted:
        units = hinted
    elif any(qa_count.get(doc_id) for doc_id in hints):
        units = []

    def order(unit: Unit) -> tuple:
        return (
            hints.index(unit.doc_id) if unit.doc_id in hints else len(hints),
            0 if unit.doc_id in context_docs else 1,
            0 if unit.status == "complete" else 1,
            unit.numbers_inferred,
            -qa_count[unit.doc_id],
        )

    return LookupResult(number, sorted(units, key=order))


def known_ranges(corpus: Corpus) -> dict[str, str]:
    """Per letter, the question numbers it covers as ranges, e.g. {'atlas': '3-4, 6-8, ...'}."""
    out = {}
    for letter in corpus.letters:
        numbers = sorted({n for u in letter.units for n in u.questions})
        if numbers:
            out[letter.doc_id] = as_ranges(numbers)
    return out
