"""Adding letters: real PDFs (generated here with fpdf2), clear errors, and the corpus left as it was."""
from __future__ import annotations

import shutil

import pytest
from fpdf import FPDF

from config import Settings
from corpus import load_corpus
from corpus.__main__ import main as corpus_cli
from corpus.ingest import IngestError, add_letter

LETTER_PAGES = [
    "Vragen en opmerkingen van de leden van de VVD-fractie\n\n"
    "1. Kan de minister aangeven hoeveel woningen in krimpregio's leegstaan?\n\n"
    "Antwoord\nIn krimpregio's staan circa 4.000 woningen langdurig leeg.",
    "2. Welke maatregelen neemt het kabinet tegen leegstand?\n\n"
    "Antwoord\nHet kabinet ondersteunt sloop en herbestemming via regiodeals.\n\n"
    "3. Wanneer volgt de evaluatie?\n\nAntwoord\nDe evaluatie volgt in het voorjaar.",
]


def make_pdf(path, pages):
    pdf = FPDF()
    pdf.set_font("helvetica", size=11)
    for text in pages:
        pdf.add_page()
        pdf.multi_cell(0, 6, text.replace("'", "'"))
    pdf.output(str(path))


@pytest.fixture()
def corpus_dir(tmp_path):
    target = tmp_path / "letters"
    shutil.copytree(Settings().corpus_dir, target)
    return target


def test_a_pdf_letter_is_added_with_its_questions_and_pages(tmp_path, corpus_dir):
    pdf = tmp_path / "leegstand.pdf"
    make_pdf(pdf, LETTER_PAGES)
    result = add_letter(pdf, corpus_dir, title="Antwoorden over leegstand")
    assert result.doc_id == "leegstand" and not result.warnings
    letter = load_corpus(corpus_dir).letter("leegstand")
    numbers = {n: u for u in letter.units for n in u.questions}
    assert sorted(numbers) == [1, 2, 3]
    assert numbers[2].body_text.startswith("Het kabinet ondersteunt sloop") and numbers[2].pages == (2,)
    assert letter.meta.title == "Antwoorden over leegstand" and letter.meta.pages == 2


def test_an_unreadable_pdf_gives_a_clear_error_and_changes_nothing(tmp_path, corpus_dir):
    before = sorted(p.name for p in corpus_dir.iterdir())
    broken = tmp_path / "kapot.pdf"
    broken.write_bytes(b"%PDF-1.4 this is not really a pdf")
    with pytest.raises(IngestError, match="not a readable PDF"):
        add_letter(broken, corpus_dir)
    assert sorted(p.name for p in corpus_dir.iterdir()) == before


def test_an_encrypted_pdf_is_refused(tmp_path, corpus_dir):
    from pypdf import PdfReader, PdfWriter

    plain, locked = tmp_path / "open.pdf", tmp_path / "dicht.pdf"
    make_pdf(plain, LETTER_PAGES)
    writer = PdfWriter()
    for page in PdfReader(str(plain)).pages:
        writer.add_page(page)
    writer.encrypt("geheim")
    with locked.open("wb") as out:
        writer.write(out)
    with pytest.raises(IngestError, match="encrypted"):
        add_letter(locked, corpus_dir)


def test_an_empty_file_and_a_duplicate_are_refused(tmp_path, corpus_dir):
    empty = tmp_path / "leeg.txt"
    empty.write_text("")
    with pytest.raises(IngestError, match="empty"):
        add_letter(empty, corpus_dir)
    copy = tmp_path / "kopie.txt"
    copy.write_text((corpus_dir / "k6-brief.txt").read_text())
    with pytest.raises(IngestError, match="same text"):
        add_letter(copy, corpus_dir)


def test_a_letter_without_structure_is_added_with_a_warning(tmp_path, corpus_dir):
    note = tmp_path / "notitie.txt"
    note.write_text("Een korte notitie over krimp zonder vraagnummers of koppen, maar met genoeg tekst.")
    result = add_letter(note, corpus_dir)
    assert result.warnings and "one section" in result.warnings[0]


def test_cli_reports_errors_with_exit_code_2(tmp_path, monkeypatch, corpus_dir, capsys):
    monkeypatch.setenv("KB_CORPUS_DIR", str(corpus_dir))
    assert corpus_cli(["add", str(tmp_path / "bestaat-niet.pdf")]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert corpus_cli(["inspect", "atlas"]) == 0
    assert "missing from this copy: 2, 4" in capsys.readouterr().out
