"""A Markdown report for CI logs: per-kind pass rates and every registered metric per variant, then every failure.

Example:
    >>> print(comparison_table({"read": run_payload}))
    | | read |
    |---|---|
    | lookup | 1.00 (n=37) |
    ...
"""
from __future__ import annotations

from evals.cases import KINDS
from evals.metrics import names


def fmt(value) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.1f}" if abs(value) >= 10 else f"{value:.3f}"  # milliseconds / rates
    return str(value)


def comparison_table(runs: dict[str, dict]) -> str:
    """One column per variant: pass rate per kind, then every metric that applies at the run's k."""
    variants = list(runs)
    k = next(iter(runs.values()))["summary"]["k"]
    lines = ["| | " + " | ".join(variants) + " |", "|---|" + "---|" * len(variants)]
    for kind in KINDS:
        rows = [runs[v]["summary"]["per_kind"].get(kind) for v in variants]
        if any(rows):
            cells = [f"{row['pass_rate']:.2f} (n={row['n']})" if row else "–" for row in rows]
            lines.append(f"| {kind} | " + " | ".join(cells) + " |")
    for label in names(k):
        values = [runs[v]["summary"]["overall"].get(label) for v in variants]
        if any(v is not None for v in values):
            lines.append(f"| **{label}** | " + " | ".join(fmt(v) for v in values) + " |")
    return "\n".join(lines)


def markdown_report(runs: dict[str, dict], title: str, flips: list[dict] | None = None) -> str:
    parts = [f"# {title}", "", comparison_table(runs), ""]
    if flips:
        parts += [f"## Flipped since the baseline: {len(flips)}", "", "| case | kind | before | now | query |",
                  "|---|---|---|---|---|"]
        parts += [f"| {f['id']} | {f['kind']} | {f['old']} | {f['new']} | {f['query'][:80]} |" for f in flips]
        parts.append("")
    for variant, run in runs.items():
        failures = [c for c in run["cases"] if not c["passed"]]
        parts.append(f"## Failures ({variant}): {len(failures)}")
        for case in failures:
            parts.append(f"\n### {case['id']} ({case['kind']})\n")
            if case["history"]:
                parts.append(f"- **earlier turns**: {' → '.join(case['history'])}")
            parts.append(f"- **query**: {case['query']}")
            parts.append(f"- **why it failed**: {case['reason']}")
            expected = case["expect"].get("all_of", []) + case["expect"].get("any_of", [])
            if expected:
                parts.append(f"- **expected**: {' | '.join(expected)}")
            if case["abstain_reason"]:
                parts.append(f"- **abstained because**: {case['abstain_reason']}")
            parts.append(f"- **answer**: {case['answer_text'][:300]!r}")
            for rank, top in enumerate(case["passages"][:3], start=1):
                label = f"{top['doc_id']} {top['questions'] or top.get('section', '')[:60]}"
                parts.append(f"- **got #{rank}** {label}: {top.get('text', '')[:200]!r}")
        parts.append("")
    return "\n".join(parts)
