"""The quarterly or yearly administrative-reform report as a Word document ready to file.

The commune files this report on paper, so it follows the presentation rules of Nghị
định 30/2020/NĐ-CP (Phụ lục I): A4, Times New Roman, the issuing body and the national
title side by side at the top, the number symbol, the place-and-date line, the title and
subject, numbered sections, the recipients and the signature on one page, and the table
of tasks as a landscape appendix. A commune report is issued by the People's Committee
and signed by its Chairman; a unit's report by the unit and its head
(:mod:`handlers.reporting.issuer`). Every figure comes from the one
:class:`~models.report.Report`, so the document cannot disagree with ``/baocao``; the
body stays short (the tasks not started on one line, grouped by unit) and the appendix
carries every task. Officers' notes are quoted as theirs, with who wrote them and when.
Section I counts the tasks, then the milestones due in the period in the four official
states and "no deadline yet" (those awaiting confirmation on a line of their own), and in
a commune's report each lead unit's parts of them; a task with several milestones in the
period lists each one's state in the appendix.
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence
from datetime import date

from docx import Document as new_document
from docx.document import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from handlers.i18n import Translator
from handlers.reporting.docx_kit import (
    BODY_PT,
    HEADER_PT,
    TEXT_WIDTH_MM,
    add_run,
    capitals_width_mm,
    drop_first_paragraph,
    inside,
    keep_on_one_page,
    keep_rows_whole,
    lay_out_landscape,
    lay_out_portrait,
    layout_table,
    number_pages_after_the_first,
    repeat_as_header,
    rule,
    set_widths,
    start_section,
    text_line,
    use_official_fonts,
)
from handlers.reporting.issuer import Issuer
from handlers.reporting.outlook import Outlook
from handlers.reporting.periods import awaiting_line, milestone_state, official_states
from handlers.tasks import line_label, status_label
from models.planfile import ALL_UNITS_LABEL
from models.plans import covers_all_units
from models.report import Counts, GroupLine, LastUpdate, Report, TaskLine
from models.status import TaskStatus
from models.tables import Organisation

# Fixed official formulas. Nghị định 30/2020/NĐ-CP prescribes them word for word in
# Vietnamese for every administrative document, so they stay Vietnamese whatever language
# the reader chose and are deliberately kept out of the translation catalogue.
NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"

RECIPIENTS_PT = 11
RECIPIENTS_TITLE_PT = 12
TABLE_PT = 12

# Header columns: 165 mm of text width, the national title needs the wider right column.
HEADER_COLUMNS_MM = (62, 103)
# The short rules under the issuing body, the motto and the subject, as ND 30 draws them:
# 40% of the issuing body's line (the decree asks for a third to a half), as long as the
# motto, a short one under the subject. Widths measured on Liberation Serif, which has
# Times New Roman's metrics.
BODY_RULE_SHARE = 0.4
MOTTO_RULE_MM = 61
SUBJECT_RULE_MM = 40
SIGNATURE_COLUMNS_MM = (85, 80)
SIGNATURE_SPACE_LINES = 4

# The appendix table: STT, content, lead, coordinating, deadline, product, result (257 mm).
APPENDIX_COLUMNS_MM = (12, 72, 33, 36, 30, 36, 38)
_ROMAN_QUARTERS = {1: "I", 2: "II", 3: "III", 4: "IV"}
# Typographic quotes, as Vietnamese and English print both.
OPEN_QUOTE, CLOSE_QUOTE = "\u201c", "\u201d"


def word_report(
    report: Report,
    *,
    organisation: Organisation,
    issuer: Issuer,
    outlook: Outlook,
    issued_on: date,
    tr: Translator,
) -> bytes:
    """Write ``report`` as ``issuer``'s official report (.docx) dated ``issued_on``.

    ``outlook`` is section III: what falls due after the issue day.
    """
    document = new_document()
    use_official_fonts(document)
    portrait = document.sections[0]
    lay_out_portrait(portrait)
    number_pages_after_the_first(portrait)
    _write_heading_block(document, organisation, issuer, issued_on, tr)
    _write_title(document, report, issuer, tr)
    _write_opening(document, report, issuer, tr)
    _write_results(document, report, tr)
    _write_shortcomings(document, report, tr)
    _write_outlook(document, outlook, tr)
    _write_closing(document, report, issuer, tr)
    _write_signature_block(document, issuer, tr)
    _write_appendix(document, report, issuer, issued_on, tr)
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


def period_phrase(report: Report, tr: Translator) -> str:
    """Name the period reported on: ``quý IV năm 2025``, ``6 tháng cuối năm 2025`` or
    ``năm 2025``."""
    year = report.year or report.period_end.year
    if report.half == 1:
        return tr.gettext("the first half of {year}", year=year)
    if report.half == 2:
        return tr.gettext("the second half of {year}", year=year)
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


def milestones_sentence(counts: Counts, tr: Translator) -> str:
    """The period's milestones in the official states, from ``counts`` alone: ``Số mốc
    thời hạn trong kỳ: 49, trong đó đã đến hạn 42. Theo trạng thái: hoàn thành đúng hạn:
    0; ...; chưa có thời hạn: 2.``"""
    return tr.gettext(
        "Milestones due in the period: {count}, of which due so far {due}. By state: {states}.",
        count=counts.tasks,
        due=counts.due,
        states=states_phrase(counts, tr),
    )


def states_phrase(counts: Counts, tr: Translator) -> str:
    """``hoàn thành đúng hạn: 1; hoàn thành quá hạn: 0; ...; chưa có thời hạn: 0``."""
    return "; ".join(
        f"{_lower_first(state.label)}: {state.count}" for state in official_states(counts, tr)
    )


def unit_milestone_sentences(report: Report, tr: Translator) -> list[str]:
    """A commune report's line per lead unit: its own parts of the period's milestones,
    ``- Phòng Kinh tế: 8 mốc, đã đến hạn 6; hoàn thành đúng hạn: 1; ...``; none in a
    unit's report, whose figures are its own already."""
    if report.unit is not None:
        return []
    return [
        "- "
        + tr.gettext(
            "{unit}: {count} milestones, due so far {due}; {states}.",
            unit=group.name,
            count=group.milestones.tasks,
            due=group.milestones.due,
            states=states_phrase(group.milestones, tr),
        )
        for group in report.units
        if group.milestones.tasks
    ]


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def not_started_sentence(report: Report, tr: Translator) -> str:
    """The tasks not started on one line: ``Chưa triển khai (0%): Phòng Kinh tế: nhiệm vụ 8,
    15.1; ...``; "" when every task has started.

    A commune report groups them by lead unit, in the units' order (a task led by several
    units is named under each); a unit's report names the tasks it leads (those it
    coordinates have their own line, :func:`coordinated_sentence`).
    """
    waiting = [line for line in report.tasks if line.status is TaskStatus.NOT_STARTED]
    label = f"{status_label(tr, TaskStatus.NOT_STARTED)} ({tr.percent(0)})"
    if report.unit is not None:
        own = [line.code for line in waiting if _leads(line, report.unit.code)]
        return f"{label}: {_tasks(own, tr)}." if own else ""
    parts = [
        tr.gettext("{who}: tasks {codes}", who=unit.name, codes=", ".join(codes))
        for unit in report.units
        if (codes := [line.code for line in waiting if _leads(line, unit.code)])
    ]
    return f"{label}: {'; '.join(parts)}." if parts else ""


