"""A plan's own Word document (.docx): its appendix table(s), and its first page.

The tasks are in the appendix: one table, or one per section, or one cut by the
document's author into parts; a table whose header names the content and the lead
unit starts it, and tables after it with a header or with as many columns carry on.
What the plan says about itself (title, number, date, issuing commune, period) is read
from the paragraphs and layout tables of its first page and from the appendix heading
("Kèm theo Kế hoạch số 120/KH-UBND ngày 15/7/2025 của UBND xã ..."), never guessed.

Merged cells are read as Word stores them: a cell merged down (``vMerge``) carries its
text into the rows below, marked as merged; a cell merged across (``gridSpan``) fills
its first column, the others stay empty.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from typing import Any

from models.planfile.model import MAX_COLUMNS, MAX_ROWS, ParsedFile, fail
from models.planfile.tabular import (
    Grid,
    GridRow,
    check_unzipped_size,
    find_header,
    lines_above,
    read_grids,
)
from models.text import N_, text
from models.vntext import clean_text

# The lines of the document that can say what the plan is: its first page, and the
# heading right above the appendix.
_FIRST_PAGE_LINES = 40
_APPENDIX_HEADING_LINES = 8
_NOT_WORD = N_(
    "The file is not a Word document (.docx): a part of it is missing or broken. An old "
    ".doc, or another file renamed? Open it in Word and save it as .docx."
)


def parse_docx(data: bytes) -> ParsedFile:
    """Read the appendix of a plan's Word document, and the plan's header."""
    check_unzipped_size(data, document=True)
    document = _open(data)
    lines: list[str] = []
    grids: list[Grid] = []
    rows = 0
    for block in _blocks(document):
        if isinstance(block, str):
            if not grids:
                lines.append(block)
            continue
        grid = _grid(block, len(grids) + 1)
        rows += len(grid.rows)
        if rows > MAX_ROWS:
            fail(text(N_("The table has more than {limit} rows."), limit=MAX_ROWS))
        if grids or find_header(grid.rows) is not None:
            grids.append(grid)
        else:
            lines.extend(lines_above(grid.rows))
    if len(grids) == 1:
        grids = [Grid(grids[0].rows)]  # one table: its rows need no table number
    heading = (
        lines[:_FIRST_PAGE_LINES]
        + lines[max(_FIRST_PAGE_LINES, len(lines) - _APPENDIX_HEADING_LINES) :]
    )
    if not grids:
        fail(
            text(
                N_(
                    "The document holds no table of tasks: the appendix needs a table with the "
                    "columns TT, Nội dung nhiệm vụ, Cơ quan chủ trì, Cơ quan phối hợp, Thời gian "
                    "thực hiện, Sản phẩm."
                )
            )
        )
    return read_grids(grids, heading)


def _open(data: bytes) -> Any:
    # python-docx is imported when a document is read: it costs every command that does
    # not read one a tenth of a second at start-up.
    import docx

    try:
        return docx.Document(io.BytesIO(data))
    except zipfile.BadZipFile:
        fail(
            text(
                N_(
                    "The file is not a Word document (.docx): a .docx file is a zip archive and "
                    "this one is not. An old .doc, or another file renamed? Open it in Word and "
                    "save it as .docx."
                )
            )
        )
    except Exception:
        # A zip without a document part, broken XML, a content type python-docx refuses:
        # the coordinator's answer is the same.
        fail(text(_NOT_WORD))


def _blocks(document: Any) -> Iterator[Any]:
    """The document's paragraphs (as text lines) and tables, in their order."""
    from docx.table import Table

    try:
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                yield block
            else:
                for line in clean_text(block.text).split("\n"):
                    if line.strip():
                        yield line.strip()
    except Exception:
        fail(text(_NOT_WORD))


def _grid(table: Any, number: int) -> Grid:
    """A Word table as text, merged cells read as the table shows them."""
    from docx.oxml.ns import qn

    rows: list[GridRow] = []
    above: dict[int, str] = {}
    for index, tr in enumerate(table._tbl.tr_lst, start=1):
        cells: list[str] = []
        merged: set[int] = set()
        column = int(getattr(tr, "grid_before", 0) or 0)
        cells.extend([""] * column)
        for tc in tr.tc_lst:
            span = max(1, int(tc.grid_span or 1))
            if tc.vMerge == "continue":
                value = above.get(column, "")
                merged.add(column)
            else:
                value = _cell_text(tc, qn)
            above[column] = value
            cells.append(value)
            cells.extend([""] * (span - 1))
            for spanned in range(column + 1, column + span):
                above[spanned] = ""
            column += span
            if column >= MAX_COLUMNS:
                break
        rows.append(GridRow(index, tuple(cells[:MAX_COLUMNS]), frozenset(merged)))
    return Grid(tuple(rows), number)


def _cell_text(tc: Any, qn: Any) -> str:
    """The text of a cell, one line per paragraph (nested tables left out)."""
    lines = (_paragraph_text(paragraph, qn).strip() for paragraph in tc.iterchildren(qn("w:p")))
    return clean_text("\n".join(line for line in lines if line)).strip()


def _paragraph_text(paragraph: Any, qn: Any) -> str:
    parts = []
    for node in paragraph.iter(qn("w:t"), qn("w:br"), qn("w:tab")):
        if node.tag == qn("w:t"):
            parts.append(node.text or "")
        elif node.tag == qn("w:br"):
            parts.append("\n")
        else:
            parts.append(" ")
    return "".join(parts)
