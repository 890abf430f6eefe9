"""Where the places the letters name lie, so that a question after places restricted to an area ("In welke Drentse
gemeenten …?", "Welke plaats in de Achterhoek …?") is not answered by a place elsewhere ("Westerdokters in
Amsterdam"). The names rule (assistant/names.py) reads it; the data is in assistant/gazetteer_data.py.

A question restricts its places by an area's adjective before the asked noun ("Drentse gemeenten") or by "in" or
"binnen" and an area right after the asked noun or "waar" ("gemeenten in Zeeland", "Waar in Drenthe …?"); not by
an area that says something else ("de virtuele huisartsen in Drenthe", "niet in de Randstad"). A name the gazetteer
does not hold counts where a place stands in the sentence (after "in", "te" …).

Example:
    >>> question = "In welke Drentse gemeenten werken virtuele huisartsen?"
    >>> sorted(within_asked_area(frozenset({"amsterdam", "emmen", "westerdokters"}), question))
    ['emmen', 'westerdokters']
"""
from __future__ import annotations

import re
from functools import lru_cache

from assistant.gazetteer_data import (ALSO_AREAS, AREA_WORDS, LARGER, OTHER_PLACES, REGIONS, WITH_ARTICLE)


def _containers(area: str) -> frozenset[str]:
    found = {area}
    while area in LARGER:
        area = LARGER[area]
        found.add(area)
    return frozenset(found)


def _build() -> dict[str, frozenset[str]]:
    areas: dict[str, frozenset[str]] = {}
    for region, (province, places) in REGIONS.items():
        areas[region] = _containers(region) | _containers(province)
        for place in places.split():
            areas[place] = areas.get(place, frozenset()) | areas[region] | {place}
    for area, places in OTHER_PLACES.items():
        for place in places.split():
            areas[place] = areas.get(place, frozenset()) | _containers(area) | {place}
    for area in {*LARGER, *LARGER.values(), *(p for p, _ in REGIONS.values()), *OTHER_PLACES}:
        areas[area] = areas.get(area, frozenset()) | _containers(area)
    return areas


# place or area (lower case) -> every area it lies in, itself included
AREAS_OF = _build()
# The areas that hold places, which a question can restrict to
_AREAS = frozenset({*REGIONS, *(province for province, _ in REGIONS.values()), *OTHER_PLACES, *LARGER,
                    *LARGER.values(), *ALSO_AREAS})
# The asked nouns an area restricts ("gemeenten in Zeeland", "Drentse dorpen"), and "waar"
_PLACE_NOUNS = (r"\w*(?:gemeenten?|regio['’]?s?|plaats(?:en)?|steden|stad|dorpen|dorp|kernen|provincies?|"
                r"gebied(?:en)?|wijk(?:en)?|locaties?)|municipalit(?:y|ies)|regions?|areas?|cities|city|towns?|places?|"
                r"villages?|provinces?|districts?")
_ASKED_BEFORE = re.compile(rf"(?:waar|where|{_PLACE_NOUNS})", re.I)
_AREA_WORD = "|".join(map(re.escape, sorted(AREA_WORDS, key=len, reverse=True)))
_ADJECTIVE_BEFORE = re.compile(rf"(?<![\w-])({_AREA_WORD})\s+"
                               rf"(?:[\w-]+e\s+)?(?:{_PLACE_NOUNS})\b", re.I)
# Areas written in more than one word or with a hyphen ("Westelijke Mijnstreek", "Noordoost-Fryslân"), which
# assistant/names.py reads word by word
_SPELLINGS = {**{area: area for area in AREAS_OF if " " in area or "-" in area},
              **{word: area for word, area in AREA_WORDS.items() if " " in word or "-" in word}}
_SPELLED = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, sorted(_SPELLINGS, key=len, reverse=True)))
                      + r")(?![\w-])")


@lru_cache(maxsize=256)  # read once per question, not once per sentence of its passages
def asked_areas(question: str) -> frozenset[str]:
    """The areas a question restricts its places to.

    >>> sorted(asked_areas("In welke plaats in de Achterhoek was de conferentie?"))
    ['achterhoek']
    >>> sorted(asked_areas("Welke Zeeuwse gemeenten doen mee?"))
    ['zeeland']
    >>> sorted(asked_areas("Waar komen de Drentse artsen vandaan?"))
    []
    >>> sorted(asked_areas("Welke gemeenten in Groningen, Fryslân en Drenthe doen mee?"))
    ['drenthe', 'fryslân', 'groningen']
    """
    lowered = question.lower().replace("’", "'")
    found = {AREA_WORDS[m.group(1)] for m in _ADJECTIVE_BEFORE.finditer(lowered)}
    words = re.findall(r"[\w'-]+", lowered)
    after_area = -1  # the position just after the last area read
    for position, word in enumerate(words):
        if word in ("en", "of", "and", "or") and position == after_area:
            after_area = position + 1  # "in Zuid-Limburg en de Achterhoek"
            continue
        opens = (word in ("in", "binnen", "within") and position > 0 and _ASKED_BEFORE.fullmatch(words[position - 1]))
        if opens or position == after_area:  # "in Groningen, Fryslân en Drenthe"
            start = position + 1 if opens else position
            name, size = _area_at(words[start:])
            if name:
                found.add(name)
                after_area = start + size
    return frozenset(found)


