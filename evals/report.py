"""A Markdown report a person reads: a summary table per kind (and per retriever), then every failure."""
from __future__ import annotations

from evals.cases import KINDS

OVERALL_KEYS = ("pass_rate", "hit@1", "hit@3", "hit@5", "mrr", "lookup_exact", "abstain_precision",
                "abstain_recall", "false_abstention_rate", "latency_p50_ms", "latency_p95_ms")


def comparison_table(runs: dict[str, dict]) -> str:
    """One column per retriever: pass rate per kind, then the overall figures."""
    modes = list(runs)
    lines = ["| | " + " | ".join(modes) + " |", "|---|" + "---|" * len(modes)]
    for kind in KINDS:
        cells = []
        for mode in modes:
            row = runs[mode]["summary"]["per_kind"].get(kind)
            cells.append(f"{row['pass_rate']:.2f} (n={row['n']})" if row else "–")
        if any(c != "–" for c in cells):
            lines.append(f"| {kind} | " + " | ".join(cells) + " |")
    for key in OVERALL_KEYS:
        lines.append(f"| **{key}** | " + " | ".join(str(runs[m]["summary"]["overall"][key]) for m in modes) + " |")
    return "\n".join(lines)


def markdown_report(runs: dict[str, dict], title: str) -> str:
    parts = [f"# {title}", "", comparison_table(runs), ""]
    for mode, run in runs.items():
        failures = [c for c in run["cases"] if not c["passed"]]
        parts.append(f"## Failures ({mode}): {len(failures)}")
        for case in failures:
            parts.append(f"\n### {case['id']} ({case['kind']})\n")
            parts.append(f"- **query**: {case['query']}")
            parts.append(f"- **why**: {case['reason']}")
            if case["expected"]:
                parts.append(f"- **expected**: {' | '.join(case['expected'])}")
            for rank, top in enumerate(case["top"], start=1):
                label = f"{top['doc_id']} {top['questions'] or top['section'][:60]}"
                parts.append(f"- **got #{rank}** {label}: {top['text'][:200]!r}")
        parts.append("")
    return "\n".join(parts)
