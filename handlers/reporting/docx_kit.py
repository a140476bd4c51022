"""The python-docx pieces an official document is laid out with (Nghị định 30/2020/NĐ-CP).

Fonts, pages, runs, one-off lines, short rules, borderless layout tables and the
properties that keep a block on one page. Where python-docx has no API (rules, table
borders, rows that must not split) the OOXML is written through :mod:`docx.oxml`, in
the order the schema requires, so that Word and LibreOffice both read it.
"""

from __future__ import annotations

from collections.abc import Sequence

from docx.document import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.section import Section, _Header
from docx.shared import Mm, Pt
from docx.table import Table, _Cell, _Row
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from models.vntext import clean_text

FONT = "Times New Roman"
BODY_PT = 14
HEADER_PT = 13  # the issuing body, the number and the national title

# A4 portrait, margins of ND 30 (the wide left margin is the binding edge).
PAGE_SHORT_MM, PAGE_LONG_MM = 210, 297
MARGIN_TOP_MM, MARGIN_BOTTOM_MM, MARGIN_LEFT_MM, MARGIN_RIGHT_MM = 20, 20, 30, 15
TEXT_WIDTH_MM = PAGE_SHORT_MM - MARGIN_LEFT_MM - MARGIN_RIGHT_MM
FIRST_LINE_INDENT_MM = 10
# A landscape page is bound along its top edge, so the wide binding margin moves to the top.
LANDSCAPE_MARGINS_MM = {"top": 30, "bottom": 15, "left": 20, "right": 20}
# Word's default left and right padding of a table cell (0.08 inch).
CELL_PADDING_MM = 1.9

Container = Document | _Cell | _Header


# --- Page set-up and fonts -------------------------------------------------------------------


def use_official_fonts(document: Document) -> None:
    """Make Times New Roman 14 the default everywhere, East Asian and complex scripts too."""
    # The default template names theme fonts in its document defaults; a theme font would
    # win over the style's font for Vietnamese letters Word files as East Asian text.
    defaults = document.styles.element.xpath("w:docDefaults/w:rPrDefault/w:rPr")
    for run_properties in defaults:
        _set_font_names(run_properties)
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(BODY_PT)
    _set_font_names(normal.element.get_or_add_rPr())
    body = normal.paragraph_format
    body.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    body.first_line_indent = Mm(FIRST_LINE_INDENT_MM)
    body.space_before = Pt(0)
    body.space_after = Pt(6)
    body.line_spacing = 1.0


def _set_font_names(run_properties: BaseOxmlElement) -> None:
    fonts = run_properties.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        run_properties.insert(0, fonts)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme), None)
    for script in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(script), FONT)


def lay_out_portrait(section: Section) -> None:
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(PAGE_SHORT_MM), Mm(PAGE_LONG_MM)
    section.top_margin, section.bottom_margin = Mm(MARGIN_TOP_MM), Mm(MARGIN_BOTTOM_MM)
    section.left_margin, section.right_margin = Mm(MARGIN_LEFT_MM), Mm(MARGIN_RIGHT_MM)


def lay_out_landscape(section: Section) -> None:
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(PAGE_LONG_MM), Mm(PAGE_SHORT_MM)
    section.top_margin = Mm(LANDSCAPE_MARGINS_MM["top"])
    section.bottom_margin = Mm(LANDSCAPE_MARGINS_MM["bottom"])
    section.left_margin = Mm(LANDSCAPE_MARGINS_MM["left"])
    section.right_margin = Mm(LANDSCAPE_MARGINS_MM["right"])


def number_pages_after_the_first(section: Section) -> None:
    """A PAGE field centred in the header; ND 30 numbers no page 1."""
    section.different_first_page_header_footer = True
    paragraph = section.header.paragraphs[0]
    plain(paragraph, align=WD_ALIGN_PARAGRAPH.CENTER)
    _add_page_field(paragraph)


def _add_page_field(paragraph: Paragraph) -> None:
    # A complex field (begin, instruction, separate, result, end) is what Word itself writes
    # and what every reader updates when the page is laid out.
    for part in ("begin", "instruction", "separate", "result", "end"):
        run = add_run(paragraph, "1" if part == "result" else "", size=BODY_PT)
        if part == "instruction":
            instruction = OxmlElement("w:instrText")
            instruction.set(qn("xml:space"), "preserve")
            instruction.text = " PAGE "
            run._r.append(instruction)
        elif part != "result":
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), part)
            run._r.append(char)


# --- Paragraphs, runs and rules ---------------------------------------------------------------


def add_run(
    paragraph: Paragraph,
    text: str,
    *,
    size: float | None = None,
    bold: bool = False,
    italic: bool = False,
) -> Run:
    """A run in Times New Roman for every script, so no reader falls back to another font.

    Every text of the document passes here: notes stored before input was cleaned may
    still hold control characters, which lxml refuses in XML.
    """
    run = paragraph.add_run(clean_text(text))
    run.font.name = FONT
    _set_font_names(run._r.get_or_add_rPr())
    if size is not None:
        run.font.size = Pt(size)
    run.bold = bold or None
    run.italic = italic or None
    return run


def plain(
    paragraph: Paragraph,
    *,
    align: WD_ALIGN_PARAGRAPH = WD_ALIGN_PARAGRAPH.CENTER,
    after: float = 0,
    before: float = 0,
) -> Paragraph:
    """Take a paragraph out of the body layout: no indent, its own alignment and spacing."""
    layout = paragraph.paragraph_format
    layout.alignment = align
    layout.first_line_indent = Mm(0)
    layout.space_before = Pt(before)
    layout.space_after = Pt(after)
    return paragraph


