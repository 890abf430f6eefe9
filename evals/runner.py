"""Run eval cases through the assistant API and store, per case, everything a metric may later need.

Each case's earlier turns (`history`) are asked first, passing the typed conversation state along
(`conversation=reply.conversation`); an assistant without that keyword gets the turns as `history=` strings.
The stored record holds: the case's expectations, the verdict (passed, rank, reason, checks), the reply's answer
text, abstention and its reason, every returned passage (unit id, chunk id, letter, question numbers, named scores,
which expected quotes it holds, the start of its text), the reply's trace verbatim, the corpus units that hold each
expected quote (for per-stage metrics), and timing. `python -m evals rescore` computes new metrics from it.

Example:
    >>> records = run_cases(bot, load_cases(Path("evals/sets/test.jsonl")), k=5, variant="read")
    >>> summarise(records, k=5)["overall"]["pass_rate"]
    0.9
"""
from __future__ import annotations

import time
from dataclasses import asdict

from tqdm import tqdm

from evals.cases import EvalCase, normalise
from evals.judge import NormalisedLetter, evidence, judge_evidence, quote_spans
from evals.metrics import summarise
from evals.variants import accepted_keywords, call_arguments

__all__ = ["run_cases", "run_case", "record", "quote_units", "summarise", "as_json"]
SNIPPET = 300  # characters of each passage kept for the report


def run_cases(bot, cases: list[EvalCase], k: int = 5, variant: str = "fused",
              progress: bool = True) -> list[dict]:
    """One stored record per case (see the module docstring), in case order."""
    kwargs, _ = call_arguments(bot, variant)
    units = {u.unit_id: normalise(u.text) for u in bot.corpus.units}
    letters = {letter.doc_id: NormalisedLetter.of(letter.clean.text) for letter in bot.corpus.letters}
    records = []
    for case in tqdm(cases, desc=f"eval ({variant})", unit="case", disable=not progress):
        _forget_queries(bot)
        records.append(run_case(bot, case, k, kwargs, units, letters))
    return records


def run_case(bot, case: EvalCase, k: int, kwargs: dict, units: dict[str, str],
             letters: dict[str, NormalisedLetter] | None = None) -> dict:
    turn_ms: list[float] = []
    if "conversation" in accepted_keywords(bot):
        conversation = None
        for turn in case.history:
            started = time.perf_counter()
            conversation = bot.ask(turn, conversation=conversation, k=k, **kwargs).conversation
            turn_ms.append(_ms(started))
        started = time.perf_counter()
        reply = bot.ask(case.query, conversation=conversation, k=k, **kwargs)
    else:  # an assistant from before the conversation state: it replays the strings itself
        started = time.perf_counter()
        reply = bot.ask(case.query, history=list(case.history), k=k, **kwargs)
    return record(case, reply, k, units, _ms(started), turn_ms, letters)


def record(case: EvalCase, reply, k: int, units: dict[str, str], latency_ms: float = 0.0,
           turn_ms: list[float] | None = None, letters: dict[str, NormalisedLetter] | None = None) -> dict:
    """The stored record of one case and its reply (`units`: unit id -> normalised text, for quote_units;
    `letters`: doc id -> NormalisedLetter, so a passage whose letter span covers a quote holds it)."""
    ev = evidence(case, reply, k, quote_spans(case, letters) if letters else None)
    verdict = judge_evidence(case, ev, k)
    for stored, passage in zip(ev["passages"], reply.passages):
        stored.update(unit_id=passage.unit_id, chunk_id=passage.chunk_id, section=passage.section,
                      joined_chunk_id=getattr(passage, "joined_chunk_id", ""),
                      start=passage.start, end=passage.end,
                      score=round(float(passage.score), 5),
                      scores={name: round(float(v), 5) for name, v in getattr(passage, "scores", {}).items()},
                      text=passage.text[:SNIPPET])
    return {
        "id": case.id, "kind": case.kind, "query": case.query, "history": list(case.history),
        "tags": list(case.tags), "expect": _expect(case), "k": k,
        "passed": verdict.passed, "rank": verdict.rank, "reason": verdict.reason, "checks": verdict.checks,
        "abstained": reply.abstained, "abstain_reason": getattr(reply, "reason", ""), "reply_kind": reply.kind,
        "resolved_query": reply.resolved_query, "answer_text": ev["answer_text"], "passages": ev["passages"],
        "quote_units": quote_units(case, units), "trace": _jsonable(getattr(reply, "trace", {}) or {}),
        "latency_ms": latency_ms, "history_latency_ms": list(turn_ms or []),
    }


def quote_units(case: EvalCase, units: dict[str, str]) -> list[list[str]]:
    """Per expected quote (all_of first, then any_of): the ids of the corpus units whose text holds it."""
    return [[uid for uid, text in units.items()
             if normalise(quote) in text and (not case.letter or uid.split(":", 1)[0] == case.letter)]
            for quote in case.expected_quotes]


def as_json(records: list[dict], summary: dict, meta: dict) -> dict:
    return {"meta": meta, "summary": summary, "cases": records}


def _expect(case: EvalCase) -> dict:
    """The case's expectations as in the case file (empty fields left out)."""
    fields = asdict(case)
    return {key: list(value) if isinstance(value, tuple) else value for key, value in fields.items()
            if key not in ("id", "kind", "query", "history", "tags") and value not in ((), None, False, "")} | (
        {"abstain": True} if case.abstain else {})


def _jsonable(value):
    """The trace as JSON values (tuples to lists, numpy numbers to floats, records to dicts)."""
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if hasattr(value, "__dataclass_fields__"):
        return _jsonable(asdict(value))
    if hasattr(value, "item") and callable(value.item):
        return value.item()
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


def _forget_queries(bot) -> None:
    """Empty the encoder's query cache, so each case's time includes its encoder pass, as a new question's does
    (without this, every variant after the first reads the vectors the first one computed)."""
    cache = getattr(getattr(getattr(bot, "retriever", None), "embedder", None), "_cached_query", None)
    if hasattr(cache, "cache_clear"):
        cache.cache_clear()


def _ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 1)
