"""What a question asks for, and whether a text has it: an amount, a date, a name; which salient terms it covers.

Example:
    >>> asked_type("Hoeveel geld krijgt Parkstad per jaar?")
    'money'
    >>> asked_type("Hoeveel gemeenten doen mee?"), has_type("Er doen tien gemeenten mee.", "amount")
    ('amount', True)
    >>> has_type("Parkstad ontvangt 3.910.787 euro.", "money"), has_type("Er doen tien gemeenten mee.", "money")
    (True, False)
    >>> asked_type("Hoeveel DU-middelen kreeg Parkstad?"), asked_type("Hoeveel DU kreeg Parkstad?")
    ('money', 'money')
    >>> asked_type("Wanneer loopt de regeling af?"), has_type("Per 1 januari 2021 stopt het.", "date")
    ('date', True)
"""
from __future__ import annotations

import re
from typing import Literal

AnswerType = Literal["money", "amount", "date", "name", "any"]

# "Wat is het totale budget van …?", "What was the annual amount …?": the figure asked for without "hoeveel".
WHAT_IS_THE = r"(?:wat (?:is|was|wordt|werd|zijn|waren) (?:het|de)|what (?:is|was|are|were) the) (?:\w+ )?"
# A date by its name: "Wat is de einddatum van de regeling?", "What is the deadline for …?", "Welke deadline geldt …?"
DATE_NOUN = (r"(?:(?:eind|start|begin|ingangs|peil|streef|opleverings?|sluitings?|aanvraag)?datum|deadline|"
             r"uiterste datum|(?:(?:end|start|closing|target|cut-off) )?date)")
# A part of a whole, asked without "hoeveel": "Welk deel van de 450 miljoen …", "What share of households …";
# not a part of a place ("In welk deel van Limburg ligt Parkstad?", "What part of the Netherlands …?"): a region
SHARE_QUESTION = (r"(?<!\bin )(?<!\buit )(?<!\bop )welke? (deel|aandeel)(?! van (?-i:[A-Z]))"
                  # "Welk aandeel heeft de Rijksoverheid in de aanpak?" asks for a role ("aandeel hebben in")
                  r"(?! (?:heeft|hebben|had|hadden) (?:de |het )?(?:rijk|rijksoverheid|provincies?|gemeenten?|"
                  r"minister|kabinet|regio['’]?s?|ministerie|staatssecretaris)\b)|wat is het aandeel|"
                  r"een hoe groot (deel|aandeel)|hoeveel procent|what (share|proportion|fraction) of|"
                  r"what part of(?! (?:the )?(?-i:[A-Z]))|how large a (share|part|proportion)")
# "What will the doubling of the track cost?", "What did the pilots cost in total?" (not "What did the minister
# say about the cost of care?": the question ends at "cost")
# …and "Wat gaat de RegioExpres kosten?", not "Wat gaat het kabinet doen aan de kosten …?": the cost ends the question
WHAT_WILL_COST = (r"(?:what (will|would|does|did|do) .{0,80}\bcost(?: (?:the )?(?:government|state|taxpayers?|"
                  r"ministry|ministries))?|"
                  r"wat (?:gaat|gaan|zal|zullen) [^?]{0,100}\bkosten)\b"
                  r"(?=(?:\s+(?:in total|in all|altogether|overall|each year|per year|a year|in totaal|per jaar|"
                  r"naar verwachting))?\W*$)")
# "Welk budget is er beschikbaar voor …?" asks how much; "Uit welk budget worden … betaald?" asks which one
# …and so does one after the budget a body got or worked with ("Welk budget kreeg Limburg in 2015?", "Welk budget
# heeft de adviescommissie meegekregen?", "Met welk budget werkte het programma?"); not "Welk budget heeft de
# voorkeur?" nor "Welk budget krijgt voorrang?"
BUDGET_AVAILABLE = (r"(?<!uit )(?<!onder )(?<!via )welk (\w+ )?[\w-]*budget ((is|was|wordt|werd|komt) (er )?(\w+ )?"
                    r"(beschikbaar|gereserveerd|uitgetrokken|toegekend)|(kreeg|kregen|ontving|ontvingen)\b|"
                    r"(trekt|trekken|trok|trokken|reserveert|reserveren|reserveerde) [^?]{0,80}\buit\b"
                    r"(?=\s*(?:voor\b|\?|$))|"
                    r"(heeft|hebben|had|hadden) [^?]{0,80}\b(meegekregen|gekregen|ontvangen|toegekend|uitgetrokken|"
                    r"gereserveerd|beschikbaar gesteld)\b|"
                    r"(had|hadden) (?![^?]*\bvoorkeur\b)[^?]{0,80}\bvoor (de|het|een)\b(?! ogen))|"
                    r"met welk (\w+ )?[\w-]*budget (werkte|werkten|werkt|werken)\b")
