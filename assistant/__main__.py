"""Assistant CLI, on the same API as the chat.

    python -m assistant ask "Wat doet het Rijk aan leegstand in winkelgebieden?" [--json] [--history "..."]
    python -m assistant lookup 87 [--letter atlas]
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict

from assistant import MODES, Assistant, Reply
from index import EmbedderMissing, IndexError_


def print_reply(reply: Reply, as_json: bool) -> None:
    if as_json:
        print(json.dumps(asdict(reply), ensure_ascii=False, indent=2))
        return
    print(reply.answer)
    for note in reply.notes:
        print(f"({note})")
    for rank, passage in enumerate(reply.passages, start=1):
        print(f"\n[{rank}] {passage.citation()}  (score {passage.score})")
        print(passage.text if reply.kind == "lookup" else passage.text[:700])
        for number, text in passage.notes:  # its footnotes, under it as on the page (and on the chat's card)
            print(f"  {number} {text}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m assistant", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    ask = commands.add_parser("ask", help="ask a question")
    ask.add_argument("question")
    ask.add_argument("--history", action="append", default=[], help="an earlier user question (repeatable)")
    ask.add_argument("--k", type=int, default=5)
    ask.add_argument("--retriever", choices=MODES, default="fused")
    ask.add_argument("--json", action="store_true")
    lookup = commands.add_parser("lookup", help="which answer covers question N")
    lookup.add_argument("number", type=int)
    lookup.add_argument("--letter", help="letter id or word, e.g. atlas")
    lookup.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    try:
        bot = Assistant.load()
    except (EmbedderMissing, IndexError_) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if args.command == "ask":
        reply = bot.ask(args.question, history=args.history, k=args.k, mode=args.retriever)
    else:
        reply = bot.lookup(args.number, letter=args.letter)
    print_reply(reply, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
