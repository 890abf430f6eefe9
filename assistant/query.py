"""Query understanding: question-number lookups, letter hints, language, and follow-up turns.

Example:
    >>> parse_query("Wat is het antwoord op vraag 53 en 54 uit de Atlas?", letters)
    ParsedQuery(text=..., numbers=[53, 54], letter_hints=['atlas'], language='nl', followup=None)
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from corpus import Corpus

MAX_QUERY_CHARS = 2000
NUMBER_LIST = r"(\d{1,3}(?:\s*(?:,|en|and|&|t/m|tot en met|-|–|/)\s*\d{1,3})*)"
NUMBER_REQUEST = re.compile(
    rf"\b(?:vraag|vragen|vraagnummers?|question|questions|q|nr\.?|nummer)\s*(?:nr\.?|nummer|no\.?)?\s*{NUMBER_LIST}\b",
    re.IGNORECASE,
)
BARE_NUMBER_FOLLOWUP = re.compile(rf"^\s*(?:en|and|of|or|wat is|what about)?\s*(?:met\s+)?{NUMBER_LIST}\s*\??\s*$",
                                  re.IGNORECASE)
NEXT_QUESTION = re.compile(r"\b(de |het )?(vraag|antwoord) (daarna|hierna|erna)\b|\bvolgende vraag\b|\bnext question\b|"
                           r"\bquestion after\b", re.IGNORECASE)
PREVIOUS_QUESTION = re.compile(r"\b(de )?vraag (daarvoor|ervoor|hiervoor)\b|\bvorige vraag\b|\bprevious question\b",
                               re.IGNORECASE)
WHO_ASKED = re.compile(
    r"\b(wie (vroeg|vroegen|stelde|stelden|heeft|hebben)|welke (fractie|fracties|partij|partijen)|"
    r"who (asked|raised)|which (party|parties|group))\b", re.IGNORECASE)
ANAPHORA = re.compile(
    r"^\s*(en|and|maar|but|ook|also)\b|\b(dat|daarover|daarop|die vraag|dezelfde|this|that|it|those|"
    r"hierover|erover|daar)\b\s*[?.!]?\s*$|\b(about that|about it|daarover|hierover|that question|die vraag)\b",
    re.IGNORECASE)
ENGLISH_WORDS = frozenset("the what which who how does did is are was were about government minister question "
                          "answer letter why when will would could should say said do of for in on".split())
DUTCH_WORDS = frozenset("de het een wat welke wie hoe is zijn was waren over regering minister vraag antwoord "
                        "brief waarom wanneer zal zou kan moet zei zegt doet van voor in op en".split())


@dataclass(frozen=True)
class ParsedQuery:
    text: str
    numbers: list[int] = field(default_factory=list)
    letter_hints: list[str] = field(default_factory=list)
    language: str = "nl"
    followup: str | None = None  # "who_asked" | "more" | "number" | None
    truncated: bool = False


def clean_query(raw: str) -> tuple[str, bool]:
    """Strip control characters and collapse spaces; cut very long input to MAX_QUERY_CHARS."""
    text = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in raw or "")
    text = re.sub(r"\s+", " ", text).strip()
    truncated = len(text) > MAX_QUERY_CHARS
    return text[:MAX_QUERY_CHARS], truncated


def has_content(text: str) -> bool:
    return bool(re.search(r"[A-Za-zÀ-ÿ0-9]", text))


def detect_language(text: str) -> str:
    words = re.findall(r"[a-z]+", text.lower())
    english = sum(w in ENGLISH_WORDS and w not in DUTCH_WORDS for w in words)
    dutch = sum(w in DUTCH_WORDS and w not in ENGLISH_WORDS for w in words)
    return "en" if english > dutch else "nl"


def question_numbers(text: str) -> list[int]:
    """'vragen 53 en 54' -> [53, 54]; 'vraag 7 t/m 9' -> [7, 8, 9]; 'question 102' -> [102]."""
    numbers: list[int] = []
    for match in NUMBER_REQUEST.finditer(text):
        numbers += _expand(match.group(1))
    return list(dict.fromkeys(n for n in numbers if 0 < n < 1000))


def _expand(run: str) -> list[int]:
    out: list[int] = []
    run = re.sub(r"\s*(?:t/m|tot en met)\s*", "-", run)  # a range word holds "/" and "en": read it first
    for part in re.split(r"\s*(?:,|en|and|&|/)\s*", run):
        bounds = re.split(r"\s*(?:-|–)\s*", part)
        if len(bounds) == 2 and bounds[0].isdigit() and bounds[1].isdigit() and int(bounds[1]) - int(bounds[0]) < 30:
            out += list(range(int(bounds[0]), int(bounds[1]) + 1))
        else:
            out += [int(b) for b in bounds if b.isdigit()]
    return out


def letter_hints(text: str, corpus: Corpus) -> list[str]:
    """Letters the words point to (aliases, kenmerk, year), best first; [] when nothing points anywhere."""
    lowered = text.lower().replace("’", "'")
    scores: dict[str, float] = {}
    for letter in corpus.letters:
        meta = letter.meta
        score = 0.0
        for alias in (*meta.aliases, meta.doc_id):
            if re.search(rf"(?<![a-z0-9]){re.escape(alias.lower())}(?![a-z0-9])", lowered):
                score += 1.0 + 0.1 * len(alias.split())
        for value in (meta.kenmerk, meta.uw_kenmerk, meta.kamerstuk):
            if value and value.lower() in lowered:
                score += 3.0
        if meta.date and meta.date.lower() in lowered:
            score += 2.0
        if score:
            scores[meta.doc_id] = score
    return sorted(scores, key=lambda d: -scores[d])


def parse_query(raw: str, corpus: Corpus, previous: "ParsedQuery | None" = None) -> ParsedQuery:
    text, truncated = clean_query(raw)
    numbers = question_numbers(text)
    followup = None
    if previous is not None:
        step = 1 if NEXT_QUESTION.search(text) else -1 if PREVIOUS_QUESTION.search(text) else 0
        if not numbers and previous.numbers and step:
            numbers = [n for n in [max(previous.numbers) + 1 if step > 0 else min(previous.numbers) - 1] if n > 0]
            followup = "number"
        elif not numbers and previous.numbers and BARE_NUMBER_FOLLOWUP.match(text):
            numbers = _expand(BARE_NUMBER_FOLLOWUP.match(text).group(1))
            followup = "number"
        elif numbers and len(text.split()) <= 6:
            followup = "number"
        elif WHO_ASKED.search(text) and not numbers:
            followup = "who_asked"
        elif ANAPHORA.search(text) and len(text.split()) <= 16:
            followup = "more"
    return ParsedQuery(text, numbers, letter_hints(text, corpus), detect_language(text), followup, truncated)
