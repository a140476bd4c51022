"""The Excel workbook and the chart, opened again and checked against the report they render."""

from __future__ import annotations

import io
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

import pytest
from matplotlib import rc_context
from matplotlib.container import BarContainer
from matplotlib.image import imread
from matplotlib.legend import Legend
from matplotlib.patches import Rectangle
from matplotlib.text import Text
from openpyxl import load_workbook
from openpyxl.cell.cell import Cell
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import Engine
from sqlmodel import Session

from handlers.i18n import Translator
from handlers.reporting.chart import chart_png, status_chart
from handlers.reporting.excel import STATUS_FILLS, excel_report, sheet_name
from handlers.tasks import line_label, status_label
from models.clock import VIETNAM
from models.db import session_scope
from models.plans import latest_plan, task_by_code
from models.progress import HistoryRow, ProgressReading, plan_history, record_progress
from models.report import Report, build_report
from models.status import TaskStatus
from models.tables import Plan, ProgressKind
from tests.builders import register_unit_officers

REPORT_TIME = datetime(2025, 12, 5, 8, 0, tzinfo=VIETNAM)
TR = Translator("vi")
HEADER_ROW = 3  # below the plan title and the "Tính đến ..." line
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# The chart's segments: the four official states of the milestones, then those without
# a deadline yet.
FIVE_STATES = [
    "Hoàn thành đúng hạn",
    "Hoàn thành quá hạn",
    "Chưa hoàn thành, trong hạn",
    "Chưa hoàn thành, quá hạn",
    "Chưa có thời hạn",
]
SHEETS = ["Nhiệm vụ", "Theo đơn vị", "Mốc thời hạn", "Lịch sử cập nhật"]
FORMULA_NOTE = "=1+1 chưa rõ cách tính"


@dataclass(frozen=True)
class Update:
    """A progress update the test records: who, on which task, when, what."""

    task: str
    officer: str | None  # the unit code of the officer who writes it; None for the system
    at: datetime
    reading: ProgressReading
    kind: ProgressKind = ProgressKind.PROGRESS


def at(day: int, month: int, hour: int = 9) -> datetime:
    return datetime(2025, month, day, hour, 30, tzinfo=VIETNAM)


UPDATES = (
    # 1.1 (Phòng Văn hoá - Xã hội alone, due 31/07) finished on 15/08: late.
    Update("1.1", "vhxh", at(15, 8), ProgressReading(100, "đã ban hành", "12/KH-UBND")),
    # 1.2 (every unit leads it, due 31/07): Phòng Văn hoá - Xã hội did its own part on 15/08,
    # late; the other four lead units have not, so the task is overdue.
    Update("1.2", "vhxh", at(15, 8, 10), ProgressReading(100, "đã tổng hợp", "12/BC-UBND")),
    # 2 (due 19/09 and 19/12, a quarterly report): the 19/09 report made on time; the
    # 19/12 one is still to come, so the task is in progress.
    Update("2", "vhxh", at(10, 9), ProgressReading(100, "xong")),
    # 8 (Phòng Kinh tế, due 31/12): on time, with the product's document number.
    Update("8", "kinhte", at(20, 11, 15), ProgressReading(100, "đã ban hành", "31/BC-UBND")),
    # 12 (due 09/12): half done.
    Update("12", "vanphong", at(1, 12), ProgressReading(50, "đã gửi dự thảo")),
    # 9: a problem, without a percent, is still progress.
    Update("9", "vhxh", at(2, 12), ProgressReading(None, "thiếu kinh phí"), ProgressKind.BLOCKER),
    # 13: a note that Excel must not take for a formula, written by nobody in particular.
    Update("13", None, at(3, 12), ProgressReading(25, FORMULA_NOTE)),
)
OFFICERS = {
    "vhxh": "Trần Thị Hoa",
    "vanphong": "Lê Văn Cường",
    "kinhte": "Phạm Thị Dung",
}


@pytest.fixture
def plan_id(seeded_engine: Engine) -> int:
    """The bundled plan, with three officers and the updates above recorded."""
    officer_ids = register_unit_officers(seeded_engine, OFFICERS, now=at(1, 7))
    with session_scope(seeded_engine) as session:
        plan = latest_plan(session)
        assert plan is not None and plan.id is not None
        for update in UPDATES:
            task = task_by_code(session, plan.id, update.task)
            assert task is not None and task.id is not None
            record_progress(
                session,
                task_id=task.id,
                officer_id=None if update.officer is None else officer_ids[update.officer],
                now=update.at,
                reading=update.reading,
                kind=update.kind,
            )
        return plan.id


