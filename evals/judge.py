"""Whether a reply passes an eval case, where the answer ranked, and which facts the answer text holds.

The judge works in two steps so that a saved run can be judged again (at a smaller k, say) without the model:
`evidence(case, reply, k)` reduces a Reply to what the checks need (per passage: its letter, its question numbers and
which expected quotes it holds; the answer text); `judge_evidence(case, evidence, k)` decides on that.

`passed` covers retrieval and abstention (quotes, rank-1 question numbers, letter, not_letter, abstain). The facts
are checked apart (`checks["facts"]`), so a reply that finds the right passage but does not state the fact is
counted by the facts metrics, not hidden in the pass rate.

Example:
    >>> verdict = judge(case, bot.ask(case.query), k=5)
    >>> verdict.passed, verdict.rank, verdict.reason
    (False, None, 'expected text not in the top 5 passages')
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from evals.cases import EvalCase, normalise

if TYPE_CHECKING:  # the judge itself needs no model: keep `import evals.judge` light for the unit tier
    from assistant.records import Reply


@dataclass(frozen=True)
class Verdict:
    passed: bool
    rank: int | None  # 1-based rank of the first passage holding expected text (None: not in the top k)
    reason: str  # empty when passed; otherwise the first check that failed, in words
    checks: dict[str, bool] = field(default_factory=dict)  # every check that applies to the case


def answer_text(reply: Reply) -> str:
    """What the user reads as the answer: the reply's answer line and its lead sentences."""
    return " ".join([reply.answer, *(lead.text for lead in reply.lead)])


@dataclass(frozen=True)
class NormalisedLetter:
    """A letter's clean text normalised as `normalise` does, with the clean-text offset of every kept character."""

    text: str
    offsets: tuple[int, ...]

    @classmethod
    def of(cls, clean_text: str) -> "NormalisedLetter":
        chars, offsets = [], []
        for offset, char in enumerate(clean_text):
            for kept in normalise(char):
                chars.append(kept)
                offsets.append(offset)
        return cls("".join(chars), tuple(offsets))

    def spans(self, quote: str) -> list[tuple[int, int]]:
        """(start, end) in the clean text of every place the quote stands."""
        needle, found, at = normalise(quote), [], 0
        while needle and (at := self.text.find(needle, at)) >= 0:
            found.append((self.offsets[at], self.offsets[at + len(needle) - 1] + 1))
            at += 1
        return found


Spans = dict[int, list[tuple[str, int, int]]]  # quote index -> [(doc_id, start, end)] where it stands


def quote_spans(case: EvalCase, letters: dict[str, NormalisedLetter]) -> Spans:
    """Where each expected quote stands in the letters (in the expected letter only, when the case names one)."""
    chosen = {case.letter: letters[case.letter]} if case.letter in letters else letters
    return {i: [(doc, *span) for doc, letter in chosen.items() for span in letter.spans(quote)]
            for i, quote in enumerate(case.expected_quotes)}


def quotes_held(case: EvalCase, text: str, doc_id: str, start: int = 0, end: int = 0,
                spans: Spans | None = None) -> list[int]:
    """Indices into case.expected_quotes of the quotes a passage holds (in the expected letter only): in its text,
    or in its span of the letter (a table-row chunk reads "Krimpregio: Parkstad | Bedragen: 3.910.787" but covers
    the printed line "Parkstad 3.910.787 Heerlen")."""
    if case.letter and doc_id != case.letter:
        return []
    body = normalise(text)
    covered = {i for i, places in (spans or {}).items()
               if end > start and any(d == doc_id and start <= s and e <= end for d, s, e in places)}
    return [i for i, quote in enumerate(case.expected_quotes)
            if i in covered or (normalise(quote) and normalise(quote) in body)]


def facts_found(case: EvalCase, text: str) -> list[str]:
    """The case's facts that occur in `text` (letters and digits, case-folded)."""
    body = normalise(text)
    return [fact for fact in case.facts if normalise(fact) in body]


