"""A question after one item of a numbered list ("punt 4", "de vijfde aanbeveling") is answered by that item, on the
evaluation letter's real list of five recommendations for a next cabinet."""
from __future__ import annotations

import doctest

import pytest

import assistant.list_items
import assistant.list_requests
from assistant.list_items import ShortList, bulleted_runs, find_item, list_count
from assistant.list_requests import LAST, asked_item, step_item
from corpus.chunking import chunk_units

RECOMMENDATIONS = "evaluatie-actieplan:s011"


@pytest.mark.unit
def test_module_examples_run():
    assert doctest.testmod(assistant.list_items).failed == 0
    assert doctest.testmod(assistant.list_requests).failed == 0


@pytest.mark.unit
@pytest.mark.parametrize("question, number", [
    ("Wat staat er onder punt 4 van de conclusies?", 4),
    ("Welke aanbeveling staat als nummer 2 in het rijtje?", 2),
    ("Wat is aanbeveling 3 voor een volgend kabinet?", 3),
    ("Wat is de vijfde en laatste aanbeveling?", 5),
    ("Wat is de laatste aanbeveling aan het volgende kabinet?", LAST),
    ("What is the third recommendation for the next cabinet?", 3),
    # no list item: the second action plan, the Tweede Kamer, a question number
    ("Wat staat er in het tweede Actieplan over krimp?", None),
    ("Wat antwoordt de minister op vraag 4?", None),
    ("Als nummer 2 van de Tweede Kamer, wat zegt zij?", None),
    # idioms, and plurals that mean "initial": no place in a list
    ("Wat is de eerste stap in de aanpak?", None),
    ("Wat waren de eerste conclusies van de evaluatie?", None),
    ("Wat is de laatste maatregel van het kabinet?", None),
    ("Wat is stap 3 van de aanpak?", 3),
])
def test_which_list_item_a_question_asks_for(question, number):
    assert asked_item(question) == number


@pytest.mark.unit
def test_the_asked_item_is_found_in_the_window_that_holds_it(corpus):
    chunks = [c for c in chunk_units(corpus.units, count_tokens=lambda text: len(text.split()))
              if c.unit_id == RECOMMENDATIONS]
    fourth = find_item(chunks, 4)
    assert fourth.text.startswith("4. Zorg voor de juiste randvoorwaarden")
    assert "5. Behoud" not in fourth.text  # an item ends where the next one starts
    assert find_item(chunks, 1).chunk_id != fourth.chunk_id  # the list runs over two windows
    assert find_item(chunks, LAST).text.startswith("5. Behoud kennisontwikkeling")
    assert find_item(chunks, 6) is None  # the list has five items
    # a list of what was asked: its introduction names "aanbevelingen", not "stappen"
    assert find_item(chunks, 2, "aanbeveling").text.startswith("2. Ontwikkel")
    assert find_item(chunks, 2, "stap") is None


@pytest.mark.unit
def test_an_item_goes_on_past_a_blank_line_the_wrapping_left():
    from corpus.records import Chunk

    text = "Maatregelen:\n1. Verhoging arbeidsparticipatie.\n2. Aanpak van de mismatch op de\n\narbeidsmarkt in de regio.\n"
    chunk = Chunk("a:s1#0", "a:s1", "a", "section", text, 0, len(text), (1,), (), "", len(text.split()))
    assert find_item([chunk], 2).text == "2. Aanpak van de mismatch op de arbeidsmarkt in de regio."


def test_a_list_item_leads_the_answer_whatever_window_ranks_first(bot):
    reply = bot.ask("Wat staat er onder punt 4 van de conclusies en aanbevelingen die de minister een volgend "
                    "kabinet meegeeft?")
    assert not reply.abstained
    assert reply.lead[0].text.startswith("4. Zorg voor de juiste randvoorwaarden")
    assert reply.passages[0].unit_id == RECOMMENDATIONS
    english = bot.ask("What is the last recommendation the minister gives a next cabinet?")
    assert english.lead[0].text.startswith("5. Behoud kennisontwikkeling")
    # the decision reads the passages as ranked: moving the item's window up does not refuse the answer
    assert not bot.ask("What is the fifth recommendation for the next cabinet?").abstained
    # a list of other things is not read for a step
    assert not bot.ask("Wat is de tweede stap in de energietransitie in krimpgebieden?").answer.startswith("“2.")


