"""The names rule's reading: does a question ask which named things ("Welke gemeenten …?", "In welke regio's …?",
"Which organisations …?", "Waar …?"), which names a sentence states, and how far the sentences closest to such a
question are from one that names something the question does not (assistant/decide.py abstains when the gap
reaches the calibrated `name_gap`).

The letters often speak of the asked things without naming them: "een aantal gemeenten", "in steeds meer regio's",
"met medewerking van een bureau", "dertien partners". Such a sentence is close to the question and answers it
in kind only; the question wants the names.

Example:
    >>> name_gap("In welke krimpgebieden liggen proeftuinen aardgasvrije wijken?",
    ...          [(0.74, "Een aantal proeftuinen aardgasvrije wijken ligt in gebieden met bevolkingsdaling."),
    ...           (0.50, "Het Rijk werkt samen met Parkstad Limburg.")], cap=0.2)
    0.2
"""
from __future__ import annotations

import re

from assistant.evidence import KAMERSTUK_CITATION, gap_to_first
from assistant.figures import is_yes_no
from assistant.gazetteer import areas_of, asked_areas, names_area_within, places_known, within_asked_area
from assistant.terms import PLACE_NAMES, PROVINCE_WORDS

# The named things a question can ask for: places, bodies, organisations (not "maatregelen", "acties")
_THINGS_NL = (r"gemeenten?|regio(?:’s|'s|s)?|krimpregio(?:’s|'s|s)?|anticipeerregio(?:’s|'s|s)?|"
              r"krimpgebied(?:en)?|gebieden|provincies?|organisaties?|partij(?:en)?|partners?|instanties?|instellingen|"
              r"(?:onderzoeks|advies)?bureaus?|instituten|instituut|opleidingsinstituten|ministeries|departementen|"
              r"bedrijven|ziekenhuis|ziekenhuizen|stad|steden|plaats(?:en)?|dorp(?:en)?|kernen|universiteiten|"
              r"hogescholen|hogeschool|universiteit|landen|deelnemers|(?:woning)?corporaties?|vervoerders?|"
              r"commissies?|landsdelen|umc(?:’s|'s|s)|"
              r"onderzoekers|stadsde(?:el|len)|wijken|wijk|buurten|\w*verzekeraars?|fondsen|banken|locaties")
# …and compounds of these ("koepelorganisaties", "vervoerregio's", "basisscholen"); not of "gebieden" or
# "plaatsen" ("aandachtsgebieden", "stageplaatsen" are no named things)
_COMPOUND_NL = (r"[\w-]+(?:organisaties?|regio(?:’s|'s|s)?|bureaus?|instituten|instellingen|ziekenhuizen|corporaties|"
                r"scholen|locaties)")
_THINGS_EN = (r"municipalit(?:y|ies)|regions?|areas?|provinces?|organi[sz]ations?|parties|partners?|agencies|"
              r"(?:health\s+)?insurers?|funds|banks|"
              r"institutions?|bureaus?|firms?|institutes?|ministries|departments|companies|hospitals|cities|towns|"
              r"places|villages|universities|countries|participants|housing associations")
# Between "welke" and the thing only what describes it: an inflected adjective ("Zeeuwse", "Friese") or a number
_COUNTED = (r"(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|"
            r"zeventien|achttien|negentien|twintig|\d+)")
_COUNTED_EN = (r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
               r"seventeen|eighteen|nineteen|twenty|\d+)")
# Compounds of "gebieden" that are places ("vernieuwingsgebieden", "NOVI-gebieden"), not fields ("beleidsgebieden",
# "aandachtsgebieden", "werkgebieden")
_PLACE_AREAS = (r"(?!(?:beleids|aandachts|werk|thema|kennis|interesse|toepassings|vak|taak|speer)[\w-]*gebieden)"
                r"[\w-]+gebieden")
