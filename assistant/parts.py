"""Understand: split one question that asks two or three things into its parts, each to be answered on its own.

"Wat was het doel van de pilot met Akense studenten en hoe is die afgelopen?" asks two things whose answers stand
in different passages; ranked as one question, the passage on the goal and the one on the ending compete for the
same places, and the decide stage reads the question against one passage at a time. The parts are asked like a
short conversation (assistant/__init__.py): the second part is a follow-up of the first, so "hoe is die
afgelopen?" keeps the pilot as its topic.

Three shapes are split, in this order:
- clauses: a comma or "en"/"and" before a new question word ("…, en wanneer …", "… and which …", also after a
  comma with a preposition: "…, en in welk leerjaar …"), or a comma and
  "en" before a verb that opens a yes/no question ("…, en wordt die indeling herzien?");
- a repeated preposition: "over de Retail Deal en over snel internet", "in Zeeland and in Zuid-Limburg";
- two topics with their own article, in Dutch: "de regiodeals en de NOVI-omgevingsagenda's in het beleid …" (each
  part keeps the rest of the question; an English question puts two subjects before one verb: "Why are the
  ministry and the IND involved …?" asks one thing of both).
Questions about the relation between things ("tussen", "verschil", "samen", "between") are not split, nor a
hyphenated "krimp- en anticipeerregio's".

Example:
    >>> split_parts("Wat was het doel van de pilot en hoe is die afgelopen?", "nl")
    ('Wat was het doel van de pilot?', 'hoe is die afgelopen?')
    >>> split_parts("Hoe wordt de zorg aangepakt in Zeeland en in Zuid-Limburg?", "nl")
    ('Hoe wordt de zorg aangepakt in Zeeland?', 'Hoe wordt de zorg aangepakt in Zuid-Limburg?')
    >>> split_parts("Wat is het verschil tussen de krimpregio's en de anticipeerregio's?", "nl")
    ()
"""
from __future__ import annotations

import re

from assistant.conversation import OWN_TOPIC_WORDS, POINTS_BACK, content_words, has_own_topic
from assistant.evidence import opens_with_condition

MAX_PARTS = 3
MIN_PART_WORDS = 1  # content words a part needs to be a question of its own
# words a clause needs before a split: "Kunt u aangeven, wanneer …" is one question, and "Hoeveel stedelijke
# vernieuwingsgebieden en hoeveel …" leaves its verb to the second part
MIN_PART_LENGTH = 4
MAX_CONJUNCT_WORDS = 8  # "over <at most this many words> en over …"
# (not "gemeenten", "regio's" or "provincies": in these letters they are topics as often as actors)
NO_TOPIC_WORDS = frozenset("""minister ministers kabinet rijk rijksoverheid overheid regering staatssecretaris
ministerie onderzoekers brief evaluatiebrief k6-brief so-antwoorden volgens government cabinet researchers letter
according""".split())

QUESTION_WORDS = {
    "nl": r"wat|wie|wanneer|waarom|hoe|hoeveel|welke|welk|waar|waarop|waarmee|waarover|waardoor|waaraan|waarvoor|"
          r"waarbij|waarin|waarvan|waaruit|waarnaar|in hoeverre",
    "en": r"what|who|when|why|how|which|where|whom|to what extent",
}
# After "en"/"and" without a comma, only words that cannot continue the sentence as a relative clause ("… en waar
# VWS en BZK samen optrekken" is one question)
OPENING_WORDS = {
    "nl": r"wat|wie|wanneer|waarom|hoe|hoeveel|welke|welk|in hoeverre",
    "en": r"what|who|when|why|how|which|to what extent",
}
# Words that open a relative clause as well as a question
RELATIVE = re.compile(r"(?:waar\w*|welke?|wie|which|who|whom|where)\b", re.I)
# "waarmee", "waardoor" … before anything but a verb open a relative clause ("…, waarmee jongeren … worden
# uitgewisseld"); a question puts its verb right after them ("…, waarmee wordt dat betaald?")
_RELATIVE_ADVERB = re.compile(r"waar(?:mee|door|aan|op|over|in|bij|van|voor|uit|naar|langs|tegen)\s+"
                              r"(?!(?:wordt|worden|werd|werden|is|zijn|was|waren|kan|kunnen|heeft|hebben|had|zal|"
                              r"zullen|gaat|gaan|moet|moeten|krijgt|krijgen|komt|komen|gebeurt|gebeurde)\b)", re.I)
