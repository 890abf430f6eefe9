"""The title rule's reading: does a question ask what a thing is called ("Hoe heet de podcast …?", "Onder welke
naam loopt de campagne …?", "What is the name of the magazine …?"), does a sentence give that thing's name, and how
far the sentences closest to such a question are from one that does (assistant/decide.py abstains when the gap
reaches the calibrated `title_gap`).

The letters often mention a thing without its name: "Afgelopen jaar is gestart met een podcast", "een digitaal
magazine met de oogst van het programma". Such a sentence is on the topic and answers the question in kind only.
When the letters do name it, the name follows the thing's noun ("het compensatiepakket Zeeland Wind in de Zeilen",
"het programma Werk aan Uitvoering") or stands in quotes ("de publicatie ‘Krimp in de regio’"). Questions after a
person's name are the person rule's (assistant/persons.py).

Example:
    >>> title_gap("Hoe heet de podcast die in het expertisetraject is begonnen?",
    ...           [(0.71, "Afgelopen jaar is gestart met een podcast, vanwege de corona maatregelen."),
    ...            (0.55, "Het programma Werk aan Uitvoering loopt door.")], cap=0.2)
    0.2
    >>> title_gap("Hoe heet dat pakket eigenlijk?",
    ...           [(0.62, "In het kader van het compensatiepakket Zeeland Wind in de Zeilen werken Rijk en regio samen.")],
    ...           cap=0.2)
    0.0
"""
from __future__ import annotations

import re

from assistant.evidence import gap_to_first
from assistant.persons import asks_person

# the thing asked for, after its article or a pointer: "de podcast", "het digitale magazine", "dat pakket"
_PREPOSITION = r"(?:van|voor|in|met|bij|op|over|uit|naar|aan|of|for|from|with|on|at|to)\b"
_THING = (rf"(?:de|het|die|dat|deze|dit|the|that|this)\s+(?:(?!{_PREPOSITION})[\w’'-]+\s+){{0,2}}?[‘'\"]?"
          rf"(?!{_PREPOSITION})(?P<noun>[\w-]{{4,}})[’'\"]?"
          r"(?=\s+(?:die|dat|waar\w*|van|voor|in|met|bij|op|over|uit|eigenlijk|precies|nu|dan|who|which|that|of|for|"
          r"in|from|with|on|at|to|about|called|heet|heette)\b|\s*[?,.]|\s*$)")
TITLE_QUESTION = re.compile(
    r"^\W*(?:(?:en|and|maar)\s+)?(?:"
    r"hoe\s+(?:heet|heten|heette|heetten|luidt|luidde)|"
    r"onder\s+welke\s+(?:naam|titel)\s+\w+|"
    r"wat\s+(?:is|was)\s+de\s+(?:naam|titel)\s+van|"
    r"welke\s+(?:naam|titel)\s+(?:heeft|had|draagt|droeg|krijgt|kreeg)|"
    r"what\s+(?:is|was)\s+the\s+(?:name|title)\s+of|"
    r"what\s+(?:is|was)(?=\s+(?:the|that|this)\s+[^?]*\bcalled\b))"
    rf"\s+{_THING}", re.I)
# Capitalised words after the noun that name nothing: articles opening a clause, the Kamer, a ministry's office
_NOT_NAMES = frozenset("""de het een dit dat deze die in op voor bij met van en of er ook zie kamer rijk minister
ministerie kabinet the a an this that of for and""".split())
_QUOTE = "‘“'\""
# a number or percentage right before the noun: "de 50% regeling", "de 50%-regeling"
_NAMED_BEFORE = re.compile(r"(?:\d+\s?%|\d+\s?procent)[\s-]*$")
_NAME_AFTER = re.compile(r"\s+(?:voor|van|for|of)\s+((?-i:[A-Z][\w’'-]*)(?:\s+(?-i:[A-Z][\w’'-]*))+)")
# between the noun and its name: "genaamd", "getiteld", "met de naam", "onder de naam", a colon or a dash
_NAMING = (r"(?:\s*\((?:o\.a\.|bijv\.|zoals|waaronder)?\s*|\s*[:–-]\s*|\s+(?:genaamd|getiteld|met\s+de\s+(?:naam|titel)|onder\s+de\s+naam|called|named|"
           r"entitled)\s+)")
_WORD = re.compile(r"[\w’'-]+")
# a name given whatever the noun: "met de titel, Geen grenzen aan de groei", "onder de naam ‘…’", "getiteld ‘…’"
_TITLED = re.compile(r"\b(?:met\s+(?:de|als)\s+(?:titel|naam)|onder\s+de\s+(?:titel|naam)|getiteld|genaamd)\s*[,:]?\s*"
                     rf"(?:[{_QUOTE}]|(?-i:[A-Z]))", re.I)