_DESCRIBING = rf"(?:[\w’'-]+e|{_COUNTED})"
# a compound's first part joined to the next: "krimp- en grensregio's", "stads- en dorpskernen"
_JOINED = r"(?:[\w]+-\s+(?:en|of)\s+)?"
NAME_QUESTION = re.compile(
    rf"^\W*(?:(?:en|and|in|om|op|bij|met|van|voor|uit|naar|aan|onder|binnen|via|door|to|from|at|with|of|for|"
    rf"by)\s+){{0,2}}"
    rf"(?:welke?\s+(?:{_DESCRIBING}\s+){{0,2}}?{_JOINED}(?:{_THINGS_NL}|{_COMPOUND_NL})\b|"
    # a counted set asks for its members: "Wat zijn de vijf landsdelen …?", "Om welke zestien stedelijke
    # vernieuwingsgebieden gaat het?" (a compound of "gebieden" too, once counted)
    rf"(?:wat\s+(?:zijn|waren)\s+de|welke)\s+{_COUNTED}\s+(?:[\w’'-]+e\s+)?(?:[A-Z][\w-]*\s+)?{_JOINED}"
    rf"(?:{_THINGS_NL}|{_COMPOUND_NL}|{_PLACE_AREAS})\b|"
    # …in English only where names stand between ("the fifteen IBP Vitaal Platteland areas"; not "the three main
    # problem areas")
    rf"(?:which|what)\s+(?:are|were)\s+the\s+{_COUNTED_EN}\s+(?:(?-i:[A-Z])[\w-]*\s+){{0,4}}?(?:{_THINGS_EN})\b|"
    rf"(?:which|what)\s+(?:\w+\s+){{0,2}}?(?:{_THINGS_EN})\b|"
    r"waar\b(?!om|door|mee|over|op|aan|voor|uit|van|bij|in|naar)|where\b|"
    # a member's party: "Van welke fractie is Kamerlid Van der Molen?"
    r"(?:van|bij|tot)\s+welke\s+(?:politieke\s+)?(?:fractie|partij)\s+(?:is|was|hoort|hoorde|behoort|zit|zat)\b|"
    r"which\s+(?:political\s+)?(?:party|parliamentary group)\s+(?:is|was|does|did)\b)", re.I)
# …which only a party answers (the letters name the fracties that asked: "de leden van de PvdA-fractie")
# (a bare "partij" is a party only before a member: "Van welke partij is Kamerlid Hoogland?", not "Bij welke partij
# ligt de regie?" nor "Which party is responsible …?")
_MEMBER = (r"(?:het\s+)?(?:kamer)?(?:lid|leden)\b|minister|staatssecretaris|de heer|mevrouw|mp\b|mr\b|mrs\b|ms\b|"
           r"(?-i:[A-Z][a-z])")
_PARTY_OF = re.compile(r"(?:van|bij|tot)\s+welke\s+(?:politieke\s+(?:partij|fractie)|fractie|"
                       rf"partij(?=\s+(?:is|was|hoort|hoorde|behoort|behoorde|zit|zat)\s+(?:{_MEMBER})))\s|"
                       r"which\s+(?:political\s+party|parliamentary group|"
                       rf"party(?=\s+(?:is|was|does|did)\s+(?:{_MEMBER})))\s", re.I)
_PARTY = re.compile(r"\b(?:VVD|CDA|PvdA|SP|D66|GroenLinks|ChristenUnie|SGP|PVV|PvdD|50PLUS|DENK|FvD|BBB|JA21|Volt|"
                    r"Partij voor de Dieren|Forum voor Democratie)\b")
# Capitalised words that name no particular thing in the letters (or open a sentence)
_NOT_NAMES = frozenset("""de het een in op bij met van voor uit aan dit dat deze die er ook daarnaast daarom zo als
wat welke hoe waar wanneer waarom wie the a an this that these it rijk kamer tweede eerste minister kabinet regering
staatssecretaris ministerie uw ik wij zij hij zie nederland nederlandse tabel bijlage hoofdstuk provincie gemeente
kamerstuk kamerstukken tk nr i ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi xvii xviii xix xx""".split())
_WORD = re.compile(r"[\w’'.-]*\w")
# The things of a place question: a body's acronym ("BZK", "CBS", "COROP-gebieden") is no answer to it
_PLACE_THINGS = re.compile(r"\b(?:gemeenten?|regio(?:’s|'s|s)?|krimpregio(?:’s|'s|s)?|"
                           r"anticipeerregio(?:’s|'s|s)?|krimpgebied(?:en)?|gebieden|provincies?|stad|steden|"
                           r"plaats(?:en)?|dorp(?:en)?|kernen|"
                           r"landen|stadsde(?:el|len)|wijk(?:en)?|buurten|landsdelen|municipalit(?:y|ies)|"
                           r"regions?|areas?|provinces?|cities|towns|places|villages|countries|districts?|"
                           r"neighbou?rhoods?)\b", re.I)
