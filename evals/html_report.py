"""A self-contained HTML report a person reads: per-kind bars per variant, the metric table, the cases that flipped
since a baseline run, and every failure with what came back.

One file, inline CSS and inline SVG, no script, no outside request; every piece of text is escaped.

Example:
    >>> Path("report.html").write_text(html_report(runs, "Eval: test", flips=flipped(old, new)))
"""
from __future__ import annotations

from html import escape

from evals.cases import KINDS
from evals.report import fmt
from evals.metrics import PER_KIND, find, names

COLOURS = ("#1f6f8b", "#e07a1f", "#5b8c3a", "#8a4fa3", "#b23a48", "#6b6b6b")
CSS = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:72rem;color:#1d1d1d;
padding:0 1rem}h1{font-size:1.6rem}h2{margin-top:2.2rem;border-bottom:1px solid #ddd;padding-bottom:.2rem}
table{border-collapse:collapse;margin:.6rem 0}td,th{border:1px solid #ddd;padding:.25rem .55rem;text-align:left;
vertical-align:top}th{background:#f4f4f4}td.num{text-align:right;font-variant-numeric:tabular-nums}
.meta{color:#555}.legend span{display:inline-block;margin-right:1.2rem}.sw{display:inline-block;width:.9rem;
height:.9rem;margin-right:.3rem;vertical-align:-.1rem}.fail{color:#b23a48;font-weight:600}.pass{color:#3c7a2e;
font-weight:600}details{border:1px solid #e3e3e3;border-radius:4px;margin:.4rem 0;padding:.3rem .6rem}
summary{cursor:pointer}blockquote{margin:.3rem 0 .3rem .6rem;padding-left:.6rem;border-left:3px solid #ccc;
color:#333;white-space:pre-wrap}code{background:#f4f4f4;padding:0 .2rem}
"""
BAR_HEIGHT, GAP, LABEL_WIDTH, WIDTH = 14, 10, 130, 560


def html_report(runs: dict[str, dict], title: str, flips: list[dict] | None = None,
                significance: dict | None = None) -> str:
    """The whole page as one string (see the module docstring)."""
    first = next(iter(runs.values()))
    meta = first.get("meta", {})
    about = ", ".join(f"{key}: {meta[key]}" for key in ("set", "k", "model", "backend", "corpus_hash") if key in meta)
    parts = [f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{escape(title)}</title>",
             f"<style>{CSS}</style></head><body><h1>{escape(title)}</h1><p class='meta'>{escape(about)}</p>",
             "<h2>Pass rate per kind</h2>", _legend(list(runs)), _bars(runs), _kind_table(runs),
             "<h2>Metrics</h2>", _metric_table(runs)]
    if flips is not None:
        parts.append(_flips(flips, significance))
    for variant, run in runs.items():
        parts.append(_failures(variant, run["cases"]))
    parts.append("</body></html>")
    return "\n".join(parts)


def _legend(variants: list[str]) -> str:
    items = "".join(f"<span><i class='sw' style='background:{COLOURS[i % len(COLOURS)]}'></i>{escape(v)}</span>"
                    for i, v in enumerate(variants))
    return f"<p class='legend'>{items}</p>"


def _bars(runs: dict[str, dict]) -> str:
    """Horizontal bars: one group per kind, one bar per variant, length = pass rate."""
    variants = list(runs)
    kinds = [kind for kind in KINDS if any(kind in r["summary"]["per_kind"] for r in runs.values())]
    group = len(variants) * BAR_HEIGHT + GAP
    height = len(kinds) * group + 20
    span = WIDTH - LABEL_WIDTH - 60
    out = [f"<svg xmlns='http://www.w3.org/2000/svg' width='{WIDTH}' height='{height}' role='img' "
           f"aria-label='pass rate per kind and variant' font-size='12'>"]
    for g, kind in enumerate(kinds):
        top = g * group
        out.append(f"<text x='0' y='{top + group / 2}' dominant-baseline='middle'>{escape(kind)}</text>")
        for v, variant in enumerate(variants):
            row = runs[variant]["summary"]["per_kind"].get(kind)
            if not row:
                continue
            y, length = top + v * BAR_HEIGHT, row["pass_rate"] * span
            out.append(f"<rect x='{LABEL_WIDTH}' y='{y}' width='{length:.1f}' height='{BAR_HEIGHT - 2}' "
                       f"fill='{COLOURS[v % len(COLOURS)]}'><title>{escape(variant)} {escape(kind)}: "
                       f"{row['pass_rate']:.2f} of {row['n']}</title></rect>")
            out.append(f"<text x='{LABEL_WIDTH + length + 4:.1f}' y='{y + BAR_HEIGHT / 2}' "
                       f"dominant-baseline='middle'>{row['pass_rate']:.2f}</text>")
    out.append(f"<line x1='{LABEL_WIDTH}' x2='{LABEL_WIDTH}' y1='0' y2='{height - 20}' stroke='#999'/>")
    out.append(f"<text x='{LABEL_WIDTH + span}' y='{height - 5}' text-anchor='end' fill='#777'>1.0</text></svg>")
    return "".join(out)


def _kind_table(runs: dict[str, dict]) -> str:
    """Per kind and variant: pass rate, strict pass rate, facts rate and hit@1 where they apply."""
    variants = list(runs)
    head = "".join(f"<th>{escape(v)}</th>" for v in variants)
    rows = []
    for kind in KINDS:
        cells = []
        for variant in variants:
            row = runs[variant]["summary"]["per_kind"].get(kind)
            shown = [f"{label.replace('_rate', '')} {row[label]:.2f}" for label in PER_KIND if row and label in row]
            cells.append(f"<td>{escape(' · '.join(shown))}</td>" if row else "<td>–</td>")
        n = next((runs[v]["summary"]["per_kind"][kind]["n"] for v in variants
                  if kind in runs[v]["summary"]["per_kind"]), None)
        if n:
            rows.append(f"<tr><th>{escape(kind)} <span class='meta'>(n={n})</span></th>{''.join(cells)}</tr>")
    return f"<table><tr><th>kind</th>{head}</tr>{''.join(rows)}</table>"


def _metric_table(runs: dict[str, dict]) -> str:
    variants = list(runs)
    k = next(iter(runs.values()))["summary"]["k"]
    head = "".join(f"<th>{escape(v)}</th>" for v in variants)
    rows = []
    for label in names(k):
        values = [runs[v]["summary"]["overall"].get(label) for v in variants]
        if any(value is not None for value in values):
            cells = "".join(f"<td class='num'>{escape(fmt(value))}</td>" for value in values)
            about = escape(find(label, k).about, quote=True)
            rows.append(f"<tr><th title=\"{about}\">{escape(label)}</th>{cells}</tr>")
    return f"<table><tr><th>metric</th>{head}</tr>{''.join(rows)}</table>"


def _flips(flips: list[dict], significance: dict | None) -> str:
    out = [f"<h2>Changed since the baseline: {len(flips)} case(s)</h2>"]
    if significance:
        rows = "".join(f"<tr><th>{escape(m)}</th><td class='num'>{s['old']}</td><td class='num'>{s['new']}</td>"
                       f"<td class='num'>{s['p']}</td><td>{'yes' if s['significant'] else 'no'}</td></tr>"
                       for m, s in significance.items())
        out.append("<table><tr><th>metric</th><th>baseline</th><th>now</th><th>p (paired t-test)</th>"
                   f"<th>significant</th></tr>{rows}</table>")
    rows = "".join(f"<tr><td>{escape(f['id'])}</td><td>{escape(f['kind'])}</td><td>{escape(f['old'])}</td>"
                   f"<td class='{'pass' if f['new'].startswith('pass') else 'fail'}'>{escape(f['new'])}</td>"
                   f"<td>{escape(f['query'])}</td></tr>" for f in flips)
    out.append(f"<table><tr><th>case</th><th>kind</th><th>baseline</th><th>now</th><th>query</th></tr>{rows}</table>")
    return "".join(out)


def _failures(variant: str, cases: list[dict]) -> str:
    failures = [c for c in cases if not c["passed"]]
    out = [f"<h2>Failures ({escape(variant)}): {len(failures)} of {len(cases)}</h2>"]
    for case in failures:
        out.append(f"<details><summary><code>{escape(case['id'])}</code> {escape(case['kind'])}: "
                   f"{escape(case['query'])} <span class='fail'>{escape(case['reason'])}</span></summary>")
        if case["history"]:
            out.append(f"<p>Earlier turns: {escape(' → '.join(case['history']))}</p>")
        expected = case["expect"].get("all_of", []) + case["expect"].get("any_of", [])
        for quote in expected:
            out.append(f"<p>Expected:</p><blockquote>{escape(quote)}</blockquote>")
        if case["expect"].get("facts"):
            out.append(f"<p>Facts: {escape(' | '.join(case['expect']['facts']))}</p>")
        if case.get("abstain_reason"):
            out.append(f"<p>Abstained because: {escape(case['abstain_reason'])}</p>")
        out.append(f"<p>Answer:</p><blockquote>{escape(case['answer_text'])}</blockquote>")
        for rank, passage in enumerate(case["passages"], start=1):
            label = f"#{rank} {passage['doc_id']} {passage['questions'] or passage.get('section', '')}"
            out.append(f"<p>{escape(label)}</p><blockquote>{escape(passage.get('text', ''))}</blockquote>")
        out.append("</details>")
    return "".join(out)
