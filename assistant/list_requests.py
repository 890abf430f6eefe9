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
"""
from __future__ import annotations

import re

LAST = -1  # "de laatste aanbeveling"
# nouns of a list's items; the last group only with a number ("stap 3", "maatregel 2")
ITEM_NOUN = r"aanbeveling|conclusie|punt|recommendation|conclusion|point|item"
NUMBERED_ONLY_NOUN = r"actiepunt|stap|maatregel|actie|step|measure"
ORDINALS = {"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "vijfde": 5, "zesde": 6, "zevende": 7, "achtste": 8,
            "negende": 9, "tiende": 10, "laatste": LAST, "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
            "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "last": LAST}
_NUMBERED = re.compile(rf"\b(?:{ITEM_NOUN}|{NUMBERED_ONLY_NOUN})(?:en|s)?\s+(?:nummer\s+|nr\.?\s*|number\s+|no\.?\s*)?"
                       r"(\d{1,2})\b(?!\s*(?:en|and|,|-|t/m)\s*\d)", re.I)
# "Welke aanbeveling staat als nummer 2 …?", "Which recommendation comes as number 2?"
AS_NUMBER = re.compile(r"\b(?:als|as|op|at)\s+(?:nummer|nr\.?|number|no\.?|plaats|place)\s*(\d{1,2})\b", re.I)
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
    if match := _ORDINAL.search(question):
        return ORDINALS[match.group(1).lower()]
    return None
