"""Compose: turn decided candidates, lookups and abstentions into a cited, extractive Reply.

A search reply opens with the one or two verbatim sentences that best answer the question (the lead, cited [n]),
then lists only the passages that passed the decide stage. An abstention says why in one line.

Example:
    >>> reply = composer.answer(reading, scored, decision, k=5)
    >>> reply.lead[0].source
    1
"""
from __future__ import annotations

from dataclasses import replace

from assistant.conversation import ASKING, WHO_ASKED, content_words
from assistant.dates import answers_end, names_asked_end
from assistant.decide import Decision
from assistant.evidence import has_type
from assistant.extremes import ExtremeRow
from assistant.list_items import ListItem
from assistant.figures import FACT_KINDS, counted_noun, counts_noun, states_new_fact
from assistant.footnote_lookup import footnote_reply, with_footnotes
from assistant.highlight import best_sentences
from assistant.lookup import as_ranges, known_ranges, lookup_question
from assistant.messages import message
from assistant.names import asks_names, states_asked_names
from assistant.query import ParsedQuery
from assistant.records import Lead, Passage, QuestionPart, Reply, ResolvedTurn
from assistant.rescore import Reading, Rescorer, Scored, with_next_fragment
from assistant.retrieval import Hit, best_per_unit
from assistant.row_cells import with_row_cells
from assistant.windows import joined_text, with_siblings
from corpus import Corpus
from corpus.focus import answer_paragraphs_for
from corpus.footnotes import cited_between
from corpus.records import Unit
from corpus.sentences import sentences

# The first round's similarity-only abstention (reader="off" baseline; the reading stage's are calibration data)
DUTCH_MIN_DENSE = 0.44
DUTCH_WEAK_DENSE = 0.50
DUTCH_WEAK_LEXICAL = 4.0
ENGLISH_MIN_DENSE = 0.36
LEXICAL_ONLY_MIN = 4.0
KEYWORD_MIN_LEXICAL = 1.0
# Weight of BM25 against dense in the rank fusion, chosen on dev (README "Eval"); English fuses no BM25.
DUTCH_LEXICAL_WEIGHT = 0.7
ENGLISH_LEXICAL_WEIGHT = 0.0
LOOKUP_LEAD_SENTENCES = 2
LOOKUP_PARAGRAPH_CHARS = 1200  # a lookup reply quotes the answering paragraph up to about this length
MIN_SHARED_WORDS = 2  # who asked after a search: a part of a grouped answer is picked on this many shared words
LEAD_MARGIN = 0.03  # a second lead sentence must score within this of the best one
TYPE_BONUS = 0.06  # a sentence holding the asked kind of fact (amount, date) is preferred by this much
LEAD_PASSAGES = 2  # the lead is read from the best two kept windows (with the windows joined to them)
FACT_LEAD_MARGIN = 0.4  # ... and when no lead sentence holds it, the best passage's one within this joins the lead