# "Wat is de gemiddelde WOZ-waarde …?" asks a figure (not "Wat is de toegevoegde waarde …?" nor "de meerwaarde")
VALUE_NOUN = r"\w+-waarde"
# "Wat is de totale omvang van de regio-enveloppe?": the size of a sum of money, not of a problem
SIZE_OF_MONEY = (r"omvang van (de|het) (\w+ )?[\w-]*(budget|fonds|envelop\w*|enveloppe|investering\w*|bedrag\w*|"
                 r"middelen|uitkering|subsidie\w*)")
# "Hoeveel miljoen krijgt …?", "Hoeveel miljoen is er …?": the verbs after "hoeveel miljoen" that make it a sum of
# money ("Hoeveel miljoen reizigers …?" counts people)
_SUM_VERBS = (r"is|zijn|was|waren|wordt|worden|werd|werden|gaat|gaan|ging|gingen|krijgt|krijgen|kreeg|kregen|ontvangt|"
              r"ontvangen|ontving|ontvingen|kost|kosten|kostte|heeft|hebben|had|hadden|zit|zat|staat|stond|komt|komen|"
              r"kwam|kwamen|trekt|trok|stelt|stelde|investeert|investeren|geeft|gaf|betaalt|betaalde|levert|"
              r"leverde|per")
_ASKS = (
    # "Hoeveel DU-middelen …?", "Hoeveel DU kreeg …?": funds and the DU (decentralisatie-uitkering) are money
    # …and "Om hoeveel miljard euro …?", "Hoeveel miljoen …?": a sum of money, not a count
    ("money", re.compile(rf"\b(hoeveel (\w*geld|euro|[\w-]*middelen\b|[\w-]*financiering\b|du\b|"
                         rf"(?:miljoen|miljard)\b(?=\s*(?:euro\b|€|\?|$|er\b|(?:{_SUM_VERBS})\b)))|"
                         rf"welke? (\w+ )?(totaal)?bedrag|{BUDGET_AVAILABLE}|"
                         r"(?<!koste )wat kost|wat kostte|"
                         r"hoeveel kost|"
                         r"hoeveel (subsidie|budget)|hoe (hoog|groot) is het (\w+ )?(bedrag|budget)|"
                         r"hoe hoog (is|was|wordt|zijn|waren) de (\w+ )?"
                         r"(subsidie|bijdrage|uitkering|vergoeding|toeslag)"
                         r"(s|n|en)?\b(?![^?]*\b(procent|percentage)|[^?]*%)|wat (heeft|hebben) .{0,160} gekost|"
                         # a sum of money in one word: "Hoeveel kleine scholentoeslag krijgt …?"
                         # (an adjective before it, not a count: "Hoeveel procent subsidie", "Hoeveel jaar subsidie")
                         r"hoeveel (\w+e |extra )?[\w-]*(toeslag|subsidie|bijdrage|vergoeding|uitkering)\b|"
                         r"how much (money|subsidy|funding|budget)|how much (does|did) .{0,60}(cost|receive|get)|"
                         rf"{WHAT_WILL_COST}|"
                         r"what amount|what budget|"
                         rf"{WHAT_IS_THE}(budget|bedrag|totaalbedrag|amount|costs?(?!-))|in euro['’]s)\b",
                         re.I)),
    # "Welk getal kan ik noemen …?", "Welk aantal woningen …?", "What figure …?": a number asked by its name
    ("amount", re.compile(r"\b(hoeveel|hoe ?veel|hoe groot|hoe hoog|welk bedrag|(?<!koste )wat kost|"
                          r"welk \w*percentage|om hoeveel|"
                          r"welk (?:getal|cijfer|aantal)|"
                          r"(?:what|which) (?:figure|number)(?! of (?:the )?(?-i:[A-Z])| in\b| shows?\b)|"
                          rf"{SHARE_QUESTION}|how much|how many|what amount|what percentage|by how much|"
                          rf"{WHAT_IS_THE}(aantal|percentage|number of|{VALUE_NOUN})|{SIZE_OF_MONEY})\b", re.I)),
    # "Uit welk jaar stamt …?", "Over welke jaren wordt … uitgegeven?" (not "Vanaf welk schooljaar …?": the
    # letters give its year as a date of no school year, tests/test_rule_reach.py)
    ("date", re.compile(rf"\b(wanneer|per wanneer|vanaf wanneer|tot wanneer|in welk jaar|welke datum|op welke datum|"
                        r"(?:uit|vanaf|sinds|tot|per|in) welk (?:kalender|begrotings)?jaar|over welke jaren|"
                        rf"when|what year|which year|what date|{WHAT_IS_THE}{DATE_NOUN}|welke {DATE_NOUN})\b", re.I)),
    ("name", re.compile(r"^\s*(wie|who)\b(?! (vroeg|vroegen|stelde|stelden|asked))|\b(welke organisatie|"
                        r"welk ministerie|which organisation|which ministry)\b", re.I)),
)
MONTHS = ("januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
          "january|february|march|june|july|august|october")
