"""The gazetteer (assistant/gazetteer.py): where the letters' places lie, and which area a question restricts its
places to."""
from __future__ import annotations

import doctest
import re
from pathlib import Path

import pytest

import assistant.gazetteer
from assistant.gazetteer import AREAS_OF, area_names, asked_areas, within_asked_area

pytestmark = pytest.mark.unit
LETTERS = Path(__file__).resolve().parents[1] / "corpus" / "letters"


def test_module_examples_run():
    assert doctest.testmod(assistant.gazetteer).failed == 0


def test_every_municipality_of_the_actieplan_s_region_list_lies_in_its_region():
    text = (LETTERS / "actieplan-2016.txt").read_text(encoding="utf-8")
    listing = text[text.index("Bijlage II. Overzicht gemeenten"):text.index("Bijlage III. Samenwerkingsafspraken")]
    regions = {"Achterhoek": "achterhoek", "Eemsdelta": "eemsdelta", "Parkstad": "parkstad",
               "Oost-Drenthe": "oost-drenthe", "Walcheren": "walcheren", "Midden-Limburg": "midden-limburg"}
    for region, area in regions.items():
        line = re.search(rf"^{region} (.+?)(?=^\s*$)", listing, re.M | re.S).group(1)
        names = [name.strip() for name in line.replace("\n", " ").split(",") if name.strip()]
        assert len(names) >= 3
        for name in names:
            word = name.split()[0].lower()  # "Oude IJsselstreek" is found by its first word's entry or its last
            assert area in AREAS_OF.get(word, AREAS_OF.get(name.split()[-1].lower(), frozenset())), name


def test_places_lie_in_their_region_province_and_larger_area():
    assert {"oost-drenthe", "drenthe", "noord-nederland"} <= AREAS_OF["emmen"]
    assert {"parkstad", "zuid-limburg", "limburg"} <= AREAS_OF["heerlen"]
    assert "drenthe" not in AREAS_OF["amsterdam"] and "duitsland" in AREAS_OF["aken"]


@pytest.mark.parametrize("question, areas", [
    ("In welke Drentse gemeenten werken virtuele huisartsen?", {"drenthe"}),
    ("Welke plaats in de Achterhoek ontving de conferentie?", {"achterhoek"}),
    ("Welke gemeenten in Zuid-Limburg en de Kop van Noord-Holland doen mee?", {"zuid-limburg", "kop van noord-holland"}),
    ("Waar in Zeeuws-Vlaanderen was het kenniscafé?", {"zeeuws-vlaanderen"}),
    ("Welke Twentse gemeenten deden mee?", {"twente"}),
    ("Which villages in Friesland took part?", {"fryslân"}),
    ("Welke regio's buiten de Randstad krijgen geld?", set()),
    ("Welke gemeenten hebben een RetailDeal gesloten?", set()),
    ("In welke regio's in Nederland daalt de bevolking?", set()),
])
def test_the_area_a_question_restricts_its_places_to(question, areas):
    assert asked_areas(question) == areas


def test_a_place_elsewhere_or_a_larger_area_answers_no_question_restricted_to_an_area():
    question = "In welke Limburgse gemeenten liep de leerlijn?"
    found = frozenset({"heerlen", "venlo", "amsterdam", "noord-nederland", "academie"})
    assert within_asked_area(found, question, placed=frozenset()) == {"heerlen", "venlo"}
    assert within_asked_area(found, question, placed=frozenset({"academie"})) == {"heerlen", "venlo", "academie"}
    assert within_asked_area(found, "Welke gemeenten deden mee?") == found


def test_areas_are_written_as_a_sentence_names_them():
    assert area_names(frozenset({"zeeuws-vlaanderen"})) == "Zeeuws-Vlaanderen"
    assert area_names(frozenset({"hoeksche waard"}), "en") == "the Hoeksche Waard"
