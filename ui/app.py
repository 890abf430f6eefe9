"""The Gradio app: `create_app(bot)` lays out the tabs and wires them to the assistant API.

The assistant is loaded once by the caller and shared by all sessions (it is thread-safe); per-user
state (the conversation, the latest reply) lives in gr.State.

Example:
    >>> from assistant import Assistant
    >>> app = create_app(Assistant.load())
    >>> app.queue(default_concurrency_limit=4).launch(theme=theme(), css=CSS)   # or: python -m ui
"""
from __future__ import annotations

# Importing ui.app imports the ui package first, which switches Gradio analytics off.

from typing import Any

import gradio as gr

from assistant import Assistant
from ui.browse import BrowseHandlers
from ui.chat import ChatHandlers, Message
from ui.config import feedback_path
from ui.feedback import FeedbackStore
from ui.layout import INTRO, ChatTab, LookupTab, ViewerTab, chat_tab, letters_tab, lookup_tab, viewer_tab
from ui.letterview import letter_choices, letters_table
from ui.theme import SCROLL_JS
from ui.turns import Turn, passage_choices

TITLE = "Kamerbrieven-assistent"
LOGOUT_LINK = '<a class="logout-link" href="/logout">Uitloggen</a>'
EMPTY_SOURCES = '<p class="sources-empty">Hier verschijnen de bronnen bij het antwoord.</p>'


def create_app(bot: Assistant, store: FeedbackStore | None = None, login: bool = False) -> gr.Blocks:
    """Build the Blocks app around a loaded Assistant; feedback goes to `store` (default: settings path).
    With `login`, the page shows a logout link (the login itself is ui.server's job)."""
    store = store or FeedbackStore(feedback_path(bot.settings))
    chat = ChatHandlers(bot, store)
    browse = BrowseHandlers(bot)
    infos = bot.letters()
    choices = letter_choices(infos)
    with gr.Blocks(title=TITLE, analytics_enabled=False) as app:
        chat_log = gr.State([])
        questions = gr.State([])
        turn = gr.State(None)
        lookup_turn = gr.State(None)
        if login:
            gr.HTML(LOGOUT_LINK, elem_id="logout")
        gr.Markdown(INTRO)
        with gr.Tabs(elem_id="tabs") as tabs:
            with gr.Tab("Vragen", id="chat"):
                chat_ui = chat_tab(choices)
            with gr.Tab("Vraag opzoeken", id="lookup"):
                lookup_ui = lookup_tab(choices)
            with gr.Tab("Brief lezen", id="viewer"):
                viewer_ui = viewer_tab(choices)
            with gr.Tab("Brieven", id="letters"):
                letters_tab(*letters_table(infos))
        _wire_chat(chat, chat_ui, chat_log, questions, turn)
        _wire_reading(browse, chat_ui, lookup_ui, viewer_ui, tabs, turn, lookup_turn)
    return app


def _wire_chat(chat: ChatHandlers, ui_: ChatTab, chat_log: gr.State, questions: gr.State, turn: gr.State) -> None:
    filters = [ui_.letters, ui_.year_from, ui_.year_to]
    outputs = [ui_.query, ui_.chatbot, chat_log, questions, ui_.sources, ui_.passage, turn, ui_.feedback_status,
               ui_.comment]

    def respond(message: str, log: list[Message], asked: list[str], selected: list[str], year_from: float | None,
                year_to: float | None) -> tuple[Any, ...]:
        out = chat.respond(message, log, asked, selected, year_from, year_to)
        options = passage_choices(out.turn)
        return ("", out.chat, out.chat, out.questions, out.cards,
                gr.Dropdown(choices=options, value=options[0][1] if options else None), out.turn, "", "")

    inputs = [ui_.query, chat_log, questions, *filters]
    ui_.query.submit(respond, inputs, outputs)
    ui_.send.click(respond, inputs, outputs)

    def pick_example(evt: gr.SelectData) -> str:
        value = evt.value if isinstance(evt.value, dict) else {}
        return str(value.get("text", ""))

    ui_.chatbot.example_select(pick_example, None, ui_.query).then(respond, inputs, outputs)

    def reset() -> tuple[Any, ...]:
        return "", [], [], [], EMPTY_SOURCES, gr.Dropdown(choices=[], value=None), None, "", ""

    ui_.clear.click(reset, None, outputs)
    ui_.chatbot.clear(reset, None, outputs)

    for rating, button in ui_.feedback_buttons.items():
        def give(comment: str, last: Turn | None, request: gr.Request, rating: str = rating) -> tuple[str, str]:
            status = chat.feedback(rating, comment, last, user=getattr(request, "username", None) or "")
            return status, ("" if status.startswith("Bedankt") else comment)

        button.click(give, [ui_.comment, turn], [ui_.feedback_status, ui_.comment])


def _wire_reading(browse: BrowseHandlers, chat_ui: ChatTab, lookup_ui: LookupTab, viewer_ui: ViewerTab,
                  tabs: gr.Tabs, turn: gr.State, lookup_turn: gr.State) -> None:
    opened = [viewer_ui.view, viewer_ui.letter, tabs]

    def open_index(index: object, last: Turn | None) -> tuple[Any, ...]:
        html, doc_id = browse.open_passage(index, last)
        if doc_id is None:
            return html, gr.Dropdown(), gr.Tabs()
        return html, gr.Dropdown(value=doc_id), gr.Tabs(selected="viewer")

    def open_card(last: Turn | None, evt: gr.EventData) -> tuple[Any, ...]:
        return open_index(getattr(evt, "index", None), last)

    chat_ui.open_passage.click(open_index, [chat_ui.passage, turn], opened).then(None, js=SCROLL_JS)
    chat_ui.sources.click(open_card, [turn], opened).then(None, js=SCROLL_JS)
    lookup_ui.result.click(open_card, [lookup_turn], opened).then(None, js=SCROLL_JS)

    lookup_inputs = [lookup_ui.number, lookup_ui.letter]
    lookup_ui.search.click(browse.lookup, lookup_inputs, [lookup_ui.result, lookup_turn])
    lookup_ui.number.submit(browse.lookup, lookup_inputs, [lookup_ui.result, lookup_turn])
    viewer_ui.letter.input(browse.show_letter, [viewer_ui.letter], [viewer_ui.view])