def coordinated_sentence(report: Report, tr: Translator) -> str:
    """In a unit's report, the tasks it coordinates (phối hợp), on one line by status:
    ``Phối hợp thực hiện 3 nhiệm vụ do đơn vị khác chủ trì: Quá hạn: nhiệm vụ 2; ...``;
    "" for a commune report or a unit that coordinates nothing.

    They are other units' tasks, so they are named apart from the unit's own, never
    among them.
    """
    if report.unit is None:
        return ""
    helped = [line for line in report.tasks if not _leads(line, report.unit.code)]
    if not helped:
        return ""
    parts = [
        tr.gettext("{who}: tasks {codes}", who=status_label(tr, status), codes=", ".join(codes))
        for status in TaskStatus
        if (codes := [line.code for line in helped if line.status is status])
    ]
    return tr.gettext(
        "Coordinating {count} tasks led by other units: {groups}.",
        count=len(helped),
        groups="; ".join(parts),
    )


def _tasks(codes: Sequence[str], tr: Translator) -> str:
    return tr.gettext("tasks {codes}", codes=", ".join(codes))


def quoted_note(update: LastUpdate | None, tr: Translator) -> tuple[str, str]:
    """The latest note as its writer's words: (``Lê Văn Cường báo cáo ngày 10/12/2025:``,
    ``“đã gửi dự thảo”.``); two empty strings when nothing was written.

    The note is quoted as it was typed, less a closing full stop, which the sentence
    that quotes it puts after the quotation mark.
    """
    if update is None or not update.note.strip():
        return "", ""
    day = tr.date(update.at.date())
    note = update.note.strip().removesuffix(".").rstrip()
    if update.officer:
        said = tr.gettext("{officer} reported on {day}:", officer=update.officer, day=day)
    else:
        said = tr.gettext("Updated on {day}:", day=day)
    return said, f"{OPEN_QUOTE}{note}{CLOSE_QUOTE}."


