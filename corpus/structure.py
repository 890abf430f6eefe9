"""Split a cleaned letter into citable units: answers to numbered questions, or sections.

Example:
    >>> units = split_into_units(clean_letter("so-bevolkingsdaling", raw_text))
    >>> [u.questions for u in units if 53 in u.questions]
    [(53, 54)]
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from corpus import questions as q
from corpus.attribution import NumberedQuestion, grouped_parts, numbered_parts, union
from corpus.records import CleanLetter, Footnote, Paragraph, QuestionPart, Table, Unit
from corpus.tables import attach_tables, find_tables

SENTENCE_END = re.compile(r"[.?!;:]\s*[”’\"')]?$")
SECTION_NUMBER = re.compile(r"^\s*(?:Hoofdstuk\s+(\d+)|(\d{1,2}(?:\.\d{1,2})+)\.?\s)")
ANNEX = re.compile(r"^\s*Bijlage\s+([IVX]+|\d+)\b", re.IGNORECASE)
ANNEX_PART = re.compile(r"^\s*\d{1,2}\.\s+Samenwerkingsafspraken\s")
# A line ending in one of these is the broken-off start of a sentence, not a heading.
DANGLING_WORDS = {"de", "het", "een", "van", "en", "of", "en/of", "die", "dat", "met", "in", "op", "voor", "te", "aan", "bij", "om"}
BOX_HEADING = re.compile(r"^[A-Z][A-Z’'\- ]{2,40}\s\|\s")
# An amount ("1.509.824", "75.000"), a line opening with a parenthesis, or a planning cell of the annex's action
# tables ("2015-2016", "2015 e.v.", "Vanaf 2016"): a table cell, not a heading. As headings, the planning cells
# cut a row off from its planning and opened units named "2015-2016" (11 in the 2016 action plan).
TABLE_CELL = re.compile(r"\b\d{1,3}(?:\.\d{3})+\b|^\(|^(?:(?:vanaf|v\.a\.|medio|eind|begin)\s+)?(?:19|20)\d{2}"
                        r"(?:\s*(?:[-–/]|t/m|tot)\s*(?:19|20)?\d{2,4})?(?:\s+e\.?v\.?)?$", re.I)


def split_into_units(letter: CleanLetter) -> list[Unit]:
    """Choose the letter's structure (numbered Q&A, grouped Q&A, or sections) and split it into units."""
    texts = [letter.paragraph_text(p) for p in letter.paragraphs]
    labels = sum(q.answer_label_numbers(t) is not None for t in texts)
    tables = find_tables(letter)
    if labels and any(q.numbered_question(t) is not None for t in texts):
        units = _NumberedQA(letter).split()
    elif sum(q.is_question_paragraph(t) for t in texts) >= 5:
        units = _GroupedQA(letter).split()
    else:
        units = _Sections(letter, tables).split()
    return attach_tables(units, tables) + footnote_units(letter, {u.unit_id for u in units})


def footnote_units(letter: CleanLetter, used_ids: set[str]) -> list[Unit]:
    """One unit of kind "footnote" per footnote appended to the text (corpus/footnotes.py), e.g. unit
    "actieplan-2016:n009" with heading "Voetnoot 9" on the footnote's page."""
    units = []
    for note in letter.footnotes:
        if not note.passage:
            continue
        unit_id, k = f"{letter.doc_id}:n{note.number:03d}", 2
        while unit_id in used_ids:
            unit_id, k = f"{letter.doc_id}:n{note.number:03d}.{k}", k + 1
        used_ids.add(unit_id)
        pages = (note.page,) if note.page is not None else ()
        units.append(Unit(unit_id=unit_id, doc_id=letter.doc_id, kind="footnote", heading=f"Voetnoot {note.number}",
                          start=note.start, end=note.end, body_start=note.start, pages=pages,
                          body_text=letter.text[note.start:note.end],
                          page_starts=((note.start, note.page),) if pages and letter.page_starts else ()))
    return units


