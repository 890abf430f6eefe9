"""Source cards: the passages of a reply as escaped HTML, one <article class="source-card"> each.

Every piece of letter or user text goes through `esc` (html.escape); the only markup is our own.
Each card carries data-doc-id, data-questions (comma-separated, sorted) and data-index (its rank - 1), a
"Kopieer citaat" button that copies passage.citation() without external JS, and an "Open in brief" button.
Question numbers read as ranges ("Vragen 12, 21-23, 92"), with who asked which number.

Example:
    >>> html = source_cards(reply.passages)
    >>> 'class="source-card" data-doc-id="atlas" data-questions="31"' in html
    True
"""
from __future__ import annotations

from collections.abc import Sequence
from html import escape

from assistant import Passage
from assistant.records import shown  # the letter viewer's text too: the symbol-font bullet as "•"
from corpus.records import as_ranges

STATUS_NOTES = {
    "question_missing": "De vraag stond (deels) op een ontbrekende pagina.",
    "answer_missing": "Het antwoord staat op een pagina die in deze kopie ontbreekt.",
    "partial": "Een deel van het antwoord staat op een ontbrekende pagina.",
}

# Copies data-citation; falls back to a hidden textarea when the Clipboard API is unavailable (plain http).
COPY_ONCLICK = (
    "var b=this,t=b.getAttribute('data-citation');"
    "function ok(){b.textContent='Gekopieerd';setTimeout(function(){b.textContent='Kopieer citaat';},1500);}"
    "function fb(){var a=document.createElement('textarea');a.value=t;a.setAttribute('readonly','');"
    "a.style.position='fixed';a.style.opacity='0';document.body.appendChild(a);a.select();"
    "try{document.execCommand('copy');ok();}catch(e){window.prompt('Kopieer dit citaat:',t);}"
    "document.body.removeChild(a);}"
    "if(navigator.clipboard&&window.isSecureContext){navigator.clipboard.writeText(t).then(ok,fb);}else{fb();}"
    "return false;"
)


def esc(text: object) -> str:
    """HTML-escape any value, quotes included (safe in text and in attribute values)."""
    return escape(shown(str(text)), quote=True)


def numbers_label(numbers: Sequence[int]) -> str:
    """"Vraag 31" or "Vragen 12, 21-23, 92" (sorted, consecutive numbers as a range)."""
    unique = sorted(set(numbers))
    if len(unique) == 1:
        return f"Vraag {unique[0]}"
    return "Vragen " + as_ranges(unique)


def pages_label(pages: Sequence[int]) -> str:
    if not pages:
        return ""
    return f"p. {pages[0]}" if len(pages) == 1 else f"p. {pages[0]}-{pages[-1]}"


def askers_label(passage: Passage) -> str:
    """Who asked: "gesteld door VVD, PvdA" when all numbers share askers, else per group of numbers
    ("vraag 12: VVD · vragen 21-23: PvdA, SP")."""
    groups: dict[tuple[str, ...], list[int]] = {}
    for number in sorted(set(passage.questions)):
        groups.setdefault(tuple(passage.asked_by(number)), []).append(number)
    groups.pop((), None)
    if not groups:
        return ""
    if len(groups) == 1:
        return "gesteld door " + ", ".join(next(iter(groups)))
    return " · ".join(f"{numbers_label(numbers).lower()}: {', '.join(askers)}"
                      for askers, numbers in sorted(groups.items(), key=lambda item: item[1][0]))


def source_cards(passages: Sequence[Passage], *, full: bool = False, heading: str = "",
                 empty: str = "Bij dit antwoord horen geen bronnen.", anchors: bool = False) -> str:
    """All cards in one container; `full` opens the whole passage (lookups) instead of folding it away;
    `anchors` gives each card id="bron-N" so the [N] links in the answer can point at it."""
    parts = ['<div class="source-cards">']
    if heading:
        parts.append(f'<p class="sources-heading">{esc(heading)}</p>')
    if not passages:
        parts.append(f'<p class="sources-empty">{esc(empty)}</p>')
    parts.extend(source_card(p, i, full=full, anchor=anchors) for i, p in enumerate(passages))
    parts.append("</div>")
    return "\n".join(parts)