# A cited kamerstuk: "(TK 35300-15; 2019/2020)", "(zie Kamerstuk 35 570 B, nr. 13)", "Kamerstukken II 2015/16, 32 847,
# nr. 206": its numbers and years are no figure, date, name or year the sentence speaks of
KAMERSTUK_CITATION = (r"\([^()]*\b(?:TK|Kamerstuk(?:ken)?|Stcrt|Stb)\b[^()]*\)|"
                      r"\bKamerstuk(?:ken)?\s+(?:I{1,2}\s+)?\d{4}(?:/\d{2,4})?(?:,\s*[\w-]+(?:,\s*nr\.\s*\d+)?)?")
MONEY = re.compile(r"(€|\beur\b|\beuro('s)?\b|\bmln\b|\bmld\b|\b\d{1,3}(?:\.\d{3}){2,}\b|"
                   r"\b(miljoen|miljard)\b(?! (inwoners|mensen|woningen|m2|vierkante)))", re.I)
NUMBER_WORDS = (r"(?:één|een|twee|drie|vier|vijf|zes|zeven|acht|negen)(?:en|ën)(?:twintig|dertig|veertig|vijftig|"
                r"zestig|zeventig|tachtig|negentig)|één|twee|drie|vier|vijf|zes|zeven|acht(?! (te )?(nemen|genomen|neemt))|negen|tien|elf|twaalf|"
                r"dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig|dertig|veertig|vijftig|"
                r"zestig|zeventig|tachtig|negentig|\w*honderd|\w*duizend|honderden|duizenden|tientallen|anderhalf|"
                r"(?:de|een|twee) (?:helft|derde|kwart)|driekwart|tweederde")
AMOUNT = re.compile(rf"\b({NUMBER_WORDS})\b|(€|\beur\b|\beuro('s)?\b|miljoen|miljard|procent|%|"
                    r"\b\d{1,3}(?:\.\d{3})+\b|\b(?!(?:19|20)\d{2}\b)\d+(?:,\d+)?\b)", re.I)
DATE = re.compile(rf"\b(\d{{1,2}} ({MONTHS})|({MONTHS}) \d{{4}}|(19|20)\d{{2}}|voorjaar|najaar|zomer|"
                  rf"kwartaal|binnenkort)\b", re.I)
NAME = re.compile(r"\b(ministerie|minister|staatssecretaris|kabinet|provincie|gemeente|gemeenten|rijk|"
                  r"[A-Z][a-z]+[A-Z]\w*|[A-Z]{2,})\b")


# "wanneer"/"when" that joins a clause instead of asking: a condition before the question ("When the government
# decides where to house its agencies, does it look at …?", "Wanneer een school sluit, wat doet het Rijk dan?"; a
# condition puts its subject right after "when", a question its verb: "Wanneer wordt …, is dat al bekend?" asks
# when), or a clause inside a question that opens with another question word ("Which evaluation was under way when
# the minister wrote …?", "How do municipalities know when they can apply?") or with its verb ("Does BZK alert
# ministries when …?"). It asks after "en"/"and", a comma or a colon, after a preposition ("sinds wanneer", "over
# wanneer") and, in a question that opens with its verb, after a verb that asks for it ("Kan de minister
# toelichten wanneer …?", "Do the letters mention when …?").
_VERB_AFTER_WHEN = (r"is|are|was|were|does|do|did|will|would|has|have|had|can|could|should|shall|must|may|wordt|"
                    r"worden|werd|werden|komt|komen|kwam|kwamen|krijgt|krijgen|kreeg|kan|kunnen|kon|heeft|hebben|"
                    r"hadden|gaat|gaan|ging|moet|moeten|moest|zal|zullen|zou|zouden|zijn|waren|start|starten|"
                    r"begint|beginnen|loopt|lopen|stopt|eindigt|verschijnt|verschijnen|treedt|vindt|vinden")
