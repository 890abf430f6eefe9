"""The metric registry: every figure the suite reports, each one small function over stored per-case records.

A metric takes (records, k) and returns a number, or None when it does not apply (no such cases, no trace).
Names with "@k" are evaluated at the run's k ("hit@k" -> "hit@5" under --k 5); a fixed cutoff above k is left out
(no hit@3 under --k 1). The runner, the reports, `rescore` and the gate all read this one list.

Example:
    >>> compute("mrr", records, k=3)
    0.79
    >>> summarise(records, k=3)["overall"]["hit@3"]
    0.83
"""
from __future__ import annotations

import statistics
from dataclasses import dataclass
from typing import Callable

from evals.cases import ABSTAIN_KINDS, KINDS, parse_case
from evals.judge import judge_evidence
from evals.ranking import ranking_scores
from evals.trace import POOL_STAGES, RESCORE_STAGES, abstain_decision, stage_units

Records = list[dict]
POOL_DEPTH = 50


@dataclass(frozen=True)
class Metric:
    name: str  # as registered: "hit@k", "mrr", "pass_rate"
    compute: Callable[[Records, int], float | None]
    about: str
    lower_is_better: bool = False
    ranx: str = ""  # the ranx metric it reads ("hit_rate@{k}"), computed in one batch with the others
    bounded_by_k: bool = True  # False for a stage depth ("pool_recall@50" looks at the pool, not the reply)

    def label(self, k: int) -> str:
        return self.name.replace("@k", f"@{k}")

    def applies(self, k: int) -> bool:
        if not self.bounded_by_k:
            return True
        cutoff = self.name.rsplit("@", 1)[1] if "@" in self.name else "k"
        return cutoff == "k" or int(cutoff) <= k


METRICS: dict[str, Metric] = {}
PER_KIND = ("pass_rate", "strict_pass_rate", "facts_rate", "hit@1", "mrr")  # also shown per kind


def metric(name: str, about: str, lower_is_better: bool = False, ranx: str = "", bounded_by_k: bool = True):
    """Register a metric function under `name`."""
    def register(function):
        METRICS[name] = Metric(name, function, about, lower_is_better, ranx, bounded_by_k)
        return function
    return register


def _rate(hits: list[bool]) -> float | None:
    return round(sum(hits) / len(hits), 3) if hits else None


def _answerable(records: Records) -> Records:
    return [r for r in records if not r["expect"].get("abstain")]


def _of_kind(records: Records, *kinds: str) -> Records:
    return [r for r in records if r["kind"] in kinds]


def _ranx_metric(name: str, ranx_name: str, about: str) -> None:
    metric(name, about, ranx=ranx_name)(lambda records, k: ranking_scores(records, [ranx_name.format(k=k)], k)
                                        [ranx_name.format(k=k)])


# -- outcome -------------------------------------------------------------------------------------------------------
@metric("n", "number of cases")
def _n(records, k):
    return len(records)


@metric("pass_rate", "cases whose expectations (quotes, rank-1 numbers, letter, not_letter, abstention) all hold")
def _pass_rate(records, k):
    return _rate([_passed(r, k) for r in records])


@metric("strict_pass_rate", "passed and every expected fact is in the answer text")
def _strict_pass_rate(records, k):
    return _rate([_passed(r, k) and r["checks"].get("facts", True) for r in records])


@metric("facts_rate", "answerable cases with facts whose answer text holds every fact")
def _facts_rate(records, k):
    return _rate([r["checks"]["facts"] for r in records if "facts" in r["checks"]])


@metric("lookup_exact", "lookup cases passed")
def _lookup_exact(records, k):
    return _rate([_passed(r, k) for r in _of_kind(records, "lookup")])


@metric("all_of_rate", "cases with all_of quotes that have every one in the top k")
def _all_of_rate(records, k):
    return _rate([r["checks"]["all_of"] for r in records if "all_of" in r["checks"]])


# -- ranking (ranx) ------------------------------------------------------------------------------------------------
_ranx_metric("hit@1", "hit_rate@1", "answerable cases with an expected quote in the rank-1 passage")
_ranx_metric("hit@3", "hit_rate@3", "... in the top 3")
_ranx_metric("hit@k", "hit_rate@{k}", "... in the top k")
_ranx_metric("mrr", "mrr@{k}", "mean reciprocal rank of the first passage with an expected quote (0 beyond k)")
_ranx_metric("ndcg@k", "ndcg@{k}", "nDCG at k, binary relevance per expected quote")
_ranx_metric("recall@k", "recall@{k}", "share of expected quotes (all_of: each; any_of: one) in the top k")


# -- abstention ----------------------------------------------------------------------------------------------------
def _abstain_precision(records: Records, kinds: tuple[str, ...]) -> float | None:
    """Of the abstentions on these kinds plus the answerable cases, the share that should have abstained."""
    if not _of_kind(records, *kinds):
        return None
    pool = _of_kind(records, *kinds) + _answerable(records)
    return _rate([r["expect"].get("abstain", False) for r in pool if r["abstained"]])


@metric("abstain_precision", "abstentions that were expected (all abstention kinds)")
def _abstain_precision_all(records, k):
    return _abstain_precision(records, ABSTAIN_KINDS)


@metric("abstain_recall", "abstention cases (unanswerable and nearmiss) that abstained")
def _abstain_recall(records, k):
    return _rate([r["abstained"] for r in _of_kind(records, *ABSTAIN_KINDS)])


