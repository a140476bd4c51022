"""Word and Excel plans as clerks make them: each habit alone, then all of them together.

Every variant of the same plan must read back as the same tasks with the same units,
with no problem, and import into a new ward whose units it sets up itself.
"""

from __future__ import annotations

import io
from datetime import date, datetime

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, col, select

from handlers.i18n import translator
from models.clock import VIETNAM
from models.db import session_scope
from models.planfile import PlanReading, read_plan
from models.planimport import apply_preview, preview_file
from models.tables import Organisation, Plan, Task, TaskUnit, Unit, UnitRole
from tests.planfile.clerk import (
    EXISTING_UNITS,
    HABITS,
    NUMBER,
    TITLE,
    Expected,
    excel,
    expected,
    title_lines,
    word,
)

NOW = datetime(2026, 1, 15, 9, 0, tzinfo=VIETNAM)
EXCEL_HABITS = [habit for habit in HABITS if habit != "split_tables"]


def tasks_read(reading: PlanReading) -> list[Expected]:
    return [
        Expected(
            task.code,
            task.section,
            task.title,
            reading.assignments[task.code].lead,
            reading.assignments[task.code].coordinating,
            task.deadline,
            task.product,
        )
        for task in reading.document.tasks
    ]


def check(reading: PlanReading, habits: tuple[str, ...]) -> None:
    assert [problem.message.render() for problem in reading.problems] == []
    assert tasks_read(reading) == expected(habits)
    # The two standard units the ward lacks are set up from the file, nothing else.
    assert [(unit.code, unit.name) for unit in reading.new_units] == [
        ("ktht", "Phòng Kinh tế, Hạ tầng và Đô thị"),
        ("pvhcc", "Trung tâm Phục vụ hành chính công"),
    ]


@pytest.mark.parametrize("habit", EXCEL_HABITS)
def test_each_habit_alone_in_excel(habit: str) -> None:
    check(read_plan("ke-hoach.xlsx", excel((habit,)), EXISTING_UNITS), (habit,))


@pytest.mark.parametrize("habit", HABITS)
def test_each_habit_alone_in_word(habit: str) -> None:
    check(read_plan("ke-hoach.docx", word((habit,)), EXISTING_UNITS), (habit,))


def test_all_habits_together_in_excel() -> None:
    check(read_plan("ke-hoach.xlsx", excel(EXCEL_HABITS), EXISTING_UNITS), tuple(EXCEL_HABITS))


def test_all_habits_together_in_word() -> None:
    check(read_plan("ke-hoach.docx", word(HABITS), EXISTING_UNITS), HABITS)


@pytest.mark.parametrize(("name", "make"), [("kh.docx", word), ("kh.xlsx", excel)])
def test_the_first_page_says_what_the_plan_is(name: str, make: object) -> None:
    assert callable(make)
    reading = read_plan(name, make(("title_rows",)), EXISTING_UNITS)
    header = reading.header
    assert header.title == TITLE
    assert header.number == NUMBER
    assert header.issued_on == date(2026, 1, 10)
    assert (header.commune, header.authority, header.place) == (
        "Phường Hòa Xuân",
        "Ủy ban nhân dân phường Hòa Xuân",
        "Hòa Xuân",
    )
    assert (header.start, header.end) == (date(2026, 1, 1), date(2026, 12, 31))


@pytest.mark.parametrize(
    "below",
    [
        "Thực hiện Kế hoạch số 120/KH-UBND ngày 20/12/2025 của UBND thành phố, UBND phường "
        "ban hành Kế hoạch như sau:",
        "Nhằm nâng cao chất lượng phục vụ người dân, UBND phường ban hành Kế hoạch như sau:",
        "Thời gian thực hiện: từ ngày 01/01/2026 đến ngày 31/12/2026.",
        "A. MỤC ĐÍCH, YÊU CẦU",
        "PHỤ LỤC",
    ],
)
def test_the_title_stops_where_the_body_begins(below: str) -> None:
    # Without a rule of dashes under the title (a drawn line is no text), the paragraph
    # that follows was read as the title's second line.
    reading = read_plan("kh.docx", word(lines=[*title_lines(), below]), EXISTING_UNITS)
    assert reading.header.title == TITLE


