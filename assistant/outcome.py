"""Outcome questions: "Wat waren de uitkomsten van …?", "What did the study conclude?". When the sentences
closest to such a question only announce the work (it "wordt verwacht", the SCP "verricht op dit moment een
onderzoek", a centre "heeft opdracht om te onderzoeken") and none reports a result, the letters do not give the
outcome yet: the assistant says so instead of quoting the announcement as if it were the answer.

Example:
    >>> asks_outcome("Wat waren de uitkomsten van het tweede deel van de verkenning?")
    True
    >>> announces_only(["In november wordt het tweede deel van deze verkenning verwacht."])
    True
    >>> announces_only(["De evaluatie laat zien dat het Actieplan heeft bijgedragen.", "Dit wordt verwacht."])
    False
"""
from __future__ import annotations

import re

_ASKS = re.compile(
    r"\b(wat (waren|zijn|was|is) de (eerste )?(uitkomsten?|resultaten|resultaat|bevindingen|conclusies?|effecten)|"
    r"wat (concludeerde|concludeert|adviseerde|adviseert|vond|vonden) |welke (aanbevelingen|maatregelen|adviezen) "
    r"(deed|deden|gaf|gaven|adviseerde|adviseerden|doet|doen)|hoe is (die|dat|het|de)( \w+)? afgelopen|"
    r"what (were|are|was|is) the (first |main )?(results?|findings?|outcomes?|conclusions?|recommendations?)|"
    r"what did .{0,80}\b(conclude|find|recommend|advise)|which (recommendations|measures) did)\b", re.I)
# An announcement: the work is asked for, under way or expected.
ANNOUNCES = re.compile(
    r"\b(verwacht|verwachten|naar verwachting|verricht op dit moment|op dit moment|heeft opdracht|opdracht (gegeven|"
    r"verleend)|is verzocht|zijn verzocht|gevraagd om|zal|zullen|wordt (uitgevoerd|opgesteld|onderzocht)|loopt|lopen|"
    r"van start|start|gestart|in voorbereiding|binnenkort|informeert uw kamer|informeer ik uw kamer|"
    r"aangekondigd)\b", re.I)
# A result: something was found, shown, concluded, recommended or judged.
REPORTS = re.compile(
    r"\b(laat zien|laten zien|lieten zien|liet zien|blijkt|bleek|blijken|concludeer\w*|conclusie|eindconclusie|"
    r"bevinding\w*|komt naar voren|kwam naar voren|naar voren gekomen|heeft geleid|hebben geleid|heeft bijgedragen|"
    r"hebben bijgedragen|aangegeven|geconstateerd|constateert|uitkomst is|uitkomsten zijn|resultaten zijn|"
    r"beveelt aan|bevelen aan|volgende aanbevelingen|adviseert|adviseerde|positief|negatief|succesvol|"
    r"afgerond)\b", re.I)


def asks_outcome(question: str) -> bool:
    """True for a question about what came out of something (results, findings, conclusions, recommendations)."""
    return bool(_ASKS.search(question))


def announces_only(sentences: list[str]) -> bool:
    """True when the sentences announce the work and none reports a result."""
    return (any(ANNOUNCES.search(s) for s in sentences)
            and not any(REPORTS.search(s) for s in sentences))
