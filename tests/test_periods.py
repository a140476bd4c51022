"""Reporting periods on every surface: quarters, half-years, calendar or Ministry windows.

`/baocao quy3`, `/baocao 6thang2`, `nhacviec report --quarter N | --half N`, the files and
the JSON ``period`` object, with NHACVIEC_REPORT_WINDOWS; a quarter's report shows that
quarter's deadlines, and one read after the quarter closed shows those it missed.
"""

from __future__ import annotations

import io
import json
from datetime import date, datetime
from pathlib import Path

import docx
import pytest
from pydantic import ValidationError
from sqlalchemy import Engine
from sqlmodel import Session, select
from typer.testing import CliRunner

from bot.cli import app
from bot.settings import Settings
from handlers.choices import decode
from handlers.context import CoreSettings
from handlers.conversation import Conversation
from handlers.i18n import Translator
from handlers.reporting.files import FileFormat, report_file
from handlers.reporting.word import milestones_sentence
from handlers.reports import (
    CommuneReport,
    ReportArgs,
    city_json,
    parse_report_args,
    render_city,
    report_json,
)
from models.calendar import WorkingCalendar
from models.clock import VIETNAM, FixedClock
from models.periods import Windows
from models.plans import latest_plan
from models.report import Report, build_report
from models.tables import DigestKind, DueDate, Organisation, Plan, Role, Task
from scheduler.digests import render_digest
from tests.builders import register_officers
from tests.handlers.conftest import COORDINATOR, Chat, person

TR = Translator("vi")
# Read in January: quarter III and the second half-year are over.
JANUARY = datetime(2026, 1, 5, 8, 0, tzinfo=VIETNAM)
SEPT_30 = date(2025, 9, 30)


def chat_with(engine: Engine, windows: Windows = Windows.CALENDAR) -> Chat:
    clock = FixedClock(JANUARY)
    register_officers(engine, [("vhxh", "Trần Thị Hoa", Role.COORDINATOR, "100")], now=clock.now())
    settings = CoreSettings(bot_username="nhacviec_test_bot", report_windows=windows)
    return Chat(Conversation(engine, clock, WorkingCalendar(), settings), clock, engine)


def bundled_report(engine: Engine, now: datetime = JANUARY, **asked: object) -> Report:
    with Session(engine) as session:
        plan = latest_plan(session)
        assert plan is not None
        return build_report(session, plan, now=now, **asked)  # type: ignore[arg-type]


def due_on(engine: Engine, day: date) -> set[str]:
    """The codes of the tasks with a milestone on ``day``, read from the plan itself."""
    with Session(engine) as session:
        return set(
            session.exec(
                select(Task.code)
                .join(DueDate)
                .where(DueDate.task_id == Task.id, DueDate.due_on == day)
            )
        )


# --- /baocao's words ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("", ReportArgs()),
        ("quy4", ReportArgs(quarter=4)),
        ("quý IV/2025", ReportArgs(quarter=4, year=2025)),
        ("quy 4 năm 2025", ReportArgs(quarter=4, year=2025)),
        ("kinhte quy 3 2025", ReportArgs("kinhte", 3, 2025)),
        ("6thang1", ReportArgs(half=1)),
        ("6thang2/2025", ReportArgs(year=2025, half=2)),
        ("6t2", ReportArgs(half=2)),
        ("6 tháng đầu năm", ReportArgs(half=1)),
        ("6 tháng cuối năm 2025", ReportArgs(year=2025, half=2)),
        ("6 THÁNG CUỐI NĂM", ReportArgs(half=2)),
        ("kinhte 6 tháng 2", ReportArgs("kinhte", half=2)),
        ("6thang", None),
        ("6thang3", None),
        ("quy9", None),
        ("quy4 6thang2", None),
        ("6 tháng giữa năm", None),
    ],
)
def test_report_words_read_quarters_and_half_years(
    typed: str, expected: ReportArgs | None
) -> None:
    assert parse_report_args(typed) == expected


# --- A quarter shows its deadlines ----------------------------------------------------------


