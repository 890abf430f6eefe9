"""Run eval cases through the assistant API and summarise: pass rate per kind, hit@k, MRR, abstention, latency.

Example:
    >>> results = run_cases(bot, load_cases(Path("evals/sets/test.jsonl")), k=5, mode="fused")
    >>> summarise(results)["overall"]["pass_rate"]
    0.9
"""
from __future__ import annotations

import statistics
import time
from dataclasses import asdict, dataclass

from tqdm import tqdm

from assistant import Assistant
from evals.cases import KINDS, EvalCase
from evals.judge import judge


@dataclass(frozen=True)
class CaseResult:
    id: str
    kind: str
    query: str
    passed: bool
    rank: int | None
    reason: str
    abstained: bool
    expected_abstain: bool
    latency_ms: float
    top: list[dict]
    expected: list[str]


def run_cases(bot: Assistant, cases: list[EvalCase], k: int = 5, mode: str = "fused",
              progress: bool = True) -> list[CaseResult]:
    results = []
    for case in tqdm(cases, desc=f"eval ({mode})", unit="case", disable=not progress):
        started = time.perf_counter()
        reply = bot.ask(case.query, history=case.history, k=k, mode=mode)
        latency = (time.perf_counter() - started) * 1000
        verdict = judge(case, reply, k)
        top = [{"doc_id": p.doc_id, "questions": p.questions, "section": p.section, "text": p.text[:300]}
               for p in reply.passages[:3]]
        results.append(CaseResult(case.id, case.kind, case.query, verdict.passed, verdict.rank, verdict.reason,
                                  reply.abstained, case.abstain, round(latency, 1), top, case.any_of))
    return results


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def summarise(results: list[CaseResult]) -> dict:
    """Figures per kind and overall."""
    summary = {"per_kind": {}, "overall": {}}
    for kind in KINDS:
        part = [r for r in results if r.kind == kind]
        if part:
            summary["per_kind"][kind] = {"n": len(part), "pass_rate": round(sum(r.passed for r in part) / len(part), 3)}
    answerable = [r for r in results if not r.expected_abstain]
    ranks = [r.rank for r in answerable]
    abstained = [r for r in results if r.abstained]
    should = [r for r in results if r.expected_abstain]
    lookups = [r for r in results if r.kind == "lookup"]
    latencies = [r.latency_ms for r in results]
    summary["overall"] = {
        "n": len(results),
        "pass_rate": round(sum(r.passed for r in results) / max(1, len(results)), 3),
        "hit@1": _hit(ranks, 1), "hit@3": _hit(ranks, 3), "hit@5": _hit(ranks, 5),
        "mrr": round(sum(1 / r for r in ranks if r) / max(1, len(ranks)), 3),
        "lookup_exact": round(sum(r.passed for r in lookups) / max(1, len(lookups)), 3),
        "abstain_precision": round(sum(r.expected_abstain for r in abstained) / max(1, len(abstained)), 3),
        "abstain_recall": round(sum(r.abstained for r in should) / max(1, len(should)), 3),
        "false_abstention_rate": round(sum(r.abstained for r in answerable) / max(1, len(answerable)), 3),
        "latency_p50_ms": round(statistics.median(latencies), 1) if latencies else 0.0,
        "latency_p95_ms": round(_percentile(latencies, 0.95), 1),
    }
    return summary


def _hit(ranks: list[int | None], k: int) -> float:
    return round(sum(1 for r in ranks if r and r <= k) / max(1, len(ranks)), 3)


def as_json(results: list[CaseResult], summary: dict, meta: dict) -> dict:
    return {"meta": meta, "summary": summary, "cases": [asdict(r) for r in results]}
