"""The figure rule's reading: which numbers a sentence states, what a "hoeveel …?" question counts, and how far
the sentences closest to such a question are from one that gives the asked figure (assistant/decide.py abstains
when the gap reaches the calibrated `fact_gap`).

Example:
    >>> fact_gap("Hoeveel huisartsen komt Drenthe tekort?", "amount", [(0.70, "In Drenthe werken virtuele huisartsen."),
    ...          (0.52, "Het tekort loopt op tot 12.")], cap=0.2, language="nl")
    0.18
"""
from __future__ import annotations

import re
from functools import lru_cache

from assistant.counts import (DESCRIBING, MIN_NOUN, PLURAL, counts_other_things, counts_things, english_counted,
                             english_counts_things, names_counted, not_counts)
from assistant.evidence import (BUDGET_AVAILABLE, MONTHS, NUMBER_WORDS, SHARE_QUESTION, SIZE_OF_MONEY, VALUE_NOUN,
                               WHAT_IS_THE, WHAT_WILL_COST, AnswerType, gap_to_first, has_type)
from assistant.scope import of_narrower_scope
from assistant.shares import asks_part, states_part, states_part_in_words
from assistant.years import of_other_years

FACT_KINDS = ("money", "amount")  # the rule reads numbers; dates and names are typed too loosely for it
# A question that asks for the figure itself, in its first words ("Hoeveel …?", "Op hoeveel locaties …?", "Wat kost
# …?", "Welk budget is er beschikbaar …?", "Hoe groot is het budget …?"); not "Hoe groot is de rol van …?", "Uit
# welk budget …?" nor "Waarom weet het kabinet niet hoeveel …?".
FIGURE_QUESTION = re.compile(
    r"^\W*(?:(?:en|and|om|op|in|met|voor|bij|tot|binnen|van|uit|aan|onder|over|door|naar)\s+){0,2}"
    r"(hoeveel|how (many|much)|wat (kost|kostte)|wat (heeft|hebben) .{0,160} gekost|"
    rf"{WHAT_WILL_COST}|"
    rf"welke? (\w+ )?(totaal)?bedrag|{BUDGET_AVAILABLE}|hoe hoog|hoe groot (is|was|wordt|zijn) (het|de) (\w+ )?(budget|"
    r"bedrag|aantal)|welk \w*percentage|what (amount|percentage|budget)|by how much|"
    rf"{SHARE_QUESTION}|"
    rf"{WHAT_IS_THE}(budget|bedrag|totaalbedrag|aantal|percentage|amount|number of|costs?(?!-)|{VALUE_NOUN}|"
    rf"{SIZE_OF_MONEY}))\b",
    re.I)
# A number that is a reference, not a fact: a list's "1." or "… langs vier sporen: 1) het stimuleren …" (not
# "genoemd onder 3 en 4", which can answer which ones),
# "Kamerstukken II 2022/23, 35165, nr. 51", "TK 35000-B-13", "p. 12", a day of a month ("10 oktober"), a year (not
# "€ 2000" nor "2000 woningen"), a footnote's mark right after a closing bracket or quote ("(Stcrt. 2020, nr. 23802)31").
_REFERENCE = re.compile(rf"(^\s*\d{{1,2}}[.)](?=\s)|(?<=[\s:;])\d{{1,2}}\)(?=\s)|(?<=[)”’\"])\d{{1,3}}\b|"
                        rf"\bnr\.?\s*\d+|\bp\.\s*\d+|\b\d{{5}}(?:-[A-Z0-9]+)*\b|"
                        rf"\b\d{{1,2}} ({MONTHS})|"
                        r"(?<!€ )(?<!€)\b(?:19|20)\d{2}(?:/\d{2})?\b(?! (euro|woningen|mensen|inwoners|plaatsen))|"
                        r"\bTK\s*[\d-]+[A-Z0-9-]*|"
                        # an age group is no count nor amount: "startgroepen voor 0-12-jarigen", "18-jarigen" (not a
                        # "4-jarig onderzoek": a duration)
                        r"\b\d+(?:\s*[-–]\s*\d+)?[-\s]?jarigen\b)", re.I)
