"""BM25 over Dutch text: Snowball stemming, Dutch stopwords, and compound splitting.

Dutch glues words together ("krimpregio's", "woningmarktopgave"), so a query for "krimp regio" must still find
"krimpregio". Words of nine letters or more are split into two parts that occur as words elsewhere in the corpus,
and both parts are indexed beside the whole word. The index is built with the FAISS index and kept in memory.

Example:
    >>> lexical = LexicalIndex.build(["De krimpregio's krijgen steun."])
    >>> lexical.scores("krimp regio").argmax()
    0
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import bm25s
import numpy as np
import Stemmer

DUTCH_STOPWORDS = frozenset("""
aan al alle als altijd andere ben bij daar dan dat de der deze die dit doch doen door dus een eens en er ge geen
geweest haar had heb hebben heeft hem het hier hij hoe hun iemand iets ik in is ja je kan kon kunnen maar me meer
men met mij mijn moet na naar niet niets nog nu of om omdat onder ons ook op over reeds te tegen toch toen tot u uit
uw van veel voor want waren was wat we wel werd wezen wie wil worden wordt zal ze zelf zich zij zijn zo zonder zou
the a an of to in and or is are was were what which who how does do did for on with about be by that this it as at
vraag vragen antwoord question questions answer
""".split())
WORD = re.compile(r"[a-z0-9à-ÿ]+(?:-[a-z0-9à-ÿ]+)*")
MIN_PART = 4
MIN_COMPOUND = 9
EMPTY = "_leeg_"  # the one token of a text without terms (bm25s needs one)


class DutchAnalyzer:
    """Text -> stemmed Dutch terms (stopwords out, compound and hyphen parts added); shared by every backend.

    The compound splitter needs the corpus vocabulary (words of >= MIN_PART letters), so the analyzer is built
    from the indexed texts and stored with each build.

    Example:
        >>> DutchAnalyzer.build(["krimp", "regio's"]).tokens("krimpregio's")
        ['krimpregios', 'krimp', 'regios']
    """

    STEMMER = "dutch"  # Snowball 3's Dutch stemmer; PostgreSQL's `dutch` config is the older one (dutch_porter)

    def __init__(self, vocabulary: set[str]):
        self.vocabulary = vocabulary
        self.stemmer = Stemmer.Stemmer(self.STEMMER)

    @classmethod
    def build(cls, texts: list[str]) -> "DutchAnalyzer":
        return cls({w for text in texts for w in words(text) if len(w) >= MIN_PART})

    def tokens(self, text: str) -> list[str]:
        """Stemmed tokens of `text`, with the parts of compounds and hyphenated words added."""
        out: list[str] = []
        for word in words(text):
            if word in DUTCH_STOPWORDS:
                continue
            out.append(word)
            parts = word.split("-") if "-" in word else split_compound(word, self.vocabulary)
            out += [p for p in parts if p and p not in DUTCH_STOPWORDS and p != word]
        return self.stemmer.stemWords(out)

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "vocabulary.json").write_text(json.dumps(sorted(self.vocabulary)), encoding="utf-8")

    @classmethod
    def load(cls, folder: Path) -> "DutchAnalyzer":
        return cls(set(json.loads((folder / "vocabulary.json").read_text(encoding="utf-8"))))


class LexicalIndex:
    """BM25 (bm25s, k1 1.2, b 0.75) over the analyzer's terms; the embedded backend's lexical half."""

    def __init__(self, retriever: bm25s.BM25, analyzer: DutchAnalyzer):
        self.retriever = retriever
        self.analyzer = analyzer
        self.vocabulary = analyzer.vocabulary

    @classmethod
    def build(cls, texts: list[str]) -> "LexicalIndex":
        index = cls(bm25s.BM25(k1=1.2, b=0.75), DutchAnalyzer.build(texts))
        index.retriever.index([index.tokens(t) or [EMPTY] for t in texts], show_progress=False)
        return index

    def tokens(self, text: str) -> list[str]:
        return self.analyzer.tokens(text)

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every indexed text for `query` (zeros when no query term is known)."""
        return self.term_scores(self.tokens(query))

    def term_scores(self, terms: list[str]) -> np.ndarray:
        """BM25 score of every indexed text for already analysed query terms (a repeated term counts twice)."""
        terms = [t for t in terms if t in self.retriever.vocab_dict]
        if not terms:
            return np.zeros(self.retriever.scores["num_docs"], dtype=np.float32)
        return np.asarray(self.retriever.get_scores(terms), dtype=np.float32)

    def save(self, folder: Path) -> None:
        self.retriever.save(str(folder))
        self.analyzer.save(folder)

    @classmethod
    def load(cls, folder: Path) -> "LexicalIndex":
        return cls(bm25s.BM25.load(str(folder)), DutchAnalyzer.load(folder))


def words(text: str) -> list[str]:
    """Lower-cased words; "regio's" -> "regios", hyphen runs kept whole ("niet-eu")."""
    text = text.lower().replace("’", "'").replace("‘", "'")
    text = re.sub(r"'s\b", "s", text)
    return [w.strip("-") for w in WORD.findall(text)]


def split_compound(word: str, vocabulary: set[str]) -> list[str]:
    """Split a long word into two corpus words ('krimpregios' -> ['krimp', 'regios']), or [] if none fits."""
    if len(word) < MIN_COMPOUND or not word.isalpha():
        return []
    for cut in range(MIN_PART, len(word) - MIN_PART + 1):
        head, tail = word[:cut], word[cut:]
        if head in vocabulary and tail in vocabulary:
            return [head, tail]
        if head.endswith("s") and head[:-1] in vocabulary and tail in vocabulary:  # tussen-s: "bevolkingsdaling"
            return [head[:-1], tail]
    return []
