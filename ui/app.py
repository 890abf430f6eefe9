"""The Gradio app: `create_app(bot)` lays out the tabs and wires them to the assistant API.

The assistant is loaded once by the caller and shared by all sessions (it is thread-safe); per-user
state (the ongoing Chat with the assistant's Conversation state, earlier Chats) lives in gr.State.
Serve it through ui.server, which adds the security headers, the upload block and the optional login.

Example:
    >>> from assistant import Assistant
    >>> server = build_server(create_app(Assistant.load()))   # then uvicorn.run(server), or: python -m ui
"""
from __future__ import annotations

# Importing ui.app imports the ui package first, which switches Gradio analytics off.

from typing import Any

import gradio as gr

from assistant import Assistant
from ui.browse import BrowseHandlers
from ui.bubbles import PENDING_TEXT, user_bubble
from ui.chat import ChatHandlers
from ui.conversations import Chat, ConversationArchive, choices, remember
from ui.feedback import FeedbackStoreBase, open_feedback_store
from ui.layout import INTRO, ChatTab, LookupTab, ViewerTab, chat_tab, letters_tab, lookup_tab, viewer_tab
from ui.letterview import letter_choices, letters_table
from ui.theme import SCROLL_JS

TITLE = "Kamerbrieven-assistent"
LOGOUT_LINK = '<a class="logout-link" href="/logout">Uitloggen</a>'
SEARCHING = '<p class="sources-empty">Bronnen zoeken…</p>'


def create_app(bot: Assistant, store: FeedbackStoreBase | None = None, login: bool = False) -> gr.Blocks:
    """Build the Blocks app around a loaded Assistant; feedback goes to `store` (default: the one the settings
    configure, ui.feedback.open_feedback_store: the postgres table or the SQLite file).
    With `login`, the page shows a logout link and keeps earlier conversations per user (the login itself
    is ui.server's job)."""
    store = store or open_feedback_store(bot.settings)
    chat = ChatHandlers(bot, store)
    browse = BrowseHandlers(bot)
    infos = bot.letters()
    letters = letter_choices(infos)
    with gr.Blocks(title=TITLE, analytics_enabled=False) as app:
        current = gr.State(None)  # the ongoing Chat (None until the first question)
        earlier = gr.State([])  # earlier Chats of this tab (and, with login, of this user), newest first
        lookup_turn = gr.State(None)
        if login:
            gr.HTML(LOGOUT_LINK, elem_id="logout")
        gr.Markdown(INTRO)
        with gr.Tabs(elem_id="tabs") as tabs:
            with gr.Tab("Vragen", id="chat"):
                chat_ui = chat_tab(letters)
            with gr.Tab("Vraag opzoeken", id="lookup"):
                lookup_ui = lookup_tab(letters)
            with gr.Tab("Brief lezen", id="viewer"):
                viewer_ui = viewer_tab(letters)
            with gr.Tab("Brieven", id="letters"):
                letters_tab(*letters_table(infos))
        archive = ConversationArchive() if login else None
        _wire_chat(chat, chat_ui, current, earlier, archive)
        if archive is not None:
            def restore(request: gr.Request) -> tuple[Any, ...]:
                kept = archive.chats(getattr(request, "username", None) or "")
                return kept, gr.Dropdown(choices=choices(kept), value=None)

            app.load(restore, None, [earlier, chat_ui.earlier])
        _wire_reading(browse, chat_ui, lookup_ui, viewer_ui, tabs, current, lookup_turn)
    return app


