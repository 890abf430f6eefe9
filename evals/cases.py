"""Eval cases: the JSONL format, read and validated.

One JSON object per line:
    {"id": "nm-fund-001", "kind": "nearmiss", "query": "...", "history": ["earlier user turn", ...],
     "tags": ["amount"], "why": "the letters name no such fund",
     "expect": {"any_of": ["verbatim text"], "all_of": ["quote A", "quote B"], "questions": [87],
                "letter": "slug", "not_letter": "slug", "abstain": false, "facts": ["1 januari 2021"],
                "absent_terms": ["Groeifonds"]}}

- any_of: one of these quotes must be in a top-k passage; all_of: every one must be (a `multi` case);
- questions / letter: the rank-1 passage covers these numbers / comes from this letter;
- not_letter: no returned passage may come from this letter (str or list);
- abstain: the assistant must say the letters do not answer it (kinds `unanswerable`, `nearmiss`);
- facts: short strings the reply's answer text must contain (compared on letters and digits, case-folded);
- absent_terms: for a near miss, words that occur in no letter (a test checks this on the corpus).

Example:
    >>> cases = load_cases(Path("evals/sets/test.jsonl"))
    >>> cases[0].kind, cases[0].expected_quotes[:1]
    ('english', ('niet van plan ben een nieuw actieplan te starten, is het ook niet nodig',))
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

KINDS = ("lookup", "paraphrase", "english", "followup", "unanswerable", "nearmiss", "table", "multi")
ABSTAIN_KINDS = ("unanswerable", "nearmiss")
TOP_KEYS = {"id", "kind", "query", "history", "tags", "expect", "why", "draft"}
EXPECT_KEYS = {"any_of", "all_of", "questions", "letter", "not_letter", "abstain", "facts", "absent_terms", "why"}


class CaseError(Exception):
    """A case file a person must fix; the message names the file, the line and what is wrong."""


@dataclass(frozen=True)
class EvalCase:
    id: str
    kind: str
    query: str
    any_of: tuple[str, ...] = ()
    all_of: tuple[str, ...] = ()
    history: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    questions: tuple[int, ...] = ()
    letter: str | None = None
    not_letter: tuple[str, ...] = ()
    abstain: bool = False
    facts: tuple[str, ...] = ()
    absent_terms: tuple[str, ...] = ()
    why: str = ""

    @property
    def expected_quotes(self) -> tuple[str, ...]:
        """Every quote the case names (all_of first), for reports and the corpus check."""
        return self.all_of + self.any_of


def normalise(text: str) -> str:
    """Letters and digits only, case-folded: hyphenation, spacing and punctuation do not matter."""
    return re.sub(r"[^0-9a-zà-ÿ]", "", text.casefold())


def _strings(value, name: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ValueError(f"'{name}' must be a list of non-empty strings")
    return tuple(value)


def parse_case(record: dict) -> EvalCase:
    """One case from its JSON object; ValueError with a plain message when a field is wrong."""
    if not isinstance(record, dict):
        raise ValueError("a case is a JSON object")
    unknown = set(record) - TOP_KEYS
    expect = record.get("expect", {})
    if not isinstance(expect, dict):
        raise ValueError("'expect' must be an object")
    unknown |= {f"expect.{k}" for k in set(expect) - EXPECT_KEYS}
    if unknown:
        raise ValueError(f"unknown field(s) {', '.join(sorted(unknown))}; known: {', '.join(sorted(TOP_KEYS))} "
                         f"and expect.{{{', '.join(sorted(EXPECT_KEYS))}}}")
    for key in ("id", "kind", "query"):
        if not isinstance(record.get(key), str) or not record[key].strip():
            raise ValueError(f"'{key}' is missing or empty")
    questions = expect.get("questions", [])
    if not isinstance(questions, list) or not all(isinstance(n, int) and n > 0 for n in questions):
        raise ValueError("'expect.questions' must be a list of positive whole numbers")
    letter = expect.get("letter")
    if letter is not None and (not isinstance(letter, str) or not letter):
        raise ValueError("'expect.letter' must be a letter id (e.g. 'atlas')")
    abstain = expect.get("abstain", False)
    if not isinstance(abstain, bool):
        raise ValueError("'expect.abstain' must be true or false")
    return EvalCase(
        id=record["id"], kind=record["kind"], query=record["query"],
        any_of=_strings(expect.get("any_of"), "expect.any_of"), all_of=_strings(expect.get("all_of"), "expect.all_of"),
        history=_strings(record.get("history"), "history"), tags=_strings(record.get("tags"), "tags"),
        questions=tuple(questions), letter=letter, not_letter=_strings(expect.get("not_letter"), "expect.not_letter"),
        abstain=abstain, facts=_strings(expect.get("facts"), "expect.facts"),
        absent_terms=_strings(expect.get("absent_terms"), "expect.absent_terms"),
        why=str(record.get("why") or expect.get("why") or ""),
    )


def check_case(case: EvalCase) -> None:
    """The rules between fields; ValueError saying which one is broken and how to fix it."""
    if case.kind not in KINDS:
        raise ValueError(f"kind '{case.kind}' is not one of {', '.join(KINDS)}")
    if case.abstain != (case.kind in ABSTAIN_KINDS):
        raise ValueError(f"kind '{case.kind}' needs expect.abstain = {str(case.kind in ABSTAIN_KINDS).lower()}")
    if case.abstain and (case.any_of or case.all_of or case.facts or case.questions):
        raise ValueError("an abstention case has no any_of, all_of, facts or questions")
    if not case.abstain and not (case.any_of or case.all_of):
        raise ValueError("an answerable case needs expect.any_of or expect.all_of")
    if case.absent_terms and case.kind != "nearmiss":
        raise ValueError("expect.absent_terms is for kind 'nearmiss' only")
    if case.kind == "followup" and not case.history:
        raise ValueError("a followup case needs the earlier turns in 'history'")
    if case.letter and case.letter in case.not_letter:
        raise ValueError(f"letter '{case.letter}' is both expected and forbidden (not_letter)")


def load_cases(path: Path) -> list[EvalCase]:
    """Every case in a JSONL file, validated; CaseError naming the file and line of the first problem."""
    cases, seen = [], set()
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if isinstance(record, dict) and record.get("draft"):
                raise ValueError("a draft from 'python -m evals from-feedback': check it against the letter, "
                                 "then remove \"draft\" and \"feedback\"")
            case = parse_case(record)
            check_case(case)
        except json.JSONDecodeError as error:
            raise CaseError(f"{path}:{number}: not valid JSON ({error})") from error
        except ValueError as error:
            raise CaseError(f"{path}:{number}: {error}") from error
        if case.id in seen:
            raise CaseError(f"{path}:{number}: duplicate id '{case.id}'")
        seen.add(case.id)
        cases.append(case)
    return cases


def without_series(cases: list[EvalCase], prefixes: tuple[str, ...]) -> list[EvalCase]:
    """The cases whose id starts with none of `prefixes` (a fresh series held out of a fit, to be measured after it).

    >>> from types import SimpleNamespace as Case
    >>> [c.id for c in without_series([Case(id="tv-fresh-001"), Case(id="h-figure-001")], ("tv-", "wx-"))]
    ['h-figure-001']
    """
    return [case for case in cases if not case.id.startswith(tuple(prefixes))]