def _workbook(rows: list[list[str]]) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


_FLAT_HEADER = ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Sản phẩm"]


def test_a_plain_list_of_tasks_without_sections_is_one_section() -> None:
    # Short plans number their tasks 1..N without "I.", "II." rows: every task was refused.
    data = _workbook(
        [
            [TITLE],
            _FLAT_HEADER,
            ["1", "Việc một", "Phòng Văn hoá - Xã hội", "", "Quý II/2026", "Báo cáo"],
            ["2", "Việc hai", "Văn phòng HĐND và UBND phường", "", "Quý III/2026", "Báo cáo"],
        ]
    )
    reading = read_plan("kh.xlsx", data, EXISTING_UNITS)
    assert reading.problems == ()
    assert [(section.code, section.title) for section in reading.document.sections] == [
        ("I", "Nhiệm vụ")
    ]
    assert [(task.code, task.section) for task in reading.document.tasks] == [
        ("1", "I"),
        ("2", "I"),
    ]


def test_a_task_above_the_first_section_of_a_sectioned_table_is_a_problem() -> None:
    data = _workbook(
        [
            [TITLE],
            _FLAT_HEADER,
            ["1", "Việc một", "Phòng Văn hoá - Xã hội", "", "Quý II/2026", "Báo cáo"],
            ["II.", "Cải cách thủ tục hành chính"],
            ["2", "Việc hai", "Phòng Văn hoá - Xã hội", "", "Quý III/2026", "Báo cáo"],
        ]
    )
    [problem] = read_plan("kh.xlsx", data, EXISTING_UNITS).problems
    assert problem.row == 3 and problem.column == "STT"
    assert (
        translator("vi")
        .render(problem.message)
        .startswith(
            "Nhiệm vụ này nằm trước mọi dòng tiêu đề phần (một dòng như “I | Chỉ đạo điều hành”)"
        )
    )


def test_a_sentence_naming_another_plan_is_not_the_plans_number() -> None:
    # The body cites "Kế hoạch số 12/KH-UBND của UBND thành phố": not this plan's number.
    reading = read_plan("kh.docx", word(()), EXISTING_UNITS)
    assert reading.header.number is None and reading.header.title is None


def test_the_appendix_of_the_bundled_plan_as_a_clerk_types_it() -> None:
    # Task 1 of the real appendix: one STT over two rows, the second a "-" sub-row.
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in (
        ["UBND XÃ NGHI DƯƠNG"],
        ["DANH MỤC NHIỆM VỤ CỤ THỂ TRIỂN KHAI, THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH"],
        ["6 THÁNG CUỐI NĂM 2025"],
        [
            "TT",
            "Nội dung nhiệm vụ",
            "Cơ quan chủ trì",
            "Cơ quan phối hợp",
            "Thời gian thực hiện/ hoàn thành",
            "Sản phẩm",
        ],
        ["I. Chỉ đạo điều hành, kiểm tra và tuyên truyền"],
        [
            "1",
            "Ban hành Kế hoạch cải cách hành chính 6 tháng cuối năm 2025\n- Uỷ ban nhân dân xã",
            "Phòng Văn hoá - Xã hội",
            "Các phòng, ban, ngành; đơn vị có liên quan",
            "Trong tháng 7/2025",
            "Kế hoạch của UBND xã",
        ],
        [
            None,
            "- Các phòng, ban, ngành, đơn vị có liên quan",
            "Các phòng, ban, ngành; đơn vị",
            None,
            "Trong tháng 7/2025",
            "Các phòng, ban, ngành; đơn vị có liên quan",
        ],
    ):
        sheet.append(row)
    sheet.merge_cells("A6:A7")
    sheet.merge_cells("A5:F5")
    import io

    buffer = io.BytesIO()
    workbook.save(buffer)
    units = [*EXISTING_UNITS]
    reading = read_plan("phu-luc.xlsx", buffer.getvalue(), units)
    assert reading.problems == ()
    first, second = reading.document.tasks
    assert (first.code, first.title) == (
        "1.1",
        "Ban hành Kế hoạch cải cách hành chính 6 tháng cuối năm 2025 (Uỷ ban nhân dân xã)",
    )
    assert (second.code, second.title) == (
        "1.2",
        "Ban hành Kế hoạch cải cách hành chính 6 tháng cuối năm 2025 "
        "(Các phòng, ban, ngành, đơn vị có liên quan)",
    )
    assert reading.document.sections[0].code == "I"
    assert (reading.header.start, reading.header.end) == (date(2025, 7, 1), date(2025, 12, 31))
    assert reading.header.commune == "Xã Nghi Dương"
    all_codes = ("vanphong", "vhxh")
    assert reading.assignments["1.1"].lead == ("vhxh",)
    assert reading.assignments["1.2"].lead == all_codes
    assert reading.assignments["1.2"].coordinating == ()


