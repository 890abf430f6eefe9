"""The rest of an annex table's row after an action quoted as the answer: who takes part and when.

The action plan's annexes set out per region, in columns, an action ("• Versterking samenwerking sport via
Transitieatlas."), the parties involved ("• SOHW • Gemeenten • NOC-NSF") and the planning ("2017-2018"); the PDF
text keeps each cell as a block of its own. The sentence index reads the action as the sentence closest to "Wie
zijn betrokken bij … en wanneer gebeurt dat?", but its parties are short bullets without a verb, so the answer
quoted the action alone. A lead sentence that is an action in such a table keeps the cells after it that are only
short bullets (the parties) and the period that opens the next cell, verbatim. The layout is the PDF's, so this
reads conservatively: a cell with a sentence, a period or a heading in it ends the row.

Example:
    >>> clean = ("• Versterking samenwerking sport via Transitieatlas.\\n\\n"
    ...          "• SOHW\\n• Gemeenten\\n• NOC-NSF\\n\\n2017-2018 • Financiële bijdrage t.b.v. transitieatlas.")
    >>> with_row_cells("• Versterking samenwerking sport via Transitieatlas.", clean, 52)
    '• Versterking samenwerking sport via Transitieatlas. • SOHW • Gemeenten • NOC-NSF 2017-2018'
"""
from __future__ import annotations

import re

BLOCK_BREAK = re.compile(r"\n[ \t]*\n")
PARTY_WORDS = 10  # a party's bullet is a name, not a sentence ("• De gemeenten Den Helder, Hollands Kroon, …")
MAX_CELLS = 3  # blocks of parties read after the action
LOOK_AHEAD = 600  # characters of the letter read after the action
PERIOD = re.compile(r"\s*((?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)?\d\d)?(?:\s+e\.v\.)?)(?=\s|$)")
BULLET = re.compile(r"[•▪]")
UNFINISHED = re.compile(r"(\s(en|of|&)|[-,])$")  # "• Stichting Dorps- en": the name goes on in the next block
# not a party: a sentence inside ("(VWS). In een …"), a period ("2015-2018 …"), a heading ("Thema ‘wonen’")
NO_PARTY = re.compile(r"\.\s+[A-Z]|^(19|20)\d\d|\bThema\b|[‘’]")


def with_row_cells(text: str, clean: str, end: int) -> str:
    """`text` (a bulleted action ending at `end` in the letter's clean text `clean`) with the cells of short
    bullets after it and the period that opens the next cell; `text` as it is when none follow."""
    if not text.lstrip().startswith(("•", "▪")):
        return text
    blocks = BLOCK_BREAK.split(clean[end:end + LOOK_AHEAD])
    if len(blocks) < 2 or blocks[0].strip():  # the action's own cell goes on: no row to read
        return text
    added: list[str] = []
    for block in blocks[1:1 + MAX_CELLS]:
        # a party's name may run on into a block of its own ("• Stichting Dorps- en" / "Gemeenschapshuizen • …")
        runs_on = bool(added) and bool(UNFINISHED.search(added[-1]))
        if _parties_only(block, runs_on):
            added.append(" ".join(block.split()))
            continue
        if added and (period := PERIOD.match(block)):
            added.append(period.group(1))
        break
    return " ".join([text, *added]) if added else text


def _parties_only(block: str, runs_on: bool = False) -> bool:
    """A cell of bullets, each a name of a few words: no sentence in it, no end stop (but for the last word of a
    name that ran on: "Gemeenschapshuizen • Dorpsraden."), no period, no heading. `runs_on`: the block may go on
    with the name the block before left unfinished, without a bullet of its own."""
    items = [item.strip() for item in BULLET.split(block) if item.strip()]
    if not items or not (runs_on or block.lstrip().startswith(("•", "▪"))):
        return False
    return all(len(item.split()) <= PARTY_WORDS and not NO_PARTY.search(item)
               and (not item.endswith(".") or (runs_on and len(item.split()) == 1)) for item in items)