# Verbs that open a yes/no question ("…, en wordt die indeling in 2020 herzien?")
QUESTION_VERBS = {
    "nl": r"komt|komen|wordt|worden|werd|werden|is|zijn|was|waren|kan|kunnen|heeft|hebben|had|zal|zullen|gaat|gaan|"
          r"moet|moeten|krijgt|krijgen|blijft|blijven|geldt|gelden|loopt|lopen|staat|staan|bestaat|zit|zitten|mag|"
          r"mogen",
    "en": r"is|are|was|were|does|do|did|will|has|have|had|can|could|should|would",
}
# …and the other verbs that open a yes/no question or a request ("Klopt het dat …", "Kunt u …", "Can you …")
YES_NO_OPENERS = (r"klopt|klopte|kloppen|weet|weten|wil|wilt|willen|mag|mogen|kun|kunt|doet|doen|deed|speelt|"
                  r"spelen|geeft|geven|betaalt|betalen|levert|leveren|neemt|nemen|houdt|houden|ziet|zien|vindt|"
                  r"vinden|noem|geef|can|could|should|would|may|must|tell|give|name|list")
# Words that open a statement or a condition, not a question: a subject ("Ik wil weten …", "De SP vroeg …", "A
# journalist wants …") or a subordinate clause ("als ze dat plan daarna gaan uitvoeren")
STATEMENT_OPENERS = frozenset("""de het een die dat deze dit ik we wij jij je zij ze hij men mijn onze ons uw er
als indien zodra omdat hoewel nu the a an this that these those i my our it there if because although""".split())
FINITE_VERBS = (r"zou|zouden|kon|konden|wilde|wilden|moest|moesten|mocht|mochten|ging|gingen|wants|want|wanted|needs|"
                r"need")
SUBJECT_WORDS = 4  # a statement's verb follows a subject of at most this many words
AND = {"nl": "en", "en": "and"}
PREPOSITIONS = {
    "nl": r"over|in|met|bij|voor|aan|naar|van|op|uit|onder|binnen|buiten",
    "en": r"about|in|on|for|with|at|to|from|of|within|outside",
}
ARTICLES = {"nl": r"de|het|een", "en": r"the|a|an"}
# A question about how things relate asks one thing about both
RELATION = re.compile(r"\b(tussen|verschil\w*|vergelijk\w*|vergeleken|samen|gezamenlijk|onderling|beide|beiden|"
                      r"zowel|elkaar|verhouding\w*|relatie|between|difference|differ|compare\w*|together|jointly|"
                      r"both|each other|relate|relation\w*)\b", re.I)


def split_parts(question: str, language: str) -> tuple[str, ...]:
    """The parts of a question that asks several things, in the user's order, each ending in "?"; () for a
    question that asks one thing."""
    language = language if language in AND else "nl"
    # "Wat is …? En hoe …?" asks twice; what follows the last question mark and states says why it is asked ("Ik
    # zoek één bedrag voor de terugblik.", "A journalist wants to interview one of them."): no part
    asked = [piece for piece in re.split(r"(?<=\?)\s+", question.strip()) if piece.strip()]
    if len(asked) > 1 and _adds_context(asked[-1], language):
        asked = asked[:-1]
    asked = [piece.strip().rstrip("?").strip() for piece in asked]
    text = " ".join(asked)
    parts = asked if len(asked) > 1 else _clauses(text, language)
    if len(parts) == 1 and not RELATION.search(text):
        # English puts two subjects before one verb ("Why are the justice ministry and the IND involved …?",
        # "What are the Rijk and the region doing …?"): one thing asked of both, so only Dutch topics are split
        topics = _coordinated_topics(text, language) if language == "nl" else []
        parts = _repeated_preposition(text, language) or topics or parts
    parts = [p.strip(" ,;?.!") for p in parts]
    # more parts than MAX_PARTS: asked whole (a part left out would get neither an answer nor a reason)
    if not 2 <= len(parts) <= MAX_PARTS or any(len(content_words(p)) < MIN_PART_WORDS for p in parts):
        return ()
    return tuple(p + "?" for p in parts)


