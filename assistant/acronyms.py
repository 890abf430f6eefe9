"""Acronyms the letters define ("Decentralisatie uitkering (DU)", "Economisch Instituut voor de Bouw (EIB)"), so
that a question that writes "de DU" finds a passage that writes the words out, and the other way round.

The letters use both forms for one thing: the action plan's table is headed "decentralisatie-uitkering
bevolkingsdaling", the evaluation letter writes "DU Bevolkingsdaling". A question is read with both: its acronym's
words are searched too (BM25), and a passage that holds them holds the acronym (the slot check). Each acronym is
defined once in the letters, by the words whose initials spell it right before it in brackets; small words ("voor",
"de") may stand between. Ministries have their own table (assistant/terms.py: MINISTRIES).

Example:
    >>> acronym_expansions(["de Decentralisatie uitkering (DU) Bevolkingsdaling", "het Economisch Instituut voor "
    ...                     "de Bouw (EIB) heeft"])
    {'du': 'decentralisatie uitkering', 'eib': 'economisch instituut voor de bouw'}
    >>> expand("Hoeveel DU kreeg Parkstad?", {"du": "decentralisatie uitkering"})
    'decentralisatie uitkering'
"""
from __future__ import annotations

import re
from collections.abc import Iterable

DEFINED = re.compile(r"\((?=[A-Za-z]{2,7}\))([A-Z][a-z]*[A-Z][A-Za-z]*)\)")  # two capitals at least: not "(Zeeuws)"
MAX_WORDS = 8  # the defining words stand among the last this many before the brackets
SMALL_WORDS = frozenset("voor van de der den het en op in of".split())
_ACRONYM_IN_QUESTION = re.compile(r"\b([A-Z][A-Za-z]{1,6})\b")


def acronym_expansions(texts: Iterable[str]) -> dict[str, str]:
    """Acronym -> the words the letters define it with (both in lower case); an acronym defined two ways is left
    out."""
    found: dict[str, set[str]] = {}
    for text in texts:
        for match in DEFINED.finditer(text):
            words = text[:match.start()].split()[-MAX_WORDS:]
            spelled = spelled_out(words, match.group(1))
            if spelled:
                found.setdefault(match.group(1).lower(), set()).add(spelled.lower())
    return {acronym: _first_written(texts_of) for acronym, texts_of in sorted(found.items()) if len(texts_of) == 1}


def _first_written(spellings: set[str]) -> str:
    return next(iter(spellings))


def spelled_out(words: list[str], acronym: str) -> str:
    """The last words before "(ACRONYM)" whose initials spell it, small words inside allowed, in any case
    ("Decentralisatie uitkering (DU)"); "" when none do.

    >>> spelled_out("van de Decentralisatie uitkering".split(), "DU"), spelled_out("door de heer".split(), "DU")
    ('Decentralisatie uitkering', '')
    """
    letters = "".join(c for c in acronym if c.isupper())
    taken: list[str] = []
    for word in reversed(words):
        clean = word.strip(",.;:()‘’'\"")
        if not clean:
            break
        if taken and clean.lower() in SMALL_WORDS:
            taken.insert(0, clean)
            continue
        if len(_initials(taken)) == len(letters) or not clean[0].isalpha():
            break
        taken.insert(0, clean)
        if not letters.endswith(_initials(taken)):
            return ""
    while taken and taken[0].lower() in SMALL_WORDS:
        taken.pop(0)
    return " ".join(taken) if _initials(taken) == letters else ""


def _initials(words: list[str]) -> str:
    return "".join(w[0].upper() for w in words if w.lower() not in SMALL_WORDS)


def expand(question: str, expansions: dict[str, str]) -> str:
    """The words of the acronyms a question uses that the letters define ("" when none), to search with it."""
    return " ".join(dict.fromkeys(expansions[m.group(1).lower()] for m in _ACRONYM_IN_QUESTION.finditer(question)
                                  if m.group(1).lower() in expansions and m.group(1).isupper()))
