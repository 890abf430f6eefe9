"""Footnotes that say something become passages of their own.

A footnote is moved out of the running text at cleaning (corpus/pages.py). All of a letter's footnotes are appended
to its clean text after a "Voetnoten" line, one paragraph each on the page where the footnote stands, so that the
letter viewer shows them and a lookup ("Wat staat er in voetnoot 22?") can cite one. Many only cite a kamerstuk or a
web address, but some carry content that the running text lacks: why the Demowijzer stopped, Tordoir's split of
the countryside, which regions got an atlas of cross-border chances. Each of those becomes a unit of kind
"footnote" (heading "Voetnoot 12", corpus/structure.py), so it is chunked, embedded, cited and judged like any
other text.

Example:
    >>> says_something(Footnote(9, "De door Tordoir gehanteerde driedeling op het platteland is een voorbeeld."))
    True
    >>> says_something(Footnote(30, "Kamerstukken II, 2015/2016, 31 757, nr. 81 en Kamerstukken II, 34 300 XVIII."))
    False
    >>> note = Footnote(9, "Tordoir deelt het platteland op in drie soorten gebieden.", 3)
    >>> text, starts, notes = append_footnotes("Brief.", [(0, 1)], [note])
    >>> text[notes[0].start:notes[0].end], starts[-1], notes[0].passage
    ('Tordoir deelt het platteland op in drie soorten gebieden.', (19, 3), True)
"""
from __future__ import annotations

import re
from dataclasses import replace

from corpus.pages import (FOOTNOTE_WITH_TEXT, MARK, Page, is_blank, join_footnote_lines, note_references,
                          strip_glued_markers)
from corpus.records import FOOTNOTES_HEADING as HEADING
from corpus.records import CleanLetter, Footnote
from corpus.sentences import split_sentences

MIN_WORDS = 5  # words of four or more letters besides web addresses and kamerstuk citations
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+", re.I)
_CITATION_WORDS = re.compile(r"^(?:kamerstuk\w*|handelingen|stcrt|staatscourant|dossier)$", re.I)
_LABELS = re.compile(r"(?:\b[a-zà-ÿ]{4,}\s+){5}[a-zà-ÿ]{4,}\s*$")  # a diagram's stray labels trail, unpunctuated


def says_something(footnote: Footnote) -> bool:
    """More than a citation: at least MIN_WORDS real words once web addresses and citation words are set aside,
    in prose (a footnote that ends in a diagram's stray labels, "bewustwording visievorming planvorming", is none)."""
    text = _ADDRESS.sub(" ", footnote.text)
    words = re.findall(r"[^\W\d_]{4,}", text)
    return not _LABELS.search(text) and sum(not _CITATION_WORDS.match(word) for word in words) >= MIN_WORDS


def append_footnotes(text: str, page_starts: list[tuple[int, int]], footnotes: list[Footnote]
                     ) -> tuple[str, list[tuple[int, int]], list[Footnote]]:
    """The letter's text with all its footnotes appended after a "Voetnoten" line ("14 Potjer, S. (2019). …"), the
    page starts extended with each footnote's page (when the letter has page numbers), and the footnotes with
    their span (the text after the number); `passage` is set on those that say something, each text once."""
    if not footnotes:
        return text, page_starts, footnotes
    text = text.rstrip() + f"\n\n{HEADING}"
    starts, notes, seen = list(page_starts), [], set()
    for note in sorted(footnotes, key=lambda n: (n.page is None, n.page or 0, n.number)):
        body = " ".join(note.text.split())
        text += "\n\n"
        if page_starts and note.page is not None:
            starts.append((len(text), note.page))
        text += f"{note.number} " if note.number else ""
        passage = note.number > 0 and says_something(note) and body not in seen  # 0: a stray line, no footnote
        seen.add(body)
        notes.append(replace(note, text=body, start=len(text), end=len(text) + len(body), passage=passage))
        text += body
    return text, starts, notes


def place_references(text: str, page_starts: list[tuple[int, int]], pages: list[Page],
                     footnotes: list[Footnote]) -> list[Footnote]:
    """The footnotes with `cited_at`: the offset in the cleaned text right after the word their mark was glued to
    (found by the line's text up to the mark, on the footnote's page; -1 where the mark was not seen)."""
    contexts = {(page.number, n): context for page in pages for n, context in page.references.items()}
    placed = []
    for note in footnotes:
        at = -1
        for page in (note.page, note.page - 1 if note.page else None):  # the mark may stand a page before
            context = contexts.get((page, note.number), "")
            if context.strip() and at < 0:
                at = _end_of(context, text, *_page_span(page_starts, page, len(text)))
        placed.append(replace(note, cited_at=at))
    return placed


def annotated_sentence(letter: CleanLetter, note: Footnote) -> str:
    """The sentence of the running text that the footnote's mark stands in (or right after), "" when unknown.

    >>> from corpus import load_corpus
    >>> plan = load_corpus().letter("actieplan-2016").clean
    >>> annotated_sentence(plan, next(n for n in plan.footnotes if n.number == 21)).split(' hebben ')[1]
    'een karakteristiek uitgavenpatroon dat hen onderscheidt van groeigemeenten.'
    """
    if note.cited_at <= 0:
        return ""
    paragraph = next((p for p in letter.paragraphs if p.start < note.cited_at <= p.end), None)
    if paragraph is None or paragraph.is_table:  # a table's cells are no sentence ("Activiteiten Betrokken …")
        return ""
    text = letter.paragraph_text(paragraph)
    at = note.cited_at - paragraph.start
    return next((" ".join(text[s:e].split()) for s, e in split_sentences(text) if s < at <= e + 1), "")


