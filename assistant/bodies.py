"""Bodies whose name is made of everyday words ("Raad van State", "Centraal Planbureau", "Eerste Kamer"): the test
for names the letters never use (assistant/terms.py) goes word by word, and "raad" and "state", "eerste" and
"kamer" may be words the letters use. So "Wat vindt de Raad van State van de Regio Deals?" found the passages on the
Regio Deals and was answered with them, although the letters never mention the Raad van State. A body named here
whose every name is absent from the letters counts as an absent name, in Dutch and in English ("Council of State"):
the English names are this table's own translations, not guesses. (The letters do name the Eerste Kamer, once, as
"de Eerste en Tweede Kamer".)

Example:
    >>> absent = absent_bodies(["De Tweede Kamer en de Algemene Rekenkamer."])
    >>> "Eerste Kamer" in absent, "Algemene Rekenkamer" in absent
    (True, False)
    >>> "Eerste Kamer" in absent_bodies(["Het rapport is naar de Eerste en Tweede Kamer gestuurd."])
    False
    >>> bodies_named("Does the Senate support the Regio Deals?", absent)
    ('Senate',)
"""
from __future__ import annotations

import re
from collections.abc import Iterable

# a body -> its names, Dutch and English (lower case; matched as whole words, any spacing)
BODIES: dict[str, tuple[str, ...]] = {
    # the SO answers send a report "naar de Eerste en Tweede Kamer": that names it
    "Eerste Kamer": ("eerste kamer", "eerste en tweede kamer", "senaat", "senate", "upper house"),
    "Raad van State": ("raad van state", "council of state"),
    "Centraal Planbureau": ("centraal planbureau", "cpb", "central planning bureau"),
    "Algemene Rekenkamer": ("algemene rekenkamer", "court of audit"),
    "Europees Parlement": ("europees parlement", "european parliament"),
    "Raad voor het Openbaar Bestuur": ("raad voor het openbaar bestuur", "council for public administration"),
    "Nationale ombudsman": ("nationale ombudsman", "national ombudsman"),
}


def _pattern(name: str) -> re.Pattern:
    return re.compile(r"(?<!\w)" + r"[\s-]+".join(map(re.escape, name.split())) + r"(?!\w)", re.I)


_PATTERNS = {body: [_pattern(name) for name in names] for body, names in BODIES.items()}
_NON_WORD = re.compile(r"[^\w]+")


def absent_bodies(letter_texts: Iterable[str]) -> frozenset[str]:
    """The bodies of BODIES that no letter names, by any of their names (the letters' words, in lower case and
    joined by single spaces, are read once: a search per name over whole letters took 160 ms)."""
    words = " ".join(f" {' '.join(_NON_WORD.split(text.lower()))} " for text in letter_texts)
    return frozenset(body for body, names in BODIES.items() if not any(f" {name} " in words for name in names))


def bodies_named(question: str, absent: frozenset[str]) -> tuple[str, ...]:
    """The names of absent bodies in the question, as the question writes them."""
    found = []
    for body in sorted(absent):
        for pattern in _PATTERNS[body]:
            if match := pattern.search(question):
                found.append(" ".join(match.group(0).split()))
                break
    return tuple(found)
