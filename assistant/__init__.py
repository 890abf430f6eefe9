"""The assistant API: one user turn (plus history) in, a cited Reply out.

Example:
    >>> from assistant import Assistant
    >>> bot = Assistant.load()          # default corpus + index; builds the index if missing or stale
    >>> reply = bot.ask("Wat doet het Rijk aan leegstand in winkelgebieden?")
    >>> reply.abstained, reply.passages[0].title
    (False, 'Actieplan Bevolkingsdaling 2016-2020')
    >>> bot.ask("En vraag 12?", history=["vraag 87"]).passages[0].questions
    [12, 21, 22, 23, 92, ...]
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass, replace

from assistant.calibration import Calibration, load_calibration
from assistant.compose import DUTCH_LEXICAL_WEIGHT, ENGLISH_LEXICAL_WEIGHT, Composer
from assistant.decide import Decider
from assistant.evidence import asked_type
from assistant.letters import LetterInfo, LetterView, letter_info, view_letter
from assistant.query import ParsedQuery, has_content, parse_query
from assistant.records import Conversation, Lead, Passage, Reply, ResolvedTurn
from assistant.rescore import Reading, Rescorer
from assistant.retrieval import CANDIDATES, MODES, Retriever, best_per_unit
from assistant.terms import TermStats
from corpus import Corpus, load_corpus
from corpus.settings import Settings
from index import load_embedder, open_index
from index.sentence_vectors import SentenceVectors, load_sentence_vectors

__all__ = ["Assistant", "Reply", "Passage", "Lead", "Conversation", "ResolvedTurn", "MODES", "READERS",
           "LetterInfo", "LetterView"]
READERS = ("on", "off")  # "off": similarity ranking and thresholds only (the first round's pipeline), for evals


@dataclass
class _Turn:
    parsed: ParsedQuery
    reply: Reply


class Assistant:
    """Answers questions over the letters; safe to share between threads (one lock around the encoder)."""

    def __init__(self, corpus: Corpus, retriever: Retriever, settings: Settings, sentences: SentenceVectors,
                 calibration: Calibration):
        self.corpus = corpus
        self.retriever = retriever
        self.settings = settings
        self.index = retriever.index
        self.calibration = calibration
        self.terms = TermStats.build(self.index.chunks, self.index.lexical)
        self.rescorer = Rescorer(sentences, self.terms, calibration)
        self.decider = Decider(calibration)
        self.composer = Composer(corpus, self.rescorer, self.index.lexical)
        self._lock = threading.Lock()

    @classmethod
    def load(cls, settings: Settings | None = None, rebuild: bool = True, progress: bool = True) -> "Assistant":
        """Load corpus, model, index and sentence vectors (building what is missing or stale)."""
        settings = settings or Settings.from_env()
        corpus = load_corpus(settings.corpus_dir)
        embedder = load_embedder(settings)
        index = open_index(settings, corpus, embedder, rebuild=rebuild, progress=progress)
        sentences = load_sentence_vectors(settings, corpus, index.chunks, embedder, progress=progress)
        calibration = load_calibration(index.manifest.model_id)
        return cls(corpus, Retriever(index, embedder), settings, sentences, calibration)

    def ask(self, question: str, history: list[str] | None = None, k: int = 5, mode: str = "fused",
            letters: list[str] | None = None, conversation: Conversation | None = None,
            reader: str = "on") -> Reply:
        """Answer one turn. Pass `conversation=previous_reply.conversation` for follow-ups (or, older style,
        `history` with the earlier user questions, oldest first); `letters` filters by doc_id."""
        if reader not in READERS:
            raise ValueError(f"Unknown reader '{reader}'; use one of: {', '.join(READERS)}.")
        conversation = conversation or Conversation()
        if conversation.turns and not history:
            history = [turn.query for turn in conversation.turns]
        with self._lock:
            previous = self._replay(history or [], k, mode, letters)
            parsed, reply = self._understand_and_answer(question, previous, k, mode, letters, reader)
        turn = ResolvedTurn(
            query=question, understood=parsed.text, language=reply.language, numbers=tuple(parsed.numbers),
            letter=reply.passages[0].doc_id if reply.passages else "",
            units=tuple(p.unit_id for p in reply.passages), kind=reply.kind, abstained=reply.abstained)
        return replace(reply, conversation=conversation.then(turn))

    def lookup(self, number: int, letter: str | None = None) -> Reply:
        """The answer unit(s) covering question `number`, optionally in one letter (doc_id or alias)."""
        query = f"vraag {number}" + (f" {letter}" if letter else "")
        return self.ask(query, letters=[letter] if letter in {l.doc_id for l in self.corpus.letters} else None)

    def letters(self) -> list[LetterInfo]:
        """Every letter in the corpus with its metadata and question coverage."""
        return [letter_info(self.corpus, l.doc_id) for l in self.corpus.letters]

    def view_letter(self, doc_id: str, start: int = 0, end: int = 0) -> LetterView:
        """The cleaned text of one corpus letter with [start, end) to highlight; KeyError for unknown ids."""
        return view_letter(self.corpus, doc_id, start, end)

    def version(self) -> dict:
        """Model and index identity, stored with feedback so a report can be traced to what produced it."""
        manifest = self.index.manifest
        return {"model": manifest.model_id, "model_fingerprint": manifest.model_fingerprint,
                "index_built_at": manifest.built_at, "corpus_hash": manifest.corpus_hash}

    def _replay(self, history: list[str], k: int, mode: str, letters) -> _Turn | None:
        """Re-interpret the last two earlier turns so a follow-up knows what they were about."""
        previous = None
        for turn in history[-2:]:
            previous = _Turn(*self._understand_and_answer(turn, previous, k, mode, letters))
        return previous

    def _understand_and_answer(self, question: str, previous: _Turn | None, k, mode, letters, reader="on"):
        parsed = parse_query(question, self.corpus, previous.parsed if previous else None)
        if not parsed.text:
            return parsed, self.composer.invalid("empty", parsed)
        if not has_content(parsed.text):
            return parsed, self.composer.invalid("no_content", parsed)
        if parsed.followup == "who_asked":
            return parsed, self.composer.who_asked(parsed, previous.reply if previous else None)
        if parsed.numbers:
            if previous and not parsed.letter_hints and parsed.followup == "number":
                parsed = _with_hints(parsed, [p.doc_id for p in previous.reply.passages[:1]])
            return parsed, self.composer.lookup(parsed, letters)
        if parsed.followup == "more" and previous is not None:
            # A turn with a topic of its own is searched as it is, in the letter of the previous answer;
            # a turn that only points back ("And what did the minister say about that?") borrows its topic.
            own_topic = len(self.retriever.index.lexical.tokens(parsed.text)) >= 3
            expanded = parsed.text if own_topic else f"{previous.parsed.text} {parsed.text}"
            hints = parsed.letter_hints or [p.doc_id for p in previous.reply.passages[:1]]
            parsed = _with_hints(_with_text(parsed, expanded), hints)
        return parsed, self.search(parsed, k, mode, letters, reader)

    def search(self, parsed: ParsedQuery, k: int, mode: str, letters, reader: str = "on") -> Reply:
        """retrieve -> fuse -> rescore -> decide -> compose, with every stage's ranked ids and scores traced."""
        started = time.perf_counter()
        weight = ENGLISH_LEXICAL_WEIGHT if parsed.language == "en" else DUTCH_LEXICAL_WEIGHT
        pool = self.retriever.pool(parsed.text, CANDIDATES, mode, weight, boost_docs=tuple(parsed.letter_hints),
                                   allowed_docs=tuple(letters or ()))
        retrieved = time.perf_counter()
        trace = {"stages": {"retrieve": _ranked(pool.hits[:50])}, "timing_ms": {"retrieve": _ms(started, retrieved)}}
        if reader == "off":
            short = len(self.index.lexical.tokens(parsed.text)) <= 3 and len(parsed.text.split()) <= 3
            return self.composer.similarity_only(parsed, best_per_unit(pool.hits, k), mode, short, trace)
        reading = Reading(parsed.text, parsed.language, asked_type(parsed.text),
                          self.terms.query_terms(parsed.text, parsed.language), pool.query_vector)
        scored = self.rescorer.rescore(reading, pool)
        decision = self.decider.decide(reading, scored)
        trace["stages"]["rescore"] = [[s.hit.chunk.chunk_id, s.hit.chunk.unit_id, _rounded(s.scores)] for s in scored]
        trace["decision"] = {"answer": decision.answer, "p": round(decision.p, 4), "reason": decision.reason,
                             "features": _rounded(decision.features), "absent": list(reading.terms.absent),
                             "asked": reading.asked}
        trace["timing_ms"]["read"] = _ms(retrieved, time.perf_counter())
        return self.composer.answer(parsed, reading, scored, decision, k, self.calibration.keep_ratio, trace)


def _with_hints(parsed: ParsedQuery, hints: list[str]) -> ParsedQuery:
    return replace(parsed, letter_hints=list(dict.fromkeys(list(parsed.letter_hints) + hints)))


def _with_text(parsed: ParsedQuery, text: str) -> ParsedQuery:
    return replace(parsed, text=text)


def _ranked(hits) -> list:
    return [[h.chunk.chunk_id, h.chunk.unit_id, _rounded(h.scores)] for h in hits]


def _rounded(scores: dict) -> dict:
    return {k: round(float(v), 4) for k, v in scores.items()}


def _ms(start: float, end: float) -> float:
    return round((end - start) * 1000, 2)