# The bodies a question can ask for that a place does not name (not "partijen", "organisaties", "partners": a
# province or a municipality is one)
_BODY_THINGS = re.compile(r"(?:bureaus?|bedrijven|(?:woning)?corporaties?|\w*verzekeraars?|fondsen|banken|"
                          r"vervoerders?|firms?|companies|banks|funds|housing associations|\w*insurers?)\b", re.I)
# A list of three or more capitalised names names a set ("Noord, Oost, Zuid, Noordwest en Zuidwest" for the
# landsdelen), where a place stands or not
_LISTED_NAMES = re.compile(r"[A-Z][\w’'-]+(?:\s*,\s*[A-Z][\w’'-]+)+\s+(?:en|and|of|or)\s+[A-Z][\w’'-]+")
# Places asked by a word that a description answers as well ("In welke gebieden …?": "in gebieden waar geen snel
# internet is"): any name counts there, not only a place's
_LOOSE_PLACES = re.compile(r"\b(?:gebieden|areas?)\b", re.I)
_ACRONYM = re.compile(r"[A-Z]{2,}(?:[’'-]\w*)?")
# An office names no place: "de Minister voor Basis- en Voortgezet Onderwijs en Media", "het ministerie van
# Economische Zaken" (for "Welke organisaties …?" the ministry may be the answer)
_OFFICE = re.compile(r"\b(?i:minister|ministers|staatssecretaris|ministerie)\s+(?:van|voor)\s+"
                     r"(?:[A-Z][\w’'-]*\s*(?:(?:en|&)\s+)?)+")
MIN_DERIVED_BASE = 5  # "Achterhoek" is asked by "Achterhoekse": a name whose first letters (at least this many) …
_WHERE = re.compile(r"^\W*(?:en\s+|and\s+)?(?:waar|where)\b", re.I)
_WHERE_TO_GO = re.compile(r"^\W*(?:en\s+|and\s+)?(?:waar\s+(?:kan|kunnen|kun|kunt|moet|moeten|mag|mogen)|"
                          r"where\s+(?:can|could|should|must|do|does))\b", re.I)
# A place named after a preposition of place ("in Winschoten", "te Assen", "naar Aken", "in de Achterhoek"); the
# preposition is kept so that the name is not the phrase's first word; or a list of two or more names after a
# colon ("Er lopen momenteel twee MaaS-pilots in gebieden met bevolkingsdaling: Groningen-Drenthe en Twente"; not
# one capitalised word, "(hierna: WP2000)", "• Regiomarketing: Kansen en kwaliteiten …")
_PLACE = re.compile(r"\b(?i:in|te|naar|bij|uit|rond|nabij|at|to|near)\s+(?:de\s+|het\s+|the\s+)?"
                    r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*|"
                    r"[\w’'-]+:\s+[A-Z][\w’'-]+(?:\s*,\s*[A-Z][\w’'-]+)*\s+(?i:en|and)\s+[A-Z][\w’'-]+")


# "Waar gaat dat onderzoek over?", "Waar ligt de nadruk op in het plan?", "Waar hangt de verdeling van af?": "waar"
# with a preposition later in the question asks what about, not where ("in", "bij" and "uit" also say where)
# ("Waar werd de conferentie over het versterken van … gehouden?" asks where: "over" opens a phrase of its own there)
_WHERE_ABOUT = re.compile(r"^\W*waar\b.*\b(over|voor|mee|aan|op|naar|van|door|toe|om|af)\b"
                          # ("over dat Platform31 uitvoert" is a relative clause: that "over" is stranded)
                          r"(?!\s+(?:de|het|een|zijn|haar|hun)\b|\s+(?-i:[A-Z0-9]))|"
                          # "Waar lag de nadruk?" asks what was stressed, not where; "Waar valt de meeste winst te
                          # halen?" asks in what respect
                          r"^\W*waar\s[^?]{0,80}?\b(?:de nadruk|het accent|de focus|het zwaartepunt)\b|"
                          r"^\W*waar\s[^?]{0,60}?\b(?:winst|kansen|voordeel|verbetering)\b", re.I)


