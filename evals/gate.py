"""The quality gate: fail when measured figures fall below the thresholds in evals/thresholds.json.

thresholds.json holds `overall_min` / `overall_max` ({metric label: bound}) and `per_kind_min`
({kind: pass-rate bound} or {kind: {metric label: bound}}, e.g. {"nearmiss": {"pass_rate": 0.8}, "paraphrase":
{"pass_rate": 0.8, "facts_rate": 0.5}}). A bound of null is a threshold not set yet: reported, never failed.
A metric the run cannot compute (no such cases, no trace) is skipped.

Example:
    >>> check_gate(summarise(records, k=5))
    ['pass rate of \\'table\\' = 0.5 is below the threshold 0.6']
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from evals.metrics import METRICS

THRESHOLDS = Path(__file__).resolve().parent / "thresholds.json"


def load_thresholds(path: Path = THRESHOLDS) -> dict:
    """The thresholds file, with every metric label checked against the registry (ValueError otherwise)."""
    thresholds = json.loads(Path(path).read_text())
    used = set(thresholds.get("overall_min", {})) | set(thresholds.get("overall_max", {}))
    for bounds in thresholds.get("per_kind_min", {}).values():
        used |= set(bounds) if isinstance(bounds, dict) else set()
    unknown = {label for label in used if label not in METRICS and re.sub(r"@\d+$", "@k", label) not in METRICS}
    if unknown:
        raise ValueError(f"{path}: unknown metric(s) {', '.join(sorted(unknown))}; see evals/metrics.py")
    return thresholds


def check_gate(summary: dict, thresholds_path: Path = THRESHOLDS) -> list[str]:
    """Human-readable failures; empty when every threshold that is set and measurable is met."""
    thresholds = load_thresholds(thresholds_path)
    failures = []
    for bounds, above in ((thresholds.get("overall_min", {}), False), (thresholds.get("overall_max", {}), True)):
        for label, bound in bounds.items():
            failures += _check(label, summary["overall"].get(label), bound, above, "")
    for kind, bounds in thresholds.get("per_kind_min", {}).items():
        row = summary["per_kind"].get(kind, {})
        for label, bound in (bounds if isinstance(bounds, dict) else {"pass_rate": bounds}).items():
            failures += _check(label, row.get(label), bound, False, kind)
    return failures


def unset_thresholds(thresholds_path: Path = THRESHOLDS) -> list[str]:
    """Thresholds present but null: figures still to be measured and set."""
    thresholds = load_thresholds(thresholds_path)
    out = [f"overall {label}" for part in ("overall_min", "overall_max")
           for label, bound in thresholds.get(part, {}).items() if bound is None]
    for kind, bounds in thresholds.get("per_kind_min", {}).items():
        items = bounds.items() if isinstance(bounds, dict) else [("pass_rate", bounds)]
        out += [f"{kind} {label}" for label, bound in items if bound is None]
    return out


def _check(label: str, value, bound, above: bool, kind: str) -> list[str]:
    if bound is None or value is None:
        return []
    name = f"{label.replace('_', ' ')} of '{kind}'" if kind else label
    if above and value > bound:
        return [f"{name} = {value} is above the threshold {bound}"]
    if not above and value < bound:
        return [f"{name} = {value} is below the threshold {bound}"]
    return []
