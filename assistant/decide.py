"""Decide: does any candidate answer the question? Answer or abstain, with a calibrated probability and a reason.

Similarity alone separates answerable from unanswerable questions poorly; near-misses (on-topic questions the
letters do not answer) need evidence of what is missing: a salient word of the question that occurs nowhere in
the letters, or a kind of fact (an amount, a date) that no close passage holds. For "hoeveel …?" questions the
sentences themselves are read: when the sentences closest to the question state no number the question does not
already give, and no sentence counts the asked thing ("31 RetailDeals"), the letters do not give the figure
("Hoeveel huisartsen komt Drenthe tekort?" against passages on the GP shortage in Drenthe without a number;
assistant/figures.py). Likewise, when the sentences closest to an outcome question only announce the work ("wordt verwacht"), the letters
do not give the outcome (assistant/outcome.py); and when the sentences closest to a "welke gemeenten …?" question name
no place or body the question does not already name ("een aantal gemeenten"), they do not give the names
(assistant/names.py); likewise for a "wanneer …?" question and dates (assistant/dates.py), and for a "waarom …?"
question and reasons (assistant/reasons.py).

Example:
    >>> decision = Decider(calibration).decide(reading, scored)
    >>> decision.answer, decision.reason
    (False, 'De brieven noemen het Nationaal Groeifonds niet.')
"""
from __future__ import annotations

from dataclasses import dataclass, field

from assistant.calibration import Calibration
from assistant.figures import FACT_KINDS, fact_gap
from assistant.messages import message
from assistant.dates import asks_date, date_gap
from assistant.names import asks_names, name_gap
from assistant.reasons import asks_reason, reason_gap
from assistant.outcome import asks_outcome, outcome_reach
from assistant.rescore import Reading, Rescorer, Scored
from assistant.terms import names_a_thing

DECIDE_FEATURES = ("top_p", "sentence", "dense", "coverage", "absent", "slot_missing", "type_missing")
# Which way each piece of evidence can push (the fit keeps these signs: dev is small, and an unconstrained fit gave
# a closer best passage a negative weight)
DECIDE_SIGNS = {"top_p": 1, "sentence": 1, "dense": 1, "coverage": 1, "absent": -1, "slot_missing": -1,
                "type_missing": -1}
TYPE_WINDOW = 3  # the asked kind of fact must be in one of the best few passages
GAP_CAP = 0.2  # the largest "fact_gap" and "outcome_reach": no close sentence gives the asked figure or a result
KEYWORD_WORDS = 2  # a query of at most this many words is a keyword search


@dataclass(frozen=True)
class Decision:
    answer: bool
    p: float
    reason: str = ""
    features: dict[str, float] = field(default_factory=dict)


def is_found_keyword(reading: Reading, features: dict[str, float]) -> bool:
    """A bare keyword or two ("verhuurderheffing") that the best passage contains: its exact occurrence is the
    evidence (a one-word query embeds poorly, so its similarities are low whether or not the letters answer)."""
    return (len(reading.text.split()) <= KEYWORD_WORDS and bool(reading.terms.stems) and not reading.terms.absent
            and features.get("coverage", 0.0) >= 1.0)


def names_absent_name(reading: Reading) -> bool:
    """A Dutch question that names something the letters never mention ("het Nationaal Groeifonds", "2024"):
    they cannot answer it, however close the passages on the topic are. On dev (196 cases), 6 of 6 Dutch questions
    with such a name were unanswerable and no answerable Dutch question had one. English questions are left to the
    model: their names are often translations ("Council of State", "Meuse-Rhine") of names the letters do use.

    >>> names_absent_name(Reading("…", "nl", "money", terms.query_terms("Welk bedrag krijgt Drechtsteden?", "nl"), None))
    True
    """
    return reading.language == "nl" and bool(reading.terms.absent_names)


