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
    ...           [(0.62, "In het kader van het compensatiepakket Zeeland Wind in de Zeilen werken Rijk en regio "
    ...                   "samen.")], cap=0.2)
    0.0
"""
from __future__ import annotations

import re

from assistant.evidence import gap_to_first
from assistant.persons import asks_person

# What opens a question after a name, up to the article or pointer before the thing: "Hoe heet de …", "Onder
# welke naam loopt het …", "Wat is de naam van het …", "Hoe luidt de titel van het …" ("Hoe luidt de conclusie?"
# asks what it says, not its name), "What is the name of the …"; "What is the … called?" is matched apart
TITLE_QUESTION = re.compile(
    r"^\W*(?:(?:en|and|maar)\s+)?(?:"
    r"hoe\s+(?:heet|heten|heette|heetten)|"
    r"onder\s+welke\s+(?:naam|titel)\s+\w+|"
    r"(?:wat\s+(?:is|was)|hoe\s+(?:luidt|luidde))\s+de\s+(?:naam|titel)\s+van|"
    r"welke\s+(?:naam|titel)\s+(?:heeft|had|draagt|droeg|krijgt|kreeg)|"
    r"what\s+(?:is|was)\s+the\s+(?:name|title)\s+of)"
    r"\s+(?:de|het|die|dat|deze|dit|the|that|this)\s+(?P<rest>.*)", re.I)
CALLED_QUESTION = re.compile(r"^\W*(?:and\s+)?what\s+(?:is|was)\s+(?:the|that|this)\s+(?P<rest>.*?)\s+called\s*\??\s*$",
                             re.I)
# Words after the thing that end its noun phrase: a relative clause, a preposition, a participle or a filler
_AFTER_NOUN = frozenset("""die dat waar waarin waarmee waarvan waarop waarover van voor in met bij op over uit naar
aan door om tot sinds eigenlijk precies nu dan ook alweer nog toch gericht opgericht uitgevoerd opgezet gestart
who which that of for from with on at to about by since called heet heette is was""".split())
_WORD = re.compile(r"[\w’'%-]+")
# Capitalised words after the noun that name nothing: articles opening a clause, the Kamer, a ministry's office
_NOT_NAMES = frozenset("""de het een dit dat deze die in op voor bij met van en of er ook zie kamer rijk minister
ministerie kabinet the a an this that of for and""".split())
_QUOTE = "‘“'\""
# a number or percentage right before the noun: "de 50% regeling", "de 50%-regeling"
_NAMED_BEFORE = re.compile(r"(?:\d+\s?%|\d+\s?procent)[\s-]*$")
# a name the sentence opens with, defined as the thing: "De Regio Deal is een instrument van …", "Leader is een
# Europees subsidieprogramma"
_DEFINED_AS = re.compile(r"^\W*(?:(?:De|Het|Een)\s+)?(?!(?:Er|Dit|Dat|Deze|Die|Zo|Ook|Hier|Daar|Daarnaast|Wel|Het|"
                         r"Een|De|Dan|Nu)\b)(?-i:[A-Z])[\w’'-]*(?:\s+[\w’'()-]+){0,6}?\s+"
                         r"(?:is|was|zijn|waren)\s+(?:een|het|de)\s+(?:[\w-]+\s+){0,2}$", re.I)
_NAME_AFTER = re.compile(r"\s+(?:voor|van|for|of)\s+((?-i:[A-Z][\w’'-]*)(?:\s+(?-i:[A-Z][\w’'-]*))+)")
# between the noun and its name: "genaamd", "getiteld", "met de naam", "onder de naam", "(o.a. …", a colon
_NAMING = (r"(?:\s*\((?:o\.a\.|bijv\.|zoals|waaronder)\s*|\s*:\s*|\s+(?:genaamd|getiteld|met\s+de\s+(?:naam|titel)|"
           r"onder\s+de\s+naam|called|named|entitled)\s+)")
# a name in lower case: a web address ("het platform samensnelinternet.nl"), or one word closed by a bracket or a
# comma ("de regeling dorpsinitiatieven (6 miljoen euro)")
_LOWER_NAME = re.compile(r"\s+(?:(?:www\.)?[\w-]+\.(?:nl|eu|com|org)\b|(?!(?:en|of|is|wordt|zijn|worden|die|dat)\b)"
                         r"[a-zà-ÿ][\w-]{3,}\s*[(,])")
# a website is named by its address wherever it stands ("> meer informatie: www.groningsgereedschap.nl")
_WEB_THINGS = frozenset("website site webpagina webpage internetpagina".split())
_WEB_ADDRESS = re.compile(r"\b(?:www\.[\w.-]+|[\w-]+\.(?:nl|eu|com|org))\b")
# a name given whatever the noun: "met de titel, Geen grenzen aan de groei", "onder de naam ‘…’", "getiteld …"
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
    >>> asked_thing("Hoe heet het programma gericht op jongerenuitwisseling?")
    'programma'
    >>> asked_thing("Hoe heet het nieuwe, landelijke programma?")
    'programma'
    >>> asked_thing("Hoe luidt de conclusie van de evaluatie?"), asked_thing("Hoe luidt de titel van het rapport?")
    ('', 'rapport')
    >>> asked_thing("What is the so-called anticipation region?"), asked_thing("What is the housing podcast called?")
    ('', 'podcast')
    """
    match = TITLE_QUESTION.search(question) or CALLED_QUESTION.search(question)
    if not match or asks_person(question):
        return ""
    words = [w.strip("‘’'\"") for w in _WORD.findall(match.group("rest").replace(",", " "))]
    phrase = []
    for word in words[:4]:
        if word.lower() in _AFTER_NOUN or word.isdigit():
            break
        phrase.append(word)
    # the noun is the phrase's last word: "het digitale magazine", "het nieuwe, landelijke programma"
    noun = phrase[-1].lower() if phrase else ""
    return noun if len(noun) >= 4 and not noun.endswith("%") else ""


