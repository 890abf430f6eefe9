"""Token-bounded chunks that never cross a unit boundary.

Tokens are counted with the embedding model's own tokenizer (passed in by the index layer), so a chunk never
exceeds what the model reads. Each chunk of a question unit repeats the question numbers and the start of the
question, so a passage retrieved on its own still says what it answers. Windows end at sentence ends
(corpus.sentences) and cite the pages of their own characters. Every row of a table is one more chunk (kind
"table_row"), its caption first and each cell with its column header, beside the table's text chunks.

Example:
    >>> chunks = chunk_units(units, count_tokens=lambda s: len(s.split()), max_tokens=300)
"""
from __future__ import annotations

import re
from typing import Callable

from corpus.records import Chunk, Unit
from corpus.sentences import split_sentences

CHUNKER_VERSION = "11"  # bump whenever cleaning, structure or chunking output changes


def chunk_units(
    units: list[Unit], count_tokens: Callable[[str], int], max_tokens: int = 320, question_tokens: int = 90
) -> list[Chunk]:
    """Split every unit into chunks of at most `max_tokens` tokens, sentence-aligned."""
    chunks: list[Chunk] = []
    for unit in units:
        chunks += _chunk_unit(unit, count_tokens, max_tokens, question_tokens)
        chunks += _table_rows(unit, count_tokens)
    return chunks


def _table_rows(unit: Unit, count_tokens) -> list[Chunk]:
    """One chunk per table row: 'caption\nKrimpregio: Parkstad | Bedragen (...): 3.910.787 | ...'."""
    result = []
    for t, table in enumerate(unit.tables):
        title = table.caption or unit.heading.split(" > ")[-1]
        for r, row in enumerate(table.rows):
            text = f"{title}\n{table.row_text(row)}".strip()
            result.append(Chunk(
                chunk_id=f"{unit.unit_id}#t{t}r{r}", unit_id=unit.unit_id, doc_id=unit.doc_id, kind="table_row",
                text=text, start=row.start, end=row.end, pages=unit.pages_between(row.start, row.end),
                questions=unit.questions, heading=unit.heading, token_count=count_tokens(text),
            ))
    return result


def _chunk_unit(unit: Unit, count_tokens, max_tokens: int, question_tokens: int) -> list[Chunk]:
    prefix = _prefix(unit, count_tokens, question_tokens)
    budget = max(64, max_tokens - count_tokens(prefix))
    body = unit.body_text or unit.question_text
    body_offset = unit.body_start if unit.body_text else unit.start
    pieces = _windows(body, count_tokens, budget)
    result = []
    for k, (start, end) in enumerate(pieces):
        text = f"{prefix}\n\n{body[start:end]}".strip() if prefix else body[start:end]
        result.append(
            Chunk(
                chunk_id=f"{unit.unit_id}#{k}",
                unit_id=unit.unit_id,
                doc_id=unit.doc_id,
                kind=unit.kind,
                text=text,
                start=body_offset + start,
                end=body_offset + end,
                pages=unit.pages_between(body_offset + start, body_offset + end),
                questions=unit.questions,
                heading=unit.heading,
                token_count=count_tokens(text),
            )
        )
    return result


def _prefix(unit: Unit, count_tokens, question_tokens: int) -> str:
    """What every chunk of the unit repeats: the question (shortened) or the section heading."""
    if unit.kind == "qa" and unit.body_text:
        question = unit.question_text or ""
        if count_tokens(question) > question_tokens:
            words = question.split()
            while words and count_tokens(" ".join(words)) > question_tokens:
                words = words[: int(len(words) * 0.85)]
            question = " ".join(words) + " …"
        label = "Vraag " + ", ".join(str(n) for n in unit.questions) if unit.questions else "Vraag"
        return f"{label}: {question}".strip()
    if unit.heading and unit.heading != "Inleiding":
        parts = unit.heading.split(" > ")
        if unit.kind == "table" and len(parts) >= 3:
            # a table's own heading is a column ("Inzet van de Rijksoverheid"); the region it is about stands in
            # the heading above ("1. Samenwerkingsafspraken Achterhoek (krimpregio)"): without it, "Wat doet het
            # Rijk in de Achterhoek voor …?" finds no window that names the Achterhoek
            return _region_heading(parts[-2]) + " > " + parts[-1]
        return parts[-1]
    return ""


def _region_heading(heading: str) -> str:
    """The region's heading without its number and its kind: "1. Samenwerkingsafspraken Achterhoek (krimpregio)" ->
    "Samenwerkingsafspraken Achterhoek". The kind repeated in 134 windows made "krimpregio" a common word, and the
    question "Welke krimpregio krijgt het minst?" no longer found the DU table first.

    >>> _region_heading("3. Samenwerkingsafspraken Groningen (krimpregio’s De Marne, Eemsdelta & Oost-Groningen)")
    'Samenwerkingsafspraken Groningen (De Marne, Eemsdelta & Oost-Groningen)'
    """
    heading = re.sub(r"^\d+\.\s*", "", heading)
    heading = re.sub(r"\s*\((?:krimp|anticipeer)regio\)", "", heading)
    return re.sub(r"\((?:krimp|anticipeer)regio[’']s\s+", "(", heading)


def _windows(text: str, count_tokens, budget: int) -> list[tuple[int, int]]:
    """Sentence-aligned (start, end) windows of `text`, each within `budget` tokens."""
    sentences = split_sentences(text)
    windows: list[tuple[int, int]] = []
    start = end = None
    used = 0
    for s, e in sentences:
        cost = count_tokens(text[s:e])
        if start is not None and used + cost > budget:
            windows.append((start, end))
            start, used = None, 0
        if cost > budget:  # one very long "sentence" (a run of table rows): cut it at lines, then by words
            windows += _windows_of_lines(text, s, e, count_tokens, budget)
            continue
        if start is None:
            start = s
        end, used = e, used + cost
    if start is not None:
        windows.append((start, end))
    return windows or [(0, len(text))]


def _windows_of_lines(text: str, start: int, end: int, count_tokens, budget: int) -> list[tuple[int, int]]:
    """Windows within [start, end) that end at line breaks where they can; a line over budget is cut by words."""
    lines = [(start + m.start(), start + m.end()) for m in re.finditer(r"[^\n]+", text[start:end])]
    windows: list[tuple[int, int]] = []
    first = last = None
    for s, e in lines:
        if first is not None and count_tokens(text[first:e]) > budget:
            windows.append((first, last))
            first = None
        if count_tokens(text[s:e]) > budget:
            windows += _hard_split(text, s, e, count_tokens, budget)
            continue
        first = s if first is None else first
        last = e
    if first is not None:
        windows.append((first, last))
    return windows


def _hard_split(text: str, start: int, end: int, count_tokens, budget: int) -> list[tuple[int, int]]:
    words = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])]
    windows, first = [], 0
    while first < len(words):
        last = min(len(words), first + max(1, budget // 2))
        while last > first + 1 and count_tokens(text[words[first][0]:words[last - 1][1]]) > budget:
            last -= max(1, (last - first) // 5)
        windows.append((words[first][0], words[last - 1][1]))
        first = last
    return windows