def test_quarter_iii_read_in_january_lists_the_30_09_deadlines_missed(
    seeded_engine: Engine,
) -> None:
    chat = chat_with(seeded_engine)
    text = chat.text(chat.send(COORDINATOR, "/baocao quy3"))

    missed = due_on(seeded_engine, SEPT_30)
    assert len(missed) == 13  # "Quý III,IV/2025", "Hàng quý", ...: 30/09 then 31/12
    overdue = text[text.index("Nhiệm vụ quá hạn:") :].split("\n\n")[0].splitlines()[1:]
    listed = {line.removeprefix("• ").split(" · ")[0]: line for line in overdue}
    assert missed <= set(listed)
    for code in missed:
        assert "hạn 30/09/2025, quá hạn 1 ngày" in listed[code]
    # 31/07 (1.1, 1.2), 19/09 (2) and the thirteen of 30/09: every dated milestone missed.
    assert set(listed) == missed | {"1.1", "1.2", "2"}
    assert "Quý III/2025 (từ 01/07/2025 đến 30/09/2025)" in text
    assert "Mốc thời hạn trong kỳ: 23 (đã đến hạn: 16)" in text
    assert "• Chưa hoàn thành, quá hạn: 16" in text
    assert "• Chưa có thời hạn: 2" in text


def test_on_the_deadline_day_a_milestone_is_still_within_it_and_missed_the_day_after(
    seeded_engine: Engine,
) -> None:
    live = bundled_report(seeded_engine, datetime(2025, 9, 30, 16, 0, tzinfo=VIETNAM), quarter=3)
    after = bundled_report(seeded_engine, datetime(2025, 10, 1, 8, 0, tzinfo=VIETNAM), quarter=3)

    assert live.as_of == after.as_of == SEPT_30
    assert live.milestone_totals.overdue == 3
    assert after.milestone_totals.overdue == 16
    assert {line.code for line in after.overdue} - {line.code for line in live.overdue} == (
        due_on(seeded_engine, SEPT_30)
    )


def test_a_quarter_counts_only_its_own_milestones(seeded_engine: Engine) -> None:
    report = bundled_report(seeded_engine, quarter=4)
    days = {milestone.due_on for line in report.tasks for milestone in line.milestones}
    assert days == {date(2025, 12, 9), date(2025, 12, 19), date(2025, 12, 31), None}
    # Task 2 is due 19/09 and 19/12: quarter IV counts its 19/12 alone.
    [two] = [line for line in report.tasks if line.code == "2"]
    assert [milestone.due_on for milestone in two.milestones] == [date(2025, 12, 19)]


# --- The half-year ----------------------------------------------------------------------------


def test_the_second_half_year_is_the_whole_plan_and_the_first_is_outside_it(
    seeded_engine: Engine,
) -> None:
    chat = chat_with(seeded_engine)
    second = chat.text(chat.send(COORDINATOR, "/baocao 6 tháng cuối năm"))
    # Typed without the slash, as in a chat with no command menu, it reads the same.
    assert chat.text(chat.send(COORDINATOR, "báo cáo 6 tháng cuối năm")) == second
    first = chat.text(chat.send(COORDINATOR, "/baocao 6thang1"))

    half = bundled_report(seeded_engine, half=2)
    whole = bundled_report(seeded_engine)
    assert (half.half, half.quarter, half.year) == (2, None, 2025)
    assert half.milestone_totals == whole.milestone_totals
    assert "6 tháng cuối năm 2025 (từ 01/07/2025 đến 31/12/2025)" in second
    assert f"Mốc thời hạn trong kỳ: {half.milestone_totals.tasks} " in second
    assert "6 tháng 1/2025 nằm ngoài thời gian của kế hoạch" in first


def test_the_half_years_word_file_is_named_and_titled_for_it(seeded_engine: Engine) -> None:
    chat = chat_with(seeded_engine)
    [answer] = chat.mine(chat.send(COORDINATOR, "/baocao 6thang2"))
    word = answer.choices[0][0]
    picked = decode(word.data)
    assert picked is not None and picked.args[1] == "6"  # the period: half-year 2

    [sent] = [reply for reply in chat.send(COORDINATOR, choice=word.data) if reply.file]
    assert sent.file is not None
    assert sent.file.name.endswith("-6thang2-2025.docx")
    paragraphs = [p.text for p in docx.Document(io.BytesIO(sent.file.content)).paragraphs]
    assert any("6 tháng cuối năm 2025" in text for text in paragraphs)
    report = bundled_report(seeded_engine, half=2)
    assert milestones_sentence(report.milestone_totals, TR) in paragraphs


# --- The Ministry's windows -------------------------------------------------------------------


