"""Answer first: reply bubbles and cards built from Reply / Passage records (no model, no index).

The records are constructed directly, as the reading stage will fill them (lead sentences, focus paragraphs,
per-question askers, table rows), so the rendering is tested before and after that stage lands.
"""
from __future__ import annotations

import re

import gradio as gr
import pytest

from assistant import Conversation, Lead, Passage, Reply, ResolvedTurn
from assistant.records import QuestionPart
from ui.bubbles import MAX_FOCUS_CHARS, answer_bubble
from ui.cards import askers_label, numbers_label, source_cards
from ui.conversations import MAX_KEPT, Chat, ConversationArchive, remember
from ui.layout import chat_tab

pytestmark = pytest.mark.unit

XSS = "<script>window.__xss=1</script>"


def _passage(**changes) -> Passage:
    values = dict(text="12. Hoe staat het met de huizenmarkt?\n\nDe huizenmarkt in krimpregio's staat onder druk.",
                  doc_id="so-bevolkingsdaling", title="Schriftelijk overleg", date="2019", questions=[92, 12, 22, 21,
                  23], section="", pages=[4], score=0.9, highlight="De huizenmarkt staat onder druk.",
                  unit_id="so:q12", kind="qa", fracties=["VVD", "CDA"],
                  question_text="12. Hoe staat het met de huizenmarkt?")
    values.update(changes)
    return Passage(**values)


def _conversation(*numbers: int) -> Conversation:
    return Conversation((ResolvedTurn(query="vraag", understood="vraag", numbers=numbers, kind="lookup"),))


def _texts(html: str) -> list[str]:
    return re.findall(r'<p class="([\w-]+)"', html)


def test_the_lead_sentence_comes_first_with_links_to_its_cards():
    passages = [_passage(), _passage(doc_id="atlas", unit_id="atlas:q1", questions=[1]), _passage(questions=[7])]
    reply = Reply("“De huizenmarkt staat onder druk.” [1]\n\nBronnen:\n[1] oud antwoord", passages, False, "search",
                  lead=[Lead(f"De huizenmarkt staat onder druk {XSS}.", 1), Lead("Tweede zin.", 3)])
    html = answer_bubble(reply)
    assert html.startswith('<p class="reply-lead">De huizenmarkt staat onder druk &lt;script&gt;')
    assert '<a class="cite" href="#bron-1" data-source="1">[1]</a>' in html.split("</p>")[0]
    assert "Tweede zin. <a class=\"cite\" href=\"#bron-3\"" in html
    further = html.split('<ul class="reply-further">')[1]
    assert further.count("<li>") == 1 and 'href="#bron-2"' in further  # one line per further source
    assert "oud antwoord" not in html and "<script" not in html


def test_prose_before_the_lead_is_kept_first_quotes_are_not_repeated():
    who = Reply("Die vraag (31) werd gesteld door de PvdA.\n\n“31. Wat is nodig?”", [_passage()], False,
                "followup", lead=[Lead("31. Wat is nodig?", 1)])
    html = answer_bubble(who)
    assert html.startswith('<p class="reply-text">Die vraag (31) werd gesteld door de PvdA.</p><p class="reply-lead">')
    quoted = Reply("“Een zin.” [1]\n\nBronnen:\n[1] …", [_passage()], False, "search", lead=[Lead("Een zin.", 1)])
    assert answer_bubble(quoted).startswith('<p class="reply-lead">Een zin.')


def test_a_lookup_shows_the_question_and_the_paragraph_that_answers_that_number():
    parts = [QuestionPart(22, ("PvdA",), "22. En de scholen?"), QuestionPart(12, ("VVD",), "12. De huizenmarkt?")]
    passage = _passage(question_parts=parts, focus="Over de scholen: die blijven open.")
    reply = Reply("Vraag 22 wordt beantwoord in …", [passage], False, "lookup", conversation=_conversation(22))
    html = answer_bubble(reply)
    assert html.startswith('<p class="reply-question"><strong>Vraag 22:</strong> 22. En de scholen?</p>')
    assert '<blockquote class="reply-focus">Over de scholen: die blijven open. <a class="cite"' in html
    assert _texts(html)[-1] == "reply-context"  # where it stands comes after the answer