def asks_names(question: str) -> bool:
    """True for a question that asks which named places or bodies (not a yes/no question).

    >>> asks_names("Welke gemeenten stonden onder toezicht?"), asks_names("Welke maatregelen neemt het kabinet?")
    (True, False)
    >>> asks_names("In welke regio's ging de minister op werkbezoek?"), asks_names("Waar gaat dat onderzoek over?")
    (True, False)
    >>> asks_names("Waar lag bij het tweede actieplan vooral de nadruk?"), asks_names("Waar ligt Parkstad?")
    (False, True)
    >>> asks_names("Waar werd de conferentie over het versterken van de economie gehouden?")
    True
    >>> asks_names("Waar valt volgens de minister de meeste winst te halen?")
    False
    >>> asks_names("Wat zijn de acht NOVI-gebieden?"), asks_names("Wat zijn de vijf beleidsgebieden?")
    (True, False)
    """
    return bool(NAME_QUESTION.search(question)) and not is_yes_no(question) and not _WHERE_ABOUT.search(question)


def asks_party(question: str) -> bool:
    """True for a question after a member's party ("Van welke partij is Kamerlid Hoogland?").

    >>> asks_party("Van welke fractie is Kamerlid Van der Molen?"), asks_party("Welke partijen doen mee?")
    (True, False)
    """
    return bool(_PARTY_OF.search(question))


def restricted_areas(question: str) -> frozenset[str]:
    """The areas a question after places restricts them to ("In welke Drentse gemeenten …?", "Waar in Zeeland …?");
    none for a question after other named things.

    >>> sorted(restricted_areas("In welke Drentse gemeenten werken virtuele huisartsen?"))
    ['drenthe']
    """
    asked_thing = NAME_QUESTION.search(question)
    if not asked_thing or not (_PLACE_THINGS.search(asked_thing.group(0)) or _WHERE.match(question)):
        return frozenset()
    return asked_areas(question)


def names_in(text: str, question: str) -> frozenset[str]:
    """The names a sentence states that the question does not: words with a capital (not the sentence's first
    word), acronyms and names like "In.Fact.Research" or "commissie-Dijkgraaf".

    >>> sorted(names_in("Tot deze RetailDeals behoren Roermond en Venray.", "Welke gemeenten hebben een RetailDeal?"))
    ['roermond', 'venray']
    >>> sorted(names_in("In Zeeland loopt een pilot.", "In welke Zeeuwse gemeenten loopt de pilot?"))
    []
    """
    asked = {w.lower().replace("’", "'") for w in _WORD.findall(question)}
    asked |= {w[:-1] for w in asked if len(w) > 4}  # "RetailDeals" names what "RetailDeal" does
    # "Zeeuwse gemeenten" are not "Zeeland", "Friese" ones not "Fryslân" or "Friesland"
    provinces = {PROVINCE_WORDS[w] for w in asked if w in PROVINCE_WORDS}
    asked |= provinces | {written for written, own in PLACE_NAMES.items() if own in provinces}
    found = set()
    for position, match in enumerate(_WORD.finditer(text)):
        word = match.group(0)
        lower = word.lower().strip(".").replace("’", "'")
        if position == 0 or not any(c.isupper() for c in word) or lower in _NOT_NAMES:
            continue
        if lower in asked or lower.rstrip("s") in asked or any(part in asked for part in lower.split("-")):
            continue
        if _derived_in(lower, asked):
            continue
        found.add(lower)
    return frozenset(found)


