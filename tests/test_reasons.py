"""The reason rule: a question that asks why is not answered by sentences on the topic that give no reason ("Zuid
Limburg heeft als eerste de definitieve status gekregen"); one whose passages give the reason is answered. The
module's own examples run with the other reading rules' in tests/test_reading_rules_unit.py."""
from __future__ import annotations

import pytest

from assistant.reasons import asks_reason, gives_reason, reason_gap


@pytest.mark.unit
@pytest.mark.parametrize("question, asks", [
    ("Waarom komt er geen nieuw actieplan?", True), ("Om welke reden beveelt de minister dit aan?", True),
    ("Wat is de reden dat de DU stopt?", True), ("Why did the students leave?", True),
    ("En waarom niet in Limburg?", True), ("What was the reason for the extension?", True),
    ("Is bekend waarom de pilot stopte?", False), ("Wat doet het Rijk aan leegstand?", False),
    ("Wanneer stopt de DU?", False),
])
def test_which_questions_ask_why(question, asks):
    assert asks_reason(question) == asks


@pytest.mark.unit
@pytest.mark.parametrize("sentence, gives", [
    ("Er komt geen nieuw actieplan, omdat de opgaven regionaal zijn.", True),
    ("Vanwege de coronacrisis zijn de gesprekken uitgesteld.", True),
    ("Het Rijk stelt geld beschikbaar om de leegstand aan te pakken.", True),
    ("Door grote kamernood vinden deze studenten geen kamer in Aken.", True),
    ("Om te voorkomen dat er een financieel gat ontstaat, is de looptijd verlengd.", True),
    ("Zuid Limburg heeft als eerste de definitieve status gekregen.", False),
    ("Er lopen momenteel twee pilots.", False),
])
def test_which_sentences_give_a_reason(sentence, gives):
    assert gives_reason(sentence) == gives


@pytest.mark.unit
def test_the_gap_is_measured_from_the_closest_sentence_to_the_closest_reason():
    question = "Waarom kreeg Zuid-Limburg als eerste de status?"
    fact = (0.74, "Zuid Limburg kreeg als eerste de definitieve status.")
    assert reason_gap(question, [fact, (0.70, "Dat komt doordat de regio al klaar was.")], cap=0.2) == 0.04
    assert reason_gap(question, [fact], cap=0.2) == 0.2
    assert reason_gap("Wat kreeg Zuid-Limburg?", [fact], cap=0.2) == 0.0


# --- the real assistant on the real letters ---------------------------------------------------------------------

def test_a_reason_the_letters_do_not_give_is_not_made_up(bot):
    reply = bot.ask("Waarom was Zuid-Limburg het eerste krimpgebied met de definitieve NOVI-status?")
    assert reply.abstained and not reply.passages
    assert reply.reason == "De brieven noemen dit wel, maar zeggen niet waarom."


def test_a_reason_the_letters_give_is_answered_with_it(bot):
    reply = bot.ask("Waarom wordt de looptijd van de decentralisatie-uitkering bevolkingsdaling met een jaar verlengd?")
    assert not reply.abstained and "financieel gat" in " ".join(lead.text for lead in reply.lead)