@pytest.mark.unit
def test_a_bulleted_list_is_read_for_an_asked_noun_only(corpus):
    """The evaluation letter lists the researchers' four recommendations with symbol-font bullets inside one
    paragraph, over two windows; "de vierde aanbeveling" is the fourth bullet, "punt 4" is no bullet."""
    chunks = [c for c in chunk_units(corpus.units, count_tokens=lambda text: len(text.split()))
              if c.unit_id == "evaluatie-actieplan:s009"]
    runs = bulleted_runs(chunks)
    assert [len(run) for run in runs] == [4]
    assert runs[0][1].text.startswith("Toon als Rijksoverheid") and "Werk daarnaast" in runs[0][1].text
    assert find_item(chunks, 4, "aanbeveling").text.startswith("Zet de kennisontwikkeling")
    assert find_item(chunks, LAST, "aanbeveling").text == find_item(chunks, 4, "aanbeveling").text
    assert find_item(chunks, 4) is None and find_item(chunks, 2, "conclusie") is None


@pytest.mark.unit
@pytest.mark.parametrize("turn, earlier, stepped", [
    ("En punt 3?", "Wat is de vierde aanbeveling van de onderzoekers?",
     "Wat is de derde aanbeveling van de onderzoekers?"),
    ("En de laatste?", "Wat is de vierde aanbeveling?", "Wat is de laatste aanbeveling?"),
    ("En punt 5?", "Wat staat er onder punt 2 van de conclusies?", "Wat staat er onder punt 5 van de conclusies?"),
    ("En het laatste?", "Wat staat er onder punt 2 van de conclusies?",
     "Wat staat er onder het laatste punt van de conclusies?"),
    ("And number 2?", "What is the third recommendation?", "What is the second recommendation?"),
    ("And the last?", "What is recommendation 3 of the conclusions?",
     "What is the last recommendation of the conclusions?"),
    ("And the last one?", "What is the third recommendation?", "What is the last recommendation?"),
    ("En de laatste?", "Welke aanbeveling staat als nummer 4?", "Welke aanbeveling staat als laatste?"),
    ("En wat is de derde?", "Wat is de vierde aanbeveling?", "Wat is de derde aanbeveling?"),
    ("What's the last one?", "What is the third recommendation?", "What is the last recommendation?"),
    ("En Gelderland?", "Wat is de vierde aanbeveling?", None),
    ("En punt 3?", "Wat doet het Rijk aan leegstand?", None)])
def test_a_follow_up_steps_through_the_list_the_earlier_turn_asked_about(turn, earlier, stepped):
    assert step_item(turn, earlier) == stepped


def test_a_bulleted_recommendation_leads_and_a_follow_up_steps_to_another(bot):
    first = bot.ask("Wat is de vierde aanbeveling van de onderzoekers in de evaluatie?")
    assert first.lead[0].text.startswith("Zet de kennisontwikkeling")
    third = bot.ask("En punt 3?", conversation=first.conversation)
    assert not third.abstained and third.lead[0].text.startswith("Bied een positief toekomstperspectief")
    numbered = bot.ask("Wat staat er onder punt 2 van de conclusies en aanbevelingen voor een volgend kabinet?")
    fifth = bot.ask("En punt 5?", conversation=numbered.conversation)
    assert fifth.lead[0].text.startswith("5. Behoud kennisontwikkeling")


@pytest.mark.unit
def test_bullets_on_one_line_are_items_and_the_noun_must_be_a_word_of_its_own():
    from corpus.records import Chunk

    text = "Acties\n\nDe volgende acties: • Uitvoering Fieldlabs. • Sectorplan Techniek. • Profilering regio."
    window = Chunk("a:s1#0", "a:s1", "a", "section", text, 0, len(text), (1,), (), "Acties", 12)
    assert find_item([window], 2, "actie").text == "Sectorplan Techniek."
    active = text.replace("De volgende acties:", "Een actieve rol:").replace("Acties\n", "Rol\n")
    window = Chunk("a:s1#0", "a:s1", "a", "section", active, 0, len(active), (1,), (), "Rol", 12)
    assert find_item([window], 2, "actie") is None and list_count([window], "actie") == 0


def test_an_item_past_the_end_of_the_list_is_refused_with_the_list_s_length(bot):
    first = bot.ask("Wat is de vierde aanbeveling van de onderzoekers in de evaluatie?")
    assert "\uf0b7" not in first.answer and all("\uf0b7" not in p.text for p in first.passages)  # shown as "•"
    seventh = bot.ask("En punt 7?", conversation=first.conversation)
    assert seventh.abstained and seventh.reason == "De lijst hierover telt 4 punten; punt 7 staat er niet in."
    assert ShortList(7, 4).count == 4
