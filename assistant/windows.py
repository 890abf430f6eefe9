"""Windows of one unit: show an answer whole when it runs over the boundary between two chunk windows.

A long answer unit is cut into sentence-aligned windows (corpus/chunking.py). When the reading stage rates the
window just before or after the best one nearly as high, the answer usually continues there ("... besloten dat
OCW de besturen niet langer benadert." starts one window, its reason ends the previous one); the passage then
spans both windows, and the lead sentence may come from either.

Example:
    >>> window_index("so-bevolkingsdaling:q29#3"), window_index("actieplan-2016:s064#t1r7")
    (3, None)
"""
from __future__ import annotations

from assistant.rescore import Scored

# A neighbouring window joins the passage when its probability is at least this share of the best window's.
# Dev (270 cases), share -> hit@1 / pass / mean characters of the first passage: never 0.804 / 0.789 / 919,
# 0.5 0.809 / 0.793 / 949, 0.3 0.820 / 0.800 / 986, 0.15 0.825 / 0.804 / 1001, any neighbour 0.851 / 0.826 / 1339.
# Below 0.3 the gain comes mostly from longer passages, not from windows the reading stage rates as answering.
SIBLING_SHARE = 0.3


def window_index(chunk_id: str) -> int | None:
    """The window's position in its unit ("…#3" -> 3); None for a table row ("…#t1r7")."""
    tail = chunk_id.rsplit("#", 1)[-1]
    return int(tail) if tail.isdigit() else None


def adjacent_sibling(item: Scored, scored: list[Scored], share: float = SIBLING_SHARE) -> Scored | None:
    """The best-rated window right before or after `item` in the same unit, if rated at least `share` of it."""
    index = window_index(item.hit.chunk.chunk_id)
    if index is None:
        return None
    unit = item.hit.chunk.unit_id
    for other in scored:  # best first
        other_index = window_index(other.hit.chunk.chunk_id)
        if other.hit.chunk.unit_id == unit and other_index is not None and abs(other_index - index) == 1:
            return other if other.scores["p"] >= share * item.scores["p"] else None
    return None


def joined_text(first_text: str, second_text: str) -> str:
    """Two consecutive windows as one text: the prefix both repeat (question or heading) once, then both bodies.

    >>> joined_text("Vraag 7: Wat?\\n\\nEerste deel.", "Vraag 7: Wat?\\n\\nTweede deel.")
    'Vraag 7: Wat?\\n\\nEerste deel.\\nTweede deel.'
    """
    prefix, _, body = second_text.partition("\n\n")
    shared = body and first_text.startswith(prefix + "\n\n")
    return f"{first_text}\n{body if shared else second_text}"
