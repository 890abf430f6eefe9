"""The method rule's reading: does a question ask how something was measured or computed (which indicators, which
model, which data), does a sentence say how, and how far the sentences closest to such a question are from one
that does (assistant/decide.py abstains when the gap reaches the calibrated `method_gap`).

The letters often give a figure or a finding without its method: "Uit het onderzoek van TNO blijkt dat er tot 2040
ongeveer 110.000 extra plaatsen nodig zijn" is close to "Met welk model heeft TNO die 110.000 plaatsen berekend?"
and says nothing of the model.

Example:
    >>> method_gap("Met welk model heeft TNO de 110.000 plaatsen berekend?",
    ...            [(0.74, "Uit onderzoek van TNO blijkt dat 110.000 plaatsen nodig zijn."),
    ...             (0.60, "De raming is gebaseerd op de bevolkingsprognose van het CBS.")], cap=0.2)
    0.14
"""
from __future__ import annotations

import re

from assistant.evidence import gap_to_first

# "gemeten", not "vastgesteld", "bepaald" or "berekend": "Hoe is de regio-indeling vastgesteld?" asks who decided,
# and "Hoe wordt de investering berekend?" is answered by the sum in words ("de inbreng … vermeerderd met …")
_MEASURED = r"(?:gemeten|geteld|geraamd|becijferd)"
# asked by themselves, these nouns ask how something was measured
_MEASURE_NOUN = (r"(?:\w*indicator(?:en)?|meetmethode|rekenmethode|rekenmodel(?:len)?|databron(?:nen)?|nulmeting|"
                 r"peiljaar|referentiecijfer|meetlat)")
# "welke methode" and "welk model" ask so only about a figure or a measurement ("Welke methode heeft TNO gebruikt om
# uit te komen op 110.000 plaatsen?"); "Welk model hanteert de Regio Deal?" asks for an approach
_METHOD_NOUN = r"(?:method(?:e|en|iek)|model(?:len)?)"
_ABOUT_A_FIGURE = re.compile(r"\d|\b(?:gemeten|meten|meet|berekend|berekenen|berekening\w*|doorrekening\w*|"
                             r"doorgerekend|geraamd|raming\w*|prognose\w*|schatting\w*|geschat|cijfers?|"
                             r"measured|calculated|computed|estimated|figures?)\b", re.I)
_CLAUSE = r"(?:(?! en | and )[^?]){0,80}"  # up to the question's end, not into a second clause after "en"
METHOD_QUESTION = re.compile(
    rf"\b(?:met (?:welke?|wat voor) (?:\w+ )?{_MEASURE_NOUN}|welke? (?:\w+ )?{_MEASURE_NOUN}\b|"
    rf"hoe (?:is|wordt|werd|zijn|worden|werden|heeft|hebben|had|hadden) {_CLAUSE}\b{_MEASURED}|"
    r"hoe (?:meet|meten|mat|maten|telt|tellen)\b|"
    r"op basis van welke (?:\w+ )?(?:gegevens|cijfers|data|indicatoren)|"
    r"uit welke (?:\w+ )?(?:prognose|databron|cijfers|statistiek)|"
    r"(?:what|which) (?:\w+ )?(?:indicators?|data ?sources?|baseline)\b|"
    rf"how (?:was|is|were|are|did|do|does|has|have) {_CLAUSE}\b(?:measured|counted)|"
    r"based on what (?:data|figures))", re.I)
METHOD_ABOUT_A_FIGURE = re.compile(rf"\b(?:(?:met )?(?:welke?|wat voor) (?:\w+ )?{_METHOD_NOUN}|"
                                   r"(?:what|which) (?:\w+ )?(?:method|methodology|model))\b", re.I)
# The words a sentence says how something was measured, computed or based with ("Het eenduidig meten van het
# voorzieningenniveau is … lastig" answers how, in the negative); not a bare "berekend" or "gemeten": "TNO heeft
# berekend dat … 110.000 extra plaatsen" says that it was computed, not how
GIVES_METHOD = re.compile(
    r"\b(meting|metingen|nulmeting|\w*indicator\w*|method\w*|\w*model\w*|prognose\w*|op basis van|gebaseerd op|"
    r"aan de hand van|met behulp van|uitgaande van|uitgegaan van|afgeleid uit|databron\w*|bron|cbs|primos|"
    r"leefbarometer|leefbaarometer|\w*monitor\w*|enquête\w*|peiljaar|steekproef|maatstaf\w*|verdeelsleutel|"
    r"criteri\w*|literatuur\w*|interviews?|diepte-interviews?|meten van|meetbaar|wijze om|manier om|"
    r"based on|indicators?|method\w*|model)\b", re.I)


def asks_method(question: str) -> bool:
    """True for a question that asks how something was measured, computed or on what data it rests.

    >>> asks_method("Met welke indicatoren meet VWS de gezondheidsachterstand?")
    True
    >>> asks_method("Hoe wordt de ov-beschikbaarheid eigenlijk gemeten?"), asks_method("How was the shortage measured?")
    (True, True)
    >>> asks_method("Welke regio's krijgen de DU?"), asks_method("Hoe wordt de leefbaarheid verbeterd?")
    (False, False)
    >>> asks_method("Welke methode heeft TNO gebruikt voor die 110.000 plaatsen?")
    True
    >>> asks_method("Welk model hanteert de Regio Deal?"), asks_method("Uit welke bron komt de 200 miljoen?")
    (False, False)
    """
    return bool(METHOD_QUESTION.search(question)
                or (METHOD_ABOUT_A_FIGURE.search(question) and _ABOUT_A_FIGURE.search(question)))


def gives_method(text: str) -> bool:
    """True when a sentence says how something was measured or computed, or what it rests on.

    >>> gives_method("De verdeling is gebaseerd op de bevolkingsprognose van het CBS.")
    True
    >>> gives_method("Uit het onderzoek blijkt dat er geen algemeen probleem is.")
    False
    """
    return bool(GIVES_METHOD.search(text))


def method_gap(question: str, sentences: list[tuple[float, str]], cap: float) -> float:
    """For a question that asks for a method: how much closer to it the closest sentence is than the closest one
    that says how (`cap` when none does); 0 for other questions. `sentences` are (cosine to the question, text),
    closest first."""
    if not asks_method(question) or not sentences:
        return 0.0
    return gap_to_first(sentences, gives_method, cap)
