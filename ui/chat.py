"""The chat tab's behaviour: one question in, the chat one turn further out; and feedback.

Example:
    >>> chat = ChatHandlers(bot, FeedbackStore(path))
    >>> after = chat.respond("vraag 31 uit de Atlas-beantwoording", Chat.new(), [], None, None)
    >>> after.cards.count('class="source-card"'), after.state.last.numbers
    (1, (31,))
"""
from __future__ import annotations

import logging

from assistant import Assistant, Reply
from ui.bubbles import ERROR_TEXT, answer_bubble, message_bubble, user_bubble
from ui.cards import source_cards
from ui.conversations import Chat
from ui.feedback import RATINGS, FeedbackStoreBase, FeedbackUnavailable
from ui.filters import letter_filter
from ui.turns import Turn, shown_passages, turn_record

log = logging.getLogger(__name__)
UNREACHABLE = ("Feedback kon niet worden opgeslagen: de database is niet bereikbaar. Uw opmerking blijft staan; "
               "probeer het over een paar minuten opnieuw.")


class ChatHandlers:
    """Answers chat turns through the assistant API and stores feedback; holds no per-user state itself."""

    def __init__(self, bot: Assistant, store: FeedbackStoreBase):
        self.bot = bot
        self.store = store
        self.infos = bot.letters()

    def respond(self, message: str | None, chat: Chat | None, selected: list[str] | None,
                year_from: float | None, year_to: float | None) -> Chat:
        """Ask `message` with the chat's conversation state, restricted by the filters."""
        message = message or ""
        chat = chat or Chat.new()
        question = user_bubble(message)
        choice = letter_filter(self.infos, selected, year_from, year_to)
        if choice.problem:
            return chat.asked(question, message_bubble(choice.problem), source_cards([], empty=choice.problem),
                              None, question=message)
        try:
            reply = self.bot.ask(message, letters=choice.letters, conversation=chat.state)
        except Exception:  # the API validates input; this is the last line of defence for the UI
            log.exception("ask failed for a question of %d characters", len(message))
            return chat.asked(question, message_bubble(ERROR_TEXT), source_cards([], empty=ERROR_TEXT), None,
                              question=message)
        cards = source_cards(reply.passages, heading=self._heading(message, choice.letters),
                             empty=_empty_text(reply), anchors=True)
        turn = turn_record(message, chat.history, reply)
        return chat.asked(question, answer_bubble(reply), cards, turn, reply, question=message)

    def feedback(self, rating: str, comment: str | None, turn: Turn | None, user: str = "") -> str:
        """Store a rating for the latest reply; returns the Dutch status line."""
        if not turn:
            return "Stel eerst een vraag; feedback hoort bij een antwoord."
        try:
            row = self.store.add(query=turn["query"], history=turn["history"], passages=shown_passages(turn),
                                 rating=rating, comment=(comment or "").strip(), version=self.bot.version(),
                                 reply_kind=turn.get("kind", ""), user=user)
        except FeedbackUnavailable as error:  # the cause goes to the log, not to the user
            log.warning("feedback not stored: %s", error)
            return UNREACHABLE
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
