"""What a question asks for, and whether a text has it: an amount, a date, a name; which salient terms it covers.

Example:
    >>> asked_type("Hoeveel geld krijgt Parkstad per jaar?")
    'money'
    >>> asked_type("Hoeveel gemeenten doen mee?"), has_type("Er doen tien gemeenten mee.", "amount")
    ('amount', True)
    >>> has_type("Parkstad ontvangt 3.910.787 euro.", "money"), has_type("Er doen tien gemeenten mee.", "money")
    (True, False)
    >>> asked_type("Wanneer loopt de regeling af?"), has_type("Per 1 januari 2021 stopt het.", "date")
    ('date', True)
"""
from __future__ import annotations

import re
from typing import Literal

AnswerType = Literal["money", "amount", "date", "name", "any"]

_ASKS = (
    ("money", re.compile(r"\b(hoeveel (geld|euro)|welke? (\w+ )?(totaal)?bedrag|wat kost|wat kostte|hoeveel kost|"
                         r"hoeveel (subsidie|budget)|hoe hoog is het (bedrag|budget)|wat heeft .{0,80} gekost|"
                         r"how much money|how much (does|did) .{0,60}(cost|receive|get)|what amount|what budget)\b",
                         re.I)),
    ("amount", re.compile(r"\b(hoeveel|hoe ?veel|hoe groot|hoe hoog|welk bedrag|wat kost|welk percentage|om hoeveel|"
                          r"how much|how many|what amount|what percentage|by how much)\b", re.I)),
    ("date", re.compile(r"\b(wanneer|per wanneer|vanaf wanneer|tot wanneer|in welk jaar|welke datum|op welke datum|"
                        r"when|what year|which year|what date)\b", re.I)),
    ("name", re.compile(r"^\s*(wie|who)\b(?! (vroeg|vroegen|stelde|stelden|asked))|\b(welke organisatie|"
                        r"welk ministerie|which organisation|which ministry)\b", re.I)),
)
MONTHS = ("januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
          "january|february|march|june|july|august|october")
MONEY = re.compile(r"(€|\beur\b|\beuro('s)?\b|\bmln\b|\bmld\b|\b\d{1,3}(?:\.\d{3}){2,}\b|"
                   r"\b(miljoen|miljard)\b(?! (inwoners|mensen|woningen|m2|vierkante)))", re.I)
NUMBER_WORDS = (r"twee|drie|vier|vijf|zes|zeven|(?<!in )acht(?! (nemen|genomen|neemt))|negen|tien|elf|twaalf|"
                r"twintig|dertig|veertig|vijftig|honderd|duizend")
AMOUNT = re.compile(rf"\b({NUMBER_WORDS})\b|(€|\beur\b|\beuro('s)?\b|miljoen|miljard|procent|%|"
                    r"\b\d{1,3}(?:\.\d{3})+\b|\b(?!(?:19|20)\d{2}\b)\d+(?:,\d+)?\b)", re.I)
DATE = re.compile(rf"\b(\d{{1,2}} ({MONTHS})|({MONTHS}) \d{{4}}|(19|20)\d{{2}}|voorjaar|najaar|zomer|"
                  rf"kwartaal|binnenkort)\b", re.I)
NAME = re.compile(r"\b(ministerie|minister|staatssecretaris|kabinet|provincie|gemeente|gemeenten|rijk|"
                  r"[A-Z][a-z]+[A-Z]\w*|[A-Z]{2,})\b")


def asked_type(question: str) -> AnswerType:
    """The kind of fact a question asks for: 'money', 'amount' (a number), 'date', 'name' or 'any'."""
    for kind, pattern in _ASKS:
        if pattern.search(question):
            return kind  # type: ignore[return-value]
    return "any"


def has_type(text: str, kind: AnswerType) -> bool:
    """True when `text` holds a fact of that kind (always True for 'any')."""
    if kind == "money":
        return bool(MONEY.search(text))
    if kind == "amount":
        return bool(AMOUNT.search(text))
    if kind == "date":
        return bool(DATE.search(text))
    if kind == "name":
        return bool(NAME.search(text))
    return True


# A number that is a reference, not a fact: "Kamerstukken II 2022/23, 35165, nr. 51", "TK 35000-B-13", "p. 12",
# a day of a month ("10 oktober"), a year.
_REFERENCE = re.compile(rf"(\bnr\.?\s*\d+|\bp\.\s*\d+|\b\d{{5}}(?:-[A-Z0-9]+)*\b|\b\d{{1,2}} ({MONTHS})|"
                        r"\b(?:19|20)\d{2}(?:/\d{2})?\b|\bTK\s*[\d-]+[A-Z0-9-]*)", re.I)
YEAR = re.compile(r"(19|20)\d{2}")
_VALUE = re.compile(rf"\b\d+(?:[.,]\d+)*\b|\b({NUMBER_WORDS})\b", re.I)


def fact_values(text: str, kind: AnswerType) -> frozenset[str]:
    """The values of the asked kind a text states: numbers for an amount (references and dates left out), years and
    dates for a date; for other kinds the text's has_type as a single marker.

    >>> sorted(fact_values("Er is circa € 200 miljoen ingezet (Kamerstukken II 2019/20, 35300, nr. 5).", "money"))
    ['200']
    >>> sorted(fact_values("OCW steunt 12 kleine kernen, waarvan een aantal in krimpgebieden.", "amount"))
    ['12']
    """
    if kind in ("money", "amount"):
        if not has_type(text, kind):
            return frozenset()
        bare = _REFERENCE.sub(" ", text)
        return frozenset(v.group(0).lower() for v in _VALUE.finditer(bare))
    if kind == "date":
        return frozenset(v.group(0).lower() for v in DATE.finditer(text))
    return frozenset({"*"}) if has_type(text, kind) else frozenset()


