"""Rescore: read the question against each candidate passage and its sentences, and give every candidate a
calibrated probability that it answers the question.

Signals (named scores on each candidate): "dense" (chunk cosine), "sentence" (best body sentence's cosine),
"question" (best cosine with the question the passage answers), "bm25_rel" (BM25 relative to the pool's best),
"coverage" (IDF-weighted share of the question's salient terms in the passage), "type_ok" (the passage holds the
kind of fact asked for: an amount for "hoeveel", a date for "wanneer"), "rank" (1 / (1 + fused rank)).
They are combined by a logistic model whose weights are fitted on the dev split (`python -m evals calibrate`) and
stored per model in assistant/calibration/; no passage is re-encoded at query time.

Example:
    >>> scored = rescorer.rescore(reading, pool)
    >>> scored[0].scores["p"] >= scored[-1].scores["p"]
    True
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from assistant.calibration import Calibration
from assistant.evidence import AnswerType, has_type
from assistant.retrieval import Hit, Pool
from assistant.shares import states_part_in_words
from assistant.terms import QueryTerms, TermStats
from corpus.records import Chunk, CleanLetter
from index.sentence_vectors import SentenceVectors

FEATURES = ("dense", "sentence", "question", "dense_gap", "sentence_gap", "bm25_rel", "coverage", "type_ok", "rank")
READ_TOP = 40  # candidates read per question: the fused pool's recall hardly grows past this (dev)


@dataclass(frozen=True)
class Reading:
    """What the rescoring stage needs to know about the question."""

    text: str
    language: str
    asked: AnswerType
    terms: QueryTerms
    query_vector: np.ndarray | None
    asks: str = ""  # a follow-up's own words that say what it asks ("Hoeveel …?"); empty: the text itself
    conditioned: bool = False  # a follow-up read with the earlier turn's topic ("Woon- … Eemsdelta Hoeveel …?")
    terse: bool = False  # keywords read as a question ("startdatum MaaS-pilots": assistant/terse.py)
    names_letter: bool = False  # it names one of the letters as a document ("de brief aan de K6": query.py)

    @property
    def question(self) -> str:
        """The words that say what is asked (a follow-up's `text` is its conditioned reading)."""
        return self.asks or self.text


@dataclass(frozen=True)
class Scored:
    """A candidate after reading: the hit, all its named scores (incl. "p"), and its best sentence's row."""

    hit: Hit
    scores: dict[str, float]
    best_row: int  # row in SentenceVectors of the best body sentence, -1 when none


def holds_asked_kind(text: str, reading: Reading) -> bool:
    """The text holds the kind of fact asked for; for a question after a part of a whole, a part said in words
    counts too ("Hoeveel van de regio's …?": "alle regio’s geven aan …").

    >>> holds_asked_kind("Alle regio’s geven aan dat ze aandacht vragen.", Reading("Hoeveel van de regio's vragen "
    ...                  "aandacht?", "nl", "amount", None, None))
    True
    """
    return has_type(text, reading.asked) or (reading.asked in ("amount", "money")
                                              and states_part_in_words(text, reading.question))


FRAGMENT_WORDS = 7  # a sentence this short is a fragment of the one before (a bullet's last line)
SENTENCE_END = re.compile(r"[.!?][”’\"')]*\s*$")
LIST_ITEM = re.compile(r"\s*(?:[•▪*–-]|\d+[.)]|[a-z][.)])\s")


class Rescorer:
    def __init__(self, sentences: SentenceVectors, terms: TermStats, calibration: Calibration,
                 cited: dict[int, str] | None = None):
        self.sentences = sentences
        self.terms = terms
        self.calibration = calibration
        self.cited = cited or {}  # sentence row -> the footnotes it cites (`cited_footnotes`)

    def features(self, reading: Reading, pool: Pool, top: int = READ_TOP) -> list[Scored]:
        """Named signals for the first `top` candidates of the pool (no probability yet)."""
        hits = pool.hits[:top]
        best_bm25 = max((h.lexical for h in hits), default=0.0) or 1.0
        out = []
        for rank, hit in enumerate(hits):
            sentence, question, best_row = self._sentence_scores(hit, reading.query_vector)
            text = hit.chunk.text
            scores = dict(hit.scores)
            scores.update({
                "sentence": sentence, "question": question, "bm25_rel": max(0.0, hit.lexical) / best_bm25,
                "coverage": reading.terms.coverage(self.terms.chunk_stems.get(hit.chunk.chunk_id, frozenset())),
                "type_ok": float(holds_asked_kind(self._best_text(best_row, text), reading)),
                "rank": 1.0 / (1.0 + rank),
            })
            if scores["dense"] < -0.5:  # lexical-only runs have no cosine: use the sentence-free baseline
                scores["dense"] = 0.0
            out.append(Scored(hit, scores, best_row))
        # Distances to the pool's best: a passage is judged against its rivals for this question, not in the
        # absolute (some questions are close to everything, some to nothing).
        for key in ("dense", "sentence"):
            best = max((s.scores[key] for s in out), default=0.0)
            for item in out:
                item.scores[f"{key}_gap"] = item.scores[key] - best
        return out

    def rescore(self, reading: Reading, pool: Pool, top: int = READ_TOP) -> list[Scored]:
        """Candidates with "p" (probability of answering), best first."""
        scored = self.features(reading, pool, top)
        model = self.calibration.ranker(reading.language)
        for item in scored:
            item.scores["p"] = model.probability(item.scores)
        return sorted(scored, key=lambda s: -s.scores["p"])

    def _sentence_scores(self, hit: Hit, query_vector: np.ndarray | None) -> tuple[float, float, int]:
        rows = self.sentences.rows_of(hit.chunk.chunk_id)
        if query_vector is None or not len(rows):
            return 0.0, 0.0, (int(rows[0]) if len(rows) else -1)
        cosines = self.sentences.vectors[rows] @ query_vector
        body = np.array([self.sentences.roles[r] != "question" for r in rows])
        sentence = float(cosines[body].max()) if body.any() else 0.0
        question = float(cosines[~body].max()) if (~body).any() else 0.0
        best_row = int(rows[body][np.argmax(cosines[body])]) if body.any() else -1
        return sentence, question, best_row

    def _best_text(self, row: int, fallback: str) -> str:
        return self.sentences.texts[row] if row >= 0 else fallback

    def close_sentences(self, scored: list[Scored], query_vector: np.ndarray | None,
                        with_fragments: bool = False, with_footnotes: bool = False) -> list[tuple[float, str]]:
        """(cosine, text) of every body sentence of the given candidates, closest to the question first.
        `with_fragments`: a sentence carries the short fragment that follows it ("• 50%-regel: … volgen." and
        "Per 1 januari 2016 in werking getreden.": the fragment alone is far from any question).
        `with_footnotes`: a sentence carries the footnotes it cites (a kamerstuk is often only there)."""
        if query_vector is None:
            return []
        pairs = []
        for item in scored:
            rows = self.sentence_cosines(item.hit.chunk.chunk_id, query_vector)
            texts = [self.sentences.texts[row] for row, _ in rows]
            if with_fragments:
                texts = with_next_fragment(texts)
            if with_footnotes:
                texts = [f"{text} {self.cited[row]}" if row in self.cited else text
                         for (row, _), text in zip(rows, texts)]
            pairs += [(cosine, text) for (_, cosine), text in zip(rows, texts)]
        return sorted(pairs, key=lambda pair: -pair[0])

    def sentence_cosines(self, chunk_id: str, query_vector: np.ndarray | None) -> list[tuple[int, float]]:
        """(row, cosine) for every body sentence of a chunk, in text order (for the answer sentence)."""
        rows = [r for r in self.sentences.rows_of(chunk_id) if self.sentences.roles[r] != "question"]
        if not rows:
            return []
        if query_vector is None:
            return [(int(r), 0.0) for r in rows]
        cosines = self.sentences.vectors[rows] @ query_vector
        return [(int(r), float(c)) for r, c in zip(rows, cosines)]


def cited_footnotes(sentences: SentenceVectors, chunks: list[Chunk], letters: dict[str, CleanLetter]) -> dict[int, str]:
    """Sentence row -> the text of the footnotes cited in its paragraph (a mark is not always placed right after its
    word in the extracted text, and a footnote speaks for its paragraph: "De partijen … formuleren zelf op welke
    manier ze invulling geven …" has its kamerstuk in the footnote marked one sentence on); a footnote's own
    passage carries its whole text (its last sentence, "Kamerstukken II, 2015/2016, 32 847, nr. 206.", is far
    from any question). A footnote whose mark was lost (17 of 119) is read with no sentence. `letters`: doc id ->
    its clean letter.

    >>> cited_footnotes(SentenceVectors([], [], np.zeros(0), np.zeros(0), [], np.zeros((0, 1)), {}), [], {})
    {}
    """
    cited: dict[int, dict[str, None]] = {}
    doc_ids = np.array(sentences.doc_ids, dtype=object)
    for doc_id, letter in letters.items():
        rows = np.flatnonzero(doc_ids == doc_id)
        starts, ends = sentences.starts[rows], sentences.ends[rows]
        for note in (n for n in letter.footnotes if n.cited_at >= 0):
            start, end = next(((p.start, p.end) for p in letter.paragraphs
                               if p.start < note.cited_at <= p.end + MARK_SLACK), (note.cited_at, note.cited_at))
            for row in rows[(starts < end + MARK_SLACK) & (ends + MARK_SLACK >= start)]:
                cited.setdefault(int(row), {})[note.text] = None
    for chunk in chunks:
        if chunk.kind == "footnote":
            for row in sentences.rows_of(chunk.chunk_id):
                cited.setdefault(int(row), {})[chunk.text] = None
    return {row: " ".join(texts) for row, texts in cited.items()}


MARK_SLACK = 2  # characters after a sentence's end where its footnote mark may still stand ("… gepubliceerd.15")


def with_next_fragment(texts: list[str]) -> list[str]:
    """Each sentence with the next one appended when that one is a fragment: at most FRAGMENT_WORDS words, ending
    a sentence and not a list item (a heading that follows, "Thema ‘wonen’" or "Enkele acties:", is no fragment of
    it).

    >>> with_next_fragment(["De regel geldt voor het vo.", "Per 1 januari 2016 ingegaan.", "Thema ‘wonen’"])
    ['De regel geldt voor het vo. Per 1 januari 2016 ingegaan.', 'Per 1 januari 2016 ingegaan.', 'Thema ‘wonen’']
    """
    def fragment(text: str) -> bool:
        return (len(text.split()) <= FRAGMENT_WORDS and bool(SENTENCE_END.search(text))
                and not LIST_ITEM.match(text))  # a list's next item stands on its own

    return [text + " " + texts[i + 1] if i + 1 < len(texts) and fragment(texts[i + 1]) else text
            for i, text in enumerate(texts)]