@pytest.fixture
def plan(session: Session, plan_id: int) -> Plan:
    found = session.get(Plan, plan_id)
    assert found is not None
    return found


@pytest.fixture
def report(session: Session, plan: Plan) -> Report:
    return build_report(session, plan, now=REPORT_TIME)


@pytest.fixture
def history(session: Session, plan_id: int) -> list[HistoryRow]:
    return plan_history(session, plan_id)


def open_sheet(data: bytes, title: str) -> Worksheet:
    sheet = load_workbook(io.BytesIO(data))[title]
    assert isinstance(sheet, Worksheet)
    return sheet


def row_values(sheet: Worksheet, row: int) -> list[object]:
    return [cell.value for cell in sheet[row]]


def excel_time(day: int, month: int, hour: int = 0, minute: int = 0) -> datetime:
    """A wall-clock time in Vietnam, naive, the way Excel keeps it."""
    return datetime(2025, month, day, hour, minute, tzinfo=VIETNAM).replace(tzinfo=None)


def shown(value: object) -> object:
    """A cell as the reader sees it: an empty text comes back from Excel as no value."""
    return "" if value is None else value


def header(sheet: Worksheet) -> list[object]:
    return row_values(sheet, HEADER_ROW)


# --- The workbook -----------------------------------------------------------------------------


def test_the_report_has_its_four_sheets_and_the_scenario_its_six_statuses(
    report: Report, history: list[HistoryRow]
) -> None:
    workbook = load_workbook(io.BytesIO(excel_report(report, history, TR)))
    assert workbook.sheetnames == SHEETS
    statuses = {line.code: line.status for line in report.tasks}
    assert statuses["1.1"] is TaskStatus.DONE_LATE
    assert statuses["1.2"] is TaskStatus.OVERDUE
    shared = next(line for line in report.tasks if line.code == "1.2")
    assert [share.status for share in shared.shares] == [TaskStatus.DONE_LATE] + 4 * [
        TaskStatus.OVERDUE
    ]
    assert statuses["8"] is TaskStatus.DONE_ON_TIME
    quarterly = next(line for line in report.tasks if line.code == "2")
    assert [milestone.status for milestone in quarterly.milestones] == [
        TaskStatus.DONE_ON_TIME,
        TaskStatus.NOT_STARTED,
    ]
    assert statuses["2"] is statuses["12"] is statuses["9"] is TaskStatus.IN_PROGRESS
    assert statuses["17"] is TaskStatus.NO_DEADLINE
    assert statuses["3"] is TaskStatus.NOT_STARTED


def test_each_sheet_opens_with_the_plan_title_and_the_report_day(
    report: Report, history: list[HistoryRow]
) -> None:
    data = excel_report(report, history, TR)
    for title in SHEETS:
        sheet = open_sheet(data, title)
        assert sheet["A1"].value == report.plan_title
        assert sheet["A2"].value == "Tính đến thứ Sáu, 05/12/2025."


def test_the_task_sheet_has_every_task_in_plan_order_with_its_status_and_percent(
    report: Report, history: list[HistoryRow]
) -> None:
    sheet = open_sheet(excel_report(report, history, TR), "Nhiệm vụ")
    assert header(sheet) == [
        "Mã",
        "Mục",
        "Nội dung nhiệm vụ",
        "Cơ quan chủ trì",
        "Cơ quan phối hợp",
        "Thời hạn",
        "Hạn",
        "Trạng thái",
        "Tiến độ (%)",
        "Ngày hoàn thành",
        "Ghi chú mới nhất",
        "Người cập nhật",
        "Thời điểm cập nhật",
        "Phần việc của từng cơ quan chủ trì",
        "Các mốc trong kỳ",
    ]
    for row, line in enumerate(report.tasks, start=HEADER_ROW + 1):
        values = row_values(sheet, row)
        assert values[0] == line.code
        assert values[1] == line.section
        assert values[2] == line.title
        assert shown(values[5]) == line.deadline_text
        # Awaiting confirmation, or the task's status.
        assert values[7] == line_label(TR, line)
        assert values[8] == line.percent
    # The legend sits below the table, after one empty row.
    assert sheet.cell(HEADER_ROW + len(report.tasks) + 1, 1).value is None


