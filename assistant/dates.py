"""The date rule's reading: does a question ask when, which dates a sentence states, and how far the sentences
closest to such a question are from one that gives a date the question does not (assistant/decide.py abstains
when the gap reaches the calibrated `date_gap`).

The letters often describe what is asked about without its date: "Er lopen momenteel twee MaaS-pilots" is close to
"Sinds wanneer lopen de MaaS-pilots?" and gives no start; "Het kabinet kijkt naar de voltijdsbonus" is close to
"Per wanneer gaat de voltijdsbonus gelden?" and gives no date. A question after one end of a period is not answered
by the other: "De DU bestaat sinds 2016" gives no end of the DU, and the lead prefers "verlengd (tot en met 2021)".

Example:
    >>> date_gap("Sinds wanneer lopen de MaaS-pilots?",
    ...          [(0.76, "Er lopen momenteel twee MaaS-pilots in Twente."),
    ...           (0.58, "De eerste pilot begon in 2019.")], cap=0.2)
    0.18
"""
from __future__ import annotations

import re
from functools import lru_cache

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
# Which end of a period a question asks: its end ("Tot wanneer loopt …?", "Wat is de einddatum …?") or its start
# ("Sinds wanneer …?", "Wat is de startdatum …?"). A date the sentence marks as the other end does not answer it:
# "De DU bestaat sinds 2016" gives no end of the DU.
ASKS_END = re.compile(r"\b(?:einddatum|tot\s+wanneer|tot\s+welke?\s+(?:jaar|datum|maand|dag)|uiterlijk\s+wanneer|"
                      r"(?:loopt|liep|lopen)\b[^?,]{0,60}\baf(?=\s*\?)|afloop\w*|eindig\w*|beëindig\w*|stopt|stoppen|"
                      r"vervalt|vervallen|end\s+date|until\s+when|(?<!the\s)(?:ends?|ended)(?!\s+(?:report|result))|"
                      r"expires?|run\s+out)\b", re.I)
ASKS_START = re.compile(r"\b(?:startdatum|begindatum|ingangsdatum|(?:sinds|vanaf|van)\s+(?:wanneer|welke?\s+"
                        r"(?:jaar|datum|maand|dag))|per\s+wanneer|per\s+welke\s+datum|start|starten|startte|"
                        r"startten|gestart|begint|begon|beginnen|begonnen|ingegaan|ingaan|in\s+werking|van\s+start|"
                        r"start\s+date|since\s+when|from\s+when|starts|started|begins|began)\b", re.I)
# The words right before a date that mark it as a start or an end of a period ("sinds begin 2016", "tot en met eind
# 2020", "vanaf 1 januari"); "uiterlijk" is a deadline, not an end ("De pilot start uiterlijk 1 januari 2021")
_MARKS = {"start": re.compile(r"\b(?:sinds|vanaf|met\s+ingang\s+van|since|as\s+of|starting)\s+"
                              r"(?:(?:het\s+)?(?:eind|begin|medio|half)(?:\s+van)?\s+|\d{1,2}\s+(?:[a-z]+\s+)?)?$", re.I),
          "end": re.compile(r"\b(?:tot(?:\s+en\s+met)?|t/m|until|till|through)\s+"
                            r"(?:(?:het\s+)?(?:eind|begin|medio|half)(?:\s+van)?\s+|\d{1,2}\s+(?:[a-z]+\s+)?)?$", re.I)}
_OTHER_END = {"end": "start", "start": "end"}


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
    other = _OTHER_END.get(asked_end(question), "")
    return frozenset(m.group(0).lower() for m in DATES.finditer(text) if not _marked(text, m, other)) - asked


@lru_cache(maxsize=256)  # read once per question, not once per sentence of its passages
def asked_end(question: str) -> str:
    """"end" for a question after the end of a period, "start" after its start, "" for neither (or both).

    >>> asked_end("Wat is de einddatum van de DU?"), asked_end("Sinds wanneer lopen de MaaS-pilots?")
    ('end', 'start')
    >>> asked_end("Wanneer loopt de regeling af?"), asked_end("Wanneer verscheen het rapport?")
    ('end', '')
    """
    end, start = bool(ASKS_END.search(question)), bool(ASKS_START.search(question))
    return "end" if end and not start else "start" if start and not end else ""


def answers_end(text: str, question: str) -> bool:
    """False when the question asks one end of a period and every date the sentence states is marked as the other
    ("sinds 2016" for an end date, "tot en met 2020" for a start); True otherwise, also for a sentence without dates.

    >>> answers_end("De DU bestaat sinds 2016.", "Wat is de einddatum van de DU?")
    False
    >>> answers_end("De DU loopt van 2016 tot en met 2020.", "Tot wanneer loopt de DU?")
    True
    """
    wanted = asked_end(question)
    if not wanted:
        return True
    found = list(DATES.finditer(text))
    return not found or any(not _marked(text, m, _OTHER_END[wanted]) for m in found)


def names_asked_end(text: str, question: str) -> bool:
    """True when the sentence marks a date as the end (or start) of a period that the question asks.

    >>> names_asked_end("De looptijd is verlengd tot en met 2021.", "Tot wanneer loopt de DU?")
    True
    >>> names_asked_end("Op 7 december 2020 is de Kamer geïnformeerd over de DU, die sinds 2016 loopt.",
    ...                 "Tot wanneer loopt de DU?")
    False
    """
    wanted = asked_end(question)
    return bool(wanted) and any(_marked(text, m, wanted) for m in DATES.finditer(text))


def _marked(text: str, date: re.Match, end: str) -> bool:
    """Is the date marked as that end ("start", "end") of a period by the words before it? ("" marks nothing)"""
    return bool(end) and bool(_MARKS[end].search(text[max(0, date.start() - 40):date.start()]))


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
