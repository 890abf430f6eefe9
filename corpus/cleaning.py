"""Turn raw extracted text into clean paragraphs with a page for every character.

Example:
    >>> letter = clean_letter("atlas", open("corpus/letters/004_1b27eed6cc467110.txt").read())
    >>> letter.page_at(letter.text.index("De rijksinzet voor de regio"))
    15
"""
from __future__ import annotations

import re
import statistics

from corpus.footnotes import (append_footnotes, place_references, recover_lost_footnotes,
                              take_marks_before_their_page)
from corpus.pages import (
    Page,
    extract_footnotes,
    is_blank,
    join_two_lines,
    names_with_digits,
    split_pages,
    strip_furniture,
)
from corpus.records import CleanLetter, Paragraph
from corpus.sentences import ABBREVIATIONS

SENTENCE_END = re.compile(r"[.?!:;]\s*[”’\"']?$")
PARAGRAPH_BREAK = None


def clean_letter(doc_id: str, raw: str, names: frozenset[str] = frozenset()) -> CleanLetter:
    """Clean one letter: pages split and furniture removed, footnotes moved out (and appended after the text,
    outside its paragraphs: corpus/footnotes.py), lines joined into paragraphs.
    `names`: words with digits that recur in other letters too (see names_with_digits)."""
    pages, total = split_pages(raw.replace("\r\n", "\n").replace("\x0c", "\n"))
    names = names | names_with_digits(raw)
    header_lines: list[str] = []
    for k, page in enumerate(pages):
        header_lines += strip_furniture(page, is_first=k == 0)
        extract_footnotes(page, names)
    recover_lost_footnotes(pages, names)
    take_marks_before_their_page(pages, names)
    footnotes = [note for page in pages for note in page.footnotes]
    unnumbered = not _numbers_its_sections(pages)
    stream = _line_stream(pages, unnumbered=unnumbered)
    if unnumbered:
        stream = _rejoin_cut_sentences(stream)
    text, paragraphs, page_starts = _assemble(stream)
    numbered = [p.number for p in pages if p.number is not None]
    footnotes = place_references(text, page_starts if numbered else [], pages, footnotes)
    text, page_starts, footnotes = append_footnotes(text, page_starts if numbered else [], footnotes)
    present = tuple(sorted(set(numbered)))
    return CleanLetter(
        doc_id=doc_id,
        text=text,
        paragraphs=paragraphs,
        page_starts=page_starts,
        footnotes=footnotes,
        header_lines=header_lines,
        pages_present=present,
        pages_total=max(total, max(present, default=0)),
    )


def _numbers_its_sections(pages: list[Page]) -> bool:
    """A letter with numbered chapters and sections ("Hoofdstuk 3.", "3.1.1 Financiën"), like the action plan."""
    return any(NUMBERED_SECTION.match(line) for page in pages for line in page.lines)


def _line_stream(pages: list[Page], unnumbered: bool = True) -> list[tuple[str, int | None] | None]:
    """Body lines with their page; None marks a paragraph break. Paragraphs that run over a page are kept whole.
    In a letter without numbered sections (`unnumbered`) a heading may also follow a sentence's end directly; a
    numbered letter's unnumbered sub-headings ("Gemeentelijk niveau" under "3.1.1 Financiën") stay in their
    section, with the tables the reading of that section's rows relies on."""
    stream: list[tuple[str, int | None] | None] = []
    previous_page: int | None = None
    for page in pages:
        lines = list(page.lines)
        while lines and is_blank(lines[0]):
            lines.pop(0)
        if not lines:
            continue
        if stream and not (_follows(previous_page, page.number) and _continues(stream, lines[0])):
            stream.append(PARAGRAPH_BREAK)
        for k, line in enumerate(lines):
            following = lines[k + 1] if k + 1 < len(lines) else ""
            if is_blank(line):
                _break(stream)
            elif NUMBERED_QUESTION_LINE.match(line):  # PDF text often has no blank line before "3. Wanneer ..."
                _break(stream)
                stream.append((line, page.number))
            elif STANDALONE_LINE.match(line) or (
                (_at_paragraph_start(stream) or (unnumbered and _after_sentence(stream)))
                and looks_like_heading_line(line, following)
            ):
                _break(stream)
                stream.append((line, page.number))
                stream.append(PARAGRAPH_BREAK)
            else:
                stream.append((line, page.number))
        previous_page = page.number
    return stream


_ENDS_IN_A_WORD = re.compile(r"[a-zà-ÿ]$")
_OPENS_WITH_A_WORD = re.compile(r"^\s*[a-zà-ÿ]{2,}(?![\w.])")  # "bereikbaarheid een …", not "drs. K.H. Ollongren"


def _rejoin_cut_sentences(stream: list) -> list:
    """Drop a paragraph break inside a sentence: the line before it ends in a word and the line after it goes on
    in lower case, with no page missing between them. A lost page break (with a footnote under it) cut twelve of
    the evaluation letter's sentences ("… vergt het domein" | "bereikbaarheid een aangepaste inzet …"). Only
    letters without numbered sections: the action plan's tables and bullets also break there, on purpose.

    >>> _rejoin_cut_sentences([("vergt het domein", 3), None, ("bereikbaarheid een inzet.", 4)])
    [('vergt het domein', 3), ('bereikbaarheid een inzet.', 4)]
    >>> len(_rejoin_cut_sentences([("Hanke Bruins Slot", 3), None, ("geconstateerde problemen", 5)]))
    3
    """
    kept: list = []
    for k, item in enumerate(stream):
        if item is PARAGRAPH_BREAK and kept and kept[-1] is not PARAGRAPH_BREAK and k + 1 < len(stream):
            before, after = kept[-1], stream[k + 1]
            if (after is not PARAGRAPH_BREAK and _ENDS_IN_A_WORD.search(before[0].rstrip())
                    and _OPENS_WITH_A_WORD.match(after[0])
                    and (before[1] is None or after[1] is None or after[1] in (before[1], before[1] + 1))):
                continue
        kept.append(item)
    return kept