def test_task_rows_read_as_an_official_would_write_them(
    report: Report, history: list[HistoryRow]
) -> None:
    sheet = open_sheet(excel_report(report, history, TR), "Nhiệm vụ")
    rows = {sheet.cell(row, 1).value: row_values(sheet, row) for row in range(4, 4 + 35)}
    late = rows["1.1"]
    assert late[3] == "Phòng Văn hoá - Xã hội"
    assert late[6] == "31/07/2025"
    assert late[7] == "Hoàn thành quá hạn"
    assert late[8] == 100
    assert late[9] == excel_time(15, 8)  # Excel keeps dates as datetimes
    assert shown(late[13]) == ""  # one lead unit: its part is the task
    shared = rows["1.2"]
    assert shared[3] == "Các phòng, ban, ngành; đơn vị có liên quan"
    # One of five lead units has done its part: the task is overdue, at 20%.
    assert shared[7:10] == ["Quá hạn", 20, None]
    assert str(shared[13]).splitlines() == [
        "1/5 cơ quan chủ trì đã hoàn thành",
        "- Phòng Văn hoá - Xã hội: 100% (Hoàn thành quá hạn)",
        "- Văn phòng HĐND và UBND xã: 0% (Quá hạn)",
        "- Phòng Kinh tế: 0% (Quá hạn)",
        "- Trung tâm Phục vụ hành chính công: 0% (Quá hạn)",
        "- Trung tâm Sự nghiệp công và Cổng thông tin điện tử xã: 0% (Quá hạn)",
    ]
    assert rows["2"][6] == "19/09/2025, 19/12/2025"
    assert rows["2"][7] == "Đang thực hiện"
    half = rows["12"]
    assert half[3] == "Văn phòng HĐND và UBND xã"
    assert half[5] == "Trước ngày 10/12/2025"
    assert half[6] == "09/12/2025"
    assert half[7:13] == [
        "Đang thực hiện",
        50,
        None,
        "đã gửi dự thảo",
        "Lê Văn Cường",
        excel_time(1, 12, 9, 30),  # local wall-clock time, not UTC
    ]
    assert rows["1.2"][7] == "Quá hạn"
    assert rows["17"][7] == "Chưa có thời hạn"
    assert rows["3"][7] == "Chưa triển khai"
    assert rows["3"][8] == 0
    assert rows["3"][10:13] == [None, None, None]


def test_dates_and_times_are_real_excel_values_with_vietnamese_formats(
    report: Report, history: list[HistoryRow]
) -> None:
    sheet = open_sheet(excel_report(report, history, TR), "Nhiệm vụ")
    row = next(row for row in range(4, 4 + 35) if sheet.cell(row, 1).value == "8")
    done_on, percent, updated_at = sheet.cell(row, 10), sheet.cell(row, 9), sheet.cell(row, 13)
    assert isinstance(done_on, Cell) and isinstance(updated_at, Cell)
    assert done_on.is_date and done_on.number_format == "dd/mm/yyyy"
    assert done_on.value == excel_time(20, 11)
    assert updated_at.is_date and updated_at.number_format == "dd/mm/yyyy hh:mm"
    assert updated_at.value == excel_time(20, 11, 15, 30)
    assert percent.data_type == "n"


def test_the_task_header_is_frozen_and_filtered_over_the_whole_table(
    report: Report, history: list[HistoryRow]
) -> None:
    sheet = open_sheet(excel_report(report, history, TR), "Nhiệm vụ")
    last_row = HEADER_ROW + len(report.tasks)
    assert sheet.freeze_panes == "A4"
    assert sheet.auto_filter.ref == f"A{HEADER_ROW}:O{last_row}"
    assert all(cell.font.bold for cell in sheet[HEADER_ROW])
    assert sheet.cell(HEADER_ROW + 1, 3).alignment.wrap_text
    assert sheet.column_dimensions["C"].width > sheet.column_dimensions["A"].width


def test_each_status_paints_its_rows_in_its_own_colour(
    report: Report, history: list[HistoryRow]
) -> None:
    sheet = open_sheet(excel_report(report, history, TR), "Nhiệm vụ")
    colours: dict[TaskStatus, set[str]] = defaultdict(set)
    for row, line in enumerate(report.tasks, start=HEADER_ROW + 1):
        colours[line.status].update(str(cell.fill.fgColor.rgb)[-6:] for cell in sheet[row])
    assert set(colours) == set(TaskStatus)
    assert all(len(shades) == 1 for shades in colours.values())  # the whole row, one colour
    assert len({shades.pop() for shades in colours.values()}) == len(TaskStatus)


