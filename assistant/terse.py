"""A terse query typed as into a search box ("bedrag DU krimpregio's 2020", "datum brief K6", "reden geen nieuwe
krimpregio's", "budget Regio Deals border regions") says what kind of fact it wants by a noun, not by a question
word. The understand step reads it as the question it stands for ("Wat is het bedrag DU krimpregio's 2020?"), so
the reading stage knows an amount, a date or a reason is asked (the reading rules read how a question opens). The
search itself keeps the user's words.

A query is terse when it has at most `MAX_WORDS` words, no question word and no verb that makes it a sentence
("Het bedrag is verhoogd", "Is het bedrag bekend?" are not terse). The fact noun is the first word of a known kind
that it has; a query without one ("verhuurderheffing", "Parkstad studenten huisvesting") asks nothing in
particular and is left as it is.

Example:
    >>> question_form("bedrag DU krimpregio's 2020?")
    "Wat is het bedrag DU krimpregio's 2020?"
    >>> question_form("datum brief K6"), question_form("reden geen nieuwe krimpregio's")
    ('Wat is de datum brief K6?', "Wat is de reden geen nieuwe krimpregio's?")
    >>> question_form("Wat is het bedrag voor de DU?"), question_form("Parkstad studenten huisvesting")
    ('', '')
"""
from __future__ import annotations

import re

MAX_WORDS = 8
_QUESTION_WORDS = re.compile(r"\b(?:wat|wie|wiens|waar\w*|wanneer|welke?|waarom|hoe|hoeveel|hoelang|what|who|whom|"
                             r"whose|where|when|which|why|how)\b", re.I)
# a verb that makes the query a sentence or a yes/no question, not a list of keywords
_VERBS = re.compile(r"\b(?:is|zijn|was|waren|wordt|worden|werd|werden|heeft|hebben|had|hadden|kan|kunnen|kon|krijgt|"
                    r"krijgen|kreeg|gaat|gaan|ging|komt|komen|kwam|moet|moeten|zal|zullen|zou|doet|doen|deed|staat|"
                    r"stond|geldt|gelden|loopt|liep|are|were|does|did|do|has|have|can|will|would|should|could|gets|"
                    r"got|goes|went)\b", re.I)
# the kind of fact a keyword asks for, and the question it stands for (each opening is read by
# assistant/evidence.py, dates.py or reasons.py as asking that kind)
_KINDS = (
    (re.compile(r"\b(?:totaal)?bedrag(?:en)?\b|\bbudget(?:ten)?\b|\bkosten\b|\bamount\b|\bcosts?\b", re.I),
     "Wat is het bedrag", "What is the amount"),
    (re.compile(r"\baantal(?:len)?\b|\bhoeveelheid\b|\bpercentage\b|\bnumber\s+of\b", re.I),
     "Wat is het aantal", "What is the number of"),
    (re.compile(r"\b(?:(?:eind|start|begin|ingangs|peil|streef)?datum|deadline|jaartal|startjaar)\b|"
                r"\b(?:(?:end|start|target|closing)\s+)?date\b", re.I),
     "Wat is de datum", "What is the date"),
    (re.compile(r"\b(?:reden(?:en)?|oorzaak|oorzaken|aanleiding|reasons?|cause)\b", re.I),
     "Wat is de reden", "What is the reason"),
)


# the words a keyword query leaves at the edges once its fact noun is out ("en de einddatum?", "bedrag van de DU")
_EDGE_WORDS = frozenset("en and de het een the a van voor of for".split())


def is_terse(text: str) -> bool:
    """A few keywords, no question word and no verb.

    >>> is_terse("datum brief K6"), is_terse("Wanneer is de brief aan de K6 verstuurd?"), is_terse("Bedrag bekend?")
    (True, False, True)
    """
    words = re.findall(r"[\w’'-]+", text)
    return 0 < len(words) <= MAX_WORDS and not _QUESTION_WORDS.search(text) and not _VERBS.search(text)


def question_form(text: str, language: str = "nl") -> str:
    """The question a terse query stands for ("" for a query that is not terse or names no kind of fact).

    >>> question_form("budget Regio Deals border regions?", "en")
    'What is the amount Regio Deals border regions?'
    >>> question_form("datum?"), question_form("En de einddatum?"), question_form("bedrag van de DU")
    ('Wat is de datum?', 'Wat is de datum?', 'Wat is het bedrag DU?')
    """
    if not is_terse(text):
        return ""
    for pattern, dutch, english in _KINDS:
        match = pattern.search(text)
        if match:
            rest = (text[:match.start()] + " " + text[match.end():]).strip(" ?.!:,;")
            words = rest.split()
            while words and words[0].lower() in _EDGE_WORDS:
                words.pop(0)
            while words and words[-1].lower() in _EDGE_WORDS:
                words.pop()
            rest = " ".join(words)
            opening = english if language == "en" else dutch
            # no colon after the opening: the figure rule reads the counted thing right after "het aantal"
            return f"{opening} {rest}?" if rest else f"{opening}?"
    return ""
