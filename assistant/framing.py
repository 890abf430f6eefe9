"""Who is asking: the words of a question that say who asks it ("Een journalist van Trouw vraagt waarom …", "NRC
belt: wanneer …", "… ? Een Gelderse krant vraagt ernaar."). The understand step reads the question without them
(`Assistant.ask`): a requester is no topic, a name in it that no letter uses ("Trouw", "Binnenlands Bestuur") is no
evidence that the letters do not answer, and the reading rules read how the reported question opens ("hoeveel …",
"waarom …"). The conversation keeps the user's own words.

A frame is a requester from outside the letters, of at most seven words at the start of a sentence, and a verb of
asking right after it. The requester is someone unnamed ("Een wethouder uit Delfzijl", "Mijn collega", "A
reporter"), the press ("De Onderwijskrant", "RTL Nieuws"), or a proper name that no letter uses ("Binnenlands
Bestuur", "Het FD"; `known(name)` says whether the letters use a name). Not a frame: the Kamer, a fractie, a party or a
member the letters name ("Dik-Faber vraagt om een sloopregeling"), a body they name ("De K6 vraagt …", "LNV vraagt
…"), plain plurals ("Regio's vragen om …") and documents ("Een motie vraagt …"): they report what the letters
discuss. A question that points back to its requester ("Een gemeente in Zeeland vraagt hoeveel … in haar regio"),
or whose unnamed requester is from a place the letters write about ("Een burger uit Parkstad vraagt waarom de pilot
…"), is read whole: the place is likely its topic.

Example:
    >>> frame_of("Een journalist van Trouw vraagt waarom er geen fonds komt. Wat antwoordde de minister?")
    'Een journalist van Trouw vraagt'
    >>> without_frame("Hoeveel geld is er voor de Regio Deals? NOS vraagt naar het totaalbedrag.")
    'Hoeveel geld is er voor de Regio Deals?'
    >>> frame_of("De leden van de VVD-fractie vragen waarom de DU stopt. Wat was het antwoord?")
    ''
"""
from __future__ import annotations

import re
from collections.abc import Callable

_ASKING = (r"(?:vraagt|vragen|vroeg|vroegen|wil(?:len)?\s+(?:het\s+)?(?:graag\s+)?weten|wilde\s+weten|informeert|"
           r"informeerde|belt|belde|mailt|mailde|asks|asked|is\s+asking|wants\s+to\s+know|would\s+like\s+to\s+know|"
           r"wonders|is\s+wondering)")
_QUESTION_WORD = (r"(?:(?:tot|sinds|vanaf|op|in|voor|met|bij|uit|om|naar|aan|van|per|over|door|for|on|by|since|"
                  r"until|from|to|with|about)\s+)?(?:waarom|wat|hoe|hoeveel|of|wanneer|wie|welke?|"
                  r"waar(?:om|door|voor|mee|in|op|over|aan|uit|van|naar|bij)?|why|what|how|whether|if|when|who|which|"
                  r"where)\b")
_ADVERBS = r"(?:(?:ook|nog|me|mij|ons|us|me\s+af|zich\s+af|gisteren|vandaag|net|also|again)\s+)*"
# what follows the verb: the reported question ("vraagt waarom …", "vraagt tot wanneer …", "asks whether …"), a
# colon, what is asked after ("vraagt naar het bedrag", "vraagt ernaar"), or the end of its sentence
_REPORTED = (rf"(?:\s*[:,;.!?]|\s*$|\s+{_ADVERBS}(?:{_QUESTION_WORD}|(?:naar|om|ernaar|erom|daarnaar|hiernaar|"
             rf"about|for)\b|[:,]))")
_FRAME = re.compile(rf"(?:^|(?<=[.?!:;])\s*)\W*(?P<requester>(?:[\w’'&.-]+\s+){{0,6}}?[\w’'&.-]+)\s+"
                    rf"(?P<verb>{_ASKING})\b(?={_REPORTED})", re.I)
# someone unnamed: "Een (Achterhoekse) gemeente (in Zeeland)", "Mijn collega", "A reporter from …"
_PERSONS = (r"journalist\w*|verslaggever\w*|redacteur\w*|reporter\w*|burger\w*|inwoner\w*|bewoner\w*|ondernemer\w*|"
            r"wethouder\w*|raadslid|raadsleden|burgemeester\w*|gedeputeerde\w*|\w*gemeente|provincie|\w*school\w*|"
            r"scholengemeenschap|schoolbestuur|collega\w*|woordvoerder\w*|ambtenaar|ambtenaren|beleidsmedewerker\w*|"
            r"baas|leidinggevende|directeur\w*|student\w*|vereniging|organisatie|stichting|dorpsraad|"
            r"\w*corporatie|huisarts\w*|iemand|citizen\w*|resident\w*|municipality|municipalities|province|"
            r"kijker\w*|luisteraar\w*|lezer\w*|colleague\w*|boss|mayor|alderman|councillor|someone|viewer\w*|"
            r"listener\w*|reader\w*")
