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
.source-cards { display: flex; flex-direction: column; gap: 0.75rem; }
.sources-heading { margin: 0; color: var(--body-text-color-subdued); font-size: 0.9em; }
.sources-empty { color: var(--body-text-color-subdued); }
.source-card { border: 1px solid var(--block-border-color); border-radius: 8px; padding: 0.75rem 0.9rem;
               background: var(--block-background-fill); }
.card-title { font-weight: 600; }
.card-rank { display: inline-block; min-width: 1.5em; text-align: center; border-radius: 999px;
             background: var(--color-accent-soft); margin-right: 0.25em; }
.card-meta { color: var(--body-text-color-subdued); font-size: 0.9em; margin-top: 0.2rem; }
.card-status { color: var(--color-red-600, #b91c1c); font-size: 0.9em; margin-top: 0.3rem; }
.card-question { margin-top: 0.4rem; }
.card-highlight { margin: 0.5rem 0; padding-left: 0.6rem; border-left: 3px solid var(--color-accent);
                  font-style: italic; }
.card-passage summary { cursor: pointer; margin-top: 0.3rem; }
.passage-text { white-space: pre-wrap; max-height: 24rem; overflow-y: auto; margin-top: 0.4rem; }
.card-actions { display: flex; gap: 0.5rem; margin-top: 0.5rem; }
.card-button { border: 1px solid var(--button-secondary-border-color); border-radius: 6px;
               padding: 0.2rem 0.6rem; background: var(--button-secondary-background-fill); cursor: pointer; }
.card-button:hover { background: var(--button-secondary-background-fill-hover); }
.letter-header h3 { margin-bottom: 0.2rem; }
.letter-meta, .letter-page { color: var(--body-text-color-subdued); margin: 0.1rem 0; }
.letter-missing { color: var(--color-red-600, #b91c1c); margin: 0.1rem 0; }
.letter-text { white-space: pre-wrap; max-height: 70vh; overflow-y: auto; padding: 0.75rem;
               border: 1px solid var(--block-border-color); border-radius: 8px; margin-top: 0.5rem;
               font-family: ui-serif, Georgia, serif; line-height: 1.5; }
.letter-text mark { scroll-margin: 4rem; }
.lookup-answer { margin-bottom: 0.75rem; }
"""

# Delegated clicks on "Open in brief" buttons in the cards become an event with the card's index.
CARDS_JS = """
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