def test_moha_windows_change_which_milestones_a_quarter_counts(seeded_engine: Engine) -> None:
    calendar = bundled_report(seeded_engine, quarter=3)
    moha = bundled_report(seeded_engine, quarter=3, windows=Windows.MOHA)

    def days(report: Report) -> set[date | None]:
        return {m.due_on for line in report.tasks for m in line.milestones}

    # Calendar quarter III: 01/07 to 30/09. The Ministry's: 15/06 to 14/09, so the 19/09
    # and 30/09 milestones belong to its quarter IV (15/09 to 14/12), and 19/12 and
    # 31/12 to the next one.
    assert days(calendar) == {date(2025, 7, 31), date(2025, 9, 19), SEPT_30, None}
    assert days(moha) == {date(2025, 7, 31), None}
    moha_iv = bundled_report(seeded_engine, quarter=4, windows=Windows.MOHA)
    assert days(moha_iv) == {date(2025, 9, 19), SEPT_30, date(2025, 12, 9), None}
    assert moha.milestone_totals.tasks < calendar.milestone_totals.tasks
    assert (moha.period_start, moha.period_end) == (date(2025, 7, 1), date(2025, 9, 14))


def test_the_chat_follows_the_windows_setting(seeded_engine: Engine) -> None:
    chat = chat_with(seeded_engine, Windows.MOHA)
    text = chat.text(chat.send(COORDINATOR, "/baocao quy4"))
    moha = bundled_report(seeded_engine, quarter=4, windows=Windows.MOHA)

    assert "Quý IV/2025 (từ 15/09/2025 đến 14/12/2025)" in text
    assert f"Mốc thời hạn trong kỳ: {moha.milestone_totals.tasks} " in text
    assert "hạn 30/09/2025" in text  # missed, and inside the Ministry's quarter IV


def test_the_json_period_says_how_the_report_was_cut(seeded_engine: Engine) -> None:
    moha = report_json(
        bundled_report(seeded_engine, quarter=3, windows=Windows.MOHA), TR, windows=Windows.MOHA
    )
    assert moha["period"] == {
        "from": "2025-07-01",  # what the report covers, within the plan
        "to": "2025-09-14",
        "quarter": 3,
        "half": None,
        "year": 2025,
        "windows": "moha",
        "start": "2025-06-15",  # the window itself
        "end": "2025-09-14",
    }
    whole = report_json(bundled_report(seeded_engine), TR)["period"]
    assert whole == {
        "from": "2025-07-01",
        "to": "2025-12-31",
        "quarter": None,
        "half": None,
        "year": None,
        "windows": "calendar",
        "start": "2025-07-01",
        "end": "2025-12-31",
    }


def test_the_quarters_draft_report_follows_the_windows(seeded_engine: Engine) -> None:
    now = datetime(2025, 12, 12, 8, 0, tzinfo=VIETNAM)  # the day quarter IV's draft goes out
    with Session(seeded_engine) as session:
        plan = session.exec(select(Plan)).one()
        texts = {}
        for windows in Windows:
            reply = render_digest(
                session,
                plan,
                DigestKind.DRAFT,
                now=now,
                tr=TR,
                unit_code=None,
                calendar=WorkingCalendar(),
                windows=windows,
            )
            assert reply is not None and reply.file is not None
            document = docx.Document(io.BytesIO(reply.file.content))
            texts[windows] = [p.text for p in document.paragraphs]
    for windows in Windows:
        report = bundled_report(seeded_engine, now, quarter=4, windows=windows)
        assert milestones_sentence(report.milestone_totals, TR) in texts[windows]
    assert texts[Windows.MOHA] != texts[Windows.CALENDAR]


def test_report_files_take_the_half_year_and_the_windows(seeded_engine: Engine) -> None:
    with Session(seeded_engine) as session:
        plan = session.exec(select(Plan)).one()
        made = report_file(
            session, plan, FileFormat.XLSX, now=JANUARY, tr=TR, half=2, windows=Windows.MOHA
        )
    assert made.name.endswith("-6thang2-2025.xlsx")


# --- The command line and the setting ---------------------------------------------------------


