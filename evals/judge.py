"""Whether a reply passes an eval case, and where the answer ranked."""
from __future__ import annotations

from dataclasses import dataclass

from assistant import Reply
from evals.cases import EvalCase, normalise


@dataclass(frozen=True)
class Verdict:
    passed: bool
    rank: int | None  # 1-based rank of the first passage holding expected text (None: not in top k)
    reason: str


def judge(case: EvalCase, reply: Reply, k: int) -> Verdict:
    if case.abstain:
        return Verdict(reply.abstained, None, "" if reply.abstained else "answered, expected abstention")
    if reply.abstained:
        return Verdict(False, None, "abstained on an answerable question")
    rank = answer_rank(case, reply, k)
    if rank is None:
        return Verdict(False, None, "expected text not in the top-k passages")
    if case.questions:
        top = reply.passages[0]
        if not set(case.questions) <= set(top.questions) or (case.letter and top.doc_id != case.letter):
            return Verdict(False, rank, f"rank-1 passage covers {top.doc_id} {top.questions}, "
                                        f"expected {case.letter} {case.questions}")
    return Verdict(True, rank, "")


def answer_rank(case: EvalCase, reply: Reply, k: int) -> int | None:
    expected = [normalise(s) for s in case.any_of]
    for rank, passage in enumerate(reply.passages[:k], start=1):
        if case.letter and passage.doc_id != case.letter:
            continue
        text = normalise(passage.text)
        if any(e and e in text for e in expected):
            return rank
    return None
