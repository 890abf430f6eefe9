"""What a Dutch count question counts ("Hoeveel banen …?", "Hoeveel erfgoedlogies …?"), and which numbers of a
sentence cannot count it: the letters count things by name, so a number of other things ("vijf industriële
regio's"), money ("€ 95 miljoen", a row "in euro’s"), a percentage or a section's number ("3.2.1") is no answer.
assistant/figures.py reads such numbers as scene (`context_values`).

Example:
    >>> counts_things("Hoeveel banen levert de basisindustrie op?", "banen")
    True
    >>> names_counted("krimpregio's", "regio's"), names_counted("personen", "grensarbeiders")
    (True, True)
    >>> sorted(not_counts("Voor € 95 miljoen, de helft van het geld, zijn volgens § 3.2.1 ruim 1,1 miljoen inwoners geholpen."))
    ['3.2.1', '95', 'de helft']
"""
from __future__ import annotations

import re
from functools import lru_cache

from assistant.evidence import asked_type
from assistant.shares import asks_part

MIN_NOUN = 4  # a counted word shorter than this counts nothing in particular; a stem keeps at least this many
PLURAL = re.compile(r"[a-zà-ÿ][\w-]{2,}(?:en|s|’s|'s|ies)")
# words in the plural's shape that are no things: verbs, adverbs, numbers and what describes a noun
DESCRIBING = frozenset("extra nieuwe andere verschillende grote kleine eigen".split())  # "12 kleine kernen"
_NOT_A_THING = frozenset("""tussen binnen boven beneden geleden worden hebben kunnen zullen moeten mogen willen gaan
staan komen liggen meer minder ongeveer keer maal miljoen miljard duizend honderd""".split()) | DESCRIBING
# plurals that are sums of money: "Hoeveel middelen zijn ingezet?" asks for an amount of money, not a count
_MONEY_NOUNS = frozenset("""middelen kosten investeringen uitgaven inkomsten gelden subsidies bijdragen bedragen
lasten opbrengsten besparingen miljoenen""".split())
# After a verb comes its subject: "Hoeveel ontvingen de verhuurders …?", "Hoeveel investeren we …?", "Hoeveel
# werken er …?"; after a counted noun comes a verb ("Hoeveel banen levert …?")
_SUBJECT_NEXT = re.compile(r"\s+(?:de|het|een|er|we|wij|ze|zij|u|ik|die|deze|dit|dat|hij|men|(?-i:[A-Z])\w*)\b",
                           re.I)
