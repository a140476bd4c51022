"""A deadline naming a date that does not exist is an import warning naming its row.

The task still imports (a typo in one cell should not hold up a plan of a hundred
tasks), without dates, as ``unknown``: never with half of its cell read.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, col, select
from typer.testing import CliRunner

from bot.cli import app
from models.clock import VIETNAM
from models.db import session_scope
from models.deadline import Period, ScheduleKind
from models.planfile import deadline_warnings, read_plan_file
from models.plans import import_plan
from models.tables import DueDate, Task

LATER = datetime(2025, 9, 1, 9, 0, tzinfo=VIETNAM)
H2_2025 = Period(date(2025, 7, 1), date(2025, 12, 31))
DEADLINE_COLUMN = "Thời gian thực hiện/hoàn thành"

# Row 1 is the header, row 2 the section; tasks start on row 3.
TABLE = (
    "TT;Nội dung nhiệm vụ;Cơ quan chủ trì;Cơ quan phối hợp;Thời gian thực hiện;Sản phẩm\n"
    "I;Chỉ đạo điều hành;;;;\n"
    "1;Việc có ngày đúng;Trung tâm PVHCC;;Quý IV/2025;Báo cáo\n"
    "2;Việc gõ nhầm ngày;Trung tâm PVHCC;;Trước ngày 32/12/2025;Báo cáo\n"
    "3;Việc không ghi hạn;Trung tâm PVHCC;;;Báo cáo\n"
    "4;Việc theo yêu cầu;Trung tâm PVHCC;;Khi có yêu cầu;Báo cáo\n"
    "5;Việc có ngày 31/02;Trung tâm PVHCC;;Quý III/2025 và ngày 31/02/2025;Báo cáo\n"
)


def test_only_impossible_dates_are_warned_about_each_with_its_row() -> None:
    document = read_plan_file("plan.csv", TABLE.encode())
    warnings = deadline_warnings(document.tasks, H2_2025)
    assert [(warning.row, warning.column) for warning in warnings] == [
        (4, DEADLINE_COLUMN),
        (7, DEADLINE_COLUMN),
    ]
    assert "32/12/2025" in warnings[0].message.render()
    assert "31/02/2025" in warnings[1].message.render()


def test_yaml_rows_are_their_lines() -> None:
    plan = (
        "sections:\n"
        "  - code: I\n"
        "    title: Chỉ đạo\n"
        "    tasks:\n"
        "      - code: '1'\n"
        "        title: Việc\n"
        "        lead: vp\n"
        "        deadline: '31/02/2026'\n"
    )
    [warning] = deadline_warnings(read_plan_file("plan.yaml", plan.encode()).tasks, H2_2025)
    assert warning.row == 5
    assert "31/02/2026" in warning.message.render()


def test_import_keeps_the_task_without_dates_and_reports_the_row(seeded_engine: Engine) -> None:
    with session_scope(seeded_engine) as session:
        summary = import_plan(session, read_plan_file("plan.csv", TABLE.encode()), now=LATER)
    assert [warning.row for warning in summary.warnings] == [4, 7]
    with Session(seeded_engine) as session:
        tasks = {
            task.code: task
            for task in session.exec(select(Task).where(col(Task.archived_at).is_(None)))
        }
        for code in ("2", "5"):
            assert tasks[code].schedule_kind == ScheduleKind.UNKNOWN
            dates = session.exec(select(DueDate).where(DueDate.task_id == tasks[code].id)).all()
            # Not even Quý III of task 5: no half-read cell.
            assert dates == []
        assert tasks["1"].schedule_kind == ScheduleKind.ONCE


def test_a_plan_without_impossible_dates_has_no_warnings(seeded_engine: Engine) -> None:
    clean = TABLE.replace("Trước ngày 32/12/2025", "Trước ngày 20/12/2025").replace(
        "Quý III/2025 và ngày 31/02/2025", "Quý III/2025 và ngày 28/02/2026"
    )
    with session_scope(seeded_engine) as session:
        summary = import_plan(session, read_plan_file("plan.csv", clean.encode()), now=LATER)
    assert summary.warnings == []


def test_cli_import_warns_in_vietnamese_naming_the_row(
    seeded_engine: Engine, database_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("NHACVIEC_LOCALE", "vi")
    plan = tmp_path / "ke-hoach.csv"
    plan.write_text(TABLE, encoding="utf-8")
    result = CliRunner().invoke(app, ["plan", "import", str(plan)])
    assert result.exit_code == 0, result.output
    assert "Đã nhập kế hoạch, nhưng cần kiểm tra các dòng sau" in result.stderr
    assert "Dòng 4, cột “Thời gian thực hiện/hoàn thành”" in result.stderr
    assert "32/12/2025, là ngày không có thật" in result.stderr
    assert "Dòng 7" in result.stderr and "31/02/2025" in result.stderr
    assert "Dòng 5" not in result.stderr and "Dòng 6" not in result.stderr