def states_new_fact(text: str, question: str, kind: AnswerType) -> bool:
    """True when `text` states a fact of the asked kind that the question does not already give ("12 kleine
    kernen" does not answer "Hoeveel van de 12 kernen …?").

    >>> states_new_fact("OCW steunt 12 kleine kernen.", "Hoeveel van de 12 kernen liggen in krimpgebieden?", "amount")
    False
    >>> states_new_fact("Er zijn 5 kernen in krimpgebieden.", "Hoeveel van de 12 kernen liggen in krimpgebieden?", "amount")
    True
    """
    if kind == "any":
        return True
    return bool(fact_values(text, kind) - fact_values(question, kind if kind != "money" else "amount"))


_COUNTED = re.compile(r"\b(?:hoeveel|how many)\s+((?:(?:van|de|het|of|the|extra|nieuwe|new|additional|circa|ongeveer|"
                      r"about|\d[\d.,]*)\s+)*)([a-zà-ÿ][\w-]+)", re.I)
_NOT_COUNTED = frozenset("geld euro procent keer jaar jaren maanden weken dagen is zijn wordt worden heeft hebben".split())
YES_NO = re.compile(r"^\s*(is|zijn|was|waren|heeft|hebben|had|wordt|worden|werd|kan|kunnen|gaat|gaan|komt|klopt|"
                    r"zal|zullen|moet|moeten|mag|wil|are|has|have|does|do|did|were|will|can)\b", re.I)


def counted_noun(question: str) -> str:
    """What a "hoeveel …?" question counts ("" when it counts nothing in particular).

    >>> counted_noun("Hoeveel van de circa 110.000 extra verpleegzorgplaatsen zijn nodig?"), counted_noun("Hoeveel geld?")
    ('verpleegzorgplaatsen', '')
    """
    match = _COUNTED.search(question)
    if not match or match.group(2).lower() in _NOT_COUNTED:
        return ""
    return match.group(2).lower()


def counts_noun(text: str, noun: str, question: str) -> bool:
    """True when `text` puts a number the question does not give right before the counted noun ("31 RetailDeals",
    "negen krimpregio's"): the reading that a "hoeveel RetailDeals …?" question looks for.

    >>> counts_noun("Tot deze eerste 31 RetailDeals behoort Roermond.", "retaildeals", "Hoeveel RetailDeals?")
    True
    >>> counts_noun("Er zijn 12 kleine kernen.", "kernen", "Hoeveel van de 12 kernen liggen in krimpgebied?")
    False
    >>> counts_noun("SZW heeft in 2013 de Regeling cofinanciering opgesteld.", "cofinanciering", "Om hoeveel cofinanciering?")
    False
    """
    if not noun:
        return False
    stem = noun[:max(4, len(noun) - 2)]
    given = fact_values(question, "amount")
    number = rf"(\d+(?:[.,]\d+)*|{NUMBER_WORDS})"
    for match in re.finditer(rf"\b{number}\s+(?:[\w’'-]+\s+){{0,2}}?{re.escape(stem)}", text, re.I):
        value = match.group(1).lower()
        if value not in given and not YEAR.fullmatch(value):  # "in 2013 de Regeling cofinanciering" counts nothing
            return True
    return False


def is_yes_no(question: str) -> bool:
    """A question that starts with its verb ("Is al uitgerekend hoeveel …?") asks yes or no, not for the figure.

    >>> is_yes_no("Is al uitgerekend hoeveel woningen er nodig zijn?"), is_yes_no("Hoeveel woningen zijn nodig?")
    (True, False)
    """
    return bool(YES_NO.match(question))


def fact_gap(question: str, asked: AnswerType, language: str, sentences: list[tuple[float, str]],
             cap: float) -> float:
    """For a "hoeveel …?" question: how much closer to it the closest sentence is than the closest one stating a
    number the question does not give (0 when a sentence counts the asked thing, `cap` when none states one).
    0 for other questions and for yes/no questions. `sentences` are (cosine to the question, text), closest first.

    >>> fact_gap("Hoeveel huisartsen komt Drenthe tekort?", "amount", "nl",
    ...          [(0.70, "In Drenthe wordt gewerkt met virtuele huisartsen."), (0.52, "Er zijn 12 kernen.")], 0.2)
    0.18
    >>> fact_gap("Hoeveel RetailDeals zijn er gesloten?", "amount", "nl",
    ...          [(0.82, "Op 18 november 2015 zijn de eerste RetailDeals gesloten."),
    ...           (0.48, "Tot deze eerste 31 RetailDeals behoort Roermond.")], 0.2)
    0.0
    """
    if asked not in ("money", "amount") or is_yes_no(question) or not sentences:
        return 0.0
    noun = counted_noun(question) if language == "nl" else ""  # an English noun is not the letters' word
    if any(counts_noun(text, noun, question) for _, text in sentences):
        return 0.0
    typed = next((cosine for cosine, text in sentences if states_new_fact(text, question, asked)), None)
    return cap if typed is None else round(min(cap, max(0.0, sentences[0][0] - typed)), 6)
