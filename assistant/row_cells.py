"""The rest of an annex table's row after an action quoted as the answer: who takes part and when.

The action plan's annexes set out per region, in columns, an action ("• Versterking samenwerking sport via
Transitieatlas."), the parties involved ("• SOHW • Gemeenten • NOC-NSF") and the planning ("2017-2018"); the PDF
text keeps each cell as a block of its own. The sentence index reads the action as the sentence closest to "Wie
zijn betrokken bij … en wanneer gebeurt dat?", but its parties are short bullets without a verb, so the answer
quoted the action alone. A lead sentence that is an action in such a table keeps the cells after it that are only
short bullets (the parties) and the period that opens the next cell, verbatim.

Example:
    >>> clean = ("• Versterking samenwerking sport via Transitieatlas.\\n\\n• SOHW\\n• Gemeenten\\n• NOC-NSF\\n\\n"
    ...          "2017-2018 • Financiële bijdrage t.b.v. transitieatlas.")
    >>> with_row_cells("• Versterking samenwerking sport via Transitieatlas.", clean, 52)
    '• Versterking samenwerking sport via Transitieatlas. • SOHW • Gemeenten • NOC-NSF 2017-2018'
"""
from __future__ import annotations

import re

BLOCK_BREAK = re.compile(r"\n[ \t]*\n")
PARTY_WORDS = 12  # a party's bullet is a name, not a sentence ("• De gemeenten Den Helder, Hollands Kroon, …")
MAX_CELLS = 3  # blocks of parties read after the action
LOOK_AHEAD = 600  # characters of the letter read after the action
PERIOD = re.compile(r"\s*((?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)?\d\d)?(?:\s+e\.v\.)?)(?=\s|$)")
BULLET = re.compile(r"[•▪]")


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
        runs_on = bool(added) and not added[-1].endswith(".")
        if _parties_only(block, runs_on):
            added.append(" ".join(block.split()))
            continue
        if added and (period := PERIOD.match(block)):
            added.append(period.group(1))
        break
    return " ".join([text, *added]) if added else text


def _parties_only(block: str, runs_on: bool = False) -> bool:
    """A cell of bullets, each a few words without an end stop (a name of one or two words may have one): names of
    parties. `runs_on`: the block may go on with the name the block before left unfinished."""
    items = [item.strip() for item in BULLET.split(block) if item.strip()]
    return (bool(items) and (runs_on or block.lstrip().startswith(("•", "▪")))
            and all(len(item.split()) <= PARTY_WORDS and (not item.endswith(".") or len(item.split()) <= 2)
                    for item in items))
