"""The letters become the units a person cites: exact question numbers, answers, pages, metadata."""
from __future__ import annotations

import re

import pytest

from corpus.chunking import chunk_units
from corpus.cleaning import clean_letter
from corpus.pages import join_two_lines

pytestmark = pytest.mark.unit  # corpus only: no model, no index


def numbers_of(corpus, doc_id):
    return sorted({n for u in corpus.letter(doc_id).units for n in u.questions})


def test_so_letter_yields_questions_1_to_116_except_16(corpus):
    assert numbers_of(corpus, "so-bevolkingsdaling") == [n for n in range(1, 117) if n != 16]


def test_no_kamerstuk_number_is_taken_for_a_question(corpus):
    units = corpus.letter("so-bevolkingsdaling").units
    assert all(0 < n <= 116 for u in units for n in u.questions)
    # "(TK 31757-99; 2020)" stands in the text of other units, and is no question number there
    quoting = [u for u in units if "31757-99" in u.text]
    assert quoting and all(99 not in u.questions for u in quoting)
    unit_99 = corpus.units_for_question(99, "so-bevolkingsdaling")
    assert len(unit_99) == 1 and "position paper van de K6" in unit_99[0].question_text


def test_53_en_54_is_one_unit_covering_both(corpus):
    [unit] = corpus.units_for_question(53, "so-bevolkingsdaling")
    assert unit.questions == (53, 54)
    assert corpus.units_for_question(54, "so-bevolkingsdaling") == [unit]


def test_answer_to_46_and_47_starts_with_afstemming(corpus):
    [unit] = corpus.units_for_question(46, "so-bevolkingsdaling")
    assert set(unit.questions) == {46, 47}
    assert unit.body_text.startswith("Het ministerie van BZK zorgt voor een goede afstemming")
    assert unit.fracties == ("GroenLinks",)


def test_every_number_of_a_combined_answer_maps_to_the_same_unit(corpus):
    for unit in corpus.letter("so-bevolkingsdaling").units:
        for number in unit.questions:
            assert corpus.units_for_question(number, "so-bevolkingsdaling") == [unit]


def test_atlas_antwoord_vraag_7_en_8_covers_both(corpus):
    [unit] = corpus.units_for_question(7, "atlas")
    assert unit.questions == (7, 8)
    assert "7. De leden van de D66-fractie" in unit.question_text
    assert "8. De leden van de D66-fractie" in unit.question_text


def test_atlas_answer_to_31_starts_with_rijksinzet(corpus):
    [unit] = corpus.units_for_question(31, "atlas")
    assert unit.body_text.startswith("De rijksinzet voor de regio")
    assert unit.status == "complete" and unit.pages == (19,)


def test_atlas_answers_whose_question_is_on_a_missing_page_are_kept_and_marked(corpus):
    units = corpus.letter("atlas").units
    orphans = [u for u in units if u.status == "question_missing"]
    assert len(orphans) >= 5
    assert all(u.body_text for u in orphans)
    [q3] = corpus.units_for_question(3, "atlas")
    assert q3.status == "question_missing" and q3.numbers_inferred
    assert q3.body_text.startswith("De problematiek/uitdagingen die zijn geschetst in de Atlas")


def test_atlas_question_whose_answer_is_missing_is_kept_and_marked(corpus):
    [q25] = corpus.units_for_question(25, "atlas")
    assert q25.status == "answer_missing" and not q25.body_text
    assert q25.question_text.startswith("25. Te veel mensen")


def test_atlas_pages_are_the_odd_pages_and_missing_pages_are_known(corpus):
    meta = corpus.letter("atlas").meta
    assert meta.pages == 29
    assert meta.missing_pages == tuple(range(2, 29, 2))
    assert meta.kenmerk == "2023-0000010189" and meta.uw_kenmerk == "2022D51511"
    assert meta.date == "18 januari 2023"


def test_k6_letter_metadata_is_read_from_its_text(corpus):
    meta = corpus.letter("k6-brief").meta
    assert meta.date == "22 maart 2021" and meta.kenmerk == "2021-0000093431"


def test_no_page_furniture_survives_cleaning(corpus):
    for letter in corpus.letters:
        assert not re.search(r"Pagina \d+ van \d+", letter.clean.text)
        assert "\nKenmerk\n" not in letter.clean.text


def test_dutch_hyphens_at_line_ends_are_kept():
    assert join_two_lines("ruimtelijk-", "economische structuur") == "ruimtelijk-economische structuur"
    assert join_two_lines("in wet-", "en regelgeving") == "in wet- en regelgeving"
    assert join_two_lines("voor niet-", "EU studenten") == "voor niet-EU studenten"
    assert join_two_lines("https://example.nl/a/", "b.pdf") == "https://example.nl/a/b.pdf"


