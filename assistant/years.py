"""The years a question or a sentence speaks of, as spans, so that the figure rule can tell a figure given for
other years than the asked one ("In 2014 zijn ongeveer 32 leerkrachten geplaatst" for "… in 2015?").

A single year is a span of one; "2016-2020", "2015-16", "2016 t/m 2020", "tussen 2013 en 2015" are closed spans;
"vanaf 2016", "sinds 2014" run on, "tot 2020" runs back ("voor 2021" is "for" as often as "before": one year).
A cited kamerstuk's year ("(TK 35300-15; 2019/2020)", "Kamerstukken II 2019/20") is no year the sentence
speaks of.

Example:
    >>> year_spans("Tot 2020 functioneert IBA Parkstad; in 2015-16 liepen er 3 pilots.")
    ((2015, 2016), (1900, 2020))
    >>> of_other_years("In 2014 zijn 32 leerkrachten geplaatst.", "Hoeveel leerkrachten werden in 2015 geplaatst?")
    True
"""
from __future__ import annotations

import re
from functools import lru_cache

from assistant.evidence import KAMERSTUK_CITATION

_YEAR = r"(?:19|20)\d{2}"
_CITATION = re.compile(KAMERSTUK_CITATION)
_SPAN = re.compile(rf"\b(?:tussen\s+({_YEAR})\s+en\s+({_YEAR})|between\s+({_YEAR})\s+and\s+({_YEAR})|"
                   rf"({_YEAR})\s*(?:-|–|/|t/m|tot en met|tot|to|until)\s*((?:19|20)?\d{{2}}))\b", re.I)
_OPEN = re.compile(rf"\b(vanaf|sinds|since|from|after|tot|until|before)\s+(?:(?:het\s+)?(?:jaar\s+)?)?({_YEAR})\b",
                   re.I)
_SINGLE = re.compile(rf"\b{_YEAR}\b")
_LAST = 2100


@lru_cache(maxsize=4096)
def year_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of years `text` speaks of, in order: closed spans first, then open ones, then single years
    that are part of neither."""
    text = _CITATION.sub(" ", text)
    spans: list[tuple[int, int]] = []
    taken: list[tuple[int, int]] = []
    for match in _SPAN.finditer(text):
        first, last = [g for g in match.groups() if g]
        end = int(last) if len(last) == 4 else int(first[:2] + last)  # "2015-16"
        if end >= int(first):
            spans.append((int(first), end))
            taken.append(match.span())
    for match in _OPEN.finditer(text):
        if any(start <= match.start(2) < end for start, end in taken):
            continue
        year = int(match.group(2))
        backwards = match.group(1).lower() in ("tot", "until", "before")
        spans.append((1900, year) if backwards else (year, _LAST))
        taken.append(match.span())
    for match in _SINGLE.finditer(text):
        if not any(start <= match.start() < end for start, end in taken):
            spans.append((int(match.group(0)), int(match.group(0))))
    return tuple(spans)


def of_other_years(text: str, question: str) -> bool:
    """True when the question speaks of years and the sentence only of other ones: no span of the sentence meets
    one of the question's (a sentence without a year may be the asked year's; "in de periode 2012-2016" holds
    2015; "tussen 2013 en 2015" in the question holds 2014).

    >>> of_other_years("In de periode 2012-2016 zijn 32 leerkrachten geplaatst.", "Hoeveel waren het in 2015?")
    False
    >>> of_other_years("In 2014 zijn 32 leerkrachten geplaatst.", "Hoeveel waren het tussen 2013 en 2015?")
    False
    """
    asked, stated = year_spans(question), year_spans(text)
    if not asked or not stated:
        return False
    return not any(a <= d and c <= b for a, b in asked for c, d in stated)
