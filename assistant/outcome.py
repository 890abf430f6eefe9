"""Outcome questions: "Wat waren de uitkomsten van …?", "What did the study conclude?". When the sentences
closest to such a question only announce the work (it "wordt verwacht", the SCP "verricht op dit moment een
onderzoek", a centre "heeft opdracht om te onderzoeken") and none reports a result, the letters do not give the
outcome yet: the assistant says so instead of quoting the announcement as if it were the answer.

Example:
    >>> asks_outcome("Wat waren de uitkomsten van het tweede deel van de verkenning?")
    True
    >>> outcome_reach("Wat waren de uitkomsten van het tweede deel van de verkenning?",
    ...               [(0.59, "In november wordt het tweede deel van deze verkenning verwacht.")], cap=0.2)
    0.2
"""
from __future__ import annotations

import re

_ASKS = re.compile(
    r"\b(wat (waren|zijn|was|is) de (eerste |belangrijkste |voorlopige )?"
    r"(uitkomsten?|(eind)?resultaten|(eind)?resultaat|bevindingen|conclusies?|"
    r"effecten)|wat (concludeerde|concludeert|adviseerde|adviseert) |wat (kwam|komt) (er )?uit|"
    r"wat (bleek|blijkt) (er )?uit|"
    r"(wat|welke \w+) (heeft|hebben) .{0,160} (opgeleverd|laten zien|aangetoond)|wat is er uitgekomen|"
    r"wat (leverde|leverden|levert|leveren) .{0,160}\bop(?=\s*\?)|"
    r"tot welke (aanbevelingen|conclusies) (kwam|kwamen|komt|komen)|"
    r"welke (conclusies?|aanbevelingen|resultaten|uitkomsten|bevindingen|lessen) (trok|trokken|trekt|trekken|stond|"
    r"stonden|bevat|bevatte|bevatten|leverde|leverden)|"
    r"wat is er (uit|van) .{0,120}(ge)?komen\b|wat is er terechtgekomen van\b|"
    # what it led to, and a judgement or decision taken: "Tot welke afspraken heeft het overleg geleid?", "Wat was
    # het oordeel van de doorlichting …?", "Welk besluit is er inmiddels genomen over …?"
    r"tot welke (\w+ ){1,2}(heeft|hebben|had|hadden) .{0,160}\bgeleid|tot welke (\w+ ){1,2}(leidde|leidden)\b|"
    r"wat (was|is) het (eind)?oordeel van (de|het) [\w-]*(evaluatie|doorlichting|onderzoek|rapport|commissie|raad|"
    r"rekenkamer|studie|review|toets)\w*|"
    r"welk (\w+ )?besluit is er (inmiddels |uiteindelijk |al )?(genomen|gevallen)\b|"
    r"welke \w+ (is|zijn) er uit (de|het|die|dat|deze) [\w-]*(onderzoek|evaluatie|inventarisatie|studie|verkenning|"
    r"analyse|rapport|peiling|monitor|enquête|gesprekken|sessies|bijeenkomst|pilot|experiment|meting|conferentie|"
    r"overleg|expertmeeting|markttoets)\w*[^?]{0,60}\b(voort)?gekomen\b|"
    # findings and advice asked by their kind: "Welke regionale verschillen kwamen naar voren …?", "Welke grenseffecten
    # heeft ITEM gesignaleerd?", "Welke maatregelen heeft de commissie voorgesteld?"
    r"welke (\w+ ){1,2}(kwam|kwamen|komt|komen) (er )?naar voren|"
    r"welke (\w+ ){1,2}(heeft|hebben) .{0,120}\b(gesignaleerd|geconstateerd|aangetroffen)|"
    # (advice of an advisory body or a study, not a proposal of the minister's own)
    r"welke (\w+ )?(maatregelen|aanbevelingen|adviezen|oplossingen) (heeft|hebben) (de |het )?([\w-]*commissie[\w-]*|"
    r"\w*raad|\w*bureau|onderzoek\w*|evaluatie\w*|rapport\w*|ser|k6|pbl|scp|cpb|onderzoekers|adviseurs|"
    r"wetenschappers|\w*groep)\b.{0,120}\b(voorgesteld|aanbevolen|geadviseerd)|"
    r"welke \w+ (kwam|kwamen|komt|komen) (er )?uit (de|het|die|dat|deze) [\w-]*(onderzoek|evaluatie|inventarisatie|"
    r"studie|verkenning|analyse|rapport|peiling|monitor|enquête|gesprekken|sessies|bijeenkomst|pilot|experiment|meting)|"
    r"welke (aanbevelingen|maatregelen|adviezen) (deed|deden|gaf|gaven|adviseerde|adviseerden|doet|doen)|hoe is (die|dat|het|de)( \w+)? afgelopen|"
    r"what (were|are|was|is) the (first |main |final )?(results?|findings?|outcomes?|conclusions?|recommendations?)|"
    r"what did .{0,80}\b(conclude|find|recommend|advise|show|achieve)|what (has|have) .{0,80}\b(found|shown)|"
    r"which (recommendations|measures) did|what recommendations did|"
    r"what (has|have|did) .{0,100}\b(yield|yielded|produce|produced|reveal|revealed|concluded)|what came (out )?of)\b",
    re.I)
