"""Which paragraph(s) of a grouped answer address one question number: overlap with that number's own question.

A grouped answer in the SO letter covers up to eight numbers; the paragraph that answers 12 (the regional
classification) is not the one that answers 44 (the Dijkhoff study). Words of the number's own question text
(Dutch-stemmed, stop words and question boilerplate dropped) are matched against each answer paragraph; words
that the other numbers' questions share count less, words rare among the paragraphs count more.

Example:
    >>> [unit] = corpus.units_for_question(44, "so-bevolkingsdaling")
    >>> spans = answer_paragraphs_for(unit, 44)
    >>> clean.text[spans[0][0]:spans[0][1]].startswith("In het kader van de motie Dijkhoff")
    True
"""
from __future__ import annotations

import math
import re
from functools import lru_cache

from corpus.records import Unit

# Function words and the words every question in these letters uses ("De leden van de X-fractie vragen ...").
STOP_WORDS = frozenset("""
aan aangeven af al alle als bij bovendien dan dat de deze die dit door een en er geen het hier hoe hun ik in
is kan kunnen leden mij met minister na naar niet nog of om ook op over regering te tevens tot u uit van
vernemen verder voor vraag vraagt vragen wat welke wel wil willen worden wordt zal zij zich zijn zo zou fractie
fracties kabinet graag benieuwd mogelijk daarnaast aanvullend hierbij deze leden
""".split())
MIN_SHARE = 0.6  # paragraphs scoring at least this share of the best one are kept with it


@lru_cache(maxsize=1)
def _stemmer():
    import Stemmer  # PyStemmer: Snowball's Dutch stemmer, also used by the lexical index

    return Stemmer.Stemmer("dutch")


def content_stems(text: str) -> set[str]:
    """Stemmed content words of `text` (lower case, no stop words, no numbers, at least three letters)."""
    words = [w for w in re.findall(r"[a-zà-ÿ]+(?:-[a-zà-ÿ]+)*", text.lower()) if len(w) >= 3 and w not in STOP_WORDS]
    return set(_stemmer().stemWords(words))


def answer_paragraphs(unit: Unit) -> list[tuple[int, int]]:
    """(start, end) offsets in the clean letter text of each paragraph of the unit's answer."""
    spans, offset = [], unit.body_start
    for paragraph in unit.body_text.split("\n\n"):
        spans.append((offset, offset + len(paragraph)))
        offset += len(paragraph) + 2
    return [(s, e) for s, e in spans if e > s]


def answer_paragraphs_for(unit: Unit, number: int) -> list[tuple[int, int]]:
    """Spans (clean-text offsets) of the answer paragraph(s) that address question `number`; [] when none stands
    out (the whole answer is the passage then). A single-paragraph answer is returned whole."""
    part = unit.part(number)
    spans = answer_paragraphs(unit)
    if part is None or not spans or not unit.body_text:
        return []
    if len(spans) == 1:
        return spans
    own = content_stems(part.text)
    others: set[str] = set()
    for other in unit.question_parts:
        if other.text != part.text:
            others |= content_stems(other.text)
    paragraph_stems = [content_stems(unit.body_text[s - unit.body_start:e - unit.body_start]) for s, e in spans]
    scores = [_score(own, others, stems, paragraph_stems) for stems in paragraph_stems]
    best = max(scores)
    if best <= 0:
        return []
    return [span for span, score in zip(spans, scores) if score >= MIN_SHARE * best]


def _score(own: set[str], others: set[str], stems: set[str], all_paragraphs: list[set[str]]) -> float:
    total = 0.0
    for stem in own & stems:
        spread = sum(stem in p for p in all_paragraphs)
        weight = math.log(1 + len(all_paragraphs) / spread)
        total += weight * (0.5 if stem in others else 1.0)
    return total
