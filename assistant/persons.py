"""The person rule's reading: does a question ask for a person ("Wie is de voorzitter van …?", "Hoe heet de
kwartiermaker?", "Who chairs …?"), does a sentence name one, and how far the sentences closest to such a question
are from one that does (assistant/decide.py abstains when the gap reaches the calibrated `person_gap`).

The letters name bodies, offices and places, and hardly ever a person: a minister's signature, an author, "de heer
B" (a name the letter leaves out). A question after the chair of a board meets a sentence about the board, which
answers it in kind only. Questions after a body ("Wie voert de evaluatie uit?", "Welke minister is
verantwoordelijk?") are the names rule's or no rule's: the letters answer them with the body or office.

Example:
    >>> person_gap("Wie is de voorzitter van de Regiegroep Onderwijs en Krimp?",
    ...            [(0.74, "De Regiegroep Onderwijs en Krimp heeft een plan opgesteld."),
    ...             (0.50, "Het plan is ondertekend door J.P. Molenaar.")], cap=0.2)
    0.2
"""
from __future__ import annotations

import re

from assistant.evidence import gap_to_first

# Nouns that stand for a person (or persons) holding a role; "leden" of a committee, not "leden" of a fractie. Not
# "initiatiefnemer" nor "trekker": the letters' tables give bodies in those roles ("Parkstad (initiatiefnemer)",
# "(BZK trekker)")
_ROLES_NL = (r"\w*(?:voorzitters?|voorzitster|directeur(?:en|s)?|directrice|burgemeesters?|wethouders?|gedeputeerden?|"
             r"commissaris(?:sen)?|kwartiermakers?|ambassadeurs?|procesbegeleiders?|ondernemers?|wetenschappers?|"
             r"auteurs?|schrijvers?|oprichters?|boegbeelden?|lectoren|lector|"
             r"hoogleraren|hoogleraar|professoren|professor|"
             # who runs a project or a desk: "projectleider", "teamleider", "accountmanager", "coördinator"
             r"(?:project|team|programma|afdelings)leiders?|(?:account|programma|project|proces|regio)managers?|"
             r"co[öo]rdinator(?:en|s)?|contactperso(?:on|nen))|"
             r"leden van de (?:commissie|adviescommissie|raad)")
_ROLES_EN = (r"\w*(?:chairs?|chairman|chairwoman|chairperson|directors?|mayors?|aldermen|alderman|ambassadors?|"
             r"entrepreneurs?|scientists?|authors?|writers?|founders?|lecturers?|professors?|coordinators?)|"
             r"(?:project|team|programme|program|account)\s+(?:leaders?|managers?|leads?)|contact persons?|"
             r"members of the (?:committee|advisory committee|board|council)")
# The work a person did inside a body ("Wie heeft bij Lysias Advies de evaluatie uitgevoerd?"); not any word that
# starts with "ge" ("Wie heeft bij BZK contact met gemeenten?")
_DONE = (r"uitgevoerd|gedaan|geschreven|gemaakt|geleid|begeleid|opgesteld|onderzocht|getekend|ondertekend|"
         r"gepresenteerd|bedacht|ontwikkeld|ontworpen|gecoördineerd|georganiseerd|conducted|carried out|written|led|"
         r"done|made|drafted|signed")
# Asked by name, an office holder is a person too: "Hoe heet de minister van VWS?" (not "Welke minister …?")
_OFFICES = (r"minister|staatssecretaris|premier|minister-president|secretary|prime minister|kamerlid|"
            r"kamerleden")
