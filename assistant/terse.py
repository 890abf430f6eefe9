"""A terse query typed as into a search box ("bedrag DU krimpregio's 2020", "startdatum MaaS-pilots Twente", "reden
geen nieuwe krimpregio's", "budget Regio Deals border regions") says what kind of fact it wants by a noun, not by a
question word. The understand step reads it as the question it stands for ("Wat is het bedrag DU krimpregio's
2020?", "Wat is de startdatum MaaS-pilots Twente?"), so the reading stage knows an amount, a date or a reason is
asked (the reading rules read how a question opens). The search itself keeps the user's words.

A query is terse when it has at most `MAX_WORDS` words, no question word, no verb that makes it a sentence and does
not open with one ("Het bedrag is verhoogd", "Klopt het bedrag van 11,2 miljoen?" are not terse). Its fact noun is
the first word of a known kind in it, and the question keeps that noun ("einddatum", "percentage"): not a noun in a
phrase that asks nothing ("een aantal aanbevelingen", "naar aanleiding van", "up-to-date", "hoge kosten"). A query
without one ("verhuurderheffing", "Parkstad studenten huisvesting") asks nothing in particular and is left as it is.

Example:
    >>> question_form("bedrag DU krimpregio's 2020?")
    "Wat is het bedrag DU krimpregio's 2020?"
    >>> question_form("startdatum MaaS-pilots Twente"), question_form("reden geen nieuwe krimpregio's")
    ('Wat is de startdatum MaaS-pilots Twente?', "Wat is de reden geen nieuwe krimpregio's?")
    >>> question_form("Wat is het bedrag voor de DU?"), question_form("Parkstad studenten huisvesting")
    ('', '')
"""
from __future__ import annotations

import re

from assistant.evidence import DATE_NOUN
from assistant.figures import is_yes_no

MAX_WORDS = 8
_QUESTION_WORDS = re.compile(r"\b(?:wat|wie|wiens|waar(?:om|door|voor|mee|in|op|over|aan|uit|van|naar|bij)?|"
                             r"wanneer|welke?|hoe|hoeveel|hoelang|what|who|whom|whose|where|when|which|why|how)\b",
                             re.I)
# a verb that makes the query a sentence, not a list of keywords (not "staat", "gelden": also nouns, "Staat van de
# Uitvoering", "DU-gelden")
_VERBS = re.compile(r"\b(?:is|zijn|was|waren|wordt|worden|werd|werden|heeft|hebben|had|hadden|kan|kunnen|kon|krijgt|"
                    r"krijgen|kreeg|gaat|gaan|ging|komt|komen|kwam|moet|moeten|zal|zullen|zou|doet|doen|deed|klopt|"
                    r"klopte|geldt|loopt|liep|are|were|does|did|do|has|have|can|will|would|should|could|gets|got|"
                    r"goes|went)\b", re.I)
# The fact nouns, each with how the question it stands for opens ("{noun}": the noun as written, lower case), which
# assistant/evidence.py, dates.py or reasons.py read as asking that kind.
_KINDS = (
    # "hoge kosten" are a topic, not an amount asked for
    (r"(?:totaal)?bedrag(?:en)?|budget(?:ten)?|(?<!hoge )(?<!lage )(?<!hogere )(?<!lagere )kosten",
     "Wat is het bedrag", "What is the amount"),
    (r"amount|budget|(?<!high )(?<!higher )(?<!low )costs?(?! of living)", "", "What is the {noun}"),
    (r"(?<!een )aantal(?:len)?|percentage", "Wat is het {noun}", "What is the {noun}"),
    (r"number\s+of", "", "What is the number of"),
    (rf"(?<![\w-]){DATE_NOUN}(?![\w-])", "Wat is de {noun}", "What is the {noun}"),
    (r"jaartal|startjaar|year", "In welk jaar", "In what year"),
    (r"reden(?:en)?|oorzaak|oorzaken|(?<!naar )aanleiding|reasons?|cause", "Wat is de {noun}", "What is the {noun}"),
)
_FACT_NOUN = re.compile("|".join(rf"(?P<k{i}>\b(?:{pattern})\b)" for i, (pattern, _, _) in enumerate(_KINDS)), re.I)
# the words a keyword query leaves at the edges once its fact noun is out ("en de einddatum?", "bedrag van de DU",
# "Oké, datum brief K6")
_EDGE_WORDS = frozenset("en and de het een the a an van voor of for ok oké dus so graag please".split())


def is_terse(text: str) -> bool:
    """A few keywords, no question word and no verb.

    >>> is_terse("datum brief K6"), is_terse("Wanneer is de brief aan de K6 verstuurd?"), is_terse("Bedrag bekend?")
    (True, False, True)
    >>> is_terse("Klopt het bedrag van 11,2 miljoen?"), is_terse("maximale WOZ-waarde bedrag")
    (False, True)
    """
    words = re.findall(r"[\w’'-]+", text)
    return (0 < len(words) <= MAX_WORDS and not _QUESTION_WORDS.search(text) and not _VERBS.search(text)
            and not is_yes_no(text))


def question_form(text: str, language: str = "nl") -> str:
    """The question a terse query stands for ("" for a query that is not terse or names no kind of fact).

    >>> question_form("budget Regio Deals border regions?", "en")
    'What is the amount Regio Deals border regions?'
    >>> question_form("datum?"), question_form("En de einddatum?"), question_form("bedrag van de DU")
    ('Wat is de datum?', 'Wat is de einddatum?', 'Wat is het bedrag DU?')
    >>> question_form("een aantal aanbevelingen evaluatie"), question_form("up-to-date overview regions", "en")
    ('', '')
    """
    if not is_terse(text):
        return ""
    for match in _FACT_NOUN.finditer(text):
        dutch, english = _KINDS[int(match.lastgroup[1:])][1:]
        opening = english if language == "en" else dutch
        if not opening:  # an English noun in a Dutch query ("budget" is Dutch too: its Dutch kind comes first)
            continue
        opening = opening.format(noun=re.sub(r"\s+", " ", match.group(0).lower()))
        words = re.findall(r"[^\s,;:!?.]+(?:[.,](?=\w)[^\s,;:!?.]+)*", text[:match.start()] + " " + text[match.end():])
        while words and words[0].lower() in _EDGE_WORDS:
            words.pop(0)
        while words and words[-1].lower() in _EDGE_WORDS:
            words.pop()
        return f"{opening} {' '.join(words)}?" if words else f"{opening}?"
    return ""