YEAR = re.compile(r"(19|20)\d{2}")
_VALUE = re.compile(rf"(?<![\d.,])\b\d+(?:[.,]\d+)*\b|\b({NUMBER_WORDS})\b|\b(een|half) (miljoen|miljard)\b", re.I)
_COUNTED = re.compile(r"\b(?:hoeveel|how many|(?:het|totale) aantal|the number of)\s+"
                      r"((?:(?:van|de|het|of|the|extra|nieuwe|new|additional|circa|ongeveer|"
                      rf"about|meer|minder|more|\d[\d.,]*|{NUMBER_WORDS})\s+)*)(?P<noun>[a-zà-ÿ][\w-]+(?:[’']s\b)?)", re.I)
_NOT_COUNTED = frozenset("""geld euro procent keer jaar jaren maanden weken dagen is zijn wordt worden heeft hebben
kan kunnen zal zullen moet moeten mag er meer minder ongeveer""".split())
# …and a present participle: "twee bestaande regelingen" counts regelingen
_ADJECTIVE = re.compile(r"\w+(?:se|ische|lijke|ige|ele|ale|iele|iële|ieve|ante|ente|nde)")
_TIME_UNIT = re.compile(r"\b(?:jaar|jaren|maand|maanden|week|weken|dag|dagen|years?|months?|weeks?|days?)\b", re.I)
# a question after a duration ("Hoe lang …?", "Voor hoeveel jaar …?", "Wat is de looptijd …?"): a number of years
# answers it; elsewhere "de afgelopen vier jaar" sets the scene, also when the question says "de afgelopen jaren",
# "op termijn" or "over de hele looptijd"
_ASKS_TIME = re.compile(r"\b(?:hoe\s+lang|how\s+long|(?:hoeveel|how\s+many)\s+(?:jaar|jaren|maanden|maand|weken|dagen|"
                        r"years|months|weeks|days)|(?:wat|welke)\s+(?:is|was)\s+de\s+(?:\w+\s+)?(?:looptijd|duur|"
                        r"termijn|periode)|what\s+(?:is|was)\s+the\s+(?:\w+\s+)?(?:duration|period|term))\b", re.I)
# a sum of money: "€ 29,5 miljoen", "circa 200 mln", "6 miljoen euro"
_SUM = re.compile(r"€\s*(\d+(?:[.,]\d+)*)|(?<![\d.,])(\d+(?:[.,]\d+)*)\s*(?:(?:miljoen|miljard)\s+)?"
                  r"(?:euro|eur|mln|mld)\b", re.I)
# a measure of area or length: "32 miljoen m2", "500 hectare"
_MEASURE = re.compile(r"m2|m²|vierkante|hectare|ha|km|kilometer|meter", re.I)
# a question after space or buildings, which an area answers ("Hoeveel leegstaande boerenschuren …?"); not a count of
# farms or people
_ASKS_SPACE = re.compile(r"\b(?:m2|m²|vierkante|hectare|oppervlakte|leegstand|leegstaande|\w*schuren|\w*gebouwen|"
                         r"panden|vastgoed|\w*stallen|square|floor\s+space|vacant)\b", re.I)
# a number and the word it counts: "twee krimpcongressen", "tien jaar"
_COUNT = re.compile(rf"(?<![\d.,])\b(?P<value>\d+(?:[.,]\d+)*|{NUMBER_WORDS})\s+(?P<noun>[a-zà-ÿ][\w’'-]+)"
                    r"(?=\s+(?P<next>[a-zà-ÿ][\w’'-]+))?", re.I)  # the next word is read, not taken
