"""The reading side of the UI: question lookups, the letter viewer and opening a cited passage.

Example:
    >>> browse = BrowseHandlers(bot)
    >>> html, turn = browse.lookup(31, "atlas")
    >>> html_view = browse.open_passage(0, turn)     # the letter with question 31 in <mark>
"""
from __future__ import annotations

import logging

from assistant import Assistant
from ui.bubbles import text_html
from ui.cards import esc, source_cards
from ui.letterview import letter_html
from ui.turns import Turn, turn_record

log = logging.getLogger(__name__)

MAX_QUESTION_NUMBER = 100_000


class BrowseHandlers:
    """Stateless handlers over the assistant API for the lookup, viewer and letters tabs."""

    def __init__(self, bot: Assistant):
        self.bot = bot
        self.doc_ids = [info.doc_id for info in bot.letters()]

    def lookup(self, number: float | None, doc_id: str | None) -> tuple[str, Turn | None]:
        """'vraag N', optionally in one letter: the answer line plus full cards (question, askers, answer)."""
        if number is None or number != number:  # None or NaN
            return _note("Vul een vraagnummer in, bijvoorbeeld 31."), None
        n = int(number)
        if n < 1 or n > MAX_QUESTION_NUMBER or n != number:
            return _note("Een vraagnummer is een heel getal vanaf 1."), None
        letters = [doc_id] if doc_id in self.doc_ids else None
        try:
            reply = self.bot.ask(f"vraag {n}", letters=letters)
        except Exception:
            log.exception("lookup failed for question %d", n)
            return _note("Het opzoeken is mislukt. Probeer het opnieuw."), None
        turn = turn_record(f"vraag {n}", [], reply)
        notes = "".join(f"<p><em>{text_html(note)}</em></p>" for note in reply.notes)
        html = (f'<div class="lookup-answer"><p>{text_html(reply.answer)}</p>{notes}</div>'
                + source_cards(reply.passages, full=True, empty="Geen antwoord gevonden voor dit vraagnummer."))
        return html, turn

    def show_letter(self, doc_id: str | None, start: int = 0, end: int = 0) -> str:
        """The whole letter, with [start, end) highlighted when given."""
        if not doc_id:
            return _note("Kies een brief om te lezen.")
        try:
            return letter_html(self.bot.view_letter(doc_id, start, end))
        except KeyError:
            return _note("Deze brief is onbekend.")

    def open_passage(self, index: object, turn: Turn | None) -> tuple[str, str | None]:
        """The letter of passage `index` of `turn`, its unit highlighted; also returns the letter's doc_id."""
        passages = (turn or {}).get("passages", [])
        try:
            chosen = passages[int(index)]
        except (TypeError, ValueError, IndexError):
            return _note("Kies eerst een bron bij een antwoord."), None
        return self.show_letter(chosen["doc_id"], chosen["start"], chosen["end"]), chosen["doc_id"]


def _note(text: str) -> str:
    return f'<p class="ui-note">{esc(text)}</p>'
