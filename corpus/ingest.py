"""Add a letter (PDF or plain text) to the corpus folder, atomically.

PDF text comes from pypdf (pure Python, maintained, no system libraries): every page's text is written with a
"Pagina N van M" line after it, so the cleaner tracks pages exactly as for the shipped letters.

Example:
    >>> add_letter(Path("brief.pdf"), Path("corpus/letters"), title="Kamerbrief over krimp")
    AddResult(doc_id='brief', units=12, warnings=[])
"""
from __future__ import annotations

import json
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from corpus.cleaning import clean_letter
from corpus.structure import split_into_units


class IngestError(Exception):
    """The file cannot become a letter; the corpus is unchanged."""


@dataclass(frozen=True)
class AddResult:
    doc_id: str
    units: int
    warnings: list[str] = field(default_factory=list)


def pdf_text(path: Path) -> str:
    """Text of a PDF with page markers; IngestError for unreadable, encrypted or text-less PDFs."""
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError as error:
        raise IngestError("PDF support needs pypdf: .venv/bin/pip install pypdf") from error
    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            raise IngestError(f"{path.name} is encrypted; save an unprotected copy and add that.")
        pages = [page.extract_text() or "" for page in reader.pages]
    except IngestError:
        raise
    except (PdfReadError, OSError, ValueError, KeyError) as error:
        raise IngestError(f"{path.name} is not a readable PDF ({error}).") from error
    if not any(p.strip() for p in pages):
        raise IngestError(f"{path.name} has no text layer (a scan?); run OCR first, then add the result.")
    total = len(pages)
    return "\n".join(f"{text}\nPagina {n} van {total}" for n, text in enumerate(pages, start=1))


def slugify(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return slug or "brief"


def add_letter(path: Path, corpus_dir: Path, title: str | None = None, doc_id: str | None = None) -> AddResult:
    """Read `path` (.pdf or .txt), check it parses, then write it and its metadata into `corpus_dir`."""
    path = Path(path)
    if not path.is_file():
        raise IngestError(f"{path} does not exist.")
    if path.suffix.lower() == ".pdf":
        text = pdf_text(path)
    else:
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as error:
            raise IngestError(f"{path.name} is not UTF-8 text; convert it or add the PDF.") from error
    if len(text.strip()) < 20:
        raise IngestError(f"{path.name} is empty or holds almost no text.")
    doc_id = doc_id or slugify(path.stem)
    target = corpus_dir / f"{doc_id}.txt"
    if target.exists():
        raise IngestError(f"A letter '{doc_id}' is already in the corpus; pass --id to add it under another id.")
    for existing in corpus_dir.glob("*.txt"):
        if existing.read_text(encoding="utf-8").strip() == text.strip():
            raise IngestError(f"{path.name} is the same text as the letter '{existing.stem}' already in the corpus.")
    units = split_into_units(clean_letter(doc_id, text))
    warnings = [] if any(u.kind == "qa" for u in units) or len(units) > 1 else [
        "No numbered questions or headings found: the letter is indexed as one section."]
    _write_atomically(target, text)
    metadata_path = corpus_dir / "metadata.json"
    metadata = json.loads(metadata_path.read_text(encoding="utf-8")) if metadata_path.exists() else {}
    metadata[doc_id] = {"title": title or path.stem, "doc_type": "Kamerbrief", "source_file": path.name}
    _write_atomically(metadata_path, json.dumps(metadata, ensure_ascii=False, indent=2) + "\n")
    return AddResult(doc_id, len(units), warnings)


def _write_atomically(target: Path, text: str) -> None:
    handle, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.write(text)
    os.replace(tmp, target)
