"""Understand: which item of a numbered list a question asks for ("punt 4", "de vijfde aanbeveling", "als nummer 2",
"the third recommendation"); assistant/list_items.py finds and reads it, and assistant/query.py leaves such a
"nummer 2" out of the question numbers.

An ordinal counts only before a singular list noun after "de" or "het" ("de vijfde aanbeveling", not "de eerste
conclusies", which are the first ones in time); "stap" and "maatregel" count only with a number ("stap 3"): "de
eerste stap" and "de laatste maatregel" are idioms as often as places in a list.

Example:
    >>> asked_item("Welke aanbeveling staat als nummer 2 in het rijtje?"), asked_item("Wat is de laatste aanbeveling?")
    (2, -1)
    >>> asked_item("Wat staat er in het tweede Actieplan?"), asked_item("Wat is de eerste stap in de aanpak?")
    (None, None)
    >>> step_item("En punt 3?", "Wat is de vierde aanbeveling van de onderzoekers?")
    'Wat is de derde aanbeveling van de onderzoekers?'
"""
from __future__ import annotations

import re

LAST = -1  # "de laatste aanbeveling"
# nouns of a list's items; the last group only with a number ("stap 3", "maatregel 2")
ITEM_NOUN = r"aanbeveling|conclusie|punt|recommendation|conclusion|point|item"
NUMBERED_ONLY_NOUN = r"actiepunt|stap|maatregel|actie|step|measure"
DUTCH_ORDINALS = {"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "vijfde": 5, "zesde": 6, "zevende": 7,
                  "achtste": 8, "negende": 9, "tiende": 10, "laatste": LAST}
ENGLISH_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                    "eighth": 8, "ninth": 9, "tenth": 10, "last": LAST}
ORDINALS = {**DUTCH_ORDINALS, **ENGLISH_ORDINALS}
_NUMBERED = re.compile(rf"\b(?:{ITEM_NOUN}|{NUMBERED_ONLY_NOUN})(?:en|s)?\s+(?:nummer\s+|nr\.?\s*|number\s+|no\.?\s*)?"
                       r"(\d{1,2})\b(?!\s*(?:en|and|,|-|t/m)\s*\d)", re.I)
# "Welke aanbeveling staat als nummer 2 …?", "Which recommendation comes as number 2?"
AS_NUMBER = re.compile(r"\b(?:als|as|op|at)\s+(?:nummer|nr\.?|number|no\.?|plaats|place)\s*(\d{1,2})\b", re.I)
AS_LAST = re.compile(r"\b(?:als|as)\s+(?:laatste|last)\b", re.I)
HAS_LIST_NOUN = re.compile(rf"\b(?:{ITEM_NOUN})(?:en|s)?\b", re.I)
# "de vijfde (en laatste) aanbeveling", "the fourth recommendation": singular, after an article
_ORDINAL = re.compile(rf"\b(?:de|het|the)\s+({'|'.join(ORDINALS)})\s+(?:(?:en|and)\s+(?:laatste|last)\s+)?"
                      rf"(?:{ITEM_NOUN})\b", re.I)


def asked_item(question: str) -> int | None:
    """The number of the list item a question asks for (LAST for "de laatste"), or None."""
    if match := _NUMBERED.search(question):
        return int(match.group(1)) or None
    if (match := AS_NUMBER.search(question)) and HAS_LIST_NOUN.search(question):
        return int(match.group(1)) or None
    if AS_LAST.search(question) and HAS_LIST_NOUN.search(question):  # "Welke aanbeveling staat als laatste …?"
        return LAST
    if match := _ORDINAL.search(question):
        return ORDINALS[match.group(1).lower()]
    return None


# the Dutch stem a list's introduction or heading must hold for a noun asked ("" for a bare place in a list)
NOUN_STEMS = {"aanbeveling": "aanbeveling", "recommendation": "aanbeveling", "conclusie": "conclusie",
              "conclusion": "conclusie", "stap": "stap", "step": "stap", "maatregel": "maatregel",
              "measure": "maatregel", "actie": "actie", "actiepunt": "actie"}
_NOUN = re.compile(r"\b(" + "|".join(NOUN_STEMS) + r")", re.I)
# a follow-up that only names another place in the list: "En punt 3?", "En wat is de derde?", "And number 2?"
_NEXT_ITEM = re.compile(rf"^\W*(?:(?:en|and|of|or)\s+)?(?:(?:wat|welke)\s+(?:is|was)\s+|what(?:'s|\s+is|\s+was)\s+)?"
                        rf"(?:(?:de|het|the)\s+({'|'.join(ORDINALS)})(?:\s+one)?|"
                        r"(?:punt|nummer|nr\.?|point|number|no\.?|item)\s*(\d{1,2}))(?:\s+(?:dan|then))?\W*$", re.I)
_ENGLISH_NOUNS = {"recommendation", "conclusion", "point", "item", "step", "measure", "number", "no", "no."}


def asked_noun_stem(question: str) -> str:
    """The Dutch stem of the list noun a question names ("" for a bare "punt", "item" or "nummer")."""
    match = _NOUN.search(question)
    return NOUN_STEMS[match.group(1).lower()] if match else ""


def step_item(turn: str, earlier: str) -> str | None:
    """The earlier question about another item of its list, for a follow-up that names only that place ("En punt
    3?", "En de laatste?" after "Wat is de vierde aanbeveling …?"); None for any other turn."""
    if asked_item(earlier) is None or not (match := _NEXT_ITEM.match(turn)):
        return None
    number = ORDINALS[match.group(1).lower()] if match.group(1) else int(match.group(2))
    if not number:
        return None
    if numbered := _NUMBERED.search(earlier) or AS_NUMBER.search(earlier):
        if number != LAST:
            return earlier[:numbered.start(1)] + str(number) + earlier[numbered.end(1):]
        noun = numbered.group(0).split()[0].lower()
        if noun in ("als", "as", "op", "at"):  # "… staat als nummer 4 …" -> "… staat als laatste …"
            last = "as last" if noun in ("as", "at") else "als laatste"
        elif noun in _ENGLISH_NOUNS:  # "recommendation 3" -> "the last recommendation"
            last = f"the last {noun}"
        else:  # "punt 2" -> "het laatste punt"
            last = "het laatste punt" if noun in ("punt", "nummer", "nr", "nr.") else f"de laatste {noun}"
        return earlier[:numbered.start()] + last + earlier[numbered.end():]
    if ordinal := _ORDINAL.search(earlier):
        ordinals = DUTCH_ORDINALS if ordinal.group(1).lower() in DUTCH_ORDINALS else ENGLISH_ORDINALS
        word = next((w for w, n in ordinals.items() if n == number), None)  # "the third" -> "the second"
        if word:
            return earlier[:ordinal.start(1)] + word + earlier[ordinal.end(1):]
    return None