class Decider:
    def __init__(self, calibration: Calibration, chunk_stems: dict[str, frozenset[str]] | None = None,
                 rescorer: Rescorer | None = None):
        self.calibration = calibration
        self.chunk_stems = chunk_stems or {}
        self.rescorer = rescorer  # the sentences and their cosines, for the figure rule

    def features(self, reading: Reading, scored: list[Scored]) -> dict[str, float]:
        if not scored:
            return {name: 0.0 for name in DECIDE_FEATURES}
        top = scored[0].scores
        typed = [s.scores["type_ok"] for s in scored[:TYPE_WINDOW]]
        terms = reading.terms
        return {
            "top_p": top["p"], "sentence": top["sentence"], "dense": top["dense"], "coverage": top["coverage"],
            "absent": float(min(2, len(terms.absent))), "absent_name": float(min(2, len(terms.absent_names))),
            "slot_missing": (len(self.missing_slots(reading, scored[0])) / len(terms.slots)) if terms.slots else 0.0,
            "type_missing": float(reading.asked != "any" and not any(typed)),
            **self.rule_evidence(reading, scored),
        }

    def rule_evidence(self, reading: Reading, scored: list[Scored]) -> dict[str, float]:
        """What the reading rules see in the sentences of the best few passages: "fact_gap" (figure rule) and
        "outcome_reach" (outcome rule, only for questions that ask for no particular kind of fact); the sentences
        are read only for the questions a rule applies to."""
        question = reading.question
        outcome = reading.asked == "any" and asks_outcome(question)
        dated = reading.asked == "date" and asks_date(question)
        why = asks_reason(question)
        applies = outcome or dated or why or reading.asked in FACT_KINDS or asks_names(question)
        sentences = (self.rescorer.close_sentences(scored[:TYPE_WINDOW], reading.query_vector)
                     if applies and self.rescorer is not None else [])
        return {"fact_gap": fact_gap(question, reading.asked, sentences, GAP_CAP, reading.language),
                "outcome_reach": outcome_reach(question, sentences, GAP_CAP) if outcome else 0.0,
                "name_gap": name_gap(question, sentences, GAP_CAP),
                "date_gap": date_gap(question, sentences, GAP_CAP) if dated else 0.0,
                "reason_gap": reason_gap(question, sentences, GAP_CAP) if why else 0.0}

    def lacks_figure(self, features: dict[str, float]) -> bool:
        """The figure rule: the asked amount is not in the sentences on the topic (the gap is calibration data)."""
        return features.get("fact_gap", 0.0) >= self.calibration.fact_gap

    def lacks_names(self, features: dict[str, float]) -> bool:
        """The names rule: a question asks which places or bodies, and the sentences on the topic name none."""
        return features.get("name_gap", 0.0) >= self.calibration.name_gap

    def lacks_date(self, features: dict[str, float]) -> bool:
        """The date rule: a question asks when, and the sentences on the topic give no date it does not give."""
        return features.get("date_gap", 0.0) >= self.calibration.date_gap

    def lacks_reason(self, features: dict[str, float]) -> bool:
        """The reason rule: a question asks why, and the sentences on the topic give no reason."""
        return features.get("reason_gap", 0.0) >= self.calibration.reason_gap

    def lacks_outcome(self, features: dict[str, float]) -> bool:
        """The outcome rule: the sentences on the topic announce the work, none within reach reports a result."""
        return features.get("outcome_reach", 0.0) >= self.calibration.outcome_reach

    def missing_slots(self, reading: Reading, best: Scored) -> tuple[str, ...]:
        """The question's names and years (that the letters do use) which the best passage lacks, e.g. ("2014",)
        for "Hoeveel inwoners heeft Oost-Groningen sinds 2014 verloren?" against the DU table row of Oost-Groningen."""
        return reading.terms.missing_slots(self.chunk_stems.get(best.hit.chunk.chunk_id, frozenset()))

    def decide(self, reading: Reading, scored: list[Scored]) -> Decision:
        features = self.features(reading, scored)
        if not scored:
            return Decision(False, 0.0, message(reading.language, "reason_nothing"), features)
        p = self.calibration.decider(reading.language).probability(features)
        if names_absent_name(reading):
            return Decision(False, p, self.reason(reading, features), features)
        if self.lacks_figure(features):
            return Decision(False, p, message(reading.language, f"reason_no_{reading.asked}"), features)
        if self.lacks_outcome(features):
            return Decision(False, p, message(reading.language, "reason_no_outcome"), features)
        if self.lacks_names(features):
            return Decision(False, p, message(reading.language, "reason_no_names"), features)
        if self.lacks_date(features):
            return Decision(False, p, message(reading.language, "reason_no_date"), features)
        if self.lacks_reason(features):
            return Decision(False, p, message(reading.language, "reason_no_reason"), features)
        if p >= self.calibration.threshold(reading.language) or is_found_keyword(reading, features):
            return Decision(True, p, "", features)
        return Decision(False, p, self.reason(reading, features, self.missing_slots(reading, scored[0])), features)

    @staticmethod
    def reason(reading: Reading, features: dict[str, float], missing: tuple[str, ...] = ()) -> str:
        """One line on why: a word the letters never use, a kind of fact they do not give, a name or year the
        passages on the topic lack, or no close passage."""
        lang = reading.language
        absent = reading.terms.absent_names or tuple(w for w in reading.terms.absent if names_a_thing(w))
        if absent:
            return message(lang, "reason_absent", term=absent[0])
        if features.get("type_missing"):
            return message(lang, f"reason_no_{reading.asked}")
        if missing:
            return message(lang, "reason_slot", term=missing[0])
        return message(lang, "reason_not_close")