# an English question's words are not the letters' ("How many shrinking regions are in Groningen?" against "drie
# Groningse krimpregio's")
_DUTCH = re.compile(r"\b(de|het|een|van|hoeveel|welke?|wat|aantal)\b", re.I)
_HOW_MANY = re.compile(r"\bhow many\b", re.I)
_MONEY_WORD = re.compile(r"\b(euro|eur|mln|mld)\b", re.I)
YES_NO = re.compile(r"^\s*(is|zijn|was|waren|heeft|hebben|had|wordt|worden|werd|kan|kunnen|gaat|gaan|komt|klopt|"
                    r"zal|zullen|moet|moeten|mag|wil|are|has|have|does|do|did|were|will|can)\b", re.I)


def asks_figure(question: str) -> bool:
    """True for a question whose first words ask for a figure (not a yes/no question).

    >>> asks_figure("Op hoeveel locaties wordt de opleiding aangeboden?"), asks_figure("Hoe groot is de rol van de provincie?")
    (True, False)
    """
    return bool(FIGURE_QUESTION.search(question)) and not is_yes_no(question)


def fact_values(text: str, kind: AnswerType) -> frozenset[str]:
    """The values of the asked kind a text states: the numbers for an amount or money (references, dates and years
    left out); for other kinds the text's has_type as a single marker.

    >>> sorted(fact_values("Er is circa € 200 miljoen ingezet (Kamerstukken II 2019/20, 35300, nr. 5).", "money"))
    ['200']
    >>> sorted(fact_values("Het Rijk draagt anderhalf miljoen euro bij; de bijdrage is € 2000 per woning.", "money"))
    ['2000', 'anderhalf']
    """
    if kind in ("money", "amount"):
        if kind == "money" and not has_type(text, kind):  # a count is not an amount of money
            return frozenset()
        bare = _REFERENCE.sub(" ", text)
        return frozenset(v.group(0).lower() for v in _VALUE.finditer(bare))
    return frozenset({"*"}) if has_type(text, kind) else frozenset()


def states_new_fact(text: str, question: str, kind: AnswerType) -> bool:
    """True when `text` states a fact of the asked kind that the question does not already give ("12 kleine
    kernen" does not answer "Hoeveel van de 12 kernen …?").

    >>> states_new_fact("OCW steunt 12 kleine kernen.", "Hoeveel van de 12 kernen liggen in krimpgebieden?", "amount")
    False
    >>> states_new_fact("Er doen veertien gemeenten mee.", "Hoeveel gemeenten doen mee?", "amount")
    True
    """
    if kind == "any":
        return True
    values = fact_values(text, kind) - (context_values(text, question) if kind in FACT_KINDS else frozenset())
    return bool(values - fact_values(question, kind if kind != "money" else "amount"))