_OFFICE_HOLDER = r"(?:staatssecretaris|minister|bewindspersoon|secretary of state)"
# At most two words before the role, none of them a preposition: "de kwartiermaker", "de procesbegeleider
# leerlingendaling", but not "het programma voor ondernemers" (a thing, for persons)
_BEFORE_ROLE = r"(?:(?!(?:voor|van|met|bij|in|op|uit|naar|over|tussen|for|of|with|to|at|from|on|in)\b)[\w‘’'-]+\s+){0,2}?"
PERSON_QUESTION = re.compile(
    rf"^\W*(?:(?:en|and)\s+)?(?:"
    rf"(?:wie|who)\s+(?:is|was|zijn|waren|wordt|werd|are|were|will be)\s+(?:(?:de|het|the)\s+)?"
    rf"{_BEFORE_ROLE}"
    rf"(?:{_ROLES_NL}|{_ROLES_EN})\b|"
    rf"(?:hoe\s+(?:heet|heten|heette|heetten)\s+(?:de|het)|what\s+(?:is|was|are|were)\s+the\s+names?\s+of\s+the|"
    rf"wat\s+(?:is|was|zijn|waren)\s+de\s+(?:naam|namen)\s+van\s+(?:de|het)|"
    # asked as a request: "Can you give me the names of the OCW account managers …?", "Kunt u de namen van de
    # accountmanagers noemen?"
    rf"(?:can|could)\s+you\s+(?:give|tell|send)\s+(?:me|us)\s+the\s+names?\s+of\s+the|"
    rf"(?:kunt|kun|kan|wil|wilt)\s+(?:u|je|jij)\s+(?:me\s+|mij\s+|ons\s+)?de\s+(?:naam|namen)\s+(?:geven\s+|noemen\s+)?"
    rf"van\s+(?:de|het))\s+"
    rf"{_BEFORE_ROLE}(?:{_ROLES_NL}|{_ROLES_EN}|{_OFFICES})\b|"
    rf"(?:wie|who)\s+(?:is|was)\s+(?:de heer|mevrouw|mr\.?|mrs\.?|ms\.?)\s|"
    rf"(?:wie|who)\s+(?:voorzit|zit\s+(?:\w+\s+){{1,4}}voor|chairs|chaired)\b|"
    # who did it inside a named body asks for the person there: "Wie heeft bij Lysias Advies de evaluatie
    # uitgevoerd?" (the body is given; not "Wie is bij het Rijk verantwoordelijk …?", which an office answers); and
    # who led a team
    rf"(?:wie|who)\s+(?:heeft|hebben|had|hadden|has|have)\s+(?:bij|at)\s+(?:het\s+|de\s+|the\s+)?"
    rf"(?-i:[A-Z])[^?]*\b(?:{_DONE})\b|"
    rf"(?:wie|who)\s+(?:leidt|leidde|leads|led)\s+(?:het|de|the)\s+team\b|"
    # a role inside a named body: "Wie was bij BZK de projectleider …?", "Wie is bij OCW de accountmanager …?"
    rf"(?:wie|who)\s+(?:is|was|zijn|waren)\s+(?:bij|at)\s+[^?,]{{1,40}}?\s+(?:de|het|the)\s+"
    rf"(?:{_ROLES_NL}|{_ROLES_EN})\b|"
    rf"welke\s+(?:personen|persoon|wetenschappers|auteurs)\b|which\s+(?:people|persons|scientists|authors)\b|"
    # one holder of a role asked by "welke": "Welke hoogleraar aan de RUG …?", "Which mayor …?"
    rf"(?:welke|which)\s+{_BEFORE_ROLE}(?:hoogleraar|hoogleraren|professors?|professoren|voorzitters?|voorzitster|"
    rf"burgemeesters?|wethouders?|gedeputeerden?|directeur(?:en|s)?|directrice|kwartiermakers?|lectors?|lectoren|"
    rf"onderzoeker|"
    rf"chairs?|chairman|chairwoman|mayors?|directors?)(?![\w’'-])|"
    # the office named with its department asks for the person in it: "Welke staatssecretaris van VWS vroeg …?",
    # "Wie was de staatssecretaris van Financiën die …?" (not "Wie is de minister van VWS?": the office answers that)
    rf"(?:(?:door|van|namens|by)\s+)?(?:welke|which)\s+{_OFFICE_HOLDER}\s+(?:van|voor|of|for)\s+\S|"
    rf"(?:wie|who)\s+(?:is|was|are|were)\s+(?:de|the)\s+{_OFFICE_HOLDER}\s+(?:van|voor|of|for)\s+[^?]{{1,70}}?\s+"
    rf"(?:die|dat|met wie|namens wie|who|that)\b|"
    # a member of the Kamer, and who signed on behalf of a body (not "Wie heeft namens het kabinet de regie?")
    rf"(?:(?:door|van|namens|by)\s+)?welke?\s+(?:tweede\s+)?(?:kamerleden|kamerlid)\b|welke\s+leden\s+van\s+de\s+"
    rf"tweede\s+kamer\b|which\s+(?:mps?|members?\s+of\s+(?:parliament|the\s+house))\b|"
    rf"(?:wie|who)\b[^?]{{0,60}}\b(?:namens|on behalf of)\b[^?]*\b(?:ondertekend|getekend|ondertekende|tekende|"
    rf"signed)\b)",
    re.I)