def asked_clause(question: str, language: str) -> str:
    """The question without what the user tells around it: the sentences before the question that state ("Binnenlands
    Bestuur vraagt waarom …. Welke reden gaf de minister?"), a preamble before a colon ("Voor een Woo-dossier over
    Europees geld: welk deel …?") and what follows the question and adds context. Words the letters never use count
    as evidence that they do not answer only here: the user's own situation is no part of what is asked.

    >>> asked_clause("Ik bereid een werkbezoek voor. Welk budget heeft de IBA Parkstad?", "nl")
    'Welk budget heeft de IBA Parkstad?'
    >>> asked_clause("Ik schrijf over het Groeifonds. Hoeveel geld is daaruit naar Limburg gegaan?", "nl")
    'Ik schrijf over het Groeifonds. Hoeveel geld is daaruit naar Limburg gegaan?'
    >>> asked_clause("Voor een Woo-dossier over Europees geld: welk deel ging naar Limburg?", "nl")
    'welk deel ging naar Limburg?'
    >>> asked_clause("Wat is een anticipeerregio?", "nl")
    'Wat is een anticipeerregio?'
    """
    language = language if language in AND else "nl"
    sentences = [piece for piece in re.split(r"(?<=[.!?])\s+", question.strip()) if piece.strip()]
    asking = [i for i, piece in enumerate(sentences) if piece.rstrip().endswith("?")]
    if not asking:
        return question
    first, last = asking[0], asking[-1]
    before = sentences[:first]
    if before and not all(_states(piece.rstrip(".!"), language) for piece in before):
        return question
    after = sentences[last + 1:]
    if after and not all(_adds_context(piece, language) for piece in after):
        return question
    asked = " ".join(sentences[first:last + 1])
    # what it is for, not what it is about ("Samenwerkingsafspraken Zuid-Limburg: welke …?", "Voor het Groeifonds:
    # hoeveel …?" name the topic)
    purpose = re.match(r"(?:voor|for)\s+(?:een|ons|onze|mijn|a|an|our|my)\s+[^?:]{2,100}:\s+(?=\S)", asked, re.I)
    if purpose and not re.search(rf"\b(?:{QUESTION_WORDS[language]})\b", purpose.group(0), re.I):
        asked = asked[purpose.end():]
    # a question that points back ("Hoeveel geld is daaruit …?", "Klopt dat?") asks about what the user told
    return question if POINTS_BACK.search(asked) else asked


def stands_alone(part: str) -> bool:
    """A later part with a topic of its own: three or more content words, nothing pointing back, and a thing it
    names (an article and a noun, or a capitalised word): "wanneer wordt de verbeterde loketfunctie landelijk
    ingevoerd?" stands alone; "how much money was made available?" and "hoe is die afgelopen?" lean on the part
    before.

    >>> stands_alone("wanneer wordt de verbeterde loketfunctie landelijk ingevoerd?")
    True
    >>> stands_alone("how much money was made available?"), stands_alone("hoe is die afgelopen?")
    (False, False)
    >>> stands_alone("wat raden de onderzoekers het Rijk aan?")
    False
    """
    names_a_thing = re.search(r"\b(?:de|het|een|the|a|an)\s+[\w’'-]{4,}", part, re.I) or re.search(
        r"(?<=\s)[A-Z][\w’'-]+", part)
    # the actors and letters a part names are no topic of its own: "wat raden de onderzoekers het Rijk aan?" and
    # "wat blijkt er volgens de evaluatiebrief uit?" ask about what the part before named
    topic = [word for word in content_words(part) if word not in NO_TOPIC_WORDS]
    return has_own_topic(part) and len(topic) >= OWN_TOPIC_WORDS and bool(names_a_thing)


