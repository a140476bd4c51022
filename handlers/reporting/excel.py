"""The report as an Excel workbook: the tasks, the lead units, the period's milestones, and
every progress update.

Built from a :class:`~models.report.Report` and the plan's history alone, so the workbook
shows exactly what ``/baocao`` counts: a task's row its status (in a unit's report, the
unit's own part), each lead unit's part and each milestone of the period; a unit's row its
parts, added up below to the sum of the parts, beside the commune's total of tasks; the
milestone sheet the same for the milestones due in the period, in the official states,
with those awaiting confirmation in a column of their own. Dates and times are real Excel
values (local time, naive, since Excel has no time zones) and the percentages real
numbers, so that officials can sort, filter and sum them without retyping anything.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from handlers.i18n import Translator
from handlers.reporting.periods import milestone_state, official_states, period_line
from handlers.tasks import line_label, status_label
from models.planfile import ALL_UNITS_LABEL
from models.progress import HistoryRow
from models.report import Counts, Report, TaskLine, sum_counts
from models.status import DONE_STATUSES, TaskStatus
from models.tables import ProgressKind, UnitRole
from models.vntext import clean_text

CellValue = str | int | float | date | datetime | None

DATE_FORMAT = "dd/mm/yyyy"
DATETIME_FORMAT = "dd/mm/yyyy hh:mm"
RATE_FORMAT = "0.0%"
WHOLE_FORMAT = "0"

# Light tints (Excel's own "Good / Neutral / Bad" family) so that black text stays legible
# on a whole coloured row, and the sheet still prints well in black and white.
STATUS_FILLS: dict[TaskStatus, str] = {
    TaskStatus.DONE_ON_TIME: "C6EFCE",  # green
    TaskStatus.DONE_LATE: "E2F0D9",  # light green
    TaskStatus.IN_PROGRESS: "FFF2CC",  # yellow
    TaskStatus.NOT_STARTED: "E7E6E6",  # grey
    TaskStatus.OVERDUE: "FFC7CE",  # red
    TaskStatus.NO_DEADLINE: "F8CBAD",  # orange
}
HEADER_FILL = "DDEBF7"
TITLE_ROWS = 2  # the plan title, then the period and the report day
_THIN = Side(style="thin", color="A6A6A6")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_WRAP_TOP = Alignment(wrap_text=True, vertical="top")
_CENTRE_TOP = Alignment(wrap_text=True, vertical="top", horizontal="center")
# Excel refuses these in a sheet name, and cuts a name at 31 characters.
_SHEET_NAME_FORBIDDEN = str.maketrans(dict.fromkeys("[]:*?/\\", "-"))
_SHEET_NAME_LIMIT = 31


@dataclass(frozen=True)
class Column:
    """One column of a table: its translated header, width (characters) and number format."""

    title: str
    width: float
    number_format: str = "General"
    centred: bool = False


def excel_report(report: Report, history: Sequence[HistoryRow], tr: Translator) -> bytes:
    """Write the report and the plan's history as an .xlsx file and return its bytes."""
    workbook = Workbook()
    tasks = workbook.active
    assert isinstance(tasks, Worksheet), "a new workbook starts with one worksheet"
    tasks.title = sheet_name(tr.gettext("Tasks"))
    _fill_task_sheet(tasks, report, tr)
    _fill_unit_sheet(workbook.create_sheet(sheet_name(tr.gettext("By unit"))), report, tr)
    milestones = workbook.create_sheet(sheet_name(tr.gettext("Milestones")))
    _fill_milestone_sheet(milestones, report, tr)
    history_sheet = workbook.create_sheet(sheet_name(tr.gettext("Update history")))
    _fill_history_sheet(history_sheet, report, history, tr)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def sheet_name(name: str) -> str:
    """A translated sheet name Excel accepts."""
    return name.translate(_SHEET_NAME_FORBIDDEN)[:_SHEET_NAME_LIMIT]


# --- The tasks ---------------------------------------------------------------------------------


def _fill_task_sheet(sheet: Worksheet, report: Report, tr: Translator) -> None:
    header_row = _title_block(sheet, report, tr)
    columns = _task_columns(tr, unit_report=report.unit is not None)
    rows = [_task_row(line, report, tr) for line in report.tasks]
    _write_table(sheet, header_row, columns, rows)
    for offset, line in enumerate(report.tasks, start=header_row + 1):
        _fill_row(sheet, offset, len(columns), STATUS_FILLS[line.status])
    # Below the table, not beside it: outside the filtered range, and printed with the table.
    _status_legend(sheet, header_row + len(rows) + 2, column=3, tr=tr)


