"""The status rule's reading: does a question ask whether something has happened yet ("Is de wet al aangenomen?",
"Has the deal been signed yet?"), does a sentence settle that (it happened, was decided, was put off or will not
happen), and how far the sentences closest to such a question are from one that does (assistant/decide.py abstains
when the gap reaches the calibrated `status_gap`).

The letters often announce what a status question asks about and never report it: "Uiterlijk in het najaar van
2021 zullen deze omgevingsagenda's worden vastgesteld" is close to "Zijn de omgevingsagenda's inmiddels
vastgesteld?", and "Een wetsvoorstel op het gebied van tijdelijke verhuur is in voorbereiding" is close to "Is het
wetsvoorstel over tijdelijke verhuur al ingediend?". Quoting the plan as the answer would tell the user it happened.

Example:
    >>> asks_status("Is het Pact Arbeidsmarkt over de Grens al ondertekend?")
    True
    >>> status_gap("Is het wetsvoorstel al ingediend?",
    ...            [(0.56, "Een wetsvoorstel op het gebied van tijdelijke verhuur is in voorbereiding."),
    ...             (0.40, "Op 10 december 2015 heeft de Commissie het programma goedgekeurd.")], cap=0.2)
    0.16
"""
from __future__ import annotations

import re

from assistant.evidence import MONTHS, gap_to_first

# A yes/no question with "al", "inmiddels", "nog" … ("Is de wet er inmiddels door?", "Loopt de pilot nog?")
_OPENING = (r"is|zijn|was|waren|heeft|hebben|wordt|worden|gaat|gaan|loopt|lopen|geldt|gelden|bestaat|bestaan|"
            r"staat|staan|komt|komen|krijgt|krijgen|zit|zitten|has|have|are|were|does|do|did")
_WHEN_STATE = r"al|inmiddels|reeds|intussen|nog|nog steeds|nog altijd|already|yet|still|by now|so far"
# ("Wat is de stand van zaken …?" and "Hoe staat het met …?" are left out: their answers describe work under way)
STATUS_QUESTION = re.compile(rf"^\W*(?:(?:en|and|maar|but)\s+)?(?:{_OPENING})\b.*\b(?:{_WHEN_STATE})\b", re.I)
# …or a yes/no question in the perfect tense of an event that settles ("Zijn de regelingen verlengd?", "Has the
# decree entered into force?")
_PERFECT_OPENING = re.compile(r"^\W*(?:(?:en|and|maar|but)\s+)?(?:is|zijn|heeft|hebben|has|have)\b", re.I)
# A sentence that settles it: done, decided, signed, in force, ended, put off, or not going to happen
_PARTICIPLES = (
    r"in werking (?:ge)?tr(?:eden|ad|at)|ingegaan(?! op)|ingevoerd|doorgevoerd|aangenomen|vastgesteld|vastgelegd|"
    r"ondertekend|getekend|gesloten|afgesloten|goedgekeurd|gepubliceerd|ingediend|aangeboden|verstuurd|gestuurd|"
    r"verzonden|ingesteld|opgericht|benoemd|gestart|begonnen|van start|afgerond|voltooid|beëindigd|gestopt|"
    r"afgeschaft|opgeheven|verlengd|uitgesteld|aangepast|gewijzigd|herzien|opgeleverd|uitgevoerd|gerealiseerd|"
    r"gehouden|plaatsgevonden|verschenen|uitgebracht|opgezet|opgesteld|geopend|ingericht|gevormd|toegekend|"
    r"verstrekt|uitgekeerd|verleend|georganiseerd|geïmplementeerd|gepresenteerd|geïnformeerd|geëvalueerd|"
    r"gelanceerd|geïntroduceerd|geregeld|toegevoegd")
SETTLED = re.compile(
    rf"\b({_PARTICIPLES}|"
    r"besloten|besluit genomen|heeft besloten|zie af|zie ik af|afgezien|niet nodig|niet voornemens|niet van plan|"
    r"geen plannen|niet te continueren|niet langer|gaat .{0,80}\bdoor|loopt .{0,80}\bdoor|lopen .{0,80}\bdoor|"
    r"entered into force|signed|adopted|launched|completed|ended|decided|postponed)\b|"
    # done by now: "De gevolgen … zijn inmiddels doorgerekend door ABF Research"
    r"\b(?:is|zijn|heeft|hebben|heb)\s+(?:\w+\s+){0,2}?(?:inmiddels|reeds|al)\s+(?:\w+\s+){0,3}?\w*ge\w+(?:d|t|en)\b|"
    # done on a day gone by: "heeft … met zijn brief van 26 juni jl. uw Kamer geïnformeerd"
    rf"\b(?:heeft|hebben|heb|is|zijn|werd|werden)\b.{{0,80}}\b(?:jl\.|(?:op|per|in|van) (?:\d{{1,2}} )?(?:{MONTHS}) "
    r"(?:19|20)\d\d)", re.I)
