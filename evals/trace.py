"""Read a stored reply trace: the ranked unit ids of one stage, and the decide stage's answer/abstain decision.

The trace is stored verbatim per case (see runner.py); this module is the one place that knows its shape, so the
per-stage metrics keep working on old runs when the shape grows. The assistant writes
`trace["stages"]["retrieve" | "rescore"]` as [[chunk_id, unit_id, {score name: value}], ...] best first, and
`trace["decision"]` as {"answer": bool, "p": .., "reason": ..}. Also accepted, under `trace["stages"][name]` or
`trace[name]`: a list of ids, a list of dicts with "unit_id" / "chunk_id" / "id", or a dict with one of those lists
under "ranked", "ids" or "candidates".
Chunk ids ("atlas:q31#0") count as their unit ("atlas:q31").

Example:
    >>> stage_units({"stages": {"rescore": [["atlas:q31#0", {"sentence": 0.8}], ["k6-brief:s2#1", {}]]}}, "rescore")
    ['atlas:q31', 'k6-brief:s2']
    >>> abstain_decision({"decision": {"answer": False, "p": 0.12, "reason": "De brieven noemen ... niet."}})
    True
"""
from __future__ import annotations

POOL_STAGES = ("candidates", "retrieve", "pool", "fuse")
RESCORE_STAGES = ("rescore", "rerank")
_LIST_KEYS = ("ranked", "ids", "candidates", "items", "hits")
_ID_KEYS = ("unit_id", "chunk_id", "id")


def stage_entry(trace: dict, names: tuple[str, ...]):
    """The first stage among `names` that the trace holds, or None."""
    stages = trace.get("stages") if isinstance(trace.get("stages"), dict) else {}
    for name in names:
        for source in (stages, trace):
            if name in source and source[name] not in (None, [], {}):
                return source[name]
    return None


def stage_units(trace: dict, name: str | tuple[str, ...]) -> list[str] | None:
    """Unit ids of a stage, best first, without repeats; None when the trace has no such stage."""
    entry = stage_entry(trace, (name,) if isinstance(name, str) else name)
    if entry is None:
        return None
    if isinstance(entry, dict):
        entry = next((entry[k] for k in _LIST_KEYS if isinstance(entry.get(k), list)), [])
    units = [_unit(_item_id(item)) for item in entry]
    return list(dict.fromkeys(u for u in units if u))


def abstain_decision(trace: dict) -> bool | None:
    """True (abstain) / False (answer) from the decide stage; None when the trace holds no decision."""
    decision = trace.get("decision", stage_entry(trace, ("decide",)))
    if isinstance(decision, dict):
        if "answer" in decision:  # the decide stage's own record: {"answer": bool, "p": .., "reason": ..}
            return not decision["answer"]
        if "abstain" in decision:
            return bool(decision["abstain"])
        decision = decision.get("action") or decision.get("decision") or decision.get("verdict")
    if isinstance(decision, bool):
        return decision
    if isinstance(decision, str):
        return decision.lower().startswith("abstain")
    return None


def _item_id(item) -> str:
    if isinstance(item, str):
        return item
    if isinstance(item, (list, tuple)) and item:
        return str(item[0])
    if isinstance(item, dict):
        return str(next((item[k] for k in _ID_KEYS if item.get(k)), ""))
    return ""


def _unit(item_id: str) -> str:
    return item_id.split("#", 1)[0]