# "het lid Van der Molen", "de motie Dik-Faber", "de leden Ronnes en Dik-Faber", "Kamerlid Straus": a member of the
# Kamer named, for a question after one
KAMERLID_NAMED = re.compile(r"(?i:\b(?:kamerlid|kamerleden|lid|leden|motie|moties))[\s-]+"
                            r"(?:van\s+(?:het\s+lid|de\s+leden)\s+)?"
                            r"(?:(?!(?:De|Van|Ter|Ten|Den|Der)\s)(?P<first>[A-Z][a-z]+)\s+)?"
                            r"(?P<surname>(?:(?i:van der|van den|van|de|ter|ten)\s+)?[A-Z][\w’'-]+)")
_ASKS_KAMERLID = re.compile(r"kamerl|\bMPs?\b|members? of parliament", re.I)
# A person named in a sentence: a title or an initial before a capitalised name ("drs. K. Ollongren", "J.P.
# Molenaar", "de heer Jansen"), or a role right before a capitalised name ("voorzitter Hans Alders"). A bare initial
# ("de heer B", as the letters write the senders they leave unnamed) names nobody.
_SURNAME = r"(?:(?i:van der|van den|van|de|der|den|ter|ten)\s+)?(?P<surname>[A-Z][\w’'-]+)"
NAMES_PERSON = re.compile(
    rf"(?:(?i:\b(?:de heer|mevrouw|dhr\.|mw\.|prof\.|dr\.|drs\.|mr\.|ir\.|ing\.|mrs?\.?|ms\.?|professor))\s+"
    rf"(?:[A-Z]\.\s*)*|(?<![\w.])[A-Z]\.(?:\s?[A-Z]\.)*\s?){_SURNAME}")
# "minister Ollongren", "voorzitter Hans Alders"; not "minister van Binnenlandse Zaken" (an office)
ROLE_NAMED = re.compile(rf"(?i:\b(?:{_ROLES_NL}|{_ROLES_EN}|minister|staatssecretaris|premier))\s+"
                        r"(?:(?P<first>[A-Z][a-z]+)\s+)?(?P<surname>[A-Z][\w’'-]+)")
# What such a match may hold that is no name: a word that opens a sentence ("N.B. Dit …"), a body ("Gedeputeerde
# Staten", "Ondernemers Federatie", "kwartiermaker Campus Zeeland"), an office's letters ("minister BZK"), a street
# ("P.C. Hooftstraat"), or an appendix's number ("Bijlage I. Kaart …")
_NOT_NAMES = frozenset("de het een dit dat deze die in op voor zie er ook en of the this that a an staten federatie "
                       "kamer vereniging stichting platform raad commissie campus regio gemeente gemeenten provincie "
                       "ministerie".split())
_STREET = re.compile(r"(?:straat|weg|laan|plein|kade|gracht|singel)$", re.I)
_NUMBERED = re.compile(r"\b(?:bijlage|hoofdstuk|deel|tabel|figuur|paragraaf|annex|appendix)\s*$", re.I)