def source_card(passage: Passage, index: int, *, full: bool = False, anchor: bool = False) -> str:
    """One card: title, meta line, askers, status, the question (full), highlight, table row, passage, buttons."""
    questions = ",".join(str(n) for n in sorted(set(passage.questions)))
    card_id = f'id="bron-{index + 1}" ' if anchor else ""
    attrs = (f'{card_id}class="source-card" data-doc-id="{esc(passage.doc_id)}" data-questions="{esc(questions)}" '
             f'data-index="{index}" data-kind="{esc(passage.kind)}" data-unit-id="{esc(passage.unit_id)}"')
    body = [
        f'<div class="card-title"><span class="card-rank">{index + 1}</span> {esc(passage.title)}</div>',
        f'<div class="card-meta">{_meta(passage)}</div>',
    ]
    askers = askers_label(passage)
    if askers:
        body.append(f'<div class="card-askers">{esc(askers[0].upper() + askers[1:])}</div>')
    if passage.status in STATUS_NOTES:
        body.append(f'<div class="card-status">⚠ {esc(STATUS_NOTES[passage.status])}</div>')
    if passage.question_text and full:
        body.append(f'<div class="card-question"><strong>Vraag:</strong> {esc(passage.question_text)}</div>')
    if passage.table_row:
        body.append(table_row_html(passage.table_row))
    elif passage.highlight and not full:
        body.append(f'<blockquote class="card-highlight">{esc(passage.highlight)}</blockquote>')
    open_attr = " open" if full else ""
    summary = "Volledige tekst" if full else "Hele passage tonen"
    body.append(f'<details class="card-passage"{open_attr}><summary>{summary}</summary>'
                f'<div class="passage-text">{esc(passage.text)}</div>{notes_html(passage.notes)}</details>')
    body.append(_actions(passage, index))
    return f"<article {attrs}>\n" + "\n".join(body) + "\n</article>"


def notes_html(notes: Sequence[tuple[int, str]]) -> str:
    """The footnotes marked in a passage, under its text as on the printed page ("22 De regering besloot …")."""
    if not notes:
        return ""
    items = "".join(f'<li value="{number}">{esc(text)}</li>' for number, text in notes)
    return f'<ol class="card-notes" aria-label="Voetnoten">{items}</ol>'


def section_label(section: str, keep: int = 2) -> str:
    """The last `keep` levels of a section path: "… › Midden-Limburg › Aanpak leegstaand vastgoed"."""
    levels = [level.strip() for level in section.split(" > ") if level.strip()]
    shown = " › ".join(levels[-keep:])
    return ("… › " + shown) if len(levels) > keep else shown


def table_row_html(row: Sequence[tuple[str, str]]) -> str:
    """A table row as a small two-column table: column header, cell."""
    cells = "".join(f"<tr><th scope=\"row\">{esc(column)}</th><td>{esc(cell)}</td></tr>" for column, cell in row)
    return f'<table class="card-table">{cells}</table>'


def _meta(passage: Passage) -> str:
    items = [passage.date, passage.reference]
    if passage.questions:
        items.append(numbers_label(passage.questions))
    elif passage.kind == "footnote":
        items.append(passage.section.lower())  # "voetnoot 16"
    elif passage.section:
        items.append("§ " + section_label(passage.section))
    items.append(pages_label(passage.pages))
    return " · ".join(esc(item) for item in items if item)


def _actions(passage: Passage, index: int) -> str:
    return (
        '<div class="card-actions">'
        f'<button type="button" class="card-button copy-citation" data-citation="{esc(passage.citation())}" '
        f'title="{esc(passage.citation())}" onclick="{esc(COPY_ONCLICK)}">Kopieer citaat</button>'
        f'<button type="button" class="card-button open-letter" data-index="{index}">Open in brief</button>'
        "</div>"
    )