def is_heading(text: str) -> bool:
    """A short, unpunctuated paragraph of one line: a theme heading, section title or party section."""
    text = text.strip()
    if not text or "\n" in text or len(text) > 160 or SENTENCE_END.search(text):
        return False
    if q.numbers_in(text) or q.answer_label_numbers(text) is not None or text.endswith((",", "-")):
        return False
    return text[0].isupper() or text[0].isdigit() or text[0] in "‘'"


@dataclass
class _Draft:
    """A unit being assembled from paragraphs."""

    heading: str
    question: list[Paragraph] = field(default_factory=list)
    body: list[Paragraph] = field(default_factory=list)
    numbers: list[int] = field(default_factory=list)
    fracties: list[str] = field(default_factory=list)
    status: str = "complete"
    inferred: bool = False
    kind: str = "qa"
    parts: list[QuestionPart] = field(default_factory=list)  # grouped style: resolved per paragraph
    asked: list[tuple[list[int], list[Paragraph]]] = field(default_factory=list)  # numbered style: per question


class _Builder:
    def __init__(self, letter: CleanLetter):
        self.letter = letter
        self.units: list[Unit] = []
        self.used_ids: set[str] = set()

    def text(self, paragraph: Paragraph) -> str:
        return self.letter.paragraph_text(paragraph)

    def gap_between(self, before: Paragraph | None, after: Paragraph) -> bool:
        """True when a page missing from this copy lies between two paragraphs."""
        if before is None:
            return False
        first, second = self.letter.page_at(before.end - 1), self.letter.page_at(after.start)
        return first is not None and second is not None and second - first > 1

    def emit(self, draft: _Draft) -> None:
        paragraphs = draft.question + draft.body
        if not paragraphs:
            return
        start, end = paragraphs[0].start, paragraphs[-1].end
        body_start = draft.body[0].start if draft.body else end
        join = "\n\n".join
        unit = Unit(
            unit_id=self._unit_id(draft),
            doc_id=self.letter.doc_id,
            kind=draft.kind,
            heading=draft.heading,
            start=start,
            end=end,
            body_start=body_start,
            pages=self.letter.pages_between(start, end),
            page_starts=self._page_starts(start, end),
            question_text=join(self.text(p) for p in draft.question),
            body_text=join(self.text(p) for p in draft.body),
            questions=tuple(draft.numbers),
            fracties=union(draft.parts) if draft.parts else tuple(draft.fracties),
            question_parts=tuple(draft.parts),
            status=draft.status,
            numbers_inferred=draft.inferred,
            footnotes=self._footnotes(start, end),
        )
        self.units.append(unit)

    def _unit_id(self, draft: _Draft) -> str:
        if draft.numbers:
            base = f"{self.letter.doc_id}:q" + "-".join(str(n) for n in draft.numbers)
        else:
            base = f"{self.letter.doc_id}:{draft.kind[0]}{len(self.units):03d}"
        unit_id, k = base, 2
        while unit_id in self.used_ids:
            unit_id, k = f"{base}.{k}", k + 1
        self.used_ids.add(unit_id)
        return unit_id

    def _page_starts(self, start: int, end: int) -> tuple[tuple[int, int], ...]:
        first = self.letter.page_at(start)
        if first is None:
            return ()
        return ((start, first),) + tuple((o, p) for o, p in self.letter.page_starts if start < o < end)

    def _footnotes(self, start: int, end: int) -> tuple[Footnote, ...]:
        pages = set(self.letter.pages_between(start, end))
        return tuple(f for f in self.letter.footnotes if f.page in pages)


