"""Questions after a part of a whole they name: "Hoeveel van de 49 aanvragen …?", "Welk deel van de € 450 miljoen
…?", "What share of the €11.2 million …?". A sentence gives the part only when it states a share ("35%", "de
helft") or a value of the whole's kind (money for money, a count for a count) smaller than the whole; the whole
itself, a larger number ("75.000 woningen" for a part of 8000) or a duration ("voor een periode van 5 jaar") is not
the part. A question that asks the part of one group ("… gaat naar projecten in Zuid-Limburg?", "… komen uit krimp-
of anticipeerregio's?") wants a sentence that names that group: "waarvan 98 miljoen euro uit het EFRO komt" is a
part of the 140 million, but not Zuid-Limburg's. The figure rule (assistant/figures.py) reads sentences through this.

Example:
    >>> question = "Welk deel van de € 450 miljoen gaat naar de krimp- en grensregio's?"
    >>> states_part("Naast de 16 stedelijke gebieden krijgen de 13 krimp- en grensregio's prioriteit.", question)
    False
    >>> states_part("Daarvan gaat € 120 miljoen naar de krimpregio's.", question)
    True
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.evidence import SHARE_QUESTION
from assistant.terms import ENGLISH_NAMES, PLACE_NAMES

_SCALES = {"duizend": 1e3, "miljoen": 1e6, "million": 1e6, "mln": 1e6, "miljard": 1e9, "billion": 1e9, "mld": 1e9}
_WORDS = dict(zip("twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien "
                  "zeventien achttien negentien twintig".split(), range(2, 21)))
_WORDS.update(zip("two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
                  "seventeen eighteen nineteen twenty".split(), range(2, 21)))
_NUMBER = (rf"(?P<digits>\d+(?:[.,]\d+)*|\b(?:{'|'.join(_WORDS)})\b)"  # a whole word: not "elf" in "zelf"
           r"(?:\s*(?P<scale>duizend|miljoen|million|mln|miljard|billion|mld)\b)?")
# what a question takes a part of: "Hoeveel van de …", "Welk deel van …", "How many of the …"
_PART_OF = (rf"\b(?:(?:{SHARE_QUESTION}|welk percentage)(?:\s+(?:van|uit))?|"
            r"(?:hoeveel|how many|how much|what percentage)\s+(?:van|of|uit|from))\s+")
_WHOLE = re.compile(rf"{_PART_OF}(?:(?:de|het|die|deze|the|those|totale|total)\s+)*(?:(?:circa|ongeveer|bijna|ruim|"
                    rf"about|around|nearly|some)\s+)?(?P<euro>€\s*)?{_NUMBER}(?P<word>\s*euros?\b)?", re.I)
# "€ 326.571", "326.571 euro", and a table cell under its header: "Bedragen (jaarlijks, in euro’s): 326.571"
_VALUE = re.compile(rf"(?P<euro>€\s*|euro['’]?s?\)?:\s*)?(?<![\d.,]){_NUMBER}(?P<word>\s*(?:euro|eur)\b)?"
                    r"(?P<duration>\s+(?:jaar|jaren|maanden|weken|dagen|uur|minuten|years?|months?|weeks?|days?)\b)?",
                    re.I)
SHARE_WORDS = re.compile(r"%|\bprocent\b|\bpercent\b|\b(?:de|een|twee) (?:helft|derde|kwart)\b|\bdriekwart\b", re.I)
# a part said in words: "bijna allemaal", "het merendeel", "alle twaalf provincies", "most of them"
QUANTIFIERS = re.compile(rf"\b(allemaal|(?:vrijwel|bijna|nagenoeg) alle|alle (?:{'|'.join(_WORDS)})|het merendeel|"
                         r"de meeste|de meerderheid|geen van|geen enkele|all of (?:them|the)|most of|none of)\b", re.I)


# The verb that ends the whole's description and opens what is said of the part: "… van de 49 aanvragen voor de
# vo-subsidieregeling | komen uit krimpregio's?"; what follows it names the group
_PART_VERB = re.compile(r"\b(?:gaat|gaan|ging|gingen|komt|komen|kwam|kwamen|is|zijn|was|waren|wordt|worden|werd|"
                        r"werden|ligt|liggen|lag|lagen|zit|zitten|zat|zaten|valt|vallen|viel|vielen|krijgt|krijgen|"
                        r"kreeg|kregen|heeft|hebben|had|hadden|betreft|betreffen|brengt|brengen|goes|go|went|comes|"
                        r"come|came|are|were|lies|lie|lay|falls|fall|fell|gets|get|got|has|have|"
                        r"ontvangt|ontvangen|ontving|ontvingen|woont|wonen|woonde|woonden|receives?|received|"
                        r"lives?|lived)\b", re.I)
# Groups a part is asked of, named as a class: the letters write "krimpregio's", "anticipeergebieden", "gebieden
# met bevolkingsdaling" and, after naming them, "deze regio's"
# ("declined" is turned down, not shrinking)
_GROUP_CLASS = re.compile(r"krimp|anticipeer|bevolkingsdaling|shrink|\bdeclin(?:e|es|ing)\b", re.I)
_CLASS_IN_TEXT = re.compile(r"krimp|anticipeer|bevolkingsdaling|\bdeze (?:regio|gebieden|gemeenten)", re.I)
_NOT_GROUPS = frozenset("de het een the a an ik u".split())


@dataclass(frozen=True)
class Group:
    """The group a part question asks about: places or bodies it names, and/or the class of shrinking regions."""

    names: tuple[str, ...]
    shrinking: bool

    def named_in(self, text: str) -> bool:
        """A sentence names the group: one of its names ("Drentse" for "Drenthe": a shared beginning) or, for the
        shrinking regions, any of the letters' words for them."""
        if self.shrinking and _CLASS_IN_TEXT.search(text):
            return True
        lower = text.lower()
        return any(form[:max(5, len(form) - 3)] in lower
                   for name in self.names for form in (name, PLACE_NAMES.get(name, name)))


