"""An annex table's action quoted as the answer keeps its row's parties and planning (assistant/row_cells.py)."""
from __future__ import annotations

import doctest

import pytest

import assistant.row_cells
from assistant.row_cells import with_row_cells


@pytest.mark.unit
def test_module_examples_run():
    assert doctest.testmod(assistant.row_cells).failed == 0


@pytest.mark.unit
def test_only_short_bullets_after_an_action_are_its_parties():
    action = "• Uitvoering Kwalitatief Woningbouwprogramma (KWK)"
    # the Rijk's actions after the planning are not read
    clean = f"{action}\n\n• Marktpartijen • Corporaties\n\n2016-2020 • Als medeondertekenaar KWK faciliteren."
    assert with_row_cells(action, clean, len(action)) == f"{action} • Marktpartijen • Corporaties 2016-2020"
    # a sentence after the action is no cell of parties, and a sentence is never extended
    prose = f"{action}\n\nDe regio wil de middelen besteden aan de woningbouw in de kernen van de gemeente."
    assert with_row_cells(action, prose, len(action)) == action
    assert with_row_cells("Het KWK wordt betrokken.", "Het KWK wordt betrokken.\n\n• Marktpartijen", 24) == \
        "Het KWK wordt betrokken."
    # the action's own cell going on (no block break right after it): no row to read
    assert with_row_cells(action, f"{action} en verder\n\n• Marktpartijen", len(action)) == action


def test_who_takes_part_in_an_annex_action_is_in_the_answer(bot):
    reply = bot.ask("Wie zijn in de Kop van Noord-Holland betrokken bij het Kwalitatief Woningbouwprogramma?")
    assert not reply.abstained
    lead = " ".join(l.text for l in reply.lead)
    assert "• Marktpartijen • Corporaties 2016-2020" in lead and "Den Helder, Hollands Kroon" in lead


@pytest.mark.unit
def test_a_sentence_a_heading_or_the_next_action_ends_the_row():
    """The code review's finds: text of other cells was quoted as parties."""
    action = "• Inrichten digitaal platform."
    heading = f"{action}\n\n• HW Wonen\n• SOHW\n\n2015-2018 Versterken samenwerking sport t.b.v leefbaarheid"
    assert with_row_cells(action, heading, len(action)) == f"{action} • HW Wonen • SOHW 2015-2018"
    sentence = f"{action}\n\n• Gemeente Coevorden • Met betrokkenheid Rijk (VWS). In een dergelijke bijeenkomst kan"
    assert with_row_cells(action, sentence, len(action)) == action
    theme = f"{action}\n\n• Gemeenten\n\nThema ‘ruimte & mobiliteit’ Ambities van de regio"
    assert with_row_cells(action, theme, len(action)) == f"{action} • Gemeenten"
    # a name left unfinished goes on in the next block
    runs_on = f"{action}\n\n• Stichting Dorps- en\n\nGemeenschapshuizen • Dorpsraden.\n\n2017 • Kan onderdeel zijn."
    assert with_row_cells(action, runs_on, len(action)) == \
        f"{action} • Stichting Dorps- en Gemeenschapshuizen • Dorpsraden. 2017"
