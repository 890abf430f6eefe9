"""Chat bubble contents: the user's question, and the reply with its answer first.

The Chatbot is configured with render_markdown=False, so a bubble is HTML; we build that HTML ourselves
from escaped text, which means a question such as "<script>…" is shown literally and never runs.
A reply bubble opens with what answers the question:
- the lead sentence(s) of the reading stage, verbatim, each followed by a [n] link to its source card;
- for a lookup: the question text and the paragraph that answers that number (passage.focus, else the unit's
  answer; a long unit shows the lead sentences instead, or is shortened), then where it stands;
- for a question of several parts ("… en hoe is die afgelopen?"): per part, the part and its lead sentences, or
  one line saying why the letters do not answer that part;
- for an abstention: one line saying why (reply.reason);
then one line per further source, and the notes.

Example:
    >>> user_bubble("<b>hoi</b>")
    '&lt;b&gt;hoi&lt;/b&gt;'
    >>> answer_bubble(bot.ask("vraag 31"))
    '<p class="reply-question"><strong>Vraag 31:</strong> …'
"""
from __future__ import annotations

import re
from html import escape

from assistant import Lead, Passage, Reply
from assistant.records import shown

MAX_SHOWN_QUESTION = 1_000
MAX_FOCUS_CHARS = 1_200  # a longer answering paragraph is cut at a sentence end; the card has all of it

FURTHER = {"nl": "Ook relevant", "en": "Also relevant"}
SOURCES = {"nl": "Bron", "en": "Source"}
QUESTION = {"nl": "Vraag", "en": "Question"}
SAME_SENTENCE = {"nl": "Zie de zin hierboven", "en": "See the sentence above"}
ERROR_TEXT = "Er ging iets mis bij het beantwoorden van deze vraag. Probeer het opnieuw of stel de vraag anders."
PENDING_TEXT = "Even zoeken in de brieven…"
_MARKER = re.compile(r"\[(\d{1,2})\]")


def text_html(text: str) -> str:
    """Escape text and keep its line breaks as <br> (the PDF's symbol-font bullet shown as "•").

    >>> text_html("aanbevelingen: \\uf0b7 Heb oog <voor>\\nde regio")
    'aanbevelingen: • Heb oog &lt;voor&gt;<br>de regio'
    """
    return escape(shown(text), quote=True).replace("\r\n", "\n").replace("\n", "<br>")


def user_bubble(question: str) -> str:
    """The user's question as shown in the chat (very long questions are shortened for display only)."""
    shown = question if len(question) <= MAX_SHOWN_QUESTION else question[:MAX_SHOWN_QUESTION] + " …"
    return text_html(shown)


def cite_link(number: int) -> str:
    """[n] as a link to source card n (#bron-n); the page's script scrolls to it and flashes it."""
    return f'<a class="cite" href="#bron-{number}" data-source="{number}">[{number}]</a>'


def answer_bubble(reply: Reply) -> str:
    """The reply as HTML: the answer first, then further sources and notes."""
    language = reply.language if reply.language in FURTHER else "nl"
    if reply.abstained or not reply.passages:
        parts, cited = [f'<p class="reply-reason">{text_html(_why(reply))}</p>'], set()
    elif reply.kind == "lookup":
        parts, cited = _lookup_html(reply, language)
    elif reply.parts:  # a question of several parts: a line per part, its lead or why the letters do not say
        parts, cited = _parts_html(reply), {lead.source for lead in reply.lead}
    elif reply.lead:
        parts, cited = _framing(reply) + [_lead_html(reply.lead)], {lead.source for lead in reply.lead}
    else:  # no lead (the reading stage is off): the composed text, its [n] markers as links
        count = len(reply.passages)
        cited = {int(n) for n in _MARKER.findall(reply.answer) if 1 <= int(n) <= count}
        parts = [f'<p class="reply-text">{_linked(reply.answer, count)}</p>']
    parts.append(_further_sources(reply.passages, cited, language))
    parts.extend(f'<p class="reply-note"><em>{text_html(note)}</em></p>' for note in reply.notes)
    return "".join(parts)


def message_bubble(text: str) -> str:
    """A bubble with our own copy (errors, filter problems)."""
    return text_html(text)


def _framing(reply: Reply) -> list[str]:
    """The composed answer's own first paragraph when it is prose, not a quote of the lead: for "Wie vroeg
    dat?" it says who asked, and the lead (the question) follows it."""
    first = reply.answer.split("\n\n")[0].strip()
    if not first or first.startswith(("“", '"', "'", "‘")) or any(lead.text in first for lead in reply.lead):
        return []
    return [f'<p class="reply-text">{_linked(first, len(reply.passages))}</p>']


