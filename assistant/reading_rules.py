"""The reading rules of the decide stage, in one table: each reads the sentences of the best few passages for one
kind of question and measures how far the sentences on the topic are from one that gives what is asked.

| rule      | questions                        | measure (trace feature) | module                  |
|-----------|----------------------------------|-------------------------|-------------------------|
| figure    | "Hoeveel …?", "Wat kost …?"      | `fact_gap`              | assistant/figures.py    |
| outcome   | "Wat bleek uit …?"               | `outcome_reach`         | assistant/outcome.py    |
| names     | "Welke gemeenten …?", "Waar …?"  | `name_gap`              | assistant/names.py      |
| date      | "Wanneer …?", "Sinds wanneer …?" | `date_gap`              | assistant/dates.py      |
| reason    | "Waarom …?", "Om welke reden …?" | `reason_gap`            | assistant/reasons.py    |
| status    | "Is … al aangenomen?"            | `status_gap`            | assistant/status.py     |
| person    | "Wie is de voorzitter van …?"    | `person_gap`            | assistant/persons.py    |
| title     | "Hoe heet de podcast …?"         | `title_gap`             | assistant/titles.py     |
| method    | "Met welk model is … berekend?"  | `method_gap`            | assistant/methods.py    |
| reference | "Welk kamerstuknummer heeft …?"  | `reference_gap`         | assistant/references.py |

A rule abstains when its measure reaches its threshold, a field of the calibration of the same name that
`python -m evals calibrate` chooses (evals/calibrate.py: choose_rule_threshold). The names, date, reason, status
and method rules read no conditioned reading of a follow-up (the earlier turn's topic words with the turn): they
were checked on fresh standalone questions only, and such a reading carries the earlier turn's topic (a dev
follow-up, "En wanneer komen de uitkomsten …?", sits at a date gap of 0.119 against a threshold of 0.12; on test
one follow-up was refused by the date rule: README "Seventh stop"). The person rule reads one ("Wie is daar de
voorzitter van?" after a question about a forum): a name is a name whichever topic brought the sentences (eleventh
stop).

Example:
    >>> [rule.feature for rule in READING_RULES][:5]
    ['fact_gap', 'outcome_reach', 'name_gap', 'date_gap', 'reason_gap']
    >>> [rule.feature for rule in READING_RULES][5:]
    ['status_gap', 'person_gap', 'title_gap', 'method_gap', 'reference_gap']
    >>> firing(READING_RULES, {"date_gap": 0.2}, {"date_gap": 0.12}).name
    'date'
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from assistant.dates import asks_date, date_gap
from assistant.figures import FACT_KINDS, fact_gap
from assistant.gazetteer import area_names
from assistant.methods import asks_method, method_gap
from assistant.names import asks_names, asks_party, name_gap, restricted_areas
from assistant.outcome import asks_outcome, outcome_reach
from assistant.persons import asks_person, person_gap
from assistant.reasons import asks_reason, reason_gap
from assistant.references import asks_reference, reference_gap
from assistant.rescore import Reading
from assistant.status import asks_status, status_gap
from assistant.titles import asks_title, title_gap

GAP_CAP = 0.2  # the largest gap a rule measures: no close sentence gives what is asked
Sentences = list[tuple[float, str]]


@dataclass(frozen=True)
class ReadingRule:
    name: str
    feature: str  # the trace feature it measures, and the calibration field of its threshold
    applies: Callable[[Reading], bool]
    measure: Callable[[Reading, Sentences], float]
    reason: Callable[[Reading], str]  # the message key of its one-line reason
    reason_values: Callable[[Reading], dict[str, str]] = lambda r: {}  # the values that message names
    with_fragments: bool = False  # it reads each sentence with a short fragment after it (Rescorer.close_sentences)
    with_footnotes: bool = False  # it reads each sentence with the footnotes it cites (Rescorer.close_sentences)


READING_RULES = (
    ReadingRule("figure", "fact_gap", lambda r: r.asked in FACT_KINDS,
                lambda r, s: fact_gap(r.question, r.asked, s, GAP_CAP, r.language), lambda r: f"reason_no_{r.asked}"),
    ReadingRule("outcome", "outcome_reach", lambda r: r.asked == "any" and asks_outcome(r.question),
                lambda r, s: outcome_reach(r.question, s, GAP_CAP), lambda r: "reason_no_outcome"),
    # the seventh stop's rules, checked on fresh standalone questions only, read no conditioned follow-up
    ReadingRule("names", "name_gap", lambda r: not r.conditioned and asks_names(r.question),
                lambda r, s: name_gap(r.question, s, GAP_CAP),
                lambda r: _names_reason(r.question),
                lambda r: {"term": area_names(restricted_areas(r.question), r.language)}),
    ReadingRule("date", "date_gap",
                lambda r: not r.conditioned and r.asked in ("date", "any") and asks_date(r.question),
                lambda r, s: date_gap(r.question, s, GAP_CAP), lambda r: "reason_no_date"),
    ReadingRule("reason", "reason_gap", lambda r: not r.conditioned and asks_reason(r.question),
                lambda r, s: reason_gap(r.question, s, GAP_CAP), lambda r: "reason_no_reason"),
    ReadingRule("status", "status_gap", lambda r: not r.conditioned and asks_status(r.question),
                lambda r, s: status_gap(r.question, s, GAP_CAP),
                lambda r: "reason_no_status", with_fragments=True),
    # a person is named or not whichever topic brought the sentences: a follow-up is read too
    ReadingRule("person", "person_gap", lambda r: asks_person(r.question),
                lambda r, s: person_gap(r.question, s, GAP_CAP), lambda r: "reason_no_person"),
    # likewise a thing's name ("Hoe heet dat pakket eigenlijk?" after a question about Zeeland's compensation)
    ReadingRule("title", "title_gap", lambda r: asks_title(r.question),
                lambda r, s: title_gap(r.question, s, GAP_CAP), lambda r: "reason_no_title"),
    # how a figure was measured or computed: a standalone question only, as the reason rule
    ReadingRule("method", "method_gap", lambda r: not r.conditioned and asks_method(r.question),
                lambda r, s: method_gap(r.question, s, GAP_CAP), lambda r: "reason_no_method"),
    # a kamerstuk number or kenmerk is given or not whichever topic brought the sentences, as a name; one of the
    # letters' own ("het kenmerk van de brief aan de K6") is on its source card, not in a sentence
    ReadingRule("reference", "reference_gap", lambda r: asks_reference(r.question) and not r.names_letter,
                lambda r, s: reference_gap(r.question, s, GAP_CAP), lambda r: "reason_no_reference",
                with_footnotes=True),
)


def _names_reason(question: str) -> str:
    """"Van welke fractie is …?": no party; "In welke Drentse gemeenten …?": no place in Drenthe (though places
    elsewhere); otherwise no names, only talk of the things in general."""
    if asks_party(question):
        return "reason_no_party"
    return "reason_no_place_in" if restricted_areas(question) else "reason_no_names"


def firing(rules: tuple[ReadingRule, ...], features: dict[str, float],
           thresholds: dict[str, float]) -> ReadingRule | None:
    """The first rule whose measure reaches its threshold (None when none does; a missing threshold is off)."""
    return next((rule for rule in rules if features.get(rule.feature, 0.0) >= thresholds.get(rule.feature, 1.0)), None)