def test_a_legend_below_the_table_names_each_colour(
    report: Report, history: list[HistoryRow]
) -> None:
    sheet = open_sheet(excel_report(report, history, TR), "Nhiệm vụ")
    legend_row = HEADER_ROW + len(report.tasks) + 2
    assert sheet.cell(legend_row, 3).value == "Chú giải màu"
    keys = {
        sheet.cell(row, 3).value: str(sheet.cell(row, 3).fill.fgColor.rgb)[-6:]
        for row in range(legend_row + 1, legend_row + 1 + len(STATUS_FILLS))
    }
    assert keys == {status_label(TR, status): colour for status, colour in STATUS_FILLS.items()}


def test_the_unit_sheet_repeats_the_report_units_and_totals(
    report: Report, history: list[HistoryRow]
) -> None:
    sheet = open_sheet(excel_report(report, history, TR), "Theo đơn vị")
    assert header(sheet) == [
        "Cơ quan chủ trì",
        "Số nhiệm vụ",
        "Hoàn thành đúng hạn",
        "Hoàn thành quá hạn",
        "Đang thực hiện trong hạn",
        "Quá hạn chưa hoàn thành",
        "Tỷ lệ hoàn thành",
        "Nhiệm vụ phối hợp (không tính)",
    ]
    for row, group in enumerate(report.units, start=HEADER_ROW + 1):
        counts = group.counts
        values = row_values(sheet, row)
        assert values[:6] == [
            group.name,
            counts.tasks,
            counts.done_on_time,
            counts.done_late,
            counts.in_progress + counts.no_deadline,
            counts.overdue,
        ]
        assert values[6] == pytest.approx(counts.completion_rate)
        assert values[7] == group.coordinating.tasks
        assert sum(values[2:6]) == counts.tasks  # type: ignore[arg-type]
        assert sheet.cell(row, 7).number_format == "0.0%"
    parts_row = HEADER_ROW + len(report.units) + 1
    parts = report.parts
    assert row_values(sheet, parts_row)[:7] == [
        "Cộng các phần việc",
        sum(group.counts.tasks for group in report.units),
        parts.done_on_time,
        parts.done_late,
        parts.in_progress + parts.no_deadline,
        parts.overdue,
        pytest.approx(parts.completion_rate),
    ]
    totals = report.totals
    assert row_values(sheet, parts_row + 1) == [
        "Tổng cộng",
        totals.tasks,
        totals.done_on_time,
        totals.done_late,
        totals.in_progress + totals.no_deadline,
        totals.overdue,
        pytest.approx(totals.completion_rate),
        None,
    ]
    assert sheet.cell(parts_row + 1, 2).font.bold
    assert sheet.freeze_panes == "A4"
    assert sheet.auto_filter.ref == f"A{HEADER_ROW}:H{parts_row - 1}"


def test_the_unit_sheet_says_why_the_total_is_not_the_sum_of_the_units(
    report: Report, history: list[HistoryRow]
) -> None:
    # Tasks 1.2, 15.1, 16 and 30 are led by every unit and counted in each unit's line.
    assert sum(group.counts.tasks for group in report.units) > report.totals.tasks
    sheet = open_sheet(excel_report(report, history, TR), "Theo đơn vị")
    note = sheet.cell(HEADER_ROW + len(report.units) + 4, 1).value
    assert isinstance(note, str) and "Dòng Tổng cộng tính theo số nhiệm vụ" in note


def test_the_history_sheet_has_every_update(report: Report, history: list[HistoryRow]) -> None:
    sheet = open_sheet(excel_report(report, history, TR), "Lịch sử cập nhật")
    assert header(sheet) == [
        "Thời điểm",
        "Mã nhiệm vụ",
        "Nội dung nhiệm vụ",
        "Cán bộ",
        "Đơn vị",
        "Loại",
        "Tiến độ (%)",
        "Ghi chú",
        "Số, ký hiệu văn bản",
        "Tệp đính kèm",
        "Tính cho",
    ]
    assert len(history) == len(UPDATES)
    last_row = HEADER_ROW + len(history)
    assert sheet.max_row == last_row
    for row, entry in enumerate(history, start=HEADER_ROW + 1):
        values = row_values(sheet, row)
        assert values[0] == entry.at.astimezone(VIETNAM).replace(tzinfo=None)
        assert [shown(value) for value in values[1:5]] == [
            entry.task_code,
            entry.task_title,
            entry.officer,
            entry.unit,
        ]
        assert values[6] == entry.percent
        assert shown(values[7]) == entry.note
        assert [shown(value) for value in values[8:10]] == [entry.document_ref, entry.file_name]
    assert sheet.freeze_panes == "A4"
    assert sheet.auto_filter.ref == f"A{HEADER_ROW}:K{last_row}"


