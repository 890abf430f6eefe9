"""Footnote lookups: "Wat staat er in voetnoot 22 van het actieplan?", "footnote 14 of the evaluation letter".

An exact, structural answer like a question lookup: the footnote's text, its letter and page, the sentence its mark
stands in (with its paragraph as a second passage), and the footnote as the first passage (its span in the
letter's appended footnotes, corpus/footnotes.py), so
"Open in brief" shows it. Letters the words name come first; a named letter without that footnote gives no other
letter's footnote.

Example:
    >>> footnote_numbers("Wat staat er in voetnoten 14 en 31 van de evaluatiebrief?")
    [14, 31]
    >>> [(m.doc_id, m.footnote.page) for m in find_footnotes(corpus, 16, ["actieplan-2016"])]
    [('actieplan-2016', 10)]
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from assistant.messages import message
from assistant.query import footnote_numbers  # noqa: F401  (the parsing lives with question_numbers)
from assistant.records import Lead, Passage, Reply
from corpus import Corpus
from corpus.footnotes import annotated_sentence
from corpus.records import Footnote

if TYPE_CHECKING:  # the composer builds the passages; it imports this module
    from assistant.compose import Composer
    from assistant.query import ParsedQuery

@dataclass(frozen=True)
class FootnoteMatch:
    doc_id: str
    footnote: Footnote
    unit_id: str  # the footnote's own unit when it says something, else ""


def find_footnotes(corpus: Corpus, number: int, hints: list[str], context_docs: list[str] = ()) -> list[FootnoteMatch]:
    """Footnote `number` in the letters named (in their order), else in every letter, the conversation's first."""
    units = {(u.doc_id, u.start): u.unit_id for u in corpus.units if u.kind == "footnote"}
    found = [FootnoteMatch(letter.doc_id, note, units.get((letter.doc_id, note.start), ""))
             for letter in corpus.letters for note in letter.clean.footnotes if note.number == number]
    if hints:
        return sorted((m for m in found if m.doc_id in hints), key=lambda m: hints.index(m.doc_id))
    return sorted(found, key=lambda m: m.doc_id not in context_docs)


MAX_FOOTNOTES = 10  # footnotes shown for one turn


def footnote_reply(composer: Composer, parsed: ParsedQuery, letters: list[str] | None = None,
                   first: int = 1) -> Reply:
    """The reply to a turn that asks for footnotes by number: per number the footnote's text, cited (letter, page),
    the sentence its mark stands in, and the footnote as its passage (cited [first], [first + 1], …); a number no
    (named) letter has gets a plain line."""
    lang, corpus = parsed.language, composer.corpus
    hints = list(letters or []) + parsed.letter_hints
    texts, passages, lead = [], [], []
    if len(parsed.footnotes) > MAX_FOOTNOTES:
        texts += [message(lang, "footnote_first", k=MAX_FOOTNOTES, n=len(parsed.footnotes)), ""]
    for number in parsed.footnotes[:MAX_FOOTNOTES]:
        found = find_footnotes(corpus, number, hints, parsed.context_letters)
        if not found:
            named = ", ".join(f"“{corpus.letter(h).meta.title}”" for h in dict.fromkeys(hints)
                              if h in {l.doc_id for l in corpus.letters})
            texts += [message(lang, "footnote_not_in", n=number, letters=named) if named
                      else message(lang, "footnote_unknown", n=number), ""]
            continue
        best = found[0]
        passage = footnote_passage(composer, best)
        passages.append(passage)
        cite = first + len(passages) - 1
        texts += [message(lang, "footnote", n=number, title=passage.title, cite=passage.citation().split(", ", 1)[-1]),
                  f"“{best.footnote.text}” [{cite}]"]
        if sentence := annotated_sentence(corpus.letter(best.doc_id).clean, best.footnote):
            texts.append(message(lang, "footnote_at", sentence=sentence))
            if anchor := anchor_passage(composer, best, sentence):  # where the mark stands, to open in the letter
                passages.append(anchor)
                texts[-1] += f" [{first + len(passages) - 1}]"
        if len(found) > 1:
            others = ", ".join(f"“{corpus.letter(m.doc_id).meta.title}” (p. {m.footnote.page})" if m.footnote.page
                               else f"“{corpus.letter(m.doc_id).meta.title}”" for m in found[1:])
            key = "footnote_also" if len(found) == 2 else "footnote_also_many"
            texts.append(message(lang, key, n=number, others=others).strip())
        texts.append("")
        lead.append(Lead(best.footnote.text, cite))
    return Reply("\n".join(texts).strip(), passages, not passages, "lookup", lang, parsed.text, lead=lead)


def with_footnotes(reply: Reply, notes: Reply) -> Reply:
    """A question lookup's reply with the footnotes asked in the same turn after it ("vraag 5 en voetnoot 22");
    `notes` was made with first=len(reply.passages) + 1."""
    return replace(reply, answer=f"{reply.answer}\n\n{notes.answer}", passages=reply.passages + notes.passages,
                   abstained=reply.abstained and notes.abstained, lead=reply.lead + notes.lead)


def anchor_passage(composer: Composer, match: FootnoteMatch, sentence: str) -> Passage | None:
    """The paragraph whose text holds the footnote's mark, cited with its section, the sentence the mark stands in
    highlighted (None when the mark's place is unknown). A paragraph, not the whole section: a section can run to
    several pages."""
    at = match.footnote.cited_at
    holding = [u for u in composer.corpus.units
               if u.doc_id == match.doc_id and u.kind != "footnote" and u.start < at <= u.end]
    if not holding:
        return None
    unit = min(holding, key=lambda u: u.end - u.start)
    letter = composer.corpus.letter(match.doc_id).clean
    paragraph = next((p for p in letter.paragraphs if p.start < at <= p.end), None)
    passage = replace(composer.passage_from_unit(unit, ""), highlight=sentence)
    if paragraph is None:
        return passage
    start, end = max(unit.start, paragraph.start), min(unit.end, paragraph.end)
    return replace(passage, text=letter.paragraph_text(paragraph), start=start, end=end, focus="",
                   pages=list(letter.pages_between(start, end)), notes=composer.notes_in(match.doc_id, start, end))


def footnote_passage(composer: Composer, match: FootnoteMatch) -> Passage:
    """The footnote as a passage: its own unit when it has one, else its span in the appended footnotes."""
    if match.unit_id:
        passage = composer.passage_from_unit(composer.corpus.unit(match.unit_id), "")
        return replace(passage, highlight=match.footnote.text)
    meta = composer.corpus.letter(match.doc_id).meta
    note = match.footnote
    return Passage(text=note.text, doc_id=match.doc_id, title=meta.title, date=meta.date, questions=[],
                   section=f"Voetnoot {note.number}", pages=[note.page] if note.page is not None else [], score=1.0,
                   highlight=note.text, kind="footnote", reference=meta.reference(), start=note.start, end=note.end)
