"""Dutch sentence splitting for the letters: character spans that never cut inside an abbreviation or a wrapped line.

Rules (see docs/corpus-precision.md for the comparison with sentencex, pysbd and the Moses-prefix splitter):
- a paragraph break (a blank line) ends a sentence (unless it falls between an abbreviation and a lower-case word:
  a layout break inside a table cell); a single line break never does, unless the next line
  opens a bullet or an enumeration ("•", "-", "1.", "a)") or the line before ends a sentence;
- ".", "?", "!" (with closing quotes, brackets or a glued footnote number) end a sentence when the next word
  starts with a capital, a digit, a quote or a bracket;
- never after a known abbreviation ("o.a.", "nr.", "m.b.t.", "drs.", ...) or an initial ("K.H.", "P."); the few
  abbreviations that may close a sentence ("jl.", "etc.", "c.s.", "e.a.", "e.d.", "e.v.") end one only when a
  common sentence opener follows ("... de motie Asscher c.s. Ik geef hier ...");
- an inline bullet ("• Gemeenten • Provincie") starts a new piece.

Example:
    >>> sentences("Op 10 oktober jl. heb ik o.a. dhr. K.H. de Vries gesproken. Hij stemde in.")
    ['Op 10 oktober jl. heb ik o.a. dhr. K.H. de Vries gesproken.', 'Hij stemde in.']
    >>> split_sentences("Eén. Twee.")
    [(0, 4), (5, 10)]
"""
from __future__ import annotations

import re

# Abbreviations found in the five letters and in Dutch official usage (lower case, with their dots).
ABBREVIATIONS = frozenset("""
a.g.v. a.s. afd. art. b.v. bijv. blz. bv. c.q. ca. cf. d.d. d.m.v. d.w.z. dhr. dr. drs. excl. evt. fig. i.c.
i.e. i.h.k.v. i.o.m. i.p.v. i.r.t. i.s.m. i.v.m. incl. ing. ir. jr. m. m.b.t. m.b.v. m.i.v. m.n. m.u.v. mevr.
mld. mln. mr. mrd. mw. n.a.v. nl. nr. nrs. o.a. o.b.v. o.l.v. p. pag. prof. resp. sr. st. stcrt. t.a.v. t.b.v.
t.g.v. t.o.v. t.w. v.w.b. vgl. vs. z.g. zg. zgn. z.s.m.
""".split())
# These may also be the last word of a sentence; they end one only before a common sentence opener.
MAY_END_SENTENCE = frozenset("jl. etc. c.s. e.a. e.d. e.v.".split())
SENTENCE_OPENERS = frozenset("""
aan aanvullend al alle als bij daarbij daarnaast daarom dat de deze dit door een en er geen hier hierbij
hiermee hij het hoe ik in met na naar nog om ook op over per sinds te tevens tot u uit van verder voor vanuit
wat we wij zo zij
""".split())

INITIALS = re.compile(r"^(?:[A-Z]\.)+(?:[A-Z])?$")
BULLET = r"(?:[•▪●◦■-]|–|\d{1,2}[.)]|[a-z]\))"
# A sentence end: terminal punctuation, closing quotes/brackets, an optional glued footnote mark, then space and
# a sentence start (capital, digit, opening quote or bracket, bullet, euro sign).
END = re.compile(r"(?<=\S)[.?!…]+[”’\"')\]]*(?:\d{1,2}(?=\s))?(?=\s+[A-Z0-9À-Ý‘“'\"(\[€•])")
LINE_BREAK_BEFORE_BULLET = re.compile(rf"\n(?=\s*{BULLET}\s)")
INLINE_BULLET = re.compile(r"(?<=\S)\s+(?=[•▪●]\s)")
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) character spans of the sentences of `text`, whitespace trimmed, in order."""
    spans: list[tuple[int, int]] = []
    for block_start, block_end in _blocks(text):
        cuts = _cuts(text, block_start, block_end)
        begin = block_start
        for cut in cuts + [block_end]:
            spans += _trimmed(text, begin, cut)
            begin = cut
    return spans


def sentences(text: str) -> list[str]:
    """The sentences of `text` as strings (see split_sentences)."""
    return [text[start:end] for start, end in split_sentences(text)]


def _blocks(text: str) -> list[tuple[int, int]]:
    blocks, begin = [], 0
    for match in PARAGRAPH_BREAK.finditer(text):
        blocks.append((begin, match.start()))
        begin = match.end()
    blocks.append((begin, len(text)))
    merged: list[tuple[int, int]] = []
    for start, end in ((s, e) for s, e in blocks if text[s:e].strip()):
        if merged and _continues_after_abbreviation(text[merged[-1][0]:merged[-1][1]], text[start:end]):
            merged[-1] = (merged[-1][0], end)  # a layout break inside "pilot m.b.t.\n\ntoekomstgericht ..."
        else:
            merged.append((start, end))
    return merged


def _continues_after_abbreviation(block: str, following: str) -> bool:
    return following.lstrip()[:1].islower() and block.split()[-1].lower() in ABBREVIATIONS


def _cuts(text: str, start: int, end: int) -> list[int]:
    block = text[start:end]
    cuts = {m.end() for m in END.finditer(block) if _ends_sentence(block, m.start(), m.end())}
    cuts |= {m.start() for m in LINE_BREAK_BEFORE_BULLET.finditer(block)}
    cuts |= {m.end() for m in INLINE_BULLET.finditer(block)}
    return sorted(start + c for c in cuts if 0 < c < len(block))


def _ends_sentence(block: str, punct_start: int, punct_end: int) -> bool:
    """Whether the punctuation at block[punct_start:punct_end] closes a sentence."""
    if block[punct_start] != ".":
        return True
    word = block[:punct_start + 1].split()[-1].lstrip("(‘“'\"[")
    following = block[punct_end:].split(maxsplit=1)
    next_word = following[0].strip("‘“'\"(") if following else ""
    key = word.lower()
    if key in MAY_END_SENTENCE:
        return next_word.lower() in SENTENCE_OPENERS and next_word[:1].isupper()
    if key in ABBREVIATIONS or INITIALS.match(word):
        return False
    before = block[:punct_start - len(word) + 1].rstrip()
    if re.fullmatch(r"\d{1,2}\.", word) and (not before or before[-1] in ".?!:;"):
        return False  # an enumeration "1." opening the block or following a sentence
    return True


def _trimmed(text: str, start: int, end: int) -> list[tuple[int, int]]:
    piece = text[start:end]
    stripped = piece.strip()
    if not stripped:
        return []
    left = start + (len(piece) - len(piece.lstrip()))
    return [(left, left + len(stripped))]