def test_a_new_ward_sets_up_its_units_from_its_word_plan(engine: Engine) -> None:
    with session_scope(engine) as session:
        preview = preview_file(session, "ke-hoach.docx", word(HABITS), commune="hoa-xuan")
        assert preview.problems == ()
        assert preview.new_commune and preview.new_plan
        assert preview.plan is not None
        assert (preview.plan.code, preview.plan.title, preview.plan.decision) == (
            "kh-45-2026",
            TITLE,
            NUMBER,
        )
        summary = apply_preview(session, preview, now=NOW)
    assert summary.created == ["1", "2.1", "2.2", "3", "4", "5"]
    with Session(engine) as session:
        ward = session.exec(select(Organisation).where(Organisation.code == "hoa-xuan")).one()
        assert (ward.name, ward.authority, ward.place) == (
            "Phường Hòa Xuân",
            "Ủy ban nhân dân phường Hòa Xuân",
            "Hòa Xuân",
        )
        units = {
            unit.code: unit.name
            for unit in session.exec(select(Unit).where(Unit.organisation_id == ward.id))
        }
        assert units == {
            "vhxh": "Phòng Văn hoá - Xã hội",
            "ktht": "Phòng Kinh tế, Hạ tầng và Đô thị",
            "vanphong": "Văn phòng HĐND và UBND",
            "pvhcc": "Trung tâm Phục vụ hành chính công",
        }
        plan = session.exec(select(Plan).where(Plan.organisation_id == ward.id)).one()
        assert (plan.period_start, plan.period_end) == (date(2026, 1, 1), date(2026, 12, 31))
        by_code = {unit_id: code for code, unit_id in _unit_ids(session, ward.id)}
        links = session.exec(
            select(Task.code, TaskUnit.unit_id, TaskUnit.role)
            .join(TaskUnit, col(TaskUnit.task_id) == Task.id)
            .where(Task.plan_id == plan.id)
        ).all()
    roles: dict[str, dict[str, set[str]]] = {}
    for code, unit_id, role in links:
        roles.setdefault(code, {"lead": set(), "coordinating": set()})[
            "lead" if role == UnitRole.LEAD else "coordinating"
        ].add(by_code[unit_id])
    for task in expected(HABITS):
        assert roles[task.code]["lead"] == set(task.lead), task.code
        assert roles[task.code]["coordinating"] == set(task.coordinating), task.code


def _unit_ids(session: Session, organisation_id: int | None) -> list[tuple[str, int]]:
    return [
        (unit.code, unit.id)
        for unit in session.exec(select(Unit).where(Unit.organisation_id == organisation_id))
        if unit.id is not None
    ]


