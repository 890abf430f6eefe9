"""Who asked which question: per-number fracties and question text inside grouped questions.

Two letter styles:
- Grouped paragraphs (the SO letter): several fracties and several parenthesised number groups in one paragraph.
  A number group belongs to the sentence(s) since the previous group. Its askers are the fracties named in the
  last sentence of that stretch that names any ("De leden van de CDA-fractie, de D66-fractie en de PvdA-fractie
  vragen bovendien ... (12, 21, 22, 23, 92)"); a stretch that names none ("Aanvullend vragen zij ... (26, 27)")
  keeps the askers of the group before. A paragraph with a single group was asked by everyone it names.
- Numbered questions (the Atlas letter): each number has its own paragraphs. Its askers are the fracties it names,
  else those named last (in a question or a party section heading), as long as no page of this copy is missing in
  between; inside the party sections a party named in a question opens that party's section (its heading stood on a
  missing page), so it carries over missing pages like a heading does.

Example:
    >>> parts, carried = grouped_parts("De leden van de SP-fractie vragen waarom (53). Ook vragen zij hoe (54).", ())
    >>> [(p.number, p.asked_by) for p in parts]
    [(53, ('SP',)), (54, ('SP',))]
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from corpus import questions as q
from corpus.records import QuestionPart
from corpus.sentences import split_sentences


def grouped_parts(text: str, carried: tuple[str, ...]) -> tuple[list[QuestionPart], tuple[str, ...]]:
    """The parts of one grouped question paragraph, and the askers to carry into the next paragraph."""
    # A group ends after the punctuation that follows it: "(1)." or "(79)?"
    groups = [(m.start(), m.end() + len(re.match(r"[.?!]*", text[m.end():]).group()), numbers)
              for m in q.PARENTHESISED_NUMBERS.finditer(text) if (numbers := q.numbers_in(m.group(0)))]
    if len(groups) == 1:
        named = tuple(q.fracties_in(text)) or carried
        return [QuestionPart(n, named, text.strip()) for n in groups[0][2]], named
    spans = split_sentences(text)
    parts: list[QuestionPart] = []
    previous_end = 0
    for k, (_, group_end, numbers) in enumerate(groups):
        stretch = [(max(s, previous_end), min(e, group_end)) for s, e in spans if e > previous_end and s < group_end]
        naming = [(s, e) for s, e in stretch if q.fracties_in(text[s:e])]
        if naming:
            carried = tuple(q.fracties_in(text[naming[-1][0]:naming[-1][1]]))
        begin = previous_end if k == 0 or not naming else naming[-1][0]
        own_text = text[begin:group_end].strip()
        parts += [QuestionPart(n, carried, own_text) for n in numbers]
        previous_end = group_end
    return parts, carried


@dataclass(frozen=True)
class NumberedQuestion:
    """One numbered question as found: its number(s), where it starts, its text and the fracties it names."""

    numbers: tuple[int, ...]
    start: int
    text: str


def numbered_parts(
    found: list[NumberedQuestion],
    headings: list[tuple[int, tuple[str, ...]]],
    page_missing_between: Callable[[int, int], bool],
) -> dict[int, QuestionPart]:
    """Resolve the askers of numbered questions in letter order (see the module docstring)."""
    events = sorted([(h, 0, fr) for h, fr in headings] + [(f.start, 1, f) for f in found], key=lambda e: e[:2])
    current: tuple[str, ...] = ()
    named_at: int | None = None
    in_sections = False
    parts: dict[int, QuestionPart] = {}
    for offset, is_question, payload in events:
        if not is_question:
            current, named_at, in_sections = payload, offset, True
            continue
        named = tuple(q.fracties_in(payload.text))
        if named:
            current, named_at = named, offset
            asked_by = named
        elif current and (in_sections or (named_at is not None and not page_missing_between(named_at, offset))):
            asked_by = current
        else:
            asked_by = ()
        for number in payload.numbers:
            parts[number] = QuestionPart(number, asked_by, payload.text.strip())
    return parts


def union(parts: list[QuestionPart] | tuple[QuestionPart, ...]) -> tuple[str, ...]:
    """All askers of the parts, in order of first appearance."""
    names: list[str] = []
    for part in parts:
        names += [name for name in part.asked_by if name not in names]
    return tuple(names)
