"""The UI handlers on the real assistant: history for follow-ups, filters, odd input, lookups, the viewer."""
from __future__ import annotations

import pytest

from ui.app import create_app
from ui.browse import BrowseHandlers
from ui.chat import ChatHandlers
from ui.conversations import Chat
from ui.feedback import FeedbackStore


@pytest.fixture(scope="module")
def chat(bot, tmp_path_factory):
    return ChatHandlers(bot, FeedbackStore(tmp_path_factory.mktemp("fb") / "feedback.sqlite3"))


@pytest.fixture(scope="module")
def browse(bot):
    return BrowseHandlers(bot)


def test_follow_up_passes_the_conversation_state(chat):
    first = chat.respond("vraag 87", Chat.new(), [], None, None)
    assert first.history == ["vraag 87"] and 'data-questions="' in first.cards
    assert first.state.last.numbers == (87,)
    second = chat.respond("En vraag 12?", first, [], None, None)
    assert second.turn["history"] == ["vraag 87"] and second.state.last.numbers == (12,)
    assert 'data-questions="12' in second.cards or ',12,' in second.cards or ',12"' in second.cards
    assert len(second.messages) == 4 and second.title == "vraag 87"
    assert 'class="cite"' not in second.messages[1]["content"]  # old [n] links no longer point at old cards


@pytest.mark.parametrize("question", ["", "   ", "?!?", "krimp " * 20_000, "\x00🙂"])
def test_odd_input_gives_a_clear_message(chat, question):
    out = chat.respond(question, Chat.new(), [], None, None)
    assert out.messages[-1]["role"] == "assistant" and out.messages[-1]["content"].strip()
    assert len(out.messages[0]["content"]) < 1_100  # a huge question is shortened for display
    if not question.strip(" ?!"):
        assert out.history == []  # invalid turns are not history


def test_letter_filter_is_passed_to_the_api(chat):
    question = "Wat zegt de minister over het rapport Helemaal Nederland?"
    out = chat.respond(question, Chat.new(), ["k6-brief"], None, None)
    assert out.turn["passages"] and {p["doc_id"] for p in out.turn["passages"]} == {"k6-brief"}
    assert "gezocht in 1 van de 5 brieven" in out.cards
    blocked = chat.respond("krimp", Chat.new(), ["actieplan-2016"], 2020, None)
    assert blocked.turn is None and "filters" in blocked.messages[-1]["content"]


def test_feedback_needs_a_reply_and_stores_one(chat):
    assert "eerst een vraag" in chat.feedback("klopt", "", None)
    turn = chat.respond("vraag 31 uit de Atlas-beantwoording", Chat.new(), [], None, None).turn
    assert "opgeslagen" in chat.feedback("antwoord-ontbreekt", " mist iets ", turn)
    row = chat.store.rows()[-1]
    assert row.rating == "antwoord-ontbreekt" and row.comment == "mist iets" and row.reply_kind == "lookup"


def test_lookup_tab_and_viewer(browse):
    html, turn = browse.lookup(31, "atlas")
    assert 'data-doc-id="atlas" data-questions="31"' in html and "Vraag:" in html
    assert "vraagnummer" in browse.lookup(None, "")[0] and browse.lookup(-3, "")[1] is None
    view = browse.open_passage(0, turn)
    assert view[1] == "atlas" and '<mark id="kb-mark">31.' in view[0]
    assert "Kies eerst" in browse.open_passage(5, turn)[0]
    assert "onbekend" in browse.show_letter("../../etc/passwd")


def test_create_app_builds(bot, tmp_path):
    app = create_app(bot, FeedbackStore(tmp_path / "feedback.sqlite3"))
    assert app.title == "Kamerbrieven-assistent"