def asks_title(question: str) -> bool:
    """True for a question that asks what a thing (not a person) is called.

    >>> asks_title("Hoe heet dat pakket eigenlijk?"), asks_title("Hoe luidt de eerste aanbeveling?")
    (True, False)
    """
    return bool(asked_thing(question))


def _mentions(word: str, noun: str) -> bool:
    """The asked noun, its plural or a compound of it ("compensatiepakket" for "pakket", "campagne" for
    "communicatiecampagne"; not "Planbureau" for "plan").

    >>> [_mentions(w, "plan") for w in ("plannen", "actieplan", "Planbureau")]
    [True, True, False]
    >>> _mentions("campagne", "communicatiecampagne")
    True
    """
    word = word.lower()
    plural = word.startswith(noun[:max(4, len(noun) - 2)]) and len(word) - len(noun) <= 3
    return word.endswith(noun) or plural or (len(word) >= 5 and noun.endswith(word))


def mentions_thing(text: str, noun: str) -> bool:
    """True when a sentence speaks of the asked thing at all.

    >>> mentions_thing("Afgelopen jaar is gestart met een podcast.", "podcast"), mentions_thing("Een brief.", "letter")
    (True, False)
    """
    return any(_mentions(match.group(0), noun) for match in _WORD.finditer(text))


def names_thing(text: str, noun: str, question: str = "") -> bool:
    """True when a sentence gives the asked thing's name: right after its noun (or a compound of it), as a
    capitalised word the question does not hold, a quote, two capitalised words after "voor" or "van", or a web
    address; before it ("de 50% regeling", "De Regio Deal is een instrument"); as a capitalised compound holding
    the noun; or anywhere "met de titel" or "onder de naam".

    >>> names_thing("Het sectorplan Grenzeloos Werken is goedgekeurd.", "sectorplan")
    True
    >>> names_thing("Een digitaal magazine met de oogst van het PBL.", "magazine")
    False
    >>> names_thing("De Regio Deal is een instrument van de minister van LNV.", "instrument")
    True

    More cases, each way of naming and of only mentioning: tests/test_titles.py.
    """
    if _TITLED.search(text) or (noun in _WEB_THINGS and _WEB_ADDRESS.search(text)):
        return True
    asked = {word.lower() for word in _WORD.findall(question)}
    for match in _WORD.finditer(text):
        if _mentions(match.group(0), noun) and (_named_before(text, match) or
                                                _named_after(text[match.end():], asked)):
            return True
    return False


def _named_before(text: str, match: re.Match) -> bool:
    """A name that holds the noun ("de Subsidieregeling samenwerking …", not as the sentence's first word), or
    one before it ("de 50% regeling", "De Regio Deal is een instrument")."""
    before = text[:match.start()].rstrip()
    own = match.group(0)[0].isupper() and before and before[-1] not in ".:•"
    return bool(own or _NAMED_BEFORE.search(before) or _DEFINED_AS.search(text[:match.start()]))


def _named_after(rest: str, asked: set[str]) -> bool:
    """A name right after the noun: a quote, a capitalised word the question does not hold (of the next two:
    "compensatiepakket Zeeland Wind in de Zeilen" when Zeeland is asked), two capitalised words after "voor" or
    "van", or a name in lower case."""
    naming = re.match(rf"(?:{_NAMING})?\s*(?P<next>[{_QUOTE}]|[\w’'-]+)", rest)
    if naming and naming.group("next") in _QUOTE:
        return True
    if naming:
        for name in _WORD.findall(rest[naming.start("next"):])[:2]:
            if not name[0].isupper() or name.lower() in _NOT_NAMES:
                break
            if name.lower() not in asked:
                return True
    after = _NAME_AFTER.match(rest)
    if after and any(name.lower() not in asked for name in after.group(1).split()):
        return True
    return bool(_LOWER_NAME.match(rest))


def title_gap(question: str, sentences: list[tuple[float, str]], cap: float) -> float:
    """For a question that asks what a thing is called: how much closer to it the closest sentence is than the
    closest one that names the thing (`cap` when none does); 0 for other questions, and when no sentence speaks
    of the thing at all (an English noun, "What is the title of the letter …?", is not the letters' word: the rule
    cannot tell). `sentences` are (cosine to the question, text), closest first.

    >>> title_gap("Hoe heet de podcast?",
    ...           [(0.7, "Er is gestart met een podcast."), (0.5, "De podcast ‘Krimp’ loopt.")], cap=0.2)
    0.2
    """
    noun = asked_thing(question)
    if not noun or not any(mentions_thing(text, noun) for _, text in sentences):
        return 0.0
    return gap_to_first(sentences, lambda text: names_thing(text, noun, question), cap)