# An announcement: the work is asked for, under way or expected (a forecast in a finding, "gemeenten verwachten dat
# de leegstand stijgt", is not one; nor is background such as "de pilot is in 2016 gestart").
ANNOUNCES = re.compile(
    r"\b((wordt|worden) .{0,60}verwacht|naar verwachting|verwacht (ik|het kabinet|de minister)|"
    r"verricht op dit moment|heeft opdracht|opdracht (gegeven|verleend)|is verzocht|zijn verzocht|gevraagd om|"
    r"(zal|zullen) .{0,60}(evalueren|onderzoeken|informeren|rapporteren|adviseren|aanbieden|opleveren|verschijnen|"
    r"komen met)|(zal|zullen) .{0,100}\bworden (ge|op|uit|ont)\w+(d|t|en)\b|"
    r"wordt .{0,60}(geëvalueerd|onderzocht|uitgevoerd)|voert .{0,100} uit|onderzoekt|in voorbereiding|"
    r"binnenkort|informeert uw kamer|informeer ik uw kamer|aangekondigd|nog niet afgerond|momenteel|op dit moment|"
    r"(wordt|worden) .{0,40}onderzoek gedaan|(doet|doen) .{0,60}\bonderzoek\b|"
    r"afgesproken .{0,80}\bte (verkennen|onderzoeken|bezien|inventariseren)|"
    r"(gaat|gaan) .{0,60}\b(verkennen|onderzoeken|inventariseren|in kaart brengen)|"
    r"(moet|moeten) .{0,40}\binzicht\w* (geven|bieden|opleveren)|"
    r"(onderzoek|studie|pilot|evaluatie|experiment|project|verkenning|meting)\w* .{0,60}\b(loopt|lopen)|"
    r"komt .{0,60} met (een|het|haar|zijn) (eindrapport|rapport|advies))\b", re.I)
# A result: something was found, shown, concluded, recommended or judged.
REPORTS = re.compile(
    r"\b((?:laat|laten|lieten|liet) (?:\w+ ){0,3}zien|toont aan|tonen aan|wijst uit|wees uit|blijkt|bleek|blijken|"
    r"gebleken|concludeer\w*|geconcludeerd|conclusie|eindconclusie|bevinding\w*|(komt|kwam) .{0,60}naar voren|"
    r"naar voren gekomen|heeft geleid|hebben geleid|heeft bijgedragen|hebben bijgedragen|aangegeven|geconstateerd|"
    r"constateert|uitkomst is|uitkomsten zijn|resultaat is|resultaten (zijn|waren)|het resultaat|beveelt aan|"
    r"bevelen aan|volgende aanbevelingen|adviseert|adviseerde|positief|positieve|negatief|negatieve|succesvol\w*|"
    r"afgerond|ervaringen opgedaan|aanbevelingen (betreffen|zijn|luiden|gaan over)|gestegen|gedaald|toegenomen|"
    r"afgenomen|verbeterd|verslechterd|opleverde|opleverden|opgeleverd|nieuwe inzichten)\b", re.I)