# where an unnamed requester is from: "Een burger uit Parkstad", "A municipality in Zeeland"
_FROM = re.compile(r"\b(?:uit|in|van|bij|from|at|of)\s+(?P<place>.+)$", re.I)
_UNNAMED = re.compile(rf"^\W*(?:(?:een|mijn|onze|ons|a|an|my|our)\s+(?:[\w-]+\s+){{0,2}}?(?:{_PERSONS})|"
                      r"iemand|someone|somebody)\b", re.I)
_PRESS = re.compile(r"\b\w*(?:journalist\w*|verslaggever\w*|redacteur\w*|redactie|krant\w*|dagblad\w*|omroep\w*|"
                    r"tijdschrift\w*|persbureau|nieuws|reporter\w*|newspaper\w*|broadcaster\w*|news)\b", re.I)
_PROPER_NAME = re.compile(r"^(?:(?:de|het|the)\s+)?(?-i:[A-Z][\w’'&.-]*)(?:\s+(?-i:[A-Z][\w’'&.-]*))*$", re.I)
# the Kamer, its members and the government ask and answer the questions the letters hold
_INSIDE = re.compile(r"\b(?:fracties?|[\w-]+-fractie|kamer|kamerleden|kamerlid|leden|commissie|minister\w*|"
                     r"staatssecretaris|kabinet|ministerie|house|members?|committee|ministry)\b", re.I)
# "Vraag van de Stentor: …", "Ik heb een vraag van de Volkskrant: …", "Namens het AD: …"
_LABEL = re.compile(r"(?:^|(?<=[.?!]))\s*(?P<frame>(?:(?:(?:ik\s+heb\s+)?een\s+)?vraag\s+(?:van|namens)|namens|"
                    r"(?:a\s+)?question\s+from|on\s+behalf\s+of)\s+(?P<requester>[^:?.!]{1,60}?)\s*:)", re.I)
# after the question: "…? vraagt de NOS.", "…, vraagt een verslaggever van L1.", "Dat vraagt Trouw."
_TRAILING = re.compile(rf"(?<=[?.!,])\s*(?P<frame>(?:(?:dat|that)\s+)?{_ASKING}\s+(?P<requester>(?:[\w’'&.-]+\s+)"
                       rf"{{0,6}}?[\w’'&.-]+)\s*[.!]?)\s*$", re.I)


def _never_known(name: str) -> bool:
    return False


def _outsider(requester: str, known: Callable[[str], bool]) -> bool:
    """Someone unnamed, the press, or a proper name that no letter uses; not the Kamer, a fractie or the cabinet."""
    if _INSIDE.search(requester):
        return False
    # a proper name counts only when no letter uses it ("LNV", "Dik-Faber" and "Twente Board" are the letters'), and
    # not with a digit ("De K6", whom the letters address)
    named = (_PROPER_NAME.match(requester) and not re.search(r"\d", requester)
             and not known(re.sub(r"^(?:de|het|the)\s+", "", requester, flags=re.I)))
    return bool(_UNNAMED.match(requester) or _PRESS.search(requester) or named)


def _frame_span(question: str, known: Callable[[str], bool]) -> tuple[int, int, str] | None:
    """Where the frame of `question` starts and ends, and its form: "leading" (the requester, then the verb),
    "label" ("Vraag van …:") or "trailing" ("…? vraagt de NOS.")."""
    for match in _FRAME.finditer(question):
        if _outsider(match.group("requester"), known):
            return match.start("requester"), match.end("verb"), "leading"
    for pattern, form in ((_LABEL, "label"), (_TRAILING, "trailing")):
        match = pattern.search(question)
        if match and _outsider(match.group("requester"), known):
            return match.start("frame"), match.end(), form
    return None


def frame_of(question: str, known: Callable[[str], bool] = _never_known) -> str:
    """The words of `question` that say who is asking ("" when none do). `known(name)`: a letter uses the name.

    >>> frame_of("Een wethouder uit Delfzijl vraagt tot wanneer de DU loopt.")
    'Een wethouder uit Delfzijl vraagt'
    >>> frame_of("Vraag van de Stentor: wanneer stopt de DU?"), frame_of("Wanneer stopt de DU? vraagt de NOS.")
    ('Vraag van de Stentor:', 'vraagt de NOS.')
    >>> frame_of("LNV vraagt om cijfers.", known=lambda name: name == "LNV"), frame_of("Een motie vraagt om cijfers.")
    ('', '')
    """
    span = _frame_span(question, known)
    return question[span[0]:span[1]].strip() if span else ""