_COUNT_WORD = re.compile(r"\b(?:hoeveel|aantal)\b", re.I)  # a Dutch count question, not English with a "de"
# one thing counted under another name ("Hoeveel mensen …?": "800 personen"; "Hoeveel huizen …?": "75.000 woningen")
KINDRED = {
    "people": frozenset("""mensen personen inwoners bewoners deelnemers jongeren werknemers medewerkers burgers
ouderen werkzoekenden studenten leerlingen kinderen bezoekers huishoudens""".split()),
    "bodies": frozenset("organisaties partijen partners instanties instellingen bedrijven".split()),
    "dwellings": frozenset("woningen huizen wooneenheden appartementen".split()),
    "jobs": frozenset("banen arbeidsplaatsen werkplekken arbeidsplekken fte".split()),
    "sites": frozenset("locaties vestigingen".split()),
    "places": frozenset("plaatsen plekken".split()),
}
# An English count question names the counted thing in English and the letters count it in Dutch ("How many
# households …?": "huishoudens"); a head noun not listed here is not read as a count of things.
ENGLISH_COUNTED = {word: tuple(dutch.split()) for word, dutch in (
    ("people", "mensen"), ("persons", "personen"), ("residents", "inwoners"), ("inhabitants", "inwoners"),
    ("citizens", "burgers"), ("households", "huishoudens adressen"), ("teachers", "leraren docenten leerkrachten"),
    ("students", "studenten"), ("pupils", "leerlingen"), ("children", "kinderen"), ("participants", "deelnemers"),
    ("employees", "werknemers medewerkers"), ("jobs", "banen arbeidsplaatsen"), ("homes", "woningen"),
    ("houses", "woningen"), ("dwellings", "woningen"), ("municipalities", "gemeenten"),
    ("regions", "regio’s gebieden"), ("provinces", "provincies"), ("schools", "scholen schoollocaties"),
    ("boards", "besturen"), ("villages", "kernen dorpen"), ("places", "plaatsen plekken locaties"),
    ("locations", "locaties"), ("sites", "locaties vestigingen"), ("projects", "projecten initiatieven"),
    ("organisations", "organisaties"), ("organizations", "organisaties"),
    ("companies", "bedrijven ondernemers werkgevers"), ("businesses", "bedrijven ondernemers"),
    ("nurses", "verpleegkundigen"), ("hospitals", "ziekenhuizen"), ("doctors", "artsen huisartsen"),
    ("gps", "huisartsen"), ("applications", "aanvragen"), ("indicators", "indicatoren"), ("areas", "gebieden"),
    ("initiatives", "initiatieven"), ("agreements", "afspraken"), ("experiments", "experimenten"),
    ("libraries", "bibliotheken"), ("buildings", "gebouwen panden"), ("deals", "deals"), ("plans", "plannen"),
    ("meetings", "bijeenkomsten"),
)}
# words that end an English noun phrase after "how many": a verb, a preposition or a relative word
_ENGLISH_PHRASE_END = frozenset("""are is were was do does did have has had will would can could should may might in
of from on at for to with that which who whom per still now so through under across outside inside by been be
being get got""".split())
# a word for persons by its ending: "grensarbeiders", "statushouders", "werkzoekenden", "leerlingen"
_PERSONS = re.compile(r"\w+(?:ers|aars|enden|anten|isten|houders|lingen)")
_MONEY_UNIT = re.compile(r"^(?:euro|eur|euro[’']s|mln|mld|procent|%)\.?$", re.I)
# money whatever word follows; "miljoen" and "miljard" only when no noun follows ("1,1 miljoen inwoners" counts)
_MONEY_FIGURE = re.compile(r"€\s*(\d+(?:[.,]\d+)*)|(?<![\d.,])(\d+(?:[.,]\d+)*)\s*(?:(?:euro|eur|mln|mld|procent)\b|%|"
                           r"(?:miljoen|miljard)\b(?!\s+(?!euro)[a-zà-ÿ]))", re.I)
_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![.,]?\d)")  # "3.910.787" in a row "in euro’s"
_ABOUT_EUROS = re.compile(r"\bin euro|\bbedrag|\bbudget", re.I)
_FRACTION = re.compile(r"\b(?:(?:de|een|twee) (?:helft|derde|kwart)|driekwart|tweederde)\b", re.I)  # "waarvan de helft"
_SECTION = re.compile(r"(?<![\d.,])\d{1,2}(?:\.\d{1,2}){1,3}(?![.,]?\d)")  # "§ 3.2.1"


@lru_cache(maxsize=256)  # asked once per sentence the figure rule reads
def counts_things(question: str, counted: str) -> bool:
    """True for a Dutch question that counts things in the plural ("Hoeveel banen …?"), not money, not a part of a
    whole, not a verb after "hoeveel": a number that counts other things does not answer it.

    >>> counts_things("Hoeveel banen levert de basisindustrie op?", "banen")
    True
    >>> [counts_things(q, c) for q, c in (("Hoeveel ontvingen de verhuurders?", "ontvingen"),
    ...     ("Hoeveel middelen zijn ingezet?", "middelen"), ("Hoeveel van de twaalf locaties zijn krimpregio's?",
    ...     "locaties"), ("How many municipalities in de Achterhoek?", "municipalities"))]
    [False, False, False, False]
    """
    if (not counted or not PLURAL.fullmatch(counted) or counted in _NOT_A_THING or counted in _MONEY_NOUNS
            or not _COUNT_WORD.search(question) or asks_part(question) or asked_type(question) == "money"):
        return False
    at = question.lower().find(counted)
    return at >= 0 and not _SUBJECT_NEXT.match(question[at + len(counted):])