for _kind in ABSTAIN_KINDS:
    metric(f"abstain_precision_{_kind}", f"abstention precision with only '{_kind}' as the cases to abstain on")(
        lambda records, k, kind=_kind: _abstain_precision(records, (kind,)))
    metric(f"abstain_recall_{_kind}", f"'{_kind}' cases that abstained")(
        lambda records, k, kind=_kind: _rate([r["abstained"] for r in _of_kind(records, kind)]))


@metric("false_abstention_rate", "answerable cases that abstained", lower_is_better=True)
def _false_abstention_rate(records, k):
    return _rate([r["abstained"] for r in _answerable(records)])


# -- per stage (from the trace) --------------------------------------------------------------------------------------
def _answer_units(record: dict) -> set[str]:
    return {unit for units in record.get("quote_units", []) for unit in units}


def _stage_hits(records: Records, stages: tuple[str, ...], depth: int) -> list[bool]:
    hits = []
    for record in _answerable(records):
        units = stage_units(record.get("trace", {}), stages)
        if units is not None and _answer_units(record):
            hits.append(bool(set(units[:depth]) & _answer_units(record)))
    return hits


@metric(f"pool_recall@{POOL_DEPTH}", "answerable cases whose candidate pool (first 50 units) holds an answer unit",
        bounded_by_k=False)
def _pool_recall(records, k):
    return _rate(_stage_hits(records, POOL_STAGES, POOL_DEPTH))


@metric("rescore_hit@1", "answerable cases whose rescored rank-1 unit holds an expected quote")
def _rescore_hit1(records, k):
    return _rate(_stage_hits(records, RESCORE_STAGES, 1))


def _decided(records: Records) -> list[tuple[dict, bool]]:
    out = []
    for record in records:
        decision = abstain_decision(record.get("trace", {}))
        if decision is not None:
            out.append((record, decision))
    return out


@metric("decide_precision", "decide stage: abstain decisions on cases that expect abstention")
def _decide_precision(records, k):
    return _rate([bool(r["expect"].get("abstain")) for r, abstain in _decided(records) if abstain])


for _kind in ABSTAIN_KINDS:
    metric(f"decide_recall_{_kind}", f"decide stage: '{_kind}' cases it abstained on")(
        lambda records, k, kind=_kind: _rate([a for r, a in _decided(records) if r["kind"] == kind]))


# -- timing --------------------------------------------------------------------------------------------------------
@metric("latency_p50_ms", "median time of the asked turn (history turns not counted)", lower_is_better=True)
def _latency_p50(records, k):
    values = [r["latency_ms"] for r in records]
    return round(statistics.median(values), 1) if values else None


@metric("latency_p95_ms", "95th percentile time of the asked turn", lower_is_better=True)
def _latency_p95(records, k):
    values = sorted(r["latency_ms"] for r in records)
    return values[min(len(values) - 1, int(round(0.95 * (len(values) - 1))))] if values else None


# -- computing -----------------------------------------------------------------------------------------------------
def _passed(record: dict, k: int) -> bool:
    """The stored verdict, or the verdict again at a smaller k than the run's (rescore --k)."""
    if k >= record["k"]:
        return record["passed"]
    return judge_evidence(case_of(record), record, k).passed


def case_of(record: dict):
    """The EvalCase a stored record was judged against (its expectations are stored with it)."""
    return parse_case({key: record[key] for key in ("id", "kind", "query", "history", "tags", "expect")})


def names(k: int) -> list[str]:
    """Every metric label that applies at k, in registry order."""
    return [m.label(k) for m in METRICS.values() if m.applies(k)]


def find(label: str, k: int) -> Metric:
    """The metric behind a label ('hit@5' under k=5 is 'hit@k'); KeyError listing the valid labels."""
    for m in METRICS.values():
        if m.applies(k) and label in (m.name, m.label(k)):
            return m
    raise KeyError(f"unknown metric '{label}' at k={k}; known: {', '.join(names(k))}")


def compute(label: str, records: Records, k: int):
    """One metric over stored records at k (k may not exceed the k the records were run with)."""
    run_k = min((r["k"] for r in records), default=k)
    if k > run_k:
        raise ValueError(f"the run stored the top {run_k} passages; a metric at k={k} needs a new run")
    return find(label, k).compute(records, k)


def summarise(records: Records, k: int) -> dict:
    """{"k", "overall": {label: value}, "per_kind": {kind: {label: value}}} over every registered metric."""
    overall = _batch(records, k, [m for m in METRICS.values() if m.applies(k)])
    per_kind = {}
    for kind in KINDS:
        part = [r for r in records if r["kind"] == kind]
        if part:
            values = _batch(part, k, [METRICS["n"], *(METRICS[n] for n in PER_KIND)])
            per_kind[kind] = {label: v for label, v in values.items() if v is not None}
    return {"k": k, "overall": overall, "per_kind": per_kind}


def _batch(records: Records, k: int, wanted: list[Metric]) -> dict:
    """Metric values, with every ranx metric computed in one ranx call."""
    ranx_names = [m.ranx.format(k=k) for m in wanted if m.ranx]
    ranked = ranking_scores(records, ranx_names, k) if ranx_names else {}
    return {m.label(k): ranked[m.ranx.format(k=k)] if m.ranx else m.compute(records, k) for m in wanted}
