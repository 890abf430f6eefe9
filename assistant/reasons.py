"""The reason rule's reading: does a question ask why, does a sentence give a reason, and how far the sentences
closest to such a question are from one that does (assistant/decide.py abstains when the gap reaches the
calibrated `reason_gap`).

The letters often state a choice without its reason: "Zuid Limburg heeft als eerste de definitieve status als NOVI
gebied gekregen" is close to "Waarom kreeg Zuid-Limburg als eerste de definitieve status?" and says nothing of why.

Example:
    >>> reason_gap("Waarom kreeg Zuid-Limburg als eerste de status?",
    ...            [(0.74, "Zuid Limburg kreeg als eerste de definitieve status."),
    ...             (0.70, "Dat komt doordat de regio al klaar was.")], cap=0.2)
    0.04
"""
from __future__ import annotations

import re

from assistant.evidence import gap_to_first

REASON_QUESTION = re.compile(r"^\W*(?:(?:en|and|maar|but)\s+)?(?:waarom|why|how come|om welke reden|"
                             r"wat (?:is|was|zijn|waren) de (?:reden|redenen|oorzaak|aanleiding)|"
                             r"what (?:is|was|are|were) the (?:reason|reasons|cause)|for what reason)\b", re.I)
# The words a Dutch sentence gives a reason or a purpose with
REASON = re.compile(r"\b(omdat|doordat|vanwege|wegens|daarom|daardoor|dankzij|aangezien|gezien|gelet op|want|zodat|"
                    r"teneinde|immers|namelijk|reden|redenen|oorzaak|aanleiding|als gevolg van|in verband met|"
                    r"met het oog op|bedoeld om|met als doel|het doel|ten behoeve van|om (?:\w+\s+){0,8}?te)\b", re.I)


def asks_reason(question: str) -> bool:
    """True for a question that asks why.

    >>> asks_reason("Waarom komt er geen nieuw actieplan?"), asks_reason("Wat is de reden dat de DU stopt?")
    (True, True)
    >>> asks_reason("Wat doet het Rijk aan leegstand?"), asks_reason("Is bekend waarom de pilot stopte?")
    (False, False)
    """
    return bool(REASON_QUESTION.search(question))


# "Door grote kamernood kunnen deze studenten geen kamer vinden": a sentence that opens with "door" gives a cause
CAUSE_FIRST = re.compile(r"^\W*(?:\w+\s+)?door\b", re.I)


def gives_reason(text: str) -> bool:
    """True when a sentence gives a reason or a purpose.

    >>> gives_reason("Er komt geen actieplan, omdat de opgaven regionaal zijn."), gives_reason("Er komt geen plan.")
    (True, False)
    >>> gives_reason("Het Rijk stelt geld beschikbaar om de leegstand aan te pakken.")
    True
    >>> gives_reason("Door grote kamernood vinden deze studenten geen kamer in Aken.")
    True
    """
    return bool(REASON.search(text) or CAUSE_FIRST.search(text))


def reason_gap(question: str, sentences: list[tuple[float, str]], cap: float) -> float:
    """For a question that asks why: how much closer to it the closest sentence is than the closest one that gives
    a reason (`cap` when none does); 0 for other questions. `sentences` are (cosine to the question, text), closest
    first."""
    if not asks_reason(question) or not sentences:
        return 0.0
    return gap_to_first(sentences, gives_reason, cap)
