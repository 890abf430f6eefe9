"""Turn feedback people gave in the UI into draft eval cases for a person to review: the way the suite grows.

Reads the feedback the UI stored, through the same store interface (ui/feedback: the SQLite file in WAL mode, or
the postgres backend's `feedback` table that every app server writes to; reading never blocks a running app's
writes) and writes one draft per row as JSONL:
- "klopt" on an answer: the passage the user marked (or else the first passage shown) becomes the expected
  passage: its unit's best-matching sentence as the any_of candidate, the whole unit text under feedback.unit_text;
- "klopt" on an abstention: an abstention case (kind nearmiss when the question's words occur in the letters);
- "verkeerde bron": the shown units go under feedback.wrong_units; the reviewer writes the right quote;
- "antwoord ontbreekt": the comment goes into `why`; the reviewer writes the quote the answer should have found.
Every draft carries "draft": true and a "feedback" block; `load_cases` refuses both, so a draft enters a set only
after a person has checked it against the letter and removed them.

Example:
    $ python -m evals from-feedback --db ~/.cache/kamerbrieven/feedback.sqlite3 --out drafts.jsonl
    wrote 12 draft case(s) to drafts.jsonl: review each against the letter, then move it into evals/sets/dev.jsonl
    $ python -m evals from-feedback --database-url postgresql://app@db/kamerbrieven --out drafts.jsonl
"""
from __future__ import annotations

import json
import re
from dataclasses import asdict
from pathlib import Path

from assistant.query import detect_language, question_numbers
from corpus import Corpus
from evals.cases import normalise
from ui.feedback import FeedbackStoreBase

TABLE_WORDS = re.compile(r"\b(hoeveel|bedrag|bedragen|welke gemeenten|tabel|how much|how many|euro)\b", re.I)
WORD = re.compile(r"[a-zà-ÿ0-9]{5,}")


def read_feedback(store: FeedbackStoreBase) -> list[dict]:
    """Every feedback row, oldest first, with history and passages decoded from their JSON."""
    rows = [asdict(r) for r in store.rows()]
    for row in rows:
        row["history"] = json.loads(row.get("history") or "[]")
        row["passages"] = json.loads(row.get("passages") or "[]")
    return rows


def guess_kind(query: str, history: list[str], abstained: bool, corpus: Corpus) -> str:
    """A first guess a reviewer corrects: number -> lookup, earlier turns -> followup, English, amount -> table."""
    if abstained:
        return "nearmiss" if _on_topic(query, corpus) else "unanswerable"
    if history:
        return "followup"
    if question_numbers(query):
        return "lookup"
    if detect_language(query) == "en":
        return "english"
    return "table" if TABLE_WORDS.search(query) else "paraphrase"


def draft_case(row: dict, corpus: Corpus) -> dict:
    """One draft case (a dict ready for JSONL) from one feedback row."""
    abstained = row.get("reply_kind") == "abstain" or not row["passages"]
    rating = row["rating"]
    kind = guess_kind(row["query"], row["history"], abstained and rating == "klopt", corpus)
    feedback = {"id": row["id"], "rating": rating, "comment": row.get("comment", ""), "created_at": row["created_at"],
                "reply_kind": row.get("reply_kind", ""), "shown": [p.get("citation", "") for p in row["passages"]]}
    expect: dict = {}
    why = f"from feedback #{row['id']} ({rating})" + (f": {row['comment']}" if row.get("comment") else "")
    if kind in ("nearmiss", "unanswerable"):
        expect["abstain"] = True
    elif rating == "klopt":
        marked = next((p for p in row["passages"] if p.get("marked")), row["passages"][0])
        unit = _unit(corpus, marked.get("unit_id", ""))
        if unit is None:
            feedback["note"] = f"unit {marked.get('unit_id')} is no longer in the corpus"
        else:
            expect["any_of"] = [best_sentence(unit.text, row["query"])]
            expect["letter"] = unit.doc_id
            if kind == "lookup" and unit.questions:
                expect["questions"] = [n for n in question_numbers(row["query"]) if n in unit.questions]
            feedback["unit_text"] = unit.text
    elif rating == "verkeerde-bron":
        expect["any_of"] = []
        feedback["wrong_units"] = [p.get("unit_id", "") for p in row["passages"]]
    else:  # antwoord-ontbreekt: what the answer should have held is in the comment
        expect["any_of"] = []
    return {"id": f"fb-{row['id']:04d}", "kind": kind, "query": row["query"], "history": row["history"],
            "tags": ["feedback"], "why": why, "draft": True, "expect": expect, "feedback": feedback}


def write_drafts(store: FeedbackStoreBase, out: Path, corpus: Corpus) -> int:
    """Write every feedback row of `store` as a draft case to `out` (JSONL); returns the number written."""
    drafts = [draft_case(row, corpus) for row in read_feedback(store)]
    Path(out).write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in drafts), encoding="utf-8")
    return len(drafts)


def best_sentence(text: str, query: str) -> str:
    """The sentence of `text` sharing most words (5+ letters) with the query: a quote candidate to trim."""
    sentences = [s.strip() for s in re.split(r"(?<=[.?!])\s+|\n+", text) if len(s.strip()) > 30]
    if not sentences:
        return text.strip()[:200]
    words = set(WORD.findall(query.casefold()))
    return max(sentences, key=lambda s: (len(words & set(WORD.findall(s.casefold()))), -sentences.index(s)))


def _on_topic(query: str, corpus: Corpus) -> bool:
    """Most of the question's longer words occur somewhere in the letters."""
    words = set(WORD.findall(query.casefold()))
    if not words:
        return False
    text = " ".join(normalise(letter.clean.text) for letter in corpus.letters)
    return sum(normalise(w) in text for w in words) >= 0.6 * len(words)


def _unit(corpus: Corpus, unit_id: str):
    try:
        return corpus.unit(unit_id)
    except KeyError:
        return None