def _task_columns(tr: Translator, *, unit_report: bool) -> list[Column]:
    columns = [
        Column(tr.gettext("Code"), 7, centred=True),
        Column(tr.gettext("Section"), 6, centred=True),
        Column(tr.gettext("Task content"), 55),
        Column(tr.gettext("Lead unit"), 26),
        Column(tr.gettext("Coordinating units"), 30),
        Column(tr.gettext("Deadline"), 22),
        Column(tr.gettext("Due dates"), 13),
        Column(tr.gettext("Status"), 20),
        Column(tr.gettext("Progress (%)"), 10, WHOLE_FORMAT, centred=True),
        Column(tr.gettext("Completed on"), 13, DATE_FORMAT, centred=True),
        Column(tr.gettext("Latest note"), 36),
        Column(tr.gettext("Updated by"), 20),
        Column(tr.gettext("Updated at"), 17, DATETIME_FORMAT, centred=True),
        Column(tr.gettext("Each lead unit's part"), 40),
        Column(tr.gettext("Milestones in the period"), 34),
    ]
    if unit_report:
        # Status and progress are then the unit's own part; these say what else it is.
        columns += [
            Column(tr.gettext("Role of the unit"), 12, centred=True),
            Column(tr.gettext("Status of the task (all lead units)"), 20),
        ]
    return columns


def _task_row(line: TaskLine, report: Report, tr: Translator) -> list[CellValue]:
    update = line.last_update
    row: list[CellValue] = [
        line.code,
        line.section,
        line.title,
        _lead_names(line, tr),
        ", ".join(unit.name for unit in line.coordinating),
        line.deadline_text,
        ", ".join(tr.date(day) for day in line.due_dates),
        line_label(tr, line),
        line.percent,
        line.done_on,
        update.note if update else None,
        update.officer if update else None,
        _local(update.at, _zone(report)) if update else None,
        _shares_text(line, tr),
        _milestones_text(line, tr),
    ]
    if report.unit is not None:
        row += [_role_label(line, tr), status_label(tr, line.task_status)]
    return row


def _shares_text(line: TaskLine, tr: Translator) -> str:
    """Each lead unit's part, when there are several: the task is done when all are."""
    if len(line.shares) < 2:
        return ""
    done = sum(share.status in DONE_STATUSES for share in line.shares)
    heading = tr.gettext("{done}/{total} lead units done", done=done, total=len(line.shares))
    parts = [
        f"- {share.unit.name}: {share.percent}% ({status_label(tr, share.status)})"
        for share in line.shares
    ]
    return "\n".join([heading, *parts])


def _milestones_text(line: TaskLine, tr: Translator) -> str:
    """Each milestone the period counts, on its own line: ``30/09/2025: Quá hạn (40%)``;
    in a unit's report, the unit's own part of each."""
    return "\n".join(milestone_state(milestone, tr) for milestone in line.milestones)


def _role_label(line: TaskLine, tr: Translator) -> str:
    if line.role is UnitRole.COORDINATING:
        return tr.gettext("coordinating")
    return tr.gettext("lead")


def _lead_names(line: TaskLine, tr: Translator) -> str:
    if line.lead_is_all_units:
        return tr.gettext(ALL_UNITS_LABEL)
    return ", ".join(unit.name for unit in line.leads)


def _status_legend(sheet: Worksheet, row: int, *, column: int, tr: Translator) -> None:
    """A colour key: one cell per status, painted as the task rows are."""
    _put(sheet, row, column, tr.gettext("Colour key")).font = Font(bold=True)
    for offset, (status, colour) in enumerate(STATUS_FILLS.items(), start=1):
        cell = _put(sheet, row + offset, column, status_label(tr, status))
        cell.fill = _solid(colour)
        cell.border = _BORDER


# --- The lead units ----------------------------------------------------------------------------


def _fill_unit_sheet(sheet: Worksheet, report: Report, tr: Translator) -> None:
    """A row per lead unit (its parts); a commune's report adds them up below."""
    header_row = _title_block(sheet, report, tr)
    columns = [
        Column(tr.gettext("Lead unit"), 45),
        Column(tr.gettext("Number of tasks"), 12, WHOLE_FORMAT, centred=True),
        Column(tr.gettext("Completed on time"), 14, WHOLE_FORMAT, centred=True),
        Column(tr.gettext("Completed late"), 14, WHOLE_FORMAT, centred=True),
        Column(tr.gettext("In progress within the deadline"), 16, WHOLE_FORMAT, centred=True),
        Column(tr.gettext("Overdue, not completed"), 16, WHOLE_FORMAT, centred=True),
        Column(tr.gettext("Completion rate"), 13, RATE_FORMAT, centred=True),
        Column(tr.gettext("Tasks coordinated (not counted)"), 14, WHOLE_FORMAT, centred=True),
    ]
    own = report.unit_line
    groups = report.units if own is None else (own,)
    rows = [_counts_row(group.name, group.counts, group.coordinating.tasks) for group in groups]
    _write_table(sheet, header_row, columns, rows)
    if own is not None:
        return  # a unit's report: its one row is its totals
    parts_row = header_row + len(rows) + 1
    parts = report.parts
    coordinated = sum(group.coordinating.tasks for group in report.units)
    _total_row(
        sheet, parts_row, columns, _counts_row(tr.gettext("Sum of the parts"), parts, coordinated)
    )
    _total_row(
        sheet, parts_row + 1, columns, _counts_row(tr.gettext("Total"), report.totals, None)
    )
    if parts.tasks != report.totals.tasks:
        # "All units" tasks give every unit a part; say so before someone adds them up.
        note = tr.gettext(
            "Each lead unit is counted for its own part of a task, so a task led by several "
            "units is counted once in the line of each of them; it is completed when every "
            "one of them has completed its part. The total counts tasks."
        )
        _put(sheet, parts_row + 3, 1, note).font = Font(italic=True)