def _leads(line: TaskLine, unit_code: str) -> bool:
    return any(unit.code == unit_code for unit in line.leads)


# --- The first page: issuing body, national title, title ------------------------------------


def _write_heading_block(
    document: Document,
    organisation: Organisation,
    issuer: Issuer,
    issued_on: date,
    tr: Translator,
) -> None:
    table = layout_table(document, 1, HEADER_COLUMNS_MM)
    left, right = table.rows[0].cells
    left_width = inside(HEADER_COLUMNS_MM[0])
    if issuer.parent:
        # The body the unit reports to: capitals, not bold (ND 30).
        text_line(left, issuer.parent, size=HEADER_PT)
    for text in issuer.body:
        text_line(left, text, size=HEADER_PT, bold=True)
    body_width = min(left_width, max(capitals_width_mm(text, HEADER_PT) for text in issuer.body))
    rule(left, BODY_RULE_SHARE * body_width, left_width)
    text_line(left, issuer.number_line, size=HEADER_PT, before=6)
    text_line(right, NATIONAL_TITLE, size=HEADER_PT, bold=True)
    text_line(right, MOTTO, size=BODY_PT, bold=True)
    rule(right, MOTTO_RULE_MM, inside(HEADER_COLUMNS_MM[1]))
    text_line(
        right,
        official_date_line(organisation.place, issued_on, tr),
        size=BODY_PT,
        italic=True,
        before=6,
    )
    for cell in (left, right):
        drop_first_paragraph(cell)


def _subject(report: Report, issuer: Issuer, tr: Translator) -> str:
    period = period_phrase(report, tr)
    if issuer.unit_code is None:
        return tr.gettext("Results of the administrative-reform plan, {period}", period=period)
    return tr.gettext(
        "Results of the administrative-reform tasks, {period}, of the {unit}",
        period=period,
        unit=issuer.name,
    )


def _write_title(document: Document, report: Report, issuer: Issuer, tr: Translator) -> None:
    text_line(document, tr.gettext("REPORT"), bold=True, before=18)
    text_line(document, _subject(report, issuer, tr), bold=True)
    rule(document, SUBJECT_RULE_MM, TEXT_WIDTH_MM).paragraph_format.space_after = Pt(12)


