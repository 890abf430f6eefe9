"""The judge on replies built from real letter units: any_of, all_of, rank-1 numbers, not_letter, facts, abstain."""
from __future__ import annotations

import json
from dataclasses import replace

import pytest

from assistant.records import Reply
from evals.cases import normalise, parse_case
from evals.judge import NormalisedLetter, evidence, judge, judge_evidence, quote_spans
from evals_helpers import abstention, passage_of, reply_of, unit_holding

pytestmark = pytest.mark.unit

ACUTE = "afdelingen acute verloskunde bestaat bijvoorbeeld de zogenaamde 45 minuten-norm"
TRANSPORT = "Daar waar onvoldoende vraag is naar openbaar vervoer kunnen provincies en gemeenten ook besluiten"
RETAIL = "Krimp- en anticipeergemeenten- en regio’s kunnen ook aansluiten bij de Retailagenda"
MULTI = parse_case({"id": "m", "kind": "multi", "query": "Hoe worden acute zorg en openbaar vervoer geborgd?",
                    "expect": {"all_of": [ACUTE, TRANSPORT], "letter": "so-bevolkingsdaling",
                               "not_letter": "actieplan-2016"}})


@pytest.fixture(scope="module")
def units(corpus):
    return {name: unit_holding(corpus, quote) for name, quote in
            {"acute": ACUTE, "transport": TRANSPORT, "retail": RETAIL}.items()} | {
        "q53": corpus.units_for_question(53, "so-bevolkingsdaling")[0], "q31": corpus.units_for_question(31, "atlas")[0]}


def test_all_of_passes_only_with_every_quote_in_the_top_k(units):
    both = judge(MULTI, reply_of([units["q31"], units["acute"], units["transport"]]), k=5)
    assert both.passed and both.rank == 2 and both.checks == {"retrieved": True, "all_of": True, "not_letter": True}
    one = judge(MULTI, reply_of([units["acute"], units["q31"]]), k=5)
    assert not one.passed and one.rank == 1 and "1 of 2 all_of quotes not in the top 5" in one.reason
    cut = judge(MULTI, reply_of([units["acute"], units["q31"], units["transport"]]), k=2)
    assert not cut.passed and not cut.checks["all_of"]


def test_a_forbidden_letter_fails_the_case_even_when_the_quotes_are_found(units):
    verdict = judge(MULTI, reply_of([units["acute"], units["transport"], units["retail"]]), k=5)
    assert not verdict.passed and verdict.reason == "cites actieplan-2016, which must not be cited"


def test_rank1_passage_must_cover_the_asked_numbers_in_the_named_letter(units):
    case = parse_case({"id": "l", "kind": "lookup", "query": "vragen 53 en 54", "expect": {
        "any_of": ["De derde voortgangsrapportage bevolkingsdaling kent een andere opzet"], "questions": [53, 54],
        "letter": "so-bevolkingsdaling"}})
    assert judge(case, reply_of([units["q53"]]), k=5).passed
    late = judge(case, reply_of([units["q31"], units["q53"]]), k=5)
    assert not late.passed and late.rank == 2 and late.reason.startswith("rank-1 passage covers atlas [31]")


def test_facts_are_looked_for_in_the_answer_text_not_in_the_passages(units):
    case = parse_case({"id": "f", "kind": "paraphrase", "query": "Welke norm geldt voor acute verloskunde?",
                       "expect": {"any_of": [ACUTE], "facts": ["45 minuten"]}})
    silent = judge(case, reply_of([units["acute"]]), k=5)
    assert silent.passed and silent.checks["facts"] is False  # the passage holds it; the answer does not say it
    said = judge(case, reply_of([units["acute"]], lead="Voor acute verloskunde geldt de 45 minuten-norm."), k=5)
    assert said.checks["facts"] is True


def test_abstention_cases_and_answerable_cases_that_abstain(units):
    nearmiss = parse_case({"id": "n", "kind": "nearmiss", "query": "Hoeveel krijgt Zeeland uit het Groeifonds?",
                           "expect": {"abstain": True, "absent_terms": ["Groeifonds"]}})
    assert judge(nearmiss, abstention(), k=5).passed
    assert judge(nearmiss, reply_of([units["retail"]]), k=5).reason == "answered, expected abstention"
    assert judge(MULTI, abstention(), k=5).reason == "abstained on an answerable question"


def test_stored_evidence_judges_like_the_reply(units):
    reply = reply_of([units["acute"], units["q31"], units["transport"]])
    stored = json.loads(json.dumps(evidence(MULTI, reply, 5)))
    assert judge_evidence(MULTI, stored, 5) == judge(MULTI, reply, 5)
    assert judge_evidence(MULTI, stored, 2).passed is False


def test_a_table_row_passage_holds_the_printed_line_its_span_covers(corpus):
    letters = {letter.doc_id: NormalisedLetter.of(letter.clean.text) for letter in corpus.letters}
    case = parse_case({"id": "t", "kind": "table", "query": "Hoeveel krijgt Parkstad?",
                       "expect": {"any_of": ["Parkstad 3.910.787 Heerlen"], "letter": "actieplan-2016"}})
    [(start, end)] = letters["actieplan-2016"].spans("Parkstad 3.910.787 Heerlen")
    assert normalise(corpus.letter("actieplan-2016").clean.text[start:end]) == normalise("Parkstad 3.910.787 Heerlen")
    row = replace(passage_of(unit_holding(corpus, "Parkstad 3.910.787 Heerlen")),
                  text="Krimpregio: Parkstad | Bedragen: 3.910.787 | Gemeente: Heerlen", start=start - 5, end=end + 5)
    reply = Reply("", [row], False, "search")
    assert not judge(case, reply, k=5).passed  # the labelled text alone does not hold the quote
    assert judge(case, reply, k=5, spans=quote_spans(case, letters)).passed  # its span does
    elsewhere = replace(row, start=end + 1, end=end + 400)
    assert not judge(case, Reply("", [elsewhere], False, "search"), k=5, spans=quote_spans(case, letters)).passed


def test_a_passage_holds_a_quote_in_the_footnotes_printed_under_it(corpus):
    """The card prints a passage's footnotes under its text (ui/cards.py): footnote 31 of the evaluatiebrief is
    shown with the paragraph on the vo-subsidieregeling that marks it."""
    from corpus.footnotes import cited_between

    case = parse_case({"id": "f", "kind": "paraphrase", "query": "Hoeveel aanvragen kwamen er binnen?",
                       "expect": {"any_of": ["Er zijn 49 aanvragen ter waarde van € 29,5 miljoen ingediend"],
                                  "letter": "evaluatie-actieplan"}})
    unit = unit_holding(corpus, "Er kan een regionale subsidie aangevraagd worden door")
    paragraph = replace(passage_of(unit), start=unit.start, end=unit.end)
    letter = corpus.letter("evaluatie-actieplan").clean
    notes = [(n.number, n.text) for n in cited_between(letter, paragraph.start, paragraph.end)]
    assert 31 in [number for number, _ in notes]
    assert not judge(case, Reply("", [paragraph], False, "search"), k=5).passed
    assert judge(case, Reply("", [replace(paragraph, notes=notes)], False, "search"), k=5).passed
