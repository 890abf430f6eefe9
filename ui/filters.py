"""Which letters a question may be answered from: the checked letters, narrowed by a year range.

The year range is applied to the letters' own dates (LetterInfo.date is free text such as "voorjaar 2021"),
and the result is passed to the API as `letters=`; letters without a recognisable year are always kept.

Example:
    >>> choice = letter_filter(bot.letters(), selected=[], year_from=2021, year_to=None)
    >>> choice.letters          # doc_ids to pass as bot.ask(..., letters=choice.letters)
    ['atlas', 'evaluatie-actieplan', 'k6-brief']
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant import LetterInfo

MIN_YEAR, MAX_YEAR = 1800, 2100
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")


@dataclass(frozen=True)
class LetterFilter:
    """`letters` is None when nothing is filtered; `problem` is a Dutch message when no letter is left."""

    letters: list[str] | None
    problem: str = ""

    @property
    def active(self) -> bool:
        return self.letters is not None


def year_of(date: str) -> int | None:
    """The first four-digit year in a free-text date ("voorjaar 2021" -> 2021), or None."""
    match = _YEAR.search(date or "")
    return int(match.group(1)) if match else None


def letter_filter(infos: Sequence[LetterInfo], selected: Sequence[str] | None, year_from: float | None,
                  year_to: float | None) -> LetterFilter:
    """Combine the checked letters (none checked: all letters) with the year range (inclusive; 0 = open)."""
    low, high = _as_year(year_from), _as_year(year_to)
    if any(year is not None and not MIN_YEAR <= year <= MAX_YEAR for year in (low, high)):
        return LetterFilter([], f"Vul een jaartal in met vier cijfers ({MIN_YEAR}-{MAX_YEAR}) of laat het "
                                "veld leeg.")
    if low is not None and high is not None and low > high:
        return LetterFilter([], "‘Van jaar’ ligt na ‘tot en met jaar’. Pas de periode aan.")
    known = [info.doc_id for info in infos]
    chosen = [doc_id for doc_id in known if doc_id in set(selected or [])]
    if not chosen and low is None and high is None:
        return LetterFilter(None)
    candidates = chosen or known
    by_id = {info.doc_id: info for info in infos}
    allowed = [doc_id for doc_id in candidates if _in_range(year_of(by_id[doc_id].date), low, high)]
    if not allowed:
        return LetterFilter([], "Geen enkele brief voldoet aan de gekozen filters. Verruim de periode of "
                                "kies andere brieven.")
    return LetterFilter(allowed)


def _as_year(value: float | None) -> int | None:
    """An empty number field arrives as None or 0: both mean "no limit"."""
    try:
        year = int(value) if value not in (None, "") else 0
    except (TypeError, ValueError):
        return None
    return year or None


def _in_range(year: int | None, low: int | None, high: int | None) -> bool:
    if year is None:
        return True
    return (low is None or year >= low) and (high is None or year <= high)
