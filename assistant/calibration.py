"""Calibrated weights and thresholds of the reading stage, stored as data per model and backend.

`python -m evals calibrate` fits them on the dev split and writes assistant/calibration/<model>.json; the
assistant reads that file at load. Nothing here is tuned by hand in code: the defaults below only serve a model
that was never calibrated (and say so in `Calibration.source`).

Example:
    >>> model = LogisticModel({"dense": 2.0}, bias=-1.0)
    >>> round(model.probability({"dense": 0.5}), 3)
    0.5
    >>> w, b = fit_logistic(np.array([[0.0], [1.0], [0.1], [0.9]]), np.array([0, 1, 0, 1]))
    >>> w[0] > 0
    True
"""
from __future__ import annotations

import json
import math
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

CALIBRATION_DIR = Path(__file__).resolve().parent / "calibration"


@dataclass(frozen=True)
class LogisticModel:
    weights: dict[str, float]
    bias: float

    def probability(self, features: dict[str, float]) -> float:
        z = self.bias + sum(w * features.get(name, 0.0) for name, w in self.weights.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass(frozen=True)
class Calibration:
    """Per language ("nl", "en"): a ranker (does this passage answer?) and a decider (does any passage answer?)."""

    rankers: dict[str, LogisticModel]
    deciders: dict[str, LogisticModel]
    answer_threshold: dict[str, float]  # decide: answer when the decider's probability reaches this
    keep_ratio: float = 0.5  # compose: show a passage when its p reaches this share of the best passage's p
    # compose: the window right before or after a passage's window joins it at this share of its p (chosen on dev:
    # README "Reading stage: what was tried"; assistant/windows.py)
    sibling_share: float = 0.3
    # decide: a "hoeveel …?" question abstains when its sentences' fact gap reaches this (assistant/decide.py);
    # above 0.2, the largest gap, the rule never fires
    fact_gap: float = 1.0
    # decide: an outcome question abstains when no sentence within this reach of the closest one reports a result
    outcome_reach: float = 1.0
    # the names rule (decide.py): abstain when the closest sentence is this much closer than one naming something
    name_gap: float = 1.0
    # the date rule (decide.py): likewise, against the closest sentence giving a date the question does not give
    date_gap: float = 1.0
    # the reason rule (decide.py): likewise, against the closest sentence giving a reason
    reason_gap: float = 1.0
    # the status rule (decide.py): likewise, against the closest sentence that says it happened or was decided
    status_gap: float = 1.0
    # the person rule (decide.py): likewise, against the closest sentence that names a person
    person_gap: float = 1.0
    # the title rule (decide.py): likewise, against the closest sentence that gives the asked thing's name
    title_gap: float = 1.0
    # the method rule (decide.py): likewise, against the closest sentence that says how something was measured
    method_gap: float = 1.0
    # the reference rule (decide.py): likewise, against the closest sentence that gives a kamerstuk or kenmerk
    reference_gap: float = 1.0
    source: str = "defaults (not calibrated)"
    figures: dict = field(default_factory=dict)  # what the fit measured on dev, for the README

    def ranker(self, language: str) -> LogisticModel:
        return self.rankers.get(language, self.rankers["nl"])

    def decider(self, language: str) -> LogisticModel:
        return self.deciders.get(language, self.deciders["nl"])

    def threshold(self, language: str) -> float:
        return self.answer_threshold.get(language, self.answer_threshold["nl"])

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=1, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> "Calibration":
        raw = json.loads(text)
        # 0 would make every question abstain
        for rule in ("fact_gap", "outcome_reach", "name_gap", "date_gap", "reason_gap", "status_gap", "person_gap",
                     "title_gap", "method_gap", "reference_gap"):
            if rule in raw and not raw[rule] > 0:
                raise ValueError(f"calibration: {rule} must be above 0 (above 0.2 turns the rule off), "
                                 f"not {raw[rule]!r}; rerun `python -m evals calibrate evals/sets/dev.jsonl`")
        models = {key: {lang: LogisticModel(**m) for lang, m in raw[key].items()} for key in ("rankers", "deciders")}
        return cls(models["rankers"], models["deciders"], raw["answer_threshold"], keep_ratio=raw.get("keep_ratio", 0.5),
                   sibling_share=raw.get("sibling_share", 0.3), fact_gap=raw.get("fact_gap", 1.0),
                   outcome_reach=raw.get("outcome_reach", 1.0), name_gap=raw.get("name_gap", 1.0),
                   date_gap=raw.get("date_gap", 1.0), reason_gap=raw.get("reason_gap", 1.0),
                   status_gap=raw.get("status_gap", 1.0), person_gap=raw.get("person_gap", 1.0),
                   title_gap=raw.get("title_gap", 1.0), method_gap=raw.get("method_gap", 1.0),
                   reference_gap=raw.get("reference_gap", 1.0),
                   source=raw.get("source", ""),
                   figures=raw.get("figures", {}))


def calibration_path(model_id: str, backend: str = "embedded") -> Path:
    name = model_id.replace("/", "_") + ("" if backend == "embedded" else f"-{backend}")
    return CALIBRATION_DIR / f"{name}.json"


def load_calibration(model_id: str, backend: str = "embedded") -> Calibration:
    """The calibration for this model and backend; the embedded one for another backend; else the defaults."""
    for path in (calibration_path(model_id, backend), calibration_path(model_id)):
        if path.exists():
            return Calibration.from_json(path.read_text(encoding="utf-8"))
    return DEFAULT


def save_calibration(calibration: Calibration, path: Path) -> None:
    """Write atomically: a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(calibration.to_json() + "\n", encoding="utf-8")
    os.replace(tmp, path)


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 50,
                 signs: np.ndarray | None = None) -> tuple[np.ndarray, float]:
    """Weights and bias of an L2-regularised logistic regression (Newton's method); small data, no sklearn.

    `signs` (+1, -1 or 0 per column) keeps each weight on the side its evidence can only push: a column whose
    fitted weight has the wrong sign is left out (weight 0) and the rest refitted, until every sign holds.

    >>> w, b = fit_logistic(np.array([[0.0, 1.0], [1.0, 0.0], [0.2, 0.9], [0.9, 0.1]]), np.array([0, 1, 0, 1]),
    ...                     signs=np.array([1, 1]))
    >>> bool(w[0] > 0), float(w[1])
    (True, 0.0)
    """
    if signs is None:
        return _fit_logistic(x, y, l2, steps)
    keep = np.ones(x.shape[1], dtype=bool)
    while True:
        weights, bias = _fit_logistic(x[:, keep], y, l2, steps)
        wrong = (np.sign(weights) * signs[keep]) < 0
        if not wrong.any():
            full = np.zeros(x.shape[1])
            full[keep] = weights
            return full, bias
        keep[np.flatnonzero(keep)[wrong]] = False


def _fit_logistic(x: np.ndarray, y: np.ndarray, l2: float, steps: int) -> tuple[np.ndarray, float]:
    n, d = x.shape
    # Standardised columns, so one L2 strength suits cosines (spread 0.05) and ranks (spread 1) alike.
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    x = (x - mean) / scale
    design = np.hstack([x, np.ones((n, 1))])
    beta = np.zeros(d + 1)
    penalty = np.eye(d + 1) * l2
    penalty[-1, -1] = 0.0  # the bias is not shrunk
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(design @ beta, -30, 30)))
        gradient = design.T @ (p - y) + penalty @ beta
        hessian = design.T @ (design * (p * (1 - p))[:, None]) + penalty
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    weights = beta[:-1] / scale
    return weights, float(beta[-1] - weights @ mean)


def fit_listwise(groups: list[tuple[np.ndarray, np.ndarray]], l2: float = 1.0, steps: int = 300,
                 rate: float = 0.5) -> np.ndarray:
    """Weights of a conditional logit: per question, a softmax over its candidates should put its mass on the
    relevant ones (`groups`: (features, relevance) per question). Ranks within a question, as the reader must."""
    everything = np.vstack([x for x, _ in groups])
    mean, scale = everything.mean(axis=0), everything.std(axis=0)
    scale[scale == 0] = 1.0
    standard = [((x - mean) / scale, rel / rel.sum()) for x, rel in groups]
    weights = np.zeros(everything.shape[1])
    for _ in range(steps):
        gradient = l2 * weights
        for x, target in standard:
            z = x @ weights
            p = np.exp(z - z.max())
            gradient += x.T @ (p / p.sum() - target)
        weights -= rate * gradient / len(groups)
    return weights / scale


_RANK = LogisticModel({"dense": 4.0, "sentence": 6.0, "question": 2.0, "bm25_rel": 1.0, "coverage": 2.0,
                       "type_ok": 0.5, "rank": 1.0}, -9.0)
_DECIDE = LogisticModel({"top_p": 6.0, "absent": -2.0, "type_missing": -1.5, "coverage": 1.0}, -3.0)
DEFAULT = Calibration({"nl": _RANK, "en": _RANK}, {"nl": _DECIDE, "en": _DECIDE}, {"nl": 0.5, "en": 0.5})
