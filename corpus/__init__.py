"""Corpus layer: letters in -> clean text -> structured units -> chunks.

Example:
    >>> from corpus import load_corpus
    >>> corpus = load_corpus()
    >>> corpus.letter("atlas").meta.kenmerk
    '2023-0000010189'
    >>> [u.unit_id for u in corpus.units_for_question(53)]
    ['so-bevolkingsdaling:q53-54']
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from config import Settings
from corpus.cleaning import clean_letter
from corpus.metadata import letter_metadata
from corpus.pages import names_with_digits
from corpus.records import Chunk, CleanLetter, Footnote, LetterMeta, QuestionPart, Table, TableRow, Unit
from corpus.structure import split_into_units

__all__ = ["Corpus", "Letter", "load_corpus", "Chunk", "CleanLetter", "Footnote", "LetterMeta", "QuestionPart",
           "Table", "TableRow", "Unit"]

METADATA_FILE = "metadata.json"


class CorpusError(Exception):
    """A corpus problem a person can fix; the message says how."""


@dataclass(frozen=True)
class Letter:
    meta: LetterMeta
    clean: CleanLetter
    units: tuple[Unit, ...]

    @property
    def doc_id(self) -> str:
        return self.meta.doc_id


@dataclass(frozen=True)
class Corpus:
    letters: tuple[Letter, ...]
    content_hash: str

    def letter(self, doc_id: str) -> Letter:
        for letter in self.letters:
            if letter.doc_id == doc_id:
                return letter
        raise KeyError(f"No letter '{doc_id}'; known: {', '.join(l.doc_id for l in self.letters)}")

    @property
    def units(self) -> list[Unit]:
        return [u for letter in self.letters for u in letter.units]

    def unit(self, unit_id: str) -> Unit:
        doc_id = unit_id.split(":", 1)[0]
        for unit in self.letter(doc_id).units:
            if unit.unit_id == unit_id:
                return unit
        raise KeyError(unit_id)

    def letter_names(self) -> list[str]:
        """How people name the letters: titles, doc ids and aliases.

        >>> "atlas-beantwoording" in load_corpus().letter_names()
        True
        """
        return [name for l in self.letters for name in (l.meta.title, l.doc_id, *l.meta.aliases)]

    def units_for_question(self, number: int, doc_id: str | None = None) -> list[Unit]:
        """Every question unit that covers `number` (optionally in one letter), in corpus order."""
        return [
            u for u in self.units if number in u.questions and u.kind == "qa" and (doc_id is None or u.doc_id == doc_id)
        ]


def read_metadata(corpus_dir: Path) -> dict:
    path = corpus_dir / METADATA_FILE
    if not path.exists():
        return {}
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise CorpusError(f"{path} is not valid JSON ({error}); fix or restore it from git.") from error


def load_letter(path: Path, hand_written: dict, names: frozenset[str] = frozenset(), raw: str | None = None) -> Letter:
    """One letter; `names`: words with digits that recur across the corpus ("Platform31"), kept whole; `raw`: its
    text when already read."""
    raw = path.read_text(encoding="utf-8") if raw is None else raw
    doc_id = path.stem
    clean = clean_letter(doc_id, raw, names)
    units = tuple(split_into_units(clean))
    return Letter(letter_metadata(doc_id, raw, clean, hand_written), clean, units)


def load_corpus(corpus_dir: Path | None = None) -> Corpus:
    """Read, clean and structure every letter (*.txt) in the corpus folder; takes well under a second."""
    corpus_dir = Path(corpus_dir or Settings.from_env().corpus_dir)
    if not corpus_dir.is_dir():
        raise CorpusError(f"Corpus folder {corpus_dir} does not exist; set KB_CORPUS_DIR or restore corpus/letters.")
    metadata = read_metadata(corpus_dir)
    paths = sorted(corpus_dir.glob("*.txt"))
    if not paths:
        raise CorpusError(f"No letters (*.txt) in {corpus_dir}; add one with 'python -m corpus add FILE.pdf'.")
    digest = hashlib.sha256()
    letters = []
    raws = {path: path.read_bytes() for path in paths}
    texts = {path: raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n") for path, raw in raws.items()}
    names = names_with_digits("\n".join(texts.values()))
    for path in paths:
        digest.update(path.name.encode() + b"\0" + raws[path])
        letters.append(load_letter(path, metadata.get(path.stem, {}), names, texts[path]))
    digest.update(json.dumps(metadata, sort_keys=True).encode())
    # The parser's output is part of the identity: a change in cleaning or structure makes the index stale.
    for letter in letters:
        for unit in letter.units:
            digest.update(f"{unit.unit_id}:{unit.start}:{unit.end}:{unit.kind}:{unit.status}".encode())
    return Corpus(tuple(letters), digest.hexdigest()[:16])
