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
from assistant.extremes import ROW_CHUNK
from assistant.messages import message
from assistant.reading_rules import GAP_CAP, READING_RULES, ReadingRule, firing
from assistant.rescore import Reading, Rescorer, Scored
from assistant.table_rows import TableKeys
from assistant.terms import YEAR, QueryTerms, names_a_thing

ON_NAMES_RULES = frozenset({"fact_gap", "date_gap", "name_gap"})  # rules that read only passages on the names
DECIDE_FEATURES = ("top_p", "sentence", "dense", "coverage", "absent", "slot_missing", "type_missing")
# Which way each piece of evidence can push (the fit keeps these signs: dev is small, and an unconstrained fit gave
# a closer best passage a negative weight)
DECIDE_SIGNS = {"top_p": 1, "sentence": 1, "dense": 1, "coverage": 1, "absent": -1, "slot_missing": -1,
                "type_missing": -1}
TYPE_WINDOW = 3  # the asked kind of fact must be in one of the best few passages
ROW_WINDOW = 5  # a name the best passage's table lacks may still be in one of this many best passages
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
    model: their names are often translations ("Meuse-Rhine") of names the letters do use; but a body of
    assistant/bodies.py ("Raad van State", "Council of State") that the letters never name counts in both languages.

    >>> names_absent_name(Reading("…", "nl", "money", terms.query_terms("Welk bedrag krijgt Drechtsteden?", "nl"), None))
    True
    """
    return bool(reading.terms.bodies) or (reading.language == "nl" and bool(reading.terms.absent_names))


def unit_stems(chunk_stems: dict[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    """The stems of each unit (section), from its chunks' stems ("actieplan-2016:s014#t1r5" is in "…:s014").

    >>> unit_stems({"a:s1#0": frozenset({"du"}), "a:s1#t0r2": frozenset({"drenthe"})}) == {"a:s1": {"du", "drenthe"}}
    True
    """
    units: dict[str, set[str]] = {}
    for chunk_id, stems in chunk_stems.items():
        units.setdefault(chunk_id.rsplit("#", 1)[0], set()).update(stems)
    return {unit: frozenset(stems) for unit, stems in units.items()}


class Decider:
    def __init__(self, calibration: Calibration, chunk_stems: dict[str, frozenset[str]] | None = None,
                 rescorer: Rescorer | None = None, tables: TableKeys | None = None,
                 heading_stems: dict[str, frozenset[str]] | None = None):
        self.calibration = calibration
        self.tables = tables  # the letters' tables, for a row the best passage's table lacks
        self.chunk_stems = chunk_stems or {}
        # A passage is about what its headings name: "9. Samenwerkingsafspraken Oost-Drenthe > Inzet van de
        # Rijksoverheid" is Oost-Drenthe's action table, though its rows never repeat the region's name.
        self.heading_stems = heading_stems or {}
        self.unit_stems = unit_stems(self.chunk_stems)  # a section's stems: the context of its table rows
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
        """What the reading rules (assistant/reading_rules.py) measure in the sentences of the best few passages;
        the sentences are read only for a question some rule applies to."""
        applying = [rule for rule in READING_RULES if rule.applies(reading)]
        if scored and "extreme" in scored[0].scores:
            # the table row read as the extreme ("Welke krimpregio krijgt het laagste bedrag?") names its own region
            applying = [rule for rule in applying if rule.feature != "name_gap"]
        if self.rescorer is None or not applying:
            return {rule.feature: 0.0 for rule in READING_RULES}
        # a figure, a date or a name counts only in a passage on the question's names and years ("Hoeveel geld trekt
        # de provincie uit voor het Ecodorp Ter Apel?" is not answered by an amount for the Achterhoek); when none of
        # the best three holds them, all three are read
        on_topic = [s for s in scored[:TYPE_WINDOW] if not self.slots_missing_in(reading.terms, s.hit.chunk.chunk_id)]
        on_names = on_topic or scored[:TYPE_WINDOW]
        # (on the names only, with fragments, with footnotes) -> the sentences, read once
        read: dict[tuple[bool, bool, bool], list] = {}
        measured = {}
        for rule in applying:
            narrow = rule.feature in ON_NAMES_RULES
            key = (narrow, rule.with_fragments, rule.with_footnotes)
            if key not in read:
                read[key] = self.rescorer.close_sentences(on_names if narrow else scored[:TYPE_WINDOW],
                                                          reading.query_vector, rule.with_fragments,
                                                          rule.with_footnotes)
            measured[rule.feature] = rule.measure(reading, read[key]) if read[key] else 0.0
        return {rule.feature: measured.get(rule.feature, 0.0) for rule in READING_RULES}

    def rule_that_fires(self, features: dict[str, float], floor: float = 0.0) -> ReadingRule | None:
        """The reading rule whose measure reaches its calibrated threshold (or `floor`, when higher), if any."""
        return firing(READING_RULES, features, {rule.feature: max(floor, getattr(self.calibration, rule.feature))
                                                for rule in READING_RULES})

    def missing_slots(self, reading: Reading, best: Scored) -> tuple[str, ...]:
        """The question's names and years (that the letters do use) which the best passage lacks, e.g. ("2014",)
        for "Hoeveel inwoners heeft Oost-Groningen sinds 2014 verloren?" against the DU table row of Oost-Groningen."""
        return self.slots_missing_in(reading.terms, best.hit.chunk.chunk_id)

    def slots_missing_in(self, terms: QueryTerms, chunk_id: str) -> tuple[str, ...]:
        """The names and years of `terms` that the passage `chunk_id` (its text and headings) lacks."""
        missing = terms.missing_slots(self.chunk_stems.get(chunk_id, frozenset())
                                      | self.heading_stems.get(chunk_id, frozenset()))
        row = ROW_CHUNK.match(chunk_id)
        if not row or not missing:
            return missing
        # A table row answers within its table and section: "Krijgt Maastricht-Mergelland meer dan de Westelijke
        # Mijnstreek?" names a second row of the table. A year must be the row's own ("sinds 2014" is not the
        # period of the DU table's amounts, though its section mentions 2014).
        in_section = set(missing) - set(terms.missing_slots(self.unit_stems.get(row["unit"], frozenset())))
        return tuple(slot for slot in missing if slot not in in_section or YEAR.fullmatch(slot))

    def decide(self, reading: Reading, scored: list[Scored]) -> Decision:
        features = self.features(reading, scored)
        if not scored:
            return Decision(False, 0.0, message(reading.language, "reason_nothing"), features)
        p = self.calibration.decider(reading.language).probability(features)
        if names_absent_name(reading):
            return Decision(False, p, self.reason(reading, features), features)
        missing_row = (self.tables.missing_row(reading.text, scored[0].hit.chunk.chunk_id,
                                               [s.hit.chunk.text for s in scored[1:ROW_WINDOW]]) if self.tables else "")
        if missing_row:
            return Decision(False, p, message(reading.language, "reason_no_row", term=missing_row), features)
        # a few keywords ("deadline omgevingsagenda's landsdelen") are read as a question, but their vector is
        # coarser than a question's: a rule refuses them only when no close sentence gives what is asked at all
        rule = self.rule_that_fires(features, floor=GAP_CAP if reading.terse else 0.0)
        if rule is not None:
            return Decision(False, p, message(reading.language, rule.reason(reading), **rule.reason_values(reading)),
                            features)
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
