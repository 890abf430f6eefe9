"""Find the tables that PDF extraction flattened into lines, and read them back as rows with column headers.

Three shapes occur in the letters:
- amount tables: a run of short lines "label amount [label]" ("Parkstad 3.910.787 Heerlen", "Totaal 11.244.525");
- captioned tables: the lines of the paragraph before a caption "tabel ..." (regions with their province);
- list tables: a two-word header ("Krimpregio’s Gemeenten") over rows "Achterhoek Aalten, Bronckhorst, ...".
Column headers are the short lines above the rows (or the tail of the paragraph above, where the extraction glued
the header to the prose it interrupts). Where a row's words must be divided over columns without a separator, a
cell is a name the letter uses elsewhere too (a province in a province column), so "Noordoost Fryslân Fryslân
Midden-Limburg Limburg" reads as four cells.

Example:
    >>> [t.caption for t in find_tables(corpus.letter("actieplan-2016").clean)][:1]
    ['tabel actueel overzicht krimp- en anticipeerregio’s']
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from corpus.records import CleanLetter, Table, TableRow, Unit

PROVINCES = frozenset("""Groningen Fryslân Drenthe Overijssel Gelderland Flevoland Utrecht Noord-Holland Zuid-Holland
Zeeland Noord-Brabant Limburg""".split())
AMOUNT_ROW = re.compile(r"^(?P<label>[^\d\n]{2,50}?)\s+(?P<amount>\d{1,3}(?:\.\d{3})+)(?:\s+(?P<rest>[^\d\n]{2,40}))?$")
CAPTION = re.compile(r"^(?:tabel|schema)\s+\S", re.IGNORECASE)
TOTAL = re.compile(r"^(?:totaal|total|som)\b", re.IGNORECASE)
SENTENCE_END = re.compile(r"[.;:?!]\s*$")
MIN_ROWS = 3


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    text: str
    paragraph: int  # index of its paragraph


def find_tables(letter: CleanLetter) -> list[Table]:
    """Every table of the letter, in text order."""
    lines = _lines(letter)
    found: list[Table] = []
    taken: set[int] = set()
    for finder in (_amount_tables, _captioned_tables, _list_tables):
        for table, used in finder(letter, lines, taken):
            found.append(table)
            taken |= used
    return sorted(found, key=lambda t: t.start)


def _lines(letter: CleanLetter) -> list[_Line]:
    lines = []
    for k, paragraph in enumerate(letter.paragraphs):
        for match in re.finditer(r"[^\n]+", letter.paragraph_text(paragraph)):
            if match.group().strip():
                lines.append(_Line(paragraph.start + match.start(), paragraph.start + match.end(),
                                   match.group().strip(), k))
    return lines


def _amount_tables(letter, lines, taken):
    k = 0
    while k < len(lines):
        run = list(itertools.takewhile(lambda ln: AMOUNT_ROW.match(ln.text), lines[k:]))
        if len(run) < MIN_ROWS or k in taken:
            k += max(1, len(run))
            continue
        parsed = [AMOUNT_ROW.match(ln.text) for ln in run]
        cells = [tuple(c.strip() for c in (m["label"], m["amount"], m["rest"] or "")) for m in parsed]
        width = 3 if any(c[2] for c in cells) else 2
        header, header_start = _header(letter, lines, k)
        yield _table(letter, lines, k, run, [c[:width] for c in cells], header, header_start, width)
        k += len(run)


def _captioned_tables(letter, lines, taken):
    for k, line in enumerate(lines):
        if not CAPTION.match(line.text) or k == 0 or (k - 1) in taken:
            continue
        paragraph = lines[k - 1].paragraph
        first = k - 1
        while first > 0 and lines[first - 1].paragraph == paragraph:
            first -= 1
        run = lines[first:k]
        if len(run) < MIN_ROWS:
            continue
        header, header_start = _header(letter, lines, first)
        columns = _column_names(header, max(len(ln.text.split()) for ln in run))
        cells = _split_rows([ln.text for ln in run], columns, letter.text)
        if cells:
            yield _table(letter, lines, first, run, cells, header, header_start, len(columns))


def _list_tables(letter, lines, taken):
    previous: tuple[int, str] = (-1, "")  # (last row line, caption) of the list table before
    for k, line in enumerate(lines):
        words = line.text.split()
        if k in taken or len(words) != 2 or not all(w[0].isupper() for w in words) or SENTENCE_END.search(line.text):
            continue
        # the rows run until the next header over the same column ("Anticipeerregio’s Gemeenten")
        run = list(itertools.takewhile(lambda ln: _is_list_row(ln) and ln.text.split()[-1] != words[-1],
                                       lines[k + 1:]))
        if len(run) < MIN_ROWS:
            continue
        cells = _split_rows([ln.text for ln in run], list(words), letter.text)
        if cells:  # a second header right under a table continues it: same caption ("Anticipeerregio’s Gemeenten")
            caption = previous[1] if previous[0] == k - 1 else None
            table, used = _table(letter, lines, k + 1, run, cells, line.text, line.start, 2, caption)
            previous = (k + len(run), table.caption)
            yield table, used


def _is_list_row(line: _Line) -> bool:
    words = line.text.split()
    if len(words) < 2 or len(words) > 25 or SENTENCE_END.search(line.text) or not line.text[0].isupper():
        return False
    return "," in line.text or len(words) <= 5 and all(w[0].isupper() for w in words if len(w) > 3)


def _header(letter: CleanLetter, lines: list[_Line], first_row: int) -> tuple[str, int]:
    """The column header text above row `first_row`, and where it starts."""
    parts: list[_Line] = []
    k = first_row - 1
    while k >= 0 and len(parts) < 4:
        line = lines[k]
        if len(line.text) > 70 or SENTENCE_END.search(line.text) or CAPTION.match(line.text):
            break
        parts.insert(0, line)
        k -= 1
    if parts:
        return " ".join(p.text for p in parts), parts[0].start
    if k >= 0:  # the header was glued to the end of the prose paragraph the table interrupts
        tail = _glued_header(lines[k].text)
        if tail:
            return tail, lines[k].end - len(tail)
    return "", lines[first_row].start


def _glued_header(prose: str) -> str:
    words = prose.split(" ")
    for i in range(max(1, len(words) - 12), len(words)):
        tail = " ".join(words[i:])
        if words[i][:1].isupper() and words[i - 1][:1].islower() and not re.search(r"[.;:!?\d]", tail):
            return tail
    return ""


def _column_names(header: str, width_hint: int) -> list[str]:
    """Header text split into column names at capitalised words outside parentheses."""
    names, depth = [], 0
    for word in header.split():
        if depth == 0 and word[0].isupper() and (not names or not names[-1].endswith(("/", "-"))):
            names.append(word)
        elif names:
            names[-1] += " " + word
        else:
            names.append(word)
        depth += word.count("(") - word.count(")")
    words = [w for w in header.split() if "(" not in w and ")" not in w]
    if len(names) < width_hint and len(words) >= len(names) and len(header.split()) <= 6:
        names = header.split()
    return names


def _split_rows(texts: list[str], columns: list[str], letter_text: str) -> list[tuple[str, ...]] | None:
    """Each row's words divided over the columns; rows narrower than the table fill its last columns."""
    rows = []
    for text in texts:
        name = text.rstrip("*")
        if len(columns) > 2 and name not in PROVINCES and _used_elsewhere(name, letter_text):
            # one name on its own ("Zuidoost Fryslân"): the last name column, not a region and a province
            last = max(i for i, c in enumerate(columns) if not c.lower().startswith("provincie"))
            rows.append(tuple(text if i == last else "" for i in range(len(columns))))
            continue
        for width in range(len(columns), 0, -1):
            cells = _split(text, [c for c in columns[len(columns) - width:]] if width < len(columns) else columns,
                           letter_text)
            if cells:
                rows.append(("",) * (len(columns) - width) + cells)
                break
        else:
            return None
    return rows


