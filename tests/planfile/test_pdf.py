"""A plan as a PDF: read from its text layer, or explained when it is a scan.

The text PDF is the clerk's Word plan exported by LibreOffice (Debian's
libreoffice-writer-nogui, which .ci/run installs); without it that test is skipped.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from handlers.i18n import translator
from models.planfile import read_plan
from tests.planfile.clerk import EXISTING_UNITS, NUMBER, TITLE, expected, word
from tests.planfile.test_clerk_files import tasks_read

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def test_a_scanned_pdf_is_explained_not_guessed() -> None:
    page = Image.new("RGB", (850, 1100), "white")
    buffer = io.BytesIO()
    page.save(buffer, format="PDF")
    reading = read_plan("ke-hoach.pdf", buffer.getvalue(), EXISTING_UNITS)
    [problem] = reading.problems
    message = translator("vi").render(problem.message)
    assert message.startswith("Tệp PDF không có lớp chữ: đây là bản quét")
    assert "Word (.docx)" in message and reading.document.tasks == ()


def test_a_file_named_pdf_that_is_none() -> None:
    [problem] = read_plan("ke-hoach.pdf", b"%PDF-1.4 broken", EXISTING_UNITS).problems
    assert "PDF" in translator("vi").render(problem.message)


@pytest.mark.skipif(SOFFICE is None, reason="needs LibreOffice (soffice) to make the PDF")
def test_a_pdf_exported_from_the_word_plan_reads_like_it(tmp_path: Path) -> None:
    habits = ("title_rows", "merged_stt", "unit_separators", "column_numbers")
    source = tmp_path / "ke-hoach.docx"
    source.write_bytes(word(habits))
    assert SOFFICE is not None
    subprocess.run(
        [SOFFICE, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
        check=True,
        capture_output=True,
        timeout=180,
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    reading = read_plan("ke-hoach.pdf", (tmp_path / "ke-hoach.pdf").read_bytes(), EXISTING_UNITS)
    assert [p.message.render() for p in reading.problems] == []
    assert tasks_read(reading) == expected(habits)
    assert (reading.header.title, reading.header.number) == (TITLE, NUMBER)
    assert reading.header.commune == "Phường Hòa Xuân"
