"""What each `python -m evals` command does (the argument parsing is in __main__.py)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from evals.cases import load_cases, without_series
from evals.gate import THRESHOLDS, check_gate, unset_thresholds
from evals.html_report import html_report
from evals.metrics import compute, names, summarise
from evals.ranking import paired_test
from evals.report import comparison_table, fmt, markdown_report
from evals.runs import flipped, load_payload, load_run, pick, save_payload, variants_of
from evals.variants import RETRIEVERS, VARIANTS, call_arguments, default_variant, resolve_variants

SETS_DIR = Path(__file__).resolve().parent / "sets"
SIGNIFICANCE = ("mrr@{k}", "hit_rate@1", "hit_rate@{k}")  # compared with a paired test by `diff` and --baseline


def case_file(name: str) -> Path:
    """A path as given, or a bare set name ('test', 'dev.jsonl') from evals/sets/."""
    path = Path(name)
    if path.exists() or path.parent != Path("."):
        return path
    return SETS_DIR / (name if name.endswith(".jsonl") else f"{name}.jsonl")


def chosen_variants(args, bot) -> list[str]:
    if args.compare_retrievers:
        return list(RETRIEVERS)
    if args.compare is not None:
        return resolve_variants(args.compare or list(VARIANTS))
    return resolve_variants([args.variant or args.retriever or default_variant(bot)])


def run(args) -> int:
    from assistant import Assistant  # loads the model: only the run command needs it
    from config import Settings
    from evals.runner import as_json, run_cases

    cases = load_cases(case_file(args.set))
    settings = Settings.from_env(model=args.model, backend=args.backend)
    bot = Assistant.load(settings)
    runs = {}
    for variant in chosen_variants(args, bot):
        kwargs, unsupported = call_arguments(bot, variant)
        records = run_cases(bot, cases, k=args.k, variant=variant)
        meta = {"set": args.set, "k": args.k, "variant": variant, "ask": kwargs, "unsupported": unsupported,
                "backend": settings.backend, "model": bot.index.manifest.model_id,
                "index_built_at": bot.index.manifest.built_at, "corpus_hash": bot.corpus.content_hash}
        runs[variant] = as_json(records, summarise(records, args.k), meta)
    print(comparison_table(runs))
    return write_outputs(args, runs)


def write_outputs(args, runs: dict[str, dict]) -> int:
    """--json, --report, --html (with --baseline) and --gate for a finished run."""
    if args.json:
        payload = next(iter(runs.values())) if len(runs) == 1 else {"runs": runs}
        save_payload(payload, args.json)
    flips = significance = None
    if args.baseline:
        old, _ = load_run(args.baseline, args.baseline_variant)
        name, new = pick({"runs": runs})
        flips = flipped(old, new["cases"])
        significance = _significance(old, new["cases"], args.k)
    title = f"Eval report: {args.set}"
    if args.report:
        Path(args.report).write_text(markdown_report(runs, title, flips))
    if args.html:
        Path(args.html).write_text(html_report(runs, title, flips, significance), encoding="utf-8")
    if args.gate:
        name, gated = pick({"runs": runs})
        failures = check_gate(gated["summary"], Path(args.thresholds))
        for pending in unset_thresholds(Path(args.thresholds)):
            print(f"note: threshold not set yet: {pending}", file=sys.stderr)
        if failures:
            print(f"\nQUALITY GATE FAILED ({name}):\n- " + "\n- ".join(failures), file=sys.stderr)
            return 1
        print(f"\nquality gate passed ({name})")
    return 0


def rescore(args) -> int:
    """A metric (or all, with --metric all) from a saved run, without running the assistant."""
    payload = load_payload(args.run)
    variants = [args.variant] if args.variant else list(variants_of(payload))
    for variant in variants:
        records, meta = load_run(args.run, variant)
        k = args.k or meta.get("k", 5)
        labels = names(k) if args.metric == "all" else [args.metric]
        for label in labels:
            print(f"{variant}\t{label}\t{fmt(compute(label, records, k))}")
    return 0


def diff(args) -> int:
    """Cases that flipped between two saved runs, and whether MRR / hit differ significantly (paired t-test)."""
    old, meta = load_run(args.old, args.old_variant or args.variant)
    new, _ = load_run(args.new, args.variant)
    k = args.k or meta.get("k", 5)
    changes = flipped(old, new)
    for change in changes:
        print(f"{change['id']:<24} {change['old']:>20} -> {change['new']:<20} {change['query'][:60]}")
    print(f"{len(changes)} case(s) changed")
    for metric, result in _significance(old, new, k).items():
        verdict = "significant" if result["significant"] else "not significant"
        print(f"{metric:<14} {result['old']:.3f} -> {result['new']:.3f}  p = {result['p']:.4f} ({verdict}, "
              f"n = {result['n']} paired cases)")
    return 0


def report(args) -> int:
    """--report / --html / --gate from a saved run (no re-run): e.g. an HTML page with a baseline diff."""
    payload = load_payload(args.run)
    runs = variants_of(payload)
    for variant in runs:
        load_run(args.run, variant)  # refuses a run saved by the old runner, with what to do
    args.k = next(iter(runs.values()))["summary"]["k"]
    args.set = next(iter(runs.values())).get("meta", {}).get("set", args.run)
    args.json = None
    print(comparison_table(runs))
    return write_outputs(args, runs)


def from_feedback(args) -> int:
    from corpus import load_corpus
    from config import Settings
    from evals.from_feedback import write_drafts
    from ui.feedback import FeedbackUnavailable, feedback_database, open_feedback_store

    settings = Settings.from_env()
    url = args.database_url or ("" if args.db else feedback_database(settings))
    db = Path(args.db) if args.db else settings.feedback_db
    if not url and not db.exists():
        raise FileNotFoundError(f"no feedback database at {db}; pass --db (the app's KB_FEEDBACK_DB) or "
                                "--database-url")
    store = open_feedback_store(settings, url=url or None, path=None if url else db)
    try:
        count = write_drafts(store, Path(args.out), load_corpus())
    except FeedbackUnavailable as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(f"read {store.location}; wrote {count} draft case(s) to {args.out}: review each against the letter, "
          "then move it into "
          f"evals/sets/dev.jsonl or test.jsonl without its \"draft\" and \"feedback\" fields")
    return 0


def calibrate(args) -> int:
    """Fit the reading stage on dev sets only (evals/calibrate.py) and write its calibration file."""
    from assistant import Assistant
    from config import Settings
    from evals.calibrate import calibrate as fit, write

    rule_sets = args.rule_sets or []
    if any("test" in Path(name).name for name in [*args.sets, *rule_sets]):
        print("error: calibrate reads dev sets only; the test split is reported, never tuned on.", file=sys.stderr)
        return 2
    held_out = tuple(args.hold_out)
    all_cases = [case for name in args.sets for case in load_cases(case_file(name))]
    all_rule_cases = [case for name in rule_sets for case in load_cases(case_file(name))]
    for prefix in held_out:  # a prefix that matches nothing is a typo, not a held-out series
        count = sum(c.id.startswith(prefix) for c in all_cases + all_rule_cases)
        print(f"held out: {count} cases whose id starts with {prefix!r}", file=sys.stderr)
    cases, rule_cases = without_series(all_cases, held_out), without_series(all_rule_cases, held_out)
    bot = Assistant.load(Settings.from_env(model=args.model))
    calibration = fit(bot, cases, args.max_false_abstention, rule_cases, args.rules_only)
    print(json.dumps(calibration.figures, indent=1))
    print(f"written: {write(bot, calibration)}")
    return 0


def ablation(args) -> int:
    """Which ranker signals earn their keep: rankers fitted on dev with subsets of the signals, hit@1 on both."""
    from assistant import Assistant
    from config import Settings
    from evals.calibrate import ablation as compare, collect

    bot = Assistant.load(Settings.from_env(model=args.model))
    dev = collect(bot, [c for name in args.dev for c in load_cases(case_file(name))])
    test = collect(bot, [c for name in args.test for c in load_cases(case_file(name))])
    print("| signals (fitted on dev) | dev hit@1 | test hit@1 |\n|---|---|---|")
    for name, figures in compare(dev, test).items():
        print(f"| {name} | {figures['dev']} | {figures['test']} |")
    return 0


def _significance(old: list[dict], new: list[dict], k: int) -> dict:
    return paired_test(old, new, [m.format(k=k) for m in SIGNIFICANCE], k)


COMMANDS = {"run": run, "report": report, "rescore": rescore, "diff": diff, "from-feedback": from_feedback,
            "calibrate": calibrate, "ablation": ablation}
DEFAULT_THRESHOLDS = str(THRESHOLDS)