def _split(text: str, columns: list[str], letter_text: str) -> tuple[str, ...] | None:
    words = text.split()
    if len(words) < len(columns):
        return None
    last_is_list = columns and len(columns) == 2 and "," in text
    for cuts in itertools.combinations(range(1, len(words)), len(columns) - 1):
        bounds = (0,) + cuts + (len(words),)
        cells = tuple(" ".join(words[a:b]) for a, b in zip(bounds, bounds[1:]))
        if all(_fits(cell, column, letter_text, is_last=(i == len(columns) - 1) and last_is_list)
               for i, (cell, column) in enumerate(zip(cells, columns))):
            if last_is_list:  # a label and a list: the longest label the letter also uses elsewhere
                return _longest_label(words, letter_text) or cells
            return cells
    return None


def _longest_label(words: list[str], letter_text: str) -> tuple[str, str] | None:
    for cut in range(min(5, len(words) - 1), 0, -1):
        label = " ".join(words[:cut])
        if "," not in label and _used_elsewhere(label, letter_text):
            return label, " ".join(words[cut:])
    return None


def _fits(cell: str, column: str, letter_text: str, is_last: bool) -> bool:
    if column.lower().startswith("provincie"):
        return cell in PROVINCES
    if is_last:
        return True
    return cell.rstrip("*") not in PROVINCES and _used_elsewhere(cell, letter_text)


@lru_cache(maxsize=4096)
def _used_elsewhere(name: str, letter_text: str) -> bool:
    """The letter names `name` (as whole words) at least twice: in the row and somewhere else."""
    name = name.rstrip("*")
    return len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", letter_text)) >= 2


def _table(letter, lines, first, run, cells, header, header_start, width, caption=None) -> tuple[Table, set[int]]:
    columns = _column_names(header, width)
    columns = (columns + [f"Kolom {i + 1}" for i in range(len(columns), width)])[:width]
    if len(columns) > width:
        columns = columns[:width - 1] + [" ".join(columns[width - 1:])]
    after = first + len(run)
    caption_line = lines[after] if after < len(lines) and CAPTION.match(lines[after].text) else None
    if caption is None:
        caption = _caption(caption_line.text) if caption_line else _heading_above(lines, header_start)
    rows = tuple(TableRow(tuple(c), ln.start, ln.end, letter.page_at(ln.start), bool(TOTAL.match(c[0] if c else "")))
                 for ln, c in zip(run, cells))
    end = caption_line.end if caption_line else run[-1].end
    used = set(range(first, after)) | ({after} if caption_line else set())
    return Table(caption, tuple(columns), rows, min(header_start, run[0].start), end,
                 letter.page_at(run[0].start)), used


def _caption(text: str) -> str:
    """A caption without the footnotes glued after it ('tabel ... * Deze regio’s ...')."""
    return re.split(r"\s\*", text, maxsplit=1)[0].strip()


def _heading_above(lines: list[_Line], offset: int) -> str:
    above = [ln for ln in lines if ln.end < offset][-1:]
    if above and len(above[0].text) <= 100 and not SENTENCE_END.search(above[0].text):
        return above[0].text
    return ""


def attach_tables(units: list[Unit], tables: list[Table]) -> list[Unit]:
    """Each unit with the tables whose first row lies in it, the unit's heading as their section."""
    attached = []
    for unit in units:
        own = tuple(replace(t, section=unit.heading) for t in tables if unit.start <= t.rows[0].start < unit.end)
        attached.append(replace(unit, tables=own) if own else unit)
    return attached
