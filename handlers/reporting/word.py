"""The quarterly or yearly administrative-reform report as an editable Word document.

The commune files this report on paper, so it follows the presentation rules of Nghị
định 30/2020/NĐ-CP (Phụ lục I): A4, Times New Roman, the issuing body and the national
title side by side at the top, "Số: .../BC-UBND", the place-and-date line, the title and
subject, numbered sections, the recipients and the signature, and the table of tasks as a
landscape appendix. Every figure comes from the one :class:`~models.report.Report`, so
the document cannot disagree with ``/baocao``. The number is left as "..." because the
records office gives it when the signed report is registered.
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence
from datetime import date

from docx import Document as new_document
from docx.document import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.section import Section, _Header
from docx.shared import Mm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from handlers.i18n import Translator
from handlers.tasks import status_label
from models.planfile import ALL_UNITS_LABEL
from models.plans import covers_all_units
from models.report import Counts, GroupLine, LastUpdate, Report, TaskLine
from models.tables import Organisation
from models.vntext import clean_text

# Fixed official formulas. Nghị định 30/2020/NĐ-CP prescribes them word for word in
# Vietnamese for every administrative document, so they stay Vietnamese whatever language
# the reader chose and are deliberately kept out of the translation catalogue.
NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
# The records office writes the number in when the signed report is registered.
DOCUMENT_NUMBER = "Số: .../BC-UBND"
SIGNING_FOR = "TM. ỦY BAN NHÂN DÂN"
SIGNER_TITLE = "CHỦ TỊCH"

FONT = "Times New Roman"
BODY_PT = 14
HEADER_PT = 13  # the issuing body, the number and the national title
RECIPIENTS_PT = 11
RECIPIENTS_TITLE_PT = 12
TABLE_PT = 12

# A4 portrait, margins of ND 30 (the wide left margin is the binding edge).
PAGE_SHORT_MM, PAGE_LONG_MM = 210, 297
MARGIN_TOP_MM, MARGIN_BOTTOM_MM, MARGIN_LEFT_MM, MARGIN_RIGHT_MM = 20, 20, 30, 15
FIRST_LINE_INDENT_MM = 10
# A landscape page is bound along its top edge, so the wide binding margin moves to the top.
LANDSCAPE_MARGINS_MM = {"top": 30, "bottom": 15, "left": 20, "right": 20}

# Header columns: 165 mm of text width, the national title needs the wider right column.
HEADER_COLUMNS_MM = (62, 103)
# The short rules under the issuing body, the motto and the subject, as ND 30 draws them:
# a third to a half of the issuing body's line, as long as the motto, a short one under
# the subject. Widths measured on Liberation Serif, which has Times New Roman's metrics.
BODY_RULE_MM = 18
MOTTO_RULE_MM = 61
SUBJECT_RULE_MM = 40
SIGNATURE_COLUMNS_MM = (85, 80)
# Word's default left and right padding of a table cell (0.08 inch).
CELL_PADDING_MM = 1.9
SIGNATURE_SPACE_LINES = 4

# The appendix table: STT, content, lead, coordinating, deadline, product, result (257 mm).
APPENDIX_COLUMNS_MM = (12, 72, 33, 36, 30, 36, 38)
SPLIT_WORDS = (" XÃ ", " PHƯỜNG ", " ĐẶC KHU ")
_ROMAN_QUARTERS = {1: "I", 2: "II", 3: "III", 4: "IV"}

_Container = Document | _Cell | _Header


def word_report(
    report: Report,
    *,
    organisation: Organisation,
    next_tasks: Sequence[TaskLine],
    issued_on: date,
    tr: Translator,
) -> bytes:
    """Write ``report`` as the commune's official report (.docx) dated ``issued_on``.

    ``next_tasks`` are the tasks falling due in the coming period, listed in section III.
    """
    document = new_document()
    _use_official_fonts(document)
    portrait = document.sections[0]
    _lay_out_portrait(portrait)
    _number_pages_after_the_first(portrait)
    _write_heading_block(document, organisation, issued_on, tr)
    _write_title(document, report, tr)
    _write_opening(document, report, organisation, tr)
    _write_results(document, report, tr)
    _write_shortcomings(document, report, tr)
    _write_next_tasks(document, report, next_tasks, tr)
    _write_closing(document, report, organisation, tr)
    _write_signature_block(document, tr)
    _write_appendix(document, report, organisation, issued_on, tr)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def official_date_line(place: str, day: date, tr: Translator) -> str:
    """Write the place-and-date line: ``Nghi Dương, ngày 05 tháng 02 năm 2026``.

    ND 30 writes days below 10 and the months 1 and 2 with a leading zero, other months
    without one.
    """
    day_number = f"{day.day:02d}"
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return tr.gettext(
        "{place}, {day}/{month}/{year}", place=place, day=day_number, month=month, year=day.year
    )


def issuing_body_lines(authority: str) -> tuple[str, ...]:
    """Split the issuing body, in capitals, before its commune: ("ỦY BAN NHÂN DÂN", "XÃ ...")."""
    upper = " ".join(authority.split()).upper()
    for word in SPLIT_WORDS:
        at = upper.find(word)
        if at > 0:
            return upper[:at], upper[at + 1 :]
    return (upper,)


def period_phrase(report: Report, tr: Translator) -> str:
    """Name the period reported on: ``quý IV năm 2025`` or ``năm 2025``."""
    year = report.year or report.period_end.year
    if report.quarter is None:
        return tr.gettext("year {year}", year=year)
    return tr.gettext(
        "quarter {quarter} of {year}", quarter=_ROMAN_QUARTERS[report.quarter], year=year
    )


def overall_sentence(counts: Counts, tr: Translator) -> str:
    """Write the overall figures the way official reports do, from ``counts`` alone."""
    return tr.gettext(
        "Tasks in total: {tasks}; due: {due}. Completed {done}/{total} tasks, {rate}, "
        "of which on time {on_time}, late {late}; not completed {not_done}, of which "
        "within the deadline {within}, overdue {overdue}.",
        tasks=counts.tasks,
        due=counts.due,
        done=counts.done,
        total=counts.tasks,
        rate=tr.percent(counts.completion_rate),
        on_time=counts.done_on_time,
        late=counts.done_late,
        not_done=counts.not_done,
        within=counts.within_deadline,
        overdue=counts.overdue,
    )


# --- Page set-up and fonts -------------------------------------------------------------------


def _use_official_fonts(document: Document) -> None:
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


def _lay_out_portrait(section: Section) -> None:
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(PAGE_SHORT_MM), Mm(PAGE_LONG_MM)
    section.top_margin, section.bottom_margin = Mm(MARGIN_TOP_MM), Mm(MARGIN_BOTTOM_MM)
    section.left_margin, section.right_margin = Mm(MARGIN_LEFT_MM), Mm(MARGIN_RIGHT_MM)


def _lay_out_landscape(section: Section) -> None:
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(PAGE_LONG_MM), Mm(PAGE_SHORT_MM)
    section.top_margin = Mm(LANDSCAPE_MARGINS_MM["top"])
    section.bottom_margin = Mm(LANDSCAPE_MARGINS_MM["bottom"])
    section.left_margin = Mm(LANDSCAPE_MARGINS_MM["left"])
    section.right_margin = Mm(LANDSCAPE_MARGINS_MM["right"])


def _number_pages_after_the_first(section: Section) -> None:
    """A PAGE field centred in the header; ND 30 numbers no page 1."""
    section.different_first_page_header_footer = True
    paragraph = section.header.paragraphs[0]
    _plain(paragraph, align=WD_ALIGN_PARAGRAPH.CENTER)
    _add_page_field(paragraph)


def _add_page_field(paragraph: Paragraph) -> None:
    # A complex field (begin, instruction, separate, result, end) is what Word itself writes
    # and what every reader updates when the page is laid out.
    for part in ("begin", "instruction", "separate", "result", "end"):
        run = _run(paragraph, "1" if part == "result" else "", size=BODY_PT)
        if part == "instruction":
            instruction = OxmlElement("w:instrText")
            instruction.set(qn("xml:space"), "preserve")
            instruction.text = " PAGE "
            run._r.append(instruction)
        elif part != "result":
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), part)
            run._r.append(char)


# --- Paragraphs, runs, rules and tables -------------------------------------------------------


def _run(
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


def _plain(
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


def _line(
    container: _Container,
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
    paragraph = _plain(container.add_paragraph(), align=align, after=after, before=before)
    if text:
        _run(paragraph, text, size=size, bold=bold, italic=italic)
    return paragraph


def _body(document: Document, text: str, *, bold: bool = False) -> Paragraph:
    """A paragraph of the report's body: justified, indented, 14 pt, 6 pt after."""
    paragraph = document.add_paragraph()
    _run(paragraph, text, bold=bold)
    return paragraph


