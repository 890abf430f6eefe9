"""A figure for the shrinking regions is no answer to a question after the national one: "Hoeveel MaaS-pilots draaien
er in heel Nederland, dus ook buiten de krimpgebieden?" is not answered by "Er lopen momenteel twee MaaS-pilots in
gebieden met bevolkingsdaling". The figure rule (assistant/figures.py) reads sentences through this, as it reads
them through the years they speak of (assistant/years.py).

Example:
    >>> of_narrower_scope("Er lopen twee MaaS-pilots in gebieden met bevolkingsdaling.",
    ...                   "Hoeveel MaaS-pilots draaien er in heel Nederland?")
    True
    >>> of_narrower_scope("Er lopen twee MaaS-pilots in gebieden met bevolkingsdaling.",
    ...                   "Hoeveel MaaS-pilots draaien er in krimpgebieden?")
    False
"""
from __future__ import annotations

import re

# the whole country asked for, beyond the shrinking regions ("landelijk", not the adjective "landelijke")
NATIONAL = re.compile(r"\b(?:in heel nederland|in het hele land|landelijk(?!e)|ook buiten|nationwide|across the country|"
                      r"in the whole country|(?:also|even|including) outside)\b", re.I)
# a figure said of the shrinking regions only: "in gebieden met bevolkingsdaling", "met krimpregio's"
SHRINKING_ONLY = re.compile(r"\b(?:in|met|voor|binnen)\s+(?:de\s+)?(?:gebieden\s+met\s+bevolkingsdaling|"
                            r"krimp(?:-\s+en\s+anticipeer)?(?:gebieden|regio['’]s)|regio['’]s\s+met\s+bevolkingsdaling)\b",
                            re.I)


def of_narrower_scope(text: str, question: str) -> bool:
    """True when the question asks for the whole country and the sentence speaks of the shrinking regions only."""
    return bool(NATIONAL.search(question)) and bool(SHRINKING_ONLY.search(text)) and not NATIONAL.search(text)
