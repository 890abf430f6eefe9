"""Understand a turn in its conversation: exact slots by rule, topic follow-ups by evidence.

Rules only for what is exact: question numbers ("vraag 12", "antwoord op 12", "En 12?"), steps ("de vraag
daarna", "de twee vragen daarna"), "who asked that?" when the turn has no content words of its own, and a switch
of reply language ("And in English?"). Every other turn is a topic turn: it gets the standalone reading and, after
an earlier turn, a reading conditioned on it (the earlier question with the changed slot put in: "En onder
Oost-Groningen?" after a question about Maastricht-Mergelland; else the earlier topic words and the turn). The
assistant searches
both and keeps the one the reading stage is more confident about, preferring the standalone reading for a turn
with a topic of its own and the conditioned one for a turn that points back ("Wat wordt ermee gedaan?").

Example:
    >>> from corpus import load_corpus
    >>> previous = ResolvedTurn("Welke gemeenten vallen onder de krimpregio Maastricht-Mergelland?",
    ...                         "Welke gemeenten vallen onder de krimpregio Maastricht-Mergelland?")
    >>> plan = resolve_turn("En onder Oost-Groningen?", load_corpus(), previous)
    >>> plan.readings[0].text
    'Welke gemeenten vallen onder de krimpregio Oost-Groningen?'
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal

from assistant.letter_years import letter_reference_years, letter_years, without_cited_letters
from assistant.list_requests import step_item
from assistant.query import (DUTCH_WORDS, ENGLISH_WORDS, ParsedQuery, _expand, detect_language, letter_hints,
                             parse_query)
from assistant.records import ResolvedTurn
from assistant.terse import question_form
from corpus import Corpus

TurnKind = Literal["lookup", "who_asked", "language", "search"]

ANSWER_TO = re.compile(r"\b(?:antwoord|answer)\s+(?:op|to|on)\s+(\d{1,3}(?:\s*(?:,|en|and|&)\s*\d{1,3})*)\b", re.I)
BARE_NUMBERS = re.compile(r"^\s*(?:en|and|of|or|wat is|what about|en met|en hoe zit het met)?\s*"
                          r"(\d{1,3}(?:\s*(?:,|en|and|&|t/m|-)\s*\d{1,3})*)\s*\??\s*$", re.I)
COUNT_WORDS = {"twee": 2, "drie": 3, "vier": 4, "two": 2, "three": 3, "four": 4}
STEP_WORDS = r"(daarna|hierna|erna|daarvoor|ervoor|hiervoor|after that|before that)"
STEP = re.compile(rf"\b(?:de |het |the )?(?:(twee|drie|vier|two|three|four) )?(?:vraag|vragen|antwoord|question|"
                  rf"questions) {STEP_WORDS}\b|\b(?:volgende|vorige) vraag\b|\b(?:next|previous) question\b|"
                  # without the word "vraag" only as the whole turn: "Is dat daarna nog geëvalueerd?" is a question
                  rf"^\W*(?:en |and )?(?:(?:die|dat|degene|the one) {STEP_WORDS}|(?:de|het) (?:volgende|vorige)|"
                  rf"(?:the )?(?:next|previous) one)\W*$", re.I)
# A turn with a question word of its own says what kind of fact it asks for ("Hoeveel ...?" wants an amount),
# whatever the earlier turn asked; one without ("En naar de krimpgebieden?") asks what the earlier turn asked.
QUESTION_WORD = re.compile(r"\b(wat|wie|welke?|hoe|hoeveel|wanneer|waar|waarom|waarmee|waarover|what|who|which|how|"
                           r"when|where|why)\b", re.I)
WHO_ASKED = re.compile(r"\b(wie (vroeg|vroegen|stelde|stelden|heeft|hebben|had|hadden)|"
                       r"welke (fractie|fracties|partij|partijen)|"
                       r"who (asked|raised)|which (party|parties|group|groups))\b", re.I)
# A turn that opens with its verb asks yes or no by itself ("Did the regions appreciate it?", "Is dat al besloten?")
YES_NO = re.compile(r"^\W*(is|zijn|was|waren|heeft|hebben|had|wordt|worden|werd|kan|kunnen|gaat|gaan|komt|klopt|"
                    r"zal|zullen|moet|moeten|mag|wil|krijgt|krijgen|kreeg|geldt|gelden|loopt|liep|"
                    r"are|has|have|does|do|did|were|will|can)\b", re.I)
LANGUAGE_SWITCH = re.compile(r"\b(in (het )?(engels|english|nederlands|dutch))\b", re.I)
POINTS_BACK = re.compile(r"\b(daar\w*|hier(over|mee|aan|voor|in|van|bij|naar)|"
                         r"er(over|mee|aan|voor|in|van|bij|op|naar)|"
                         r"dat|dit|die|deze|dezelfde|zij|ze|hij|het onderzoek|dat onderzoek|die regeling|"
                         r"that|this|it|those|these|they|them)\b", re.I)
# An asking verb: "stelde ... op" / "stelde voor" is drawing up or proposing, and "kwam"/"had" ask only with "vraag".
ASKING = re.compile(r"\b(vroeg|vroegen|gevraagd|asked|raised)\b|\b(stelde|stelden|gesteld)\b(?!\s+voor\b)"
                    r"(?!.*\b(op|vast|voor)\W*$)|\b(kwam|kwamen|had|hadden)\b(?=.*\b(vraag|vragen)\b)", re.I)


def asks_who_asked(text: str) -> bool:
    """'Welke fractie vroeg om een meldpunt?' asks who asked; 'Welke partijen doen mee?' does not.

    >>> asks_who_asked("Van welke partij kwam de vraag over het sloopfonds?"), asks_who_asked("Wie stelde het plan op?")
    (True, False)
    """
    return bool(WHO_ASKED.search(text) and ASKING.search(text))


# Without an asking verb, a who-asked turn says no more than "Welke fractie was dat?", "Van welke partij?": "Welke
# partijen doen daaraan mee?" asks who takes part in it
_NO_ACT = frozenset("is zijn was waren de het een van vraag vragen kwam kwamen afkomstig "
                    "are were the a an from question questions came".split())


def asks_who_asked_back(text: str) -> bool:
    """A follow-up asking who asked what the last answer answered, with no topic of its own.

    >>> asks_who_asked_back("Wie vroeg daarnaar?"), asks_who_asked_back("Welke fractie was dat?")
    (True, True)
    >>> asks_who_asked_back("Welke partijen doen daaraan mee?"), asks_who_asked_back("Wie heeft dat daarna onderzocht?")
    (False, False)
    """
    if not WHO_ASKED.search(text):
        return False
    rest = POINTS_BACK.sub(" ", WHO_ASKED.sub(" ", text))
    if content_words(rest):
        return False
    return bool(ASKING.search(text)) or all(word in _NO_ACT for word in re.findall(r"\w+", rest.lower()))


# Words that carry no topic of their own in a follow-up ("Wie vroeg dat?", "Welke fracties stelden die vragen?").
FUNCTION_WORDS = frozenset("""
en of maar ook nog wel niet wat wie welke welk hoe waar waarom wanneer is zijn was waren wordt worden werd heeft
hebben had vroeg vroegen gevraagd stelde stelden gesteld kwam kwamen afkomstig vraag vragen antwoord daar daarover hierover erover dat dit die deze
de het een over van in op aan mee voor bij met zegt zei precies eigenlijk dan gaat doet doen kan kun kunt zou
fractie fracties partij partijen leden minister kabinet regering u je
and or but also what who which how where why when is are was were does did do the a an of about that this it those
asked ask question questions party parties group groups minister government say said
""".split())
# a turn of only a name this short, asked ("Parkstad?", "Noordoost Fryslân?"), names a new slot ("Verhuurderheffing"
# without a question mark is a new topic typed as a keyword)
BARE_NAME_WORDS = 3
OWN_TOPIC_WORDS = 3  # a turn with at least this many content words of its own has a topic of its own
# "En", "And", "Maar", "What about": the opening of a follow-up that carries no topic ("En Gelderland?")
LEADING_AND = re.compile(r"^\s*(en hoe zit het met|hoe zit het met|what about|en|and|of|or|maar)\b\s*", re.I)


@dataclass(frozen=True)
class TopicReading:
    """One way to read a topic turn: the text to search and the letters it leans towards."""

    text: str
    hints: tuple[str, ...]
    conditioned: bool
    asks: str = ""  # the words that say what kind of fact is asked (the text itself when empty)
    swapped: bool = False  # the earlier question with one name or year changed ("En Gelderland?"): an exact reading


@dataclass(frozen=True)
class TurnPlan:
    kind: TurnKind
    parsed: ParsedQuery  # the turn itself: numbers, hints, language
    readings: tuple[TopicReading, ...] = ()  # topic turns: preferred reading first
    previous: ResolvedTurn | None = None


def content_words(text: str) -> list[str]:
    words = re.findall(r"[a-zà-ÿ0-9][a-zà-ÿ0-9'’-]*", text.lower())
    return [w for w in words if w not in FUNCTION_WORDS and len(w) > 2]


def resolve_turn(raw: str, corpus: Corpus, previous: ResolvedTurn | None) -> TurnPlan:
    """What this turn asks, given the turn before it (None for the first turn)."""
    parsed = parse_query(raw, corpus)
    text, hints = parsed.text, parsed.letter_hints
    parsed = replace(parsed, language=_language(text, previous))
    if previous is None:
        if asks_who_asked_back(text):  # "Wie vroeg daarnaar?" as the first turn: there is no answer to point back to
            return TurnPlan("who_asked", replace(parsed, followup="who_asked"))
        return _standalone(parsed)
    if previous.footnotes and not (parsed.numbers or parsed.footnotes):  # "En de volgende?" after "voetnoot 22"
        if stepped := _numbers_by_slot(text, replace(previous, numbers=previous.footnotes)):
            lean = [previous.letter] if previous.letter and not hints else []
            return TurnPlan("lookup", replace(parsed, footnotes=stepped, context_letters=lean, followup="number"),
                            previous=previous)
    numbers = parsed.numbers or ([] if parsed.footnotes else _numbers_by_slot(text, previous))
    if numbers or parsed.footnotes:
        # The letter the conversation is about is preferred for the number, not required (a letter the words
        # name is: assistant/lookup.py).
        lean = [previous.letter] if previous.letter and not hints else []
        return TurnPlan("lookup", replace(parsed, numbers=numbers, context_letters=lean, followup="number"),
                        previous=previous)
    # "Wie vroeg daarnaar?", "Wie had dat gevraagd?": who asked what the last answer answered
    if asks_who_asked_back(text):
        return TurnPlan("who_asked", replace(parsed, followup="who_asked"), previous=previous)
    if LANGUAGE_SWITCH.search(text) and len(content_words(LANGUAGE_SWITCH.sub(" ", text))) <= 1:
        switched = "en" if re.search(r"engels|english", text, re.I) else "nl"
        return TurnPlan("language", replace(parsed, language=switched, followup="language"), previous=previous)
    return _topic(parsed, previous, corpus)


def _standalone(parsed: ParsedQuery) -> TurnPlan:
    if parsed.numbers or parsed.footnotes:
        return TurnPlan("lookup", parsed)
    return TurnPlan("search", parsed, (_own_reading(parsed),))


def _own_reading(parsed: ParsedQuery) -> TopicReading:
    """The turn read on its own; a terse query ("bedrag DU krimpregio's") asks as the question it stands for."""
    return TopicReading(parsed.text, tuple(parsed.letter_hints), False, question_form(parsed.text, parsed.language))


def _names_another_letter(hints: list[str], previous: ResolvedTurn, corpus: Corpus) -> bool:
    """The turn names a letter that the previous turn neither answered from nor named."""
    earlier = set(letter_hints(previous.understood, corpus)) | ({previous.letter} if previous.letter else set())
    return bool(earlier) and not earlier & set(hints)


def earlier_question(previous: ResolvedTurn, corpus: Corpus) -> str:
    """What a follow-up leans on: the earlier turn as understood; after a bare lookup ("vraag 31"), the question
    that was looked up (a lookup with a topic of its own, "vraag 14 over het Bruto Twents Geluk", keeps its words)."""
    own_words = [w for w in content_words(previous.understood) if not w.isdigit()]
    if previous.kind == "lookup" and previous.units and not own_words:
        try:
            unit = corpus.unit(previous.units[0])
        except KeyError:
            return previous.understood
        return unit.question_text or unit.heading.split(" > ")[-1] or previous.understood
    return previous.understood


def has_own_topic(text: str) -> bool:
    """A turn with three or more content words of its own and nothing pointing back ("die", "daarover", "it").

    >>> has_own_topic("Wanneer wordt de loketfunctie landelijk ingevoerd?"), has_own_topic("Hoe is die afgelopen?")
    (True, False)
    """
    return len(content_words(text)) >= OWN_TOPIC_WORDS and not POINTS_BACK.search(text)


def _topic(parsed: ParsedQuery, previous: ResolvedTurn, corpus: Corpus) -> TurnPlan:
    # "En volgens de brief van 2021?" names a letter, no topic of its own
    own_topic = has_own_topic(without_cited_letters(parsed.text, letter_years(corpus)))
    standalone = _own_reading(parsed)
    another_letter = bool(parsed.letter_hints) and _names_another_letter(parsed.letter_hints, previous, corpus)
    if another_letter and own_topic:
        # "… volgens de Atlas-beantwoording?" after a turn about another letter: a new topic, read on its own
        return TurnPlan("search", replace(parsed, followup="more"), (standalone,), previous)
    # "En wat zegt de Atlas daarover?": the earlier topic, in the letter this turn names
    lean = tuple(dict.fromkeys(parsed.letter_hints + ([previous.letter] if previous.letter and not another_letter
                                                      else [])))
    earlier = earlier_question(previous, corpus)
    # "En punt 3?" after "Wat is de vierde aanbeveling …?": the earlier question about item 3
    swapped = step_item(parsed.text, earlier) or swap_slot(parsed.text, earlier, corpus)
    if swapped:
        asks = ""  # the earlier question with the new slot says what is asked
    elif QUESTION_WORD.search(parsed.text) or YES_NO.match(parsed.text):  # "Did the regions appreciate …?"
        asks = parsed.text
    elif standalone.asks:  # a terse turn ("en de einddatum?", "reden?") asks what its own fact noun says
        asks = standalone.asks
    else:
        asks = previous.asks or earlier
    # "En Gelderland?" is the earlier question about Gelderland, nothing else (a bare "Parkstad?" may be a new topic)
    exact = bool(swapped) and bool(LEADING_AND.match(parsed.text))
    conditioned = TopicReading(swapped or with_topic(parsed.text, earlier), lean, True, asks, swapped=exact)
    readings = (standalone, conditioned) if own_topic else (conditioned, standalone)
    return TurnPlan("search", replace(parsed, followup="more"), readings, previous)


def with_topic(turn: str, earlier: str) -> str:
    """The earlier question's topic words, then the turn.

    Only its topic words, not its question words: "Wanneer ... ? Hoeveel ... ?" read as one text asks for everything
    at once. On the 74 dev follow-ups: pass 0.865 with the whole earlier question, 0.892 with its topic words (0.851
    with them after the turn instead of before). The full stop keeps a later slot swap from reading "Eemsdelta
    Hoeveel" as one name.

    >>> with_topic("En hoeveel projecten?", "Wat is het Woon- en Leefbaarheidsplan in Eemsdelta?")
    'Woon- Leefbaarheidsplan Eemsdelta. hoeveel projecten?'
    """
    return f"{topic_words(earlier)}. {LEADING_AND.sub('', turn)}".lstrip(". ")


def topic_words(text: str) -> str:
    """The words of an earlier question that carry its topic, in its own order and case (short ones only when
    they are names or numbers: "DU", "K6").

    >>> topic_words("Hoeveel geld krijgt de DU bevolkingsdaling in 2020?")
    'geld krijgt DU bevolkingsdaling 2020'
    """
    kept = [w for w in re.findall(r"[\w’'-]+", text)
            if w.lower() not in FUNCTION_WORDS and (len(w) > 2 or re.search(r"[A-Z0-9]", w))
            and not QUESTION_WORD.fullmatch(w)]
    return " ".join(dict.fromkeys(kept))


def swap_slot(turn: str, earlier: str, corpus: Corpus | None = None) -> str | None:
    """'En onder Oost-Groningen?' + 'Welke gemeenten vallen onder de krimpregio Maastricht-Mergelland?' ->
    the earlier question about Oost-Groningen. Only for a short turn that names one new thing (never a letter:
    "En de Atlas?" asks what another letter says, see _topic)."""
    stripped = LEADING_AND.sub("", turn)
    core = stripped.strip(" ?!.")
    if len(core.split()) > 5:
        return None
    new = _names(core)
    # "En Gelderland?", "And IenW?": the turn is the new name; so is "Parkstad?" on its own, a place the letters
    # name ("Echt?", "Ouderen?", "Bronnen?" are replies, not places)
    asked = turn.rstrip().endswith("?")
    if _is_bare_name(core) and (stripped != turn or (
            len(core.split()) <= BARE_NAME_WORDS and asked and corpus is not None and _letters_place(core, corpus))):
        new = [core]
    if corpus is not None:
        new = [n for n in new if not letter_hints(n, corpus)]
    old = [n for n in _names(earlier) if n not in new and not (corpus is not None and letter_hints(n, corpus))]
    if len(new) != 1 or not old:
        # a year that cites a letter ("En volgens de brief van 2021?") is no year of the topic to swap
        cited = letter_reference_years(core, letter_years(corpus)) if corpus is not None else frozenset()
        years_new = [y for y in re.findall(r"\b(?:19|20)\d{2}\b", core) if y not in cited]
        years_old = re.findall(r"\b(?:19|20)\d{2}\b", earlier)
        if len(years_new) == 1 and len(years_old) == 1:
            return earlier.replace(years_old[0], years_new[0])
        return None
    return earlier.replace(old[-1], new[0])


def _letters_place(name: str, corpus: Corpus) -> bool:
    """A name the letters use as a place: after "in", "naar", "regio", "provincie", "gemeente" ("regio Parkstad")."""
    pattern = re.compile(rf"\b(?i:in|naar|regio|krimpregio|anticipeerregio|provincie|gemeente)\s+(?:de\s+)?"
                         rf"{re.escape(name)}(?![\w-])")
    return any(pattern.search(letter.clean.text) for letter in corpus.letters)


def _is_bare_name(core: str) -> bool:
    """'Gelderland', 'IenW', 'Noordoost Fryslân': only capitalised words, the first not a question or function word.

    >>> _is_bare_name("Gelderland"), _is_bare_name("De tandartsopleiding"), _is_bare_name("Via welk programma")
    (True, False, False)
    """
    first = core.split()[0] if core.split() else ""
    return (bool(re.fullmatch(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*", core)) and first.lower() not in FUNCTION_WORDS
            and not QUESTION_WORD.fullmatch(first))


def _names(text: str) -> list[str]:
    """Capitalised names inside a sentence ('Oost-Groningen', 'Maastricht-Mergelland', 'Noord-Oost Groningen')."""
    found = re.findall(r"(?<!^)(?<![.?!]\s)\b([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)", text.strip())
    first = re.match(r"^\s*([A-Z][\w’'-]+(?:-[A-Z][\w’'-]+)+)", text)  # a hyphenated name may open a short turn
    if first:
        found.insert(0, first.group(1))
    return list(dict.fromkeys(found))


def _numbers_by_slot(text: str, previous: ResolvedTurn) -> list[int]:
    answer_to = ANSWER_TO.search(text)
    if answer_to:
        return _expand(answer_to.group(1))
    bare = BARE_NUMBERS.match(text)
    if bare and previous.numbers:
        return _expand(bare.group(1))
    step = STEP.search(text)
    if step and previous.numbers:
        count = COUNT_WORDS.get((step.group(1) or "").lower(), 1)
        backwards = re.search(r"voor|before|vorige|previous", step.group(0), re.I)
        if backwards:
            return [n for n in range(min(previous.numbers) - count, min(previous.numbers)) if n > 0]
        return list(range(max(previous.numbers) + 1, max(previous.numbers) + 1 + count))
    return []


def _language(text: str, previous: ResolvedTurn | None) -> str:
    """The turn's language; a turn with no telling words ('Oost-Groningen?') keeps the conversation's."""
    detected = detect_language(text)
    if previous is not None and detected == "nl" and not _has_language_evidence(text):
        return previous.language
    return detected


def _has_language_evidence(text: str) -> bool:
    words = set(re.findall(r"[a-z]+", text.lower()))
    return bool(words & (DUTCH_WORDS ^ ENGLISH_WORDS))