def asks_person(question: str) -> bool:
    """True for a question that asks which person holds a role, or a person's name.

    >>> asks_person("Wie is de voorzitter van de Drentse Regiegroep?"), asks_person("Hoe heet de kwartiermaker?")
    (True, True)
    >>> asks_person("Hoe heet de regeling voor kleine scholen?"), asks_person("Wie leidt het programma?")
    (False, False)
    >>> asks_person("Wie voert de evaluatie uit?"), asks_person("Welke minister is verantwoordelijk voor krimp?")
    (False, False)
    >>> asks_person("Who chairs the advisory committee?"), asks_person("Wie zijn de leden van de fractie?")
    (True, False)
    >>> asks_person("Wie is voorzitter van de adviescommissie?"), asks_person("Hoe heet de werkambassadeur?")
    (True, True)
    >>> asks_person("Can you give me the names of the OCW account managers?"), asks_person("Kunt u de namen van de "
    ...             "accountmanagers noemen?")
    (True, True)
    >>> asks_person("What is the name of the health minister?"), asks_person("Wie is de minister van VWS?")
    (True, False)
    >>> asks_person("Welke staatssecretaris van VWS vroeg de SER om advies?"), asks_person("Welk Kamerlid vroeg dit?")
    (True, True)
    >>> asks_person("Wie was de staatssecretaris van Financiën die meetekende?")
    True
    >>> asks_person("Wat is de naam van de minister van LNV die over de regiodeals ging?")
    True
    >>> asks_person("Wat is de naam van het Kamerlid dat de motie indiende?")
    True
    """
    return bool(PERSON_QUESTION.search(question))


def names_person(text: str, question: str = "") -> bool:
    """True when a sentence names a person the question does not name already.

    >>> names_person("Het rapport is geschreven door P. Tordoir."), names_person("De heer Jansen schreef de minister.")
    (True, True)
    >>> names_person("De heer B schreef de minister."), names_person("Een wethouder is voorzitter.")
    (False, False)
    >>> names_person("Het essay van P. Tordoir.", "Wat schreef P. Tordoir?")
    False
    >>> names_person("De minister van Binnenlandse Zaken schreef."), names_person("Voorzitter Hans Alders schreef.")
    (False, True)
    >>> names_person("Gedeputeerde Staten van Limburg besloten."), names_person("Zie Bijlage I. Kaart krimpregio's.")
    (False, False)
    >>> names_person("Dat vroeg het lid Van der Molen.", "Welk Kamerlid vroeg dit?")
    True
    >>> names_person("Dat vroeg het lid Van der Molen.", "Welke staatssecretaris van EZK tekende mee?")
    False
    """
    asked = {word.lower() for word in re.findall(r"[\w’'-]+", question)}
    patterns = (NAMES_PERSON, ROLE_NAMED) + ((KAMERLID_NAMED,) if _ASKS_KAMERLID.search(question) else ())
    # a surname with its particle ("Van der Molen") is asked by its last word
    return any(_is_name(match, text) and match["surname"].split()[-1].lower() not in asked
               for pattern in patterns for match in pattern.finditer(text))


def _is_name(match: re.Match, text: str) -> bool:
    surname = match["surname"]
    words = [surname, match.groupdict().get("first") or ""]
    return not (surname.isupper() or _STREET.search(surname) or _NUMBERED.search(text[:match.start()])
                or any(word.lower() in _NOT_NAMES for word in words))


def person_gap(question: str, sentences: list[tuple[float, str]], cap: float) -> float:
    """For a question that asks for a person: how much closer to it the closest sentence is than the closest one
    naming a person (`cap` when none does); 0 for other questions. `sentences` are (cosine to the question, text),
    closest first."""
    if not asks_person(question) or not sentences:
        return 0.0
    return gap_to_first(sentences, lambda text: names_person(text, question), cap)
