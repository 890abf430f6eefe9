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
    >>> of_narrower_scope("Er lopen tien regiodeals met gebieden met bevolkingsdaling.",
    ...                   "Hoeveel regiodeals met krimpgebieden lopen er landelijk?")
    False
    >>> of_narrower_scope("Er lopen twee MaaS-pilots in gebieden met bevolkingsdaling.",
    ...                   "Hoeveel MaaS-pilots draaien er in heel Nederland, dus ook buiten de krimpgebieden?")
    True
"""
from __future__ import annotations

import re

# the whole country asked for, beyond the shrinking regions ("landelijk", not the adjective "landelijke")
NATIONAL = re.compile(r"\b(?:in heel nederland|in het hele land|landelijk(?!e|\s+gebied)|ook buiten|nationwide|"
                      r"across the country|in the whole country|(?:also|even|including) outside)\b", re.I)
# …unless the question itself keeps to the shrinking regions ("Hoeveel regiodeals met krimpgebieden lopen er
# landelijk?"); "ook buiten de krimpgebieden" names them only to go beyond them
_SHRINKING_ASKED = re.compile(r"(?<!buiten de )(?<!buiten )(?<!outside the )(?<!outside )"
                              r"\b(?:krimp\w*|anticipeer\w*|bevolkingsdaling|shrinking|population decline)", re.I)
# a figure said of the shrinking regions only: "in gebieden met bevolkingsdaling", "met krimpregio's"
SHRINKING_ONLY = re.compile(r"\b(?:in|met|voor|binnen)\s+(?:de\s+)?(?:gebieden\s+met\s+bevolkingsdaling|"
                            r"krimp(?:-\s+en\s+anticipeer)?(?:gebieden|regio['’]s)|"
                            r"regio['’]s\s+met\s+bevolkingsdaling)\b", re.I)


def of_narrower_scope(text: str, question: str) -> bool:
    """True when the question asks for the whole country and the sentence speaks of the shrinking regions only."""
    return (bool(NATIONAL.search(question)) and not _SHRINKING_ASKED.search(question)
            and bool(SHRINKING_ONLY.search(text)) and not NATIONAL.search(text))
