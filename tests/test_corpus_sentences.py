"""Sentences that are sentences, and chunks that cite only the pages of their own text."""
from __future__ import annotations

import re

import pytest

from corpus.chunking import chunk_units
from corpus.sentences import ABBREVIATIONS, INITIALS, MAY_END_SENTENCE, SENTENCE_OPENERS, sentences, split_sentences

pytestmark = pytest.mark.unit

ABBREVIATION_IN_TEXT = re.compile(r"(?<![\w.])(?:[a-zA-Z]{1,5}\.)+")


def _pairs(corpus):
    for letter in corpus.letters:
        text = letter.clean.text
        spans = split_sentences(text)
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            yield letter.doc_id, text, (s1, e1), (s2, e2)


def test_no_sentence_of_any_letter_ends_in_an_abbreviation_or_initial(corpus):
    wrong = []
    for doc_id, text, (s1, e1), (s2, e2) in _pairs(corpus):
        if "\n\n" in text[e1:s2]:
            continue  # a paragraph ends here: a list item may end in "e.v."
        last = text[s1:e1].split()[-1].lstrip("(‘“'\"[")
        opener = text[s2:e2].split()[0].strip("‘“'\"(")
        if last.lower() in MAY_END_SENTENCE and opener.lower() in SENTENCE_OPENERS:
            continue  # "... de motie Asscher c.s. Ik geef hier ..."
        if (last.lower() in ABBREVIATIONS or INITIALS.match(last)) and not opener.startswith("•"):
            wrong.append((doc_id, text[max(s1, e1 - 40):e1], text[s2:s2 + 30]))
    assert not wrong


def test_no_sentence_starts_in_lower_case_after_an_abbreviation_or_inside_a_paragraph(corpus):
    """A paragraph break always cuts (the cleaner decides those); inside a paragraph no sentence starts in lower
    case, and after an abbreviation none does anywhere."""
    wrong = []
    for doc_id, text, (s1, e1), (s2, e2) in _pairs(corpus):
        last = text[s1:e1].split()[-1].lstrip("(‘“'\"[").lower()
        after_abbreviation = last in ABBREVIATIONS or last in MAY_END_SENTENCE or INITIALS.match(last.upper())
        inside_paragraph = "\n\n" not in text[e1:s2]
        if text[s2:e2][:1].islower() and (after_abbreviation or inside_paragraph):
            wrong.append((doc_id, text[max(s1, e1 - 40):e1], text[s2:s2 + 30]))
    assert not wrong


def test_no_cut_falls_inside_an_abbreviation(corpus):
    for letter in corpus.letters:
        text = letter.clean.text
        ends = {e for _, e in split_sentences(text)}
        for match in ABBREVIATION_IN_TEXT.finditer(text):
            if match.group().lower() in ABBREVIATIONS:
                assert not any(match.start() < end < match.end() for end in range(match.start() + 1, match.end())
                               if end in ends), (letter.doc_id, match.group())


def test_the_abbreviations_of_the_letters_do_not_end_sentences():
    text = ("Op 10 oktober jl. heb ik o.a. dhr. K.H. de Vries gesproken over nr. 12, ca. 3 mln. euro t/m 2020, "
            "d.w.z. m.b.t. de regeling e.d. en i.v.m. mr. drs. Jansen, bijv. hier. Hij stemde in.")
    assert sentences(text) == [text[:text.index(" Hij")], "Hij stemde in."]


def test_a_sentence_may_end_in_c_s_or_etc_before_a_new_sentence():
    assert sentences("Ik ga in op de motie Asscher c.s. Ik geef hier aan.") == [
        "Ik ga in op de motie Asscher c.s.", "Ik geef hier aan."]
    assert len(sentences("havengebied en watermanagement etc. In de laatste brief staat het.")) == 2


def test_wrapped_lines_stay_one_sentence_and_paragraph_breaks_always_cut():
    assert sentences("Een regel die doorloopt\nen hier verder gaat. Klaar") == [
        "Een regel die doorloopt\nen hier verder gaat.", "Klaar"]
    assert sentences("Kop zonder punt\n\nTekst.") == ["Kop zonder punt", "Tekst."]


def test_bullets_enumerations_and_footnote_marks():
    assert sentences("Partners:\n• Gemeenten (o.a. Wmo) • Provincie\n- Rijk") == [
        "Partners:", "• Gemeenten (o.a. Wmo)", "• Provincie", "- Rijk"]
    assert sentences("1. Een onderzoek door het EIB. 2. Een leerlijn.") == [
        "1. Een onderzoek door het EIB.", "2. Een leerlijn."]
    assert sentences("Dat is het.1 Het volgende punt.") == ["Dat is het.1", "Het volgende punt."]


def test_spans_point_into_the_text():
    text = "  Eén zin. En nog één?  "
    assert [text[s:e] for s, e in split_sentences(text)] == ["Eén zin.", "En nog één?"]


def test_chunks_cite_the_pages_of_their_own_characters(corpus):
    count = lambda text: len(text.split())  # noqa: E731
    units = {u.unit_id: u for u in corpus.units}
    chunks = chunk_units(corpus.units, count, max_tokens=120)
    for chunk in chunks:
        clean = corpus.letter(chunk.doc_id).clean
        assert chunk.pages == clean.pages_between(chunk.start, chunk.end), chunk.chunk_id
    # a long unit over several pages: its chunks cite one or two pages each, not the unit's whole range
    long_unit = max(corpus.letter("actieplan-2016").units, key=lambda u: (len(u.pages) >= 3, len(u.body_text)))
    own = [c for c in chunks if c.unit_id == long_unit.unit_id]
    assert len(long_unit.pages) >= 3 and len(own) >= 3
    assert own[0].pages[0] == long_unit.pages[0] and own[-1].pages[-1] == long_unit.pages[-1]
    assert all(len(c.pages) < len(long_unit.pages) for c in own)
    assert all(set(c.pages) <= set(units[c.unit_id].pages) for c in chunks)


def test_chunks_end_at_sentence_ends(corpus):
    count = lambda text: len(text.split())  # noqa: E731
    chunks = chunk_units(corpus.letter("so-bevolkingsdaling").units, count, max_tokens=250)
    text = corpus.letter("so-bevolkingsdaling").clean.text
    ends = {e for _, e in split_sentences(text)}
    cut_mid_sentence = [c.chunk_id for c in chunks if c.end not in ends]
    assert not cut_mid_sentence