class _GroupedQA(_Builder):
    """Questions grouped in paragraphs that carry their numbers in parentheses, answers as plain paragraphs."""

    def split(self) -> list[Unit]:
        heading, draft = "Inleiding", _Draft("Inleiding", kind="section")
        carried: tuple[str, ...] = ()  # the askers named last: "deze leden", "zij" refer to them
        for paragraph in self.letter.paragraphs:
            text = self.text(paragraph)
            if is_heading(text):
                self.emit(draft)
                heading = text.strip()
                draft = _Draft(heading, kind="section")
            elif q.is_question_paragraph(text):
                if draft.kind != "qa" or draft.body:
                    self.emit(draft)
                    draft = _Draft(heading)
                draft.question.append(paragraph)
                parts, carried = grouped_parts(text, carried)
                draft.parts += [p for p in parts if p.number not in draft.numbers]
                draft.numbers += [n for n in q.numbers_in(text) if n not in draft.numbers]
                draft.fracties += [f for f in q.fracties_in(text) if f not in draft.fracties]
            else:
                draft.body.append(paragraph)
        self.emit(draft)
        for unit in self.units:
            if unit.kind == "qa" and not unit.body_text:
                self.units[self.units.index(unit)] = _with_status(unit, "answer_missing")
        return self.units


