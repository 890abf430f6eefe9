"""Chat bubble contents: user and assistant text, escaped, with line breaks kept.

The Chatbot is configured with render_markdown=False, so a bubble is HTML; we build that HTML ourselves
from escaped text, which means a question such as "<script>…" is shown literally and never runs.

Example:
    >>> user_bubble("<b>hoi</b>")
    '&lt;b&gt;hoi&lt;/b&gt;'
    >>> answer_bubble(bot.ask("vraag 31"))   # answer text, notes and a hint about the source cards
    'Vraag 31 wordt beantwoord in …'
"""
from __future__ import annotations

from html import escape

from assistant import Reply

MAX_SHOWN_QUESTION = 1_000

HINTS = {
    "nl": "Bronnen staan naast het gesprek; met ‘Open in brief’ leest u de hele brief.",
    "en": "The sources are shown next to the conversation; ‘Open in brief’ opens the whole letter.",
}

ERROR_TEXT = "Er ging iets mis bij het beantwoorden van deze vraag. Probeer het opnieuw of stel de vraag anders."


def text_html(text: str) -> str:
    """Escape text and keep its line breaks as <br>."""
    return escape(text, quote=True).replace("\r\n", "\n").replace("\n", "<br>")


def user_bubble(question: str) -> str:
    """The user's question as shown in the chat (very long questions are shortened for display only)."""
    shown = question if len(question) <= MAX_SHOWN_QUESTION else question[:MAX_SHOWN_QUESTION] + " …"
    return text_html(shown)


def answer_bubble(reply: Reply) -> str:
    """The reply's answer and notes; a one-line hint when there are sources to look at."""
    parts = [text_html(reply.answer)]
    parts.extend(f'<br><br><em class="reply-note">{text_html(note)}</em>' for note in reply.notes)
    if reply.passages:
        parts.append(f'<br><br><small class="reply-hint">{text_html(HINTS.get(reply.language, HINTS["nl"]))}'
                     "</small>")
    return "".join(parts)


def message_bubble(text: str) -> str:
    """A bubble with our own copy (errors, filter problems)."""
    return text_html(text)