# ... but work still to be finished is no result ("wordt naar verwachting in april afgerond", "nog niet afgerond")
NOT_YET = re.compile(r"\b(nog niet|naar verwachting|(wordt|worden|zal|zullen) .{0,60}\bafgerond)\b", re.I)
# The work itself, held, set up or granted, or going on: the closest sentence says what was done, not what it gave
# ("In 2018 en 2019 zijn … twee krimpcongressen georganiseerd", "Zo wordt nu in Drenthe gewerkt met …").
NAMES_WORK = re.compile(
    r"\b((is|zijn|werd|werden) .{0,100}\b(georganiseerd|gehouden|vastgesteld|opgericht|toegekend|ingezet|gesloten|"
    r"afgesloten|ondertekend|opgesteld|ingesteld|geïnventariseerd|opgezet|gestart|uitgevoerd)|"
    r"(heeft|hebben) .{0,100}\b(georganiseerd|opgericht|afgesloten|ondertekend|ingesteld|opgezet)|"
    r"(wordt|worden) .{0,60}\bgewerkt|(neemt|nemen) .{0,60}\bdeel\b|organiseert|organiseren)\b", re.I)
STARTED = re.compile(r"\b(gestart|opgezet|opgericht|begonnen|van start)\b", re.I)
LISTED = re.compile(r"\s*[•▪–-]\s")  # a listed action of a plan ("• Organisatie van een Week van het Erfgoed")
# a numbered recommendation ("2. Ontwikkel een financieel instrument …"): a result when advice is asked
NUMBERED = re.compile(r"\s*\d{1,2}[.)]\s+(?-i:[A-Z])")
# A figure that is a result ("450 woningen gesloopt", "49 aanvragen"): no year, no day of a date, no number of a
# kamerstuk, a question, an annex or a list item
FIGURE = re.compile(
    r"(?<![\w.,(-])(?<!\d )(?<!kamerstuk )(?<!kamerstukken )(?<!nr\. )(?<!tk )(?<!bijlage )(?<!vraag )(?<!vragen )"
    r"(?!(?:19|20)\d\d\b)\d+(?:[.,]\d+)*(?:\s*%)?"
    r"(?![\w)-])(?!\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b)"
    r"(?![.,]\d)", re.I)
# A decision or agreements asked ("Welk besluit is er genomen over …?", "Tot welke afspraken heeft … geleid?"), and
# the sentences that report one ("heb ik besloten", "ben niet van plan", "is beëindigd", "zijn afspraken gemaakt",
# "laat ik aan een volgend kabinet"): a result of its own kind
ASKS_DECISION = re.compile(r"\b(?:besluit|afspraken|akkoord|overeenkomst)\b", re.I)
DECIDED = re.compile(r"\b(besloten|besluit|gekozen|niet van plan|beëindigd|verlengd|afgewezen|ingestemd|akkoord|"
                     r"afspraken (?:\w+ ){0,3}(?:gemaakt|gesloten)|afgesproken|overeengekomen|vastgesteld|ondertekend|"
                     r"(?:volgend|nieuw)e? kabinet)\b", re.I)
ASKS_ADVICE = re.compile(r"\b(aanbeveling\w*|adviezen|advies|adviseer\w*|recommend\w*|advice|advise[sd]?)\b", re.I)


def asks_outcome(question: str) -> bool:
    """True for a question about what came out of something (results, findings, conclusions, recommendations)."""
    return bool(_ASKS.search(question))


