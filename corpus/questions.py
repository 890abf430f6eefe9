"""Recognise question numbers, answer labels and fracties in the text of a letter."""
from __future__ import annotations

import re

MAX_QUESTION_NUMBER = 300

# "(46)", "(12, 21, 22, 23, 92)", "(53 en 54)"; "(TK 31757-99; 2020)" never matches: it holds letters and big numbers.
PARENTHESISED_NUMBERS = re.compile(r"\(\s*(\d{1,3}(?:\s*(?:,|en|&)\s*\d{1,3})*)\s*\)")
NUMBERED_QUESTION = re.compile(r"^\s*(\d{1,3})\.\s+\S")
ANSWER_LABEL = re.compile(r"^\s*Antwoord(?:\s+(?:op\s+)?vra(?:ag|gen)\s+([\d ,en]+?))?\s*$", re.IGNORECASE)
PARTY_SECTION = re.compile(r"^Vragen en opmerkingen van de leden van de (.+?)\s*$", re.IGNORECASE)

_PARTY = r"(?:[A-Z][A-Za-z0-9]*(?:[ -][A-Z][A-Za-z0-9]*)?)"
FRACTIE_PATTERNS = (
    re.compile(rf"\b({_PARTY})-[Ff]ractie"),
    re.compile(rf"\bfractie(?:s)? (?:van (?:de |het )?)?({_PARTY}(?:(?:, | en )(?:de )?{_PARTY})*)"),
)
ASKING_WORDS = re.compile(r"\b(leden|fractie|fracties|vragen|vraagt|vernemen|willen weten)\b", re.IGNORECASE)


def numbers_in(text: str) -> list[int]:
    """Question numbers written in parentheses, in order of appearance, e.g. '(53 en 54)' -> [53, 54]."""
    found: list[int] = []
    for match in PARENTHESISED_NUMBERS.finditer(text):
        for number in re.findall(r"\d{1,3}", match.group(1)):
            value = int(number)
            if 0 < value <= MAX_QUESTION_NUMBER and value not in found:
                found.append(value)
    return found


def is_question_paragraph(text: str) -> bool:
    """A grouped question paragraph: names who asks and carries question numbers in parentheses."""
    return bool(numbers_in(text)) and bool(ASKING_WORDS.search(text))


def answer_label_numbers(text: str) -> list[int] | None:
    """None when `text` is not an answer label; else the numbers it names ('Antwoord vraag 7 en 8' -> [7, 8])."""
    match = ANSWER_LABEL.match(text)
    if not match:
        return None
    return [int(n) for n in re.findall(r"\d{1,3}", match.group(1) or "")]


def numbered_question(text: str) -> int | None:
    match = NUMBERED_QUESTION.match(text)
    return int(match.group(1)) if match and 0 < int(match.group(1)) <= MAX_QUESTION_NUMBER else None


def fracties_in(text: str) -> list[str]:
    """Party groups named in a question, in order of appearance: 'De leden van de GroenLinks-fractie' -> ['GroenLinks']."""
    found: list[tuple[int, str]] = []
    for pattern in FRACTIE_PATTERNS:
        for match in pattern.finditer(text):
            for name in re.split(r", (?:de )?| en (?:de )?", match.group(1)):
                name = re.sub(r"^(De|Het|Leden)\s+", "", name.strip())
                if name and name.lower() not in {"de", "het", "leden"}:
                    found.append((match.start(), name))
    names: list[str] = []
    for _, name in sorted(found, key=lambda item: item[0]):
        if name not in names:
            names.append(name)
    return names
