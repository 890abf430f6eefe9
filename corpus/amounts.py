"""Amounts in Dutch text: euro sums, percentages and grouped numbers, with their value and span.

Dutch writes thousands with dots and decimals with a comma: "3.910.787", "EUR 4,1 miljoen", "€ 95 miljoen",
"11,2 miljoen euro", "92,1%". Bare numbers count only when grouped by thousands ("75.000"): years and question
numbers are no amounts.

Example:
    >>> [(a.value, a.unit) for a in parse_amounts("jaarlijks 11,2 miljoen euro, waarvan € 3.910.787 voor Parkstad")]
    [(11200000.0, 'EUR'), (3910787.0, 'EUR')]
"""
from __future__ import annotations

import re
from dataclasses import dataclass

SCALES = {"duizend": 1e3, "miljoen": 1e6, "mln": 1e6, "miljard": 1e9, "mld": 1e9, "mrd": 1e9}
_NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_SCALE = r"(?:\s*(?P<scale>duizend|miljoen|miljard|mln\.?|mld\.?|mrd\.?)(?![a-z]))?"
AMOUNT = re.compile(
    rf"(?:(?<![A-Za-z])(?P<prefix>€|EUR)\s*)?(?<![\d.,])(?P<number>{_NUMBER})(?![\d])(?!\.\d){_SCALE}"
    rf"(?P<suffix>\s*(?:%|procent\b|euro(?:’s|'s)?\b))?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Amount:
    """One amount: its value (scale applied), unit ('EUR', '%' or '' for a plain count) and span in the text."""

    value: float
    unit: str
    text: str
    start: int
    end: int


def parse_number(text: str) -> float:
    """A Dutch number: '3.910.787' -> 3910787.0, '4,1' -> 4.1."""
    return float(text.replace(".", "").replace(",", "."))


def parse_amounts(text: str) -> list[Amount]:
    """Every amount in `text`, in order (see the module docstring for what counts)."""
    found = []
    for match in AMOUNT.finditer(text):
        number, prefix, suffix = match.group("number"), match.group("prefix"), (match.group("suffix") or "").strip()
        scale = (match.group("scale") or "").rstrip(".").lower()
        unit = "EUR" if prefix or suffix.lower().startswith("euro") else "%" if suffix else ""
        if not unit and not scale and "." not in number:
            continue  # a year, a question number, a count without context
        value = round(parse_number(number) * SCALES.get(scale, 1.0), 6)
        start = match.start("prefix") if prefix else match.start("number")
        end = match.end()
        found.append(Amount(value, unit, text[start:end].strip(), start, end))
    return found


def euros(text: str) -> list[float]:
    """The euro amounts in `text` (a sum in a euro column counts too: '3.910.787')."""
    return [a.value for a in parse_amounts(text) if a.unit in ("EUR", "")]
