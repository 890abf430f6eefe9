"""Eval CLI.

    python -m evals run test [--k 5] [--variant read|fused|dense|lexical] [--compare [NAME ...]]
                        [--compare-retrievers] [--backend NAME] [--json OUT.json] [--report OUT.md]
                        [--html OUT.html] [--baseline OLD.json] [--gate]
    python -m evals report RUN.json [--html OUT.html] [--report OUT.md] [--baseline OLD.json] [--gate]
    python -m evals rescore RUN.json --metric NAME|all [--k K] [--variant NAME]
    python -m evals diff OLD.json NEW.json [--variant NAME] [--old-variant NAME] [--k K]
    python -m evals from-feedback [--db FEEDBACK.sqlite3 | --database-url URL] --out drafts.jsonl
    python -m evals calibrate evals/sets/dev.jsonl [MORE_DEV.jsonl ...] [--rule-sets evals/sets/dev-check.jsonl]
                      [--hold-out ID_PREFIX ...]
    python -m evals ablation [--dev dev] [--test test]                    # which ranker signals earn their keep

Variants (--compare with no names runs them all): dense, lexical, fused (retrieval only, reader off) and read
(the full pipeline). --retriever NAME is kept as the old spelling of --variant NAME.
"""
from __future__ import annotations

import argparse
import sys

from evals.cases import CaseError
from evals.commands import COMMANDS, DEFAULT_THRESHOLDS
from evals.runs import RunError
from evals.variants import RETRIEVERS, VARIANTS


def _outputs(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--report", help="Markdown report (for CI logs)")
    parser.add_argument("--html", help="self-contained HTML report")
    parser.add_argument("--baseline", help="an earlier --json run: list the cases that flipped since")
    parser.add_argument("--baseline-variant", help="which variant of the baseline file (default: read, else fused)")
    parser.add_argument("--gate", action="store_true", help="exit 1 below the thresholds")
    parser.add_argument("--thresholds", default=DEFAULT_THRESHOLDS)


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="python -m evals", description=__doc__,
                                   formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = root.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="run an eval set through the assistant")
    run.add_argument("set", help="a set name (dev, test) or a .jsonl path")
    run.add_argument("--k", type=int, default=5)
    run.add_argument("--variant", choices=list(VARIANTS))
    run.add_argument("--retriever", choices=RETRIEVERS, help="old spelling of --variant")
    run.add_argument("--compare", nargs="*", metavar="NAME", help="several variants in one run (none named: all)")
    run.add_argument("--compare-retrievers", action="store_true", help="= --compare dense lexical fused")
    run.add_argument("--backend", help="search backend (overrides KB_BACKEND), e.g. embedded or postgres")
    run.add_argument("--json", help="store every case's record here (for rescore, diff, report)")
    run.add_argument("--model", help="model name or folder (env KB_MODEL)")
    _outputs(run)
    report = commands.add_parser("report", help="reports and the gate from a saved run")
    report.add_argument("run")
    _outputs(report)
    rescore = commands.add_parser("rescore", help="compute a metric from a saved run, without re-running")
    rescore.add_argument("run")
    rescore.add_argument("--metric", required=True, help="a metric label (e.g. mrr, hit@3, facts_rate) or 'all'")
    rescore.add_argument("--k", type=int, help="at most the k the run was made with")
    rescore.add_argument("--variant")
    diff = commands.add_parser("diff", help="cases that flipped between two saved runs, with a paired test")
    diff.add_argument("old")
    diff.add_argument("new")
    diff.add_argument("--variant", help="which variant of each file (default: read, else fused)")
    diff.add_argument("--old-variant", help="another variant for OLD (e.g. fused vs read in one --compare run)")
    diff.add_argument("--k", type=int)
    feedback = commands.add_parser("from-feedback", help="draft cases from the UI's feedback, for review")
    source = feedback.add_mutually_exclusive_group()
    source.add_argument("--db", help="feedback SQLite file (default: the settings' store: the postgres table when "
                        "KB_BACKEND=postgres, else KB_FEEDBACK_DB or the cache folder)")
    source.add_argument("--database-url", help="read the `feedback` table of this postgres database")
    feedback.add_argument("--out", required=True)
    calibrate = commands.add_parser("calibrate", help="fit the reading stage on dev sets")
    calibrate.add_argument("sets", nargs="+")
    calibrate.add_argument("--max-false-abstention", type=float, default=0.03)
    calibrate.add_argument("--rule-sets", nargs="*", metavar="DEV.jsonl",
                           help="more dev sets on which only the reading rules' thresholds are chosen")
    calibrate.add_argument("--rules-only", action="store_true",
                           help="keep the shipped ranker and decider; choose only the reading rules' thresholds")
    calibrate.add_argument("--hold-out", nargs="*", default=[], metavar="ID_PREFIX",
                           help="leave out the cases whose id starts with one of these (a fresh series measured "
                                "after the fit), e.g. --hold-out tv- wx- yb-")
    calibrate.add_argument("--model", help="model name or folder (env KB_MODEL)")
    ablation = commands.add_parser("ablation", help="ranker signals compared: fitted on dev, reported on test")
    ablation.add_argument("--dev", nargs="+", default=["dev"])
    ablation.add_argument("--test", nargs="+", default=["test"])
    ablation.add_argument("--model", help="model name or folder (env KB_MODEL)")
    return root


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except (CaseError, RunError, FileNotFoundError, KeyError, ValueError) as error:
        print(f"error: {error.args[0] if error.args else error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
