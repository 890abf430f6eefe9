"""Named pipeline variants to compare in one run: each is a dict of keyword arguments for `Assistant.ask`.

A variant names a retriever and whether the reading stage runs (`reader="on"`: rescore + decide + lead sentences).
Keyword arguments the installed `ask()` does not take are dropped and recorded, so an older assistant still runs
(with `reader` missing, every variant reads like the retriever it names).

Example:
    >>> call_arguments(bot, "dense")
    ({'mode': 'dense', 'reader': 'off'}, [])
    >>> resolve_variants(["fused", "read"])
    ['fused', 'read']
"""
from __future__ import annotations

import inspect

VARIANTS: dict[str, dict] = {
    "dense": {"mode": "dense", "reader": "off"},
    "lexical": {"mode": "lexical", "reader": "off"},
    "fused": {"mode": "fused", "reader": "off"},
    "read": {"mode": "fused", "reader": "on"},  # the full pipeline: what the UI runs
}
RETRIEVERS = ("dense", "lexical", "fused")  # --compare-retrievers


def resolve_variants(names: list[str]) -> list[str]:
    """The names as given, checked; ValueError listing the known variants."""
    unknown = [n for n in names if n not in VARIANTS]
    if unknown:
        raise ValueError(f"unknown variant(s) {', '.join(unknown)}; known: {', '.join(VARIANTS)}")
    return list(dict.fromkeys(names))


def accepted_keywords(bot) -> set[str]:
    return set(inspect.signature(bot.ask).parameters)


def default_variant(bot) -> str:
    """The full pipeline when the assistant has a reading stage, else the fused retriever."""
    return "read" if "reader" in accepted_keywords(bot) else "fused"


def call_arguments(bot, name: str) -> tuple[dict, list[str]]:
    """(keyword arguments for bot.ask, names of the variant's arguments this ask() does not take)."""
    accepted = accepted_keywords(bot)
    wanted = VARIANTS[name]
    return {k: v for k, v in wanted.items() if k in accepted}, [k for k in wanted if k not in accepted]