@dataclass(frozen=True)
class Amount:
    value: float
    money: bool


def whole_of(question: str) -> Amount | None:
    """The whole a question takes its part from, when it gives one as a number.

    >>> whole_of("Hoeveel van de bijna 8000 woningen liggen in krimpregio's?")
    Amount(value=8000.0, money=False)
    >>> whole_of("What share of the €11.2 million went to housing?"), whole_of("Welk deel van het geld …?")
    (Amount(value=11200000.0, money=True), None)
    """
    match = _WHOLE.search(question)
    if not match:
        return None
    return _amount(match)


def amounts_in(text: str) -> list[Amount]:
    """The amounts a text states, durations left out ("5 jaar").

    >>> amounts_in("Een DU van €11,2 miljoen per jaar, voor een periode van 5 jaar, voor 75.000 woningen.")
    [Amount(value=11200000.0, money=True), Amount(value=75000.0, money=False)]
    >>> amounts_in("Dat werd vaak verwacht, ook door de minister zelf.")  # "acht", "elf", "ten" inside words
    []
    """
    return [_amount(m) for m in _VALUE.finditer(text) if not m["duration"]]


def _amount(match: re.Match) -> Amount:
    """The amount a match of _WHOLE, _VALUE or _SHARE_OF reads: money when a euro sign or word, or a scale, goes
    with it."""
    return Amount(number(match["digits"], match["scale"]), bool(match["euro"] or match["scale"] or match["word"]))


def number(digits: str, scale: str | None = None) -> float:
    """A written number as a float: "75.000" and "1,7" in Dutch; "11.2" and "815,000" in English; "negen".

    >>> number("75.000"), number("1,7", "miljard"), number("11.2", "million"), number("815,000"), number("Negen")
    (75000.0, 1700000000.0, 11200000.0, 815000.0, 9.0)
    >>> number("1,250", "miljoen")
    1250000.0
    """
    if digits.lower() in _WORDS:
        return float(_WORDS[digits.lower()])
    # English thousands: "815,000" (a Dutch decimal has 1-2 digits, or 3 before a scale: "€ 1,250 miljoen")
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", digits) and not scale:
        digits = digits.replace(",", "")
    elif "," in digits:
        digits = digits.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(?:\.\d{3})+", digits):
        digits = digits.replace(".", "")
    try:
        value = float(digits)
    except ValueError:  # "1.2.3": no number we can read
        return 0.0
    return value * _SCALES.get((scale or "").lower(), 1.0)


def asks_part(question: str) -> bool:
    """A question after a part of a whole, with or without a number for the whole.

    >>> asks_part("Hoeveel van de regio's hebben een aanpak?"), asks_part("Hoeveel regio's hebben een aanpak?")
    (True, False)
    """
    return bool(re.search(_PART_OF, question, re.I))


