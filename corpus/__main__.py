"""Corpus CLI.

    python -m corpus inspect [LETTER]          # pages, units by kind, question numbers, gaps, incomplete units, tables
    python -m corpus add PATH.pdf [--title "..."] [--id slug]
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from config import Settings
from corpus import CorpusError, load_corpus
from corpus.ingest import IngestError, add_letter
from corpus.records import as_ranges


def inspect(corpus_dir: Path, only: str | None) -> int:
    corpus = load_corpus(corpus_dir)
    for letter in corpus.letters:
        if only and letter.doc_id != only:
            continue
        meta = letter.meta
        kinds = Counter(u.kind for u in letter.units)
        numbers = [n for u in letter.units for n in u.questions]
        counts = Counter(numbers)
        unique = sorted(counts)
        gaps = [n for n in range(1, max(unique) + 1) if n not in counts] if unique else []
        print(f"== {letter.doc_id}: {meta.title}")
        print(f"   date {meta.date or '?'} | {meta.reference() or 'no kenmerk/kamerstuk'} | {meta.doc_type}")
        print(f"   pages {meta.pages or '?'}" + (f", missing from this copy: {as_ranges(list(meta.missing_pages))}"
                                                  if meta.missing_pages else ""))
        print(f"   units: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
        if unique:
            print(f"   question numbers: {as_ranges(unique)}")
            print(f"   numbers not found: {as_ranges(gaps) or '-'}")
            duplicated = sorted(n for n, c in counts.items() if c > 1)
            print(f"   numbers in more than one unit: {as_ranges(duplicated) or '-'}")
        incomplete = [u for u in letter.units if u.status != "complete"]
        for unit in incomplete:
            label = ",".join(map(str, unit.questions)) or "?"
            inferred = " (number inferred)" if unit.numbers_inferred else ""
            print(f"   incomplete: vraag {label}{inferred}: {unit.status}, p. {','.join(map(str, unit.pages))}")
        print_tables([t for unit in letter.units for t in unit.tables])
    return 0


def print_tables(tables, first_rows: int = 3) -> None:
    """Caption, page, section, columns, row count and the first rows (and the totals row) of each table."""
    print(f"   tables: {len(tables) or '-'}")
    for table in tables:
        print(f"   - {table.caption or '(geen bijschrift)'} (p. {table.page}; § {table.section.split(' > ')[-1]})")
        print(f"     columns: {' | '.join(table.columns)}; rows: {len(table.rows)}")
        shown = list(table.rows[:first_rows]) + [r for r in table.rows[first_rows:] if r.is_total]
        for row in shown:
            print(f"       {table.row_text(row)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m corpus", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    inspect_parser = commands.add_parser("inspect", help="what the parser found, per letter")
    inspect_parser.add_argument("letter", nargs="?")
    add_parser = commands.add_parser("add", help="add a PDF or text letter to the corpus")
    add_parser.add_argument("path", type=Path)
    add_parser.add_argument("--title")
    add_parser.add_argument("--id", dest="doc_id")
    args = parser.parse_args(argv)
    corpus_dir = Settings.from_env().corpus_dir
    try:
        if args.command == "inspect":
            return inspect(corpus_dir, args.letter)
        result = add_letter(args.path, corpus_dir, title=args.title, doc_id=args.doc_id)
        print(f"added '{result.doc_id}' ({result.units} units); the index is rebuilt on next start "
              "or with 'python -m index build'")
        for warning in result.warnings:
            print(f"warning: {warning}")
        return 0
    except (IngestError, CorpusError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