def _rule(container: _Container, width_mm: float, space_mm: float) -> Paragraph:
    """A short centred horizontal rule ``width_mm`` long in a space ``space_mm`` wide."""
    paragraph = _plain(container.add_paragraph())
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


def _inside(column_mm: float) -> float:
    """The width a cell's text has in a column, once the cell's padding is taken off."""
    return column_mm - 2 * CELL_PADDING_MM


def _layout_table(document: Document, rows: int, widths_mm: Sequence[float]) -> Table:
    """A borderless table of fixed column widths, used to place blocks side by side."""
    table: Table = document.add_table(rows=rows, cols=len(widths_mm))
    table.autofit = False
    _set_widths(table, widths_mm)
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    table._tbl.tblPr.insert_element_before(
        borders, "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption"
    )
    return table


def _set_widths(table: Table, widths_mm: Sequence[float]) -> None:
    # Word reads the cells' widths and LibreOffice the grid's: both are set.
    for column, width in zip(table.columns, widths_mm, strict=True):
        column.width = Mm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_mm, strict=True):
            cell.width = Mm(width)


def _drop_first_paragraph(cell: _Cell) -> None:
    """Remove the empty paragraph a new cell starts with, once the cell has its own."""
    first = cell.paragraphs[0]
    if len(cell.paragraphs) > 1 and not first.runs:
        cell._tc.remove(first._p)