def context_values(text: str, question: str) -> frozenset[str]:
    """Numbers of a sentence that set the scene rather than give the asked figure: a duration ("de afgelopen tien
    jaar", unless the question asks how long or counts years), and, for a Dutch question, a count of another thing
    it names ("twee krimpcongressen" for "Hoeveel mensen bezochten de krimpcongressen?"). For a count of things
    ("Hoeveel banen …?", `assistant/counts.py`) also a number of other things, money, a percentage and a section's
    number. A value counts as scene only where it stands: "In de afgelopen 5 jaar zijn 5 scholen gesloten" still
    gives 5, and a number of the asked things always counts.

    >>> sorted(context_values("In 2018 en 2019 zijn twee krimpcongressen georganiseerd, elk van drie dagen.",
    ...                       "Hoeveel mensen bezochten de krimpcongressen van 2018 en 2019?"))
    ['drie', 'twee']
    >>> sorted(context_values("Er zijn 31 RetailDeals gesloten.", "Hoeveel RetailDeals zijn er gesloten?"))
    []
    >>> sorted(context_values("In totaal zijn 127 Akense studenten gehuisvest.", "Hoeveel Akense studenten?"))
    []
    >>> sorted(context_values("Ons land kent vijf industriële regio’s; Zeeland kreeg € 2 miljoen.",
    ...                       "Hoeveel banen levert de basisindustrie in Zeeland op?"))
    ['2', 'vijf']
    """
    counted = counted_nouns(question)
    asks_time = bool(_ASKS_TIME.search(question))
    asks_space = bool(_ASKS_SPACE.search(question))
    # a part question's answer counts what the question names ("Hoeveel van de twaalf locaties zijn regio's met
    # bevolkingsdaling?": "zes regio's")
    dutch = bool(_DUTCH.search(question))
    named = set() if asks_part(question) or not dutch else {
        word.lower()[:max(MIN_NOUN, len(word) - 2)] for word in re.findall(r"[\w’'-]+", question)
        if len(word) >= MIN_NOUN + 2 and word.lower() not in counted}
    if _HOW_MANY.search(question):
        things = english_counts_things(question)
    else:
        things = bool(counted) and counts_things(question, counted[0])
    scene, answer, counts_asked = set(), set(), set()
    for match in _COUNT.finditer(text):
        value, words = match["value"].lower(), [match["noun"].lower(), (match["next"] or "").lower()]
        # "127 Akense studenten", "12 kleine kernen"
        noun = words[1] if (_ADJECTIVE.fullmatch(words[0]) or words[0] in DESCRIBING) and words[1] else words[0]
        if words[0] in ("miljoen", "miljard") and PLURAL.fullmatch(words[1]) and not words[1].startswith("euro"):
            noun = words[1]  # "1,1 miljoen inwoners", not "€ 7,5 miljard beschikbaar"
        if asks_space and (_MEASURE.fullmatch(words[0])
                           or (words[0] in ("miljoen", "miljard") and _MEASURE.fullmatch(words[1]))):
            answer.add(value)  # "32 miljoen m2 aan leegstand" measures the asked buildings, it counts no others
        elif _TIME_UNIT.fullmatch(noun):
            (answer if asks_time else scene).add(value)
        elif any(names_counted(word, noun) for noun in counted for word in words if word):
            counts_asked.add(value)
        elif any(word.startswith(stem) for word in (noun, words[0]) for stem in named):  # "acht Achterhoekse …"
            scene.add(value)
        elif things and counts_other_things(words, noun):
            scene.add(value)  # "vijf industriële regio's", "€ 95 miljoen" for "Hoeveel corporatiewoningen …?"
        else:
            answer.add(value)
    if asks_part(question) and counted and PLURAL.fullmatch(counted[0]) and not _MONEY_WORD.search(question):
        sums = {next(g for g in m.groups() if g).lower() for m in _SUM.finditer(text)}
        scene |= sums  # "Hoeveel van de tien regiodeals …?": "circa 200 mln" counts none of them
        answer -= sums
    if things:  # money and a section's number count no things, whatever word follows them
        money = not_counts(text)
        scene |= money
        answer -= money
    return frozenset(scene - answer - counts_asked)


def counted_nouns(question: str) -> tuple[str, ...]:
    """The words that name what a count question counts in the letters: the Dutch noun after "hoeveel", or the Dutch
    words for what an English "How many …?" counts (assistant/counts.py: ENGLISH_COUNTED).

    >>> counted_nouns("Hoeveel banen levert het op?"), counted_nouns("How many households lack fast internet?")
    (('banen',), ('huishoudens', 'adressen'))
    """
    if _HOW_MANY.search(question):
        return english_counted(question)
    noun = counted_noun(question)
    return (noun,) if noun else ()


@lru_cache(maxsize=256)  # asked once per sentence the figure rule reads
def counted_noun(question: str) -> str:
    """What a "hoeveel …?" question counts ("" when it counts nothing in particular).

    >>> counted_noun("Hoeveel van de circa 110.000 extra verpleegzorgplaatsen zijn nodig?"), counted_noun("Hoeveel kan het?")
    ('verpleegzorgplaatsen', '')
    >>> counted_noun("Wat is het totale aantal Akense studenten dat is gehuisvest?")  # past an adjective
    'studenten'
    """
    match = _COUNTED.search(question)
    if not match or match.group("noun").lower() in _NOT_COUNTED or len(match.group("noun")) < MIN_NOUN:
        return ""
    noun = match.group("noun").lower()
    following = re.match(r"\s+([a-zà-ÿ][\w-]{3,})", question[match.end():])
    # an inflected adjective ("Akense", "stedelijke", "regionale") before the noun it describes; not a noun that
    # ends in -e ("subsidie", "bijdrage": "Hoeveel subsidie krijgen gemeenten?")
    return following.group(1).lower() if _ADJECTIVE.fullmatch(noun) and following else noun