def _derived_in(name: str, asked: set[str]) -> bool:
    """… begin an asked word that is longer: "achterhoek" in "Achterhoekse", "groningen" in "Groningse".

    >>> [_derived_in(name, asked) for name, asked in (("achterhoek", {"achterhoekse"}), ("groningen", {"groningse"}),
    ...                                                ("roermond", {"roer"}))]
    [True, True, False]
    """
    base = name[:max(MIN_DERIVED_BASE, len(name) - 2)]
    return len(name) >= MIN_DERIVED_BASE and any(len(word) > len(base) and word.startswith(base) for word in asked)


def names_a_place(text: str, question: str) -> bool:
    """For a question after places ("Welke regio's …?"): does the sentence name one the question does not? A body's
    acronym names none ("CBS", "COROP-gebieden"), nor an office ("de Minister voor Basis- en Voortgezet Onderwijs").

    >>> names_a_place("Dit meet het CBS voor COROP-gebieden.", "Welke provincie scoort het laagst?")
    False

    A question restricted to an area is not answered by a place elsewhere (assistant/gazetteer.py):
    >>> question = "In welke Drentse gemeenten werken virtuele huisartsen?"
    >>> names_a_place("Zo werken huisartsen in Amsterdam.", question), names_a_place("Zo in Emmen.", question)
    (False, True)
    """
    text = _OFFICE.sub(lambda m: m.group(0).lower(), text)
    acronyms = {m.group(0).lower().replace("’", "'") for m in _ACRONYM.finditer(text)}  # as names_in spells them
    placed = frozenset(name for phrase in (*_PLACE.findall(text), *_LISTED_NAMES.findall(text))
                       for name in names_in(phrase, question))
    named = names_in(text, question) - acronyms
    if not asked_areas(question):
        asked_thing = NAME_QUESTION.search(question)
        loose = asked_thing is not None and bool(_LOOSE_PLACES.search(asked_thing.group(0)))
        return bool(named if loose else places_known(named, text, placed))
    return bool(within_asked_area(named, question, placed)) or names_area_within(text, question)


def states_asked_names(text: str, question: str) -> bool:
    """Does a sentence name what a names question asks for: a place after "in", "te" … for a where-question (not
    one after a desk: "Waar kunnen verhuurders … aanvragen?"), a place for a question after places, any name the
    question does not give for others.

    >>> states_asked_names("Het gaat om Wûns en Lioessens.", "In welke Friese dorpen liep een experiment?")
    True
    >>> states_asked_names("Het CBS meet dit per COROP-gebied.", "Welke provincie scoort het laagst?")
    False
    >>> states_asked_names("De gemeente Kerkrade huisvest studenten uit Aken.", "Welke woningcorporaties doen mee?")
    False
    >>> states_asked_names("Er lopen twee MaaS-pilots in gebieden met bevolkingsdaling: Groningen-Drenthe en Twente.",
    ...                    "Waar lopen MaaS-pilots?")
    True
    >>> states_asked_names("• Regiomarketing: Kansen en kwaliteiten zichtbaar maken.",
    ...                    "Waar wordt regiomarketing ingezet?")
    False
    >>> states_asked_names("De Wet Personenvervoer (hierna: WP2000) regelt dit.", "Waar geldt de Wet Personenvervoer?")
    False
    >>> question = "Van welke fractie is Kamerlid Van der Molen?"
    >>> states_asked_names("Het lid Van der Molen diende een motie in.", question)
    False
    >>> states_asked_names("De leden van de CDA-fractie vragen of …", question)
    True
    """
    if asks_party(question):
        return bool(_PARTY.search(text))
    if _WHERE.match(question) and not _WHERE_TO_GO.match(question):
        return (any(within_asked_area(names_in(place, question), question) for place in _PLACE.findall(text))
                or names_area_within(text, question))
    asked_thing = NAME_QUESTION.search(question)
    if asked_thing and _under_asked_header(text, asked_thing.group(0)):
        return True
    if asked_thing and _PLACE_THINGS.search(asked_thing.group(0)):
        return names_a_place(text, question)
    if asked_thing and _BODY_THINGS.search(asked_thing.group(0)):
        # a place is no body: "Welke woningcorporaties in Parkstad …?" is not answered by "Kerkrade" or "Aken"
        return any(not areas_of(name) for name in names_in(text, question))
    return bool(names_in(text, question))


