"""The metric registry on records judged from replies built of real letter units; ranx against hand figures."""
from __future__ import annotations

import json
import math

import pytest

from assistant.records import Reply
from evals.__main__ import main
from evals.cases import normalise, parse_case
from evals.metrics import compute, names, summarise
from evals.runner import as_json, record
from evals.runs import save_payload
from evals_helpers import abstention, passage_of, reply_of, unit_holding

pytestmark = pytest.mark.unit

ACUTE = "afdelingen acute verloskunde bestaat bijvoorbeeld de zogenaamde 45 minuten-norm"
TRANSPORT = "Daar waar onvoldoende vraag is naar openbaar vervoer kunnen provincies en gemeenten ook besluiten"
RETAIL = "Krimp- en anticipeergemeenten- en regio’s kunnen ook aansluiten bij de Retailagenda"


def case(id, kind, **expect):
    return parse_case({"id": id, "kind": kind, "query": f"vraag over {id}", "history": ["eerder"] * (kind == "followup"),
                       "expect": expect})


@pytest.fixture(scope="module")
def records(corpus):
    units = {u.unit_id: normalise(u.text) for u in corpus.units}
    acute, transport, retail = (unit_holding(corpus, q) for q in (ACUTE, TRANSPORT, RETAIL))
    other = corpus.units_for_question(31, "atlas")[0]
    traced = Reply("", [passage_of(retail), passage_of(acute)], False, "search", trace={  # the assistant's shape
        "stages": {"retrieve": [[f"{other.unit_id}#0", other.unit_id, {"dense": 0.5}],
                                [f"{retail.unit_id}#2", retail.unit_id, {"dense": 0.4}]],
                   "rescore": [[f"{other.unit_id}#0", other.unit_id, {"sentence": 0.9}]]},
        "decision": {"answer": True, "p": 0.8, "reason": ""}})
    wrongly_answered = Reply("", [passage_of(retail)], False, "search", trace={
        "stages": {"retrieve": [], "rescore": []}, "decision": {"answer": True, "p": 0.6, "reason": ""}})
    runs = [
        (case("A", "paraphrase", any_of=[RETAIL], facts=["Retailagenda"]), traced),
        (case("B", "paraphrase", any_of=[ACUTE]), reply_of([other, transport, acute], lead="De 45 minuten-norm.")),
        (case("C", "multi", all_of=[ACUTE, TRANSPORT]), reply_of([acute, other, transport])),
        (case("D", "english", any_of=[TRANSPORT]), abstention()),
        (case("E", "unanswerable", abstain=True), abstention()),
        (case("F", "nearmiss", abstain=True), wrongly_answered),
    ]
    return [record(c, reply, 5, units, latency_ms=10.0 * i) for i, (c, reply) in enumerate(runs, start=1)]


def test_ranking_metrics_from_ranx_equal_the_hand_computation(records):
    assert compute("hit@1", records, 5) == 0.5  # A and C at rank 1; B at 3; D abstained
    assert compute("hit@3", records, 5) == 0.75
    assert compute("mrr", records, 5) == round((1 + 1 / 3 + 1 + 0) / 4, 3)
    assert compute("recall@k", records, 3) == 0.75 and compute("recall@k", records, 2) == round(1.5 / 4, 3)
    ndcg_c = (1 + 1 / math.log2(4)) / (1 + 1 / math.log2(3))  # relevant at ranks 1 and 3 of two
    assert compute("ndcg@k", records, 3) == round((1 + 0.5 + ndcg_c + 0) / 4, 3)


def test_k_is_honoured_by_every_metric(records):
    assert "hit@3" in names(3) and "hit@5" not in names(3) and "ndcg@3" in names(3)
    assert "hit@3" not in names(1) and "hit@1" in names(1)
    with pytest.raises(KeyError, match="unknown metric 'hit@5' at k=3"):
        compute("hit@5", records, 3)
    with pytest.raises(ValueError, match="stored the top 5 passages"):
        compute("mrr", records, 10)
    assert compute("pass_rate", records, 5) == round(4 / 6, 3)  # A, B, C, E
    assert compute("pass_rate", records, 2) == round(2 / 6, 3)  # B (rank 3) and C (second quote at 3) drop out
    assert set(summarise(records, 3)["overall"]) == set(names(3))


def test_abstention_is_split_by_kind(records):
    assert compute("abstain_recall", records, 5) == 0.5
    assert compute("abstain_recall_unanswerable", records, 5) == 1.0
    assert compute("abstain_recall_nearmiss", records, 5) == 0.0
    assert compute("abstain_precision", records, 5) == 0.5  # E right, D (answerable) wrong
    assert compute("false_abstention_rate", records, 5) == 0.25


def test_facts_and_per_kind_rates(records):
    assert compute("facts_rate", records, 5) == 0.0  # A's answer text does not say "Retailagenda"
    summary = summarise(records, 5)
    assert summary["per_kind"]["paraphrase"] == {"n": 2, "pass_rate": 1.0, "strict_pass_rate": 0.5,
                                                 "facts_rate": 0.0, "hit@1": 0.5, "mrr": 0.667}
    assert summary["per_kind"]["nearmiss"] == {"n": 1, "pass_rate": 0.0, "strict_pass_rate": 0.0}


def test_stage_metrics_read_the_trace_when_there_is_one(records):
    assert compute("pool_recall@50", records, 5) == 1.0  # the retail unit is in A's pool (as chunk #2)
    assert compute("rescore_hit@1", records, 5) == 0.0  # the rescorer put the atlas unit first
    assert compute("decide_recall_nearmiss", records, 5) == 0.0  # F: the decide stage said "answer"
    assert compute("decide_recall_unanswerable", records, 5) is None  # no traced unanswerable case
    assert compute("decide_precision", records, 5) is None  # no traced abstain decision at all


def test_rescore_and_diff_work_from_saved_runs_without_the_model(records, tmp_path, capsys):
    old, new = tmp_path / "old.json", tmp_path / "new.json.gz"  # a .gz run is read and written compressed
    old.write_text(json.dumps(as_json(records, summarise(records, 5), {"k": 5, "variant": "read"})))
    better = [dict(r, passed=True, rank=1) if r["id"] == "B" else r for r in records]
    save_payload({"runs": {"read": as_json(better, summarise(better, 5), {"k": 5})}}, new)
    assert new.read_bytes()[:2] == b"\x1f\x8b"
    assert main(["rescore", str(old), "--metric", "hit@3", "--k", "3"]) == 0
    assert capsys.readouterr().out.strip() == "read\thit@3\t0.750"
    assert main(["rescore", str(old), "--metric", "hit@5", "--k", "3"]) == 2
    assert "known: n, pass_rate" in capsys.readouterr().err
    assert main(["diff", str(old), str(new)]) == 0
    out = capsys.readouterr().out
    assert "B" in out and "pass (rank 3)" in out and "pass (rank 1)" in out and "1 case(s) changed" in out


def test_trace_reader_examples_run():
    import doctest

    import evals.trace

    result = doctest.testmod(evals.trace)
    assert result.attempted >= 2 and result.failed == 0
