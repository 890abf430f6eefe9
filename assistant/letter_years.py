"""A year that dates a letter the question cites: "de brief van 2021", "het Actieplan van 2016", "the 2023 letter",
"volgens de evaluatie uit 2021", "de SO-antwoorden van juli 2020".

Such a year says which letter to read, not what the passage must contain: "Welke regelingen zijn er voor kleine
scholen, in de brief van 2021?" is answered by the evaluation letter's passage on the "regionale subsidie", which
never writes "2021" (it was refused for lacking that year until the eighteenth stop). The year becomes a letter
hint (assistant/query.py: letter_hints) and is no name the passages must hold (assistant/terms.py). Only the years
of the letters' own dates count: "de brief van 2019" (the K6's own letter) is a year the passages must give.

Example:
    >>> sorted(letter_reference_years("En wat zegt de brief van 2021 over kleine scholen?", {"2021", "2023"}))
    ['2021']
    >>> sorted(letter_reference_years("What did the evaluation find according to the 2023 letter?", {"2023"}))
    ['2023']
    >>> sorted(letter_reference_years("Hoeveel scholen sloten in 2021?", {"2021"}))
    []
    >>> sorted(letter_reference_years("Welke regio's kregen in 2020 een reactie van het Rijk?", {"2020"}))
    []
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.evidence import MONTHS
from corpus import Corpus

# Words that name a letter or its kind ("de SO-antwoorden", "het actieplan", "the K6 letter")
LETTER_NOUN = (r"(?:[\w-]+-)?(?:kamer)?brie(?:f|ven)|letters?|actieplan|action plan|evaluatie(?:brief)?|evaluation|"
               r"antwoorden|beantwoording|answers|reactie|reply|response|terugblik")
_MONTH = rf"{MONTHS}|may|voorjaar|zomer|najaar|spring|summer|autumn"
_YEAR = r"(?:19|20)\d{2}"
# "de brief van (22 maart) 2021", "het actieplan uit 2016", "de brief uit het voorjaar van 2021", "het actieplan
# (2016)", "the letter of 2023", "the letter dated March 22, 2021"; not "de evaluatie in 2020" (a time, not a name)
_AFTER_NOUN = re.compile(rf"\b(?:{LETTER_NOUN})\s*(?:\(|(?:van|uit|of|from|dated)\s+)"
                         rf"(?:(?:het\s+)?(?:\d{{1,2}}\s+)?(?:{_MONTH})(?:\s+\d{{1,2}},)?\s+(?:van\s+)?)?"
                         rf"({_YEAR})(?:\s+(?:en|and)\s+({_YEAR}))?\b", re.I)
# "the 2023 letter", "the 2021 K6 letter", "2016 Action Plan": at most one name between ("K6", "SO")
_BEFORE_NOUN = re.compile(rf"\b({_YEAR})\s+(?:(?-i:[A-Z][\w-]*)\s+)?(?:{LETTER_NOUN})\b", re.I)
# a year right after these is a time ("in 2023 brieven van gemeenten"), and a letter after "over" is the topic
_TIME_BEFORE = re.compile(r"\b(?:in|sinds|vanaf|tot|voor|na|since|from|until|before|after)\s*$", re.I)
_TOPIC_BEFORE = re.compile(r"\b(?:over|about)\s+(?:de|het|the|een|a)?\s*$", re.I)


def letter_reference_years(text: str, letter_years: Iterable[str]) -> frozenset[str]:
    """The years of `letter_years` (the letters' own dates) that the text uses to name a letter."""
    return frozenset(year for _, _, year in _citations(text, frozenset(letter_years)))


def without_cited_letters(text: str, letter_years: Iterable[str]) -> str:
    """The text without the letters it cites by year: "En volgens de brief van 2021?" keeps "En volgens de ?", so
    that the citation is not taken for a topic of the turn's own.

    >>> without_cited_letters("En volgens de brief van 2021?", {"2021"})
    'En volgens de ?'
    """
    spans = sorted({(start, end) for start, end, _ in _citations(text, frozenset(letter_years))}, reverse=True)
    for start, end in spans:
        text = text[:start] + text[end:]
    return text


def _citations(text: str, known: frozenset[str]) -> list[tuple[int, int, str]]:
    """(start, end, year) of each letter the text cites by one of the `known` years."""
    found = []
    for match in _AFTER_NOUN.finditer(text):
        if not _TOPIC_BEFORE.search(text[:match.start()]):
            found += [(match.start(), match.end(), year) for year in match.groups() if year in known]
    for match in _BEFORE_NOUN.finditer(text):
        if not _TIME_BEFORE.search(text[:match.start()]) and match.group(1) in known:
            found.append((match.start(), match.end(), match.group(1)))
    return found


def letter_years(corpus: Corpus) -> frozenset[str]:
    """The years of the corpus's letters' dates ("2021" for "22 maart 2021"; a letter without a date gives none)."""
    return frozenset(year_of(letter.meta.date) for letter in corpus.letters) - {""}


def year_of(date: str) -> str:
    """The year of a letter's date ("" when it has none).

    >>> year_of("22 maart 2021"), year_of("voorjaar 2021"), year_of("")
    ('2021', '2021', '')
    """
    match = re.search(rf"\b{_YEAR}\b", date or "")
    return match.group(0) if match else ""