def test_footnotes_are_moved_out_of_the_running_text(corpus):
    letter = corpus.letter("evaluatie-actieplan")
    urls = [f.text for f in letter.clean.footnotes if f.number == 7]
    assert urls == ["https://kennisvoorkrimp.nl/over-kennis-voor-krimp/wetenschappelijke-reflectiegroep-bevolkingsdaling"]
    assert "Raadpleegbaar via www.tweedekamer.nl" not in letter.clean.running_text
    assert "aan te kunnen." in letter.clean.running_text  # the glued reference "kunnen1." is gone


def test_a_web_address_footnote_leaves_the_text_also_where_its_page_break_was_lost(corpus):
    # footnote 10 of the evaluation letter and the bare address the extractor repeats under it sat mid-page
    letter = corpus.letter("evaluatie-actieplan")
    assert "erfgoeddeal.nl" not in letter.clean.running_text
    assert [f.text for f in letter.clean.footnotes if f.number == 10] == ["https://www.erfgoeddeal.nl/programma/parnters"]
    assert "op Rijksniveau.\n\nOver de geboekte resultaten" in letter.clean.text
    # an address inside a sentence stays
    assert "meer informatie: https://www.rijksoverheid.nl" in corpus.letter("actieplan-2016").clean.text


def test_a_heading_right_after_a_sentence_opens_its_section(corpus):
    # the evaluation letter sets "Zorg" and "Evaluatie tweede Actieplan …" under a sentence without a blank line
    headings = [u.heading for u in corpus.units if u.doc_id == "evaluatie-actieplan"]
    assert "Evaluatie tweede Actieplan Bevolkingsdaling (2016-2020)" in headings and "Zorg" in headings
    # a footnote of one kamerstuk that lost its page break is no section ("30 Kamerstuk 33 358, nr. 28")
    assert not any("Kamerstuk" in heading or "https" in heading for heading in headings)
    evaluation = next(u for u in corpus.units if u.heading.startswith("Evaluatie tweede Actieplan"))
    assert evaluation.body_text.startswith("Ik heb januari jl. aan In.Fact.Research opdracht gegeven")
    assert "Over de geboekte resultaten zijn de regio’s en provincies minder positief" in evaluation.body_text


def test_a_name_with_digits_keeps_them_where_a_footnote_reference_loses_them(corpus):
    # "Platform31" recurs across the letters (a name); "Bevolkingsdaling12" is footnote 12's reference
    assert "door Platform31 een onderzoek" in corpus.letter("evaluatie-actieplan").clean.text
    actieplan = corpus.letter("actieplan-2016").clean.text
    assert actieplan.count("Platform31") >= 14 and "Bevolkingsdaling12" not in actieplan
    assert corpus.letter("so-bevolkingsdaling").clean.text.count("CO2") == 2


def test_every_character_of_a_paged_letter_has_a_page(corpus):
    atlas = corpus.letter("atlas").clean
    assert atlas.page_at(atlas.text.index("De rijksinzet voor de regio")) == 19
    assert atlas.page_at(0) == 1


def test_annex_tables_become_findable_units(corpus):
    tables = [u for u in corpus.letter("actieplan-2016").units if u.kind == "table"]
    assert any("Achterhoek" in u.body_text and "Winterswijk" in u.body_text for u in tables)
    assert any("Samenwerkingsafspraken Zuid-Limburg" in u.heading for u in tables)


def test_every_window_of_an_annex_table_names_the_region_it_is_about(corpus):
    """A table's own heading is a column ("Inzet van de Rijksoverheid"); each window repeats the region's heading
    above it, so that a question naming the region finds the window (lexically and in meaning)."""
    chunks = [c for c in chunk_units(corpus.units, lambda text: len(text.split())) if c.kind == "table"]
    assert chunks
    for chunk in chunks:
        region = re.match(r"\d+\. Samenwerkingsafspraken ([^(]+)", chunk.heading.split(" > ")[-2]).group(1).strip()
        assert chunk.text.startswith("Samenwerkingsafspraken " + region), chunk.chunk_id
    assert any(c.text.startswith("Samenwerkingsafspraken Friese Waddeneilanden > ") for c in chunks)
    # the region's kind is left out ("krimpregio" in 134 windows would be a common word); its regions are kept
    assert not any("(krimpregio" in c.text.split("\n")[0] for c in chunks)
    assert any(c.text.startswith("Samenwerkingsafspraken Groningen (De Marne, Eemsdelta") for c in chunks)


