"""Eval cases: the JSONL format, read and validated.

One JSON object per line:
    {"id": "...", "kind": "...", "query": "...", "history": ["earlier user question"],
     "expect": {"any_of": ["verbatim text"], "questions": [87], "letter": "slug", "abstain": false}}
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

KINDS = ("lookup", "paraphrase", "english", "followup", "unanswerable", "nearmiss", "table", "multi")


class CaseError(Exception):
    pass


@dataclass(frozen=True)
class EvalCase:
    id: str
    kind: str
    query: str
    any_of: list[str] = field(default_factory=list)
    history: list[str] = field(default_factory=list)
    questions: list[int] = field(default_factory=list)
    letter: str | None = None
    abstain: bool = False


def normalise(text: str) -> str:
    """Letters and digits only, case-folded: hyphenation, spacing and punctuation do not matter."""
    return re.sub(r"[^0-9a-zà-ÿ]", "", text.casefold())


def load_cases(path: Path) -> list[EvalCase]:
    cases, seen = [], set()
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            expect = record.get("expect", {})
            case = EvalCase(
                id=record["id"], kind=record["kind"], query=record["query"],
                any_of=list(expect.get("any_of", [])), history=list(record.get("history", [])),
                questions=[int(n) for n in expect.get("questions", [])], letter=expect.get("letter"),
                abstain=bool(expect.get("abstain", False)),
            )
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as error:
            raise CaseError(f"{path}:{number}: not a valid eval case ({error})") from error
        if case.kind not in KINDS:
            raise CaseError(f"{path}:{number}: kind '{case.kind}' is not one of {', '.join(KINDS)}")
        if not case.abstain and not case.any_of:
            raise CaseError(f"{path}:{number}: an answerable case needs expect.any_of")
        if case.id in seen:
            raise CaseError(f"{path}:{number}: duplicate id '{case.id}'")
        seen.add(case.id)
        cases.append(case)
    return cases
