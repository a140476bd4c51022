"""Plan import and export: round trips, revisions, and bad files that change nothing."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import Engine
from sqlmodel import Session, col, select
from typer.testing import CliRunner

from bot.cli import app
from models.clock import VIETNAM
from models.db import session_scope
from models.planfile import PlanFileError, read_plan_file, write_xlsx, write_yaml
from models.plans import ImportSummary, export_plan, find_plan, import_plan
from models.tables import DueDate, ProgressUpdate, Task, TaskUnit

LATER = datetime(2025, 9, 1, 9, 0, tzinfo=VIETNAM)
ALL_LABEL = "Các phòng, ban, ngành; đơn vị có liên quan"


def snapshot(engine: Engine) -> list[str]:
    with Session(engine) as session:
        tasks = [
            (t.code, t.title, t.product, t.deadline_text, t.schedule_kind, t.archived_at)
            for t in session.exec(select(Task).order_by(Task.code))
        ]
        dates = [(d.task_id, d.due_on) for d in session.exec(select(DueDate))]
        units = [(u.task_id, u.unit_id, u.role) for u in session.exec(select(TaskUnit))]
    return sorted(map(repr, tasks)) + sorted(map(repr, dates)) + sorted(map(repr, units))


def exported_xlsx(engine: Engine) -> bytes:
    with Session(engine) as session:
        plan = find_plan(session, None)
        assert plan is not None
        return write_xlsx(export_plan(session, plan), ALL_LABEL)


def edit_xlsx(
    data: bytes,
    edits: dict[tuple[str, str], str],
    drop: frozenset[str] = frozenset(),
    add: list[list[str]] | None = None,
) -> bytes:
    """Change cells of the exported table by (task code, column letter)."""
    workbook = load_workbook(io.BytesIO(data))
    sheet = workbook.active
    assert sheet is not None
    for row in list(sheet.iter_rows()):
        code = str(row[0].value or "")
        for (target, letter), value in edits.items():
            if code == target:
                sheet[f"{letter}{row[0].row}"] = value
        if code in drop:
            sheet.delete_rows(int(row[0].row or 0))
    for new_row in add or []:
        sheet.append(new_row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def import_bytes(engine: Engine, name: str, data: bytes) -> ImportSummary:
    with session_scope(engine) as session:
        return import_plan(session, read_plan_file(name, data), now=LATER)


def test_xlsx_export_imports_back_unchanged(seeded_engine: Engine) -> None:
    before = snapshot(seeded_engine)
    summary = import_bytes(seeded_engine, "plan.xlsx", exported_xlsx(seeded_engine))
    assert (len(summary.unchanged), summary.created, summary.updated, summary.archived) == (
        35,
        [],
        [],
        [],
    )
    assert snapshot(seeded_engine) == before


def test_yaml_export_imports_back_unchanged(seeded_engine: Engine) -> None:
    before = snapshot(seeded_engine)
    with Session(seeded_engine) as session:
        plan = find_plan(session, None)
        assert plan is not None
        content = write_yaml(export_plan(session, plan))
    assert "lead: all" in content
    summary = import_bytes(seeded_engine, "plan.yaml", content.encode())
    assert len(summary.unchanged) == 35
    assert snapshot(seeded_engine) == before


def test_exported_table_reads_like_the_appendix(seeded_engine: Engine) -> None:
    sheet = load_workbook(io.BytesIO(exported_xlsx(seeded_engine))).active
    assert sheet is not None
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    header = rows.index(
        [
            "TT",
            "Nội dung nhiệm vụ",
            "Cơ quan chủ trì",
            "Cơ quan phối hợp",
            "Thời gian thực hiện/hoàn thành",
            "Sản phẩm",
        ]
    )
    assert rows[header + 1][:2] == ["I", "Chỉ đạo điều hành, kiểm tra và tuyên truyền"]
    task12 = next(row for row in rows if row[0] == "12")
    assert task12[2:5] == ["Văn phòng HĐND và UBND xã", ALL_LABEL, "Trước ngày 10/12/2025"]


def test_revised_plan_updates_by_code_and_keeps_history(seeded_engine: Engine) -> None:
    with session_scope(seeded_engine) as session:
        task = session.exec(select(Task).where(Task.code == "12")).one()
        assert task.id is not None
        session.add(ProgressUpdate(task_id=task.id, created_at=LATER, percent=50, note="dự thảo"))
    revised = edit_xlsx(
        exported_xlsx(seeded_engine),
        {("12", "E"): "Trước ngày 15/12/2025", ("3", "B"): "Đánh giá Chỉ số CCHC năm 2025"},
        drop=frozenset({"31"}),
        add=[["33", "Nhiệm vụ mới bổ sung", "Phòng Kinh tế", "", "Tháng 11/2025", "Báo cáo"]],
    )
    summary = import_bytes(seeded_engine, "revised.xlsx", revised)
    assert sorted(summary.updated) == ["12", "3"]
    assert summary.created == ["33"]
    assert summary.archived == ["31"]
    with Session(seeded_engine) as session:
        task = session.exec(select(Task).where(Task.code == "12")).one()
        dates = session.exec(select(col(DueDate.due_on)).where(DueDate.task_id == task.id)).all()
        history = session.exec(
            select(ProgressUpdate).where(ProgressUpdate.task_id == task.id)
        ).all()
        archived = session.exec(select(Task).where(Task.code == "31")).one()
    assert [d.isoformat() for d in dates] == ["2025-12-14"]
    assert [(h.percent, h.note) for h in history] == [(50, "dự thảo")]
    assert archived.archived_at is not None


def test_unknown_unit_in_xlsx_names_row_and_column_and_changes_nothing(
    seeded_engine: Engine,
) -> None:
    before = snapshot(seeded_engine)
    data = exported_xlsx(seeded_engine)
    sheet = load_workbook(io.BytesIO(data)).active
    assert sheet is not None
    row_of_12 = next(row[0].row for row in sheet.iter_rows() if row[0].value == "12")
    bad = edit_xlsx(data, {("12", "C"): "Phòng Tư pháp", ("3", "B"): "Tiêu đề đã sửa"})
    with pytest.raises(PlanFileError) as raised:
        import_bytes(seeded_engine, "bad.xlsx", bad)
    [problem] = raised.value.problems
    assert (problem.row, problem.column) == (row_of_12, "Cơ quan chủ trì")
    assert "Phòng Tư pháp" in problem.message.render()
    assert snapshot(seeded_engine) == before


@pytest.mark.parametrize(
    ("edits", "column", "words"),
    [
        # "12a" is task 12's part 12.1 (as "12.1" is); a letter past "k" is a typo.
        ({("12", "A"): "12x"}, "TT", "12x"),
        ({("12", "C"): ""}, "Cơ quan chủ trì", "12"),
        ({("12", "B"): ""}, "Nội dung nhiệm vụ", "12"),
        ({("12", "A"): "13"}, "TT", "13"),
        ({("12", "F"): "x" * 1001}, "Sản phẩm", "1001"),
    ],
)
def test_each_kind_of_bad_cell_is_named(
    seeded_engine: Engine, edits: dict[tuple[str, str], str], column: str, words: str
) -> None:
    before = snapshot(seeded_engine)
    with pytest.raises(PlanFileError) as raised:
        import_bytes(seeded_engine, "bad.xlsx", edit_xlsx(exported_xlsx(seeded_engine), edits))
    problem = raised.value.problems[0]
    assert problem.column == column and problem.row is not None
    assert words in problem.message.render()
    assert snapshot(seeded_engine) == before


def test_not_an_excel_file(seeded_engine: Engine) -> None:
    with pytest.raises(PlanFileError) as raised:
        import_bytes(seeded_engine, "plan.xlsx", b"this is not a workbook")
    assert "Excel" in raised.value.problems[0].message.render()


def test_table_without_the_needed_columns(seeded_engine: Engine) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì"])
    sheet.append(["1", "Việc", "Phòng Kinh tế"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    with pytest.raises(PlanFileError) as raised:
        import_bytes(seeded_engine, "plan.xlsx", buffer.getvalue())
    assert raised.value.problems[0].row == 1
    assert "Thời gian" in raised.value.problems[0].message.render()


def test_csv_with_semicolons_and_section_headings(seeded_engine: Engine) -> None:
    content = (
        "TT;Nội dung nhiệm vụ;Cơ quan chủ trì;Cơ quan phối hợp;Thời gian thực hiện;Sản phẩm\n"
        "I;Chỉ đạo điều hành;;;;\n"
        "1;Việc thứ nhất;Trung tâm PVHCC;Các phòng, ban, ngành; đơn vị;Quý IV/2025;Báo cáo\n"
        "2;Việc thứ hai;vhxh; Phòng Kinh tế;Thường xuyên;Báo cáo\n"
    )
    # A semicolon inside a cell must be quoted in CSV; an unquoted one shifts the columns.
    content = content.replace("Các phòng, ban, ngành; đơn vị", '"Các phòng, ban, ngành; đơn vị"')
    summary = import_bytes(seeded_engine, "plan.csv", content.encode())
    assert summary.created == ["1"]
    assert summary.updated == ["2"]
    assert len(summary.archived) == 34


def test_yaml_syntax_error_names_the_line(seeded_engine: Engine) -> None:
    with pytest.raises(PlanFileError) as raised:
        import_bytes(seeded_engine, "plan.yaml", b"plan:\n  code: [unclosed\nsections: []\n")
    assert raised.value.problems[0].row == 3


def test_cli_reports_a_bad_file_in_vietnamese(
    seeded_engine: Engine, database_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("DATABASE_URL", database_url)
    before = snapshot(seeded_engine)
    bad = tmp_path / "ke-hoach.xlsx"
    bad.write_bytes(edit_xlsx(exported_xlsx(seeded_engine), {("12", "C"): "Phòng Tư pháp"}))
    result = CliRunner().invoke(app, ["plan", "import", str(bad)])
    assert result.exit_code == 1
    assert "không thay đổi gì" in result.stderr
    assert "Cơ quan chủ trì" in result.stderr and "Phòng Tư pháp" in result.stderr
    assert snapshot(seeded_engine) == before


def test_cli_export_then_import(
    seeded_engine: Engine, database_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("DATABASE_URL", database_url)
    target = tmp_path / "ke-hoach.xlsx"
    runner = CliRunner()
    exported = runner.invoke(app, ["plan", "export", "--format", "xlsx", "--out", str(target)])
    assert exported.exit_code == 0, exported.output
    imported = runner.invoke(app, ["plan", "import", str(target)])
    assert imported.exit_code == 0, imported.output
    assert "35" in imported.stdout
