"""Eval CLI.

    python -m evals run evals/sets/test.jsonl [--k 5] [--retriever dense|lexical|fused] [--compare-retrievers]
                        [--json OUT.json] [--report OUT.md] [--gate]
    python -m evals diff OLD.json NEW.json
    python -m evals calibrate evals/sets/dev.jsonl [MORE_DEV.jsonl ...]   # fit the reading stage on dev only
    python -m evals ablation [--dev dev] [--test test]                    # which ranker signals earn their keep
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from assistant import MODES, Assistant
from corpus.settings import Settings
from evals.cases import CaseError, load_cases
from evals.gate import THRESHOLDS, check_gate
from evals.report import comparison_table, markdown_report
from evals.runner import as_json, run_cases, summarise

SETS_DIR = Path(__file__).resolve().parent / "sets"


def case_file(name: str) -> Path:
    """A path as given, or a bare set name ('test', 'dev.jsonl') from evals/sets/."""
    path = Path(name)
    if path.exists() or path.parent != Path("."):
        return path
    return SETS_DIR / (name if name.endswith(".jsonl") else f"{name}.jsonl")


def run(args) -> int:
    cases = load_cases(case_file(args.set))
    bot = Assistant.load(Settings.from_env(model=args.model))
    modes = list(MODES) if args.compare_retrievers else [args.retriever]
    runs = {}
    for mode in modes:
        results = run_cases(bot, cases, k=args.k, mode=mode)
        meta = {"set": args.set, "k": args.k, "retriever": mode, "model": bot.index.manifest.model_id,
                "index_built_at": bot.index.manifest.built_at, "corpus_hash": bot.corpus.content_hash}
        runs[mode] = as_json(results, summarise(results), meta)
    print(comparison_table(runs))
    if args.json:
        payload = runs[modes[-1]] if len(modes) == 1 else {"runs": runs}
        Path(args.json).write_text(json.dumps(payload, ensure_ascii=False, indent=1))
    if args.report:
        Path(args.report).write_text(markdown_report(runs, f"Eval report: {args.set}"))
    if args.gate:
        failures = check_gate(runs["fused" if "fused" in runs else modes[0]]["summary"], Path(args.thresholds))
        if failures:
            print("\nQUALITY GATE FAILED:\n- " + "\n- ".join(failures), file=sys.stderr)
            return 1
        print("\nquality gate passed")
    return 0


def diff(args) -> int:
    old, new = (json.loads(Path(p).read_text()) for p in (args.old, args.new))
    old_cases = {c["id"]: c for c in _cases(old)}
    changed = 0
    for case in _cases(new):
        before = old_cases.get(case["id"])
        if before is None or before["passed"] != case["passed"] or before["rank"] != case["rank"]:
            changed += 1
            was = "new" if before is None else ("pass" if before["passed"] else "FAIL") + f" (rank {before['rank']})"
            now = ("pass" if case["passed"] else "FAIL") + f" (rank {case['rank']})"
            print(f"{case['id']:<24} {was:>16} -> {now:<16} {case['query'][:70]}")
    print(f"{changed} case(s) changed")
    return 0


def calibrate_command(args) -> int:
    from evals.calibrate import calibrate, write

    if any("test" in Path(name).name for name in args.sets):
        print("error: calibrate reads dev sets only; the test split is reported, never tuned on.", file=sys.stderr)
        return 2
    cases = [case for name in args.sets for case in load_cases(case_file(name))]
    bot = Assistant.load(Settings.from_env(model=args.model))
    calibration = calibrate(bot, cases, args.max_false_abstention)
    print(json.dumps(calibration.figures, indent=1))
    print(f"written: {write(bot, calibration)}")
    return 0


def ablation_command(args) -> int:
    from evals.calibrate import ablation, collect

    bot = Assistant.load(Settings.from_env(model=args.model))
    dev = collect(bot, [c for name in args.dev for c in load_cases(case_file(name))])
    test = collect(bot, [c for name in args.test for c in load_cases(case_file(name))])
    print("| signals (fitted on dev) | dev hit@1 | test hit@1 |\n|---|---|---|")
    for name, figures in ablation(dev, test).items():
        print(f"| {name} | {figures['dev']} | {figures['test']} |")
    return 0


def _cases(payload: dict) -> list[dict]:
    if "runs" in payload:
        return payload["runs"].get("fused", next(iter(payload["runs"].values())))["cases"]
    return payload["cases"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    run_parser = commands.add_parser("run", help="run an eval set")
    run_parser.add_argument("set")
    run_parser.add_argument("--k", type=int, default=5)
    run_parser.add_argument("--retriever", choices=MODES, default="fused")
    run_parser.add_argument("--compare-retrievers", action="store_true")
    run_parser.add_argument("--json")
    run_parser.add_argument("--report")
    run_parser.add_argument("--gate", action="store_true", help="exit 1 below the thresholds")
    run_parser.add_argument("--thresholds", default=str(THRESHOLDS))
    run_parser.add_argument("--model", help="model name or folder (env KB_MODEL)")
    diff_parser = commands.add_parser("diff", help="list cases that changed between two --json outputs")
    diff_parser.add_argument("old")
    diff_parser.add_argument("new")
    calibrate_parser = commands.add_parser("calibrate", help="fit the reading stage on dev sets")
    calibrate_parser.add_argument("sets", nargs="+")
    calibrate_parser.add_argument("--max-false-abstention", type=float, default=0.03)
    calibrate_parser.add_argument("--model", help="model name or folder (env KB_MODEL)")
    ablation_parser = commands.add_parser("ablation", help="ranker signals compared: fitted on dev, reported on test")
    ablation_parser.add_argument("--dev", nargs="+", default=["dev"])
    ablation_parser.add_argument("--test", nargs="+", default=["test"])
    ablation_parser.add_argument("--model", help="model name or folder (env KB_MODEL)")
    args = parser.parse_args(argv)
    try:
        if args.command == "calibrate":
            return calibrate_command(args)
        if args.command == "ablation":
            return ablation_command(args)
        return run(args) if args.command == "run" else diff(args)
    except CaseError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
