"""Feedback stored by the UI's own store becomes draft cases that a person reviews before they enter a set."""
from __future__ import annotations

import json

import pytest

from evals.__main__ import main
from evals.cases import CaseError, load_cases, normalise
from ui.feedback import FeedbackStore

pytestmark = pytest.mark.unit


@pytest.fixture
def drafts(tmp_path, corpus):
    store = FeedbackStore(tmp_path / "feedback.sqlite3")
    q31 = corpus.units_for_question(31, "atlas")[0]
    store.add(query="vraag 31 uit de Atlas-beantwoording", history=[], rating="klopt", reply_kind="lookup",
              passages=[{"unit_id": q31.unit_id, "citation": "Antwoorden …, vraag 31, p. 19"}])
    store.add(query="Wat doet het Rijk aan leegstand in winkelgebieden?", history=["Wat is de Retailagenda?"],
              rating="verkeerde-bron", comment="de bronnen gaan over boerderijen",
              passages=[{"unit_id": "actieplan-2016:s003", "citation": "Actieplan …"}], reply_kind="search")
    store.add(query="Hoeveel geld krijgt Zeeland uit het Groeifonds?", history=[], rating="klopt",
              passages=[], reply_kind="abstain")
    store.add(query="Wanneer stopt de decentralisatie-uitkering?", history=[], rating="antwoord-ontbreekt",
              comment="het antwoord staat in de SO-brief, vraag 9", passages=[], reply_kind="abstain")
    out = tmp_path / "drafts.jsonl"
    assert main(["from-feedback", "--db", str(tmp_path / "feedback.sqlite3"), "--out", str(out)]) == 0
    return out, [json.loads(line) for line in out.read_text().splitlines()], q31


def test_a_correct_answer_becomes_a_lookup_draft_quoting_the_marked_unit(drafts):
    _, (lookup, *_), q31 = drafts
    assert lookup["id"] == "fb-0001" and lookup["kind"] == "lookup" and lookup["draft"] is True
    assert lookup["expect"]["letter"] == "atlas" and lookup["expect"]["questions"] == [31]
    [quote] = lookup["expect"]["any_of"]
    assert len(quote) > 30 and normalise(quote) in normalise(q31.text)
    assert lookup["feedback"]["unit_text"] == q31.text and lookup["feedback"]["rating"] == "klopt"


def test_wrong_source_and_missing_answer_keep_what_the_reviewer_needs(drafts):
    _, (_, wrong, agreed, missing), _ = drafts
    assert wrong["kind"] == "followup" and wrong["history"] == ["Wat is de Retailagenda?"]
    assert wrong["feedback"]["wrong_units"] == ["actieplan-2016:s003"] and wrong["expect"]["any_of"] == []
    assert "boerderijen" in wrong["why"]
    assert agreed["kind"] == "nearmiss" and agreed["expect"] == {"abstain": True}  # Zeeland: on topic, no fund
    assert missing["kind"] == "paraphrase" and "vraag 9" in missing["why"]


def test_a_draft_is_refused_in_a_set_until_reviewed(drafts, tmp_path):
    out, records, _ = drafts
    with pytest.raises(CaseError, match=r"drafts.jsonl:1: a draft from 'python -m evals from-feedback'"):
        load_cases(out)
    reviewed = {k: v for k, v in records[0].items() if k not in ("draft", "feedback")}
    (tmp_path / "reviewed.jsonl").write_text(json.dumps(reviewed, ensure_ascii=False))
    assert load_cases(tmp_path / "reviewed.jsonl")[0].questions == (31,)
