"""Read-only views of the letters for clients (the UI's letter viewer and letters tab)."""
from __future__ import annotations

from dataclasses import dataclass

from assistant.lookup import as_ranges
from corpus import Corpus


@dataclass(frozen=True)
class LetterInfo:
    doc_id: str
    title: str
    doc_type: str
    date: str
    reference: str
    minister: str
    pages: int
    missing_pages: list[int]
    question_ranges: str
    units: int
    incomplete_units: int


@dataclass(frozen=True)
class LetterView:
    """A letter's cleaned text with one span (a unit or chunk) to highlight, the page it starts on, and the tables
    the parser found in it (corpus Table records, shown as tables by the viewer)."""

    info: LetterInfo
    text: str
    highlight_start: int
    highlight_end: int
    page: int | None
    tables: tuple = ()


def letter_info(corpus: Corpus, doc_id: str) -> LetterInfo:
    letter = corpus.letter(doc_id)
    meta = letter.meta
    numbers = sorted({n for u in letter.units for n in u.questions})
    return LetterInfo(
        doc_id=doc_id, title=meta.title, doc_type=meta.doc_type, date=meta.date, reference=meta.reference(),
        minister=meta.minister, pages=meta.pages, missing_pages=list(meta.missing_pages),
        question_ranges=as_ranges(numbers) if numbers else "", units=len(letter.units),
        incomplete_units=sum(1 for u in letter.units if u.status != "complete"),
    )


def view_letter(corpus: Corpus, doc_id: str, start: int = 0, end: int = 0) -> LetterView:
    """Only letters of the loaded corpus can be viewed: `doc_id` is looked up, never used as a path."""
    if doc_id not in {l.doc_id for l in corpus.letters}:
        raise KeyError(f"Unknown letter '{doc_id}'")
    clean = corpus.letter(doc_id).clean
    start = max(0, min(start, len(clean.text)))
    end = max(start, min(end, len(clean.text)))
    tables = tuple(t for unit in corpus.letter(doc_id).units for t in unit.tables)
    return LetterView(letter_info(corpus, doc_id), clean.text, start, end, clean.page_at(start), tables)