def outcome_reach(question: str, sentences: list[tuple[float, str]], cap: float) -> float:
    """For an outcome question: how far below the closest sentence the first one that reports a result lies,
    provided a sentence above it announces the work (0 when none does); `cap` when no sentence reports a result and
    one announces the work or the closest names it (work held, set up or going on, or a listed action, with no
    figure); 0 otherwise and for other questions. A question that asks for recommendations takes a listed one ("•
    Investeer in …") as its result. `sentences` are (cosine to the question, text), closest first.

    >>> asks_outcome("Tot welke afspraken heeft het overleg met OCW geleid?"), asks_outcome("Wat was het oordeel "
    ...                                                                                 "van de doorlichting?")
    (True, True)
    >>> outcome_reach("Welk besluit is er genomen over een nieuw actieplan?", [(0.7, "Het actieplan is per 1 januari "
    ...     "2021 beëindigd en ik ben niet van plan een nieuw actieplan te starten.")], 0.2)
    0.0
    >>> outcome_reach("Wat waren de uitkomsten van het tweede deel?", [(0.66, "Het eerste deel is uitgevoerd."),
    ...     (0.59, "In november wordt het tweede deel verwacht."), (0.46, "De conclusie is dat het Rijk …")], 0.2)
    0.2
    >>> outcome_reach("Hoe is de pilot afgelopen?", [(0.68, "De pilot is in 2016 gestart."),
    ...     (0.55, "De eindconclusie is dat de pilot slechts in beperkte mate heeft bijgedragen.")], 0.2)
    0.0
    >>> outcome_reach("Wat heeft de Week van het Erfgoed opgeleverd?", [(0.56, "• Organisatie van een Week van het "
    ...     "Erfgoed in de Ruimte."), (0.48, "• OCW organiseert samen met de gemeente een week over leegstand.")], 0.2)
    0.2
    >>> outcome_reach("Wat hebben de krimpcongressen opgeleverd?", [(0.7, "In 2018 en 2019 zijn twee krimpcongressen "
    ...     "georganiseerd."), (0.64, "De deelnemers waren positief.")], 0.2)
    0.06
    >>> outcome_reach("Wat hebben de krimpcongressen opgeleverd?", [(0.7, "In 2018 en 2019 zijn twee krimpcongressen "
    ...     "georganiseerd."), (0.5, "Op 7 december 2020 is een webinar gehouden.")], 0.2)
    0.2
    """
    if not asks_outcome(question) or not sentences:
        return 0.0
    advice = bool(ASKS_ADVICE.search(question))
    decision = bool(ASKS_DECISION.search(question))
    # the closest sentence says what was done ("In 2018 en 2019 zijn … twee krimpcongressen georganiseerd", an
    # annex's "• Organisatie van een Week van het Erfgoed"), not what it gave (a figure in it is a result in numbers:
    # "• 450 woningen gesloopt"); like an announcement, it makes a result far below it no answer
    top = sentences[0][1]
    names_work = (bool(LISTED.match(top) or NAMES_WORK.search(top)) and not FIGURE.search(top)
                  and not (decision and DECIDED.search(top)))
    # a start is background, not news ("De pilot is in 2016 gestart"): a result below it is measured from nothing
    announced = names_work and not STARTED.search(top)
    for cosine, text in sentences:
        if _reports(text, advice) or (decision and DECIDED.search(text)):
            return round(min(cap, sentences[0][0] - cosine), 6) if announced else 0.0
        announced = announced or bool(ANNOUNCES.search(text))
    return cap if announced or names_work else 0.0


def _reports(text: str, advice: bool) -> bool:
    """A sentence that reports a result in words, or (asked for advice) a listed or numbered recommendation.

    >>> _reports("2. Ontwikkel een financieel instrument dat beter aansluit.", advice=True)
    True
    >>> _reports("2. Ontwikkel een financieel instrument dat beter aansluit.", advice=False)
    False
    """
    return bool((REPORTS.search(text) and not NOT_YET.search(text))
                or (advice and (LISTED.match(text) or NUMBERED.match(text))))
