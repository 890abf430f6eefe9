"""Compose a question of several parts: one answer line per part, each on its own passage, and a plain line for a
part the letters do not answer.

The parts (assistant/parts.py) are each searched, read and decided on their own; the whole question is searched
too. The reply lists each answered part's best passage first (in the user's order, whatever k is), then the
parts' next passages and the whole question's, each window once, up to k. Its lead is, per answered part, that
part's own lead sentence(s), cited to where its passage now stands (a part whose lead sentences did not come
through is cited to its best passage). A part that abstains keeps its reason ("Over “…”: De brieven noemen
hiervoor geen datum of jaar."). When no part is answered, the whole question's reply stands as it was.

Example:
    >>> def passage(unit):
    ...     return Passage("…", "atlas", "Antwoorden", "", [], "", [1], 1.0, "", unit_id=unit, chunk_id=unit + "#0")
    >>> goal = Reply("…", [passage("u1")], False, "search", lead=[Lead("Het doel was huisvesting.", 1)])
    >>> end = Reply("…", [passage("u2")], False, "search", lead=[Lead("De pilot stopte in 2021.", 1)])
    >>> reply = combine_parts(goal, [("Wat was het doel?", goal), ("hoe is die afgelopen?", end)], k=5)
    >>> [p.answered for p in reply.parts], [lead.source for lead in reply.lead]
    ([True, True], [1, 2])
"""
from __future__ import annotations

from dataclasses import replace

from assistant.messages import message
from assistant.records import Lead, PartAnswer, Passage, Reply

PART_LEAD_SENTENCES = 2  # at most this many lead sentences per part


def combine_parts(whole: Reply, parts: list[tuple[str, Reply]], k: int, overrule_p: float = 0.0) -> Reply:
    """The reply to a question of several parts, from the whole question's reply and each part's. When the whole
    question was refused, a part answers only with the decide stage's probability at least `overrule_p`: the
    whole question's refusal is evidence too (a shorter part matches more words of a passage on the topic)."""
    if whole.abstained:
        parts = [(q, r if r.abstained or _p(r) >= overrule_p else _refused(r)) for q, r in parts]
    answered = [(q, r) for q, r in parts if not r.abstained and r.passages]
    trace = {**whole.trace, "parts": [{"text": q, "answer": not r.abstained, "reason": r.reason,
                                       "decision": r.trace.get("decision", {})} for q, r in parts]}
    if not answered:  # the whole question's reply stands (its answer, or its refusal with the parts' reasons)
        return replace(whole, trace=trace,
                       parts=[_part(q, r, []) for q, r in parts] if whole.abstained else [])
    passages, position = _passages(whole, answered, max(k, len(answered)))
    lead, summaries = [], []
    for question, reply in parts:
        own = []
        if not reply.abstained and reply.passages:
            own = [Lead(item.text, position[_key(reply.passages[item.source - 1])])
                   for item in reply.lead[:PART_LEAD_SENTENCES] if _key(reply.passages[item.source - 1]) in position]
            if not own:  # its lead sentences' windows did not come through: cite its best passage
                best = reply.passages[0]
                own = [Lead(best.highlight or best.text[:300], position[_key(best)])]
            lead += [l for l in own if l.text not in {earlier.text for earlier in lead}]
        summaries.append(_part(question, reply, own))
    return replace(whole, answer=_text(summaries, passages, whole.language), passages=passages, abstained=False,
                   kind="search" if whole.kind == "abstain" else whole.kind, lead=lead, reason="",
                   parts=summaries, trace=trace)


def _passages(whole: Reply, answered: list[tuple[str, Reply]], k: int) -> tuple[list[Passage], dict]:
    """Each answered part's best passage, then the parts' next ones round by round, then the whole question's; each
    window once (as the widest span any reply shows it), at most k; with where each window stands (1-based)."""
    passages: list[Passage] = []
    position: dict[tuple[str, str], int] = {}
    ranked = [[reply.passages[0] for _, reply in answered]]
    depth = max(len(r.passages) for _, r in answered)
    ranked += [[r.passages[rank] for _, r in answered if rank < len(r.passages)] for rank in range(1, depth)]
    ranked.append([] if whole.abstained else whole.passages)
    for passage in (p for group in ranked for p in group):
        key = _key(passage)
        if key in position:
            # one window in two parts' replies, joined with its neighbour in one of them: the wider one is shown
            # (the part that needed the neighbour finds its answer in its text, and its lead sentence is quoted
            # above; the highlight stays the earlier part's)
            shown = passages[position[key] - 1]
            if passage.end - passage.start > shown.end - shown.start:
                passages[position[key] - 1] = replace(passage, score=max(passage.score, shown.score),
                                                      highlight=shown.highlight or passage.highlight)
        elif len(passages) < k:
            passages.append(passage)
            position[key] = len(passages)
    return passages, position


def _p(reply: Reply) -> float:
    return float(reply.trace.get("decision", {}).get("p", 1.0))


def _refused(reply: Reply) -> Reply:
    return replace(reply, abstained=True, passages=[], lead=[], reason=message(reply.language, "reason_not_close"))


def _key(passage: Passage) -> tuple[str, str]:
    """Two windows of one long section are two passages; a window shown joined with its neighbour is one."""
    return passage.unit_id, passage.chunk_id


def _part(question: str, reply: Reply, lead: list[Lead]) -> PartAnswer:
    answered = not reply.abstained and bool(reply.passages)
    reason = "" if answered else (reply.reason or message(reply.language, "reason_not_close"))
    return PartAnswer(question, answered, reason, tuple(lead))


def _text(parts: list[PartAnswer], passages: list[Passage], language: str) -> str:
    """One line per part: its lead sentences with their [n], or what the letters do not say."""
    lines, quoted = [], set()
    for part in parts:
        if part.answered and part.lead and all(l.text in quoted for l in part.lead):
            # "which of them got definitive status first?" is answered by the sentence that named the areas
            lines.append(message(language, "part_same", part=part.question, n=part.lead[0].source))
        elif part.answered and part.lead:
            lines.append(" ".join(f"“{l.text}” [{l.source}]" for l in part.lead if l.text not in quoted))
            quoted.update(l.text for l in part.lead)
        else:
            lines.append(message(language, "part_unanswered", part=part.question, reason=part.reason))
    lines += ["", message(language, "sources")]
    lines += [f"[{n}] {p.citation()}" for n, p in enumerate(passages, start=1)]
    return "\n".join(lines)
