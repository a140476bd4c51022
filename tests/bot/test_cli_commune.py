"""``nhacviec commune confirm [on|off]``: whether completions await the coordinator."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, select
from typer.testing import CliRunner, Result

from bot.cli import app
from models.clock import VIETNAM
from models.db import make_engine, session_scope
from models.plans import latest_plan, task_by_code
from models.progress import ProgressReading, record_progress
from models.tables import Organisation, Review, Role
from tests.builders import register_officers

NOW = datetime(2025, 12, 5, 8, 0, tzinfo=VIETNAM)
ON = (
    "Xã Nghi Dương: xác nhận hoàn thành đang bật; báo cáo hoàn thành của cán bộ được tính là "
    "hoàn thành sau khi cán bộ đầu mối xác nhận.\n"
)
OFF = (
    "Xã Nghi Dương: xác nhận hoàn thành đang tắt; báo cáo hoàn thành của cán bộ được tính là "
    "hoàn thành ngay.\n"
)


@pytest.fixture(autouse=True)
def _database(database_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("NHACVIEC_CLOCK_START", NOW.isoformat())


def _invoke(*args: str) -> Result:
    return CliRunner().invoke(app, list(args), prog_name="nhacviec")


@pytest.fixture
def database(database_url: str) -> Iterator[Engine]:
    """The database the commands use, once the first command has filled it."""
    assert _invoke("commune", "confirm").exit_code == 0
    engine = make_engine(database_url)
    yield engine
    engine.dispose()


def _officer_reports_done(engine: Engine, code: str) -> Review:
    """An officer of Văn phòng reports task ``code`` done; how it stands with the review."""
    [officer_id] = register_officers(
        engine, [("vanphong", f"Lê Văn {code}", Role.OFFICER, f"7{code}")], now=NOW
    )
    with session_scope(engine) as session:
        plan = latest_plan(session)
        assert plan is not None and plan.id is not None
        task = task_by_code(session, plan.id, code)
        assert task is not None and task.id is not None
        update = record_progress(
            session,
            task_id=task.id,
            officer_id=officer_id,
            now=NOW,
            reading=ProgressReading(100, "xong"),
        )
        return update.review


def test_confirmation_is_on_by_default_and_said_so() -> None:
    shown = _invoke("commune", "confirm")
    assert (shown.exit_code, shown.stdout, shown.stderr) == (0, ON, "")


def test_turning_it_off_and_on(database: Engine) -> None:
    register_officers(database, [("vhxh", "Trần Thị Hoa", Role.COORDINATOR, "100")], now=NOW)
    assert _officer_reports_done(database, "12") is Review.PENDING
    turned = _invoke("commune", "confirm", "off")
    assert turned.exit_code == 0
    assert turned.stdout == (
        "Xã Nghi Dương: đã tắt xác nhận hoàn thành; từ nay báo cáo hoàn thành của cán bộ được "
        "tính là hoàn thành ngay.\n"
        "Còn 1 báo cáo hoàn thành gửi trước đó đang chờ xác nhận; cán bộ đầu mối xác nhận "
        "hoặc trả lại bằng /choduyet.\n"
    )
    assert _invoke("commune", "confirm").stdout == (
        OFF + "Có 1 báo cáo hoàn thành đang chờ xác nhận (xem bằng /choduyet trong bot).\n"
    )
    # From now on an officer's completion counts at once, as before confirmation existed.
    assert _officer_reports_done(database, "13") is Review.CONFIRMED
    again = _invoke("commune", "confirm", "off")
    assert (again.exit_code, again.stdout) == (
        0,
        "Xã Nghi Dương: xác nhận hoàn thành đã tắt từ trước; không có gì thay đổi.\n",
    )
    back = _invoke("commune", "confirm", "on", "--commune", "nghi-duong")
    assert back.stdout == (
        "Xã Nghi Dương: đã bật xác nhận hoàn thành; từ nay báo cáo hoàn thành của cán bộ chỉ "
        "được tính là hoàn thành sau khi cán bộ đầu mối xác nhận.\n"
    )
    assert _officer_reports_done(database, "14") is Review.PENDING
    with Session(database) as session:
        [commune] = session.exec(select(Organisation)).all()
        assert commune.confirm_completion is True


def test_mistakes_get_one_line() -> None:
    wrong = _invoke("commune", "confirm", "maybe")
    assert wrong.exit_code == 2
    assert wrong.stderr == (
        "“maybe” không phải giá trị của on|off: hãy dùng một trong các giá trị on, off.\n"
    )
    unknown = _invoke("commune", "confirm", "off", "--commune", "tan-lap")
    assert (unknown.exit_code, unknown.stderr) == (
        2,
        "Hãy ghi mã xã bằng --commune: nghi-duong.\n",
    )
    typo = _invoke("commune", "cnfirm")
    assert (typo.exit_code, typo.stderr) == (
        2,
        "Không có lệnh “cnfirm”. Ý anh/chị là “nhacviec commune confirm”?\n",
    )
    assert _invoke("commune", "confirm").stdout == ON  # nothing changed


def test_help_is_in_vietnamese() -> None:
    shown = " ".join(_invoke("commune", "confirm", "--help").stdout.split())
    assert shown.startswith("Cách dùng: nhacviec commune confirm")
    assert "chỉ được tính là hoàn thành sau khi cán bộ đầu mối xác nhận (on, mặc định)" in shown
    listed = " ".join(_invoke("commune", "--help").stdout.split())
    assert "Lệnh: confirm Báo cáo hoàn thành của cán bộ chỉ được tính là hoàn thành" in listed
    assert "commune Thiết lập của xã" in " ".join(_invoke("--help").stdout.split())


def test_a_commune_without_a_coordinator_counts_a_completion_at_once(database: Engine) -> None:
    """Nobody could confirm it: it is not left waiting for nobody."""
    assert _officer_reports_done(database, "12") is Review.CONFIRMED
    register_officers(database, [("vhxh", "Trần Thị Hoa", Role.COORDINATOR, "100")], now=NOW)
    assert _officer_reports_done(database, "13") is Review.PENDING