def plan_cited(report: Report, tr: Translator) -> str:
    """The plan as the report's opening cites it: its title, with its number and the day it
    was signed when known ("... (số 45/KH-UBND ngày 10/01/2026)"). A number left blank in
    the plan ("…/QĐ-UBND") is not cited."""
    number = report.plan_number if any(ch.isdigit() for ch in report.plan_number) else ""
    day = tr.date(report.plan_issued_on) if report.plan_issued_on else ""
    title = report.plan_title
    if number and day:
        return tr.gettext("{plan} (No. {number} of {day})", plan=title, number=number, day=day)
    if number:
        return tr.gettext("{plan} (No. {number})", plan=title, number=number)
    if day:
        return tr.gettext("{plan} (of {day})", plan=title, day=day)
    return title


def _write_opening(document: Document, report: Report, issuer: Issuer, tr: Translator) -> None:
    if issuer.unit_code is None:
        opening = tr.gettext(
            "Carrying out the {plan}, the {authority} reports the results, with figures "
            "as of {day}, as follows:",
            plan=plan_cited(report, tr),
            authority=issuer.name,
            day=tr.date(report.as_of),
        )
    else:
        opening = tr.gettext(
            "Carrying out the {plan}, the {unit} reports the results of the tasks assigned "
            "to it, with figures as of {day}, as follows:",
            plan=plan_cited(report, tr),
            unit=issuer.name,
            day=tr.date(report.as_of),
        )
    _body(document, opening)


# --- I. Results, II. Shortcomings, III. What comes next ----------------------------------------


def _body(document: Document, text: str, *, bold: bool = False) -> Paragraph:
    """A paragraph of the report's body: justified, indented, 14 pt, 6 pt after."""
    paragraph = document.add_paragraph()
    add_run(paragraph, text, bold=bold)
    return paragraph


def _heading(document: Document, text: str) -> Paragraph:
    """A bold heading of the body, kept on the page of the text it heads."""
    paragraph = _body(document, text, bold=True)
    paragraph.paragraph_format.keep_with_next = True
    return paragraph


def _write_results(document: Document, report: Report, tr: Translator) -> None:
    _heading(document, tr.gettext("I. RESULTS"))
    _body(document, overall_sentence(report.totals, tr))
    waiting = not_started_sentence(report, tr)
    if waiting:
        _body(document, waiting)
    _write_milestones(document, report, tr)
    number = 0
    for group in report.sections:
        lines = [line for line in report.tasks if line.section == group.code]
        if not lines or not group.counts.tasks:
            # A quarter may leave a whole area without a task due, and a unit may only
            # coordinate the tasks of an area, which its figures do not count.
            continue
        number += 1
        _write_area(document, number, group, lines, report, tr)
    helped = coordinated_sentence(report, tr)
    if helped:
        _body(document, helped)


def _write_milestones(document: Document, report: Report, tr: Translator) -> None:
    """The period's milestones in the official states, those awaiting confirmation on a
    line of their own, then in a commune's report each lead unit's parts of them."""
    milestones = report.milestone_totals
    _body(document, milestones_sentence(milestones, tr))
    if milestones.awaiting:
        _body(document, awaiting_line(milestones, tr))
    by_unit = unit_milestone_sentences(report, tr)
    if by_unit:
        _body(document, tr.gettext("By lead unit (each unit's own part of the milestones):"))
        for sentence in by_unit:
            _body(document, sentence)


def _write_area(
    document: Document,
    number: int,
    group: GroupLine,
    lines: Sequence[TaskLine],
    report: Report,
    tr: Translator,
) -> None:
    _heading(document, f"{number}. {group.name}")
    _body(document, _area_figures(group.counts, tr))
    for line in lines:
        # The tasks not started, and in a unit's report those it only coordinates, are
        # named together on lines of their own.
        if line.status is TaskStatus.NOT_STARTED:
            continue
        if report.unit is not None and not _leads(line, report.unit.code):
            continue
        _write_task_result(document, line, tr)


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