def text_line(
    container: Container,
    text: str,
    *,
    size: float = BODY_PT,
    bold: bool = False,
    italic: bool = False,
    align: WD_ALIGN_PARAGRAPH = WD_ALIGN_PARAGRAPH.CENTER,
    after: float = 0,
    before: float = 0,
) -> Paragraph:
    """A one-off line such as a header line or a title, outside the body layout."""
    paragraph = plain(container.add_paragraph(), align=align, after=after, before=before)
    if text:
        add_run(paragraph, text, size=size, bold=bold, italic=italic)
    return paragraph


def rule(container: Container, width_mm: float, space_mm: float) -> Paragraph:
    """A short centred horizontal rule ``width_mm`` long in a space ``space_mm`` wide."""
    paragraph = plain(container.add_paragraph())
    side = Mm(max(0.0, (space_mm - width_mm) / 2))
    paragraph.paragraph_format.left_indent = side
    paragraph.paragraph_format.right_indent = side
    # An empty paragraph of a tiny font, so that the rule sits close under the text above.
    paragraph.paragraph_format.line_spacing = Pt(2)
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (
        ("w:val", "single"),
        ("w:sz", "6"),
        ("w:space", "1"),
        ("w:color", "000000"),
    ):
        bottom.set(qn(key), value)
    borders.append(bottom)
    paragraph._p.get_or_add_pPr().insert_element_before(
        borders, "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:spacing", "w:ind", "w:jc"
    )
    return paragraph


# Average advance widths of Times New Roman (and Liberation Serif, its metric twin), in
# ems: a capital of a bold heading, a space. Enough to size a rule to a third or a half
# of a heading's line, which ND 30 asks for, without measuring glyphs.
_CAPITAL_EM = 0.70
_SPACE_EM = 0.25
_MM_PER_PT = 25.4 / 72


def capitals_width_mm(text: str, size: float) -> float:
    """About how wide ``text`` in bold capitals at ``size`` points is set on one line."""
    spaces = text.count(" ")
    letters = len(text) - spaces
    return (letters * _CAPITAL_EM + spaces * _SPACE_EM) * size * _MM_PER_PT


# --- Tables -----------------------------------------------------------------------------------


def inside(column_mm: float) -> float:
    """The width a cell's text has in a column, once the cell's padding is taken off."""
    return column_mm - 2 * CELL_PADDING_MM


def layout_table(document: Document, rows: int, widths_mm: Sequence[float]) -> Table:
    """A borderless table of fixed column widths, used to place blocks side by side."""
    table: Table = document.add_table(rows=rows, cols=len(widths_mm))
    table.autofit = False
    set_widths(table, widths_mm)
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    table._tbl.tblPr.insert_element_before(
        borders, "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption"
    )
    return table


def set_widths(table: Table, widths_mm: Sequence[float]) -> None:
    # Word reads the cells' widths and LibreOffice the grid's: both are set.
    for column, width in zip(table.columns, widths_mm, strict=True):
        column.width = Mm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_mm, strict=True):
            cell.width = Mm(width)


def drop_first_paragraph(cell: _Cell) -> None:
    """Remove the empty paragraph a new cell starts with, once the cell has its own."""
    first = cell.paragraphs[0]
    if len(cell.paragraphs) > 1 and not first.runs:
        cell._tc.remove(first._p)


def repeat_as_header(table: Table) -> None:
    """Repeat the first row on every page the table runs onto."""
    table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))


def forbid_split(row: _Row) -> None:
    """Move a row that does not fit to the next page rather than cut it in two."""
    properties = row._tr.get_or_add_trPr()
    properties.insert_element_before(
        OxmlElement("w:cantSplit"), "w:trHeight", "w:tblHeader", "w:tblCellSpacing", "w:jc"
    )


def keep_rows_whole(table: Table) -> None:
    """No row of ``table`` is cut across two pages."""
    for row in table.rows:
        forbid_split(row)


def keep_on_one_page(table: Table) -> None:
    """Keep a block laid out as a table on one page: whole rows, tied lines.

    ``cantSplit`` is what both Word and LibreOffice obey for a row; Word also keeps a
    table's rows together only through "keep with next" on their paragraphs, and every
    line inside through "keep lines together". The last line of each cell is left free,
    so that the block does not drag the page that follows it along.
    """
    keep_rows_whole(table)
    for row in table.rows:
        for cell in row.cells:
            paragraphs = cell.paragraphs
            for index, paragraph in enumerate(paragraphs):
                layout = paragraph.paragraph_format
                layout.keep_together = True
                layout.keep_with_next = index < len(paragraphs) - 1


def start_section(document: Document, start: WD_SECTION) -> Section:
    """Start a new section, its break carried by a paragraph of next to no height.

    Word keeps a section's settings in a paragraph of its own after the last table;
    at full height that empty paragraph spills onto a page of its own whenever the
    table ends at the foot of a page, and the report gains a blank page.
    """
    section: Section = document.add_section(start)
    carrier = document.paragraphs[-1]
    layout = plain(carrier).paragraph_format
    layout.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    layout.line_spacing = Pt(1)
    mark = OxmlElement("w:rPr")
    size = OxmlElement("w:sz")
    size.set(qn("w:val"), "2")  # half-points: the paragraph mark is 1 pt high
    mark.append(size)
    carrier._p.get_or_add_pPr().insert_element_before(mark, "w:sectPr", "w:pPrChange")
    return section
