"""The quality gate: thresholds read against the metric registry, and a gate that fails when retrieval is broken."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from evals.cases import load_cases
from evals.gate import THRESHOLDS, check_gate, load_thresholds, unset_thresholds

SETS = Path(__file__).resolve().parent.parent / "evals" / "sets"
SUMMARY = {"k": 5, "overall": {"pass_rate": 0.9, "hit@5": 0.7, "mrr": None, "false_abstention_rate": 0.1},
           "per_kind": {"nearmiss": {"n": 40, "pass_rate": 0.5}, "table": {"n": 12, "pass_rate": 0.9,
                                                                            "facts_rate": 0.2}}}


def _thresholds(tmp_path, **parts) -> Path:
    path = tmp_path / "thresholds.json"
    path.write_text(json.dumps(parts))
    return path


@pytest.mark.unit
def test_gate_names_each_figure_below_or_above_its_threshold(tmp_path):
    path = _thresholds(tmp_path, overall_min={"pass_rate": 0.8, "hit@5": 0.8, "mrr": 0.7},
                       overall_max={"false_abstention_rate": 0.05},
                       per_kind_min={"nearmiss": 0.8, "table": {"pass_rate": 0.6, "facts_rate": 0.5}})
    assert check_gate(SUMMARY, path) == [
        "hit@5 = 0.7 is below the threshold 0.8",  # mrr is None (not measurable): skipped
        "false_abstention_rate = 0.1 is above the threshold 0.05",
        "pass rate of 'nearmiss' = 0.5 is below the threshold 0.8",
        "facts rate of 'table' = 0.2 is below the threshold 0.5",
    ]


@pytest.mark.unit
def test_a_null_threshold_is_reported_as_unset_and_never_fails(tmp_path):
    path = _thresholds(tmp_path, overall_min={"hit@5": None}, per_kind_min={"nearmiss": {"pass_rate": None}})
    assert check_gate(SUMMARY, path) == [] and unset_thresholds(path) == ["overall hit@5", "nearmiss pass_rate"]


@pytest.mark.unit
def test_a_threshold_on_an_unknown_metric_is_refused(tmp_path):
    with pytest.raises(ValueError, match="unknown metric"):
        load_thresholds(_thresholds(tmp_path, overall_min={"hit_at_5": 0.8}))
    load_thresholds(THRESHOLDS)  # the committed file names registered metrics only


def test_gate_fails_when_retrieval_is_broken(bot, monkeypatch, tmp_path):
    from assistant.retrieval import Pool, Retriever
    from evals.metrics import summarise
    from evals.runner import run_cases
    from evals.variants import default_variant

    cases = [c for c in load_cases(SETS / "test.jsonl") if c.kind in ("paraphrase", "table")]
    measured = summarise(run_cases(bot, cases, variant=default_variant(bot), progress=False), k=5)["overall"]
    # thresholds just below today's figures, so the test does not depend on thresholds.json's current numbers
    path = _thresholds(tmp_path, overall_min={"pass_rate": measured["pass_rate"] - 0.05,
                                              "hit@5": measured["hit@5"] - 0.05})
    assert check_gate({"overall": measured, "per_kind": {}}, path) == []

    original = Retriever.pool

    def without_the_best(self, *args, **kwargs):  # a deliberately weakened retriever: its top 30 chunks are lost
        pool = original(self, *args, **kwargs)
        return Pool(pool.query_vector, pool.hits[30:])

    monkeypatch.setattr(Retriever, "pool", without_the_best)
    failures = check_gate(summarise(run_cases(bot, cases, variant=default_variant(bot), progress=False), k=5), path)
    assert any(f.startswith("pass_rate") for f in failures) and any(f.startswith("hit@5") for f in failures)
