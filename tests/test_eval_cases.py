"""The eval sets are well-formed and every quote, fact and absent term is checked against the real letters."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from evals.cases import KINDS, CaseError, load_cases, normalise, without_series

pytestmark = pytest.mark.unit
SETS = Path(__file__).resolve().parent.parent / "evals" / "sets"


@pytest.fixture(scope="module")
def cases():
    return load_cases(SETS / "dev.jsonl") + load_cases(SETS / "dev-check.jsonl") + load_cases(SETS / "test.jsonl")


@pytest.fixture(scope="module")
def letters(corpus):
    return {letter.doc_id: normalise(letter.clean.text) for letter in corpus.letters}


def test_sets_have_200_cases_in_two_disjoint_splits(cases):
    assert len(cases) >= 200 and {c.kind for c in cases} <= set(KINDS)
    assert {"lookup", "paraphrase", "english", "followup", "unanswerable", "table", "multi"} <= {c.kind for c in cases}
    dev = {c.id for name in ("dev.jsonl", "dev-check.jsonl") for c in load_cases(SETS / name)}
    assert not dev & {c.id for c in load_cases(SETS / "test.jsonl")}
    assert len(dev) == len(load_cases(SETS / "dev.jsonl")) + len(load_cases(SETS / "dev-check.jsonl"))  # disjoint


def test_no_standalone_question_is_asked_in_both_dev_and_test():
    """A question without history asked in a dev set and in test would let a dev choice see a test case (a
    follow-up like "En vraag 32?" may recur: its history makes it another case)."""
    def standalone(names):
        return {normalise(c.query) for name in names for c in load_cases(SETS / name) if not c.history}
    assert not standalone(["dev.jsonl", "dev-check.jsonl"]) & standalone(["test.jsonl"])


def test_every_quote_and_fact_occurs_in_the_named_letter(cases, letters):
    everything = "".join(letters.values())
    for case in cases:
        assert case.letter is None or case.letter in letters, (case.id, case.letter)
        assert all(n in letters for n in case.not_letter), (case.id, case.not_letter)
        text = letters[case.letter] if case.letter else everything
        for quote in case.any_of + case.all_of:
            assert normalise(quote) in text, (case.id, quote)
        for fact in case.facts:
            assert normalise(fact) in text, (case.id, fact)


def test_every_absent_term_occurs_in_no_letter(cases, letters):
    for case in cases:
        for term in case.absent_terms:
            found = [doc for doc, text in letters.items() if normalise(term) in text]
            assert not found, f"{case.id}: '{term}' occurs in {found}"


def _write(tmp_path, *records) -> Path:
    path = tmp_path / "set.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records))
    return path


ANSWERABLE = {"id": "x", "kind": "paraphrase", "query": "Komt er een nieuw actieplan?",
              "expect": {"any_of": ["niet van plan ben een nieuw actieplan te starten"], "facts": ["actieplan"]}}


@pytest.mark.parametrize("change, message", [
    ({"kind": "guess"}, "kind 'guess' is not one of"),
    ({"expect": {}}, "needs expect.any_of or expect.all_of"),
    ({"kind": "nearmiss"}, "needs expect.abstain = true"),
    ({"expect": {"any_of": ["x"], "anyof": ["y"]}}, "unknown field(s) expect.anyof"),
    ({"expect": {"all_of": "één quote"}, "kind": "multi"}, None),
    ({"expect": {"any_of": ["x"], "facts": [""]}}, "'expect.facts' must be a list of non-empty strings"),
    ({"kind": "followup"}, "needs the earlier turns in 'history'"),
    ({"expect": {"abstain": True}, "kind": "unanswerable", "tags": ["off-topic"]}, None),
    ({"expect": {"abstain": True, "any_of": ["x"]}, "kind": "nearmiss"}, "has no any_of, all_of, facts"),
    ({"expect": {"abstain": True, "absent_terms": ["Groeifonds"]}, "kind": "unanswerable"}, "for kind 'nearmiss'"),
    ({"expect": {"any_of": ["x"], "letter": "atlas", "not_letter": ["atlas"]}}, "both expected and forbidden"),
    ({"draft": True}, "a draft from 'python -m evals from-feedback'"),
])
def test_a_wrong_case_is_refused_with_a_message_naming_the_line(tmp_path, change, message):
    path = _write(tmp_path, {"id": "ok", "kind": "lookup", "query": "vraag 87", "expect": {"any_of": ["x"]}},
                  {**ANSWERABLE, **change})
    if message is None:
        assert load_cases(path)[1].id == "x"
        return
    with pytest.raises(CaseError) as error:
        load_cases(path)
    assert f"{path}:2: " in str(error.value) and message in str(error.value)


def test_duplicate_ids_are_refused(tmp_path):
    with pytest.raises(CaseError, match="duplicate id 'x'"):
        load_cases(_write(tmp_path, ANSWERABLE, ANSWERABLE))


def test_a_held_out_series_is_left_out_of_a_fit():
    check = load_cases(SETS / "dev-check.jsonl")
    kept = without_series(check, ("tv-", "wx-", "yb-"))
    assert {c.id[:3] for c in check} >= {"tv-", "wx-", "yb-"}
    assert len(kept) == len(check) - sum(c.id.startswith(("tv-", "wx-", "yb-")) for c in check)
    assert not any(c.id.startswith(("tv-", "wx-", "yb-")) for c in kept) and without_series(check, ()) == check
