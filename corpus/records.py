"""Typed records that flow from the corpus layer to the index and the assistant."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field


@dataclass(frozen=True)
class LetterMeta:
    """What a person cites: title, date, kenmerk or kamerstuk, minister, pages."""

    doc_id: str
    title: str
    doc_type: str
    date: str = ""
    kenmerk: str = ""
    kamerstuk: str = ""
    uw_kenmerk: str = ""
    minister: str = ""
    pages: int = 0
    missing_pages: tuple[int, ...] = ()
    source_file: str = ""
    aliases: tuple[str, ...] = ()

    def reference(self) -> str:
        """The kenmerk or kamerstuk a civil servant would quote, e.g. 'kenmerk 2023-0000010189'."""
        if self.kenmerk:
            return f"kenmerk {self.kenmerk}"
        if self.kamerstuk:
            return f"Kamerstuk {self.kamerstuk}"
        return ""


FOOTNOTES_HEADING = "Voetnoten"  # the line after a letter's text, before its footnotes (corpus/footnotes.py)


@dataclass(frozen=True)
class Footnote:
    number: int
    text: str
    page: int | None = None
    start: int = -1  # where the footnote's text stands in CleanLetter.text (appended: corpus/footnotes.py)
    end: int = -1
    passage: bool = False  # it says something (not only a citation): a unit of its own
    cited_at: int = -1  # where its mark stood in CleanLetter.text (right after the word it was glued to)


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of cleaned text; offsets index into CleanLetter.text."""

    start: int
    end: int
    is_table: bool = False


@dataclass
class CleanLetter:
    """A letter's cleaned text with the page of every character and its footnotes."""

    doc_id: str
    text: str
    paragraphs: list[Paragraph]
    page_starts: list[tuple[int, int]]  # (offset, page), sorted by offset
    footnotes: list[Footnote] = field(default_factory=list)
    header_lines: list[str] = field(default_factory=list)
    pages_present: tuple[int, ...] = ()
    pages_total: int = 0

    @property
    def running_text(self) -> str:
        """The letter's own text, without the footnotes appended after it (corpus/footnotes.py)."""
        starts = [f.start for f in self.footnotes if f.start >= 0]
        return self.text[:min(starts)].rsplit(f"\n\n{FOOTNOTES_HEADING}", 1)[0] if starts else self.text

    def page_at(self, offset: int) -> int | None:
        """Page number of the character at `offset`, or None when the letter has no page markers."""
        if not self.page_starts:
            return None
        i = bisect.bisect_right(self.page_starts, offset, key=lambda start: start[0]) - 1
        return self.page_starts[max(i, 0)][1]

    def pages_between(self, start: int, end: int) -> tuple[int, ...]:
        """All pages the span [start, end) touches, in order."""
        if not self.page_starts:
            return ()
        first, last = self.page_at(start), self.page_at(max(start, end - 1))
        pages = {first, last}
        pages.update(p for o, p in self.page_starts if start <= o < end)
        return tuple(sorted(p for p in pages if p is not None))

    def paragraph_text(self, paragraph: Paragraph) -> str:
        return self.text[paragraph.start:paragraph.end]


@dataclass(frozen=True)
class QuestionPart:
    """One question number inside a unit: the fracties that asked it and its own question sentence(s)."""

    number: int
    asked_by: tuple[str, ...] = ()
    text: str = ""


@dataclass(frozen=True)
class TableRow:
    """One row of a table: its cells (one per column), its span in the clean letter text and its page."""

    cells: tuple[str, ...]
    start: int
    end: int
    page: int | None = None
    is_total: bool = False


@dataclass(frozen=True)
class Table:
    """A table found in a letter (flattened in the PDF text): caption, column headers and rows.

    Example:
        >>> table.row_text(table.rows[5])
        'Krimpregio: Parkstad | Bedragen (jaarlijks, in euro’s): 3.910.787 | Ontvangende gemeente: Heerlen'
    """

    caption: str
    columns: tuple[str, ...]
    rows: tuple[TableRow, ...]
    start: int
    end: int
    page: int | None = None
    section: str = ""

    def row_text(self, row: TableRow) -> str:
        """The row with its column headers: 'Krimpregio: Parkstad | Bedragen (...): 3.910.787 | ...'."""
        return " | ".join(f"{column}: {cell}" for column, cell in zip(self.columns, row.cells) if cell)

    def cell(self, row: TableRow, column: str) -> str:
        """The cell of `row` under the first column whose header starts with `column` (case-insensitive)."""
        for name, value in zip(self.columns, row.cells):
            if name.lower().startswith(column.lower()):
                return value
        return ""


UNIT_KINDS = ("qa", "section", "table", "footnote")
UNIT_STATUSES = ("complete", "question_missing", "answer_missing")


@dataclass(frozen=True)
class Unit:
    """A citable unit: one answer to numbered questions, or one section of a narrative letter."""

    unit_id: str
    doc_id: str
    kind: str
    heading: str
    start: int
    end: int
    body_start: int
    pages: tuple[int, ...]
    question_text: str = ""
    body_text: str = ""
    questions: tuple[int, ...] = ()
    fracties: tuple[str, ...] = ()
    status: str = "complete"
    numbers_inferred: bool = False
    footnotes: tuple[Footnote, ...] = ()
    question_parts: tuple[QuestionPart, ...] = ()  # per number; `fracties` is the union of their asked_by
    page_starts: tuple[tuple[int, int], ...] = ()  # (offset, page) of the unit's first page and each page it enters
    tables: tuple[Table, ...] = ()  # tables that start inside the unit, rows with their column headers

    def part(self, number: int) -> QuestionPart | None:
        """Who asked question `number` and its own text, e.g. unit.part(12).asked_by == ('CDA', 'D66', 'PvdA')."""
        return next((p for p in self.question_parts if p.number == number), None)

    def pages_between(self, start: int, end: int) -> tuple[int, ...]:
        """The pages that the span [start, end) of this unit touches (offsets into the clean letter text)."""
        if not self.page_starts:
            return self.pages
        touched = [p for k, (offset, p) in enumerate(self.page_starts)
                   if offset < end and (k + 1 == len(self.page_starts) or self.page_starts[k + 1][0] > start)]
        return tuple(sorted(set(touched))) or self.pages

    @property
    def text(self) -> str:
        """Question (if any) and answer or section text, as shown to a person."""
        return f"{self.question_text}\n\n{self.body_text}".strip()


@dataclass(frozen=True)
class Chunk:
    """A token-bounded piece of one unit: what gets embedded and retrieved."""

    chunk_id: str
    unit_id: str
    doc_id: str
    kind: str
    text: str
    start: int
    end: int
    pages: tuple[int, ...]
    questions: tuple[int, ...]
    heading: str
    token_count: int


def as_ranges(numbers: list[int]) -> str:
    """Sorted question numbers as ranges: [1, 2, 3, 5] -> '1-3, 5'."""
    out, start, previous = [], None, None
    for n in list(numbers) + [None]:
        if start is None:
            start = previous = n
        elif n is not None and n == previous + 1:
            previous = n
        else:
            out.append(f"{start}" if start == previous else f"{start}-{previous}")
            start = previous = n
    return ", ".join(out)