def _repeat_as_header(table: Table) -> None:
    """Repeat the first row on every page the table runs onto."""
    table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))


def _keep_rows_whole(table: Table) -> None:
    """Move a row that does not fit to the next page rather than cut a task in two."""
    for row in table.rows:
        properties = row._tr.get_or_add_trPr()
        properties.insert_element_before(
            OxmlElement("w:cantSplit"), "w:trHeight", "w:tblHeader", "w:tblCellSpacing", "w:jc"
        )


# --- The first page: issuing body, national title, title ------------------------------------


def _write_heading_block(
    document: Document, organisation: Organisation, issued_on: date, tr: Translator
) -> None:
    table = _layout_table(document, 1, HEADER_COLUMNS_MM)
    left, right = table.rows[0].cells
    body_lines = issuing_body_lines(organisation.authority)
    for index, text in enumerate(body_lines):
        # The commune's own name is the bold line; a name that cannot be split is all bold.
        bold = index == len(body_lines) - 1
        _line(left, text, size=HEADER_PT, bold=bold)
    _rule(left, BODY_RULE_MM, _inside(HEADER_COLUMNS_MM[0]))
    _line(left, DOCUMENT_NUMBER, size=HEADER_PT, before=6)
    _line(right, NATIONAL_TITLE, size=HEADER_PT, bold=True)
    _line(right, MOTTO, size=BODY_PT, bold=True)
    _rule(right, MOTTO_RULE_MM, _inside(HEADER_COLUMNS_MM[1]))
    _line(
        right,
        official_date_line(organisation.place, issued_on, tr),
        size=BODY_PT,
        italic=True,
        before=6,
    )
    for cell in (left, right):
        _drop_first_paragraph(cell)


