"""The date rule's reading: does a question ask when, which dates a sentence states, and how far the sentences
closest to such a question are from one that gives a date the question does not (assistant/decide.py abstains
when the gap reaches the calibrated `date_gap`).

The letters often describe what is asked about without its date: "Er lopen momenteel twee MaaS-pilots" is close to
"Sinds wanneer lopen de MaaS-pilots?" and gives no start; "Het kabinet kijkt naar de voltijdsbonus" is close to
"Per wanneer gaat de voltijdsbonus gelden?" and gives no date.

Example:
    >>> date_gap("Sinds wanneer lopen de MaaS-pilots?",
    ...          [(0.76, "Er lopen momenteel twee MaaS-pilots in Twente."),
    ...           (0.58, "Het Actieplan loopt tot 1 januari 2021.")], cap=0.2)
    0.18
"""
from __future__ import annotations

import re

from assistant.evidence import DATE_NOUN, KAMERSTUK_CITATION, MONTHS, WHAT_IS_THE, gap_to_first, without_joining_when
from assistant.figures import is_yes_no

DATE_QUESTION = re.compile(r"^\W*(?:(?:en|and|maar|but)\s+)?"
                           r"(?:(?:sinds|per|vanaf|tot|uiterlijk|since|from|until|by)\s+)?"
                           r"(?:wanneer|when)\b|\b(?:in|op|per|tot|vanaf|sinds|uit|from|since|by|until|on)\s+"
                           r"(?:welk|welke|what|which)\s+(?:jaar|datum|maand|dag|year|date|month|day)\b|"
                           r"^\W*(?:what|which|welke?)\s+(?:year|date|day|datum|jaar|dag|maand)\b|"
                           rf"^\W*(?:(?:en|and)\s+)?(?:{WHAT_IS_THE}|welke?\s+){DATE_NOUN}\b", re.I)
# A polite request for the date ("Kan de minister toelichten wanneer …?", "Could you tell me when …?"); not "Is
# bekend wanneer …?" or "Weet het kabinet wanneer …?", which ask whether the date is known
REQUEST_FOR_DATE = re.compile(r"^\W*(?:kan|kunt|kunnen|wil|wilt|can|could|will|would)\b[^?]{0,60}?\b(?:toelichten|"
                              r"aangeven|uitleggen|vertellen|melden|explain|tell|indicate|specify|clarify|say)\b"
                              r"(?:\s+(?:me|us|mij|ons))?\s+(?:wanneer|when)\b", re.I)
# "Op welke datum …?" wants the day: "in september 2020" or "in 2020" does not answer it
ASKS_DAY = re.compile(r"\b(?:welke\s+(?:datum|dag)|(?:what|which)\s+(?:date|day))\b", re.I)
DAY = re.compile(rf"\d{{1,2}}\s+(?:{MONTHS})", re.I)
# A date, a month, a season or a named moment in a year: what a "wanneer …?" question wants to hear
DATES = re.compile(rf"\b(?:\d{{1,2}}\s+(?:{MONTHS})|(?:{MONTHS})(?:\s+\d{{4}})?|(?:19|20)\d{{2}}(?:/\d{{2}})?|"
                   r"voorjaar|najaar|zomer|winter|kwartaal|medio|eind|begin|jl\.?|"
                   r"volgend jaar|komend jaar|dit jaar|deze kabinetsperiode|spring|summer|autumn|winter|quarter|"
                   # a time from now: "over 2 jaar", "binnen een jaar", "within two years" (RELATIVE)
                   r"(?:over|binnen|within|in)\s+(?:\d+|een|twee|drie|vier|vijf|zes|tien|enkele|a|one|two|three|"
                   r"four|five|six|ten|a few)\s+(?:jaar|jaren|maanden|maand|weken|years?|months?|weeks?))\b",
                   re.I)
RELATIVE = re.compile(r"(?:over|binnen|within|in)\s.+", re.I)  # which of DATES is a time from now
# "In welke maand / welk jaar …?" asks for a point in time: "binnen een jaar" does not answer it
ASKS_POINT = re.compile(r"\b(?:welke?\s+(?:maand|jaar|datum|dag)|(?:what|which)\s+(?:month|year|date|day))\b", re.I)