def _write_task_result(document: Document, line: TaskLine, tr: Translator) -> None:
    """``- 12. Title: Đang thực hiện (50%). Lê Văn Cường báo cáo ngày ...: “note”.``"""
    paragraph = _body(document, f"- {line.code}. {line.title}: {_status(line, tr)}.")
    said, quote = quoted_note(line.last_update, tr)
    if quote:
        add_run(paragraph, f" {said} ")
        add_run(paragraph, quote, italic=True)


def _status(line: TaskLine, tr: Translator) -> str:
    return f"{line_label(tr, line)} ({tr.percent(line.percent / 100)})"


def milestone_states(line: TaskLine, tr: Translator) -> list[str]:
    """Each milestone of the period on a line, ``30/09/2025: Quá hạn (40%)``, when the task
    has several in it; none otherwise, since the task's own status is its one milestone's."""
    if len(line.milestones) < 2:
        return []
    return [milestone_state(milestone, tr) for milestone in line.milestones]


def _write_shortcomings(document: Document, report: Report, tr: Translator) -> None:
    _heading(document, tr.gettext("II. SHORTCOMINGS AND LIMITATIONS"))
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
            _body(
                document,
                "- "
                + tr.gettext(
                    "{code}. {title} (lead: {lead}).",
                    code=line.code,
                    title=line.title,
                    lead=_lead_names(line, tr, ", "),
                ),
            )


def _write_outlook(document: Document, outlook: Outlook, tr: Translator) -> None:
    """Section III: the due dates to come, each a real date after the issue day."""
    _heading(document, tr.gettext("III. KEY TASKS FOR THE COMING PERIOD"))
    if outlook.coming:
        _body(document, tr.gettext("Keep carrying out the plan, with priority to these tasks:"))
        for coming in outlook.coming:
            line = coming.line
            _body(
                document,
                "- "
                + tr.gettext(
                    "{code}. {title} (lead: {lead}; due: {due}).",
                    code=line.code,
                    title=line.title,
                    lead=_lead_names(line, tr, ", "),
                    due=", ".join(tr.date(day) for day in coming.due_dates),
                ),
            )
    elif outlook.plan_ended:
        _body(
            document,
            tr.gettext(
                "The plan ended on {day}; none of its due dates lies ahead.",
                day=tr.date(outlook.plan_end),
            ),
        )
    else:
        _body(document, tr.gettext("No task of the plan falls due in the coming period."))
    if outlook.ongoing:
        _body(
            document,
            tr.gettext("Carried out regularly: tasks {codes}.", codes=_codes(outlook.ongoing)),
        )
    if outlook.undated:
        _body(
            document,
            tr.gettext(
                "Set a deadline for tasks {codes} (see section II).",
                codes=_codes(outlook.undated),
            ),
        )


def _codes(lines: Sequence[TaskLine]) -> str:
    return ", ".join(line.code for line in lines)


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


def _write_closing(document: Document, report: Report, issuer: Issuer, tr: Translator) -> None:
    period = period_phrase(report, tr)
    if issuer.unit_code is None:
        closing = tr.gettext(
            "This is the report of the {authority} on the results of the "
            "administrative-reform plan, {period}./.",
            authority=issuer.name,
            period=period,
        )
    else:
        closing = tr.gettext(
            "This is the report of the {unit} on the results of the administrative-reform "
            "tasks, {period}./.",
            unit=issuer.name,
            period=period,
        )
    # The last sentence goes with the signature: a page never starts with "Nơi nhận".
    _body(document, closing).paragraph_format.keep_with_next = True


