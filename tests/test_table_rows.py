"""A table row answers within its table: a province or region the table does not list is refused with that reason,
a second row the question compares with is no missing name, and a name of another kind is left to the decider."""
from __future__ import annotations

import doctest

import pytest

import assistant.table_rows
from assistant.table_rows import TableKeys, name_key, question_names


def test_module_examples_run(corpus):
    result = doctest.testmod(assistant.table_rows, extraglobs={"corpus": corpus})
    assert result.attempted > 0 and result.failed == 0


def test_the_letters_tables_list_provinces_and_regions(corpus):
    keys = TableKeys.build(corpus.units)
    assert keys.kinds[name_key("Westelijke Mijnstreek")] == "region" and keys.kinds["noordbrabant"] == "province"
    assert "totaal" not in keys.kinds  # a total row names nothing
    du = keys.sections["actieplan-2016:s014"]
    assert {"province", "region"} <= du.kinds and name_key("Zeeuws-Vlaanderen") in du.names


@pytest.mark.unit
def test_the_opening_word_of_a_question_is_no_name():
    assert question_names("Hoeveel kreeg Zeeland?") == ["Zeeland"]
    assert question_names("In welke provincie ligt Parkstad Limburg?") == ["Parkstad Limburg", "Parkstad", "Limburg"]


def test_a_province_the_table_does_not_list_is_refused_with_that_reason(bot):
    reply = bot.ask("Hoeveel kreeg de provincie Noord-Brabant in 2015 uit de decentralisatie-uitkering krimp in het "
                    "provinciefonds?")
    assert reply.kind == "abstain" and "De tabel hierover noemt “Noord-Brabant” niet." in reply.answer
    english = bot.ask("How much did the province of Overijssel receive in 2015 from the provinciefonds?")
    assert english.kind == "abstain" and "does not list “Overijssel”" in english.answer


def test_a_listed_province_and_a_compared_row_are_answered(bot):
    drenthe = bot.ask("Welk bedrag kreeg de provincie Drenthe in 2015 uit de decentralisatie-uitkering krimp in het "
                      "provinciefonds?")
    assert drenthe.kind == "search" and "75.000" in drenthe.answer
    # the best passage is one row; the other row it compares with is in the same table
    compared = bot.ask("Krijgt Maastricht-Mergelland jaarlijks meer uit de DU bevolkingsdaling dan de Westelijke "
                       "Mijnstreek?")
    assert compared.kind == "search" and "844.762" in compared.answer + " ".join(p.text for p in compared.passages)


def test_a_year_must_be_the_rows_own(bot):
    # the DU row of Oost-Groningen is no answer for "since 2014", though the row's section mentions 2014
    assert bot.ask("Hoeveel inwoners heeft Oost-Groningen sinds 2014 verloren?").kind == "abstain"


def test_a_province_named_first_in_english_or_in_short_is_refused_too(bot):
    # the Noord-Holland row (45.000) is no answer for Noord-Brabant, however the question names it
    for question in ("Noord-Brabant kreeg in 2015 hoeveel uit de decentralisatie-uitkering krimp in het "
                     "provinciefonds?",
                     "How much did North Brabant receive in 2015 from the decentralisation grant for shrinkage in the "
                     "provinciefonds?",
                     "Hoeveel kreeg Brabant in 2015 uit de decentralisatie-uitkering krimp in het provinciefonds?"):
        assert bot.ask(question).kind == "abstain", question


def test_a_region_with_small_words_in_its_name_is_one_name(corpus):
    keys = TableKeys.build(corpus.units)
    assert keys.missing_row("Welke gemeente ontvangt de decentralisatie-uitkering voor de Kop van Noord-Holland?",
                            "actieplan-2016:s014#t1r4") == "Kop van Noord-Holland"