def _write_title(document: Document, report: Report, tr: Translator) -> None:
    _line(document, tr.gettext("REPORT"), bold=True, before=18)
    subject = tr.gettext(
        "Results of the administrative-reform plan, {period}", period=period_phrase(report, tr)
    )
    _line(document, subject, bold=True)
    text_width = PAGE_SHORT_MM - MARGIN_LEFT_MM - MARGIN_RIGHT_MM
    _rule(document, SUBJECT_RULE_MM, text_width).paragraph_format.space_after = Pt(12)


def _write_opening(
    document: Document, report: Report, organisation: Organisation, tr: Translator
) -> None:
    _body(
        document,
        tr.gettext(
            "Carrying out the {plan}, the {authority} reports the results, with figures "
            "as of {day}, as follows:",
            plan=report.plan_title,
            authority=organisation.authority,
            day=tr.date(report.as_of),
        ),
    )


# --- I. Results, II. Shortcomings, III. Next tasks ----------------------------------------


def _write_results(document: Document, report: Report, tr: Translator) -> None:
    _body(document, tr.gettext("I. RESULTS"), bold=True)
    _body(document, overall_sentence(report.totals, tr))
    number = 0
    for group in report.sections:
        lines = [line for line in report.tasks if line.section == group.code]
        if not lines:
            continue  # a quarter may leave a whole area without a task due
        number += 1
        _write_area(document, number, group, lines, tr)


def _write_area(
    document: Document, number: int, group: GroupLine, lines: Sequence[TaskLine], tr: Translator
) -> None:
    _body(document, f"{number}. {group.name}", bold=True)
    _body(document, _area_figures(group.counts, tr))
    for line in lines:
        _body(document, f"- {_task_result(line, tr)}")


def _area_figures(counts: Counts, tr: Translator) -> str:
    return tr.gettext(
        "Completed {done}/{total} tasks, {rate}; not completed {not_done} "
        "(within the deadline {within}, overdue {overdue}).",
        done=counts.done,
        total=counts.tasks,
        rate=tr.percent(counts.completion_rate),
        not_done=counts.not_done,
        within=counts.within_deadline,
        overdue=counts.overdue,
    )


def _task_result(line: TaskLine, tr: Translator) -> str:
    """``12. Title: Đang thực hiện (50%). Cập nhật ngày ... (name): note``."""
    text = f"{line.code}. {line.title}: {_status_with_percent(line, tr)}."
    note = _latest_note(line.last_update, tr)
    return f"{text} {note}" if note else text


def _status_with_percent(line: TaskLine, tr: Translator) -> str:
    return f"{status_label(tr, line.status)} ({tr.percent(line.percent / 100)})"


def _latest_note(update: LastUpdate | None, tr: Translator) -> str:
    """The latest progress note with its day and writer; empty when nothing was written."""
    if update is None or not update.note.strip():
        return ""
    day = tr.date(update.at.date())
    note = update.note.strip()
    # Officers type notes on a phone; in a written report every sentence ends.
    if note[-1] not in ".!?;:":
        note += "."
    if update.officer:
        return tr.gettext(
            "Latest report on {day} by {officer}: {note}",
            day=day,
            officer=update.officer,
            note=note,
        )
    return tr.gettext("Latest report on {day}: {note}", day=day, note=note)


def _write_shortcomings(document: Document, report: Report, tr: Translator) -> None:
    _body(document, tr.gettext("II. SHORTCOMINGS AND LIMITATIONS"), bold=True)
    overdue, undated = report.overdue, report.no_deadline
    if overdue:
        _body(document, tr.gettext("Overdue tasks not completed ({count}):", count=len(overdue)))
        for line in overdue:
            _body(
                document,
                "- "
                + tr.gettext(
                    "{code}. {title} (lead: {lead}), {days} days overdue.",
                    code=line.code,
                    title=line.title,
                    lead=_lead_names(line, tr, ", "),
                    days=line.days_overdue,
                ),
            )
    else:
        _body(document, tr.gettext("No task is overdue."))
    if undated:
        _body(
            document,
            tr.gettext("Tasks whose deadline is still to be set ({count}):", count=len(undated)),
        )
        for line in undated:
            _body(document, "- " + _task_with_lead(line, tr))