def evidence(case: EvalCase, reply: Reply, k: int, spans: Spans | None = None) -> dict:
    """The parts of a reply the checks need, JSON-ready (the runner stores it per case)."""
    return {
        "abstained": reply.abstained,
        "answer_text": answer_text(reply),
        "passages": [{"doc_id": p.doc_id, "questions": list(p.questions),
                      "holds": held_with_notes(case, p, spans)}
                     for p in reply.passages[:k]],
    }


def held_with_notes(case: EvalCase, passage, spans: Spans | None = None) -> list[int]:
    """The quotes a passage holds as its card shows it: in its text or span, or in one of the footnotes whose marks
    stand in it, which the card prints under its text (ui/cards.py), as on the letter's page. Each footnote is read
    on its own, so no quote is found across the join of two texts.

    >>> from assistant.records import Passage
    >>> from evals.cases import parse_case
    >>> case = parse_case({"id": "f", "kind": "paraphrase", "query": "Hoeveel aanvragen?",
    ...                    "expect": {"any_of": ["Er zijn 49 aanvragen ingediend"]}})
    >>> held_with_notes(case, Passage("Scholen kunnen subsidie aanvragen.31", "doc", "", "", [], "", [], 0.5, "",
    ...                               notes=[(31, "Er zijn 49 aanvragen ingediend.")]))
    [0]
    """
    held = set(quotes_held(case, passage.text, passage.doc_id, passage.start, passage.end, spans))
    for _, note in passage.notes:
        held.update(quotes_held(case, note, passage.doc_id))
    return sorted(held)


def judge(case: EvalCase, reply: Reply, k: int, spans: Spans | None = None) -> Verdict:
    """The verdict on a reply; with `spans` (quote_spans) a passage also holds a quote its letter span covers."""
    return judge_evidence(case, evidence(case, reply, k, spans), k)


def judge_evidence(case: EvalCase, ev: dict, k: int) -> Verdict:
    """The verdict on stored evidence: see the module docstring for what counts."""
    checks: dict[str, bool] = {}
    if case.facts:
        checks["facts"] = len(facts_found(case, ev["answer_text"])) == len(case.facts)
    if case.abstain:
        checks["abstain"] = ev["abstained"]
        return Verdict(ev["abstained"], None, "" if ev["abstained"] else "answered, expected abstention", checks)
    if ev["abstained"]:
        checks["abstain"] = False
        return Verdict(False, None, "abstained on an answerable question", checks)
    top = ev["passages"][:k]
    rank = first_relevant_rank(case, top)
    failures: list[str] = []
    checks["retrieved"] = rank is not None
    if rank is None:
        failures.append(f"expected text not in the top {k} passages")
    if case.all_of:
        found = {i for p in top for i in p["holds"] if i < len(case.all_of)}
        checks["all_of"] = len(found) == len(case.all_of)
        if not checks["all_of"]:
            missing = [case.all_of[i][:50] for i in range(len(case.all_of)) if i not in found]
            failures.append(f"{len(missing)} of {len(case.all_of)} all_of quotes not in the top {k}: {missing}")
    if case.questions:
        first = top[0] if top else {"doc_id": "", "questions": []}
        checks["rank1"] = set(case.questions) <= set(first["questions"]) and first["doc_id"] == (
            case.letter or first["doc_id"])
        if not checks["rank1"]:
            failures.append(f"rank-1 passage covers {first['doc_id']} {first['questions']}, "
                            f"expected {case.letter or 'any letter'} {list(case.questions)}")
    if case.not_letter:
        cited = sorted({p["doc_id"] for p in top} & set(case.not_letter))
        checks["not_letter"] = not cited
        if cited:
            failures.append(f"cites {', '.join(cited)}, which must not be cited")
    return Verdict(not failures, rank, failures[0] if failures else "", checks)


def first_relevant_rank(case: EvalCase, passages: list[dict]) -> int | None:
    """1-based rank of the first passage holding an any_of quote (or any all_of quote when there is no any_of)."""
    wanted = range(len(case.all_of), len(case.expected_quotes)) if case.any_of else range(len(case.all_of))
    for rank, passage in enumerate(passages, start=1):
        if any(i in wanted for i in passage["holds"]):
            return rank
    return None