def _under_asked_header(text: str, asked_thing: str) -> bool:
    """A table cell under a header that names the asked thing names one, even one the question gives ("Naar welke
    gemeente gaat de DU voor De Marne?": "Ontvangende gemeente: De Marne").

    >>> _under_asked_header("Krimpregio: De Marne | Ontvangende gemeente: De Marne", "Naar welke gemeente")
    True
    >>> _under_asked_header("• Regiomarketing: Kansen en kwaliteiten zichtbaar maken.", "Welke regio")
    False
    >>> _under_asked_header("Krimpregio: Parkstad | Ontvangende gemeente: Heerlen", "In welke gemeenten")
    True
    """
    noun = re.sub(r"(?:['’]s|en|n|s)$", "", asked_thing.split()[-1].lower())
    header = rf"\b[\w-]*{re.escape(noun)}(?:e|s|en|n|['’]s)?(?:\s*\([^)|]*\))?\s*:\s*(?:de\s+|het\s+)?(?-i:[A-Z])"
    return len(noun) >= 4 and bool(re.search(header, text, re.I))


# "de Landelijke Huisartsen Vereniging (LHV)": the words a question's acronym stands for, which it names already
# (not "de Fryske Akademy (BZK)": a ministry in brackets; the initials must spell the acronym)
_BRACKETED = re.compile(r"\(([A-Z][A-Za-z]{1,7})\)")
_WORDS_BEFORE = 8  # an acronym's words are among the last this many before its brackets
_SMALL_WORDS = frozenset("voor van de der den het en op in".split())
# A cited kamerstuk names nothing asked: "(TK 35000-VII-52; 2019)", "(Kamerstukken II 2022/23, 35925-VII, nr. 9)"
_CITED = re.compile(KAMERSTUK_CITATION)


def with_expansions(question: str, sentences: list[tuple[float, str]]) -> str:
    """The question with the words its acronyms stand for in the sentences ("LHV" -> "Landelijke Huisartsen
    Vereniging"), so that those words are not read as a name the question does not give.

    >>> with_expansions("Welk bureau helpt de LHV?", [(0.8, "De Landelijke Huisartsen Vereniging (LHV) helpt.")])
    'Welk bureau helpt de LHV? Landelijke Huisartsen Vereniging'
    """
    asked = {word.lower() for word in _WORD.findall(question)}
    expanded = [spelled for _, text in sentences for match in _BRACKETED.finditer(text)
                if match.group(1).lower() in asked
                and (spelled := spelled_out(text[:match.start()].split()[-_WORDS_BEFORE:], match.group(1)))]
    return " ".join([question, *expanded])


def spelled_out(words: list[str], acronym: str) -> str:
    """The last words before "(ACRONYM)" whose initials spell it, small words inside allowed; "" when none do.

    >>> spelled_out("de Centraal Bureau voor de Statistiek".split(), "CBS")
    'Centraal Bureau voor de Statistiek'
    >>> spelled_out("onderzoek van de Fryske Akademy".split(), "BZK")
    ''
    """
    letters = "".join(c for c in acronym if c.isupper())
    taken: list[str] = []
    for word in reversed(words):
        if taken and word.lower() in _SMALL_WORDS:
            taken.insert(0, word)
            continue
        if not word[:1].isupper() or len(_initials(taken)) == len(letters):
            break
        taken.insert(0, word)
    while taken and taken[0].lower() in _SMALL_WORDS:
        taken.pop(0)
    return " ".join(taken) if _initials(taken) == letters else ""


def _initials(words: list[str]) -> str:
    return "".join(w[0].upper() for w in words if w.lower() not in _SMALL_WORDS)


def name_gap(question: str, sentences: list[tuple[float, str]], cap: float) -> float:
    """For a question that asks which named things: how much closer to it the closest sentence is than the closest
    one naming something the question does not (`cap` when none does); 0 for other questions. `sentences` are
    (cosine to the question, text), closest first. "Waar werd de conferentie gehouden?" wants a place: "in
    Winschoten", not "BZK"."""
    if not asks_names(question) or not sentences:
        return 0.0
    asked = with_expansions(question, sentences)
    return gap_to_first(sentences, lambda text: states_asked_names(_CITED.sub(" ", text), asked), cap)