def test_a_lookup_without_focus_shows_the_unit_text_without_repeating_the_question():
    reply = Reply("Vraag 12 wordt beantwoord in …", [_passage()], False, "lookup", conversation=_conversation(12))
    focus = answer_bubble(reply).split('<blockquote class="reply-focus">')[1]
    assert focus.startswith("De huizenmarkt in krimpregio") and "Hoe staat het" not in focus
    long = Reply("…", [_passage(text="Zin. " * 1000)], False, "lookup", conversation=_conversation(12))
    shown = answer_bubble(long).split('<blockquote class="reply-focus">')[1].split(" <a")[0]
    assert len(shown) <= MAX_FOCUS_CHARS + 2 and shown.endswith("…")


def test_an_abstention_says_why_in_one_line_without_sources():
    reply = Reply("Dit staat niet in de brieven die ik ken.", [], True, "abstain",
                  reason="De brieven noemen het Nationaal Groeifonds niet.")
    html = answer_bubble(reply)
    assert html == '<p class="reply-reason">De brieven noemen het Nationaal Groeifonds niet.</p>'


def test_without_a_lead_the_composed_markers_become_links_and_stay_in_range():
    reply = Reply("Dit is wat de brieven zeggen:\n[1] A: “x [9]”\n[2] B", [_passage(), _passage()], False, "search")
    html = answer_bubble(reply)
    assert html.count('class="cite"') == 2 and "[9]" in html and "reply-further" not in html


def test_cards_sort_numbers_as_ranges_with_askers_per_number():
    assert numbers_label([92, 12, 22, 21, 23]) == "Vragen 12, 21-23, 92"
    assert numbers_label([31]) == "Vraag 31"
    parts = [QuestionPart(12, ("VVD",)), QuestionPart(21, ("PvdA", "SP")), QuestionPart(22, ("PvdA", "SP"))]
    passage = _passage(questions=[22, 12, 21], question_parts=parts)
    assert askers_label(passage) == "vraag 12: VVD · vragen 21-22: PvdA, SP"
    assert askers_label(_passage()) == "gesteld door VVD, CDA"
    html = source_cards([passage], anchors=True)
    assert 'id="bron-1"' in html and 'data-questions="12,21,22"' in html and "Vragen 12, 21-22" in html


def test_a_long_section_path_shows_its_last_two_levels():
    html = source_cards([_passage(questions=[], section="Bijlage III > 6. Midden-Limburg > Aanpak leegstand")])
    assert "§ … › 6. Midden-Limburg › Aanpak leegstand" in html and "Bijlage III" not in html.split("card-meta")[1]


def test_a_table_row_is_shown_as_a_small_table_escaped():
    row = [("Krimpregio", "Parkstad"), ("Bedragen", f"3.910.787 {XSS}")]
    html = source_cards([_passage(table_row=row)])
    assert '<table class="card-table"><tr><th scope="row">Krimpregio</th><td>Parkstad</td></tr>' in html
    assert "&lt;script&gt;" in html and "<script" not in html and "card-highlight" not in html


def test_the_chat_tab_has_no_second_open_control():
    with gr.Blocks() as blocks:
        chat_tab([("Atlas", "atlas")])
    labels = [c.get("props", {}).get("label") for c in blocks.config["components"]]
    assert "Bron openen" not in labels and "Eerdere gesprekken" in labels


def test_conversations_are_kept_newest_first_and_per_user():
    reply = Reply("a", [], False, "search", conversation=_conversation(5))
    first = Chat.new().asked("q", "a", "", None, reply, question="vraag 5")
    assert first.state.last.numbers == (5,) and first.title == "vraag 5"
    invalid = first.asked("?", "b", "", None, Reply("b", [], True, "invalid", conversation=Conversation()))
    assert invalid.state == first.state  # an invalid turn does not advance the conversation
    second = Chat.new().asked("q", "a", "", None, reply, question="tweede")
    kept = remember(remember([], first), second)
    assert [c.title for c in kept] == ["tweede", "vraag 5"]
    assert [c.title for c in remember(kept, invalid)][0] == "vraag 5" and len(remember(kept, invalid)) == 2
    assert remember(kept, Chat.new()) == kept  # an empty chat is not kept
    many = kept
    for _ in range(MAX_KEPT + 5):
        many = remember(many, Chat.new().asked("q", "a", "", None, reply, question="x"))
    assert len(many) == MAX_KEPT
    archive = ConversationArchive()
    archive.save("anna", first)
    assert archive.chats("anna") == [first] and archive.chats("bob") == [] and archive.chats("") == []
