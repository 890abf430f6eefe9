"""Read: a question after one item of a numbered list is answered by that item, wherever the list's window ranks.

"Wat staat er onder punt 4 van de conclusies die de minister een volgend kabinet meegeeft?" and "Wat is de vijfde
en laatste aanbeveling?" ask for a place in a list (assistant/list_requests.py); the question's words are close to
the list's opening (the window with items 1-3), not to item 4's own words. When one of the best few passages'
sections holds a numbered list ("1. Blijf …", "2. Ontwikkel …") with the asked item, the window that holds the
item comes first and the item is the answer's lead, as a table's extreme row is (assistant/extremes.py). The list
must be of what was asked: its introduction (the lines before item 1) or the section's heading names the noun
("… de volgende conclusies en aanbevelingen …:"), unless the question asks for a bare "punt" or "item".

Example:
    >>> [(line.number, line.text) for line in numbered_lines("Inleiding:\\n1. Blijf samenwerken.\\n2. Ontwikkel iets.")]
    [(1, '1. Blijf samenwerken.'), (2, '2. Ontwikkel iets.')]
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from assistant.list_requests import LAST, asked_item, asked_noun_stem
from assistant.rescore import Scored
from assistant.retrieval import Hit
from corpus.records import Chunk

TOP = 5  # the list must stand in the section of one of this many best passages
MAX_ITEM_CHARS = 600
INTRO_CHARS = 300  # the list's introduction: at most this much text before its first item
_ITEM_LINE = re.compile(r"(?m)^[ \t]*(\d{1,2})[.)][ \t]+\S.*$")
# a bullet: "•", also several on one line (the annex tables: "• Uitvoering Fieldlabs. • Sectorplan Techniek."), or
# the PDF's symbol-font bullet (U+F0B7), which the clean text keeps inside its paragraph ("… de volgende
# aanbevelingen: \uf0b7 Heb oog voor … \uf0b7 Toon als Rijksoverheid …")
_BULLET = re.compile(r"[•\uf0b7][ \t]*")
# an item ends at the next bullet or at its paragraph's end (a blank line before a line that goes on in lower
# case is the PDF's wrapping, not an end)
_PARAGRAPH_END = re.compile(r"\n\s*\n(?=\s*[^a-z\s])")


@dataclass(frozen=True)
class NumberedLine:
    """A line that opens with a list number ("4. Zorg voor …"), in the window `chunk` at `offset`."""
    number: int
    offset: int
    text: str
    chunk: Chunk | None = None


@dataclass(frozen=True)
class ListItem:
    """The list item that answers: its window, its number in the list and its text."""
    chunk_id: str
    number: int
    text: str


def numbered_lines(text: str, chunk: Chunk | None = None) -> list[NumberedLine]:
    """Each line of `text` that opens with a list number."""
    return [NumberedLine(int(m.group(1)), m.start(), m.group(0).strip(), chunk) for m in _ITEM_LINE.finditer(text)]


def numbered_runs(chunks: list[Chunk]) -> list[list[NumberedLine]]:
    """The numbered lists of a section's windows: runs of lines numbered 1, 2, 3, … in order."""
    runs: list[list[NumberedLine]] = []
    for line in (line for chunk in chunks for line in numbered_lines(chunk.text, chunk)):
        if line.number == 1:
            runs.append([line])
        elif runs and line.number == runs[-1][-1].number + 1:
            runs[-1].append(line)
    return runs


def find_item(chunks: list[Chunk], number: int, noun_stem: str = "") -> ListItem | None:
    """Item `number` of a numbered list (1, 2, 3, … in order) in a section's windows, or None; with `noun_stem`,
    only a list whose introduction (or the section's heading) names it. The item runs to the next item or its
    paragraph's end (a blank line that the PDF's wrapping left before a line going on in lower case is no end)."""
    runs = numbered_runs(chunks)
    run = next((r for r in runs if len(r) >= 2 and _holds(r, number) and _introduces(r[0], noun_stem)), None)
    if run is None:
        # a bulleted list counts its items only for a noun asked ("de vierde aanbeveling"): "punt 4" is a number
        return find_bulleted_item(chunks, number, noun_stem) if noun_stem else None
    line = run[-1] if number == LAST else next(entry for entry in run if entry.number == number)
    rest = line.chunk.text[line.offset:]
    following = [m.start() for m in _ITEM_LINE.finditer(rest) if m.start() > 0]
    ends = [m.start() for m in re.finditer(r"\n\s*\n(?=\s*[^a-z\s])", rest)]
    end = min([len(rest), *following, *ends])
    return ListItem(line.chunk.chunk_id, line.number, " ".join(rest[:end].split())[:MAX_ITEM_CHARS])


