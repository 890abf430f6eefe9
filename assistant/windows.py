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


def with_siblings(kept: list[Scored], scored: list[Scored], share: float) -> list[tuple[Scored, Scored | None]]:
    """The passages to show (`kept`, best first), each with the neighbouring window that joins it (or None). A kept
    window right next to one ranked before it in the same unit joins that one rather than being shown as a passage
    of its own: a section's
    text continues across the boundary ("… de regio’s." / "Daarom …"), and one passage shows it whole; not when
    that window's own neighbour on the other side would join it (its passage would lose that window). Otherwise the
    best neighbour that `adjacent_sibling` finds joins.

    >>> [(item, sibling) for item, sibling in with_siblings([], [], 0.1)]
    []
    """
    claimed = {item.hit.chunk.chunk_id for item in kept}
    joined: set[str] = set()  # kept windows shown inside a better one's passage
    out: list[tuple[Scored, Scored | None]] = []
    for position, item in enumerate(kept):
        if item.hit.chunk.chunk_id in joined:
            continue
        # not one whose own neighbour on the far side would join it: that one's passage stays as it was
        sibling = next((other for other in kept[position + 1:] if other.hit.chunk.chunk_id not in joined
                        and _next_to(item, other) and not _far_neighbour(other, item, scored, claimed, share)), None)
        if sibling is None:
            sibling = adjacent_sibling(item, scored, claimed, share)
        if sibling is not None:
            claimed.add(sibling.hit.chunk.chunk_id)
            joined.add(sibling.hit.chunk.chunk_id)
        out.append((item, sibling))
    return out


def _far_neighbour(other: Scored, item: Scored, scored: list[Scored], claimed: set[str], share: float) -> bool:
    """`other` has a neighbour on the side away from `item` that would join it ("…#1" next to "…#0" with "…#2")."""
    far = adjacent_sibling(other, [s for s in scored if s is not item], claimed | {item.hit.chunk.chunk_id}, share)
    return far is not None


def _next_to(item: Scored, other: Scored) -> bool:
    """Two windows of one unit, one right after the other."""
    first, second = window_index(item.hit.chunk.chunk_id), window_index(other.hit.chunk.chunk_id)
    return (item.hit.chunk.unit_id == other.hit.chunk.unit_id and first is not None and second is not None
            and abs(first - second) == 1)


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