def _area_at(words: list[str]) -> tuple[str, int]:
    """The area the words open with and how many words it takes ("de achterhoek …" -> ("achterhoek", 2); also "de
    provincie Drenthe", "de regio Achterhoek"), the longest name first; ("", 0) when none."""
    skip = 0
    while skip < len(words) and words[skip] in ("de", "het", "the", "provincie", "regio", "krimpregio", "province",
                                                "region"):
        skip += 1
    for size in range(min(len(words) - skip, 4), 0, -1):
        name = " ".join(words[skip:skip + size])
        name = AREA_WORDS.get(name, name)
        if name in _AREAS:
            return name, skip + size
    return "", 0


def areas_of(name: str) -> frozenset[str]:
    """The areas a name lies in; a hyphenated name by its parts ("coevorden-dalen"); empty when unknown."""
    if name in AREAS_OF:
        return AREAS_OF[name]
    return frozenset().union(*(AREAS_OF.get(part, frozenset()) for part in name.split("-")))


def within_asked_area(names: frozenset[str], question: str, placed: frozenset[str] | None = None) -> frozenset[str]:
    """The names that may answer a question restricted to an area: those that lie in it, and those the gazetteer
    does not know where a place stands (`placed`: the names after "in", "te" …; all names when None). A place
    elsewhere, or a larger area that holds the asked one, answers nothing; nor does an unknown capitalised word
    that stands where no place does ("de monitor Brede Welvaart", "de praktijk Westerdokters in Amsterdam").

    >>> question = "In welke Twentse gemeenten liep het onderzoek?"
    >>> sorted(within_asked_area(frozenset({"hengelo", "zwolle", "brede"}), question, placed=frozenset()))
    ['hengelo']
    """
    areas = asked_areas(question)
    if not areas:
        return names
    return frozenset(name for name in names
                     if (areas_of(name) & areas if areas_of(name) else placed is None or name in placed))


def names_area_within(text: str, question: str) -> bool:
    """Does the text name, in more than one word or with a hyphen, an area inside the asked one ("Noordwest
    Fryslân", "Westelijke Mijnstreek" for "Welke regio's in Fryslân / Limburg …?")?

    >>> names_area_within("Noordwest Fryslân (anticipeerregio)", "Welke regio's in Fryslân zijn anticipeerregio?")
    True
    """
    areas = asked_areas(question)
    return bool(areas) and any(
        AREAS_OF.get(_SPELLINGS[m.group(1)], frozenset()) & areas and _SPELLINGS[m.group(1)] not in areas
        for m in _SPELLED.finditer(text.lower().replace("’", "'")))


def places_known(names: frozenset[str], text: str, placed: frozenset[str]) -> frozenset[str]:
    """For a question after places restricted to no area: the names that are places, those the gazetteer knows or
    that stand where a place does (`placed`), and the parts of an area the text writes in several words
    ("Westelijke Mijnstreek"); not a capitalised word that names something else ("het Kennis- en Innovatiecentrum
    met de Gouden Driehoek").

    >>> sorted(places_known(frozenset({"emmen", "driehoek", "mijnstreek", "westelijke", "noordwelle"}),
    ...                     "Emmen, de Gouden Driehoek en de Westelijke Mijnstreek", frozenset()))
    ['emmen', 'mijnstreek', 'noordwelle', 'westelijke']
    """
    spelled = {word for m in _SPELLED.finditer(text.lower().replace("’", "'"))
               for word in re.split(r"[\s-]+", m.group(1))}
    return frozenset(name for name in names if areas_of(name) or name in placed or name in spelled)


def area_names(areas: frozenset[str], language: str = "nl") -> str:
    """The areas as a sentence names them, capitalised, with their article.

    >>> area_names(frozenset({"achterhoek"})), area_names(frozenset({"drenthe", "kop van noord-holland"}))
    ('de Achterhoek', 'Drenthe of de Kop van Noord-Holland')
    >>> area_names(frozenset({"noordoost fryslân", "twente"}), "en")
    'Noordoost Fryslân or Twente'
    """
    def written(area: str) -> str:
        name = re.sub(r"(?<![\w'])(?!van\b)(\w)", lambda m: m.group(1).upper(), area)
        return ("the " if language == "en" else "de ") + name if area in WITH_ARTICLE else name
    return (" or " if language == "en" else " of ").join(written(area) for area in sorted(areas))
