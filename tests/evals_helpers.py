"""Replies built from real letter units, for the unit tests of the judge and the metrics (no model, no index)."""
from __future__ import annotations

from assistant.records import Lead, Passage, Reply
from evals.cases import normalise


def unit_holding(corpus, quote: str):
    """The one corpus unit whose text holds `quote`."""
    [unit] = [u for u in corpus.units if normalise(quote) in normalise(u.text)]
    return unit


def passage_of(unit) -> Passage:
    return Passage(text=unit.text, doc_id=unit.doc_id, title=unit.doc_id, date="", questions=list(unit.questions),
                   section=unit.heading, pages=list(unit.pages), score=1.0, highlight="", unit_id=unit.unit_id,
                   chunk_id=f"{unit.unit_id}#0")


def reply_of(units, answer: str = "Dit is wat de brieven erover zeggen.", lead: str = "") -> Reply:
    passages = [passage_of(u) for u in units]
    return Reply(answer, passages, abstained=False, kind="search", lead=[Lead(lead, 1)] if lead else [])


def abstention(reason: str = "De brieven noemen dit niet.") -> Reply:
    return Reply("Dat staat niet in de brieven.", [], abstained=True, kind="abstain", reason=reason)