def cited_between(letter: CleanLetter, start: int, end: int) -> list[Footnote]:
    """The footnotes whose marks stand in the letter's text after `start` and up to `end` (a mark is placed right
    after its word, so a passage that ends with that word has it), in order."""
    return sorted((n for n in letter.footnotes if start < n.cited_at <= end), key=lambda n: n.cited_at)


def take_marks_before_their_page(pages: list[Page], names: frozenset[str] = frozenset()) -> None:
    """Note and drop footnote marks that stand on the page before their footnote ("groeigemeenten.21" on page 12,
    footnote 21 at the foot of page 13: the block went over the page break, so the page's own pass missed it)."""
    noted = {n for page in pages for n in page.references}
    for before, page in zip(pages, pages[1:]):
        numbers = {f.number for f in page.footnotes} - noted
        if not numbers:
            continue
        for line in before.lines:
            note_references(before, line, numbers, names)
        before.lines = [strip_glued_markers(line, numbers, names) for line in before.lines]
        noted |= set(before.references)


def _page_span(page_starts: list[tuple[int, int]], page: int | None, length: int) -> tuple[int, int]:
    offsets = [k for k, (_, p) in enumerate(page_starts) if p == page]
    if not offsets:
        return 0, length
    k = offsets[0]
    return page_starts[k][0], page_starts[k + 1][0] if k + 1 < len(page_starts) else length


def _end_of(context: str, text: str, start: int, end: int) -> int:
    """Where the last words of `context` (at least 25 characters of them, when it has 12) end in text[start:end],
    or -1."""
    words, tail = context.split(), []
    while words and len(" ".join(tail)) < 25:
        tail.insert(0, words.pop())
    if len(" ".join(tail)) < 12:  # "1." or "Zie": too little to place the mark by
        return -1
    pattern = re.compile(r"\s+".join(re.escape(word) for word in tail))
    match = pattern.search(text, max(0, start - 200), min(len(text), end + 200))
    return match.end() if match else -1


_LOST_START = re.compile(r"^\s*(\d{1,3})\s+\*?\s*([A-Z].*)$")  # "14 Potjer, S. (2019) …", "80 * De Provincie …"


def recover_lost_footnotes(pages: list[Page], names: frozenset[str] = frozenset()) -> None:
    """Move footnotes left in the running text where the PDF lost the page break above them into page.footnotes.

    A paragraph that opens with a number the letter's footnotes lack, on a page between the footnotes numbered
    just below and just above it ("14 Potjer, S. (2019). Experimenteel Bestuur. …" between footnotes 13 and 15),
    is that footnote; its following lines that open with the next lacking number ("32 Kamerstuk 35 606, nr. 2.")
    are the next. Only where the number's mark stands on that page or the one before ("succesvol14", "nr.
    23802)31"), and never a question ("12 Kunt u …?"): a numbered item of the text has no mark. The marks of
    recovered footnotes are dropped from the page's text (a sentence the footnote cut in two is joined by the
    cleaning: corpus/cleaning.py, _rejoin_cut_sentences)."""
    known = {f.number: k for k, page in enumerate(pages) for f in page.footnotes if f.number > 0}
    if not known:
        return
    lacking = set(range(1, max(known))) - set(known)
    for k, page in enumerate(pages):
        found: list[Footnote] = []
        lines, kept, i = page.lines, [], 0
        while i < len(lines):
            start = _LOST_START.match(lines[i])
            number = int(start.group(1)) if start else 0
            if not (start and number in lacking and (i == 0 or is_blank(lines[i - 1]))
                    and _between_known(number, k, known) and _has_mark(number, pages[max(0, k - 1):k + 1])):
                kept.append(lines[i])
                i += 1
                continue
            end = i
            while end < len(lines) and not is_blank(lines[end]):
                end += 1
            notes = _split_block(lines[i:end], lacking)
            if any("?" in text for _, text in notes):
                kept += lines[i:end]
            else:
                found += [Footnote(n, text, page.number) for n, text in notes]
            i = end
        if found:
            numbers = {f.number for f in found}
            for line in kept:
                note_references(page, line, numbers, names)
            page.lines = [strip_glued_markers(line, numbers, names) for line in kept]
            page.footnotes += found
            lacking -= numbers


def _has_mark(number: int, pages: list[Page]) -> bool:
    """A mark of footnote `number` was seen on these pages (noted at extraction, or still glued in the text)."""
    mark = re.compile(MARK.format(n=number))
    return any(number in page.references or any(mark.search(line) for line in page.lines) for page in pages)


def _between_known(number: int, page_index: int, known: dict[int, int]) -> bool:
    """On a page no earlier than the footnote numbered just below and no later than the one just above."""
    below = [known[n] for n in known if n < number]
    above = [known[n] for n in known if n > number]
    return bool(below or above) and (not below or max(below) <= page_index) and (not above or page_index <= min(above))


def _split_block(lines: list[str], lacking: set[int]) -> list[tuple[int, str]]:
    notes: list[tuple[int, list[str]]] = []
    for line in lines:
        start = FOOTNOTE_WITH_TEXT.match(line)
        if start and int(start.group(1)) in lacking and (not notes or int(start.group(1)) > notes[-1][0]):
            notes.append((int(start.group(1)), [start.group(2).lstrip("* ")]))
        else:
            notes[-1][1].append(line)
    return [(n, join_footnote_lines(parts)) for n, parts in notes]
