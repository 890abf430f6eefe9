"""The components of each tab, created in place (inside gr.Blocks) and returned for wiring in ui.app.

Example:
    >>> with gr.Blocks():
    ...     chat = chat_tab(letter_choices(bot.letters()))
"""
from __future__ import annotations

from dataclasses import dataclass

import gradio as gr

from ui.conversations import EMPTY_SOURCES
from ui.feedback import RATINGS
from ui.theme import CARDS_JS, VIEWER_JS

EXAMPLES = [
    "Wat doet het Rijk aan leegstand in winkelgebieden?",
    "vraag 31 uit de Atlas-beantwoording",
    "Welke gemeenten vallen onder de krimpregio Achterhoek?",
    "What did the minister say about a new action plan?",
]

INTRO = (
    "## Kamerbrieven-assistent\n"
    "Stel een vraag over de Kamerbrieven over bevolkingsdaling en krimp. Elk antwoord komt met de "
    "passages waarop het berust; vraag ook naar een vraagnummer (‘vraag 87’) of stel een vervolgvraag "
    "(‘En vraag 12?’, ‘Wie vroeg dat?’)."
)

PLACEHOLDER = "**Stel een vraag over de Kamerbrieven** of kies een voorbeeld hieronder."


@dataclass
class ChatTab:
    chatbot: gr.Chatbot
    query: gr.Textbox
    send: gr.Button
    clear: gr.Button
    earlier: gr.Dropdown
    letters: gr.CheckboxGroup
    year_from: gr.Number
    year_to: gr.Number
    feedback_buttons: dict[str, gr.Button]
    comment: gr.Textbox
    feedback_status: gr.Markdown
    sources: gr.HTML


@dataclass
class LookupTab:
    number: gr.Number
    letter: gr.Dropdown
    search: gr.Button
    result: gr.HTML


@dataclass
class ViewerTab:
    letter: gr.Dropdown
    view: gr.HTML


def chat_tab(choices: list[tuple[str, str]]) -> ChatTab:
    """Three blocks in a CSS grid (#chat-layout, see ui.theme): conversation and feedback on the left with
    the sources beside them on wide screens; answer, sources, feedback under each other on narrow ones."""
    with gr.Row(equal_height=False, elem_id="chat-layout"):
        with gr.Column(scale=3, elem_id="chat-column"):
            chatbot = gr.Chatbot(
                label="Gesprek", show_label=False, elem_id="chat", height=520, render_markdown=False,
                sanitize_html=True, allow_tags=False, latex_delimiters=[], buttons=[], feedback_options=None,
                placeholder=PLACEHOLDER, examples=[{"text": q} for q in EXAMPLES])
            with gr.Row():
                query = gr.Textbox(label="Uw vraag", elem_id="query", placeholder="Stel een vraag…", lines=1,
                                   max_lines=6, scale=5, autofocus=True)
                send = gr.Button("Vraag", variant="primary", elem_id="send", scale=1, min_width=90)
            with gr.Row():
                earlier = gr.Dropdown(label="Eerdere gesprekken", choices=[], value=None, scale=4,
                                      elem_id="earlier", info="Kies een gesprek om het weer te openen.")
                clear = gr.Button("Nieuw gesprek", elem_id="clear", scale=1, min_width=90)
            with gr.Accordion("Filters", open=False, elem_id="filters"):
                letters = gr.CheckboxGroup(choices=choices, label="Alleen in deze brieven",
                                           info="Niets aangevinkt: alle brieven.", elem_id="filter-letters")
                with gr.Row():
                    year_from = gr.Number(label="Van jaar", precision=0, value=None, elem_id="year-from")
                    year_to = gr.Number(label="Tot en met jaar", precision=0, value=None, elem_id="year-to")
        with gr.Column(scale=2, elem_id="sources-column"):
            gr.Markdown("### Bronnen")
            sources = gr.HTML(EMPTY_SOURCES, elem_id="sources", js_on_load=CARDS_JS)
        with gr.Column(variant="panel", elem_id="feedback"):
            gr.Markdown("**Feedback op het laatste antwoord:** klopt het, of ging er iets mis?")
            with gr.Row():
                buttons = {rating: gr.Button(label, size="sm", elem_id=f"feedback-{rating}")
                           for rating, label in RATINGS.items()}
            comment = gr.Textbox(label="Toelichting (optioneel)", lines=1, max_lines=4, elem_id="comment")
            status = gr.Markdown(elem_id="feedback-status")
    return ChatTab(chatbot, query, send, clear, earlier, letters, year_from, year_to, buttons, comment, status,
                   sources)


def lookup_tab(choices: list[tuple[str, str]]) -> LookupTab:
    """'vraag N' with an optional letter: question text, askers and the whole answer."""
    gr.Markdown("Zoek het antwoord op een genummerde Kamervraag: de vraag, wie haar stelde en het hele antwoord.")
    with gr.Row():
        number = gr.Number(label="Vraagnummer", precision=0, minimum=1, value=None, elem_id="lookup-number")
        letter = gr.Dropdown(label="Brief", choices=[("Alle brieven", "")] + choices, value="",
                             elem_id="lookup-letter")
        search = gr.Button("Zoek vraag", variant="primary", elem_id="lookup-search")
    result = gr.HTML(elem_id="lookup-result", js_on_load=CARDS_JS)
    return LookupTab(number, letter, search, result)


def viewer_tab(choices: list[tuple[str, str]]) -> ViewerTab:
    """One letter's cleaned text, with the opened passage highlighted."""
    letter = gr.Dropdown(label="Brief", choices=choices, value=None, elem_id="viewer-letter")
    view = gr.HTML('<p class="ui-note">Kies een brief, of klik ‘Open in brief’ bij een bron.</p>',
                   elem_id="letter-view", js_on_load=VIEWER_JS)
    return ViewerTab(letter, view)


def letters_tab(headers: list[str], rows: list[list[object]]) -> gr.Dataframe:
    """The corpus: one row per letter with metadata and which question numbers it answers."""
    gr.Markdown("De brieven die de assistent kent, met de vraagnummers die erin beantwoord worden.")
    return gr.Dataframe(value=rows, headers=headers, interactive=False, wrap=True, elem_id="letters-table")