def test_chunks_are_token_bounded_never_cross_units_and_carry_pages(corpus):
    count = lambda text: len(text.split())  # noqa: E731  (the index uses the model's tokenizer)
    chunks = chunk_units(corpus.units, count, max_tokens=200)
    units = {u.unit_id: u for u in corpus.units}
    for chunk in chunks:
        unit = units[chunk.unit_id]
        assert unit.start <= chunk.start <= chunk.end <= unit.end
        assert chunk.token_count <= 200 + 5
        assert not re.search(r"Pagina \d+ van \d+", chunk.text)
        assert chunk.pages, chunk.chunk_id


def test_a_letter_without_structure_is_one_section():
    letter = clean_letter("plain", "Een korte brief zonder koppen.\n\nNog een alinea.")
    assert "Een korte brief" in letter.text and letter.page_starts == []


def test_no_text_of_any_letter_is_lost_between_units(corpus):
    """Every line of a cleaned letter is in a unit's text or names a unit (its heading path). Only an annex
    heading may stand alone: "Bijlage I. Kaart ..." is a map, which has no text in the copy. (The footnotes
    appended after the text are passages only when they say something: tests/test_footnotes.py.)"""
    from corpus.structure import ANNEX

    for letter in corpus.letters:
        text = letter.clean.running_text
        covered = bytearray(len(text))
        for unit in letter.units:
            covered[unit.start:unit.end] = b"\x01" * (unit.end - unit.start)
        headings = {part for unit in letter.units for part in unit.heading.split(" > ")}
        uncovered = "".join(ch if not covered[i] else "\n" for i, ch in enumerate(text))
        lost = [line.strip() for line in uncovered.split("\n")
                if line.strip() and line.strip() not in headings and not ANNEX.match(line)]
        assert not lost, (letter.doc_id, lost[:5])


def test_flattened_tables_stay_together_with_their_introduction(corpus):
    """The DU table of the 2016 action plan: rows with amounts were once taken for headings and dropped."""
    units = corpus.letter("actieplan-2016").units
    [du] = [u for u in units if "Parkstad 3.910.787 Heerlen" in u.body_text]
    assert "De verdeling per krimpregio is in onderstaande" in du.body_text
    assert "Oost-Groningen 2.242.905 Oldambt" in du.body_text and "Totaal 11.244.525" in du.body_text
    [provinces] = [u for u in units if "Fryslân 160.000" in u.body_text]
    assert "Budget in euro’s" in provinces.body_text and "Limburg 165.000" in provinces.body_text


def test_planning_cells_of_the_annex_action_tables_are_text_not_headings(corpus):
    """"2015-2016" under a row of Oost-Drenthe's action table was once a heading that cut the row from its planning
    and opened a unit named after it."""
    units = corpus.letter("actieplan-2016").units
    [row] = [u for u in units if "Het opzetten van een regionale organisatiestructuur" in u.body_text]
    assert "Gemeenten Regio Oost-Drenthe" in row.body_text and "2015-2016" in row.body_text
    assert not [u.heading for u in units if u.heading.rsplit(" > ", 1)[-1] in ("2015-2016", "2017-2018", "2016")]


def _letter_of(paragraphs: list[str]):
    """A cleaned letter made directly from paragraphs (no page furniture), for the section splitter."""
    from corpus.records import CleanLetter, Paragraph

    text, spans = "", []
    for paragraph in paragraphs:
        start = len(text) + (2 if text else 0)
        text = f"{text}\n\n{paragraph}" if text else paragraph
        spans.append(Paragraph(start, len(text), "\n" in paragraph))
    return CleanLetter(doc_id="probe", text=text, paragraphs=spans, page_starts=[], footnotes=[],
                       header_lines=[], pages_present=(), pages_total=0)


def test_short_headings_over_prose_with_amounts_stay_headings_and_table_rows_stay_text():
    from corpus.structure import split_into_units

    units = split_into_units(_letter_of([
        "Inleiding", "Dit rapport gaat over de regio en wat daar gebeurt.",
        "Financiën", "Het kabinet trekt 30.000.000 euro uit voor de regio's in de komende jaren.",
        "Budget in euro’s", "Groningen 75.000", "Fryslân 160.000", "Totaal 235.000",
        "Dit was de tabel met bedragen per provincie.",
        "Wonen", "Bouwen", "Er wordt gebouwd.",
    ]))
    by_heading = {u.heading: u.body_text for u in units}
    assert by_heading["Financiën"].startswith("Het kabinet trekt 30.000.000 euro")
    assert "Budget in euro’s\n\nGroningen 75.000" in by_heading["Financiën"]  # column header + rows: text
    assert "Totaal 235.000" in by_heading["Financiën"]
    assert by_heading["Bouwen"] == "Er wordt gebouwd." and "Wonen" in by_heading["Financiën"]


def test_the_page_module_examples_run():
    import doctest

    import corpus.pages
    assert doctest.testmod(corpus.pages).failed == 0
