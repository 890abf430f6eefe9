"""What the assistant gives back: a Reply with ranked, cited Passages."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Passage:
    """One cited passage: a chunk (search) or a whole answer unit (lookup)."""

    text: str
    doc_id: str
    title: str
    date: str
    questions: list[int]
    section: str
    pages: list[int]
    score: float
    highlight: str
    unit_id: str = ""
    kind: str = ""
    reference: str = ""
    fracties: list[str] = field(default_factory=list)
    question_text: str = ""
    status: str = "complete"
    start: int = 0
    end: int = 0

    def citation(self) -> str:
        """A citation to paste into a note: title, date, kenmerk or kamerstuk, question numbers, pages."""
        parts = [self.title]
        if self.date:
            parts.append(self.date)
        if self.reference:
            parts.append(self.reference)
        if self.questions:
            label = "vraag" if len(self.questions) == 1 else "vragen"
            parts.append(f"{label} {_join_numbers(self.questions)}")
        elif self.section:
            parts.append(f"§ {self.section.split(' > ')[-1]}")
        if self.pages:
            parts.append(_pages_label(self.pages))
        return ", ".join(parts)


@dataclass(frozen=True)
class Reply:
    """The assistant's answer to one user turn."""

    answer: str
    passages: list[Passage]
    abstained: bool
    kind: str  # "search" | "lookup" | "followup" | "abstain" | "invalid"
    language: str = "nl"
    resolved_query: str = ""
    notes: list[str] = field(default_factory=list)


def _join_numbers(numbers: list[int]) -> str:
    if len(numbers) == 1:
        return str(numbers[0])
    return ", ".join(str(n) for n in numbers[:-1]) + f" en {numbers[-1]}"


def _pages_label(pages: list[int]) -> str:
    if len(pages) == 1:
        return f"p. {pages[0]}"
    return f"p. {pages[0]}-{pages[-1]}"
