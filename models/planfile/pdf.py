"""A plan as a PDF with a text layer (a Word document exported or printed to PDF).

pdfplumber finds the appendix tables by their ruling lines; a table that goes on over a
page break is read on as one. A PDF without a text layer is a scan: reading it would
mean recognising characters, that is guessing, so the coordinator is told to send the
Word document or an Excel copy instead.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Sequence
from typing import Any

from models.planfile.model import MAX_COLUMNS, MAX_PDF_PAGES, MAX_ROWS, ParsedFile, fail
from models.planfile.tabular import Grid, GridRow, find_header, read_grids
from models.text import N_, text
from models.vntext import clean_text

_WRAPPED = re.compile(r"\n(?![-–—+•*])")
_SCANNED = N_(
    "The PDF has no text layer: it is a scan, a picture of the pages, which cannot be read "
    "without guessing. Send the Word document (.docx) of the plan, or an Excel copy of its "
    "appendix."
)
_NOT_PDF = N_(
    "The file is not a readable PDF: it is broken or protected. Send the Word document "
    "(.docx) of the plan instead."
)


def parse_pdf(data: bytes) -> ParsedFile:
    """Read the appendix tables of a PDF plan, and the plan's header from its first page."""
    import pdfplumber

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception:
        fail(text(_NOT_PDF))
    with pdf:
        pages = pdf.pages
        if len(pages) > MAX_PDF_PAGES:
            fail(text(N_("The PDF has more than {limit} pages."), limit=MAX_PDF_PAGES))
        try:
            lines, grids, has_text = _read_pages(pages)
        except Exception:
            fail(text(_NOT_PDF))
    if not has_text:
        fail(text(_SCANNED))
    if not grids:
        fail(
            text(
                N_(
                    "The PDF holds no table of tasks with ruled lines; send the Word document "
                    "(.docx) of the plan, or an Excel copy of its appendix."
                )
            )
        )
    if len(grids) == 1:
        grids = [Grid(grids[0].rows)]
    return read_grids(grids, lines)


def _read_pages(pages: Sequence[Any]) -> tuple[list[str], list[Grid], bool]:
    lines: list[str] = []
    grids: list[Grid] = []
    has_text = False
    rows = 0
    for page in pages:
        if page.chars:
            has_text = True
        tables = page.find_tables()
        if not grids:
            top = min((table.bbox[1] for table in tables), default=page.height)
            above = page.crop((0, 0, page.width, max(top, 1))).extract_text() or ""
            lines.extend(_text(above).split("\n"))
        for table in tables:
            grid = _grid(table, len(grids) + 1)
            rows += len(grid.rows)
            if rows > MAX_ROWS:
                fail(text(N_("The table has more than {limit} rows."), limit=MAX_ROWS))
            if grids or find_header(grid.rows) is not None:
                grids.append(grid)
    return lines, grids, has_text


def _text(value: str) -> str:
    return clean_text(unicodedata.normalize("NFC", value))


def _grid(table: Any, number: int) -> Grid:
    """A PDF table as text: a missing cell under a taller one is merged down, carried."""
    extracted = table.extract()
    bounds = [row.cells for row in table.rows]
    tops = [row.bbox[1] for row in table.rows]
    rows: list[GridRow] = []
    above: dict[int, tuple[str, float]] = {}  # column -> text, bottom of its cell
    for index, cells in enumerate(extracted):
        values: list[str] = []
        merged: set[int] = set()
        for column, value in enumerate(cells[:MAX_COLUMNS]):
            box = bounds[index][column] if column < len(bounds[index]) else None
            if value is None and box is None and column in above:
                carried, bottom = above[column]
                if bottom > tops[index] + 1:
                    values.append(carried)
                    merged.add(column)
                    continue
                values.append("")
                continue
            written = _WRAPPED.sub(" ", _text(value or "")).strip()
            values.append(written)
            if box is not None:
                above[column] = (written, box[3])
        rows.append(GridRow(index + 1, tuple(values), frozenset(merged)))
    return Grid(tuple(rows), number)
