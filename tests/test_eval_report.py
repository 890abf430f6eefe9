"""The HTML report is one self-contained page: escaped text, inline SVG bars, no outside request."""
from __future__ import annotations

import re

import pytest

from evals.cases import parse_case
from evals.html_report import html_report
from evals.metrics import summarise
from evals.report import markdown_report
from evals.runner import as_json, record
from evals.runs import flipped
from evals_helpers import reply_of, unit_holding

pytestmark = pytest.mark.unit
HOSTILE = '<script>alert(1)</script><img src=x onerror="fetch(\'https://evil.example\')">'


@pytest.fixture(scope="module")
def runs(corpus):
    quote = "Krimp- en anticipeergemeenten- en regio’s kunnen ook aansluiten bij de Retailagenda"
    retail, other = unit_holding(corpus, quote), corpus.units_for_question(31, "atlas")[0]
    cases = [parse_case({"id": "ok", "kind": "paraphrase", "query": "Retailagenda?", "expect": {"any_of": [quote]}}),
             parse_case({"id": "bad", "kind": "table", "query": HOSTILE, "expect": {"any_of": [quote]}})]
    out = {}
    for variant, order in (("fused", [other, retail]), ("read", [retail, other])):
        records = [record(case, reply_of(order if case.id == "ok" else [other]), 5, {}) for case in cases]
        out[variant] = as_json(records, summarise(records, 5), {"set": "unit", "k": 5, "variant": variant})
    return out


def test_html_is_self_contained_and_escapes_every_text(runs):
    flips = flipped(runs["fused"]["cases"], runs["read"]["cases"])
    page = html_report(runs, "Eval <report>", flips)
    assert "<script" not in page and "onerror=\"" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "Eval &lt;report&gt;" in page
    tags = re.findall(r"<[a-zA-Z][^>]*>", page)  # escaped text holds no tag
    assert not [t for t in tags if re.search(r"\b(src|href|action)=", t)] and "url(" not in page
    assert [t for t in tags if "http" in t] == [next(t for t in tags if t.startswith("<svg"))]  # xmlns only
    assert page.count("<rect ") == 4  # 2 kinds x 2 variants
    assert "Changed since the baseline: 1 case(s)" in page and "pass (rank 1)" in page
    assert "Failures (read): 1 of 2" in page and "Failures (fused): 1 of 2" in page


def test_markdown_report_lists_every_failure_with_what_came_back(runs):
    text = markdown_report(runs, "Eval", flipped(runs["fused"]["cases"], runs["read"]["cases"]))
    assert "| table | 0.00 (n=1) | 0.00 (n=1) |" in text and "| **hit@5** |" in text and "hit@10" not in text
    assert "## Flipped since the baseline: 1" in text and "- **got #1** atlas [31]" in text
