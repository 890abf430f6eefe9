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

# A yes/no question with "al", "inmiddels", "yet" … ("Is de wet er inmiddels door?", "Has it been signed yet?"), or
# whether something still goes on ("Loopt de pilot nog door?"). Not "nog" or "still" alone: "Zijn de uitdagingen
# nog steeds groot?" asks about a state, which no event settles; not "al" as "all" ("Zijn al deze gemeenten …?").
_OPENING = (r"is|zijn|was|waren|heeft|hebben|wordt|worden|gaat|gaan|loopt|lopen|geldt|gelden|bestaat|bestaan|"
            r"staat|staan|komt|komen|krijgt|krijgen|zit|zitten|has|have|are|were|does|do|did")
_WHEN_STATE = (r"al(?!\s+(?:deze|die|dat|de|het|onze|hun|zijn|haar|zo|veel|lang))|inmiddels|reeds|intussen|already|"
               r"yet|by now|so far|nog(?: steeds| altijd)? door|still (?:running|going on|continuing)|"
               # "Zijn die Dorpenlabs er uiteindelijk gekomen?", "Is dat er ook van gekomen?"
               # (with a participle at the question's end: "Was het geld uiteindelijk genoeg?" asks a judgement, "Is
               # het uiteindelijk aan de gemeenten om …?" a role)
               r"(?:uiteindelijk|daadwerkelijk)(?=[^?]*\s(?:\w*ge\w+(?:d|t|en)|gaan\s+\w+)\W*$)|eventually|finally|"
               r"er\s+(?:\w+\s+)?van\s+gekomen")
# ("Wat is de stand van zaken …?" is left out: its answers describe work under way)
STATUS_QUESTION = re.compile(rf"^\W*(?:(?:en|and|maar|but)\s+)?(?:{_OPENING})\b.*\b(?:{_WHEN_STATE})\b", re.I)
# …or how far a party has got with a piece of work ("Hoe ver is Zuid-Limburg met het sloopfonds?", "Hoe ver zijn de
# regio's inmiddels met hun uitvoeringsprogramma?"): work under way answers that as well (UNDER_WAY). Not a distance
# ("Hoe ver is het met de auto naar Assen?"), nor "Hoe staat het met …?" or "Wat is er met … gebeurd?": their
# answers describe a thing in any words, and on the code review's probes they refused answerable questions
HOW_FAR = re.compile(r"^\W*(?:(?:en|and|maar)\s+)?hoe\s+ver\s+(?:is|zijn|was|waren|staat|staan)\b"
                     r"(?![^?]*\b(?:afstand|verwijderd|kilometers?|km|dichtstbijzijnde|lopen|reizen|rijden|auto|fiets)\b)"
                     r"[^?]{1,80}?\bmet\b", re.I)
# A sentence that says the work is going on: "Er lopen momenteel twee MaaS-pilots", "het nog lopende onderzoek",
# "Momenteel wordt op een beperkt aantal scholen een pilot uitgevoerd", "De resultaten worden in 2023 verwacht"
UNDER_WAY = re.compile(r"\b(?:momenteel|op dit moment|inmiddels|loopt|lopen|lopende|in uitvoering|in voorbereiding|"
                       r"(?:wordt|worden)\s+(?:\S+\s+){0,8}?(?:uitgevoerd|gewerkt|verwacht|onderzocht|uitgewerkt|"
                       r"geëvalueerd|beëindigd|ingezet|gebruikt|opgesteld|voorbereid|verkend|bekeken|bezien)|"
                       r"werk(?:t|en)\s+(?:\S+\s+){0,8}?aan|naar verwachting|(?:is|zijn) gestart|van start)\b", re.I)
# …or a yes/no question in the perfect tense of an event that settles ("Zijn de regelingen verlengd?", "Has the
# decree entered into force?")
_PERFECT_OPENING = re.compile(r"^\W*(?:(?:en|and|maar|but)\s+)?(?:is|zijn|heeft|hebben|has|have)\b", re.I)
# A sentence that settles it: done, decided, signed, in force, ended, put off, or not going to happen
_PARTICIPLES = (
    r"in werking getreden|ingegaan(?! op)|ingevoerd|doorgevoerd|aangenomen|vastgesteld|vastgelegd|"
    r"ondertekend|getekend|gesloten|afgesloten|goedgekeurd|gepubliceerd|ingediend|aangeboden|verstuurd|gestuurd|"
    r"toegestuurd|verzonden|ingesteld|opgericht|benoemd|gestart|begonnen|van start|afgerond|voltooid|beëindigd|"
    r"gestopt|afgeschaft|opgeheven|verlengd|uitgesteld|afgewezen|aangepast|gewijzigd|herzien|opgeleverd|uitgevoerd|"
    r"gerealiseerd|plaatsgevonden|verschenen|uitgebracht|opgezet|opgesteld|geopend|ingericht|gevormd|toegekend|"
    r"verstrekt|uitgekeerd|verleend|gekregen|verkregen|ingezet|gebeurd|georganiseerd|geïmplementeerd|"
    r"gepresenteerd|geïnformeerd|geëvalueerd|gelanceerd|geïntroduceerd|toegevoegd")