def asked_thing(question: str) -> str:
    """The noun of the thing whose name a question asks for ("" for other questions and for a person's name).

    >>> asked_thing("Hoe heet het digitale magazine waarin de oogst is gebundeld?")
    'magazine'
    >>> asked_thing("Onder welke naam loopt de communicatiecampagne voor de verkiezingen?")
    'communicatiecampagne'
    >>> asked_thing("Hoe heet de kwartiermaker?"), asked_thing("Wat is de naam van de minister van LNV?")
    ('', '')
    >>> asked_thing("What is the name of the podcast on the housing market?"), asked_thing("Hoe heet die van Limburg?")
    ('podcast', '')
    """
    match = TITLE_QUESTION.search(question)
    if not match or asks_person(question):
        return ""
    return match.group("noun").lower()


def asks_title(question: str) -> bool:
    """True for a question that asks what a thing (not a person) is called."""
    return bool(asked_thing(question))


def _mentions(word: str, noun: str) -> bool:
    """The asked noun, its plural or a compound of it ("compensatiepakket" for "pakket", "campagne" for
    "communicatiecampagne")."""
    word = word.lower()
    return word.endswith(noun) or word.startswith(noun[:max(4, len(noun) - 2)]) or (len(word) >= 5 and
                                                                                    noun.endswith(word))


def mentions_thing(text: str, noun: str) -> bool:
    """True when a sentence speaks of the asked thing at all.

    >>> mentions_thing("Afgelopen jaar is gestart met een podcast.", "podcast"), mentions_thing("Een brief.", "letter")
    (True, False)
    """
    return any(_mentions(match.group(0), noun) for match in _WORD.finditer(text))


def names_thing(text: str, noun: str, question: str = "") -> bool:
    """True when a sentence gives a name right after the asked thing's noun (or a compound of it): a capitalised
    word the question does not hold, or a quote; or names anything "met de titel" or "onder de naam".

    >>> names_thing("Het sectorplan Grenzeloos Werken is goedgekeurd.", "sectorplan")
    True
    >>> names_thing("Voor het sectorplan is ruim 6 miljoen beschikbaar.", "sectorplan")
    False
    >>> names_thing("Zo is de publicatie ‘Krimp in de regio’ verschenen.", "publicatie")
    True
    >>> names_thing("Een digitaal magazine met de oogst van het PBL.", "magazine")
    False
    >>> names_thing("De staatssecretaris heeft een brief gestuurd met de titel, Geen grenzen aan de groei.", "brief")
    True
    >>> names_thing("• Diverse coöperaties (o.a. ‘Us Koöperaasje’)", "coöperatie")
    True
    >>> names_thing("Ook de 50% regeling is aangepast.", "regeling")
    True
    >>> names_thing("Het landelijke programma voor IBP Vitaal Platteland is afgerond.", "programma", "Hoe heet het?")
    True
    >>> names_thing("Voor het programma van BZK is dit belangrijk.", "programma")
    False
    """
    if _TITLED.search(text):
        return True
    asked = {word.lower() for word in _WORD.findall(question)}
    for match in _WORD.finditer(text):
        word = match.group(0)
        if not _mentions(word, noun):
            continue
        # a name of its own that holds the noun ("de Subsidieregeling samenwerking …"; not the sentence's first
        # word), or one right before it ("de 50% regeling", "het Gronings Gereedschap-platform")
        before = text[:match.start()].rstrip()
        if (word[0].isupper() and before and before[-1] not in ".:•") or \
                _NAMED_BEFORE.search(before):
            return True
        rest = text[match.end():]
        naming = re.match(rf"(?:{_NAMING})?\s*(?P<next>[{_QUOTE}]|[\w’'-]+)", rest)
        if not naming:
            continue
        if naming.group("next") in _QUOTE:
            return True
        # up to two capitalised words: "compensatiepakket Zeeland Wind in de Zeilen" (Zeeland may be asked)
        for name in _WORD.findall(rest[naming.start("next"):])[:2]:
            if not name[0].isupper() or name.lower() in _NOT_NAMES:
                break
            if name.lower() not in asked:
                return True
        # a name after "voor" or "van" of two capitalised words at least: "het programma voor IBP Vitaal Platteland"
        if _NAME_AFTER.match(rest) and any(name.lower() not in asked for name in _NAME_AFTER.match(rest).group(1).split()):
            return True
    return False


def title_gap(question: str, sentences: list[tuple[float, str]], cap: float) -> float:
    """For a question that asks what a thing is called: how much closer to it the closest sentence is than the
    closest one that names the thing (`cap` when none does); 0 for other questions, and when no sentence speaks
    of the thing at all (an English noun, "What is the title of the letter …?", is not the letters' word: the rule
    cannot tell).

    `sentences` are (cosine to the question, text), closest first."""
    noun = asked_thing(question)
    if not noun or not any(mentions_thing(text, noun) for _, text in sentences):
        return 0.0
    return gap_to_first(sentences, lambda text: names_thing(text, noun, question), cap)
