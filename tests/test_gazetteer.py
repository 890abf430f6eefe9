"""The gazetteer (assistant/gazetteer.py): where the letters' places lie, and which area a question restricts its
places to."""
from __future__ import annotations

import doctest
import re
from pathlib import Path

import pytest

import assistant.gazetteer
from assistant.gazetteer import (AREAS_OF, area_names, areas_of, asked_areas, names_area_within, places_known,
                                 within_asked_area)

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
    # the Kop van Noord-Holland is no Randstad, "Zeeuws Vlaanderen" no Belgium; a name of two places lies in both
    assert "randstad" not in AREAS_OF["texel"] and "randstad" in AREAS_OF["amsterdam"]
    assert "vlaanderen" not in AREAS_OF and {"noord-limburg", "noord-holland"} <= AREAS_OF["bergen"]
    assert {"twente", "achterhoek"} <= AREAS_OF["hengelo"] and "oost-drenthe" in areas_of("coevorden-dalen")


@pytest.mark.parametrize("question, areas", [
    ("In welke Drentse gemeenten werken virtuele huisartsen?", {"drenthe"}),
    ("Welke plaats in de Achterhoek ontving de conferentie?", {"achterhoek"}),
    ("Welke gemeenten in Zuid-Limburg en de Kop van Noord-Holland doen mee?", {"zuid-limburg", "kop van noord-holland"}),
    ("Waar in Zeeuws-Vlaanderen was het kenniscafé?", {"zeeuws-vlaanderen"}),
    ("Welke Twentse gemeenten deden mee?", {"twente"}),
    ("Which villages in Friesland took part?", {"fryslân"}),
    ("Welke regio's buiten de Randstad krijgen geld?", set()),
    ("Welke gemeenten in Groningen, Fryslân en Drenthe doen mee?", {"groningen", "fryslân", "drenthe"}),
    ("Welke gemeenten in de provincie Drenthe doen mee?", {"drenthe"}),
    ("Welke dorpen in Zeeuws Vlaanderen doen mee?", {"zeeuws-vlaanderen"}),
    # an area that says something else than where the asked places lie
    ("Waar komen de virtuele huisartsen in Drenthe vandaan?", set()),
    ("Welke steden, niet in de Randstad, kregen versnellingsafspraken?", set()),
    ("Welke organisaties in Drenthe zitten in de Regiegroep?", set()),
    ("Welke Drentse organisaties zitten in de Regiegroep?", set()),
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


def test_an_area_of_two_words_inside_the_asked_one_answers():
    question = "Welke regio's in Fryslân zijn anticipeerregio?"
    assert names_area_within("Noordwest Fryslân (anticipeerregio)", question)
    assert names_area_within("de Westelijke Mijnstreek", "Welke regio's in Limburg doen mee?")
    assert not names_area_within("Noordwest Fryslân (anticipeerregio)", "Welke regio's in Zeeland doen mee?")
    assert not names_area_within("Noordwest Fryslân", "Welke dorpen in Noordwest Fryslân doen mee?")  # the asked one


def test_areas_are_written_as_a_sentence_names_them():
    assert area_names(frozenset({"zeeuws-vlaanderen"})) == "Zeeuws-Vlaanderen"
    assert area_names(frozenset({"hoeksche waard"}), "en") == "the Hoeksche Waard"


def test_the_places_among_names_are_those_the_gazetteer_knows_or_placed_and_areas_of_several_words():
    names = frozenset({"emmen", "driehoek", "dokkum", "westelijke", "mijnstreek"})
    text = "Emmen, de Gouden Driehoek en de Westelijke Mijnstreek; ook in Dokkum."
    assert places_known(names, text, placed=frozenset({"dokkum"})) == {"emmen", "dokkum", "westelijke", "mijnstreek"}
    assert places_known(frozenset({"driehoek"}), "de Gouden Driehoek", frozenset()) == frozenset()