def counts_noun(text: str, noun: str, question: str) -> bool:
    """True when `text` puts a number the question does not give right before the counted noun ("31 RetailDeals",
    "negen krimpregio's"): the reading that a "hoeveel RetailDeals …?" question looks for.

    >>> counts_noun("Tot deze eerste 31 RetailDeals behoort Roermond.", "retaildeals", "Hoeveel RetailDeals?")
    True
    >>> counts_noun("Er zijn 12 kleine kernen.", "kernen", "Hoeveel van de 12 kernen liggen in krimpgebied?")
    False
    >>> counts_noun("SZW heeft in 2013 de Regeling cofinanciering opgesteld.", "cofinanciering", "Om hoeveel cofinanciering?")
    False
    >>> counts_noun("Er is voor € 167 miljoen aan aanvragen gedaan.", "aanvragen", "Hoeveel aanvragen zijn er?")
    False
    >>> counts_noun("Er werken niet te veel jongeren bij één werkgever.", "werkgevers",
    ...             "Hoeveel werkgevers doen mee?")
    False
    """
    if not noun:
        return False
    stem = noun[:max(MIN_NOUN, len(noun) - 2)]
    given = fact_values(question, "amount")
    number = rf"((?<![\d.,])\d+(?:[.,]\d+)*|{NUMBER_WORDS})"
    for match in re.finditer(rf"\b{number}\s+(?:[\w’'-]+\s+){{0,2}}?{re.escape(stem)}", text, re.I):
        value = match.group(1).lower()
        # "in 2013 de Regeling cofinanciering" counts nothing, nor does money ("€ 167 miljoen aan aanvragen")
        money = "€" in text[max(0, match.start() - 2):match.start()] or _MONEY_WORD.search(match.group(0))
        # "niet te veel bij één werkgever" says nothing of how many employers there are
        single = value in ("één", "1")
        if value not in given and not YEAR.fullmatch(value) and not money and not single:
            return True
    return False


def is_yes_no(question: str) -> bool:
    """A question that starts with its verb ("Is al uitgerekend hoeveel …?") asks yes or no, not for the figure.

    >>> is_yes_no("Is al uitgerekend hoeveel woningen er nodig zijn?"), is_yes_no("Hoeveel woningen zijn nodig?")
    (True, False)
    """
    return bool(YES_NO.match(question))


def fact_gap(question: str, asked: AnswerType, sentences: list[tuple[float, str]], cap: float,
             language: str = "nl") -> float:
    """For a question that asks for a figure: how much closer to it the closest sentence is than the closest one
    stating a number the question does not give (0 when a sentence counts the asked thing, `cap` when none states
    one); 0 for other questions. `sentences` are (cosine to the question, text), closest first.

    >>> fact_gap("Hoeveel RetailDeals zijn er gesloten?", "amount",
    ...          [(0.82, "Op 18 november 2015 zijn de eerste RetailDeals gesloten."),
    ...           (0.48, "Tot deze eerste 31 RetailDeals behoort Roermond.")], cap=0.2)
    0.0
    """
    if asked not in FACT_KINDS or not asks_figure(question) or not sentences:
        return 0.0
    # an English noun is not the letters' word: its Dutch words are looked up
    nouns = counted_nouns(question) if language == "nl" or _HOW_MANY.search(question) else ()
    if any(counts_noun(text, noun, question) and not of_other_years(text, question)
           and not of_narrower_scope(text, question) for noun in nouns for _, text in sentences):
        return 0.0
    return gap_to_first(sentences, lambda text: ((states_new_fact(text, question, asked)
                                                  and states_part(_REFERENCE.sub(" ", text), question))
                                                 or states_part_in_words(text, question))
                        and not of_other_years(text, question) and not of_narrower_scope(text, question), cap)

