"""Who asked which question: per-number fracties inside grouped questions, written by reading the letters."""
from __future__ import annotations

import pytest

from corpus.attribution import grouped_parts

pytestmark = pytest.mark.unit

V, C, D, G, S, P, CU, BBB = "VVD", "CDA", "D66", "GroenLinks", "SP", "PvdA", "ChristenUnie", "BBB"

# Every question paragraph of the SO letter: its number groups, each with the fracties that asked it (by reading).
SO_PARAGRAPHS = [
    [((46,), [G]), ((47,), [G])],
    [((20, 94, 95), [D, P])],
    [((5,), [V]), ((99,), [V])],  # "... (5) en hoe ik aankijk tegen ... (99)": still the VVD's sentence
    [((4, 13), [V, C]), ((12, 21, 22, 23, 92), [C, D, P]), ((44,), [G])],
    [((9,), [V])],
    [((10,), [C]), ((43,), [G]), ((14,), [D]), ((15,), [D]), ((19,), [D])],  # opening sentence names all three
    [((17, 18), [D])],
    [((25,), [D]), ((26, 27), [D])],  # "Daarnaast vragen deze leden ... Aanvullend vragen zij"
    [((55, 56), [S])],
    [((42,), [G])],
    [((45,), [G]), ((57,), [S])],
    [((70,), [P]), ((71, 72), [P]), ((100,), [P])],
    [((63,), [P]), ((64,), [P]), ((65,), [P]), ((66,), [P]), ((67,), [P])],
    [((34, 49, 88), [D, G, P]), ((35, 50, 89), [D, G, P]), ((36, 51), [D, G]), ((90,), [P])],
    [((110,), [CU])],
    [((82,), [P])],
    [((79,), [P])],
    [((1,), [V]), ((96,), [CU]), ((62,), [P]), ((11,), [C]), ((97,), [CU]), ((98,), [CU]), ((41,), [D])],
    [((31,), [D])],
    [((32, 33), [D]), ((74, 75), [P])],
    [((68,), [P]), ((69,), [P])],
    [((59,), [S]), ((60,), [S]), ((61,), [S])],  # VVD and PvdA are only named in the opening sentence
    [((111, 7), [CU, V]), ((87,), [P]), ((6,), [V]), ((81,), [P])],
    [((2,), [V])],
    [((3,), [V])],
    [((8,), [V])],
    [((52, 37), [G, D]), ((38,), [D])],
    [((84,), [P]), ((85,), [P]), ((86,), [P]), ((83,), [P])],
    [((80,), [P])],
    [((28,), [D])],
    [((29,), [D])],
    [((30,), [D])],
    [((73,), [P])],
    [((101,), [CU])],
    [((102,), [CU]), ((103,), [CU])],
    [((24,), [D])],
    [((76, 77), [P]), ((78,), [P]), ((108,), [CU]), ((109,), [CU])],
    [((106,), [CU])],
    [((107,), [CU])],  # "Voorts vragen de leden van deze fractie": the ChristenUnie of the paragraph before
    [((104,), [CU]), ((105,), [CU])],
    [((112,), [CU]), ((113,), [CU])],
    [((48, 116), [G, CU])],  # one group for both sentences: GroenLinks and the ChristenUnie ask
    [((91,), [P]), ((93,), [P])],
    [((53, 54), [S])],
    [((58,), [S])],
    [((39, 40), [D])],
    [((114,), [CU]), ((115,), [CU])],
]

# Every numbered question of the Atlas letter (every even page is missing from this copy). Empty: the letter does
# not say (the party section heading stood on a missing page and the question names no party).
ATLAS = {
    3: [V], 4: [V],  # "4. Deze leden ..." on the same page as the VVD's question 3
    6: [], 7: [D], 8: [D], 10: [], 11: [], 13: [], 14: [], 15: [C], 18: [],
    19: [S], 21: [S], 22: [S], 24: [S],  # q24's answer stands before the PvdA heading
    25: [P], 27: [P], 28: [P], 30: [P], 31: [P],
    32: [CU], 33: [CU], 34: [CU], 35: [CU], 36: [CU], 37: [CU], 38: [CU], 39: [CU], 40: [CU], 41: [CU],
    43: [BBB], 44: [BBB],  # "het lid van de BBB-fractie", then "Het BBB-team ..."
}


def test_every_grouped_question_of_the_so_letter_names_the_fracties_that_asked_it(corpus):
    expected = {n: parties for paragraph in SO_PARAGRAPHS for numbers, parties in paragraph for n in numbers}
    assert sorted(expected) == [n for n in range(1, 117) if n != 16]
    wrong = {}
    for number, parties in expected.items():
        [unit] = corpus.units_for_question(number, "so-bevolkingsdaling")
        if list(unit.part(number).asked_by) != parties:
            wrong[number] = (unit.part(number).asked_by, parties)
    assert not wrong