def without_frame(question: str, known: Callable[[str], bool] = _never_known) -> str:
    """The question the user reports: the frame left out, and a sentence that only says who asks ("NOS vraagt naar
    het totaalbedrag.") too; `question` itself when it has no frame, or when it points back to its requester.

    >>> without_frame("De Telegraaf wil weten hoeveel geld is uitgegeven. Wat kan ik noemen?")
    'hoeveel geld is uitgegeven. Wat kan ik noemen?'
    >>> without_frame("Omroep Gelderland vraagt: hoeveel locaties zijn er?")
    'hoeveel locaties zijn er?'
    >>> without_frame("Wanneer stopt de DU?, vraagt een verslaggever van L1.")
    'Wanneer stopt de DU?'
    >>> without_frame("Een gemeente in Zeeland vraagt hoeveel geld in haar regio terechtkwam.")
    'Een gemeente in Zeeland vraagt hoeveel geld in haar regio terechtkwam.'
    """
    span = _frame_span(question, known)
    if span is None:
        return question
    start, end, form = span
    before, after = question[:start], question[end:]
    if _BACK_TO_REQUESTER.search(before + after) or _from_a_place_of_the_letters(question[start:end], known):
        return question
    reported = re.match(rf"\s*{_ADVERBS}(?=[:,;]|{_QUESTION_WORD})", after, re.I)
    if form == "trailing":  # "Hoeveel … gehuisvest, vraagt een verslaggever van L1.": the question mark it lacks
        rest = before.rstrip(" ,")
        rest += "" if re.search(r"[?.!]$", rest) else "?"
    elif form == "label" or reported:  # "NRC belt: waarom …", "… vraagt waarom …": the reported question
        rest = before + after[reported.end() if reported else 0:].lstrip(" :,;")
    else:  # "… vraagt naar het totaalbedrag.", "… vraagt ernaar.": the sentence only says who asks
        stop = re.search(r"[.!?]", after)
        rest = before + (after[stop.end():] if stop else "")
        if not re.search(r"\w", rest):  # "NOS vraagt naar het totaalbedrag dat …": what it asks after is the question
            rest = re.sub(rf"^\s*{_ADVERBS}(?:naar|om|about|for|ernaar|erom|daarnaar|hiernaar)\b", "", after,
                          flags=re.I)
    rest = re.sub(r"\s+", " ", rest).strip()
    return rest if re.search(r"\w", rest) else question


def _from_a_place_of_the_letters(frame: str, known: Callable[[str], bool]) -> bool:
    """An unnamed requester from a place the letters write about ("Een burger uit Parkstad vraagt waarom de pilot
    …"): the place is likely the topic, so the question is read whole. Not the press ("Een journalist van RTV
    Drenthe").

    >>> _from_a_place_of_the_letters("Een burger uit Parkstad vraagt", known=lambda name: name == "Parkstad")
    True
    """
    place = _FROM.search(re.sub(rf"\s+{_ASKING}$", "", frame, flags=re.I))
    return bool(place and _UNNAMED.match(frame) and not _PRESS.search(frame) and known(place.group("place")))


# "haar regio", "onze gemeente": the question is about the requester's own place
_BACK_TO_REQUESTER = re.compile(r"\b(?:haar|hun|onze|mijn|their|its|our)\b", re.I)


class LetterNames:
    """Whether the letters write a name as whole words: the `known` that `without_frame` asks about a requester.

    >>> names = LetterNames(["De Twente Board en het ministerie van LNV."])
    >>> names.use("Twente Board"), names.use("LNV"), names.use("Board en"), names.use("Binnenlands Bestuur")
    (True, True, True, False)
    """

    def __init__(self, texts: list[str]):
        self.text = _plain("\n".join(texts))

    def use(self, name: str) -> bool:
        needle = _plain(name)
        start = self.text.find(needle)  # str.find, then the word edges: a regex over the letters takes some 18 ms
        while needle and start != -1:
            end = start + len(needle)
            if (start == 0 or not self.text[start - 1].isalnum()) and (end == len(self.text)
                                                                       or not self.text[end].isalnum()):
                return True
            start = self.text.find(needle, start + 1)
        return False


def _plain(text: str) -> str:
    """Lower case, one kind of apostrophe, single spaces: how a name is looked up in the letters."""
    return re.sub(r"\s+", " ", text.lower().replace("’", "'").replace("‘", "'"))