class _NumberedQA(_Builder):
    """Numbered questions ('22. Kunt u ...') each followed by 'Antwoord' or 'Antwoord vraag 7 en 8'."""

    def split(self) -> list[Unit]:
        self.section, self.section_fracties = "", []
        self.pending: list[_Draft] = []  # questions waiting for their answer
        self.unanswered: list[_Draft] = []  # questions whose answer stood on a missing page
        self.orphans: list[Paragraph] = []  # text after a missing page whose role is not yet known
        self.orphan_section: tuple[str, list[str]] = ("", [])  # the party section the orphans were read in
        self.answer: _Draft | None = _Draft("Inleiding", kind="section")
        self.found: list[NumberedQuestion] = []
        self.headings: list[tuple[int, tuple[str, ...]]] = []  # party section headings: (offset, fracties)
        for paragraph in self.letter.paragraphs:
            self._take(paragraph)
        self._close_answer()
        self._flush_orphans(next_number=None)
        for draft in self.pending + self.unanswered:
            draft.status = "answer_missing"
            self.emit(draft)
        self.units.sort(key=lambda u: u.start)
        return self._with_parts(numbered_parts(self.found, self.headings, self._page_missing_between))

    def emit(self, draft: _Draft) -> None:
        """Record each number's own question paragraphs (resolved into parts once the whole letter is read)."""
        covered = {id(p) for _, paragraphs in draft.asked for p in paragraphs}
        leftover = [p for p in draft.question if id(p) not in covered]
        rest = [n for n in draft.numbers if not any(n in numbers for numbers, _ in draft.asked)]
        for numbers, paragraphs in draft.asked + ([(rest, leftover)] if rest else []):
            start = paragraphs[0].start if paragraphs else (draft.body[0].start if draft.body else 0)
            text = "\n\n".join(self.text(p) for p in paragraphs)
            self.found.append(NumberedQuestion(tuple(n for n in numbers if n in draft.numbers), start, text))
        super().emit(draft)

    def _with_parts(self, parts: dict[int, QuestionPart]) -> list[Unit]:
        from dataclasses import replace

        units = []
        for unit in self.units:
            own = tuple(parts[n] for n in unit.questions if n in parts)
            units.append(replace(unit, question_parts=own, fracties=union(own)) if own else unit)
        return units

    def _page_missing_between(self, first: int, second: int) -> bool:
        a, b = self.letter.page_at(first), self.letter.page_at(second)
        present = set(self.letter.pages_present)
        return a is not None and b is not None and any(p not in present for p in range(a + 1, b))

    def _take(self, paragraph: Paragraph) -> None:
        text = self.text(paragraph)
        party = q.PARTY_SECTION.match(text.strip())
        label = q.answer_label_numbers(text)
        number = q.numbered_question(text)
        if party:
            self._close_answer()
            self.section = text.strip()
            self.section_fracties = q.fracties_in(text)
            self.headings.append((paragraph.start, tuple(self.section_fracties)))
        elif label is not None:
            self._start_answer(label)
        elif number is not None:
            self._close_answer()
            self._flush_orphans(next_number=number)
            self._close_pending_before_gap(paragraph)
            draft = _Draft(self.section, question=[paragraph], numbers=[number])
            draft.fracties = q.fracties_in(text) or list(self.section_fracties)
            self.pending.append(draft)
        else:
            self._continue_with(paragraph)

    def _continue_with(self, paragraph: Paragraph) -> None:
        if self.answer is not None and not self.gap_between(self._last(self.answer), paragraph):
            self.answer.body.append(paragraph)
        elif self.pending and not self.gap_between(self._last(self.pending[-1]), paragraph):
            self.pending[-1].question.append(paragraph)
        else:
            self._close_answer()
            self._close_pending_before_gap(paragraph)
            if not self.orphans:
                self.orphan_section = (self.section, list(self.section_fracties))
            self.orphans.append(paragraph)

    def _start_answer(self, label_numbers: list[int]) -> None:
        self._close_answer()
        draft = _Draft(self.section, fracties=list(self.section_fracties))
        for question in self.pending:
            draft.question += question.question
            draft.asked.append((list(question.numbers), list(question.question)))
            draft.fracties += [f for f in question.fracties if f not in draft.fracties]
        draft.numbers = label_numbers or [n for d in self.pending for n in d.numbers]
        if self.orphans:  # the question began on a missing page: only its tail is here
            draft.question = self.orphans + draft.question
            tail_fracties = q.fracties_in(" ".join(self.text(p) for p in self.orphans))
            draft.fracties = tail_fracties + [f for f in draft.fracties if f not in tail_fracties]
            draft.status = "question_missing"
            self.orphans = []
        if not draft.numbers:
            draft.inferred = True  # numbered once the next question shows its number
        self.pending = []
        self.answer = draft

    def _close_answer(self) -> None:
        if self.answer is not None:
            self.emit(self.answer) if not self.answer.inferred else self._hold(self.answer)
            self.answer = None

    def _hold(self, draft: _Draft) -> None:
        self.held = getattr(self, "held", []) + [draft]

    def _flush_orphans(self, next_number: int | None) -> None:
        """Text after a missing page and before question N answers question N-1 (marked as inferred)."""
        held = getattr(self, "held", [])
        guess = [next_number - 1] if next_number and next_number > 1 else []
        for draft in held:
            draft.numbers = guess
            self.emit(draft)
        self.held = []
        if not self.orphans:
            return
        waiting = next((d for d in self.unanswered if d.numbers == guess), None)
        if waiting is not None:  # its question is here, part of its answer stood on the missing page
            self.unanswered.remove(waiting)
            waiting.body, waiting.status = list(self.orphans), "partial"
            self.emit(waiting)
        else:
            section, section_fracties = self.orphan_section
            draft = _Draft(section, body=list(self.orphans), numbers=guess, status="question_missing")
            draft.inferred = bool(guess)
            draft.fracties = list(section_fracties)
            self.emit(draft)
        self.orphans = []

    def _close_pending_before_gap(self, paragraph: Paragraph) -> None:
        keep = []
        for draft in self.pending:
            if self.gap_between(self._last(draft), paragraph):
                draft.status = "answer_missing"
                self.unanswered.append(draft)
            else:
                keep.append(draft)
        self.pending = keep

    @staticmethod
    def _last(draft: _Draft) -> Paragraph | None:
        paragraphs = draft.question + draft.body
        return paragraphs[-1] if paragraphs else None


@dataclass
class _WeakHeading:
    """A heading only by being short (see _Sections._is_weak), held back with the section it closed until the
    next paragraph shows whether it heads anything."""

    paragraph: Paragraph
    level: int
    closed: _Draft
    closed_path: list[tuple[int, str, bool]]