def _recipients(issuer: Issuer, tr: Translator) -> Iterator[str]:
    if issuer.unit_code is None:
        yield "- " + tr.gettext("Department of Home Affairs;")
        yield "- " + tr.gettext("Standing boards of the Party Committee and the People's Council;")
        yield "- " + tr.gettext("Chair and Vice-Chairs of the People's Committee;")
        yield "- " + tr.gettext("Filed: records office, Culture and Society Office.")
        return
    yield "- " + tr.gettext("{committee} (to report);", committee=issuer.reports_to)
    if issuer.compiler:
        yield "- " + tr.gettext("{unit} (to compile);", unit=issuer.compiler)
    yield "- " + tr.gettext("Filed: records office, {symbol}.", symbol=issuer.symbol)


def _write_signature_block(document: Document, issuer: Issuer, tr: Translator) -> None:
    """ "Nơi nhận" beside the signature, one row that never splits across two pages."""
    table = layout_table(document, 1, SIGNATURE_COLUMNS_MM)
    left, right = table.rows[0].cells
    text_line(
        left,
        tr.gettext("Recipients:"),
        size=RECIPIENTS_TITLE_PT,
        bold=True,
        italic=True,
        align=WD_ALIGN_PARAGRAPH.LEFT,
    )
    for recipient in _recipients(issuer, tr):
        text_line(left, recipient, size=RECIPIENTS_PT, align=WD_ALIGN_PARAGRAPH.LEFT)
    if issuer.signs_for:
        text_line(right, issuer.signs_for, bold=True)
    text_line(right, issuer.signer_title, bold=True)
    for _ in range(SIGNATURE_SPACE_LINES):
        text_line(right, "")  # room for the signature and the seal
    # The signer's name, or an empty line where it is written by hand.
    text_line(right, issuer.signer_name, bold=True)
    for cell in (left, right):
        drop_first_paragraph(cell)
    keep_on_one_page(table)


# --- The landscape appendix -------------------------------------------------------------------


def _write_appendix(
    document: Document, report: Report, issuer: Issuer, issued_on: date, tr: Translator
) -> None:
    section = start_section(document, WD_SECTION.NEW_PAGE)
    lay_out_landscape(section)
    # The new section copies "different first page"; its first page is not page 1.
    section.different_first_page_header_footer = False
    text_line(document, tr.gettext("APPENDIX"), bold=True)
    text_line(
        document,
        tr.gettext(
            "Results of the tasks of {period} under the {plan}",
            period=period_phrase(report, tr),
            plan=report.plan_title,
        ),
        bold=True,
    )
    text_line(
        document,
        tr.gettext(
            "(Attached to report No. {number} of {day} of the {issuer})",
            number=issuer.number_symbol,
            day=tr.date(issued_on),
            issuer=issuer.name,
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
    set_widths(table, APPENDIX_COLUMNS_MM)
    for cell, heading in zip(table.rows[0].cells, _appendix_headings(tr), strict=True):
        _cell_line(cell, heading, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    keep_rows_whole(table)
    repeat_as_header(table)
    all_codes = [group.code for group in report.units]
    for row, entry in zip(table.rows[1:], rows, strict=True):
        if isinstance(entry, GroupLine):
            _fill_section_row(row.cells, entry)
        else:
            _fill_task_row(row.cells, entry, all_codes, tr)
    for row in table.rows:
        for cell in row.cells:
            drop_first_paragraph(cell)


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
    _cell_line(result, _status(line, tr), bold=True)
    if line.days_overdue:
        _cell_line(result, tr.gettext("{days} days overdue", days=line.days_overdue))
    for state in milestone_states(line, tr):
        _cell_line(result, state)
    said, quote = quoted_note(line.last_update, tr)
    if quote:
        paragraph = _cell_line(result, said)
        add_run(paragraph, " " + quote, size=TABLE_PT, italic=True)


def _cell_line(
    cell: _Cell,
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    align: WD_ALIGN_PARAGRAPH = WD_ALIGN_PARAGRAPH.LEFT,
) -> Paragraph:
    return text_line(cell, text, size=TABLE_PT, bold=bold, italic=italic, align=align, after=2)
