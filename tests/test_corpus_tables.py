"""Tables read back as rows with their column headers, written by reading the tables of the 2016 action plan."""
from __future__ import annotations

import pytest

from corpus.amounts import parse_number
from corpus.chunking import chunk_units

pytestmark = pytest.mark.unit


def _tables(corpus):
    return [t for u in corpus.letter("actieplan-2016").units for t in u.tables]


def _table(corpus, caption_part: str):
    [table] = [t for t in _tables(corpus) if caption_part in t.caption]
    return table


def _row(table, first_cell: str):
    [row] = [r for r in table.rows if first_cell in r.cells]
    return row


def test_the_du_table_has_its_headers_every_region_and_the_total(corpus):
    table = _table(corpus, "gemeentefonds")
    assert table.caption == ("tabel overzicht decentralisatie-uitkering bevolkingsdaling in het gemeentefonds "
                             "(2016 t/m 2020)")
    assert table.columns == ("Krimpregio", "Bedragen (jaarlijks, in euro’s)", "Ontvangende gemeente")
    assert table.page == 12 and len(table.rows) == 10
    assert table.row_text(_row(table, "Parkstad")) == (
        "Krimpregio: Parkstad | Bedragen (jaarlijks, in euro’s): 3.910.787 | Ontvangende gemeente: Heerlen")
    assert table.cell(_row(table, "Westelijke Mijnstreek"), "Ontvangende") == "Sittard-Geleen"
    total = _row(table, "Totaal")
    assert total.is_total and total.cells[1] == "11.244.525"
    regions = [parse_number(r.cells[1]) for r in table.rows if not r.is_total]
    # the rows add up to 100 euro more than the printed total: a slip in the letter itself, kept as printed
    assert sum(regions) - parse_number(total.cells[1]) == 100


def test_the_provinciefonds_table_reads_its_header_from_the_prose_it_interrupts(corpus):
    table = _table(corpus, "provinciefonds 2015")
    assert table.columns == ("Provincie (met krimp- en/of anticipeerregio’s)", "Budget in euro’s")
    assert [r.cells for r in table.rows][:2] == [("Groningen", "75.000"), ("Fryslân", "160.000")]
    assert sum(parse_number(r.cells[1]) for r in table.rows if not r.is_total) == 815_000
    assert table.rows[-1].is_total and table.page == 11


def test_the_regions_table_divides_names_over_its_four_columns(corpus):
    table = _table(corpus, "actueel overzicht krimp- en anticipeerregio")
    assert table.columns == ("Krimpregio’s", "provincie", "Anticipeerregio’s", "Provincie")
    assert _row(table, "Noordoost Fryslân").cells == ("Noordoost Fryslân", "Fryslân", "Midden-Limburg", "Limburg")
    assert _row(table, "Parkstad").cells == ("Parkstad", "Limburg", "Noordwest Fryslân", "Fryslân")
    assert _row(table, "Kop van Noord-Holland").cells[2:] == ("Kop van Noord-Holland", "Noord-Holland")
    assert table.rows[-1].cells == ("", "", "Zuidoost Fryslân", "")  # the anticipation column runs on alone
    assert len(table.rows) == 11 and table.page == 4


def test_the_municipalities_annex_lists_the_gemeenten_per_region(corpus):
    krimp, anticipeer = [t for t in _tables(corpus) if t.caption.startswith("Bijlage II")]
    assert krimp.columns == ("Krimpregio’s", "Gemeenten") and anticipeer.columns == ("Anticipeerregio’s", "Gemeenten")
    assert len(krimp.rows) == 9 and len(anticipeer.rows) == 11
    assert krimp.cell(_row(krimp, "Achterhoek"), "Gemeenten").endswith("Oude IJsselstreek, Winterswijk")
    assert _row(krimp, "De Marne").cells == ("De Marne", "De Marne")
    assert _row(anticipeer, "Oost-Drenthe").cells == ("Oost-Drenthe", "Aa en Hunze, Borger-Odoorn, Coevorden, Emmen")
    assert krimp.section.endswith("Bijlage II. Overzicht gemeenten in krimp- en anticipeerregio’s")


def test_rows_point_at_their_text_and_page(corpus):
    clean = corpus.letter("actieplan-2016").clean
    for table in _tables(corpus):
        for row in table.rows:
            line = clean.text[row.start:row.end]
            assert all(cell.replace(" ", "") in line.replace(" ", "") for cell in row.cells)
            assert row.page == clean.page_at(row.start)


def test_every_table_row_is_a_retrievable_chunk_that_cites_the_table_page(corpus):
    count = lambda text: len(text.split())  # noqa: E731
    chunks = chunk_units(corpus.letter("actieplan-2016").units, count)
    rows = [c for c in chunks if c.kind == "table_row"]
    assert len(rows) == sum(len(t.rows) for t in _tables(corpus))
    [parkstad] = [c for c in rows if "Krimpregio: Parkstad |" in c.text]
    assert parkstad.text.startswith("tabel overzicht decentralisatie-uitkering bevolkingsdaling in het gemeentefonds")
    assert parkstad.pages == (12,)
    # the table's text stays in the text chunks too
    assert any("Parkstad 3.910.787 Heerlen" in c.text for c in chunks if c.kind != "table_row")


def test_letters_without_tables_have_none(corpus):
    for doc_id in ("atlas", "so-bevolkingsdaling", "k6-brief"):
        assert not [t for u in corpus.letter(doc_id).units for t in u.tables]


def test_the_letter_viewer_shows_a_table_as_an_html_table(corpus):
    from assistant.letters import view_letter
    from ui.letterview import letter_html

    tables = _tables(corpus)
    view = view_letter(corpus, "actieplan-2016")
    html = letter_html(view, tables)
    assert html.count('<table class="letter-table"') == len(tables)
    assert "<tr><td>Parkstad</td><td>3.910.787</td><td>Heerlen</td></tr>" in html
    assert '<tr class="total"><td>Totaal</td><td>11.244.525</td>' in html
    assert "<th>Bedragen (jaarlijks, in euro’s)</th>" in html
    assert "Parkstad 3.910.787 Heerlen" not in html  # the flattened line is replaced by the table row
    assert "De verdeling per krimpregio is in onderstaande tabel weer gegeven." in html  # the prose stays


def test_a_highlighted_table_stays_text_and_table_cells_are_escaped(corpus):
    from dataclasses import replace

    from assistant.letters import view_letter
    from ui.letterview import letter_html

    table = _table(corpus, "gemeentefonds")
    view = view_letter(corpus, "actieplan-2016", table.rows[5].start, table.rows[5].end)
    html = letter_html(view, [table])
    assert '<mark id="kb-mark">Parkstad 3.910.787 Heerlen</mark>' in html and "<table" not in html
    hostile = replace(table, caption="<script>x</script>", rows=(replace(table.rows[0], cells=("<b>", "1", "2")),))
    html = letter_html(view_letter(corpus, "actieplan-2016"), [hostile])
    assert "<script>" not in html and "&lt;script&gt;" in html and "<td>&lt;b&gt;</td>" in html
