"""The assistant API: one user turn (plus the conversation state) in, a cited Reply out.

One turn runs: understand (conversation.py) -> lookup | retrieve (retrieval.py, a SearchBackend) -> fuse
(fusion.py) -> rescore (rescore.py) -> decide (decide.py) -> compose (compose.py).

Example:
    >>> from assistant import Assistant
    >>> bot = Assistant.load()          # default corpus, index and sentence vectors; builds what is missing
    >>> reply = bot.ask("Welke gemeenten vallen onder de krimpregio Maastricht-Mergelland?")
    >>> reply.abstained, reply.lead[0].source
    (False, 1)
    >>> bot.ask("En onder Oost-Groningen?", conversation=reply.conversation).conversation.last.understood
    'Welke gemeenten vallen onder de krimpregio Oost-Groningen?'
"""
from __future__ import annotations

import sys
import threading
import time
from dataclasses import replace

from assistant.calibration import Calibration, load_calibration
from assistant.compose import DUTCH_LEXICAL_WEIGHT, ENGLISH_LEXICAL_WEIGHT, Composer
from assistant.decide import Decider
from assistant.evidence import asked_type
from assistant.extremes import read_extreme
from assistant.framing import LetterNames, without_frame
from assistant.terse import question_form
from assistant.part_answers import combine_parts
from assistant.parts import asked_clause, split_parts, stands_alone
from assistant.letter_years import letter_years
from assistant.letters import LetterInfo, LetterView, letter_info, view_letter
from assistant.list_items import ShortList, read_list_item
from assistant.messages import message
from assistant.named_rows import read_named_row
from assistant.conversation import TopicReading, TurnPlan, asks_who_asked, resolve_turn
from assistant.query import ParsedQuery, has_content, is_pleasantry, names_a_letter_itself
from assistant.records import Conversation, Lead, Passage, Reply, ResolvedTurn, shown_reply
from assistant.rescore import Reading, Rescorer, cited_footnotes
from assistant.retrieval import CANDIDATES, MODES, Retriever, best_per_unit
from assistant.table_rows import TableKeys
from assistant.terms import TermStats
from config import Settings
from corpus import Corpus, load_corpus
from corpus.records import Chunk, Table
from index import load_embedder
from index.backends import backend_name, open_served_index, served_sentence_vectors
from index.backends.base import StaleBuild
from index.sentence_vectors import SentenceVectors

__all__ = ["Assistant", "preferred_reading", "Reply", "Passage", "Lead", "Conversation", "ResolvedTurn", "MODES",
           "READERS",
           "LetterInfo", "LetterView"]
READERS = ("on", "off")  # "off": similarity ranking and thresholds only (the first round's pipeline), for evals


MAX_REPLAYED_TURNS = 8  # the compatibility path replays at most this many earlier turns
SWITCH_MARGIN = 0.15  # the other reading of a follow-up must be this much more probable to be kept
# A part of a refused question answers only this far above the decider's threshold (chosen on dev and the m- check
# cases: README "Questions of several parts")
PART_OVERRULE_MARGIN = 0.1


