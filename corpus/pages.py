"""Split PDF-extracted text into pages and strip page furniture.

Extracted letters mark pages in one of two ways: an explicit "Pagina N van M" line (at the foot of a page, or at
the head of the next one), or a line that starts with a single space, which the extractor emits as the first
line of every page. Both are read here; what remains is per-page body lines plus footnotes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from corpus.records import Footnote

PAGEMARKER = re.compile(r"^\s*Pagina\s+(\d+)\s+van\s+(\d+)\s*$", re.IGNORECASE)
RUNNING_HEADER = re.compile(r"\|.*\bpagina\s+\d+\s*$", re.IGNORECASE)
PAGE_START = re.compile(r"^ \S")
LONE_NUMBER = re.compile(r"^\s*(\d{1,3})\s*$")
FOOTNOTE_WITH_TEXT = re.compile(r"^\s*(\d{1,3})\s+(\S.*)$")
GLUED_START = re.compile(r"^\s*(\d{1,3})([A-Z][a-z].*)$")  # the next footnote's number glued to its first word
# A footnote that is only a web address or one kamerstuk, and the bare address the extractor repeats under it: never
# running text, also where the page break above them was lost ("10 https://www.erfgoeddeal.nl/programma/parnters",
# "30 Kamerstuk 33 358, nr. 28")
CITATION_FOOTNOTE = re.compile(r"^\s*(\d{1,3})\s+(https?://\S+|"
                               r"Kamerstuk(?:ken)?\s+(?:II\s+)?[\d\s/,]+[A-Z]?,?\s+nr\.\s*\d+\.?)\s*$")
LONE_URL = re.compile(r"^\s*(https?://\S+)\s*$")
HEADER_LABELS = ("kenmerk", "uw kenmerk", "ons kenmerk", "datum", "bijlage(n)", "bijlagen")
HEADER_LABEL_WITH_VALUE = re.compile(r"^\s*(Kenmerk|Datum|Uw kenmerk|Ons kenmerk)\s+\S", re.IGNORECASE)


@dataclass
class Page:
    number: int | None
    lines: list[str]
    footnotes: list[Footnote] = field(default_factory=list)
    references: dict[int, str] = field(default_factory=dict)  # footnote number -> the line's text up to its mark


def is_blank(line: str) -> bool:
    return not line.strip()


def split_pages(raw: str) -> tuple[list[Page], int]:
    """Return the pages of a letter (body lines still raw) and the page total the markers state (0 if none)."""
    lines = raw.splitlines()
    if lines and _is_double_spaced(lines):
        lines = [ln for ln in lines if ln != ""]
    markers = [(i, int(m.group(1)), int(m.group(2))) for i, ln in enumerate(lines) if (m := PAGEMARKER.match(ln))]
    total = max((t for _, _, t in markers), default=0)
    if markers and _markers_close_pages(lines, markers[0]):
        pages = _split_at_footers(lines, markers)
    else:
        pages = _split_at_page_starts(lines, markers)
    for page in pages:  # a letter may be double-spaced in its body and single-spaced in its annexes
        if _is_double_spaced(page.lines):
            page.lines = [ln for ln in page.lines if ln != ""]
    return pages, total


def _is_double_spaced(lines: list[str]) -> bool:
    """Double-spaced extraction: an empty line after every text line; whitespace-only lines end paragraphs."""
    return len(lines) >= 6 and sum(1 for ln in lines if ln == "") > 0.4 * len(lines)


def _markers_close_pages(lines: list[str], first_marker: tuple[int, int, int]) -> bool:
    index, number, _ = first_marker
    starts_before = 1 + sum(1 for ln in lines[1:index] if PAGE_START.match(ln))
    return number == starts_before


def _split_at_footers(lines: list[str], markers: list[tuple[int, int, int]]) -> list[Page]:
    pages, begin = [], 0
    for index, number, _ in markers:
        pages.append(Page(number, lines[begin:index]))
        begin = index + 1
    rest = lines[begin:]
    if any(not is_blank(ln) for ln in rest):
        pages.append(Page(markers[-1][1] + 1, rest))
    return pages


def _split_at_page_starts(lines: list[str], markers: list[tuple[int, int, int]]) -> list[Page]:
    marker_at = {i: n for i, n, _ in markers}
    starts: list[int] = [0]
    for i, line in enumerate(lines[1:], start=1):
        recent_marker = any(i - k in marker_at for k in range(1, 8))
        if i in marker_at or (PAGE_START.match(line) and not recent_marker):
            starts.append(i)
    if len(starts) == 1 and not markers:
        return [Page(None, lines)]
    pages, number = [], 0
    for k, begin in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(lines)
        number = marker_at.get(begin, number + 1)
        body = lines[begin + 1:end] if begin in marker_at else lines[begin:end]
        pages.append(Page(number, body))
    return pages


def strip_furniture(page: Page, is_first: bool) -> list[str]:
    """Remove running headers, repeated Kenmerk/Datum blocks and page numbers; return the header lines removed."""
    lines = [ln for ln in page.lines if not PAGEMARKER.match(ln) and not RUNNING_HEADER.search(ln)]
    removed: list[str] = []
    if is_first:
        betreft = next((i for i, ln in enumerate(lines[:25]) if ln.strip().lower().startswith("betreft")), None)
        if betreft is not None:
            end = betreft + 1
            while end < len(lines) and not is_blank(lines[end]):
                end += 1
            removed, lines = lines[:end], lines[end:]
    lines, head = _strip_header_block(lines)
    removed += head
    while lines and is_blank(lines[-1]):
        lines.pop()
    page.lines = lines
    return removed


def _strip_header_block(lines: list[str]) -> tuple[list[str], list[str]]:
    removed: list[str] = []
    i = 0
    while True:
        while i < len(lines) and is_blank(lines[i]):
            i += 1
        if i >= len(lines):
            break
        label = lines[i].strip().lower()
        if label in HEADER_LABELS:
            removed.append(lines[i])
            i += 1
            while i < len(lines) and is_blank(lines[i]):
                i += 1
            if i < len(lines) and len(lines[i].strip()) <= 40:
                removed.append(lines[i])
                i += 1
        elif HEADER_LABEL_WITH_VALUE.match(lines[i]) and len(lines[i].strip()) <= 45:
            removed.append(lines[i])
            i += 1
        else:
            break
    return lines[i:], removed


def names_with_digits(raw: str) -> frozenset[str]:
    """Capitalised words with digits glued on that recur ("Platform31", "CO2"): names, not footnote references,
    which a letter makes once per number (and a lower-case word with a reference, "bevolkingsdaling5", may recur
    across letters because their footnotes each start at 1).

    >>> sorted(names_with_digits("Platform31 en Platform31 meten CO2 en CO2; zie kunnen1. en kunnen1."))
    ['CO2', 'Platform31']
    """
    counts: dict[str, int] = {}
    for match in GLUED_NAME.finditer(raw):
        counts[match.group(0)] = counts.get(match.group(0), 0) + 1
    return frozenset(name for name, count in counts.items() if count >= 2)


def extract_footnotes(page: Page, names: frozenset[str] = frozenset()) -> None:
    """Move the footnote block at the foot of a page into page.footnotes and drop inline reference markers
    (except the digits of `names`, see names_with_digits)."""
    lines = page.lines
    block_start = _footnote_block_start(lines)
    if block_start is not None:
        page.footnotes = _parse_footnotes(lines[block_start:], page.number)
        lines = lines[:block_start]
        while lines and is_blank(lines[-1]):
            lines.pop()
    lines = _move_citation_footnotes(page, lines)
    numbers = {f.number for f in page.footnotes}
    kept, pending = [], []  # pending: marks on a line of their own, not yet placed
    for line in lines:
        lone = LONE_NUMBER.match(line)
        if lone and (int(lone.group(1)) in numbers or not numbers):
            if int(lone.group(1)) in numbers and kept:
                pending.append(int(lone.group(1)))
            continue  # a reference marker or a page number on a line of its own
        note_references(page, line, numbers, names)
        kept.append(strip_glued_markers(line, numbers, names))
        _place_lone_marks(page, pending, kept)
    _place_lone_marks(page, pending, kept + [""])
    page.lines = kept


def _place_lone_marks(page: Page, pending: list[int], kept: list[str]) -> None:
    """Note where marks that stood on a line of their own belong: the extractor puts a superscript mark above the
    line it stands in, so it is placed in that line, after its first word ("heeft" / "15" / "het kabinet …" places
    15 after "heeft het"): the sentence it annotates is right, the word it stood after is a guess. `kept[-1]` is
    that line, `kept[-2]` the one before it.

    >>> page = Page(25, [])
    >>> _place_lone_marks(page, [15], ["In antwoord hierop heeft", "het kabinet in 2018 de Leidraad"])
    >>> page.references
    {15: 'In antwoord hierop heeft het'}
    """
    if not pending or len(kept) < 2:
        return
    before, first = kept[-2].strip(), " ".join(kept[-1].split()[:1])
    context = before + first if before.endswith("-") else f"{before} {first}"  # "Arnhem-" / "Oost en …"
    for number in pending:
        page.references.setdefault(number, context)
    pending.clear()


def note_references(page: Page, line: str, numbers: set[int], names: frozenset[str] = frozenset()) -> None:
    """Note in page.references where the line marks a footnote: its text up to the mark, marks taken out
    ("… dat hen onderscheidt van groeigemeenten." for "groeigemeenten.21"), so the cleaned text can place it.

    >>> page = Page(13, [])
    >>> note_references(page, "van groeigemeenten.21 De evaluatie van de krimpmaatstaf22 in het", {21, 22})
    >>> page.references
    {21: 'van groeigemeenten.', 22: 'van groeigemeenten. De evaluatie van de krimpmaatstaf'}
    """
    if not _DIGIT.search(line):  # most lines: no mark to look for
        return
    for n in sorted(numbers - page.references.keys()):
        for match in re.finditer(MARK.format(n=n), line):
            if _word_with(line, match.start(), match.end()) not in names:
                page.references[n] = strip_glued_markers(line[:match.start()], numbers, names)
                break
    for match in GLUED_MARKER.finditer(line):  # a mark whose footnote is at the foot of the next page
        n = int(match.group(0))
        if n not in page.references and _word_with(line, match.start(), match.end()) not in names:
            page.references[n] = strip_glued_markers(line[:match.start()], numbers, names)


def _move_citation_footnotes(page: Page, lines: list[str]) -> list[str]:
    """The lines left after moving footnotes of only a web address or a kamerstuk into page.footnotes (a number
    already noted is not noted twice), and dropping the bare address the extractor repeats under one."""
    body = []
    numbers = {f.number for f in page.footnotes}
    for line in lines:
        if cited := CITATION_FOOTNOTE.match(line):
            if int(cited.group(1)) not in numbers:
                page.footnotes.append(Footnote(int(cited.group(1)), cited.group(2), page.number))
                numbers.add(int(cited.group(1)))
        else:
            body.append(line)
    noted = {f.text.strip() for f in page.footnotes}
    return [line for line in body if not ((lone := LONE_URL.match(line)) and lone.group(1) in noted)]


def _footnote_block_start(lines: list[str]) -> int | None:
    for i, line in enumerate(lines):
        if i == 0 or not is_blank(lines[i - 1]):
            continue
        if not (LONE_NUMBER.match(line) or FOOTNOTE_WITH_TEXT.match(line)):
            continue
        rest = [ln for ln in lines[i:] if not is_blank(ln)]
        starts = [ln for ln in rest if LONE_NUMBER.match(ln) or FOOTNOTE_WITH_TEXT.match(ln)]
        if len(rest) <= 3 * len(starts) + 2 and _first_number(rest[0]) < 200:
            return i
    return None


def _first_number(line: str) -> int:
    match = re.match(r"\s*(\d+)", line)
    return int(match.group(1)) if match else 10**6


def _parse_footnotes(lines: list[str], page: int | None) -> list[Footnote]:
    notes: list[tuple[int, list[str]]] = []
    for line in lines:
        if is_blank(line):
            continue
        lone, with_text = LONE_NUMBER.match(line), FOOTNOTE_WITH_TEXT.match(line)
        glued = GLUED_START.match(line)
        if glued and notes and int(glued.group(1)) == notes[-1][0] + 1:  # "2Ministerie van BZK …"
            notes.append((int(glued.group(1)), [glued.group(2)]))
        elif lone:
            notes.append((int(lone.group(1)), []))
        elif with_text and (not notes or int(with_text.group(1)) > notes[-1][0]):
            notes.append((int(with_text.group(1)), [with_text.group(2)]))
        elif notes:
            notes[-1][1].append(line)
        else:
            notes.append((0, [line]))
    return [Footnote(n, join_footnote_lines(parts), page) for n, parts in notes if parts]


def join_footnote_lines(parts: list[str]) -> str:
    """Join footnote lines, rejoining URLs that the PDF split at a hyphen or slash."""
    text = ""
    for part in (p.strip() for p in parts):
        if not text:
            text = part
        elif text.endswith(("-", "/")) and re.search(r"(https?://|www\.)\S*$", text):
            text += part
        else:
            text = join_two_lines(text, part)
    return text


CONTINUING_WORDS = {"en", "of", "tot", "en/of", "dan"}


def join_two_lines(left: str, right: str) -> str:
    """Join two lines of one paragraph, keeping Dutch hyphens: 'wet-' + 'en regelgeving' -> 'wet- en regelgeving'."""
    if left.endswith("-") and len(left) > 1 and left[-2].isalnum():
        first_word = right.split(" ", 1)[0].lower()
        return f"{left} {right}" if first_word in CONTINUING_WORDS else left + right
    if re.search(r"(https?://|www\.)\S*/$", left):
        return left + right
    return f"{left} {right}"


_DIGIT = re.compile(r"\d")
GLUED_MARKER = re.compile(r"(?<=[a-zà-ÿ]{3})\d{1,2}(?=[.,;:]?(\s|$))")
GLUED_NAME = re.compile(r"(?<![\w-])[A-ZÀ-Þ][A-Za-zÀ-ÿ’']+\d{1,2}(?!\d)")


# footnote n's mark glued to the word or sign before it ("Leefbaarometer 2.0.16", "in 2015.21"), but not the
# second number of "1.1 Inleiding" or "paragraaf 3.21"
MARK = r"(?<=[A-Za-zÀ-ÿ’'”\".,;:)])(?<!^\d[.,])(?<!\s\d[.,])(?<!^\d\d[.,])(?<!\s\d\d[.,]){n}(?=[\s.,;:)]|$)"


def strip_glued_markers(line: str, numbers: set[int], names: frozenset[str] = frozenset()) -> str:
    """Drop footnote references glued to a word ('aan te kunnen1.'), also where the footnote text is missing;
    the digits of a recurring name ('Platform31') stay.

    >>> strip_glued_markers("door Platform31 een onderzoek naar krimp1.", {1}, frozenset({"Platform31"}))
    'door Platform31 een onderzoek naar krimp.'
    """
    if not _DIGIT.search(line):
        return line
    for n in sorted(numbers, reverse=True):
        line = _drop_first(MARK.format(n=n), line, names)
    return _drop_all(GLUED_MARKER, line, names)


def _word_with(line: str, start: int, end: int) -> str:
    """The word that the digits at [start, end) are glued to, digits included."""
    while start > 0 and (line[start - 1].isalpha() or line[start - 1] in "’'"):
        start -= 1
    return line[start:end]


def _drop_first(pattern: str, line: str, names: frozenset[str]) -> str:
    for match in re.finditer(pattern, line):
        if _word_with(line, match.start(), match.end()) not in names:
            return line[:match.start()] + line[match.end():]
    return line


def _drop_all(pattern: re.Pattern, line: str, names: frozenset[str]) -> str:
    return pattern.sub(lambda m: m.group(0) if _word_with(m.string, m.start(), m.end()) in names else "", line)
