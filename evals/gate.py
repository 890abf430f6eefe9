"""The quality gate: fail when measured figures fall below the thresholds in evals/thresholds.json."""
from __future__ import annotations

import json
from pathlib import Path

THRESHOLDS = Path(__file__).resolve().parent / "thresholds.json"


def check_gate(summary: dict, thresholds_path: Path = THRESHOLDS) -> list[str]:
    """Human-readable failures; empty when every threshold is met."""
    thresholds = json.loads(Path(thresholds_path).read_text())
    failures = []
    for key, minimum in thresholds.get("overall_min", {}).items():
        value = summary["overall"][key]
        if value < minimum:
            failures.append(f"{key} = {value} is below the threshold {minimum}")
    for key, maximum in thresholds.get("overall_max", {}).items():
        value = summary["overall"][key]
        if value > maximum:
            failures.append(f"{key} = {value} is above the threshold {maximum}")
    for kind, minimum in thresholds.get("per_kind_min", {}).items():
        row = summary["per_kind"].get(kind)
        if row and row["pass_rate"] < minimum:
            failures.append(f"pass rate of '{kind}' = {row['pass_rate']} is below the threshold {minimum}")
    return failures