def _wire_chat(chat: ChatHandlers, ui_: ChatTab, current: gr.State, earlier: gr.State,
               archive: ConversationArchive | None) -> None:
    # Visible outputs first: the API (gradio_client) returns (query, chat, sources, status, comment, earlier).
    outputs = [ui_.query, ui_.chatbot, ui_.sources, ui_.feedback_status, ui_.comment, ui_.earlier, current, earlier]

    def shown(now: Chat, kept: list[Chat]) -> tuple[Any, ...]:
        return ("", list(now.messages), now.cards, "", "", gr.Dropdown(choices=choices(kept), value=None), now,
                kept)

    def respond(message: str, now: Chat | None, kept: list[Chat], selected: list[str], year_from: float | None,
                year_to: float | None, request: gr.Request):
        now = now or Chat.new()
        pending = list(now.messages) + [{"role": "user", "content": user_bubble(message or "")},
                                        {"role": "assistant", "content": PENDING_TEXT}]
        yield "", pending, SEARCHING, "", "", gr.skip(), now, kept  # the question shows at once
        now = chat.respond(message, now, selected, year_from, year_to)
        if archive is not None:
            archive.save(getattr(request, "username", None) or "", now)
        yield shown(now, kept)

    inputs = [ui_.query, current, earlier, ui_.letters, ui_.year_from, ui_.year_to]
    ui_.query.submit(respond, inputs, outputs)
    ui_.send.click(respond, inputs, outputs)

    def pick_example(evt: gr.SelectData) -> str:
        value = evt.value if isinstance(evt.value, dict) else {}
        return str(value.get("text", ""))

    ui_.chatbot.example_select(pick_example, None, ui_.query).then(respond, inputs, outputs)

    def start_new(now: Chat | None, kept: list[Chat]) -> tuple[Any, ...]:
        return shown(Chat.new(), remember(kept, now))

    ui_.clear.click(start_new, [current, earlier], outputs)
    ui_.chatbot.clear(start_new, [current, earlier], outputs)

    def reopen(key: str | None, now: Chat | None, kept: list[Chat]) -> tuple[Any, ...]:
        chosen = next((c for c in kept or [] if c.key == key), None)
        if chosen is None:
            return tuple(gr.skip() for _ in outputs)
        return shown(chosen, remember([c for c in kept if c.key != key], now))

    ui_.earlier.input(reopen, [ui_.earlier, current, earlier], outputs)

    for rating, button in ui_.feedback_buttons.items():
        def give(comment: str, now: Chat | None, request: gr.Request, rating: str = rating) -> tuple[str, str]:
            status = chat.feedback(rating, comment, now.turn if now else None,
                                   user=getattr(request, "username", None) or "")
            return status, ("" if status.startswith("Bedankt") else comment)

        button.click(give, [ui_.comment, current], [ui_.feedback_status, ui_.comment])


def _wire_reading(browse: BrowseHandlers, chat_ui: ChatTab, lookup_ui: LookupTab, viewer_ui: ViewerTab,
                  tabs: gr.Tabs, current: gr.State, lookup_turn: gr.State) -> None:
    opened = [viewer_ui.view, viewer_ui.letter, tabs]

    def open_index(index: object, last) -> tuple[Any, ...]:
        html, doc_id = browse.open_passage(index, last)
        if doc_id is None:
            return html, gr.Dropdown(), gr.Tabs()
        return html, gr.Dropdown(value=doc_id), gr.Tabs(selected="viewer")

    def open_chat_card(now: Chat | None, evt: gr.EventData) -> tuple[Any, ...]:
        return open_index(getattr(evt, "index", None), now.turn if now else None)

    def open_lookup_card(last, evt: gr.EventData) -> tuple[Any, ...]:
        return open_index(getattr(evt, "index", None), last)

    chat_ui.sources.click(open_chat_card, [current], opened).then(None, js=SCROLL_JS)
    lookup_ui.result.click(open_lookup_card, [lookup_turn], opened).then(None, js=SCROLL_JS)

    lookup_inputs = [lookup_ui.number, lookup_ui.letter]
    lookup_ui.search.click(browse.lookup, lookup_inputs, [lookup_ui.result, lookup_turn])
    lookup_ui.number.submit(browse.lookup, lookup_inputs, [lookup_ui.result, lookup_turn])
    viewer_ui.letter.input(browse.show_letter, [viewer_ui.letter], [viewer_ui.view])
