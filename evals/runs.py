"""Saved runs (the --json output): read one back, pick a variant, and list the cases that flipped between two.

A file holds one variant ({"meta", "summary", "cases"}) or several ({"runs": {variant: {...}}}).

Example:
    >>> records, meta = load_run(Path("evals/figures/test-read.json"))
    >>> [f["id"] for f in flipped(old_records, records)][:1]
    ['a-multi-004']
"""
from __future__ import annotations

import gzip
import json
from pathlib import Path

PREFERRED = ("read", "fused")  # the variant a one-variant view shows when a file holds several


class RunError(Exception):
    """A saved run that cannot be used; the message says why and what to do."""


def save_payload(payload: dict, path: Path | str) -> None:
    """Write a run as JSON; gzip-compressed when the name ends in .gz (a compared run with traces is ~18 MB)."""
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    if str(path).endswith(".gz"):
        with gzip.open(path, "wt", encoding="utf-8") as out:
            out.write(text)
    else:
        Path(path).write_text(text, encoding="utf-8")


def load_payload(path: Path | str) -> dict:
    try:
        if str(path).endswith(".gz"):
            with gzip.open(path, "rt", encoding="utf-8") as source:
                return json.load(source)
        payload = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise RunError(f"{path}: cannot read a saved run ({error})") from error
    return payload


def variants_of(payload: dict) -> dict[str, dict]:
    """{variant: {"meta", "summary", "cases"}} for a one- or many-variant file."""
    if "runs" in payload:
        return payload["runs"]
    return {payload.get("meta", {}).get("variant") or payload.get("meta", {}).get("retriever", "run"): payload}


def pick(payload: dict, variant: str | None = None) -> tuple[str, dict]:
    runs = variants_of(payload)
    if variant:
        if variant not in runs:
            raise RunError(f"no variant '{variant}' in this run; it has: {', '.join(runs)}")
        return variant, runs[variant]
    name = next((v for v in PREFERRED if v in runs), next(iter(runs)))
    return name, runs[name]


def load_run(path: Path | str, variant: str | None = None) -> tuple[list[dict], dict]:
    """(per-case records, meta) of one variant of a saved run; RunError for a run saved before per-case records."""
    _, run = pick(load_payload(path), variant)
    cases = run.get("cases", [])
    if cases and "expect" not in cases[0]:
        raise RunError(f"{path} was saved by the old runner (no per-case expectations and passages); "
                       "run the set again with 'python -m evals run SET --json OUT.json'")
    return cases, run.get("meta", {})


def flipped(old: list[dict], new: list[dict]) -> list[dict]:
    """Cases whose verdict or rank changed (or that are new), with both sides: [{id, kind, query, old, new}]."""
    before = {r["id"]: r for r in old}
    out = []
    for record in new:
        previous = before.get(record["id"])
        if previous is None or previous["passed"] != record["passed"] or previous["rank"] != record["rank"]:
            out.append({"id": record["id"], "kind": record["kind"], "query": record["query"],
                        "old": _state(previous), "new": _state(record), "reason": record["reason"]})
    return out


def _state(record: dict | None) -> str:
    if record is None:
        return "new"
    if record["rank"]:
        rank = f"rank {record['rank']}"
    else:
        rank = "abstained" if record["abstained"] else "answered" if record["expect"].get("abstain") else "not found"
    return ("pass" if record["passed"] else "FAIL") + f" ({rank})"