def test_history_rows_read_in_vietnamese_and_local_time(
    report: Report, history: list[HistoryRow]
) -> None:
    sheet = open_sheet(excel_report(report, history, TR), "Lịch sử cập nhật")
    rows = range(HEADER_ROW + 1, HEADER_ROW + 1 + len(history))
    by_code = {sheet.cell(row, 2).value: row_values(sheet, row) for row in rows}
    assert by_code["8"] == [
        excel_time(20, 11, 15, 30),
        "8",
        by_code["8"][2],
        "Phạm Thị Dung",
        "Phòng Kinh tế",
        "Cập nhật tiến độ",
        100,
        "đã ban hành",
        "31/BC-UBND",
        None,
        "Phòng Kinh tế",  # the lead unit's own part
    ]
    assert by_code["9"][5:8] == ["Báo vướng mắc", None, "thiếu kinh phí"]
    assert by_code["13"][3:5] == [None, None]  # a system entry has no officer
    assert by_code["13"][10] == "Tất cả cơ quan chủ trì"  # and counts for the whole task


def test_a_note_that_looks_like_a_formula_stays_text(
    report: Report, history: list[HistoryRow]
) -> None:
    data = excel_report(report, history, TR)
    sheet = open_sheet(data, "Lịch sử cập nhật")
    note = next(cell for cell in sheet["H"] if cell.value == FORMULA_NOTE)
    assert note.data_type == "s"
    tasks = open_sheet(data, "Nhiệm vụ")
    assert any(cell.value == FORMULA_NOTE and cell.data_type == "s" for cell in tasks["K"])


def test_a_unit_and_quarter_report_says_so_and_lists_only_its_tasks(
    session: Session, plan: Plan, history: list[HistoryRow]
) -> None:
    report = build_report(session, plan, now=REPORT_TIME, unit_code="kinhte", quarter=4)
    sheet = open_sheet(excel_report(report, history, TR), "Nhiệm vụ")
    assert sheet["A2"].value == (
        "Đơn vị: Phòng Kinh tế · Quý IV/2025 (từ 01/10/2025 đến 31/12/2025) · "
        "Tính đến thứ Sáu, 05/12/2025."
    )
    codes = [sheet.cell(row, 1).value for row in range(4, 4 + len(report.tasks))]
    assert codes == [line.code for line in report.tasks]
    assert sheet.auto_filter.ref == f"A3:Q{3 + len(report.tasks)}"


def test_a_workbook_without_history_still_has_its_history_header(report: Report) -> None:
    sheet = open_sheet(excel_report(report, [], TR), "Lịch sử cập nhật")
    assert header(sheet)[0] == "Thời điểm"
    assert sheet.auto_filter.ref == "A3:K3"


def test_sheet_names_are_ones_excel_accepts() -> None:
    assert sheet_name("Tiến độ [quý 4/2025]: đơn vị *") == "Tiến độ -quý 4-2025-- đơn vị -"
    assert len(sheet_name("x" * 40)) == 31


def test_english_readers_get_english_sheets(report: Report, history: list[HistoryRow]) -> None:
    workbook = load_workbook(io.BytesIO(excel_report(report, history, Translator("en"))))
    assert workbook.sheetnames == ["Tasks", "By unit", "Milestones", "Update history"]


# --- The chart --------------------------------------------------------------------------------


def bar_totals(report: Report) -> dict[str, float]:
    """Add up the bar segments of each unit's row, read back from the drawn rectangles."""
    axes = status_chart(report, TR).axes[0]
    names = {
        round(tick): label.get_text()
        for tick, label in zip(axes.get_yticks(), axes.get_yticklabels(), strict=True)
    }
    totals: dict[str, float] = defaultdict(float)
    for patch in axes.patches:
        assert isinstance(patch, Rectangle)
        row = round(patch.get_y() + patch.get_height() / 2)
        totals[names[row].replace("\n", " ")] += patch.get_width()
    return dict(totals)


