"""The UI's HTML builders escape every piece of letter and user text; filters and config parse as documented."""
from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.unit

from assistant import LetterInfo, LetterView, Passage, Reply
from ui.bubbles import answer_bubble, user_bubble
from ui.cards import source_cards
from ui.config import parse_users
from ui.filters import letter_filter, year_of
from ui.letterview import letter_html, letters_table

XSS = '<script>window.__xss=1</script><img src=x onerror="window.__xss=2">'


def _passage(**changes) -> Passage:
    values = dict(text=f"Antwoord {XSS}\nregel 2", doc_id="atlas", title=f"Titel {XSS}", date="18 januari 2023",
                  questions=[5, 99], section="", pages=[2, 3], score=0.9, highlight=f"Zin {XSS}",
                  unit_id="atlas:q5", kind="qa", reference="kenmerk 2023-1", fracties=["VVD", "PvdA"],
                  question_text=f"5. Vraag {XSS}", status="answer_missing", start=10, end=20)
    values.update(changes)
    return Passage(**values)


def _info(doc_id: str, date: str) -> LetterInfo:
    return LetterInfo(doc_id=doc_id, title=f"Brief {doc_id}", doc_type="Kamerbrief", date=date, reference="",
                      minister="", pages=3, missing_pages=[2], question_ranges="1-3", units=3,
                      incomplete_units=1)


def _no_raw_markup(html: str) -> None:
    assert "<script" not in html and "<img" not in html
    assert 'onerror="' not in html


def test_cards_escape_text_and_carry_data_attributes():
    html = source_cards([_passage(), _passage(doc_id="k6-brief", questions=[], section="A > B", kind="section")],
                        heading=f"Bronnen bij: {XSS}")
    _no_raw_markup(html)
    assert html.count('class="source-card"') == 2
    assert 'data-doc-id="atlas" data-questions="5,99"' in html
    assert 'data-doc-id="k6-brief" data-questions=""' in html
    assert "Vragen 5, 99" in html and "Gesteld door VVD, PvdA" in html and "§ A › B" in html and "p. 2-3" in html
    assert "&lt;script&gt;window.__xss=1&lt;/script&gt;" in html
    assert "<details" in html and "Kopieer citaat" in html and "Open in brief" in html
    assert "ontbreekt" in html  # status note


def test_citation_attribute_is_escaped_and_complete():
    passage = _passage()
    html = source_cards([passage])
    citation = re.search(r'data-citation="([^"]*)"', html).group(1)
    from html import unescape

    assert unescape(citation) == passage.citation()


def test_full_cards_show_question_and_open_text():
    html = source_cards([_passage()], full=True)
    _no_raw_markup(html)
    assert "<strong>Vraag:</strong> 5. Vraag &lt;script&gt;" in html
    assert '<details class="card-passage" open>' in html


def test_bubbles_escape_and_keep_line_breaks():
    assert user_bubble(XSS).startswith("&lt;script&gt;")
    reply = Reply(answer=f"Antwoord {XSS}\ntweede regel", passages=[_passage()], abstained=False, kind="lookup",
                  notes=[f"noot {XSS}"])
    html = answer_bubble(reply)
    _no_raw_markup(html)
    assert "<br>tweede regel" in html and "noot &lt;script&gt;" in html
    assert len(user_bubble("x" * 50_000)) < 1_100


def test_letter_view_marks_the_span_and_escapes():
    text = f"begin {XSS} midden einde"
    start = text.index("midden")
    view = LetterView(info=_info("atlas", "2023"), text=text, highlight_start=start, highlight_end=start + 6,
                      page=4)
    html = letter_html(view)
    _no_raw_markup(html)
    assert '<mark id="kb-mark">midden</mark>' in html and "pagina 4" in html and "Ontbrekende pagina" in html


def test_letters_table_rows():
    headers, rows = letters_table([_info("atlas", "18 januari 2023")])
    assert len(headers) == len(rows[0]) and rows[0][0] == "atlas" and rows[0][8] == "1-3"


def test_year_of_free_text_dates():
    assert [year_of(d) for d in ["3 juli 2020", "voorjaar 2021", "maart 2016", "", "ergens"]] == \
        [2020, 2021, 2016, None, None]


def test_letter_filter_by_selection_and_years():
    infos = [_info("a", "maart 2016"), _info("b", "voorjaar 2021"), _info("c", "18 januari 2023"),
             _info("d", "zonder datum")]
    assert letter_filter(infos, [], None, None).letters is None
    assert letter_filter(infos, ["c", "a"], None, None).letters == ["a", "c"]
    assert letter_filter(infos, [], 2021, None).letters == ["b", "c", "d"]
    assert letter_filter(infos, [], None, 2020).letters == ["a", "d"]
    assert letter_filter(infos, ["a", "c"], 2022, 2023).letters == ["c"]
    assert letter_filter(infos, ["a"], 2022, None).problem
    assert letter_filter(infos, [], 2023, 2016).problem
    assert letter_filter(infos, [], 2021, 0).letters == ["b", "c", "d"]  # an empty number field sends 0
    assert "vier cijfers" in letter_filter(infos, [], 21, None).problem


def test_parse_users():
    assert parse_users("") == [] and parse_users(None) == []
    assert parse_users("anna:ge:heim, bob:pw") == [("anna", "ge:heim"), ("bob", "pw")]
    with pytest.raises(ValueError) as error:
        parse_users("anna:pw,geheimwachtwoord")
    assert "geheimwachtwoord" not in str(error.value)