class Assistant:
    """Answers questions over the letters; safe to share between threads (one lock around the encoder)."""

    def __init__(self, corpus: Corpus, retriever: Retriever, settings: Settings, sentences: SentenceVectors,
                 calibration: Calibration):
        self.corpus = corpus
        self.retriever = retriever
        self.settings = settings
        self.calibration = calibration
        # whether the letters write a requester's name ("Twente Board", not "Binnenlands Bestuur"): framing.py
        self._letters_use = LetterNames([letter.clean.text for letter in corpus.letters]).use
        self._read(retriever.index, sentences)
        self._lock = threading.Lock()

    @classmethod
    def load(cls, settings: Settings | None = None, rebuild: bool = True, progress: bool = True) -> "Assistant":
        """Load corpus, model, index and sentence vectors (building what is missing or stale)."""
        settings = settings or Settings.from_env()
        corpus = load_corpus(settings.corpus_dir)
        embedder = load_embedder(settings)
        index = open_served_index(settings, corpus, embedder, rebuild=rebuild, progress=progress)
        sentences = served_sentence_vectors(settings, corpus, index, embedder, progress=progress)
        calibration = load_calibration(index.manifest.model_id, backend_name(settings))
        return cls(corpus, Retriever(index, embedder), settings, sentences, calibration)

    def ask(self, question: str, history: list[str] | None = None, k: int = 5, mode: str = "fused",
            letters: list[str] | None = None, conversation: Conversation | None = None,
            reader: str = "on") -> Reply:
        """Answer one turn. Pass `conversation=previous_reply.conversation` for follow-ups (no earlier turn is
        searched again); `history` (earlier user questions, oldest first) is the older way and replays them once.
        `letters` filters by doc_id; `reader="off"` skips the reading stage (similarity only, for evals)."""
        if reader not in READERS:
            raise ValueError(f"Unknown reader '{reader}'; use one of: {', '.join(READERS)}.")
        if conversation is None:
            conversation = self._replay(history or [], k, mode, letters, reader)
        with self._lock:
            # "Een journalist van Trouw vraagt waarom …": the reported question is read, not who asks it
            plan = resolve_turn(without_frame(question, self._letters_use), self.corpus, conversation.last)
            reply, understood, asks = self._answer(plan, k, mode, letters, reader)
        reply = shown_reply(reply)
        if reply.kind == "invalid":  # an empty turn or a "Bedankt" is no turn to lean on: the state stays as it was
            return replace(reply, conversation=conversation)
        return replace(reply, conversation=conversation.then(self._resolved(question, understood, asks, plan, reply)))

    @property
    def index(self):
        """The index being served (on postgres it follows a rebuild; see Retriever.pool)."""
        return self.retriever.index

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

    def _read(self, index, sentences: SentenceVectors) -> None:
        """Set the reading stage up for `index`: its chunks' stems, its sentence vectors, its analyzer."""
        self.terms = TermStats.build(index.chunks, index.lexical, [l.clean.text for l in self.corpus.letters],
                                     self.corpus.letter_names(), letter_years(self.corpus))
        letters = {letter.doc_id: letter.clean for letter in self.corpus.letters}
        self.rescorer = Rescorer(sentences, self.terms, self.calibration,
                                 cited_footnotes(sentences, index.chunks, letters))
        headings = {c.chunk_id: frozenset(index.lexical.tokens(c.heading)) for c in index.chunks if c.heading}
        self.decider = Decider(self.calibration, self.terms.chunk_stems, self.rescorer,
                               TableKeys.build(self.corpus.units), headings)
        self.composer = Composer(self.corpus, self.rescorer, index.lexical)
        grouped: dict[str, list[Chunk]] = {}
        for chunk in index.chunks:
            grouped.setdefault(chunk.unit_id, []).append(chunk)
        self._chunks_by_unit = {unit: sorted(chunks, key=lambda c: c.start) for unit, chunks in grouped.items()}
        self._reading = index

    def _follow(self) -> None:
        """After the retriever followed a newer build (postgres), read with that build's sentence rows and stems."""
        index = self.retriever.index
        if index is not self._reading:
            try:
                sentences = served_sentence_vectors(self.settings, self.corpus, index, self.retriever.embedder,
                                                    progress=False)
            except StaleBuild as error:  # dropped between the switch and this read: keep reading as before
                print(f"[assistant] {error}; the reading stage keeps the previous build", file=sys.stderr, flush=True)
                return
            self._read(index, sentences)

    def _replay(self, history: list[str], k: int, mode: str, letters, reader: str) -> Conversation:
        """The state a list of earlier user turns leads to (the compatibility path for `history=`)."""
        conversation = Conversation()
        for turn in history[-MAX_REPLAYED_TURNS:]:
            conversation = self.ask(turn, k=k, mode=mode, letters=letters, conversation=conversation,
                                    reader=reader).conversation
        return conversation

    def _answer(self, plan: TurnPlan, k: int, mode: str, letters, reader: str,
                split: bool = True) -> tuple[Reply, str, str]:
        """The reply to a resolved turn, the text it was understood as, and the words that said what it asked."""
        parsed = plan.parsed
        if not parsed.text:
            return self.composer.invalid("empty", parsed), "", ""
        if not has_content(parsed.text):
            return self.composer.invalid("no_content", parsed), "", ""
        if is_pleasantry(parsed.text):  # "Bedankt": nothing to search, and the conversation stays where it was
            return self.composer.invalid("thanks", parsed), "", ""
        previous = plan.previous
        if plan.kind == "who_asked":
            kept = previous.understood if previous else ""
            return self.composer.who_asked(parsed, previous), kept, previous.asks if previous else ""
        if plan.kind == "lookup":
            return self.composer.lookup(parsed, letters), parsed.text, parsed.text
        if plan.kind == "language":
            if previous is None or not previous.understood:
                return self.composer.invalid("no_previous", parsed), "", ""
            again = resolve_turn(previous.understood, self.corpus, None)
            again = replace(again, parsed=replace(again.parsed, language=parsed.language),
                            readings=tuple(replace(r, asks=previous.asks) for r in again.readings))
            return self._answer(again, k, mode, letters, reader)[0], previous.understood, previous.asks
        # a part of a question leans on the part before it, which the user never saw answered (split=False)
        reply, reading = self._search_readings(plan, k, mode, letters, reader, trust_topic=split)
        # a who-question keeps its own composition ("… werd gesteld door …"), so it is not split
        parts = (split_parts(parsed.text, parsed.language)
                 if reader == "on" and split and not asks_who_asked(parsed.text) else ())
        if parts:  # "Wat was het doel van de pilot en hoe is die afgelopen?": each part read on its own
            overrule = self.calibration.threshold(parsed.language) + PART_OVERRULE_MARGIN
            reply = combine_parts(reply, self._answer_parts(parts, plan.previous, k, mode, letters), k, overrule)
        if asks_who_asked(parsed.text):  # "Welke fractie vroeg om een meldpunt?": who asked, about this topic
            reply = self.composer.who_asked_about(reply, parsed.text)
        return reply, reading.text, reading.asks or reading.text

    def _answer_parts(self, parts: tuple[str, ...], previous: ResolvedTurn | None, k: int, mode: str,
                      letters) -> list[tuple[str, Reply]]:
        """Each part of a question asked as a short conversation: a later part that leans on the one before is its
        follow-up ("… en hoe is die afgelopen?" keeps the pilot as its topic); one with a topic of its own ("…, en
        wanneer wordt de loketfunctie landelijk ingevoerd?") is read on its own only, so that a refusal is not
        overruled by a reading that carries the other part's topic."""
        replies = []
        for index, part in enumerate(parts):
            plan = resolve_turn(part, self.corpus, None if index and stands_alone(part) else previous)
            reply, understood, asks = self._answer(plan, k, mode, letters, "on", split=False)
            replies.append((part, reply))
            previous = self._resolved(part, understood, asks, plan, reply)
        return replies

    def _search_readings(self, plan: TurnPlan, k: int, mode: str, letters, reader: str,
                         trust_topic: bool = True) -> tuple[Reply, TopicReading]:
        """Search the preferred reading of a topic turn and, after an earlier turn, the other one; keep the one
        the reading stage is more confident about (the preferred one unless the other is clearly better).
        `trust_topic`: an earlier turn the letters answered vouches for the topic words it lends a follow-up."""
        options = plan.readings if reader == "on" else plan.readings[:1]
        replies = []
        for reading in options:
            parsed = replace(plan.parsed, text=reading.text, letter_hints=list(reading.hints), asks=reading.asks)
            answered_before = trust_topic and plan.previous is not None and not plan.previous.abstained
            replies.append((self.search(parsed, k, mode, letters, reader, conditioned=reading.conditioned,
                                        own_text=plan.parsed.text if answered_before else ""), reading))
        best, reading = preferred_reading(replies)
        if len(replies) > 1:
            best.trace["readings"] = [{"text": r.text, "conditioned": r.conditioned, "p": _confidence(rep)}
                                      for rep, r in replies]
        return best, reading

    @staticmethod
    def _resolved(question: str, understood: str, asks: str, plan: TurnPlan, reply: Reply) -> ResolvedTurn:
        top = reply.passages[0] if reply.passages else None
        numbers = plan.parsed.numbers if plan.kind == "lookup" else (top.questions if top else [])
        if plan.kind in ("who_asked", "language") and plan.previous is not None:
            numbers = list(plan.previous.numbers)
        return ResolvedTurn(query=question, understood=understood or plan.parsed.text, language=reply.language,
                            numbers=tuple(numbers), letter=top.doc_id if top else "",
                            units=tuple(p.unit_id for p in reply.passages), kind=reply.kind,
                            abstained=reply.abstained, asks=asks,
                            footnotes=tuple(plan.parsed.footnotes) if plan.kind == "lookup" else ())

    def search(self, parsed: ParsedQuery, k: int, mode: str, letters, reader: str = "on",
               conditioned: bool = False, own_text: str = "") -> Reply:
        """retrieve -> fuse -> rescore -> decide -> compose, with every stage's ranked ids and scores traced.
        `conditioned`: the text is a follow-up read with the earlier turn's topic (some reading rules skip it);
        `own_text`: the follow-up's own words, given when the letters answered the earlier turn: words of its topic
        they never use are no evidence against the follow-up, the follow-up's own absent words still are."""
        started = time.perf_counter()
        weight = ENGLISH_LEXICAL_WEIGHT if parsed.language == "en" else DUTCH_LEXICAL_WEIGHT
        pool = self.retriever.pool(parsed.text, CANDIDATES, mode, weight, boost_docs=tuple(parsed.letter_hints),
                                   allowed_docs=tuple(letters or ()))
        self._follow()
        retrieved = time.perf_counter()
        trace = {"stages": {"retrieve": _ranked(pool.hits[:50])}, "timing_ms": {"retrieve": _ms(started, retrieved)}}
        if reader == "off":
            short = len(self.index.lexical.tokens(parsed.text)) <= 3 and len(parsed.text.split()) <= 3
            return self.composer.similarity_only(parsed, best_per_unit(pool.hits, k), mode, short, trace)
        terms = self.terms.query_terms(parsed.text, parsed.language)
        # not `parsed.asks`: a follow-up without a question word ("En de opleiding tot astronaut?") asks what the
        # earlier turn asked, and its own absent word ("astronaut") must stay
        if conditioned and own_text:
            terms = terms.absent_only_in(self.terms.query_terms(own_text, parsed.language))
        elif (asked := asked_clause(parsed.text, parsed.language)) != parsed.text:
            # words only in what the user tells around the question ("Voor een Woo-dossier: …") are not asked
            terms = terms.absent_only_in(self.terms.query_terms(asked, parsed.language))
        reading = Reading(parsed.text, parsed.language, asked_type(parsed.asks or parsed.text), terms,
                          pool.query_vector, parsed.asks, conditioned=conditioned,
                          terse=bool(question_form(parsed.text, parsed.language)),
                          names_letter=names_a_letter_itself(parsed.text, self.corpus))
        # the reading's text, not `question`: a follow-up inherits what was asked ("het hoogste"), and "En de
        # laagste?" asks the opposite in its own words
        scored, extreme = read_extreme(reading.text, self.rescorer.rescore(reading, pool), self._tables_of,
                                       self._chunk_or_none, self.terms.regions)
        if extreme is None:  # "Hoeveel van de 815.000 euro ging naar Gelderland?": that row, not the total's
            scored = read_named_row(reading.text, scored, self._tables_of)
        # the decision reads the passages as ranked: the list item's window is moved up for the reply only (its
        # own words are not the question's, and its closeness would refuse a list the letters do give)
        decision = self.decider.decide(reading, scored)
        item = None
        if extreme is None:  # "Wat is de vijfde aanbeveling …?": the list item's window, wherever it ranked
            scored, item = read_list_item(reading.text, scored, self._unit_chunks)
        if isinstance(item, ShortList):  # "En punt 7?" after a list of four: say so, quote nothing
            decision = replace(decision, answer=False, reason=message(reading.language, "reason_list_short",
                                                                      count=item.count, number=item.number))
            item = None
        if item and not decision.answer and not self.decider.rule_that_fires(decision.features) \
                and not reading.terms.absent_names:
            # the asked item of a list of the asked thing among the best passages is the evidence, as a bare
            # keyword found is (a question after "the last recommendation" is far in meaning from item 5's words)
            decision = replace(decision, answer=True, reason="")
        trace["stages"]["rescore"] = [[s.hit.chunk.chunk_id, s.hit.chunk.unit_id, _rounded(s.scores)] for s in scored]
        trace["decision"] = {"answer": decision.answer, "p": round(decision.p, 4), "reason": decision.reason,
                             "features": _rounded(decision.features), "absent": list(reading.terms.absent),
                             "asked": reading.asked}
        trace["timing_ms"]["read"] = _ms(retrieved, time.perf_counter())
        return self.composer.answer(parsed, reading, scored, decision, k, self.calibration.keep_ratio, trace,
                                    self.calibration.sibling_share, extreme, item)

    def _tables_of(self, unit_id: str) -> tuple[Table, ...]:
        try:
            return self.corpus.unit(unit_id).tables
        except KeyError:
            return ()

    def _unit_chunks(self, unit_id: str) -> list[Chunk]:
        """A section's windows in text order."""
        return self._chunks_by_unit.get(unit_id, [])

    def _chunk_or_none(self, chunk_id: str) -> Chunk | None:
        try:
            return self.index.chunk(chunk_id)
        except KeyError:
            return None