def bulleted_runs(chunks: list[Chunk]) -> list[list[NumberedLine]]:
    """The bulleted lists of a section's windows (in text order, joined across windows), each item numbered by its
    place; a list starts at a bullet after an introduction that ends with ":" and runs while one item's end is the
    next one's bullet. An item's `offset` is its bullet's place in the section's joined body, its `chunk` the
    window it starts in.

    >>> text = "Aanbevelingen\\n\\nDe volgende aanbevelingen: \\uf0b7 Heb oog. \\uf0b7 Toon partnerschap."
    >>> window = Chunk("s#0", "s", "doc", "section", text, 0, len(text), (1,), (), "Aanbevelingen", 9)
    >>> [(line.number, line.text) for line in bulleted_runs([window])[0]]
    [(1, 'Heb oog.'), (2, 'Toon partnerschap.')]
    """
    body, owners = _joined_body(chunks)
    marks = list(_BULLET.finditer(body))
    runs: list[list[NumberedLine]] = []
    open_run = False  # the item before ran on to this bullet, inside a list
    for index, mark in enumerate(marks):
        following = marks[index + 1].start() if index + 1 < len(marks) else len(body)
        paragraph_end = _PARAGRAPH_END.search(body, mark.end(), following)
        text = " ".join(body[mark.end():paragraph_end.start() if paragraph_end else following].split())
        window = next(chunk for start, chunk in reversed(owners) if start <= mark.start())
        if open_run:
            runs[-1].append(NumberedLine(len(runs[-1]) + 1, mark.start(), text, window))
        elif body[:mark.start()].rstrip().endswith(":"):
            runs.append([NumberedLine(1, mark.start(), text, window)])
        else:
            continue
        open_run = paragraph_end is None
    return runs


def find_bulleted_item(chunks: list[Chunk], number: int, noun_stem: str) -> ListItem | None:
    """Item `number` of a bulleted list whose introduction (the INTRO_CHARS before its first bullet) or section
    heading names `noun_stem`, or None."""
    for run, intro in _bulleted_intros(chunks):
        if len(run) >= 2 and _holds(run, number) and _names_noun(intro, noun_stem):
            line = run[-1] if number == LAST else next(entry for entry in run if entry.number == number)
            return ListItem(line.chunk.chunk_id, line.number, line.text[:MAX_ITEM_CHARS])
    return None


def _bulleted_intros(chunks: list[Chunk]) -> list[tuple[list[NumberedLine], str]]:
    body, _ = _joined_body(chunks)
    heading = chunks[0].heading if chunks else ""
    return [(run, heading + " " + body[max(0, run[0].offset - INTRO_CHARS):run[0].offset])
            for run in bulleted_runs(chunks)]


def _joined_body(chunks: list[Chunk]) -> tuple[str, list[tuple[int, Chunk]]]:
    """The windows' texts joined, without the heading each repeats, and where each window starts in it."""
    body, owners = "", []
    heads = {chunk.text.partition("\n\n")[0] for chunk in chunks}
    repeated = len(chunks) > 1 and len(heads) == 1  # every window opens with its section's heading
    for chunk in chunks:
        head, _, rest = chunk.text.partition("\n\n")
        text = rest if rest and (repeated or head.strip() == chunk.heading.split(" > ")[-1]) else chunk.text
        owners.append((len(body), chunk))
        body += text + " "
    return body, owners


def _holds(run: list[NumberedLine], number: int) -> bool:
    return number == LAST or any(entry.number == number for entry in run)


def _introduces(first: NumberedLine, noun_stem: str) -> bool:
    """The list names the asked noun in its introduction or its window's heading (its first line)."""
    if not noun_stem:
        return True
    text = first.chunk.text
    before = text[max(0, first.offset - INTRO_CHARS):first.offset] + " " + text.split("\n", 1)[0]
    return _names_noun(before, noun_stem)


def _names_noun(text: str, noun_stem: str) -> bool:
    """The noun as a word of its own, singular or plural ("aanbevelingen", "stappen"; not "actie" in "actieve" or
    "Actieagenda").

    >>> _names_noun("de volgende acties:", "actie"), _names_noun("een actieve rol:", "actie")
    (True, False)
    """
    return bool(re.search(rf"\b{noun_stem}(?:en|s|pen)?\b", text, re.I))


@dataclass(frozen=True)
class ShortList:
    """The asked item is past the end of a list of the asked kind: "En punt 7?" after a list of four."""
    number: int
    count: int


def list_count(chunks: list[Chunk], noun_stem: str = "") -> int:
    """How many items the first list of the asked kind in a section's windows has (0 when there is none)."""
    numbered = [len(r) for r in numbered_runs(chunks) if len(r) >= 2 and _introduces(r[0], noun_stem)]
    bulleted = [len(r) for r, intro in _bulleted_intros(chunks) if len(r) >= 2 and _names_noun(intro, noun_stem)]
    return next(iter(numbered + (bulleted if noun_stem else [])), 0)


def read_list_item(question: str, scored: list[Scored], unit_chunks: Callable[[str], list[Chunk]],
                   ) -> tuple[list[Scored], ListItem | ShortList | None]:
    """`scored` with the window of the asked list item first (its "p" the best p) and the item; `scored` unchanged
    and a ShortList when the best TOP passages' sections list the asked kind but have no such item; `scored`
    unchanged and None when the question asks for no item or no section lists it."""
    number = asked_item(question)
    if number is None:
        return scored, None
    noun_stem = asked_noun_stem(question)
    units = list(dict.fromkeys(s.hit.chunk.unit_id for s in scored[:TOP]))
    for unit_id in units:
        item = find_item(unit_chunks(unit_id), number, noun_stem)
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
    if number != LAST and (count := next((n for u in units if (n := list_count(unit_chunks(u), noun_stem))), 0)):
        return scored, ShortList(number, count) if number > count else None
    return scored, None
