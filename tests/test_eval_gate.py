"""The eval set is well-formed, and the quality gate fails when retrieval is broken."""
from __future__ import annotations

from pathlib import Path

from assistant.retrieval import Retriever
from evals.cases import KINDS, load_cases, normalise
from evals.gate import check_gate
from evals.runner import run_cases, summarise

SETS = Path(__file__).resolve().parent.parent / "evals" / "sets"


def test_eval_sets_have_200_cases_of_every_kind_and_quotes_from_the_letters(corpus):
    cases = load_cases(SETS / "dev.jsonl") + load_cases(SETS / "test.jsonl")
    assert len(cases) >= 200 and {c.kind for c in cases} == set(KINDS)
    assert not {c.id for c in load_cases(SETS / "dev.jsonl")} & {c.id for c in load_cases(SETS / "test.jsonl")}
    raw = {l.doc_id: normalise(l.clean.text) for l in corpus.letters}
    everything = "".join(raw.values())
    for case in cases:
        for quote in case.any_of:
            assert normalise(quote) in (raw[case.letter] if case.letter else everything), (case.id, quote)


def test_gate_fails_when_retrieval_is_broken(bot, monkeypatch):
    original = Retriever.search

    def worst_first(self, query, mode="fused", k=5, **kwargs):  # a deliberately weakened retriever
        return list(reversed(original(self, query, mode, 40, **kwargs)))[:k]

    monkeypatch.setattr(Retriever, "search", worst_first)
    cases = [c for c in load_cases(SETS / "test.jsonl") if c.kind in ("paraphrase", "table", "multi")]
    failures = check_gate(summarise(run_cases(bot, cases, progress=False)))
    assert any("pass_rate" in f or "hit@5" in f for f in failures)