# --- The milestones ------------------------------------------------------------------------


def _fill_milestone_sheet(sheet: Worksheet, report: Report, tr: Translator) -> None:
    """A row per lead unit: its parts of the period's milestones in the official states;
    a commune's report adds them up below, beside its total of milestones."""
    header_row = _title_block(sheet, report, tr)
    columns = [
        Column(tr.gettext("Lead unit"), 45),
        Column(tr.gettext("Milestones"), 12, WHOLE_FORMAT, centred=True),
        Column(tr.gettext("Due so far"), 11, WHOLE_FORMAT, centred=True),
        *(
            Column(state.label, 14, WHOLE_FORMAT, centred=True)
            for state in official_states(report.milestone_totals, tr)
        ),
        Column(tr.gettext("Awaiting confirmation"), 13, WHOLE_FORMAT, centred=True),
        Column(tr.gettext("Completion rate"), 13, RATE_FORMAT, centred=True),
    ]
    own = report.unit_line
    groups = report.units if own is None else (own,)
    rows = [_milestones_row(group.name, group.milestones, tr) for group in groups]
    _write_table(sheet, header_row, columns, rows)
    below = header_row + len(rows) + 1
    if own is None:
        parts = sum_counts(group.milestones for group in report.units)
        _total_row(
            sheet, below, columns, _milestones_row(tr.gettext("Sum of the parts"), parts, tr)
        )
        below += 1
        _total_row(
            sheet,
            below,
            columns,
            _milestones_row(tr.gettext("Total"), report.milestone_totals, tr),
        )
        below += 1
    notes = [
        tr.gettext(
            "Awaiting confirmation: reported done, counted as not completed until a "
            "coordinator confirms."
        )
    ]
    if own is None:
        notes.append(
            tr.gettext(
                "Each lead unit is counted for its own part of a milestone; the total counts "
                "milestones, each completed when every lead unit has completed its part."
            )
        )
    for offset, note in enumerate(notes, start=1):
        _put(sheet, below + offset, 1, note).font = Font(italic=True)


def _milestones_row(name: str, counts: Counts, tr: Translator) -> list[CellValue]:
    return [
        name,
        counts.tasks,
        counts.due,
        *(state.count for state in official_states(counts, tr)),
        counts.awaiting,
        counts.completion_rate,
    ]


def _total_row(
    sheet: Worksheet, row: int, columns: Sequence[Column], values: Sequence[CellValue]
) -> None:
    for index, value in enumerate(values, start=1):
        cell = _put(sheet, row, index, value)
        cell.number_format = columns[index - 1].number_format
        cell.alignment = _CENTRE_TOP if columns[index - 1].centred else _WRAP_TOP
        cell.font = Font(bold=True)
        cell.border = _BORDER
        cell.fill = _solid(HEADER_FILL)


def _counts_row(name: str, counts: Counts, coordinated: int | None) -> list[CellValue]:
    # Tasks without a deadline are not late, so they join the "within the deadline" column
    # and each line adds up to its number of tasks.
    return [
        name,
        counts.tasks,
        counts.done_on_time,
        counts.done_late,
        counts.within_deadline,
        counts.overdue,
        counts.completion_rate,
        coordinated,
    ]


# --- The history -------------------------------------------------------------------------------


