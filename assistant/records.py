"""What the assistant gives back: a Reply with a direct answer, ranked cited Passages, and the conversation state.

Records that cross a layer are frozen dataclasses. A Reply carries:
- `lead`: the one or two verbatim sentences that answer the question, each pointing at a passage ([1], [2]);
- `passages`: only passages that passed the decide stage (no padding with loosely related text);
- `reason`: for an abstention, one line saying why ("De brieven noemen het Nationaal Groeifonds niet.");
- `conversation`: the typed state to pass back with the next turn (no earlier turn is re-retrieved);
- `trace`: per-stage data for the eval runner (ranked ids and named scores per stage, the decision).

Example:
    >>> p = Passage(text="...", doc_id="atlas", title="Antwoorden", date="18 januari 2023", questions=[7, 8],
    ...             section="", pages=[3], score=0.9, highlight="")
    >>> p.citation()
    'Antwoorden, 18 januari 2023, vragen 7 en 8, p. 3'
    >>> Reply("...", [p], False, "search", lead=[Lead("Een zin.", 1)]).lead[0].source
    1
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from corpus.records import QuestionPart  # one question number of a unit: who asked it, its own text


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
    fracties: list[str] = field(default_factory=list)  # union over the unit's question numbers
    question_text: str = ""
    status: str = "complete"
    start: int = 0
    end: int = 0
    chunk_id: str = ""
    # Per question number: who asked it and its own question text (grouped answers cover several numbers).
    question_parts: list[QuestionPart] = field(default_factory=list)
    # For a lookup of one number inside a grouped answer: the paragraph(s) that answer that number.
    focus: str = ""
    # A table row: its column headers and cells, e.g. [("Krimpregio", "Parkstad"), ("Bedragen", "3.910.787")].
    table_row: list[tuple[str, str]] = field(default_factory=list)
    scores: dict[str, float] = field(default_factory=dict)  # named scores from each stage
    joined_chunk_id: str = ""  # the neighbouring window shown with chunk_id in this passage (assistant/windows.py)
    notes: list[tuple[int, str]] = field(default_factory=list)  # (number, text) of the footnotes marked in it

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
        elif self.kind == "footnote":
            parts.append(self.section.lower())  # "voetnoot 16"
        elif self.section:
            parts.append(f"§ {self.section.split(' > ')[-1]}")
        if self.pages:
            parts.append(_pages_label(self.pages))
        return ", ".join(parts)

    def asked_by(self, number: int) -> list[str]:
        """The fracties that asked question `number` (per-number where known, else the unit's union)."""
        for part in self.question_parts:
            if part.number == number and part.asked_by:
                return list(part.asked_by)
        return list(self.fracties)


@dataclass(frozen=True)
class Lead:
    """A verbatim sentence that answers the question, and the 1-based index of the passage it comes from."""

    text: str
    source: int


@dataclass(frozen=True)
class ResolvedTurn:
    """One earlier turn as the assistant understood it: what the next turn may lean on."""

    query: str  # the user's words
    understood: str  # the query as searched (after follow-up resolution)
    language: str = "nl"
    numbers: tuple[int, ...] = ()
    letter: str = ""  # the letter the answer came from
    units: tuple[str, ...] = ()  # unit ids of the passages that answered, best first
    kind: str = "search"
    abstained: bool = False
    asks: str = ""  # the words that said what kind of fact this turn asked for (its own, or inherited)
    footnotes: tuple[int, ...] = ()  # the footnotes a footnote lookup showed ("En de volgende?" steps on from them)


@dataclass(frozen=True)
class Conversation:
    """The typed state of a conversation: the resolved turns, oldest first. Pass it back with the next turn."""

    turns: tuple[ResolvedTurn, ...] = ()

    def then(self, turn: ResolvedTurn, keep: int = 20) -> "Conversation":
        """A new state with `turn` appended (the oldest turns beyond `keep` are dropped)."""
        return Conversation((self.turns + (turn,))[-keep:])

    @property
    def last(self) -> ResolvedTurn | None:
        return self.turns[-1] if self.turns else None


@dataclass(frozen=True)
class PartAnswer:
    """One part of a question that asks several things: the part as searched, whether the letters answer it,
    why not (when they do not), and its lead sentences (cited to the reply's passages)."""

    question: str
    answered: bool
    reason: str = ""
    lead: tuple[Lead, ...] = ()


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
    lead: list[Lead] = field(default_factory=list)
    reason: str = ""
    conversation: Conversation = field(default_factory=Conversation)
    trace: dict = field(default_factory=dict)
    parts: list[PartAnswer] = field(default_factory=list)  # a question of several parts: one per part


def _join_numbers(numbers: list[int]) -> str:
    if len(numbers) == 1:
        return str(numbers[0])
    return ", ".join(str(n) for n in numbers[:-1]) + f" en {numbers[-1]}"


def _pages_label(pages: list[int]) -> str:
    if len(pages) == 1:
        return f"p. {pages[0]}"
    return f"p. {pages[0]}-{pages[-1]}"


# The evaluation letter's PDF writes its bullets in a symbol font: a private-use character (U+F0B7) that most fonts
# show as an empty box. The letters' clean text keeps it (offsets, the index and the evals read that text); every
# client sees "•" (the assistant's reply here, the UI's letter viewer through ui.cards.esc).
SYMBOL_BULLET = "\uf0b7"


def shown(text: str) -> str:
    """Text as shown to the user: the symbol-font bullet as "•".

    >>> shown("aanbevelingen: \\uf0b7 Heb oog")
    'aanbevelingen: • Heb oog'
    """
    return text.replace(SYMBOL_BULLET, "•")


def shown_reply(reply: Reply) -> Reply:
    """The reply with every text a user reads (answer, lead, passages) as shown."""
    if SYMBOL_BULLET not in reply.answer and not any(SYMBOL_BULLET in p.text for p in reply.passages):
        return reply
    return replace(reply, answer=shown(reply.answer), lead=[replace(l, text=shown(l.text)) for l in reply.lead],
                   passages=[replace(p, text=shown(p.text), highlight=shown(p.highlight), focus=shown(p.focus))
                             for p in reply.passages])