# A date that dates a document the sentence cites, not the asked event: "(TK 31757-102; 2020)", "Kamerstukken II
# 2019/20", "mijn brief van 7 december 2020", "de brief van 15 februari jl." (unless the question asks after a letter)
_CITED_DATE = (rf"(?:\d{{1,2}}\s+(?:{MONTHS})(?:\s+(?:19|20)\d{{2}})?|(?:{MONTHS})\s+(?:19|20)\d{{2}}|(?:19|20)\d{{2}}|"
               r"afgelopen\s+(?:zomer|najaar|voorjaar|winter|jaar))(?:\s+jl\.?)?")
_DOCUMENT = r"brief|brieven|kamerbrief|beantwoording|rapport|motie|nota"
_CITATION = re.compile(rf"{KAMERSTUK_CITATION}|"
                       rf"\b(?:{_DOCUMENT})\s+(?:van|d\.d\.|dd)\s+"
                       rf"(?:de\s+|het\s+)?{_CITED_DATE}", re.I)
# A question after the letter or after what the minister told the Kamer keeps those dates: "Wanneer heeft de minister
# gemeld dat …?" is answered by "brief van 7 december 2020"
_ASKS_AFTER_DOCUMENT = re.compile(rf"\b(?:{_DOCUMENT}|kamerbrief\w*|rapport\w*|advies|"
                                  r"evaluatie|onderzoek|letter|report|motion|advice|"
                                  r"meld\w*|gemeld|informeer\w*|geïnformeerd|aangegeven|gaf|geven|aangekondigd|"
                                  r"kondigde|toegezegd|zegde|laten weten|liet weten|schreef|geschreven|"
                                  r"tell|told|inform\w*|announc\w*|wrote|said|stated)\b", re.I)


def asks_date(question: str) -> bool:
    """True for a question that asks when (not a yes/no question like "Is bekend wanneer …?").

    >>> asks_date("Sinds wanneer lopen de MaaS-pilots?"), asks_date("In welk jaar start de pilot?")
    (True, True)
    >>> asks_date("Is bekend wanneer de pilot start?"), asks_date("Wat doet het Rijk aan leegstand?")
    (False, False)
    >>> asks_date("Tot welk jaar loopt het programma?"), asks_date("Per welke datum stijgt het minimumloon?")
    (True, True)
    >>> asks_date("When the government chooses a site, does it look at the region?")
    False
    >>> asks_date("Kan de minister toelichten wanneer de loketfunctie wordt ingevoerd?")  # a request, not yes/no
    True
    >>> asks_date("Wat is de einddatum van de sloopregeling?"), asks_date("What is the deadline for applications?")
    (True, True)
    """
    asks = bool(DATE_QUESTION.search(without_joining_when(question))) and not is_yes_no(question)
    return asks or bool(REQUEST_FOR_DATE.search(question))


def dates_in(text: str, question: str) -> frozenset[str]:
    """The dates a sentence states that the question does not ("2020" does not answer "Wat gebeurde er in 2020?"),
    leaving out the dates of the documents it cites, unless the question asks after a document.

    >>> sorted(dates_in("Op 7 december 2020 is de Kamer geïnformeerd.", "Wanneer kreeg de Kamer het rapport?"))
    ['2020', '7 december']
    >>> sorted(dates_in("In mijn brief van 7 december 2020 (TK 35300-B-13; 2020) staat de verdeling.",
    ...                 "Per wanneer gaat de nieuwe verdeling in?"))
    []
    """
    if not _ASKS_AFTER_DOCUMENT.search(question):
        text = _CITATION.sub(" ", text)
    asked = {m.group(0).lower() for m in DATES.finditer(question)}
    return frozenset(m.group(0).lower() for m in DATES.finditer(text)) - asked


def date_gap(question: str, sentences: list[tuple[float, str]], cap: float) -> float:
    """For a question that asks when: how much closer to it the closest sentence is than the closest one stating a
    date the question does not give (`cap` when none does); 0 for other questions. `sentences` are (cosine to the
    question, text), closest first."""
    if not asks_date(question) or not sentences:
        return 0.0
    return gap_to_first(sentences, lambda text: gives_date(text, question), cap)


def gives_date(text: str, question: str) -> bool:
    """Does a sentence give a date the question does not, a day for a question after the day ("Op welke datum …?")?

    >>> gives_date("De circulaire verscheen in september 2020.", "Op welke datum verscheen de circulaire?")
    False
    >>> gives_date("De circulaire verscheen op 15 september 2020.", "Op welke datum verscheen de circulaire?")
    True
    """
    found = dates_in(text, question)
    if ASKS_POINT.search(question):
        found = frozenset(date for date in found if not RELATIVE.match(date))
    if ASKS_DAY.search(question):
        return any(DAY.fullmatch(date) for date in found)
    return bool(found)