def _fill_history_sheet(
    sheet: Worksheet, report: Report, history: Sequence[HistoryRow], tr: Translator
) -> None:
    header_row = _title_block(sheet, report, tr)
    columns = [
        Column(tr.gettext("When"), 17, DATETIME_FORMAT, centred=True),
        Column(tr.gettext("Task code"), 9, centred=True),
        Column(tr.gettext("Task content"), 50),
        Column(tr.gettext("Officer"), 22),
        Column(tr.gettext("Unit"), 28),
        Column(tr.gettext("Kind"), 16),
        Column(tr.gettext("Progress (%)"), 10, WHOLE_FORMAT, centred=True),
        Column(tr.gettext("Note"), 45),
        Column(tr.gettext("Document number"), 18),
        Column(tr.gettext("File name"), 24),
        Column(tr.gettext("Counts for"), 28),
    ]
    zone = _zone(report)
    rows = [_history_row(entry, zone, tr) for entry in history]
    _write_table(sheet, header_row, columns, rows)


def _history_row(entry: HistoryRow, zone: tzinfo, tr: Translator) -> list[CellValue]:
    return [
        _local(entry.at, zone),
        entry.task_code,
        entry.task_title,
        entry.officer,
        entry.unit,
        _kind_label(entry.kind, tr),
        entry.percent,
        entry.note,
        entry.document_ref,
        entry.file_name,
        _part_label(entry.part, tr),
    ]


def _part_label(part: str | None, tr: Translator) -> str:
    """Whose part of the task an update counts for (models.progress.parts_of)."""
    if part is None:
        return tr.gettext("Every lead unit")
    if not part:
        return tr.gettext("No part (a coordinating unit's note)")
    return part


def _kind_label(kind: str, tr: Translator) -> str:
    if kind == ProgressKind.BLOCKER:
        return tr.gettext("Problem reported")
    return tr.gettext("Progress update")


# --- Shared layout -----------------------------------------------------------------------------


def _title_block(sheet: Worksheet, report: Report, tr: Translator) -> int:
    """Write the plan title and the report day above a table; return the header's row."""
    _put(sheet, 1, 1, report.plan_title).font = Font(bold=True, size=14)
    _put(sheet, 2, 1, scope_line(report, tr)).font = Font(italic=True)
    return TITLE_ROWS + 1


def scope_line(report: Report, tr: Translator) -> str:
    """The report's unit, period and day, as one line under a title."""
    parts = []
    if report.unit is not None:
        parts.append(tr.gettext("Unit: {unit}", unit=report.unit.name))
    period = period_line(report, tr)
    if period is not None:
        parts.append(period)
    parts.append(tr.gettext("As of {day}.", day=tr.weekday_date(report.as_of)))
    return " · ".join(parts)


def _write_table(
    sheet: Worksheet,
    header_row: int,
    columns: Sequence[Column],
    rows: Iterable[Sequence[CellValue]],
) -> None:
    """A bold header, the rows, widths, a frozen header and a filter over the whole table."""
    for index, column in enumerate(columns, start=1):
        cell = _put(sheet, header_row, index, column.title)
        cell.font = Font(bold=True)
        cell.fill = _solid(HEADER_FILL)
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        cell.border = _BORDER
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    last_row = header_row
    for last_row, values in enumerate(rows, start=header_row + 1):
        for index, (column, value) in enumerate(zip(columns, values, strict=True), start=1):
            cell = _put(sheet, last_row, index, value)
            cell.number_format = column.number_format
            cell.alignment = _CENTRE_TOP if column.centred else _WRAP_TOP
            cell.border = _BORDER
    last_column = get_column_letter(len(columns))
    sheet.freeze_panes = f"A{header_row + 1}"
    sheet.auto_filter.ref = f"A{header_row}:{last_column}{last_row}"
    # Printed on A4 landscape, one page wide, with the header repeated on every page.
    sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)


def _fill_row(sheet: Worksheet, row: int, width: int, colour: str) -> None:
    for index in range(1, width + 1):
        sheet.cell(row, index).fill = _solid(colour)


def _solid(colour: str) -> PatternFill:
    return PatternFill(fill_type="solid", start_color=colour, end_color=colour)


def _put(sheet: Worksheet, row: int, column: int, value: CellValue) -> Cell:
    """Set a cell's value; text is kept as text, whatever it starts with."""
    cell = sheet.cell(row, column)
    assert isinstance(cell, Cell), "no cell of these sheets is merged"
    if isinstance(value, str):
        # Control characters make openpyxl refuse the whole file (and Excel too); notes
        # stored before input was cleaned may still hold them.
        cell.value = clean_text(value)
        # openpyxl would turn "=..." into a formula and "#N/A" into an error: an officer's
        # note is never either, and a formula in it must not run on the reader's machine.
        cell.data_type = "s"
    else:
        cell.value = value
    return cell


def _zone(report: Report) -> tzinfo:
    zone = report.generated_at.tzinfo
    assert zone is not None, "reports are built at an aware instant"
    return zone


def _local(moment: datetime, zone: tzinfo) -> datetime:
    """The wall-clock time in the report's zone, naive, as Excel stores times."""
    return moment.astimezone(zone).replace(tzinfo=None)