def english_counted(question: str) -> tuple[str, ...]:
    """The Dutch words for what an English "How many …?" question counts: those of the ENGLISH_COUNTED nouns in the
    phrase after "how many"; () when none is listed or the question asks for a part ("how many of …").

    >>> english_counted("How many unemployed people did the sector plan place in jobs?")
    ('mensen',)
    >>> english_counted("How many school boards have the account managers visited?"), english_counted("How many of the regions …?")
    (('besturen',), ())
    """
    match = re.search(r"\bhow many\s+(.*)", question, re.I)
    if not match:
        return ()
    # the listed plurals of the phrase ("nurses and doctors"); a noun that modifies another is singular ("school
    # boards", "nursing home places")
    counted: list[str] = []
    for word in re.findall(r"[\w’'-]+", match.group(1).lower()):
        if word in _ENGLISH_PHRASE_END:
            break
        counted += [dutch for dutch in ENGLISH_COUNTED.get(word, ()) if dutch not in counted]
    return tuple(counted)


def english_counts_things(question: str) -> bool:
    """True for an English "How many …?" question that counts listed things, not money and not a part of a whole.

    >>> english_counts_things("How many households lack fast internet?"), english_counts_things("How many of the homes …?")
    (True, False)
    """
    return bool(english_counted(question)) and not asks_part(question) and asked_type(question) != "money"


def kind_of(word: str) -> str:
    """The group of things a word names, by the word or its compound's head ("huurwoningen": dwellings); "" when
    none.

    >>> kind_of("huurwoningen"), kind_of("grensarbeiders"), kind_of("regio's")
    ('dwellings', 'people', '')
    """
    for kind, members in KINDRED.items():
        if word in members or any(word.endswith(member) for member in members if len(member) >= MIN_NOUN + 1):
            return kind
    return "people" if _PERSONS.fullmatch(word) else ""


def names_counted(word: str, counted: str) -> bool:
    """True when `word` names what is counted: the same stem, a compound of it, or the same kind of thing under
    another name (people, bodies, dwellings, jobs, sites, places).

    >>> names_counted("krimpregio's", "regio's"), names_counted("partijen", "organisaties"), names_counted("regio's", "banen")
    (True, True, False)
    """
    stem = counted[:max(MIN_NOUN, len(counted) - 2)]
    if word.startswith(stem) or stem in word or (len(word) >= MIN_NOUN + 2 and word[:-2] in counted):
        return True
    kind = kind_of(counted)
    return bool(kind) and kind_of(word) == kind


def counts_other_things(words: list[str], noun: str) -> bool:
    """True when a number's following words show it counts something else than a count question asks: money or a
    share ("95 miljoen", "50 procent") or other things in the plural ("vijf industriële regio's": noun "regio's").

    >>> counts_other_things(["miljoen", "euro"], "miljoen"), counts_other_things(["industriële", "regio's"], "regio's")
    (True, True)
    >>> counts_other_things(["gesloopt", ""], "gesloopt")
    False
    """
    if _MONEY_UNIT.match(words[0]) or noun in ("miljoen", "miljard"):  # not "1,1 miljoen inwoners": noun inwoners
        return True
    return bool(PLURAL.fullmatch(noun)) and noun not in _NOT_A_THING


def not_counts(text: str) -> frozenset[str]:
    """The numbers of a sentence that never count things, whatever word follows them: money, a percentage, a
    section's number, a fraction ("de helft"), and grouped numbers in a row or sentence about euros.

    >>> sorted(not_counts("Krimpregio: Parkstad | Bedragen (jaarlijks, in euro’s): 3.910.787"))
    ['3.910.787']
    >>> sorted(not_counts("Er doen 20 Europese gemeenten mee; 1.200 woningen zijn gesloopt."))
    []
    """
    values = {next(g for g in m.groups() if g).lower() for m in _MONEY_FIGURE.finditer(text)}
    values |= {m.group(0) for m in _SECTION.finditer(text)}
    values |= {m.group(0).lower() for m in _FRACTION.finditer(text)}
    if _ABOUT_EUROS.search(text):
        values |= {m.group(0) for m in _GROUPED.finditer(text)}
    return frozenset(values)