def _why(reply: Reply) -> str:
    """One line: the composed abstention when it already names the reason, else the reason itself."""
    if reply.reason and reply.reason not in reply.answer:
        return reply.reason
    return reply.answer or reply.reason


def _parts_html(reply: Reply) -> list[str]:
    """Per part of the question: the part as asked (in bold), then its lead sentences or the reason."""
    html, shown = [], set()
    for part in reply.parts:
        asked = f'<strong>{text_html(part.question)}</strong> '
        if part.answered and part.lead and all(lead.text in shown for lead in part.lead):
            same = SAME_SENTENCE[reply.language if reply.language in SAME_SENTENCE else "nl"]
            html.append(f'<p class="reply-lead reply-part">{asked}{same} {cite_link(part.lead[0].source)}</p>')
        elif part.answered and part.lead:
            sentences = " ".join(f"{text_html(lead.text)} {cite_link(lead.source)}" for lead in part.lead
                                 if lead.text not in shown)
            shown.update(lead.text for lead in part.lead)
            html.append(f'<p class="reply-lead reply-part">{asked}{sentences}</p>')
        else:
            html.append(f'<p class="reply-reason reply-part">{asked}{text_html(part.reason)}</p>')
    return html


def _lead_html(leads: list[Lead]) -> str:
    sentences = " ".join(f"{text_html(lead.text)} {cite_link(lead.source)}" for lead in leads)
    return f'<p class="reply-lead">{sentences}</p>'


def _lookup_html(reply: Reply, language: str) -> tuple[list[str], set[int]]:
    """Per answering passage: the question asked and the paragraph that answers it; then the composed line."""
    asked = list(reply.conversation.last.numbers) if reply.conversation.last else []
    parts, cited = [], set()
    for index, passage in enumerate(reply.passages, start=1):
        numbers = [n for n in asked if n in passage.questions] or sorted(passage.questions)[:1]
        if not numbers and index > 1:
            continue
        question = _question_text(passage, numbers[0]) if numbers else ""
        label = f"{QUESTION[language]} {numbers[0]}" if numbers else ""
        if question:
            parts.append(f'<p class="reply-question"><strong>{escape(label)}:</strong> {text_html(question)}</p>')
        leads = [lead for lead in reply.lead if lead.source == index]
        paragraph = passage.focus or _without_question(passage.text, passage.question_text)
        if not passage.focus and len(paragraph) > MAX_FOCUS_CHARS and leads:
            parts.append(_lead_html(leads))  # a long unit: the reading stage's sentences say it shorter
        else:
            parts.append(f'<blockquote class="reply-focus">{text_html(_shortened(paragraph))} '
                         f"{cite_link(index)}</blockquote>")
        cited.add(index)
    where = reply.answer.split("\n\n")[0]  # the composed text may quote the answer again after a blank line
    parts.append(f'<p class="reply-context">{_linked(where, len(reply.passages))}</p>')
    return parts, cited


def _question_text(passage: Passage, number: int) -> str:
    for part in passage.question_parts:
        if part.number == number and part.text:
            return part.text
    return passage.question_text


def _without_question(text: str, question: str) -> str:
    """The unit text without the question it opens with (the bubble shows the question above it)."""
    stripped = text.lstrip()
    if question and stripped.startswith(question.strip()):
        rest = stripped[len(question.strip()):].strip()
        return rest or text
    return text


def _shortened(text: str) -> str:
    text = text.strip()
    if len(text) <= MAX_FOCUS_CHARS:
        return text
    cut = text[:MAX_FOCUS_CHARS]
    end = max(cut.rfind(". "), cut.rfind(".\n"))
    return (cut[:end + 1] if end > MAX_FOCUS_CHARS // 2 else cut) + " …"


def _linked(text: str, count: int) -> str:
    """Escaped text with every [n] (1 <= n <= count) turned into a link to card n."""
    def link(match: re.Match) -> str:
        number = int(match.group(1))
        return cite_link(number) if 1 <= number <= count else match.group(0)
    return _MARKER.sub(link, text_html(text))


def _further_sources(passages: list[Passage], cited: set[int], language: str) -> str:
    lines = [f"<li>{cite_link(i)} {escape(p.citation())}</li>"
             for i, p in enumerate(passages, start=1) if i not in cited]
    if not lines:
        return ""
    label = (FURTHER if cited else SOURCES)[language]
    return f'<p class="reply-further-label">{label}:</p><ul class="reply-further">{"".join(lines)}</ul>'
