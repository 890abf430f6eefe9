"""The letter viewer and the letters table: read-only views built from LetterView and LetterInfo.

Example:
    >>> html = letter_html(bot.view_letter("atlas", 24973, 25864))
    >>> '<mark id="kb-mark">' in html
    True
    >>> headers, rows = letters_table(bot.letters())
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from assistant import LetterInfo, LetterView
from ui.cards import esc

LETTER_HEADERS = ["Brief-id", "Titel", "Soort", "Datum", "Kenmerk", "Afzender", "Pagina's",
                  "Ontbrekende pagina's", "Vraagnummers", "Eenheden", "Onvolledige eenheden"]


def letter_html(view: LetterView, tables: Sequence[Any] | None = None) -> str:
    """The cleaned letter text, escaped, in a scrollable pre-wrap block with the span in <mark>; the rows of each
    table (corpus Table records: `tables`, else `view.tables`) shown as an HTML table in their place."""
    info, text = view.info, view.text
    start, end = view.highlight_start, view.highlight_end
    tables = view.tables if tables is None else tables
    pieces, cursor = [], 0
    for table in sorted((t for t in tables if t.rows), key=lambda t: t.rows[0].start):
        first, last = table.rows[0].start, table.rows[-1].end
        if first < cursor or (end > start and first < end and start < last):
            continue  # a highlighted table stays text, so the mark never splits an HTML table
        pieces += [_marked(text, cursor, first, start, end), table_html(table)]
        cursor = last
    pieces.append(_marked(text, cursor, len(text), start, end))
    body = "".join(pieces)
    return (
        f'<div class="letter-view" data-doc-id="{esc(info.doc_id)}">'
        f"{letter_header(info, view.page if end > start else None)}"
        f'<div class="letter-text" id="kb-letter-text">{body}</div></div>'
    )


def _marked(text: str, a: int, b: int, start: int, end: int) -> str:
    """text[a:b] escaped, with <mark> around the part of [start, end) that lies inside it."""
    if end <= start or end <= a or start >= b:
        return esc(text[a:b])
    s, e = max(a, start), min(b, end)
    return esc(text[a:s]) + '<mark id="kb-mark">' + esc(text[s:e]) + "</mark>" + esc(text[e:b])


def table_html(table: Any) -> str:
    """One table as HTML: caption, column headers and rows (a totals row marked), every value escaped."""
    head = "".join(f"<th>{esc(c)}</th>" for c in table.columns)
    rows = "".join(('<tr class="total">' if row.is_total else "<tr>")
                   + "".join(f"<td>{esc(c)}</td>" for c in row.cells) + "</tr>" for row in table.rows)
    caption = f"<caption>{esc(table.caption)}</caption>" if table.caption else ""
    return (f'<table class="letter-table" data-page="{esc(table.page or "")}">{caption}'
            f"<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")


def letter_header(info: LetterInfo, page: int | None = None) -> str:
    """Title, metadata, the highlighted page and the pages missing from this copy."""
    meta = " · ".join(esc(x) for x in [info.doc_type, info.date, info.reference, info.minister,
                                       f"{info.pages} pagina's"] if x)
    lines = [f'<h3 class="letter-title">{esc(info.title)}</h3>', f'<p class="letter-meta">{meta}</p>']
    if page is not None:
        lines.append(f'<p class="letter-page">De gemarkeerde passage begint op pagina {esc(page)}.</p>')
    if info.missing_pages:
        pages = ", ".join(str(p) for p in info.missing_pages)
        lines.append(f'<p class="letter-missing">⚠ Ontbrekende pagina\'s in deze kopie: {esc(pages)}.</p>')
    return '<div class="letter-header">' + "".join(lines) + "</div>"


def letters_table(infos: Sequence[LetterInfo]) -> tuple[list[str], list[list[object]]]:
    """Headers and rows for the letters tab (one row per letter, with question coverage)."""
    rows = [[i.doc_id, i.title, i.doc_type, i.date, i.reference, i.minister, i.pages,
             ", ".join(str(p) for p in i.missing_pages), i.question_ranges, i.units, i.incomplete_units]
            for i in infos]
    return LETTER_HEADERS, rows


def letter_choices(infos: Sequence[LetterInfo]) -> list[tuple[str, str]]:
    """(label, doc_id) pairs for dropdowns and checkboxes: "Titel (datum)"."""
    return [(f"{i.title} ({i.date})" if i.date else i.title, i.doc_id) for i in infos]
