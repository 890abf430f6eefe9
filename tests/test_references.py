"""The reference rule's reading (assistant/references.py): which questions ask for a kamerstuk number or a kenmerk,
which sentences give one (their passage's footnotes included), and the gap the decide stage compares with its
calibrated `reference_gap`; on the real letters, a document the letters name without a number is refused, and one
whose number stands only in a footnote is answered."""
from __future__ import annotations

import doctest

import pytest

import assistant.references
from assistant.calibration import Calibration
from assistant.reading_rules import GAP_CAP, READING_RULES
from assistant.references import asks_reference, gives_reference, reference_gap
from assistant.rescore import Reading


@pytest.mark.unit
def test_module_examples_run():
    assert doctest.testmod(assistant.references).failed == 0


@pytest.mark.unit
@pytest.mark.parametrize("question", [
    "Onder welk kamerstuknummer is de voortgangsbrief verschenen?",
    "In welk kamerstuk staat de motie over de leidraad grenseffecten?",
    "Wat is het kenmerk van de brief aan de K6?",
    "Welk kenmerk had de brief van de krimpregio's?",
    "Which parliamentary paper announced the Volkshuisvestingsfonds?",
    "What is the reference number of the minister's reply?",
    "Hoe luidt het kenmerk van de brief aan de K6?",
    "Welk nummer heeft het kamerstuk over de DU?",
    "What's the kamerstuk number of the Atlas reply?",
])
def test_questions_after_a_reference(question):
    assert asks_reference(question)


@pytest.mark.unit
@pytest.mark.parametrize("question", [
    "Welke brief stuurde de K6 in oktober 2019?",
    "Welk nummer heeft de aanbeveling over het krimpbeleid?",  # a place in a list, not a kamerstuk
    "Welke kamerleden stelden vragen over krimp?",
    "Wat staat er in de brief van 3 juli 2020?",
    "Which paper did the Dutch Rural Parliament publish?",
    # "kenmerk" as a characteristic (the code review's probes)
    "Wat zijn de kenmerken van een krimpregio?",
    "Welk kenmerk onderscheidt krimpregio's van groeigemeenten?",
    "Welk kenmerk heeft een anticipeerregio?",
    "Wat waren de kenmerken van de tweede fase van het Actieplan?",
    # a kamerstuk the question gives itself
    "Wat staat er in Kamerstuk 31757-99?",
])
def test_other_questions_ask_no_reference(question):
    assert not asks_reference(question)


@pytest.mark.unit
@pytest.mark.parametrize("sentence, gives", [
    ("In mijn brief van 3 juli 2020 (TK 31757-102; 2020) heb ik dit aangegeven.", True),
    ("Kamerstukken II, 2022/23, 30 995, nr. 101", True),
    ("Kamerstuk 35 606, nr. 2. Zie ook: Kamerstuk 31 524, nr. 485.", True),
    ("De motie Dik-Faber c.s. (31016 nr. 274) vraagt om een verkenning.", True),
    ("Op 24 oktober 2019 stuurde de heer V.D. mij namens de K6 een brief.", False),  # a date is no number
    ("Er zijn 49 aanvragen ingediend ter waarde van € 29,5 miljoen.", False),
    ("Kamerstukken I, 2014/2015, 34 000 J", True),
    ("Zie Stcrt. 2020, 23802.", True),
    ("De Staatscourant van 3 juli meldt het.", False),
])
def test_a_sentence_gives_a_reference_only_with_a_kamerstuk_or_kenmerk(sentence, gives):
    assert gives_reference(sentence) is gives


@pytest.mark.unit
def test_a_document_named_without_its_number_is_far_from_one_that_has_it():
    question = "Onder welk kamerstuk staat de brief van afgelopen zomer?"
    named = (0.74, "In mijn brief van afgelopen zomer heb ik aangegeven het beleid door te ontwikkelen.")
    cited = (0.60, "Zie mijn brief van 3 juli 2020 (TK 31757-102; 2020).")
    assert reference_gap(question, [named], GAP_CAP) == GAP_CAP
    assert reference_gap(question, [named, cited], GAP_CAP) == pytest.approx(0.14)
    assert reference_gap("Wanneer kwam de brief?", [named], GAP_CAP) == 0.0


@pytest.mark.unit
def test_the_rule_reads_follow_ups_and_footnotes():
    rule = next(rule for rule in READING_RULES if rule.name == "reference")
    assert rule.applies(Reading("Welk kamerstuknummer heeft dat?", "nl", "any", None, None, conditioned=True))
    assert rule.with_footnotes


@pytest.mark.unit
def test_the_calibration_refuses_a_reference_gap_of_zero():
    with pytest.raises(ValueError, match="reference_gap"):
        Calibration.from_json('{"rankers": {}, "deciders": {}, "answer_threshold": {"nl": 0.5}, "reference_gap": 0}')


@pytest.mark.parametrize("question", [
    "Onder welk kamerstuk is het rapport 'Helemaal Nederland' van de K6 verschenen?",
    "Welk kenmerk heeft de brief van de Friese Waddeneilanden van 26 juni 2015?",
])
def test_a_document_named_without_its_number_is_refused_with_the_reason(bot, question):
    reply = bot.ask(question)
    assert reply.abstained
    assert reply.reason == "De brieven noemen dit wel, maar geven er geen kamerstuk of kenmerk bij."


def test_a_kamerstuk_in_a_footnote_of_the_passage_is_an_answer(bot):
    reply = bot.ask("Onder welk kamerstuk is het wetsvoorstel voor bestuurlijke samenwerking van vo en mbo "
                    "ingediend?")
    assert not reply.abstained
    assert reply.trace["decision"]["features"]["reference_gap"] < bot.calibration.reference_gap
    assert any("wetsvoorstel" in passage.text for passage in reply.passages[:2])


def test_the_footnotes_of_a_passage_are_read_with_its_sentences(bot):
    rows = [row for row, text in bot.rescorer.cited.items() if "35 606, nr. 2" in text]
    assert rows and any("wetsvoorstel ingediend" in bot.rescorer.sentences.texts[row] for row in rows)


def test_a_footnote_speaks_for_its_own_paragraph_only(bot):
    """Footnote 32 of the evaluation letter cites the vo/mbo bill in another paragraph than the Erfgoed Deal's."""
    reply = bot.ask("Welk kamerstuknummer heeft de Erfgoed Deal?")
    assert reply.abstained and "kamerstuk" in reply.reason


def test_a_footnote_passage_is_read_whole(bot):
    """Footnote 16 of the action plan is a passage of its own; its kamerstuk is its last, distant sentence."""
    reply = bot.ask("Onder welk kamerstuk staat het besluit om de Demowijzer te beëindigen?")
    assert not reply.abstained


def test_a_letters_own_kenmerk_is_no_question_for_the_rule(bot):
    """The kenmerk of the brief aan de K6 is on its card (corpus/letters/metadata.json), in no sentence."""
    reply = bot.ask("Wat is het kenmerk van de brief aan de K6?")
    assert reply.reason != "De brieven noemen dit wel, maar geven er geen kamerstuk of kenmerk bij."
    assert reply.trace["decision"]["features"]["reference_gap"] == 0.0