class _Sections(_Builder):
    """Narrative letters and reports: one unit per (numbered) heading, annex tables as their own units.

    Flattened tables put one row per line, and a short row or column header looks like a heading. Three rules
    keep the table together: a line with an amount in it is never a heading; a short "heading" followed by such
    a line is a column header; and a short "heading" with no text under it, followed by a heading of the same or
    a higher level (so it would name nothing), is a row. Those lines stay text of the section before them.
    """

    def __init__(self, letter: CleanLetter, tables: list[Table] = ()):
        super().__init__(letter)
        self.table_spans = [(t.start, t.end) for t in tables]

    def _in_table(self, paragraph: Paragraph) -> bool:
        return any(start <= paragraph.start < end for start, end in self.table_spans)

    def split(self) -> list[Unit]:
        path: list[tuple[int, str, bool]] = []  # (level, heading, is a real heading)
        draft = _Draft("Inleiding", kind="section")
        weak: _WeakHeading | None = None
        in_annex = False
        for paragraph in self.letter.paragraphs:
            text = self.text(paragraph).strip()
            level = self._heading_level(text, in_annex) if is_heading(text) and not self._in_table(paragraph) else None
            if level is None:
                if weak:  # a short cell under it makes it a column header; other text, a real heading
                    is_cell = len(text) <= 60 and bool(TABLE_CELL.search(text))
                    draft, path = self._settle(weak, is_cell, draft, path, in_annex)
                    weak = None
                draft.body.append(paragraph)
                continue
            if weak:  # a heading at its level or above: it named nothing, so it was a line of text (a table row)
                draft, path = self._settle(weak, level <= weak.level, draft, path, in_annex)
                weak = None
            if self._is_weak(text):
                # Below the deepest real heading: a short line never outranks "3.1.1 Financiën".
                level = max([lvl for lvl, _, strong in path if strong] + [level - 1]) + 1
                weak = _WeakHeading(paragraph, level, closed=draft, closed_path=path)
            else:
                self._emit_section(draft, in_annex)
            in_annex = in_annex or bool(ANNEX.match(text))
            path = [entry for entry in path if entry[0] < level] + [(level, text, weak is None)]
            draft = _Draft(" > ".join(t for _, t, _ in path), kind="section")
        if weak:  # the letter ends under it: it named nothing
            draft, path = self._settle(weak, True, draft, path, in_annex)
        self._emit_section(draft, in_annex)
        return [u for u in self.units if u.body_text.strip()]

    def _settle(self, weak: "_WeakHeading", was_text: bool, draft: _Draft, path: list, in_annex: bool):
        """Decide a held-back weak heading. As text it goes back into the section it closed, which continues;
        as a heading, the section it closed is complete. Returns the section to go on with and its path."""
        if was_text:
            weak.closed.body.append(weak.paragraph)
            return weak.closed, weak.closed_path
        self._emit_section(weak.closed, in_annex)
        return draft, path

    def _emit_section(self, draft: _Draft, in_annex: bool) -> None:
        """Annex parts made of flattened table rows are 'table' units; annex prose stays 'section'."""
        if in_annex and any(p.is_table for p in draft.body):
            draft.kind = "table"
        self.emit(draft)

    @staticmethod
    def _is_weak(text: str) -> bool:
        """A heading only by being short (no number, annex or box marker): it may be a table row."""
        return not (ANNEX.match(text) or ANNEX_PART.match(text) or SECTION_NUMBER.match(text)
                    or BOX_HEADING.match(text))

    @staticmethod
    def _heading_level(text: str, in_annex: bool) -> int | None:
        if ANNEX.match(text):
            return 1
        if ANNEX_PART.match(text):
            return 2
        numbered = SECTION_NUMBER.match(text)
        if numbered:
            return 1 if numbered.group(1) else numbered.group(2).count(".") + 1
        if BOX_HEADING.match(text):
            return 8
        last_word = text.rsplit(" ", 1)[-1].lower()
        if len(text) <= 60 and last_word not in DANGLING_WORDS and not TABLE_CELL.search(text):
            return 3 if in_annex else 2
        return None


def _with_status(unit: Unit, status: str) -> Unit:
    from dataclasses import replace

    return replace(unit, status=status)