def _task_with_lead(line: TaskLine, tr: Translator) -> str:
    return tr.gettext(
        "{code}. {title} (lead: {lead}).",
        code=line.code,
        title=line.title,
        lead=_lead_names(line, tr, ", "),
    )


def _write_next_tasks(
    document: Document, report: Report, next_tasks: Sequence[TaskLine], tr: Translator
) -> None:
    _body(document, tr.gettext("III. KEY TASKS FOR THE COMING PERIOD"), bold=True)
    if not next_tasks:
        _body(document, tr.gettext("No task of the plan falls due in the coming period."))
        return
    _body(document, tr.gettext("Keep carrying out the plan, with priority to these tasks:"))
    for line in next_tasks:
        due = _coming_due_dates(line, report.as_of, tr) or line.deadline_text
        _body(
            document,
            "- "
            + tr.gettext(
                "{code}. {title} (lead: {lead}; due: {due}).",
                code=line.code,
                title=line.title,
                lead=_lead_names(line, tr, ", "),
                due=due,
            ),
        )


def _coming_due_dates(line: TaskLine, after: date, tr: Translator) -> str:
    # A recurring task also carries the dates already reported on; only the coming ones
    # matter here, unless all have passed, when the last ones still say what was due.
    coming = [day for day in line.due_dates if day > after] or list(line.due_dates)
    return ", ".join(tr.date(day) for day in coming)


def _lead_names(line: TaskLine, tr: Translator, separator: str) -> str:
    if line.lead_is_all_units:
        return tr.gettext(ALL_UNITS_LABEL)
    return separator.join(unit.name for unit in line.leads)


def _coordinating_names(line: TaskLine, all_codes: Sequence[str], tr: Translator) -> str:
    # The plan writes "every other unit" as one collective name; so does the report.
    if covers_all_units(line.coordinating, line.leads, all_codes):
        return tr.gettext(ALL_UNITS_LABEL)
    return "; ".join(unit.name for unit in line.coordinating)


# --- Closing, recipients and signature ------------------------------------------------------


def _write_closing(
    document: Document, report: Report, organisation: Organisation, tr: Translator
) -> None:
    _body(
        document,
        tr.gettext(
            "This is the report of the {authority} on the results of the "
            "administrative-reform plan, {period}./.",
            authority=organisation.authority,
            period=period_phrase(report, tr),
        ),
    )


def _recipients(tr: Translator) -> Iterator[str]:
    yield "- " + tr.gettext("Department of Home Affairs;")
    yield "- " + tr.gettext("Standing boards of the Party Committee and the People's Council;")
    yield "- " + tr.gettext("Chair and Vice-Chairs of the People's Committee;")
    yield "- " + tr.gettext("Filed: records office, Culture and Society Office.")


def _write_signature_block(document: Document, tr: Translator) -> None:
    table = _layout_table(document, 1, SIGNATURE_COLUMNS_MM)
    left, right = table.rows[0].cells
    _line(
        left,
        tr.gettext("Recipients:"),
        size=RECIPIENTS_TITLE_PT,
        bold=True,
        italic=True,
        align=WD_ALIGN_PARAGRAPH.LEFT,
    )
    for recipient in _recipients(tr):
        _line(left, recipient, size=RECIPIENTS_PT, align=WD_ALIGN_PARAGRAPH.LEFT)
    _line(right, SIGNING_FOR, bold=True)
    _line(right, SIGNER_TITLE, bold=True)
    for _ in range(SIGNATURE_SPACE_LINES):
        _line(right, "")  # room for the signature and the seal
    for cell in (left, right):
        _drop_first_paragraph(cell)


# --- The landscape appendix -------------------------------------------------------------------