def _break(stream: list) -> None:
    if stream and stream[-1] is not PARAGRAPH_BREAK:
        stream.append(PARAGRAPH_BREAK)


def _at_paragraph_start(stream: list) -> bool:
    return not stream or stream[-1] is PARAGRAPH_BREAK


def _after_sentence(stream: list) -> bool:
    """The line before ended a sentence: a heading may follow without a blank line ("… van deze brief.",
    "Evaluatie tweede Actieplan Bevolkingsdaling (2016-2020)", "Ik heb januari jl. …" in the evaluation letter).

    >>> _after_sentence([("verwijs ik u naar bijlage 1 van deze brief.", 3)])
    True
    >>> _after_sentence([("zie brief van 3 jl.", 3)])
    False
    """
    if not stream or stream[-1] is PARAGRAPH_BREAK:
        return False
    line = stream[-1][0].rstrip()
    return line.endswith((".", "?", "!")) and line.split()[-1].lower() not in _NO_SENTENCE_END


def _follows(previous: int | None, current: int | None) -> bool:
    """A paragraph may run on over a page break, but not over a page missing from the copy."""
    return previous is None or current is None or current == previous + 1


# Lines that are always a paragraph of their own: numbered headings, annex titles, "Antwoord vraag 7 en 8".
STANDALONE_LINE = re.compile(
    r"^\s*(Hoofdstuk \d+\.?\s+\S.*"
    r"|\d{1,2}(\.\d{1,2})+\.?\s+[A-Za-z‘'].{0,80}"
    r"|Bijlage\s+[IVX\d]+\.?\s+\S.{0,90}"
    r"|\d{1,2}\.\s+Samenwerkingsafspraken\s.{0,80}"
    r"|[A-Z][A-Z’'\- ]{2,40}\s\|\s.{3,100}"
    r"|Vragen en opmerkingen van de leden van de .{2,60}"
    r"|Antwoord(\s+(op\s+)?vra(ag|gen)\s+[\d ,en]+)?)\s*$"
)
_NO_SENTENCE_END = ABBREVIATIONS | {"jl."}  # a line ending "… van 3 jl." has not ended its sentence
NUMBERED_SECTION = re.compile(r"^\s*(?:Hoofdstuk \d+\.?\s+\S|\d{1,2}\.\d{1,2}(?:\.\d{1,2})*\.?\s+[A-Z])")
NUMBERED_QUESTION_LINE = re.compile(r"^\s*\d{1,3}\.\s+[A-Z][a-z]")


def looks_like_heading_line(line: str, following: str) -> bool:
    """A short unpunctuated line opening a paragraph and followed by a new sentence, as in 'Regio Deals'."""
    text, after = line.strip(), following.strip()
    return (
        3 <= len(text) <= 60
        and bool(after)
        and after[0].isupper()
        and len(text) < 0.75 * len(after)
        and (text[0].isupper() or text[0].isdigit())
        and not SENTENCE_END.search(text)
        and not text.endswith((",", "-", "–"))
        and not re.search(r"\(\d{1,3}\)", text)
        and len(text.split()) <= 10
    )


def _continues(stream: list, next_line: str) -> bool:
    last = next((item for item in reversed(stream) if item is not PARAGRAPH_BREAK), None)
    if last is None:
        return False
    previous = last[0].rstrip()
    first = next_line.strip()
    if not first:
        return False
    return not SENTENCE_END.search(previous) and (first[0].islower() or first[0] in "(€–-")


def _assemble(stream) -> tuple[str, list[Paragraph], list[tuple[int, int]]]:
    text_parts: list[str] = []
    paragraphs: list[Paragraph] = []
    page_starts: list[tuple[int, int]] = []
    offset = 0
    current: list[tuple[str, int | None]] = []

    def flush() -> None:
        nonlocal offset
        if not current:
            return
        if text_parts:
            text_parts.append("\n\n")
            offset += 2
        body, line_offsets = join_paragraph([ln for ln, _ in current])
        for (_, page), line_offset in zip(current, line_offsets):
            if page is not None and (not page_starts or page_starts[-1][1] != page):
                page_starts.append((offset + line_offset, page))
        is_table = "\n" in body
        paragraphs.append(Paragraph(offset, offset + len(body), is_table))
        text_parts.append(body)
        offset += len(body)
        current.clear()

    for item in stream:
        if item is PARAGRAPH_BREAK:
            flush()
        else:
            current.append(item)
    flush()
    return "".join(text_parts), paragraphs, page_starts


def looks_like_table(lines: list[str]) -> bool:
    """Annex tables come out as runs of short lines; prose lines run to the margin."""
    if len(lines) < 4:
        return False
    return statistics.median(len(ln.strip()) for ln in lines) < 55


def join_paragraph(lines: list[str]) -> tuple[str, list[int]]:
    """Join a paragraph's lines (tables keep their line breaks); return the text and each line's start offset."""
    table = looks_like_table(lines)
    text, offsets = "", []
    for raw_line in lines:
        line = re.sub(r"\s+", " ", raw_line).strip()
        if not text:
            offsets.append(0)
            text = line
            continue
        if table and not text.endswith("-"):
            offsets.append(len(text) + 1)
            text = f"{text}\n{line}"
            continue
        joined = join_two_lines(text, line)
        offsets.append(len(joined) - len(line))
        text = joined
    return text, offsets