def test_each_bar_adds_up_to_the_unit_milestones(report: Report) -> None:
    # A unit's parts of the period's milestones (the whole plan: every due date).
    assert bar_totals(report) == {group.name: group.milestones.tasks for group in report.units}


def test_each_segment_is_one_official_status(report: Report) -> None:
    axes = status_chart(report, TR).axes[0]
    kinhte = [group.name for group in report.units].index("Phòng Kinh tế")
    counts = report.units[kinhte].milestones
    bars = [container for container in axes.containers if isinstance(container, BarContainer)]
    by_status = {bar.get_label(): bar.patches[kinhte].get_width() for bar in bars}
    assert by_status == dict(
        zip(
            FIVE_STATES,
            (
                counts.done_on_time,
                counts.done_late,
                counts.in_progress,
                counts.overdue,
                counts.no_deadline,
            ),
            strict=True,
        )
    )
    # Task 8 on time; its part of 1.2 (every unit's) is not done, whoever did theirs.
    assert counts.done_on_time == 1 and counts.done_late == 0


def test_the_chart_reads_in_vietnamese(report: Report) -> None:
    figure = status_chart(report, TR)
    axes = figure.axes[0]
    legend = axes.get_legend()
    assert isinstance(legend, Legend)
    assert [text.get_text() for text in legend.get_texts()] == FIVE_STATES
    labels = [label.get_text() for label in axes.get_yticklabels()]
    # The long names go on two lines; the short ones stay on one.
    assert labels[0] == "Phòng Văn hoá - Xã hội"
    assert labels[-1] == "Trung tâm Sự nghiệp công và\nCổng thông tin điện tử xã"
    assert axes.get_title() == "Các mốc thời hạn trong kỳ theo cơ quan chủ trì"
    texts = [text.get_text() for text in figure.findobj(Text)]
    assert any(
        text.startswith(f"{report.plan_title}\nTính đến thứ Sáu, 05/12/2025.") for text in texts
    )
    # Phòng Kinh tế's milestones: task 8's on time, its part of 1.2 not, ...
    [kinhte] = [group.milestones for group in report.units if group.code == "kinhte"]
    assert f"{kinhte.done}/{kinhte.tasks}, đạt {TR.percent(kinhte.completion_rate)}" in texts


def test_every_text_of_the_chart_is_set_in_a_font_with_vietnamese_letters(
    report: Report,
) -> None:
    # Whatever the process-wide settings say (a serif font here), the chart names its own.
    with rc_context({"font.family": "serif"}):
        figure = status_chart(report, TR)
        figure.canvas.draw()  # makes the tick labels the axes only create when drawn
        texts = [text for text in figure.findobj(Text) if text.get_text()]
        assert len(texts) > 20
        assert {text.get_fontname() for text in texts} == {"DejaVu Sans"}


def test_the_chart_is_a_png_of_1600_by_900(report: Report) -> None:
    data = chart_png(report, TR)
    assert data.startswith(PNG_SIGNATURE)
    pixels = imread(io.BytesIO(data), format="png")
    assert pixels.shape[:2] == (900, 1600)


def test_a_quarter_report_draws_its_own_bars(session: Session, plan: Plan) -> None:
    report = build_report(session, plan, now=REPORT_TIME, quarter=3)
    assert bar_totals(report) == {group.name: group.milestones.tasks for group in report.units}
    assert chart_png(report, TR).startswith(PNG_SIGNATURE)


def test_the_chart_and_the_sheets_name_the_same_scope(
    session: Session, plan: Plan, history: list[HistoryRow]
) -> None:
    report = build_report(session, plan, now=REPORT_TIME, unit_code="kinhte", quarter=4)
    scope = open_sheet(excel_report(report, history, TR), "Theo đơn vị")["A2"].value
    assert scope == (
        "Đơn vị: Phòng Kinh tế · Quý IV/2025 (từ 01/10/2025 đến 31/12/2025) · "
        "Tính đến thứ Sáu, 05/12/2025."
    )
    texts = [text.get_text() for text in status_chart(report, TR).findobj(Text)]
    assert any(text.startswith(f"{report.plan_title}\n{scope}") for text in texts)