_AFTER_CONDITION = (r"is|are|was|were|does|do|did|will|has|have|had|can|could|should|would|wordt|worden|werd|"
                    r"krijgt|krijgen|kan|kunnen|heeft|hebben|gaat|gaan|moet|moeten|zal|zullen|zijn|komt|komen|dan|"
                    r"then|wat|wie|welke?|hoe|hoeveel|waar|waarom|what|who|which|how|where|why")
_CONDITION_WHEN = re.compile(rf"^\W*(?:wanneer|when)\s+(?!(?:{_VERB_AFTER_WHEN})\b)[^?,:;]+,\s*"
                             rf"(?:{_AFTER_CONDITION})\b", re.I)
_QUESTION_OPENER = r"wat|welke?|wie|hoe|hoeveel|waar\w*|what|which|who|how|where|why"
_VERB_OPENER = r"does|do|did|is|are|was|were|can|could|will|heeft|hebben|wordt|worden|kan|kunt|kunnen|weet|weten|zijn"
_CLAUSE_WHEN = re.compile(rf"^\W*({_QUESTION_OPENER}|{_VERB_OPENER})\b[^?,:;]*?\s(\w+)\s+(?:wanneer|when)\b", re.I)
_WHEN = re.compile(r"\b(?:wanneer|when)\b", re.I)
_ASKS_WHEN_AFTER = frozenset("en and sinds tot vanaf per since until from by over about".split())
_ASKING_VERBS = frozenset("""say tell know explain mention indicate clarify specify state aangeven toelichten
uitleggen melden noemen vermelden zeggen weet weten bekend duidelijk duidelijkheid me us mij ons""".split())


def opens_with_condition(text: str) -> bool:
    """"Wanneer een school sluit, wat doet het Rijk dan?" opens with a condition, not with a question of its own.

    >>> opens_with_condition("Wanneer een school sluit, wat doet het Rijk dan?"), opens_with_condition(
    ...     "Wanneer wordt het plan ingevoerd, en wat kost het?")
    (True, False)
    """
    return bool(_CONDITION_WHEN.match(text))


def without_joining_when(question: str) -> str:
    """The question with a "wanneer"/"when" that joins a clause blanked out, so that it is not read as asking when.

    >>> without_joining_when("Does BZK alert ministries when their proposals affect border regions?")
    'Does BZK alert ministries … their proposals affect border regions?'
    >>> without_joining_when("Wat is het O-team en wanneer is het gestart?")
    'Wat is het O-team en wanneer is het gestart?'
    """
    if opens_with_condition(question):
        return _WHEN.sub("…", question, count=1)
    clause = _CLAUSE_WHEN.match(question)
    if clause:
        opener, before = clause.group(1).lower(), clause.group(2).lower()
        # "Weet u wanneer …?", "Can the minister explain when …?": a question that opens with its verb asks when
        asked = re.fullmatch(_VERB_OPENER, opener) and (before in _ASKING_VERBS or opener in ("weet", "weten"))
        if before not in _ASKS_WHEN_AFTER and not asked:
            return question[:clause.end(2)] + " …" + question[clause.end():]
    return question


def asked_type(question: str) -> AnswerType:
    """The kind of fact a question asks for: 'money', 'amount' (a number), 'date', 'name' or 'any'.

    >>> asked_type("Which evaluation was still under way when the minister wrote to the K6?")
    'any'
    """
    for kind, pattern in _ASKS:
        if pattern.search(without_joining_when(question) if kind == "date" else question):
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


def gap_to_first(sentences: list[tuple[float, str]], holds, cap: float) -> float:
    """How much closer to the question the closest sentence is than the closest one for which `holds(text)` is
    true (`cap` when none is, and never above it). `sentences` are (cosine to the question, text), closest first:
    the reading rules' measure of "the sentences on the topic do not give what is asked".

    >>> gap_to_first([(0.8, "Er lopen pilots."), (0.7, "Sinds 2019.")], lambda text: "20" in text, cap=0.2)
    0.1
    """
    first = next((cosine for cosine, text in sentences if holds(text)), None)
    return cap if first is None else round(min(cap, max(0.0, sentences[0][0] - first)), 6)