def _clauses(text: str, language: str) -> list[str]:
    """Split at a comma or "en" before a question word, or at ", en" before a verb."""
    words, verbs, conj = QUESTION_WORDS[language], QUESTION_VERBS[language], AND[language]
    preps = PREPOSITIONS[language]
    # "…, en in welk leerjaar …", "…, en tot wanneer …": a preposition may open the new question after "en" (without
    # it, "…, met wie de regio's overleggen, …" is a relative clause)
    boundary = re.compile(rf",\s*(?:{conj}\s+(?=(?:(?:{preps}|tot|sinds|vanaf|until|since)\s+)?(?:{words})\b)|"
                          rf"(?=(?:{words})\b))|"
                          rf"\s+{conj}\s+(?=(?:{OPENING_WORDS[language]})\b)|"
                          rf",\s*{conj}\s+(?=(?:{verbs})\b)", re.I)
    asks = re.compile(rf"\b(?:{words}|{verbs})\b", re.I)
    next_part = re.compile(rf"\s*(?:{conj}\s+)?(?:{words}|{verbs})\b", re.I)
    pieces, start = [], 0
    for match in boundary.finditer(text):
        before = text[start:match.start()]
        # "In the Atlas answers, how …" and "Volgens de K6-brief, wanneer …" open one question, not two; nor does a
        # condition ("Wanneer een school sluit, wat doet het Rijk dan?")
        # "foodvalley is er als woningbouwlocatie bijgekomen, hoeveel geld gaat daar naartoe" opens with what the
        # user knows, and asks one thing
        if not (len(content_words(before)) >= MIN_PART_WORDS and len(before.split()) >= MIN_PART_LENGTH
                and asks.search(before) and not _states(before, language)) or opens_with_condition(text[start:]):
            continue
        rest = text[match.end():]
        if language == "nl" and not re.search(rf"\b{conj}\s*$", match.group(0)) and _relative_clause(rest):
            continue  # "Wat kost het programma Onbegrensd, waarmee jongeren … worden uitgewisseld?": relative
        closing = rest.find(",")
        if RELATIVE.match(rest) and closing >= 0 and not next_part.match(rest[closing + 1:]):
            continue  # "Is de wet, waardoor scholen … kunnen veranderen, er inmiddels door?": an aside
        pieces.append(before)
        start = match.end()
    pieces.append(text[start:])
    return pieces


def _states(clause: str, language: str) -> bool:
    """A clause that tells rather than asks: it opens with a subject, a condition or what the user knows, and no
    question word or verb opens it. Its last sentence is read ("Ik ben net begonnen. Wat is een anticipeerregio"
    asks), or after a colon or comma ("Dat IBP heette het geloof ik: loopt dat nog", "Ik heb twee vragen, wat is …"
    ask).

    >>> _states("foodvalley is er als woningbouwlocatie bijgekomen", "nl"), _states("Ik wil weten of het klopt", "nl")
    (True, True)
    >>> _states("Klopt het dat de DU is verlengd", "nl"), _states("verwacht het kabinet dat het snel gaat", "nl")
    (False, False)
    >>> _states("A journalist wants to interview one of them", "en"), _states("what did we tell the PvdA", "en")
    (True, False)
    """
    words = re.findall(r"[\w’'-]+", re.split(r"(?<=[.!:;,])\s+", clause.strip())[-1].lower())
    if words and words[0] in (AND[language], "maar", "but"):
        words = words[1:]
    if not words or re.fullmatch(rf"{QUESTION_WORDS[language]}|{QUESTION_VERBS[language]}|{YES_NO_OPENERS}", words[0]):
        return False
    if words[0] in STATEMENT_OPENERS or any(re.fullmatch(QUESTION_WORDS[language], w) for w in words):
        return words[0] in STATEMENT_OPENERS
    # a subject of a few words and then its verb ("de evaluatie vh actieplan zou …", "foodvalley is er …")
    return any(re.fullmatch(rf"{QUESTION_VERBS[language]}|{FINITE_VERBS}", w) for w in words[1:SUBJECT_WORDS + 1])


