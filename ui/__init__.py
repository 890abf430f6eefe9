"""The Gradio chat UI over the `assistant` API.

Importing this package switches Gradio's analytics off before any submodule imports gradio.

Example:
    >>> from assistant import Assistant
    >>> from ui.app import create_app
    >>> app = create_app(Assistant.load())   # then app.queue().launch(...) or: python -m ui
"""
import os

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