class Composer:
    def __init__(self, corpus: Corpus, rescorer: Rescorer, lexical):
        self.corpus = corpus
        self.rescorer = rescorer
        self.lexical = lexical

    def invalid(self, key: str, parsed: ParsedQuery) -> Reply:
        return Reply(message(parsed.language, key), [], True, "invalid", parsed.language, parsed.text)

    def abstain(self, parsed: ParsedQuery, reason: str, trace: dict | None = None) -> Reply:
        lang = parsed.language
        text = message(lang, "abstain_short") + (f" {reason}" if reason else "")
        return Reply(text, [], True, "abstain", lang, parsed.text, self._notes(parsed), reason=reason,
                     trace=trace or {})

    def answer(self, parsed: ParsedQuery, reading: Reading, scored: list[Scored], decision: Decision, k: int,
               keep_ratio: float, trace: dict, sibling_share: float, extreme: ExtremeRow | None = None,
               list_item: ListItem | None = None) -> Reply:
        """The decided passages (best first, one per answer unit) with the lead sentence(s) on top; the asked list
        item (assistant/list_items.py) or a table's extreme row leads when its window is first."""
        if not decision.answer:
            return self.abstain(parsed, decision.reason, trace)
        by_hit = {id(s.hit): s for s in scored}
        best_p = scored[0].scores["p"]
        kept = [by_hit[id(h)] for h in best_per_unit([s.hit for s in scored], k)]
        kept = [s for s in kept if s.scores["p"] >= keep_ratio * best_p] or kept[:1]
        # a window is shown once, in one passage; a kept window next to one ranked before it is shown inside its
        # passage
        paired = with_siblings(kept, scored, sibling_share)
        # a kept window shown inside a better one's passage is read for the lead as the second window it was
        shown = {item.hit.chunk.chunk_id for item in kept}
        lead = self._lead(reading, lead_sources(paired, kept),
                          second={sib.hit.chunk.chunk_id for _, sib in paired
                                  if sib is not None and sib.hit.chunk.chunk_id in shown})
        kept, siblings = [item for item, _ in paired], [sibling for _, sibling in paired]
        extreme = extreme if extreme and kept[0].hit.chunk.chunk_id == extreme.chunk_id else None
        if extreme:  # the row with the highest or lowest amount answers, not the row closest to the question
            lead = [Lead(kept[0].hit.chunk.text.splitlines()[-1], 1)]
        elif list_item and kept[0].hit.chunk.chunk_id == list_item.chunk_id:  # "de vijfde aanbeveling"
            lead = [Lead(list_item.text, 1)]
        passages = []
        for number, (item, sibling) in enumerate(zip(kept, siblings), start=1):
            own = [l.text for l in lead if l.source == number]
            passages.append(self.passage_from_hit(item.hit, parsed.text, item, own[0] if own else "", sibling))
        text = self._answer_text(lead, passages, parsed.language)
        if extreme:
            text = _extreme_line(extreme, parsed.language) + "\n\n" + text
        return Reply(text, passages, False, "followup" if parsed.followup else "search", parsed.language,
                     parsed.text, self._notes(parsed), lead=lead, trace=trace)

    def who_asked_about(self, reply: Reply, turn: str) -> Reply:
        """A who-question with a topic of its own ("Welke fractie vroeg om een meldpunt?"): on top of the searched
        reply, the best passage's question that the turn's words match, and who asked it.

        Example (the searched reply's best passage is SO questions 63-67):
            >>> composer.who_asked_about(reply, "Welke fractie vroeg om een meldpunt?").answer.splitlines()[0]
            'Die vraag (67) werd gesteld door de leden van de PvdA-fractie(s).'
        """
        if reply.abstained or not reply.passages or not reply.passages[0].question_parts:
            return reply
        passage = reply.passages[0]
        about = self._parts_about(passage, ASKING.sub(" ", WHO_ASKED.sub(" ", turn)), minimum=1)
        part = next((p for p in passage.question_parts if about and p.number == about[0]), None)
        fracties = passage.asked_by(part.number) if part else ()
        if not part or not fracties or not part.text:
            return reply  # no question of the unit is about the turn's words: say nothing about who asked
        lead = [Lead(part.text[:600], 1)]
        who = message(reply.language, "who_asked", numbers=str(part.number), fracties=", ".join(fracties))
        # The whole question-and-answer unit, focused on that number, as a lookup shows it.
        passages = [self.passage_from_unit(self.corpus.unit(passage.unit_id), turn, focus_number=part.number),
                    *reply.passages[1:]]
        return replace(reply, answer=who + "\n\n" + self._answer_text(lead, passages, reply.language),
                       passages=passages, lead=lead)

    def similarity_only(self, parsed: ParsedQuery, hits: list[Hit], mode: str, short: bool, trace: dict) -> Reply:
        """The first round's reply (reader="off"): fused ranking, thresholds on similarity, highlighted passages."""
        if not hits or self.should_abstain(hits, mode, parsed.language, short):
            return self.abstain(parsed, "", trace)
        passages = [self.passage_from_hit(h, parsed.text) for h in hits]
        lines = [message(parsed.language, "found")]
        for number, passage in enumerate(passages[:3], start=1):
            lines.append(f"[{number}] {passage.citation()}: “{passage.highlight}”")
        kind = "followup" if parsed.followup else "search"
        return Reply("\n".join(lines), passages, False, kind, parsed.language, parsed.text, self._notes(parsed),
                     trace=trace)

    def should_abstain(self, hits: list[Hit], mode: str, language: str = "nl", short_query: bool = False) -> bool:
        """True when no passage is close enough to answer (the similarity-only baseline)."""
        best_dense = max(h.dense for h in hits)
        best_lexical = max(h.lexical for h in hits)
        if mode == "lexical":
            return best_lexical < LEXICAL_ONLY_MIN
        if short_query and best_lexical >= KEYWORD_MIN_LEXICAL:
            return False  # a bare keyword ("verhuurderheffing") embeds poorly; its exact occurrence is the evidence
        if language == "en":  # Dutch BM25 says nothing about an English question: judge on meaning alone
            return best_dense < ENGLISH_MIN_DENSE
        return best_dense < DUTCH_MIN_DENSE or (best_dense < DUTCH_WEAK_DENSE and best_lexical < DUTCH_WEAK_LEXICAL)

    def _lead(self, reading: Reading, kept: list[list[Scored]], second: set[str] = frozenset()) -> list[Lead]:
        """The one or two verbatim sentences that best answer the question, from the best two passages (each one
        window, or two neighbouring windows of one unit). The best passage's sentences are preferred, but not those
        of a window in `second` (a kept window joined to the best one: it ranked second)."""
        options, table_rows = [], set()
        noun = counted_noun(reading.question) if reading.language == "nl" else ""
        for source, windows in enumerate(kept, start=1):
            for item in windows:
                rows = self.rescorer.sentence_cosines(item.hit.chunk.chunk_id, reading.query_vector)
                if self.corpus.unit(item.hit.chunk.unit_id).kind == "table":
                    table_rows.update(row for row, _ in rows)
                # a sentence keeps the short fragment after it ("… volgen. Per 1 januari 2016 in werking getreden.")
                texts = with_next_fragment([self.rescorer.sentences.texts[row] for row, _ in rows])
                preferred = source == 1 and item.hit.chunk.chunk_id not in second
                options += self._lead_options(reading, noun, source, rows, texts, preferred)
        if not options:
            return [Lead(best_sentences(kept[0][0].hit.chunk.text, reading.text, self.lexical), 1)] if kept else []
        options.sort(key=lambda o: -o[0])
        best = options[0]
        chosen = [best]
        for option in options[1:]:
            if option[0] < best[0] - LEAD_MARGIN:
                break
            if option[3] not in best[3] and best[3] not in option[3]:  # nor the fragment that the best one holds
                chosen.append(option)
                break
        if reading.asked in FACT_KINDS and not any(option[4] for option in chosen):
            # the closest sentence restates the question ("Op 18 november zijn de eerste RetailDeals gesloten."):
            # the best passage's sentence with the asked fact ("Tot deze eerste 31 RetailDeals …") joins it
            fact = next((o for o in options if o[4] and o[1] == 1 and o[0] >= best[0] - FACT_LEAD_MARGIN), None)
            if fact is not None:
                chosen = [best, fact]
        starts = self.rescorer.sentences.starts
        return [Lead(self._with_row_cells(row, text, table_rows), source)
                for _, source, row, text, _ in sorted(chosen, key=lambda o: (o[1], starts[o[2]]))]

    def _with_row_cells(self, row: int, text: str, table_rows: set[int]) -> str:
        """An annex table's action keeps the parties and planning of its row (assistant/row_cells.py)."""
        if row not in table_rows:
            return text
        sentences = self.rescorer.sentences
        clean = self.corpus.letter(sentences.doc_ids[row]).clean.text
        return with_row_cells(text, clean, int(sentences.ends[row]))

    @staticmethod
    def _lead_options(reading: Reading, noun: str, source: int, rows: list[tuple[int, float]],
                      texts: list[str], preferred: bool) -> list[tuple[float, int, int, str, bool]]:
        """(preference, source, sentence row, text, holds the asked fact) of each sentence of one window."""
        options = []
        for (row, cosine), text in zip(rows, texts):
            bonus = TYPE_BONUS * _holds_asked_fact(text, reading, noun)
            # The best passage's sentences are preferred: the ranking already read the whole passage.
            options.append((cosine + bonus + (0.02 if preferred else 0.0), source, row, text, bonus > 0))
        return options

    @staticmethod
    def _answer_text(lead: list[Lead], passages: list[Passage], language: str) -> str:
        lines = [" ".join(f"“{l.text}” [{l.source}]" for l in lead), "", message(language, "sources")]
        lines += [f"[{n}] {p.citation()}" for n, p in enumerate(passages, start=1)]
        return "\n".join(lines)

    @staticmethod
    def _notes(parsed: ParsedQuery) -> list[str]:
        return [message(parsed.language, "truncated", n=len(parsed.text))] if parsed.truncated else []

    def lookup(self, parsed: ParsedQuery, letters: list[str] | None) -> Reply:
        if parsed.footnotes:  # "Wat staat er in voetnoot 22?", also after a question number ("vraag 5 en voetnoot 22")
            if not parsed.numbers:
                return footnote_reply(self, parsed, letters)
            questions = self.lookup(replace(parsed, footnotes=[]), letters)
            return with_footnotes(questions, footnote_reply(self, parsed, letters, len(questions.passages) + 1))
        lang = parsed.language
        hints = list(letters or []) + parsed.letter_hints
        texts, passages, notes = [], [], []
        for number in parsed.numbers[:10]:
            result = lookup_question(self.corpus, number, hints, parsed.context_letters)
            if not result.units:
                texts.append(self._unknown_number(number, hints, lang))
                continue
            unit = result.units[0]
            if unit.unit_id not in {p.unit_id for p in passages}:
                passages.append(self.passage_from_unit(unit, parsed.text, focus_number=number))
            texts.append(self._describe_lookup(number, unit, result.units[1:], lang))
        if not passages:
            return Reply("\n".join(texts), [], True, "lookup", lang, parsed.text, notes)
        passages.sort(key=lambda p: -len(set(p.questions) & set(parsed.numbers)))
        lead = [Lead(sentence, 1) for sentence in lookup_lead(passages[0])]
        paragraph = answer_paragraph(passages[0])
        if paragraph:
            texts += ["", f"“{paragraph}” [1]"]
        return Reply("\n".join(texts), passages, False, "lookup", lang, parsed.text, notes, lead=lead)

    def who_asked(self, parsed: ParsedQuery, previous: ResolvedTurn | None) -> Reply:
        """Which fracties asked the question(s) of the previous answer: per number where the letter says so."""
        lang = parsed.language
        if previous is not None and previous.abstained and not previous.units:  # "Welke fracties vroegen daarnaar?"
            return Reply(message(lang, "who_after_refusal"), [], True, "followup", lang, parsed.text)
        if previous is None or not previous.units:
            return Reply(message(lang, "no_previous"), [], True, "followup", lang, parsed.text)
        # the answer the user saw: its best passage. A section of a narrative letter was asked by no fractie (a later
        # passage that answers Kamer questions may be about something else: "Wie hadden daarnaar gevraagd?" named
        # an investment-fund question after an answer on services from the Actieplan)
        unit = self.corpus.unit(previous.units[0])
        if not unit.questions:
            return Reply(message(lang, "who_none", title=self.corpus.letter(unit.doc_id).meta.title),
                         [], False, "followup", lang, parsed.text)
        passage = self.passage_from_unit(unit, "")
        by_number = [n for n in previous.numbers if n in passage.questions]
        # after a lookup, the numbers looked up; after a search, the numbers of a grouped answer whose own question
        # is about what the user asked ("vraag 44" of 4, 13, …, 44 for the scenarios of the motie Dijkhoff)
        asked = ((by_number if previous.kind == "lookup" else []) or self._parts_about(passage, previous.query)
                 or by_number or passage.questions)
        fracties = list(dict.fromkeys(f for n in asked for f in passage.asked_by(n))) or passage.fracties
        numbers = ", ".join(str(n) for n in asked) or "?"
        if fracties:
            text = message(lang, "who_asked", numbers=numbers, fracties=", ".join(fracties))
        else:
            text = message(lang, "who_unknown")
        question = " ".join(p.text for p in passage.question_parts if p.number in asked) or passage.question_text
        if question:
            text += f"\n\n“{question[:600]}”"
        lead = [Lead(question[:600], 1)] if question else []
        return Reply(text, [passage], False, "followup", lang, parsed.text, lead=lead)

    # --- helpers -------------------------------------------------------------------------------------------
    def _parts_about(self, passage: Passage, topic: str, minimum: int = MIN_SHARED_WORDS) -> list[int]:
        """The numbers of a grouped answer whose own question shares the most words with `topic`, in the unit's
        order; [] when none shares `minimum` (after a search, one shared word is as likely the unit's common topic
        as the part's own: MIN_SHARED_WORDS)."""
        wanted = set(self.lexical.tokens(" ".join(content_words(topic))))
        overlap = {p.number: len(wanted & set(self.lexical.tokens(p.text))) for p in passage.question_parts}
        best = max(overlap.values(), default=0)
        return [number for number, shared in overlap.items() if shared == best] if best >= minimum else []

    def _unknown_number(self, number: int, hints: list[str], lang: str) -> str:
        anywhere = self.corpus.units_for_question(number)
        if anywhere and hints:
            others = ", ".join(sorted({self.corpus.letter(u.doc_id).meta.title for u in anywhere}))
            ranges = known_ranges(self.corpus)
            letters = ", ".join(self.corpus.letter(h).meta.title + (f" ({ranges[h]})" if h in ranges else "")
                                for h in dict.fromkeys(hints) if h in self._doc_ids())
            return message(lang, "unknown_in_hint", n=number, letters=letters or hints[0], others=others)
        ranges = "; ".join(f"{self.corpus.letter(d).meta.title}: {r}" for d, r in known_ranges(self.corpus).items())
        return message(lang, "unknown_number", n=number, ranges=ranges)

    def _doc_ids(self) -> set[str]:
        return {l.doc_id for l in self.corpus.letters}

    def _describe_lookup(self, number: int, unit: Unit, others: list[Unit], lang: str) -> str:
        meta = self.corpus.letter(unit.doc_id).meta
        passage_cite = self.passage_from_unit(unit, "").citation().split(", ", 1)[-1]
        text = message(lang, "lookup", n=number, title=meta.title, cite=passage_cite)
        if len(unit.questions) > 1:
            text += message(lang, "combined", numbers=", ".join(str(n) for n in unit.questions))
        part = unit.part(number)
        asked_by = part.asked_by if part is not None and part.asked_by else unit.fracties
        if asked_by:
            text += message(lang, "asked_by", fracties=", ".join(asked_by))
        if unit.status == "answer_missing":
            text += message(lang, "answer_missing", pages=as_ranges(list(meta.missing_pages)))
        elif unit.status == "question_missing":
            text += message(lang, "question_missing")
        elif unit.status == "partial":
            text += message(lang, "partial")
        if unit.numbers_inferred:
            text += message(lang, "inferred", next=number + 1)
        if others:
            titles = ", ".join(sorted({self.corpus.letter(u.doc_id).meta.title for u in others}))
            text += message(lang, "also_in", n=number, others=titles)
        return text

    def passage_from_unit(self, unit: Unit, query: str, focus_number: int | None = None) -> Passage:
        """The whole unit as a passage; for a lookup of one number in a grouped answer, `focus` holds the
        paragraph(s) that answer that number."""
        meta = self.corpus.letter(unit.doc_id).meta
        body = unit.body_text or unit.question_text
        clean = self.corpus.letter(unit.doc_id).clean.text
        spans = answer_paragraphs_for(unit, focus_number) if focus_number is not None and len(unit.questions) > 1 else []
        focus = "\n\n".join(clean[start:end] for start, end in spans)
        return Passage(
            text=unit.text, doc_id=unit.doc_id, title=meta.title, date=meta.date, questions=list(unit.questions),
            section=unit.heading, pages=list(unit.pages), score=1.0,
            highlight=best_sentences(body, query, self.lexical) if query else "",
            unit_id=unit.unit_id, kind=unit.kind, reference=meta.reference(), fracties=list(unit.fracties),
            question_text=unit.question_text, status=unit.status, start=unit.start, end=unit.end,
            question_parts=question_parts(unit), focus=focus, notes=self.notes_in(unit.doc_id, unit.start, unit.end),
        )

    def passage_from_hit(self, hit: Hit, query: str, scored: Scored | None = None, lead: str = "",
                         sibling: Scored | None = None) -> Passage:
        """One window as a cited passage; with `sibling` (the window right before or after it in the same unit),
        both windows as one passage."""
        chunk = hit.chunk
        unit = self.corpus.unit(chunk.unit_id)
        meta = self.corpus.letter(chunk.doc_id).meta
        body = chunk.text.split("\n\n", 1)[-1] if unit.kind == "qa" else chunk.text
        if lead:
            highlight = lead
        elif scored is not None and scored.best_row >= 0:
            highlight = self.rescorer.sentences.texts[scored.best_row]
        else:
            highlight = best_sentences(body, query, self.lexical)
        scores = scored.scores if scored is not None else hit.scores
        text, start, end, pages = chunk.text, chunk.start, chunk.end, list(chunk.pages)
        if sibling is not None:
            first, second = sorted((chunk, sibling.hit.chunk), key=lambda c: c.start)
            gap = self.corpus.letter(chunk.doc_id).clean.text[first.end:second.start]
            text, start, end = joined_text(first.text, second.text, gap), first.start, second.end
            pages = sorted(set(first.pages) | set(second.pages))
        if chunk.kind == "table_row":  # the row as the letter prints it, under its header-labelled form
            text += "\n\n" + " ".join(self.corpus.letter(chunk.doc_id).clean.text[chunk.start:chunk.end].split())
        return Passage(
            text=text, doc_id=chunk.doc_id, title=meta.title, date=meta.date, questions=list(chunk.questions),
            section=chunk.heading, pages=pages,
            score=round(scores.get("p", hit.score), 4), highlight=highlight, unit_id=unit.unit_id, kind=unit.kind,
            reference=meta.reference(), fracties=list(unit.fracties), question_text=unit.question_text,
            status=unit.status, start=start, end=end, chunk_id=chunk.chunk_id,
            question_parts=question_parts(unit), scores={k: round(v, 4) for k, v in scores.items()},
            table_row=table_row(unit, chunk) if chunk.kind == "table_row" else [],
            joined_chunk_id=sibling.hit.chunk.chunk_id if sibling is not None else "",
            notes=self.notes_in(chunk.doc_id, start, end),
        )

    def notes_in(self, doc_id: str, start: int, end: int) -> list[tuple[int, str]]:
        """The footnotes whose marks stand in [start, end) of the letter, as the printed page shows them."""
        return [(n.number, n.text) for n in cited_between(self.corpus.letter(doc_id).clean, start, end)]