def _adds_context(piece: str, language: str) -> bool:
    """Does the piece after the last question mark add what the user knows or wants rather than ask? One that ends
    in "?" asks; one that ends in a full stop asks only when a question word or verb opens it ("Welke regio's
    vooral.", "Geef ook de vijftien gebieden."); one without an end mark when it does not state.

    >>> _adds_context("Ik zoek één bedrag voor de terugblik.", "nl"), _adds_context("Geef ook de gebieden.", "nl")
    (True, False)
    >>> _adds_context("NOS vraagt naar het totaalbedrag.", "nl"), _adds_context("de Achterhoek ook?", "nl")
    (True, False)
    """
    piece = piece.strip()
    if piece.endswith("?"):
        return False
    if piece.endswith((".", "!")):
        words = re.findall(r"[\w’'-]+", piece.lower())
        if words and words[0] in (AND[language], "maar", "but", "ook", "also"):
            words = words[1:]
        opener = rf"{QUESTION_WORDS[language]}|{QUESTION_VERBS[language]}|{YES_NO_OPENERS}"
        return not (words and re.fullmatch(opener, words[0]))
    return _states(piece, language)


_SUBJECT_OPENERS = frozenset("""de het een deze die dit dat ze zij hij wij we ik u jij je men hun zijn haar onze mijn
er alle veel""".split())


def _relative_clause(rest: str) -> bool:
    """"waarmee jongeren over de grens worden uitgewisseld": "waarmee", "waardoor" … before a subject, with the verb
    at the clause's end, open a relative clause; "waarmee wordt dat betaald?", "waardoor ontstaat die?" ask."""
    match = _RELATIVE_ADVERB.match(rest)
    if not match:
        return False
    clause = rest[match.end():].split(",")[0].strip(" ?.!")
    words = clause.split()
    if not words:
        return False
    # a subject right after it ("waarbij de regio …", "waaruit LNV …"), or a verb at the clause's end ("waarbij
    # ambtenaren … meewerkten", "… worden uitgewisseld")
    subject = words[0].lower() in _SUBJECT_OPENERS or words[0][:1].isupper()
    verb_last = len(words) >= 3 and re.search(r"(?:en|t|de|te)$", words[-1].lower()) is not None
    return subject or verb_last or bool(re.search(
        r"\b(?:wordt|worden|werd|werden|is|zijn|was|waren|kan|kunnen|heeft|hebben|had|zal|zullen|gaat|gaan|moet|"
        r"moeten|krijgt|krijgen|komt|komen|ligt|liggen|valt|vallen)\b", clause, re.I))


def _repeated_preposition(text: str, language: str) -> list[str]:
    """"… over A en over B …" -> "… over A", "… over B …"."""
    preps, conj = PREPOSITIONS[language], AND[language]
    for match in re.finditer(rf",?\s+{conj}\s+({preps})\s+", text, re.I):
        prep = match.group(1).lower()
        head = text[:match.start()]
        earlier = [m for m in re.finditer(rf"\b{prep}\s+", head, re.I)]
        if not earlier:
            continue
        first = earlier[-1]
        conjunct = head[first.end():]
        if "," in conjunct.strip(" ,") or len(conjunct.split()) > MAX_CONJUNCT_WORDS or conjunct.endswith("-"):
            continue
        return [head, head[:first.start()] + text[match.start(1):]]
    return []


def _coordinated_topics(text: str, language: str) -> list[str]:
    """"… de A en de B <prep> …" -> "… de A <prep> …", "… de B <prep> …". Each topic is one word after its
    article or a name of up to three capitalised words ("het Living Lab"), and the second one is followed by a
    preposition (not "van", which continues a name: "de Kop van Noord-Holland"), so that "de provincie en de
    gemeenten het geld", "de Nederlandse en de Duitse overheid" and "het Rijk en de regio afgesproken" stay
    whole."""
    arts, conj = ARTICLES[language], AND[language]
    preps = "|".join(p for p in PREPOSITIONS[language].split("|") if p not in ("van", "of"))
    topic = rf"(?:{arts})\s+(?:[a-zà-ÿ][\w’'-]*|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){{0,2}})"
    pattern = re.compile(rf"\b({topic})\s+{conj}\s+({topic})(?=\s+(?:{preps})\b)")
    match = pattern.search(text)
    if not match or match.group(1).endswith("-"):
        return []
    first, second = match.group(1), match.group(2)
    head, rest = text[:match.start()], text[match.end():]
    return [head + first + rest, head + second + rest]
