"""The reference rule's reading: does a question ask for a kamerstuk number or a kenmerk, does a sentence give one,
and how far the sentences closest to such a question are from one that does (assistant/decide.py abstains when the
gap reaches the calibrated `reference_gap`).

The letters name many documents without their number: "Op 24 oktober 2019 stuurde de heer V.D. mij namens de K6
een brief" is close to "Welk kenmerk heeft de brief van de K6 van 24 oktober 2019?" and gives none; "de motie Van
der Molen" is close to "Wat is het kamerstuknummer van de motie Van der Molen?" when no footnote cites it.

Example:
    >>> reference_gap("Onder welk kamerstuknummer staat de zomerbrief?",
    ...               [(0.71, "In mijn brief van afgelopen zomer heb ik dit aangegeven."),
    ...                (0.64, "Zie mijn brief van 3 juli 2020 (TK 31757-102; 2020).")], cap=0.2)
    0.07
"""
from __future__ import annotations

import re

from assistant.evidence import KAMERSTUK_CITATION, gap_to_first

# the numbers of a document; "kenmerk" also means a characteristic ("Wat zijn de kenmerken van een krimpregio?"), so
# it counts only in the singular and with a document named (`_DOCUMENT`)
_REFERENCE_NOUN = (r"(?:kamerstuk(?:nummer|ken)?s?|kamerstuk number|dossiernummer|tk-nummer|"
                   r"parliamentary (?:paper|document)s?(?: number)?|(?:reference|document|paper|file) numbers?)")
_ASKING = (r"(?:welke?|wat voor|which|what)\s+(?:\w+\s+)?|(?:wat|hoe) (?:is|was|luidt|luidde) (?:het|de) |"
           r"what(?:'s| is| was) (?:the|its) |(?:geef|noem|give|kun je|kunt u|kan je|can you)\b[^?]{0,40}?\b"
           r"(?:het|de|the|its) ")
REFERENCE_QUESTION = re.compile(rf"\b(?:{_ASKING}){_REFERENCE_NOUN}\b(?!\s*(?:II\s*)?\d)|"
                                r"\bwelk nummer (?:heeft|had|draagt) (?:het|dat|die|de) kamerstuk", re.I)
KENMERK_QUESTION = re.compile(rf"\b(?:{_ASKING})kenmerk\b(?!\s*\d)", re.I)
_DOCUMENT = re.compile(r"\b(?:\w*brief|motie|\w*rapport\w*|\w*beantwoording|antwoorden|inbreng|verslag|nota|notitie|"
                       r"publicatie|besluit|circulaire|kabinetsreactie|wetsvoorstel|amendement|letter|report|"
                       r"motion|reply)\b", re.I)
# a kamerstuk citation ("(TK 31757-102; 2020)", "Kamerstukken I, 2014/2015, 34 000 J"), a dossier and its number
# ("31016 nr. 274", "34 300 XVIII, nr. 35"), a kenmerk with digits, a Staatscourant number ("Stcrt. 2020, 23802")
GIVES_REFERENCE = re.compile(
    rf"{KAMERSTUK_CITATION}|"
    r"\b(?:TK|Kamerstuk(?:ken)?)\s*(?:I{1,2}\b)?[,\s]*(?:\d{4}/\d{2,4},?\s*)?\d{2}\s?\d{3}|"
    r"\b\d{2}\s?\d{3}(?:[\s-](?:[A-Z]{1,5}|[IVXL]+)\b)?,?\s*(?:nr|nummer)\.?\s*\d+|\bdossier\w*\W{0,3}\d{2}\s?\d{3}|"
    r"\bkenmerk\b\W{0,3}[\w-]*\d|\bStcrt\b\.?\s*\d|\bStaatscourant\s+\d{4},?\s*(?:nr\.?\s*)?\d+", re.I)


def asks_reference(question: str) -> bool:
    """True for a question that asks under which kamerstuk, number or kenmerk a document was sent or published.

    >>> asks_reference("Wat is het kamerstuknummer van de motie Van der Molen?")
    True
    >>> asks_reference("Welk kenmerk heeft de brief van de K6?"), asks_reference("Which parliamentary paper is it?")
    (True, True)
    >>> asks_reference("Welke brief stuurde de K6?"), asks_reference("Welk nummer heeft de aanbeveling?")
    (False, False)
    >>> asks_reference("Wat zijn de kenmerken van een krimpregio?"), asks_reference("Welk kenmerk heeft een regio?")
    (False, False)
    >>> asks_reference("Wat staat er in kamerstuk 31757-99?"), asks_reference("Hoe luidt het kenmerk van die brief?")
    (False, True)
    """
    return bool(REFERENCE_QUESTION.search(question)
                or (KENMERK_QUESTION.search(question) and _DOCUMENT.search(question)))


def gives_reference(text: str) -> bool:
    """True when a sentence gives a kamerstuk number, a dossier number or a kenmerk.

    >>> gives_reference("Zie de motie Dik-Faber c.s. (TK 35300-VII-81; 2019).")
    True
    >>> gives_reference("Kamerstukken II 2020/21, 35788, nr. 136"), gives_reference("De motie is aangenomen.")
    (True, False)
    >>> gives_reference("Kamerstuk 35 606, nr. 2"), gives_reference("31 765 en 34 104, nr. 541")
    (True, True)
    >>> gives_reference("Kamerstukken I, 2014/2015, 34 000 J"), gives_reference("34 300 XVIII, nr. 35")
    (True, True)
    >>> gives_reference("Stcrt. 2020, 23802"), gives_reference("De Staatscourant van 3 juli meldt het.")
    (True, False)
    """
    return bool(GIVES_REFERENCE.search(text))


def reference_gap(question: str, sentences: list[tuple[float, str]], cap: float) -> float:
    """For a question that asks for a reference: how much closer to it the closest sentence is than the closest one
    that gives a reference (`cap` when none does); 0 for other questions. `sentences` are (cosine to the question,
    text), closest first."""
    if not asks_reference(question) or not sentences:
        return 0.0
    return gap_to_first(sentences, gives_reference, cap)
