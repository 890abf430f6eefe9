"""Compare Dutch sentence splitters on the five letters: bad cuts, missed cuts and time.

    python -m bench.splitters            # needs: pip install sentencex pysbd sentence-splitter (comparison only)

Counted per splitter, paragraph by paragraph (every splitter gets the same paragraphs of the clean text):
- abbreviation cuts: a sentence that ends in a known abbreviation ("o.a.", "nr.") or an initial ("K.H.") while
  the paragraph goes on (for "jl.", "etc.", "c.s." only when no common sentence opener follows);
- lower-case starts: a sentence after the first of its paragraph that starts in lower case;
- line cuts: a cut at a single line break whose line does not end a sentence and whose next line is no bullet;
- missed ends: inside one sentence, "word. Opener" where the word is no abbreviation and the opener is a common
  first word ("De", "Het", "Ik", ...): a clear sentence end the splitter did not take.
"""
from __future__ import annotations

import re
import time
from collections import Counter
from typing import Callable

from corpus import load_corpus
from corpus.sentences import ABBREVIATIONS, INITIALS, MAY_END_SENTENCE, SENTENCE_OPENERS, sentences

BULLET_LINE = re.compile(r"^\s*(?:[•▪●◦■–-]|\d{1,2}[.)]|[a-z]\))\s")
MISSED = re.compile(r"(\S+)[.?!]\s+([A-Z][a-z]*)\b")


def _spans(paragraph: str, pieces: list[str]) -> list[tuple[int, int]]:
    spans, cursor = [], 0
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        start = paragraph.find(piece, cursor)
        if start < 0:
            start = cursor
        spans.append((start, start + len(piece)))
        cursor = start + len(piece)
    return spans


def _bad_cuts(paragraph: str, spans: list[tuple[int, int]]) -> Counter:
    counts: Counter = Counter()
    for k, (start, end) in enumerate(spans):
        text = paragraph[start:end]
        last = text.split()[-1].lstrip("(‘“'\"[") if text.split() else ""
        if k + 1 < len(spans):
            following = paragraph[spans[k + 1][0]:].split(maxsplit=1)
            opener = following[0].strip("‘“'\"(") if following else ""
            is_abbreviation = last.lower() in ABBREVIATIONS or bool(INITIALS.match(last))
            if last.lower() in MAY_END_SENTENCE:
                is_abbreviation = opener.lower() not in SENTENCE_OPENERS
            counts["abbreviation cuts"] += is_abbreviation and not BULLET_LINE.match(opener + " ")
            gap = paragraph[end:spans[k + 1][0]]
            next_line = paragraph[spans[k + 1][0]:].split("\n", 1)[0]
            if "\n" in gap and not re.search(r"[.?!:;]\W*$", text) and not BULLET_LINE.match(next_line):
                counts["line cuts"] += 1
        if k > 0 and text.lstrip("‘“'\"([").strip()[:1].islower():
            counts["lower-case starts"] += 1
        for match in MISSED.finditer(text):
            word = match.group(1).lstrip("(‘“'\"[")
            if (match.group(2).lower() in SENTENCE_OPENERS and (word + ".").lower() not in ABBREVIATIONS
                    and word.lower() not in ABBREVIATIONS and not INITIALS.match(word + ".")
                    and not re.fullmatch(r"\d{1,2}", word)):
                counts["missed ends"] += 1
    return counts


def _candidates() -> dict[str, Callable[[str], list[str]]]:
    found: dict[str, Callable[[str], list[str]]] = {"corpus.sentences (rules)": sentences}
    try:
        import sentencex

        found["sentencex 1.0.32"] = lambda text: list(sentencex.segment("nl", text))
    except ImportError:
        pass
    try:
        import pysbd

        segmenter = pysbd.Segmenter(language="nl", clean=False)
        found["pysbd 0.3.4 (nl)"] = segmenter.segment
    except ImportError:
        pass
    try:
        from sentence_splitter import SentenceSplitter

        splitter = SentenceSplitter(language="nl")
        found["sentence-splitter 1.4 (Moses nl)"] = splitter.split
    except ImportError:
        pass
    return found


def main() -> None:
    corpus = load_corpus()
    paragraphs = [letter.clean.paragraph_text(p) for letter in corpus.letters for p in letter.clean.paragraphs]
    print(f"{len(paragraphs)} paragraphs, {sum(map(len, paragraphs))} characters")
    print("| splitter | sentences | abbreviation cuts | lower-case starts | line cuts | missed ends | time (s) |")
    print("|---|---|---|---|---|---|---|")
    for name, split in _candidates().items():
        totals: Counter = Counter()
        count = 0
        began = time.perf_counter()
        results = [split(paragraph) for paragraph in paragraphs]
        seconds = time.perf_counter() - began
        for paragraph, pieces in zip(paragraphs, results):
            spans = _spans(paragraph, pieces)
            count += len(spans)
            totals += _bad_cuts(paragraph, spans)
        print(f"| {name} | {count} | {totals['abbreviation cuts']} | {totals['lower-case starts']} | "
              f"{totals['line cuts']} | {totals['missed ends']} | {seconds:.2f} |")


if __name__ == "__main__":
    main()
