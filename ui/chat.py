"""The chat tab's behaviour: one question in, bubbles + source cards + remembered turn out; and feedback.

Example:
    >>> chat = ChatHandlers(bot, FeedbackStore(path))
    >>> out = chat.respond("vraag 31 uit de Atlas-beantwoording", [], [], [], None, None)
    >>> out.cards.count('class="source-card"')
    1
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

from assistant import Assistant, Reply
from ui.bubbles import ERROR_TEXT, answer_bubble, message_bubble, user_bubble
from ui.cards import source_cards
from ui.feedback import RATINGS, FeedbackStore
from ui.filters import letter_filter
from ui.turns import Turn, shown_passages, turn_record

log = logging.getLogger(__name__)

Message = dict[str, str]


@dataclass
class ChatOutput:
    """Everything one question changes in the chat tab."""

    chat: list[Message]
    questions: list[str]
    cards: str
    turn: Turn | None


class ChatHandlers:
    """Answers chat turns through the assistant API and stores feedback; holds no per-user state itself."""

    def __init__(self, bot: Assistant, store: FeedbackStore):
        self.bot = bot
        self.store = store
        self.infos = bot.letters()

    def respond(self, message: str | None, chat: list[Message] | None, questions: list[str] | None,
                selected: list[str] | None, year_from: float | None, year_to: float | None) -> ChatOutput:
        """Ask `message` with the earlier questions as history, restricted by the filters."""
        message = message or ""
        chat = list(chat or [])
        questions = list(questions or [])
        chat.append({"role": "user", "content": user_bubble(message)})
        choice = letter_filter(self.infos, selected, year_from, year_to)
        if choice.problem:
            chat.append({"role": "assistant", "content": message_bubble(choice.problem)})
            return ChatOutput(chat, questions, source_cards([], empty=choice.problem), None)
        try:
            reply = self.bot.ask(message, history=questions, letters=choice.letters)
        except Exception:  # the API validates input; this is the last line of defence for the UI
            log.exception("ask failed for a question of %d characters", len(message))
            chat.append({"role": "assistant", "content": message_bubble(ERROR_TEXT)})
            return ChatOutput(chat, questions, source_cards([], empty=ERROR_TEXT), None)
        chat.append({"role": "assistant", "content": answer_bubble(reply)})
        turn = turn_record(message, questions, reply)
        if reply.kind != "invalid":
            questions.append(message)
        cards = source_cards(reply.passages, heading=self._heading(message, choice.letters),
                             empty=_empty_text(reply))
        return ChatOutput(chat, questions, cards, turn)

    def feedback(self, rating: str, comment: str | None, turn: Turn | None, user: str = "") -> str:
        """Store a rating for the latest reply; returns the Dutch status line."""
        if not turn:
            return "Stel eerst een vraag; feedback hoort bij een antwoord."
        try:
            row = self.store.add(query=turn["query"], history=turn["history"], passages=shown_passages(turn),
                                 rating=rating, comment=(comment or "").strip(), version=self.bot.version(),
                                 reply_kind=turn.get("kind", ""), user=user)
        except Exception:
            log.exception("storing feedback failed")
            return "Uw feedback kon niet worden opgeslagen. Probeer het later opnieuw."
        return f"Bedankt! Uw feedback ‘{RATINGS[rating]}’ is opgeslagen (nr. {row})."

    def _heading(self, message: str, letters: list[str] | None) -> str:
        shown = message if len(message) <= 120 else message[:120] + " …"
        heading = f"Bronnen bij: {shown}"
        if letters is not None:
            heading += f" (gezocht in {len(letters)} van de {len(self.infos)} brieven)"
        return heading


def _empty_text(reply: Reply) -> str:
    if reply.kind == "invalid":
        return "Geen bronnen: stel een vraag in woorden of vraag naar een vraagnummer."
    if reply.abstained:
        return "Geen bronnen: de brieven bevatten geen passage die deze vraag beantwoordt."
    return "Bij dit antwoord horen geen bronnen."