def lead_sources(paired: list[tuple[Scored, Scored | None]], kept: list[Scored]) -> list[list[Scored]]:
    """The windows the lead sentences come from: the first passages (each its window and the one joined to it)
    until two of the kept windows are read, so a passage that holds two kept windows leaves no room for a third
    (the lead is read from the best two, however they are grouped into passages)."""
    shown = {item.hit.chunk.chunk_id for item in kept}
    sources, read = [], 0
    for item, sibling in paired:
        if read >= LEAD_PASSAGES:
            break
        sources.append([item] + ([sibling] if sibling else []))
        read += 1 + (sibling is not None and sibling.hit.chunk.chunk_id in shown)
    return sources


def question_parts(unit: Unit) -> list[QuestionPart]:
    """Per question number of a unit: who asked it and its own question text (where the corpus knows it)."""
    return list(unit.question_parts)


def table_row(unit: Unit, chunk) -> list[tuple[str, str]]:
    """(column header, cell) pairs of the table row a 'table_row' chunk stands for."""
    for table in unit.tables:
        for row in table.rows:
            if row.start <= chunk.start < row.end or chunk.start <= row.start < chunk.end:
                return list(zip(table.columns, row.cells))
    return []


def lookup_lead(passage: Passage, limit: int = LOOKUP_LEAD_SENTENCES) -> list[str]:
    """The opening sentences of the answer (of the part that answers the asked number, where known)."""
    return [" ".join(s.split()) for s in sentences(_answer_body(passage))[:limit]]