def test_question_12_was_asked_by_cda_d66_and_pvda_not_by_the_whole_paragraph(corpus):
    [unit] = corpus.units_for_question(12, "so-bevolkingsdaling")
    part = unit.part(12)
    assert part.asked_by == ("CDA", "D66", "PvdA")
    assert part.text.startswith("De leden van de CDA-fractie, de D66-fractie en de PvdA-fractie vragen bovendien")
    assert part.text.endswith("(12, 21, 22, 23, 92).") and "VVD" not in part.text
    assert unit.fracties == ("VVD", "CDA", "D66", "PvdA", "GroenLinks")  # the unit keeps the union


def test_a_question_without_its_own_fractie_keeps_the_askers_of_the_group_before(corpus):
    [unit] = corpus.units_for_question(98, "so-bevolkingsdaling")
    assert unit.part(98).text.startswith("Aanvullend vragen deze leden")
    assert unit.part(98).asked_by == ("ChristenUnie",)


def test_the_first_group_keeps_the_opening_sentence_that_its_question_refers_to(corpus):
    [unit] = corpus.units_for_question(1, "so-bevolkingsdaling")
    assert unit.part(1).text.startswith("De leden van de fracties van de VVD, ChristenUnie en de PvdA hebben gelezen")
    assert unit.part(1).text.endswith("overzicht kan maken van de betreffende wet- en regelgeving (1).")


def test_every_atlas_question_names_the_fracties_that_asked_it(corpus):
    found = {n: list(u.part(n).asked_by) for u in corpus.letter("atlas").units for n in u.questions}
    assert found == ATLAS


def test_atlas_questions_in_one_answer_keep_their_own_text(corpus):
    [unit] = corpus.units_for_question(7, "atlas")
    assert unit.part(7).text.startswith("7. De leden van de D66-fractie zijn verder van mening")
    assert unit.part(8).text.startswith("8. De leden van de D66-fractie vragen verder") and "7." not in unit.part(8).text


def test_unit_fracties_are_the_union_of_its_parts(corpus):
    for doc_id in ("so-bevolkingsdaling", "atlas"):
        for unit in corpus.letter(doc_id).units:
            if unit.question_parts:
                union = {name for part in unit.question_parts for name in part.asked_by}
                assert set(unit.fracties) == union, unit.unit_id
                assert [p.number for p in unit.question_parts] == list(unit.questions)


def test_grouped_parts_split_a_paragraph_at_its_number_groups():
    parts, carried = grouped_parts(
        "De leden van de VVD-fractie vragen iets (1). Tevens vragen zij iets anders (2). "
        "De leden van de SP-fractie vragen nog iets (3).", ())
    assert [(p.number, p.asked_by) for p in parts] == [(1, ("VVD",)), (2, ("VVD",)), (3, ("SP",))]
    assert parts[1].text == "Tevens vragen zij iets anders (2)." and carried == ("SP",)


def _focused_openings(corpus, number: int) -> list[str]:
    from corpus.focus import answer_paragraphs_for

    [unit] = corpus.units_for_question(number, "so-bevolkingsdaling")
    text = corpus.letter("so-bevolkingsdaling").clean.text
    return [text[start:end][:30] for start, end in answer_paragraphs_for(unit, number)]


def test_focus_picks_the_paragraph_of_a_grouped_answer_that_answers_each_number(corpus):
    assert _focused_openings(corpus, 4) == ["In de brief van 28 januari jl."]  # the regional rounds
    assert _focused_openings(corpus, 12) == ["Omdat op 1 januari 2021 het ac"]  # no new classification
    assert _focused_openings(corpus, 44)[0] == "In het kader van de motie Dijk"
    assert _focused_openings(corpus, 1) == ["Wet- en regelgeving kan versch"]  # no overview possible
    assert _focused_openings(corpus, 11) == ["Op 9 juni jl. is de motie Van "]
    assert _focused_openings(corpus, 104) == ["De coronacrisis heeft de ontwi"]
    assert _focused_openings(corpus, 105) == ["De ruimte voor samenwerking is"]


def test_focus_spans_lie_inside_the_answer(corpus):
    from corpus.focus import answer_paragraphs_for

    for unit in corpus.letter("so-bevolkingsdaling").units:
        for number in unit.questions:
            for start, end in answer_paragraphs_for(unit, number):
                assert unit.body_start <= start < end <= unit.end