def preferred_reading(replies: list[tuple[Reply, TopicReading]]) -> tuple[Reply, TopicReading]:
    """The reply to keep of a turn's readings (preferred first): the other one only when it is clearly more
    probable, or answers where the preferred one abstains. The earlier question with its name swapped ("En
    Gelderland?") is what the turn means, however close the bare name alone comes to some passage: it gives way
    only when the letters do not answer it, whichever reading comes first ("En Gelderland?" has a topic of its own,
    so the bare name is read first)."""
    exact = [(reply, reading) for reply, reading in replies if reading.swapped and not reply.abstained]
    if exact:
        return exact[0]
    best, reading = replies[0]
    for other, other_reading in replies[1:]:
        if (_confidence(other) > _confidence(best) + SWITCH_MARGIN
                or (best.abstained and not other.abstained)):
            best, reading = other, other_reading
    return best, reading


def _confidence(reply: Reply) -> float:
    """The decide stage's probability that this reply answers (0 for an abstention without a trace)."""
    return float(reply.trace.get("decision", {}).get("p", 0.0 if reply.abstained else 0.5))


def _ranked(hits) -> list:
    return [[h.chunk.chunk_id, h.chunk.unit_id, _rounded(h.scores)] for h in hits]


def _rounded(scores: dict) -> dict:
    return {k: round(float(v), 4) for k, v in scores.items()}


def _ms(start: float, end: float) -> float:
    return round((end - start) * 1000, 2)
