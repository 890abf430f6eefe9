"""Query understanding of one turn on its own: question numbers, letter hints, language (follow-ups build on
this in assistant/conversation.py).

Example:
    >>> parse_query("Wat is het antwoord op vraag 53 en 54 uit de Atlas?", letters)
    ParsedQuery(text=..., numbers=[53, 54], letter_hints=['atlas'], language='nl', followup=None)
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from assistant.letter_years import letter_reference_years, year_of
from assistant.list_requests import asked_item
from corpus import Corpus

MAX_QUERY_CHARS = 2000
NUMBER_LIST = r"(\d{1,3}(?:\s*(?:,|en|and|&|t/m|tot en met|-|–|/)\s*\d{1,3})*)"
NUMBER_REQUEST = re.compile(
    rf"\b(?P<word>vraag|vragen|vraagnummers?|question|questions|q|nr\.?|nummer)\s*(?:nr\.?|nummer|no\.?)?\s*"
    rf"{NUMBER_LIST}\b",
    re.IGNORECASE,
)
# What a bare "nr." or "nummer" may number besides a question: a kamerstuk ("Kamerstuk 35570 nr. 13", "31 757, nr.
# 101"), a motion ("motie Van der Molen nr. 62"), an amendment or an item of a list, right before it or with only
# numbers and names between
OTHER_NUMBERED = re.compile(r"(?:\b(?:kamerstuk\w*|tk|stcrt|staatscourant|motie\w*|amendement\w*|aanbeveling\w*|"
                            r"conclusie\w*|punt\w*|bijlage\w*|tabel\w*|motion\w*|amendment\w*|"
                            r"recommendation\w*|annex\w*|table)(?:\W+(?-i:[A-Z0-9][\w-]*|van|der|den|de))*|"
                            r"\b\d{2}\s?\d{3}(?:-[A-Z0-9]+)*,)\W*$", re.I)
# "note 4" is a footnote at the start or after "in", "the", "see" or "of" ("see note 4"), not "Please note 3 things"
FOOTNOTE_REQUEST = re.compile(rf"\b(?:(?:voet)?noot|(?:voet)?noten|footnotes?|(?:^|(?<=in )|(?<=the )|(?<=see )|"
                              rf"(?<=of ))notes?)\s*(?:nr\.?|nummer|no\.?)?\s*{NUMBER_LIST}\b",
                              re.IGNORECASE)
ENGLISH_WORDS = frozenset("the what which who how does did is are was were about government minister question "
                          "answer letter why when will would could should say said do of for in on footnote "
                          "footnotes note notes any from with and there this that these those has have had can "
                          "much many some example examples area areas region regions shrinking than also they their "
                          "it its been where".split())
DUTCH_WORDS = frozenset("de het een wat welke wie hoe is zijn was waren over regering minister vraag antwoord "
                        "brief waarom wanneer zal zou kan moet zei zegt doet van voor in op en er dat die deze dit "
                        "met naar bij uit nog ook niet heeft hebben wordt worden welk hoeveel waar".split())


@dataclass(frozen=True)
class ParsedQuery:
    text: str
    numbers: list[int] = field(default_factory=list)
    letter_hints: list[str] = field(default_factory=list)
    language: str = "nl"
    followup: str | None = None  # set by conversation.py: "who_asked" | "more" | "number" | "language" | None
    truncated: bool = False
    context_letters: list[str] = field(default_factory=list)  # the conversation's letter: preferred, not required
    asks: str = ""  # a follow-up's own words, which say what kind of fact it asks for (empty: the text)
    footnotes: list[int] = field(default_factory=list)  # "voetnoot 22": assistant/footnote_lookup.py


def clean_query(raw: str) -> tuple[str, bool]:
    """Strip control characters and collapse spaces; cut very long input to MAX_QUERY_CHARS."""
    text = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in raw or "")
    text = re.sub(r"\s+", " ", text).strip()
    truncated = len(text) > MAX_QUERY_CHARS
    return text[:MAX_QUERY_CHARS], truncated


def has_content(text: str) -> bool:
    return bool(re.search(r"[A-Za-zÀ-ÿ0-9]", text))


PLEASANTRY = re.compile(r"^\W*(bedankt|dank ?je( wel)?|dank ?u( wel)?|dankjewel|dankuwel|thanks?( a lot)?|thank you|"
                        r"ok[eé]?|oké|prima|top|helder|duidelijk|super|great|fijn)\W*$", re.I)


# a greeting, perhaps to someone ("Hallo Anna,", "Goedemorgen allemaal,"), and the mark that ends it
GREETING = re.compile(r"^\W*(?i:goe(?:de|ie)(?:morgen|middag|navond|ndag)|goede avond|hallo|hoi|hey|hi|hello|dag|"
                      r"good (?:morning|afternoon|evening|day))"
                      r"(?:\s+(?:(?i:allemaal|iedereen|all|everyone|there)|[A-Z][a-z]+))?\s*[,.!:;—–-]+\s*(?=\w)")


def without_greeting(text: str) -> str:
    """The question without a greeting before it: "Goedemiddag." is no word the letters should have.

    >>> without_greeting("Goedemiddag. Doet het Rijk iets voor dorpshuizen?"), without_greeting("Hallo")
    ('Doet het Rijk iets voor dorpshuizen?', 'Hallo')
    >>> without_greeting("Hallo Anna, wanneer stopt de DU?"), without_greeting("Goedendag — wat is een krimpregio?")
    ('wanneer stopt de DU?', 'wat is een krimpregio?')
    """
    return GREETING.sub("", text, count=1)


def is_pleasantry(text: str) -> bool:
    """A thank-you or an acknowledgement, not a question: it gets a short reply, not a search.

    >>> is_pleasantry("Bedankt!"), is_pleasantry("Dank je wel"), is_pleasantry("Bedankt voor de regiodeals?")
    (True, True, False)
    """
    return bool(PLEASANTRY.match(text))


def detect_language(text: str) -> str:
    words = re.findall(r"[a-z]+", text.lower())
    english = sum(w in ENGLISH_WORDS and w not in DUTCH_WORDS for w in words)
    dutch = sum(w in DUTCH_WORDS and w not in ENGLISH_WORDS for w in words)
    return "en" if english > dutch else "nl"


def question_numbers(text: str) -> list[int]:
    """'vragen 53 en 54' -> [53, 54]; 'vraag 7 t/m 9' -> [7, 8, 9]; 'question 102' -> [102]; a bare 'nr. 31' too,
    but not the number of another numbered thing ('Kamerstuk 31 757, nr. 101', 'motie nr. 62', 'de aanbeveling die
    als nummer 2 staat')."""
    numbers: list[int] = []
    for match in NUMBER_REQUEST.finditer(text):
        bare = match.group("word").lower().startswith(("nr", "nummer"))
        if bare and (OTHER_NUMBERED.search(text[:match.start()]) or asked_item(text) is not None):
            continue  # "Kamerstuk 35570 nr. 13", "Welke aanbeveling staat als nummer 2?"
        numbers += _expand(match.group(2))
    return list(dict.fromkeys(n for n in numbers if 0 < n < 1000))


def footnote_numbers(text: str) -> list[int]:
    """'voetnoot 22' -> [22]; 'voetnoten 14 en 31' -> [14, 31]; 'footnote 3-5' -> [3, 4, 5]; 'noot 22', 'note 22'
    (assistant/footnote_lookup.py answers them)."""
    numbers: list[int] = []
    for match in FOOTNOTE_REQUEST.finditer(text):
        numbers += _expand(match.group(1), max_span=100)
    return list(dict.fromkeys(n for n in numbers if n > 0))


def without_footnote_requests(text: str) -> str:
    """The text with its footnote requests taken out ("voetnoot nr. 22" is no question 22)."""
    return FOOTNOTE_REQUEST.sub(" ", text)


def _expand(run: str, max_span: int = 30) -> list[int]:
    out: list[int] = []
    run = re.sub(r"\s*(?:t/m|tot en met)\s*", "-", run)  # a range word holds "/" and "en": read it first
    for part in re.split(r"\s*(?:,|en|and|&|/)\s*", run):
        bounds = re.split(r"\s*(?:-|–)\s*", part)
        if (len(bounds) == 2 and bounds[0].isdigit() and bounds[1].isdigit()
                and int(bounds[1]) - int(bounds[0]) < max_span):
            out += list(range(int(bounds[0]), int(bounds[1]) + 1))
        else:
            out += [int(b) for b in bounds if b.isdigit()]
    return out


# an alias that names the letter as a document ("brief aan de k6", "atlas-beantwoording"), not by its topic ("k6")
_DOCUMENT_ALIAS = re.compile(r"brief|beantwoording|antwoorden|letter|reply|answers")


def names_a_letter_itself(text: str, corpus: Corpus) -> bool:
    """The words name one of the letters as a document ("het kenmerk van de brief aan de K6"), so its own kenmerk and
    kamerstuk, on its source card, are about it; "de brief die de K6 stuurde" names another letter.

    >>> names_a_letter_itself("Wat is het kenmerk van de brief aan de K6?", corpus)
    True
    >>> names_a_letter_itself("Welk kenmerk heeft de brief die de K6 stuurde?", corpus)
    False
    """
    lowered = text.lower().replace("’", "'")
    return any(_DOCUMENT_ALIAS.search(alias) and _says(alias, lowered)
               for letter in corpus.letters for alias in letter.meta.aliases)


def _says(alias: str, lowered: str) -> bool:
    """The lower-cased text has the alias as whole words ("k6" in "de brief aan de k6", not in "k61")."""
    return bool(re.search(rf"(?<![a-z0-9]){re.escape(alias.lower())}(?![a-z0-9])", lowered))


def letter_hints(text: str, corpus: Corpus) -> list[str]:
    """Letters the words point to (aliases, kenmerk, year), best first; [] when nothing points anywhere."""
    lowered = text.lower().replace("’", "'")
    scores: dict[str, float] = {}
    for letter in corpus.letters:
        meta = letter.meta
        score = 0.0
        for alias in (*meta.aliases, meta.doc_id):
            if _says(alias, lowered):
                score += 1.0 + 0.1 * len(alias.split())
        for value in (meta.kenmerk, meta.uw_kenmerk, meta.kamerstuk):
            if value and value.lower() in lowered:
                score += 3.0
        if meta.date and meta.date.lower() in lowered:
            score += 2.0
        elif letter_reference_years(text, {year_of(meta.date)}):  # "de brief van 2021", "the 2023 letter"
            score += 0.9  # below an alias: "de terugblik uit 2021" names the evaluation letter first
        if score:
            scores[meta.doc_id] = score
    return sorted(scores, key=lambda d: -scores[d])


def parse_query(raw: str, corpus: Corpus) -> ParsedQuery:
    """One turn on its own: cleaned text, question or footnote numbers, letter hints, language (follow-ups:
    assistant/conversation.py, which builds on this)."""
    text, truncated = clean_query(raw)
    text = without_greeting(text)
    return ParsedQuery(text, question_numbers(without_footnote_requests(text)), letter_hints(text, corpus),
                       detect_language(text), None, truncated, footnotes=footnote_numbers(text))