# …unless it only plans, expects or works on it (a settled word in such a sentence is the plan's)
PLANNED = re.compile(
    r"\b(zal|zullen|zou|zouden|wordt verwacht|worden verwacht|naar verwachting|te verwachten|in voorbereiding|"
    r"voorbereiding\w*|streven|streef|beoog\w*|voornemen|voornemens|aanstaande|binnenkort|uiterlijk|concept|"
    r"wordt (?:\w+ )?gewerkt|werkt .{0,40}\baan|wordt uitgewerkt|worden uitgewerkt|verder uitwerken|verkennen|"
    r"verkenning|bezie|bezien|bekijk\w*|in overleg|in gesprek|momenteel|op dit moment|nog niet|will|would|"
    r"(?:kan|kunnen|moet|moeten|mag|mogen) worden|"
    r"expected|planned|intends?)\b", re.I)


# …but a settling participle right after (or before) a perfect or past auxiliary settles it in a sentence that
# otherwise speaks of the future: "… zullen worden opgepakt door het Actieteam, dat in 2015 door het kabinet is
# ingesteld" (not in one that plans: "De voorbereiding van de aanpassing van de wetgeving is gestart")
_AUXILIARY = r"is|zijn|was|waren|werd|werden|heeft|hebben|heb"
DONE = re.compile(rf"\b(?:{_AUXILIARY})\s+(?:{_PARTICIPLES})\b|\b(?:{_PARTICIPLES})\s+(?:{_AUXILIARY})\b", re.I)


# "nog niet" settles it too, the other way: "De evaluatie is nog niet afgerond" answers "Is de evaluatie al af?"
NOT_YET = re.compile(rf"\b(?:nog niet|nog steeds niet|not yet|still not)\b(?:\s+[\w’'-]+){{0,4}}?\s+"
                     rf"(?:{_PARTICIPLES}|bekend|duidelijk|klaar|af|beschikbaar|\w*ge\w+[dt]|known|available|ready)\b",
                     re.I)


def asks_status(question: str) -> bool:
    """True for a question whether something has happened yet, or about the state of things.

    >>> asks_status("Zijn de vijf landsdelige omgevingsagenda's inmiddels vastgesteld?")
    True
    >>> asks_status("Has the City Deal been signed yet?"), asks_status("Wat is de stand van zaken van de nota?")
    (True, False)
    >>> asks_status("Zijn de regelingen verlengd?"), asks_status("Has the decree entered into force?")
    (True, True)
    >>> asks_status("Is er een regeling voor kleine scholen?"), asks_status("Wanneer is de wet al aangenomen?")
    (False, False)
    """
    if STATUS_QUESTION.search(question):
        return True
    opening = _PERFECT_OPENING.match(question)
    return bool(opening) and bool(SETTLED.search(question[opening.end():]))


def settles(text: str) -> bool:
    """True for a sentence that says something happened, was decided or will not happen, and does not only plan it.

    >>> settles("In december 2015 hebben bedrijven het Pact Arbeidsmarkt over de Grens ondertekend.")
    True
    >>> settles("Uiterlijk in het najaar van 2021 zullen deze omgevingsagenda's worden vastgesteld.")
    False
    >>> settles("De gevolgen voor de woningbehoefte zijn inmiddels doorgerekend door ABF Research.")
    True
    >>> settles("Veel onderwerpen zullen worden opgepakt door het Actieteam, dat in 2015 door het kabinet is ingesteld.")
    True
    >>> settles("Een publicatie is gepland en zal binnenkort verschijnen."), settles("Deze projecten zijn begeleid.")
    (False, False)
    >>> settles("Het onderzoek is nog niet afgerond."), settles("Dat is nog niet bekend.")
    (True, True)
    """
    if NOT_YET.search(text):
        return True
    if not SETTLED.search(text):
        return False
    plans = {match.group(0).lower() for match in PLANNED.finditer(text)}
    return not plans or (plans <= {"zal", "zullen", "zou", "zouden", "will", "would"} and bool(DONE.search(text)))


def status_gap(question: str, sentences: list[tuple[float, str]], cap: float) -> float:
    """For a status question: how much closer to it the closest sentence is than the closest one that settles it
    (`cap` when none does); 0 for other questions. `sentences` are (cosine to the question, text), closest first.

    Whether a settling sentence is about the asked thing is left to its closeness: a filter on the question's
    rarest words (tried on dev and the check set) refused answers that name the thing otherwise ("de DU" for "de
    decentralisatie-uitkering", "discussieronden" for "gespreksrondes") and every English question."""
    if not asks_status(question) or not sentences:
        return 0.0
    return gap_to_first(sentences, settles, cap)