SETTLED = re.compile(
    rf"\b({_PARTICIPLES}|"
    r"besloten|besluit genomen|heeft besloten|zie af|zie ik af|afgezien|niet nodig|niet voornemens|niet van plan|"
    r"geen plannen|niet te continueren|niet langer|gaat .{0,80}\bdoor|loopt .{0,80}\bdoor|lopen .{0,80}\bdoor|"
    r"trad .{0,60}in werking|traden .{0,60}in werking|"
    r"entered into force|signed|adopted|launched|completed|ended|decided|postponed)\b|"
    # done by now: "De gevolgen … zijn inmiddels doorgerekend door ABF Research"
    r"\b(?:is|zijn|heeft|hebben|heb)\s+(?:\w+\s+){0,2}?(?:inmiddels|reeds|al)\s+(?:\w+\s+){0,3}?\w*ge\w+(?:d|t|en)\b|"
    # done on a day gone by: "heeft … met zijn brief van 26 juni jl. uw Kamer geïnformeerd"
    rf"\b(?:heeft|hebben|heb|is|zijn|werd|werden)\b.{{0,80}}\b(?:jl\.|(?:op|per|in|van) (?:\d{{1,2}} )?(?:{MONTHS}) "
    r"(?:19|20)\d\d)", re.I)
# …unless it only plans, expects or works on it (a settled word in such a sentence is the plan's), including the
# present passive of a settling verb, which in Dutch mostly plans: "Ook wordt in 2016 … gepubliceerd".
PLANNED = re.compile(
    r"\b(zal|zullen|zou|zouden|wordt verwacht|worden verwacht|naar verwachting|te verwachten|in voorbereiding|"
    r"voorbereiding\w*|streven|streef|beoog\w*|voornemen|voornemens|aanstaande|binnenkort|uiterlijk|concept|"
    r"wordt (?:\w+ )?gewerkt|werkt .{0,40}\baan|wordt uitgewerkt|worden uitgewerkt|verder uitwerken|verkennen|"
    r"verkenning|bezie|bezien|bekijk\w*|in overleg|in gesprek|momenteel|op dit moment|nog niet|will|would|"
    r"(?:kan|kunnen|moet|moeten|mag|mogen) worden|gepland|de bedoeling|"
    rf"(?:wordt|worden)\s+(?:\S+\s+){{0,8}}?(?:{_PARTICIPLES})|"
    r"expected|planned|intends?)\b", re.I)


# …but a perfect or past main verb of a settling kind ("heeft … aangenomen", "is … ingesteld", "werd …
# verlengd") settles it in a sentence that speaks of something else to come: "… zullen worden opgepakt door het
# Actieteam, dat in 2015 door het kabinet is ingesteld"; not in a clause that plans or supposes it ("Het
# wetsvoorstel zal in 2021 zijn ingediend", "Zodra de wet is aangenomen, …", "De evaluatie moet in 2021 zijn
# afgerond"; nor "De voorbereiding van de aanpassing is gestart", where what started is the preparation).
_AUXILIARY = r"is|zijn|was|waren|werd|werden|heeft|hebben|heb"
_NOT_BETWEEN = r"(?!(?:wordt|worden|zal|zullen|zou|zouden|moet|moeten|kan|kunnen|en|of|maar|te|om)\b)"
DONE = re.compile(rf"\b(?:{_AUXILIARY})\s+(?:{_NOT_BETWEEN}[\w’'-]+\s+){{0,8}}?(?:{_PARTICIPLES})\b|"
                  rf"\b(?:{_PARTICIPLES})\s+(?:{_AUXILIARY})\b", re.I)
# ("als" supposes only where it opens the clause: "… waarvan Zuid Limburg als eerste … de status heeft gekregen")
_SUPPOSED = re.compile(r"^\W*als\b|\b(zal|zullen|zou|zouden|moet|moeten|kan|kunnen|zodra|indien|mits|wanneer|nadat|"
                       r"will|would|once|when|if|voorbereiding\w*|concept\w*)\b", re.I)


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
    >>> asks_status("Zijn die Dorpenlabs er uiteindelijk gekomen?"), asks_status("Is dat er ook van gekomen?")
    (True, True)
    >>> asks_status("Hoe ver is Zuid-Limburg met het sloopfonds?"), asks_status("Hoe ver moeten inwoners lopen?")
    (True, False)
    """
    if STATUS_QUESTION.search(question) or HOW_FAR.search(question):
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
    >>> settles("Veel onderwerpen zullen worden opgepakt door het Actieteam, dat in 2015 door het kabinet is "
    ...         "ingesteld.")
    True
    >>> settles("Een publicatie is gepland en zal binnenkort verschijnen."), settles("Deze projecten zijn begeleid.")
    (False, False)
    >>> settles("Het onderzoek is nog niet afgerond."), settles("Dat is nog niet bekend.")
    (True, True)
    """
    if NOT_YET.search(text):
        return True
    done = [not _SUPPOSED.search(_clause_before(text, m.start())) for m in DONE.finditer(text)]
    if done:  # a perfect or past settling verb: settled unless every such clause supposes or plans it
        return any(done)
    return bool(SETTLED.search(text)) and not PLANNED.search(text)


def _clause_before(text: str, at: int) -> str:
    """The words of `at`'s clause before it (from the last comma, semicolon or colon)."""
    return re.split(r"[,;:]", text[:at])[-1]


def status_gap(question: str, sentences: list[tuple[float, str]], cap: float) -> float:
    """For a status question: how much closer to it the closest sentence is than the closest one that settles it
    (`cap` when none does); 0 for other questions. `sentences` are (cosine to the question, text), closest first.

    Whether a settling sentence is about the asked thing is left to its closeness: a filter on the question's
    rarest words (tried on dev and the check set) refused answers that name the thing otherwise ("de DU" for "de
    decentralisatie-uitkering", "discussieronden" for "gespreksrondes") and every English question."""
    if not asks_status(question) or not sentences:
        return 0.0
    if HOW_FAR.search(question):  # how far it has got: work under way is an answer too
        return gap_to_first(sentences, lambda text: settles(text) or bool(UNDER_WAY.search(text)), cap)
    return gap_to_first(sentences, settles, cap)
