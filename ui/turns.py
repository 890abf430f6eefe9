"""What the UI remembers about one reply (kept in gr.State): enough for feedback and 'Open in brief'.

Example:
    >>> turn = turn_record("vraag 31", [], bot.ask("vraag 31"))
    >>> turn["passages"][0]["doc_id"], turn["passages"][0]["citation"]
    ('atlas', 'Antwoorden schriftelijk overleg …, vraag 31, p. 19')
"""
from __future__ import annotations

from typing import Any

from assistant import Passage, Reply

Turn = dict[str, Any]


def turn_record(query: str, history: list[str], reply: Reply) -> Turn:
    """A JSON-friendly record of one question and the passages shown for it."""
    return {
        "query": query,
        "history": list(history),
        "kind": reply.kind,
        "language": reply.language,
        "passages": [passage_record(p) for p in reply.passages],
    }


def passage_record(passage: Passage) -> dict[str, Any]:
    return {"unit_id": passage.unit_id, "citation": passage.citation(), "doc_id": passage.doc_id,
            "start": passage.start, "end": passage.end}


def shown_passages(turn: Turn) -> list[dict[str, str]]:
    """The unit ids and citations stored with feedback."""
    return [{"unit_id": p["unit_id"], "citation": p["citation"]} for p in turn.get("passages", [])]
