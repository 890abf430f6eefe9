"""Look and behaviour that lives in the browser: theme (system fonts, no CDN), CSS and small inline JS.

Example:
    >>> app.launch(theme=theme(), css=CSS)
"""
from __future__ import annotations

import gradio as gr

SYSTEM_FONTS = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"]
MONO_FONTS = ["ui-monospace", "SFMono-Regular", "Menlo", "Consolas", "monospace"]


def theme() -> gr.themes.Base:
    """Gradio's default theme with local system fonts only (no Google Fonts request)."""
    return gr.themes.Default(font=SYSTEM_FONTS, font_mono=MONO_FONTS)


CSS = """
/* Chat layout: sources beside the conversation on wide screens; answer, sources, feedback on narrow ones. */
#chat-layout { display: grid !important; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
               grid-template-areas: "chat sources" "feedback sources"; gap: var(--layout-gap, 1rem);
               align-items: start; }
#chat-column, #sources-column, #feedback { flex-direction: column !important; flex-wrap: nowrap !important; }
#chat-column { grid-area: chat; min-width: 0 !important; }
#sources-column { grid-area: sources; min-width: 0 !important; position: sticky; top: 0.5rem;
                  max-height: calc(100vh - 1rem); overflow-y: auto; }
#feedback { grid-area: feedback; min-width: 0 !important; }
@media (max-width: 900px) {
  #chat-layout { grid-template-columns: minmax(0, 1fr); grid-template-areas: "chat" "sources" "feedback"; }
  #sources-column { position: static; max-height: none; overflow: visible; }
}
#logout { text-align: right; }
.logout-link { font-size: 0.9em; }
/* Reply bubbles: the answer first, [n] links to the cards. */
.reply-lead { font-size: 1.05em; margin: 0 0 0.4rem; }
.reply-question { margin: 0 0 0.3rem; }
.reply-focus { margin: 0.3rem 0; padding-left: 0.6rem; border-left: 3px solid var(--color-accent); }
.reply-context, .reply-further-label { font-size: 0.9em; margin: 0.4rem 0 0.1rem; }
.reply-further { margin: 0; padding-left: 1.1rem; font-size: 0.9em; }
a.cite, #chat a.cite { font-weight: 600; text-decoration: none; padding: 0 0.1em;
                       color: var(--link-text-color, var(--color-accent)); }
a.cite:hover, a.cite:focus { text-decoration: underline; }
/* Source cards. */
.source-cards { display: flex; flex-direction: column; gap: 0.75rem; }
.sources-heading { margin: 0; color: var(--body-text-color); font-size: 0.9em; }
.sources-empty { color: var(--body-text-color); opacity: 0.8; }
.source-card { border: 1px solid var(--block-border-color); border-radius: 8px; padding: 0.75rem 0.9rem;
               background: var(--block-background-fill); scroll-margin: 1rem; }
.source-card.kb-flash { animation: kb-flash 1.6s ease-out; }
@keyframes kb-flash { 0%, 30% { box-shadow: 0 0 0 3px var(--color-accent); }
                      100% { box-shadow: 0 0 0 0 transparent; } }
.card-title { font-weight: 600; }
.card-rank { display: inline-block; min-width: 1.5em; text-align: center; border-radius: 999px;
             background: var(--color-accent-soft); margin-right: 0.25em; }
.card-meta, .card-askers { color: var(--body-text-color); font-size: 0.9em; margin-top: 0.2rem; }
.card-status { color: var(--color-red-600, #b91c1c); font-size: 0.9em; margin-top: 0.3rem; }
.card-question { margin-top: 0.4rem; }
.card-highlight { margin: 0.5rem 0; padding-left: 0.6rem; border-left: 3px solid var(--color-accent);
                  font-style: italic; }
.card-table { border-collapse: collapse; margin: 0.5rem 0; font-size: 0.9em; }
.card-table th, .card-table td { border: 1px solid var(--block-border-color); padding: 0.15rem 0.5rem;
                                 text-align: left; vertical-align: top; }
.card-table th { font-weight: 600; }
.card-passage summary { cursor: pointer; margin-top: 0.3rem; }
.card-notes { font-size: 0.8em; margin: 0.4rem 0 0 1.2rem; padding-top: 0.3rem;
              border-top: 1px solid var(--block-border-color); }
.passage-text { white-space: pre-wrap; max-height: 24rem; overflow-y: auto; margin-top: 0.4rem; }
.card-actions { display: flex; gap: 0.75rem; margin-top: 0.4rem; }
.card-button { border: 0; background: none; padding: 0; font-size: 0.85em; color: var(--body-text-color);
               opacity: 0.8; text-decoration: underline; text-underline-offset: 2px; cursor: pointer; }
.card-button:hover, .card-button:focus { opacity: 1; }
.letter-header h3 { margin-bottom: 0.2rem; }
.letter-meta, .letter-page { color: var(--body-text-color); opacity: 0.85; margin: 0.1rem 0; }
.letter-missing { color: var(--color-red-600, #b91c1c); margin: 0.1rem 0; }
.letter-text { white-space: pre-wrap; max-height: 70vh; overflow-y: auto; padding: 0.75rem;
               border: 1px solid var(--block-border-color); border-radius: 8px; margin-top: 0.5rem;
               font-family: ui-serif, Georgia, serif; line-height: 1.5; }
.letter-text mark { scroll-margin: 4rem; }
.letter-table { white-space: normal; border-collapse: collapse; margin: 0.5rem 0; font-size: 0.92em; }
.letter-table th, .letter-table td { border: 1px solid var(--border-color-primary); padding: 0.2rem 0.5rem;
  text-align: left; vertical-align: top; }
.letter-table caption { text-align: left; font-weight: 600; padding-bottom: 0.25rem; }
.lookup-answer { margin-bottom: 0.75rem; }
"""

# Delegated clicks on "Open in brief" buttons in the cards become an event with the card's index; a click on a
# [n] link in an answer (anywhere on the page) scrolls source card n into view and flashes it.
CARDS_JS = """
if (!window.kbCiteBound) {
  window.kbCiteBound = true;
  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('a.cite') : null;
    if (!link) { return; }
    event.preventDefault();
    event.stopPropagation();
    var n = parseInt((link.getAttribute('href') || '').replace('#bron-', ''), 10);
    var card = document.querySelector('#sources .source-card[data-index="' + (n - 1) + '"]');
    if (!card) { return; }
    card.scrollIntoView({behavior: 'smooth', block: 'center'});
    card.classList.remove('kb-flash');
    void card.offsetWidth;
    card.classList.add('kb-flash');
    setTimeout(function () { card.classList.remove('kb-flash'); }, 1700);
  }, true);
}
if (!element.dataset.kbBound) {
  element.dataset.kbBound = '1';
  element.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('.open-letter') : null;
    if (button) { trigger('click', {index: parseInt(button.getAttribute('data-index'), 10)}); }
  });
}
"""

# Scroll the highlighted unit into view whenever the letter viewer gets new content.
SCROLL_CODE = """
setTimeout(function () {
  var mark = document.getElementById('kb-mark');
  if (mark) { mark.scrollIntoView({block: 'center'}); }
}, 250);
"""
VIEWER_JS = "function kbScroll() {" + SCROLL_CODE + "}\nkbScroll();\nwatch('value', kbScroll);\n"
SCROLL_JS = "() => {" + SCROLL_CODE + "}"
