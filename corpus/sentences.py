"""Dutch sentence spans (interim: the corpus-precision work replaces this with a library-backed splitter).

Example:
    >>> [text[s:e] for s, e in split_sentences(text := "Dat is o.a. bekend. Nu jl. niet.")]
    ['Dat is o.a. bekend.', 'Nu jl. niet.']
"""
from __future__ import annotations

import re

ABBREVIATIONS = ("jl", "m", "o.a", "nr", "t/m", "ca", "d.w.z", "e.d", "mr", "drs", "dhr", "bijv", "i.v.m", "m.b.t",
                 "z.g", "resp", "incl", "excl", "art", "blz", "p", "vgl", "zgn", "e.a", "o.m", "c.q")
_ABBREV = re.compile(r"(?:^|[\s(])(?:" + "|".join(re.escape(a) for a in ABBREVIATIONS) + r"|(?:[A-Z]\.)*[A-Z])\.$", re.IGNORECASE)
_BOUNDARY = re.compile(r"[.?!]+[”’\"')]*\s+(?=[A-Z0-9‘'“(€•\-])|\n\s*\n")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences of `text`: never cut after a known abbreviation or at a wrapped line."""
    spans, begin = [], 0
    for match in _BOUNDARY.finditer(text):
        head = text[begin:match.start() + 1].rstrip()
        if not match.group(0).startswith("\n") and _ABBREV.search(head):
            continue
        end = match.end() - len(match.group(0)) + len(match.group(0).rstrip())
        _add(spans, text, begin, end)
        begin = match.end()
    _add(spans, text, begin, len(text))
    return spans


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def _add(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