def answer_paragraph(passage: Passage, limit: int = LOOKUP_PARAGRAPH_CHARS) -> str:
    """The answer's first paragraph (of the asked number's part, where known), cut at a sentence end."""
    first = _answer_body(passage).split("\n\n", 1)[0]
    kept, used = [], 0
    for sentence in sentences(first):
        if kept and used + len(sentence) > limit:
            break
        kept.append(" ".join(sentence.split()))
        used += len(sentence)
    return " ".join(kept)


def _answer_body(passage: Passage) -> str:
    return passage.focus or passage.text[len(passage.question_text):].strip() or passage.text


def _extreme_line(extreme: ExtremeRow, language: str) -> str:
    """Where the extreme comes from: which column of which table, over how many rows."""
    total = message(language, "extreme_total") if extreme.total_left_out else ""
    if extreme.within:
        total = message(language, "extreme_within", place=extreme.within)
    return message(language, f"extreme_{extreme.extreme}", column=extreme.column, rows=str(extreme.rows),
                   caption=extreme.caption, total=total)


def _holds_asked_fact(text: str, reading: Reading, noun: str) -> float:
    """1 when a sentence holds the kind of fact asked for (for an amount: a number the question does not already
    give, not a date or a reference), 2 when it counts the very thing asked ("31 RetailDeals"), else 0."""
    if reading.asked == "any":  # a names question ("In welke dorpen …?") wants a sentence that names them
        return float(asks_names(reading.question) and states_asked_names(text, reading.question))
    if reading.asked == "date":  # the asked end of a period first ("tot en met 2021"); never only the other end
        if names_asked_end(text, reading.question):
            return 2.0
        return float(has_type(text, "date") and answers_end(text, reading.question))
    if reading.asked not in FACT_KINDS:
        return float(has_type(text, reading.asked))
    if counts_noun(text, noun, reading.question):
        return 2.0
    return float(states_new_fact(text, reading.question, reading.asked))
