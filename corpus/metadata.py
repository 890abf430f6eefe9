"""Letter metadata: what the text says (Datum, Kenmerk, Betreft, signatory), completed from metadata.json.

Example:
    >>> meta = letter_metadata("atlas", raw_text, clean, hand_written={"title": "..."})
    >>> meta.kenmerk
    '2023-0000010189'
"""
from __future__ import annotations

import re

from corpus.records import CleanLetter, LetterMeta

MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
DATE = re.compile(rf"\b(\d{{1,2}} (?:{MONTHS}) \d{{4}})\b", re.IGNORECASE)
KENMERK = re.compile(r"\b(\d{4}-\d{10})\b")
UW_KENMERK = re.compile(r"\b(\d{4}D\d{4,6})\b")
SIGNATURE_INTRO = re.compile(r"^\s*De minister (van|voor) .+,\s*$")


def letter_metadata(doc_id: str, raw: str, clean: CleanLetter, hand_written: dict) -> LetterMeta:
    """Metadata for one letter; the text wins over the hand-written file where both give a value."""
    head = "\n".join(clean.header_lines) or "\n".join(raw.splitlines()[:60])
    found = {
        "date": _after_label(head, "Datum", DATE),
        "kenmerk": _after_label(head, "Kenmerk", KENMERK),
        "uw_kenmerk": _after_label(head, "Uw kenmerk", UW_KENMERK),
        "title": _betreft(clean.header_lines),
        "minister": _signatory(raw),
    }
    value = lambda key: found.get(key) or hand_written.get(key, "")  # noqa: E731
    missing = tuple(p for p in range(1, clean.pages_total + 1) if clean.pages_present and p not in clean.pages_present)
    return LetterMeta(
        doc_id=doc_id,
        title=hand_written.get("title") or found["title"] or doc_id,
        doc_type=hand_written.get("doc_type", "Kamerbrief"),
        date=value("date"),
        kenmerk=value("kenmerk"),
        kamerstuk=hand_written.get("kamerstuk", ""),
        uw_kenmerk=value("uw_kenmerk"),
        minister=hand_written.get("minister") or found["minister"],
        pages=clean.pages_total,
        missing_pages=missing,
        source_file=hand_written.get("source_file", ""),
        aliases=tuple(hand_written.get("aliases", ())),
    )


def _after_label(head: str, label: str, pattern: re.Pattern) -> str:
    lines = head.splitlines()
    for i, line in enumerate(lines):
        if line.strip().lower().startswith(label.lower()):
            rest = line.strip()[len(label):]
            if label == "Kenmerk" and rest.strip().lower().startswith("uw"):
                continue
            for candidate in [rest] + lines[i + 1:i + 4]:
                match = pattern.search(candidate)
                if match:
                    return match.group(1)
    return ""


def _betreft(header_lines: list[str]) -> str:
    for i, line in enumerate(header_lines):
        if line.strip().lower().startswith("betreft"):
            parts = [line.strip()[len("Betreft"):].strip()] + [ln.strip() for ln in header_lines[i + 1:]]
            return " ".join(p for p in parts if p)
    return ""


def _signatory(raw: str) -> str:
    lines = raw.splitlines()
    for i, line in enumerate(lines):
        if SIGNATURE_INTRO.match(line):
            following = [ln.strip() for ln in lines[i + 1:i + 12] if ln.strip()]
            if following and len(following[0]) < 40:
                return following[0]
    return ""