# all of the group the question takes a part of: "alle regio’s" for "Hoeveel van de regio's …?"
_ALL_OF = re.compile(r"\balle (?:[a-zà-ÿ-]+e )?[\w-]*?(?P<group>regio[’']?s|gemeenten|provincies|partijen|scholen|"
                     r"gebieden)\b", re.I)


def states_part_in_words(text: str, question: str) -> bool:
    """For a question after a part: a text that says it in words ("bijna allemaal", "het merendeel"), or all of the
    group the question counts ("alle regio’s" for "Hoeveel van de regio's …?"; not for a part of a sum of money).

    >>> states_part_in_words("Bijna alle regio's hebben een aanpak.", "Hoeveel van de regio's hebben een aanpak?")
    True
    >>> states_part_in_words("Alle gemeenten doen mee.", "Hoeveel van de regio's hebben een aanpak?")
    False
    """
    if not asks_part(question):
        return False
    if QUANTIFIERS.search(text):
        return True
    whole = whole_of(question)
    asked = question.lower().replace("’", "'")
    return (whole is None or not whole.money) and any(
        match["group"].lower().replace("’", "'") in asked for match in _ALL_OF.finditer(text))


def group_of(question: str) -> Group | None:
    """The group whose part a question asks, when it names the whole as a number and the group after the verb.

    >>> group_of("Welk deel van de 140 miljoen euro uit het Interregprogramma gaat naar projecten in Zuid-Limburg?")
    Group(names=('zuid-limburg',), shrinking=False)
    >>> group_of("What share of the 900 jobseekers is to be placed in Germany?")
    Group(names=('duitsland',), shrinking=False)
    >>> group_of("Hoeveel van de 49 aanvragen komen uit krimp- of anticipeerregio's?")
    Group(names=(), shrinking=True)
    >>> group_of("How many of the 42 indicators in the CBS monitor concern health?"), group_of("Hoeveel van de regio's?")
    (None, None)
    >>> group_of("Hoeveel van de 815.000 euro kwam bij de provincie Friesland terecht?").named_in("Fryslân 160.000")
    True
    """
    whole = _WHOLE.search(question)
    verb = _PART_VERB.search(question, whole.end()) if whole else None
    if not verb:
        return None
    said = question[verb.end():]
    names = tuple(dict.fromkeys(ENGLISH_NAMES.get(word.lower(), word.lower())
                                for word in re.findall(r"(?<=[\s(])[A-Z][\w’'-]+", said)
                                if word.lower() not in _NOT_GROUPS))
    shrinking = bool(_GROUP_CLASS.search(said))
    return Group(names, shrinking) if names or shrinking else None


def states_part(text: str, question: str) -> bool:
    """True when `text` can give the part the question asks for (always, for a question that names no whole): a
    share, or a smaller value of the whole's kind, in a sentence that names the asked group (when it asks one)."""
    whole = whole_of(question)
    if whole is None:
        return True
    group = group_of(question)
    if group is not None and not group.named_in(text):
        return False
    if _share_of_other_whole(text, whole):
        return False
    return bool(SHARE_WORDS.search(text)) or any(amount.money == whole.money and 0 < amount.value < whole.value
                                                 for amount in amounts_in(text))


# a share stated of a whole it names: "circa 35% van de € 7,5 miljard"
_SHARE_OF = re.compile(rf"(?:%|\bprocent\b|\bpercent\b)\s+(?:van|of)\s+(?:de|het|the)?\s*(?:(?:circa|ongeveer|ruim|"
                       rf"about|some)\s+)?(?P<euro>€\s*)?{_NUMBER}(?P<word>\s*euros?\b)?", re.I)


def _share_of_other_whole(text: str, whole: Amount) -> bool:
    """The text gives a share of another whole of the same kind than the one asked ("35% van de € 7,5 miljard" for
    "Welk percentage van de € 1,5 miljard …?"): the part of something else.

    >>> _share_of_other_whole("Circa 35% van de € 7,5 miljard is buiten de Randstad belegd.", Amount(1.5e9, True))
    True
    >>> _share_of_other_whole("Circa 35% van de € 7,5 miljard is buiten de Randstad belegd.", Amount(7.5e9, True))
    False
    """
    for match in _SHARE_OF.finditer(text):
        other = _amount(match)
        if other.money == whole.money and other.value and abs(other.value - whole.value) > 0.01 * whole.value:
            return True
    return False
