"""Ranking metrics (hit@k, MRR, nDCG@k, recall@k) and paired significance tests, computed with ranx.

Each answerable case becomes one ranx query. Its relevant ids: "answer" when the case has any_of quotes (one
suffices), else "q0", "q1", ... one per all_of quote. A returned passage at rank r gets the id of the first
expected quote it holds that no higher passage has claimed, or "miss-r" when it holds none; so hit@k and MRR
equal what the judge sees. A passage that holds two all_of quotes counts for the first only (a `multi` case is
about two passages). An abstention is a query with no relevant passage returned.

Example:
    >>> ranking_scores(records, ["hit_rate@1", "mrr"], k=5)
    {'hit_rate@1': 0.71, 'mrr': 0.79}
"""
from __future__ import annotations

import warnings

_ranx = None


def _lib():
    """ranx, imported on first use (it compiles with numba: a few seconds the first time, cached after)."""
    global _ranx
    if _ranx is None:
        try:
            import ranx
        except ImportError as error:
            raise ImportError("ranking metrics need ranx: pip install ranx==0.3.21") from error
        _ranx = ranx
    return _ranx


def _answerable(records: list[dict]) -> list[dict]:
    return [r for r in records if not r["expect"].get("abstain")]


def relevant_ids(record: dict) -> list[str]:
    expect = record["expect"]
    return ["answer"] if expect.get("any_of") else [f"q{i}" for i in range(len(expect.get("all_of", [])))]


def ranked_ids(record: dict, k: int) -> list[str]:
    """One id per returned passage in the top k, in rank order (see the module docstring)."""
    all_of = len(record["expect"].get("all_of", []))
    has_any = bool(record["expect"].get("any_of"))
    claimed: set[str] = set()
    out = []
    for rank, passage in enumerate(record["passages"][:k], start=1):
        held = ["answer" if i >= all_of else f"q{i}" for i in passage["holds"]]
        held = [h for h in held if (h == "answer") == has_any and h not in claimed]
        chosen = held[0] if held else f"miss-{rank}"
        claimed.add(chosen)
        out.append(chosen)
    return out


def qrels_and_run(records: list[dict], k: int):
    ranx = _lib()
    qrels = {r["id"]: {doc: 1 for doc in relevant_ids(r)} for r in _answerable(records)}
    run = {}
    for record in _answerable(records):
        ids = ranked_ids(record, k) or ["none"]
        run[record["id"]] = {doc: float(len(ids) - i) for i, doc in enumerate(ids)}
    return ranx.Qrels(qrels), ranx.Run(run)


def ranking_scores(records: list[dict], metrics: list[str], k: int) -> dict[str, float]:
    """ranx metric names (e.g. 'hit_rate@3', 'mrr@5', 'ndcg@5', 'recall@5') -> mean over answerable cases."""
    if not _answerable(records) or not metrics:
        return {m: None for m in metrics}
    qrels, run = qrels_and_run(records, k)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # numba's type-safety notes on ranx's own code
        scores = _lib().evaluate(qrels, run, metrics, make_comparable=True)
    scores = scores if isinstance(scores, dict) else {metrics[0]: scores}
    return {m: round(float(v), 3) for m, v in scores.items()}


def paired_test(old: list[dict], new: list[dict], metrics: list[str], k: int, alpha: float = 0.05) -> dict:
    """Per metric: both means and whether the difference is significant (ranx's two-sided paired t-test).

    Only cases present in both runs are compared. Returns {metric: {"old": .., "new": .., "p": .., "significant": ..}}.
    """
    ranx = _lib()
    shared = {r["id"] for r in old} & {r["id"] for r in new}
    old = [r for r in old if r["id"] in shared]
    new = [r for r in new if r["id"] in shared]
    qrels, run_old = qrels_and_run(old, k)
    _, run_new = qrels_and_run(new, k)
    run_old.name, run_new.name = "old", "new"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        report = ranx.compare(qrels, [run_old, run_new], metrics, stat_test="student", max_p=alpha,
                              make_comparable=True)
    result = {}
    for metric in metrics:
        p = float(report.comparisons[("old", "new")][metric]["p_value"])
        p = 1.0 if p != p else p  # identical runs: the t statistic is undefined (nan), nothing differs
        result[metric] = {"old": round(float(report.results["old"][metric]), 3),
                          "new": round(float(report.results["new"][metric]), 3),
                          "p": round(float(p), 4), "significant": bool(p < alpha), "n": len(shared)}
    return result