def test_the_command_line_reports_a_half_year_cut_as_the_setting_says(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("NHACVIEC_CLOCK_START", "2026-01-05T08:00:00+07:00")
    monkeypatch.setenv("NHACVIEC_REPORT_WINDOWS", "moha")
    result = CliRunner().invoke(app, ["report", "--format", "json", "--half", "2"])
    assert result.exit_code == 0, result.output
    period = json.loads(result.stdout)["period"]
    assert (period["half"], period["windows"], period["start"], period["end"]) == (
        2,
        "moha",
        "2025-06-15",
        "2025-12-14",
    )


def test_the_command_line_refuses_a_quarter_and_a_half_together(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DATABASE_URL", database_url)
    result = CliRunner().invoke(app, ["report", "--quarter", "4", "--half", "2"])
    assert result.exit_code == 2
    assert result.stderr.strip() == "Chỉ ghi --quarter hoặc --half, không ghi cả hai."


def test_an_unknown_windows_setting_is_refused_in_one_line(
    database_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("NHACVIEC_REPORT_WINDOWS", "weekly")
    result = CliRunner().invoke(app, ["report", "--format", "json"])
    assert result.exit_code == 2
    assert "NHACVIEC_REPORT_WINDOWS" in result.stderr and "weekly" in result.stderr
    with pytest.raises(ValidationError, match=r"calendar .* or moha"):
        Settings(report_windows="weekly")
    assert Settings(report_windows=" MoHA ").report_windows is Windows.MOHA


# --- Awaiting confirmation, on its own line everywhere ----------------------------------------


def test_a_completion_awaiting_confirmation_is_counted_apart_everywhere(
    seeded_engine: Engine,
) -> None:
    chat = chat_with(seeded_engine)
    register_officers(
        seeded_engine, [("kinhte", "Phạm Thị Dung", Role.OFFICER, "300")], now=JANUARY
    )
    chat.clock.set(datetime(2025, 12, 5, 8, 0, tzinfo=VIETNAM))
    chat.send(person("300", "Phạm Thị Dung"), "/capnhat 8 xong")  # an officer's: it awaits
    text = chat.text(chat.send(COORDINATOR, "/baocao quy4"))

    report = bundled_report(seeded_engine, chat.clock.now(), quarter=4)
    assert report.milestone_totals.awaiting == 1 and report.milestone_totals.done == 0
    assert "🕓 Chờ xác nhận: 1 (đã báo cáo hoàn thành, chưa tính là hoàn thành)." in text
    data = report_json(report, TR)
    assert data["milestone_totals"]["awaiting_confirmation"] == 1
    assert data["totals"]["awaiting_confirmation"] == 1
    [kinhte] = [line for line in data["units"] if line["code"] == "kinhte"]
    assert kinhte["awaiting_confirmation"] == kinhte["milestones"]["awaiting_confirmation"] == 1
    [eight] = [task for task in data["tasks"] if task["code"] == "8"]
    assert eight["awaiting_confirmation"] is True
    assert eight["milestones"] == [
        {
            "due_on": "2025-12-31",
            "status": "in_progress",
            "percent": 100,
            "done_on": None,
            "awaiting_confirmation": True,
            "days_overdue": 0,
            "parts": [
                {
                    "unit": "kinhte",
                    "status": "in_progress",
                    "percent": 100,
                    "done_on": None,
                    "awaiting_confirmation": True,
                }
            ],
        }
    ]
    with Session(seeded_engine) as session:
        plan = session.exec(select(Plan)).one()
        word = report_file(session, plan, FileFormat.DOCX, now=chat.clock.now(), tr=TR, quarter=4)
    paragraphs = [p.text for p in docx.Document(io.BytesIO(word.content)).paragraphs]
    assert any(text.startswith("Chờ xác nhận: 1 (") for text in paragraphs)
    assert any(text.startswith("- 8. ") and "Chờ xác nhận (100%)" in text for text in paragraphs)


def test_the_citys_json_and_picture_add_up_the_communes_milestones(
    seeded_engine: Engine,
) -> None:
    with Session(seeded_engine) as session:
        organisation = session.exec(select(Organisation)).one()
    report = bundled_report(seeded_engine)
    communes = [CommuneReport(organisation, report), CommuneReport(organisation, report)]
    data = city_json(communes, TR, now=JANUARY)
    assert data["milestone_totals"]["milestones"] == 2 * report.milestone_totals.tasks
    assert data["milestone_totals"]["overdue"] == 2 * report.milestone_totals.overdue
    picture = render_city("Thành phố Hải Phòng", communes, TR)
    assert f"Mốc thời hạn trong kỳ: {2 * report.milestone_totals.tasks} " in picture