def _renumbered_excel(first: str, second: str) -> bytes:
    """Task 2's rows "a", "b" numbered as the clerk wrote them ("2a", "2.a", "2-a")."""
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(excel(("lettered_subs",))))
    sheet = book.active
    assert sheet is not None
    for row in sheet.iter_rows():
        if row[0].value in {"a", "b"}:
            row[0].value = first if row[0].value == "a" else second
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _renumbered_word(first: str, second: str) -> bytes:
    import docx

    document = docx.Document(io.BytesIO(word(("lettered_subs",))))
    for row in document.tables[-1].rows:
        cell = row.cells[0]
        if cell.text.strip() in {"a", "b"}:
            cell.text = first if cell.text.strip() == "a" else second
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("first", "second"),
    [("2a", "2b"), ("2.a", "2.b"), ("2-a", "2-b"), ("2A", "2B"), ("2a)", "2b)"), ("2.1", "2.2")],
)
def test_sub_rows_numbered_with_their_tasks_number_and_a_letter(first: str, second: str) -> None:
    """ "7a", "7b" under task 7 were refused as "not a number like 12 or 15.2", while "a",
    "b" and "7.1" were read: they are task 7's parts 7.1 and 7.2 too."""
    habits = ("lettered_subs",)
    check(read_plan("ke-hoach.xlsx", _renumbered_excel(first, second), EXISTING_UNITS), habits)
    check(read_plan("ke-hoach.docx", _renumbered_word(first, second), EXISTING_UNITS), habits)


def test_a_lettered_number_without_its_task_above_is_that_tasks_part() -> None:
    """ "7a", "7b" with no row "7" above them: tasks 7.1 and 7.2, as "7.1", "7.2" would be."""
    table = (
        "TT;Nội dung nhiệm vụ;Cơ quan chủ trì;Cơ quan phối hợp;Thời gian thực hiện;Sản phẩm\n"
        "I;Chỉ đạo điều hành;;;;\n"
        "6;Ban hành kế hoạch;vhxh;;Quý I/2026;Kế hoạch\n"
        "7a;Tự kiểm tra đợt 1;vhxh;;Quý II/2026;Báo cáo\n"
        "7b;Tự kiểm tra đợt 2;vanphong;;Quý IV/2026;Báo cáo\n"
        "8;Niêm yết công khai TTHC;vanphong;;Hằng quý;Báo cáo\n"
    )
    reading = read_plan("ke-hoach.csv", table.encode(), EXISTING_UNITS)
    assert [problem.message.render() for problem in reading.problems] == []
    tasks = [(task.code, task.title) for task in reading.document.tasks]
    assert tasks == [
        ("6", "Ban hành kế hoạch"),
        ("7.1", "Tự kiểm tra đợt 1"),
        ("7.2", "Tự kiểm tra đợt 2"),
        ("8", "Niêm yết công khai TTHC"),
    ]


def _with_notes(data: bytes, note: str) -> bytes:
    """The clerk's workbook with a "Ghi chú" column after "Sản phẩm", ``note`` on task 3."""
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(data))
    sheet = book.active
    assert sheet is not None
    for row in sheet.iter_rows():
        if row[0].value == "TT":
            sheet.cell(row[0].row, 7).value = "Ghi chú"
        elif row[0].value == "3":
            sheet.cell(row[0].row, 7).value = note or None
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_a_notes_column_is_named_as_not_imported_only_when_written_in() -> None:
    """A task has no field for a note: the column was dropped silently; now the reading
    names it (the preview says so once), and an empty one is not worth a word."""
    written = read_plan("kh.xlsx", _with_notes(excel(), "Phối hợp Công an xã"), EXISTING_UNITS)
    check(written, ())
    assert written.document.unread_columns == ("Ghi chú",)
    empty = read_plan("kh.xlsx", _with_notes(excel(), ""), EXISTING_UNITS)
    assert empty.document.unread_columns == ()
