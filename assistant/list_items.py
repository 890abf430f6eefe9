"""Read: a question after one item of a numbered list is answered by that item, wherever the list's window ranks.

"Wat staat er onder punt 4 van de conclusies die de minister een volgend kabinet meegeeft?" and "Wat is de vijfde
en laatste aanbeveling?" ask for a place in a list; the question's words are close to the list's opening (the
window with items 1-3), not to item 4's own words. When one of the best few passages' sections holds a numbered
list ("1. Blijf …", "2. Ontwikkel …") with the asked item, the window that holds the item comes first and the item
is the answer's lead, as a table's extreme row is (assistant/extremes.py).

Example:
    >>> asked_item("Welke aanbeveling staat als nummer 2 in het rijtje?"), asked_item("Wat is de laatste aanbeveling?")
    (2, -1)
    >>> asked_item("Wat staat er in het tweede Actieplan?") is None
    True
    >>> [(n, line) for n, _, line in numbered_lines("Inleiding:\\n1. Blijf samenwerken.\\n2. Ontwikkel een instrument.")]
    [(1, '1. Blijf samenwerken.'), (2, '2. Ontwikkel een instrument.')]
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from assistant.rescore import Scored
from assistant.retrieval import Hit
from corpus.records import Chunk

LAST = -1  # "de laatste aanbeveling"
TOP = 5  # the list must stand in the section of one of this many best passages
MAX_ITEM_CHARS = 600
LIST_NOUN = (r"aanbeveling(?:en)?|conclusies?|punt(?:en)?|actiepunt(?:en)?|stap(?:pen)?|maatregel(?:en)?|"
             r"recommendations?|conclusions?|points?|items?|steps?")
ORDINALS = {"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "vijfde": 5, "zesde": 6, "zevende": 7, "achtste": 8,
            "negende": 9, "tiende": 10, "laatste": LAST, "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
            "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "last": LAST}
_NUMBERED = re.compile(rf"\b(?:{LIST_NOUN})\s+(?:nummer\s+|nr\.?\s*|number\s+|no\.?\s*)?(\d{{1,2}})\b", re.I)
# "Welke aanbeveling staat als nummer 2 …?", "Which recommendation comes as number 2?"
_AS_NUMBER = re.compile(r"\b(?:als|as|op|at)\s+(?:nummer|nr\.?|number|no\.?|plaats|place)\s*(\d{1,2})\b", re.I)
_HAS_LIST_NOUN = re.compile(rf"\b(?:{LIST_NOUN})\b", re.I)
# "de vijfde (en laatste) aanbeveling", "the fourth recommendation"
_ORDINAL = re.compile(rf"\b({'|'.join(ORDINALS)})\s+(?:(?:en|and)\s+(?:laatste|last)\s+)?(?:{LIST_NOUN})\b", re.I)
_ITEM_LINE = re.compile(r"(?m)^[ \t]*(\d{1,2})[.)][ \t]+\S.*$")


@dataclass(frozen=True)
class ListItem:
    """The list item that answers: its window, its number in the list and its text."""
    chunk_id: str
    number: int
    text: str


def asked_item(question: str) -> int | None:
    """The number of the list item a question asks for (LAST for "de laatste"), or None."""
    if match := _NUMBERED.search(question):
        return int(match.group(1)) or None
    if (match := _AS_NUMBER.search(question)) and _HAS_LIST_NOUN.search(question):
        return int(match.group(1)) or None
    if match := _ORDINAL.search(question):
        return ORDINALS[match.group(1).lower()]
    return None


def numbered_lines(text: str) -> list[tuple[int, int, str]]:
    """(number, offset, line) of each line that opens with a list number ("4. Zorg voor …")."""
    return [(int(m.group(1)), m.start(), m.group(0).strip()) for m in _ITEM_LINE.finditer(text)]


def find_item(chunks: list[Chunk], number: int) -> ListItem | None:
    """Item `number` of a numbered list (1, 2, 3, … in order) in a section's windows, or None. The item's text runs
    to the next item or the end of its paragraph."""
    lines = [(n, chunk, offset, line) for chunk in chunks for n, offset, line in numbered_lines(chunk.text)]
    run: list = []
    for entry in lines:
        if entry[0] == 1:
            if len(run) >= 2 and _holds(run, number):
                break
            run = [entry]
        elif run and entry[0] == run[-1][0] + 1:
            run.append(entry)
    if len(run) < 2 or not _holds(run, number):
        return None
    n, chunk, offset, _ = run[-1] if number == LAST else next(e for e in run if e[0] == number)
    rest = chunk.text[offset:]
    following = [m.start() for m in _ITEM_LINE.finditer(rest) if m.start() > 0]
    end = min([len(rest), *following, *([rest.index("\n\n")] if "\n\n" in rest else [])])
    return ListItem(chunk.chunk_id, n, " ".join(rest[:end].split())[:MAX_ITEM_CHARS])


def _holds(run: list, number: int) -> bool:
    return number == LAST or any(entry[0] == number for entry in run)


def read_list_item(question: str, scored: list[Scored], unit_chunks: Callable[[str], list[Chunk]],
                   ) -> tuple[list[Scored], ListItem | None]:
    """`scored` with the window of the asked list item first (its "p" the best p) and the item; `scored` unchanged
    and None when the question asks for no item or no section of the best TOP passages lists it."""
    number = asked_item(question)
    if number is None:
        return scored, None
    units = list(dict.fromkeys(s.hit.chunk.unit_id for s in scored[:TOP]))
    for unit_id in units:
        item = find_item(unit_chunks(unit_id), number)
        if item is None:
            continue
        brought = next(s for s in scored if s.hit.chunk.unit_id == unit_id)
        target = next((s for s in scored if s.hit.chunk.chunk_id == item.chunk_id), None)
        if target is None:  # not among the candidates: it stands in for the window that brought its section up
            chunk = next(c for c in unit_chunks(unit_id) if c.chunk_id == item.chunk_id)
            target = Scored(Hit(chunk, dict(brought.hit.scores)), dict(brought.scores), -1)
        scores = {**target.scores, "p": max(scored[0].scores["p"], target.scores["p"]), "list_item": float(number)}
        rest = [s for s in scored if s.hit.chunk.chunk_id != item.chunk_id]
        return [replace(target, scores=scores)] + rest, item
    return scored, None
