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



def window_index(chunk_id: str) -> int | None:
    """The window's position in its unit ("…#3" -> 3); None for a table row ("…#t1r7")."""
    tail = chunk_id.rsplit("#", 1)[-1]
    return int(tail) if tail.isdigit() else None


def adjacent_sibling(item: Scored, scored: list[Scored], claimed: set[str], share: float) -> Scored | None:
    """The best-rated window right before or after `item` in the same unit that no passage shows yet, if the reading
    stage rates it at least `share` of `item` (the calibration's `sibling_share`: 0.1 since the twelfth stop, the
    calibration's `keep_ratio`, so a neighbour joins when it would be shown as a passage of its own; on dev and the
    check set, 0.3 -> 0.1 put the answer in the first passage for 141 -> 142 and 327 -> 331 questions, for 8 % more
    text in it; any neighbour: 145 and 335, for 45 % more)."""
    index = window_index(item.hit.chunk.chunk_id)
    if index is None:
        return None
    unit = item.hit.chunk.unit_id
    for other in scored:  # best first
        chunk_id = other.hit.chunk.chunk_id
        other_index = window_index(chunk_id)
        if (other.hit.chunk.unit_id == unit and other_index is not None and abs(other_index - index) == 1
                and chunk_id not in claimed):
            return other if other.scores["p"] >= share * item.scores["p"] else None
    return None


def joined_text(first_text: str, second_text: str, gap: str = "\n") -> str:
    """Two consecutive windows as one text: the prefix both repeat (question or heading) once, then both bodies,
    joined by what separates them in the letter (a space inside a paragraph, a blank line between two).

    >>> joined_text("Vraag 7: Wat?\\n\\nEerste deel.", "Vraag 7: Wat?\\n\\nTweede deel.", " ")
    'Vraag 7: Wat?\\n\\nEerste deel. Tweede deel.'
    """
    prefix, _, body = second_text.partition("\n\n")
    shared = body and first_text.startswith(prefix + "\n\n")
    separator = "\n\n" if "\n\n" in gap else (" " if gap.strip(" ") == "" and gap else "\n")
    return f"{first_text}{separator}{body if shared else second_text}"