def _write_appendix(
    document: Document,
    report: Report,
    organisation: Organisation,
    issued_on: date,
    tr: Translator,
) -> None:
    section = document.add_section(WD_SECTION.NEW_PAGE)
    _lay_out_landscape(section)
    # The new section copies "different first page"; its first page is not page 1.
    section.different_first_page_header_footer = False
    _line(document, tr.gettext("APPENDIX"), bold=True)
    _line(
        document,
        tr.gettext(
            "Results of the tasks of {period} under the {plan}",
            period=period_phrase(report, tr),
            plan=report.plan_title,
        ),
        bold=True,
    )
    _line(
        document,
        tr.gettext(
            "(Attached to report No. .../BC-UBND of {day} of the {authority})",
            day=tr.date(issued_on),
            authority=organisation.authority,
        ),
        italic=True,
        after=12,
    )
    _write_task_table(document, report, tr)


def _appendix_headings(tr: Translator) -> tuple[str, ...]:
    return (
        tr.gettext("No."),
        tr.gettext("Task content"),
        tr.gettext("Lead unit"),
        tr.gettext("Coordinating units"),
        tr.gettext("Deadline"),
        tr.gettext("Product"),
        tr.gettext("Result / progress"),
    )


def _write_task_table(document: Document, report: Report, tr: Translator) -> None:
    rows = _appendix_rows(report)
    table: Table = document.add_table(
        rows=1 + len(rows), cols=len(APPENDIX_COLUMNS_MM), style="Table Grid"
    )
    table.autofit = False
    _set_widths(table, APPENDIX_COLUMNS_MM)
    for cell, heading in zip(table.rows[0].cells, _appendix_headings(tr), strict=True):
        _cell_line(cell, heading, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    _keep_rows_whole(table)
    _repeat_as_header(table)
    all_codes = [group.code for group in report.units]
    for row, entry in zip(table.rows[1:], rows, strict=True):
        if isinstance(entry, GroupLine):
            _fill_section_row(row.cells, entry)
        else:
            _fill_task_row(row.cells, entry, all_codes, tr)
    for row in table.rows:
        for cell in row.cells:
            _drop_first_paragraph(cell)


def _appendix_rows(report: Report) -> list[GroupLine | TaskLine]:
    """The tasks in plan order, each area's row before its first task."""
    sections = {group.code: group for group in report.sections}
    rows: list[GroupLine | TaskLine] = []
    current: str | None = None
    for line in report.tasks:
        if line.section != current and line.section in sections:
            rows.append(sections[line.section])
        current = line.section
        rows.append(line)
    return rows


def _fill_section_row(cells: Sequence[_Cell], group: GroupLine) -> None:
    """A row naming the plan's area, as the plan's own appendix groups its tasks."""
    _cell_line(cells[0], group.code, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    merged = cells[1].merge(cells[-1])
    _cell_line(merged, group.name.upper(), bold=True)


def _fill_task_row(
    cells: Sequence[_Cell], line: TaskLine, all_codes: Sequence[str], tr: Translator
) -> None:
    code, title, lead, coordinating, deadline, product, result = cells
    _cell_line(code, line.code, align=WD_ALIGN_PARAGRAPH.CENTER)
    _cell_line(title, line.title, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    _cell_line(lead, _lead_names(line, tr, "; "))
    _cell_line(coordinating, _coordinating_names(line, all_codes, tr))
    if line.deadline_text:
        _cell_line(deadline, line.deadline_text)
    if line.due_dates:
        _cell_line(deadline, ", ".join(tr.date(day) for day in line.due_dates), italic=True)
    _cell_line(product, line.product)
    _cell_line(result, _status_with_percent(line, tr), bold=True)
    if line.days_overdue:
        _cell_line(result, tr.gettext("{days} days overdue", days=line.days_overdue))
    note = _latest_note(line.last_update, tr)
    if note:
        _cell_line(result, note, italic=True)


def _cell_line(
    cell: _Cell,
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    align: WD_ALIGN_PARAGRAPH = WD_ALIGN_PARAGRAPH.LEFT,
) -> Paragraph:
    return _line(cell, text, size=TABLE_PT, bold=bold, italic=italic, align=align, after=2)
