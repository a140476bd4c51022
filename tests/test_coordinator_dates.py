"""A date the coordinator sets, or an approved extension, is the task's date everywhere.

The coordinator sets a date in the chat; then the start-up banner, ``plan show`` (text
and JSON), ``report --format json``, the planned reminders, ``simulate`` and ``/baocao``
all show that date and the kind of schedule as it stands (models/standing.py).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, col, select
from typer.testing import CliRunner

from bot.cli import app
from bot.cli.run import show_status
from bot.runtime import open_runtime
from bot.settings import Settings
from handlers.conversation import Conversation
from handlers.types import Incoming, Person, Reply
from models.calendar import WorkingCalendar
from models.clock import VIETNAM, FixedClock
from models.deadline import Period, ScheduleKind, parse_deadline
from models.plans import find_plan, task_by_code
from models.standing import StandingKind, needs_date, standing_kind, standing_schedule
from models.tables import Channel, Reminder, ReminderKind, ReminderState, Role
from scheduler.policy import ReminderPolicy
from scheduler.service import ReminderService
from tests.builders import register_officers

FRIDAY_MORNING = datetime(2025, 12, 5, 8, 0, tzinfo=VIETNAM)
H2_2025 = Period(date(2025, 7, 1), date(2025, 12, 31))
COORDINATOR = Person(Channel.TELEGRAM, "100", "Trần Thị Hoa", "vi")
VANPHONG = Person(Channel.TELEGRAM, "200", "Lê Văn Cường", "vi")


@dataclass
class World:
    """The bundled plan in the chat, with reminders planned as the live bot plans them."""

    engine: Engine
    conversation: Conversation
    coordinator_id: int

    def send(self, who: Person, text: str = "", *, choice: str | None = None) -> list[Reply]:
        return self.conversation.handle(Incoming(who, who.external_id, text=text, choice=choice))

    def task_id(self, code: str) -> int:
        with Session(self.engine) as session:
            plan = find_plan(session, None)
            assert plan is not None and plan.id is not None
            task = task_by_code(session, plan.id, code)
            assert task is not None and task.id is not None
            return task.id

    def planned(self, code: str) -> list[Reminder]:
        with Session(self.engine) as session:
            return list(
                session.exec(
                    select(Reminder)
                    .where(
                        Reminder.task_id == self.task_id(code),
                        Reminder.state == ReminderState.PLANNED,
                    )
                    .order_by(col(Reminder.send_at))
                )
            )


@pytest.fixture
def world(seeded_engine: Engine, database_url: str, monkeypatch: pytest.MonkeyPatch) -> World:
    clock = FixedClock(FRIDAY_MORNING)
    coordinator_id, _ = register_officers(
        seeded_engine,
        [
            ("vhxh", COORDINATOR.display_name, Role.COORDINATOR, COORDINATOR.external_id),
            ("vanphong", VANPHONG.display_name, Role.OFFICER, VANPHONG.external_id),
        ],
        now=clock.now(),
    )
    calendar = WorkingCalendar()
    service = ReminderService(seeded_engine, clock, calendar, ReminderPolicy(), {})
    conversation = Conversation(seeded_engine, clock, calendar, on_task_changed=service.replan)
    # The command line reads the same database on the same day.
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("NHACVIEC_CLOCK_START", FRIDAY_MORNING.isoformat())
    monkeypatch.setenv("COLUMNS", "400")
    return World(seeded_engine, conversation, coordinator_id)


def cli(*args: str) -> str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def plan_json() -> dict[str, dict[str, Any]]:
    return {task["code"]: task for task in json.loads(cli("plan", "show", "--json"))}


def report_tasks() -> dict[str, dict[str, Any]]:
    return {task["code"]: task for task in json.loads(cli("report", "--format", "json"))["tasks"]}


def plan_row(code: str) -> str:
    """The line of ``plan show`` for a task: its code is the first cell."""
    rows = [line for line in cli("plan", "show").splitlines() if line.split("│")[1:2]]
    return next(row for row in rows if row.split("│")[1].strip() == code)


def banner(database_url: str, capsys: pytest.CaptureFixture[str]) -> str:
    with open_runtime(Settings(DATABASE_URL=database_url)) as runtime:
        capsys.readouterr()
        show_status(runtime)
    return capsys.readouterr().out


def banner_block(text: str, heading: str) -> list[list[str]]:
    """The rows under a heading of the banner, split into their columns."""
    lines = text.splitlines()
    if heading not in lines:
        return []
    rows = []
    for line in lines[lines.index(heading) + 1 :]:
        if not line.startswith("  "):
            break
        rows.append(re.split(r"\s{2,}", line.strip()))
    return rows


def undated_block(text: str) -> list[str]:
    heading = "Nhiệm vụ chưa có thời hạn cụ thể, cán bộ đầu mối cần đặt ngày:"
    return [row[0] for row in banner_block(text, heading)]


def due_soon(text: str) -> list[tuple[str, str]]:
    return [(row[0], row[1]) for row in banner_block(text, "Đến hạn trong 14 ngày tới:")]


def kinds_beside_dates(
    tasks: list[dict[str, Any]], dates_of: Callable[[dict[str, Any]], list[str]]
) -> set[str]:
    """The kinds the JSON gives to the tasks that have due dates."""
    return {task_kind(task) for task in tasks if dates_of(task)}


def task_kind(task: dict[str, Any]) -> str:
    return str(task["schedule"]["kind"] if "schedule" in task else task["kind"])


# --- a date set where the plan gives none ----------------------------------------------------


def test_a_date_the_coordinator_sets_is_the_tasks_date_everywhere(
    world: World, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # Task 5 reads "Theo thời gian đánh giá hàng năm của Bộ Y tế": the engine gives no date.
    assert "5" in undated_block(banner(database_url, capsys))
    said = world.send(COORDINATOR, "/giahan 5 17/12/2025 theo lịch khảo sát của Sở Y tế")
    assert "Nhiệm vụ 5 nay có hạn là thứ Tư, 17/12/2025" in "\n".join(r.text for r in said)

    shown = banner(database_url, capsys)
    assert undated_block(shown) == ["17"]
    assert ("thứ Tư, 17/12/2025", "5") in due_soon(shown)

    task = plan_json()["5"]
    assert task["schedule"] == {
        "kind": "set_by_coordinator",
        "due_dates": ["2025-12-17"],
        "moved": False,
        "plan_due_dates": [],
        "explanation": "Kế hoạch không ghi ngày cụ thể; cán bộ đầu mối đã đặt thời hạn: "
        "17/12/2025.",
    }
    assert plan_json()["17"]["schedule"]["kind"] == "unknown"
    row = plan_row("5")
    assert "17/12/2025" in row and "do cán bộ đầu mối đặt" in row and "cần đặt ngày" not in row
    assert "cần đặt ngày" in plan_row("17")

    reported = report_tasks()["5"]
    assert (reported["kind"], reported["due_dates"]) == ("set_by_coordinator", ["2025-12-17"])
    assert reported["status"] == "in_progress"  # the reason is a note in its history
    assert json.loads(cli("report", "--format", "json"))["totals"]["no_deadline"] == 1

    # The lead unit (vhxh, the coordinator's) is reminded 7, 3 (Sunday 14/12: Friday) and 1
    # days before, on the day, then while overdue.
    planned = world.planned("5")
    assert {reminder.due_on for reminder in planned} == {date(2025, 12, 17)}
    lead_reminders = [
        (reminder.send_at.astimezone(VIETNAM).date(), reminder.kind, reminder.days)
        for reminder in planned
        if reminder.officer_id == world.coordinator_id
    ]
    assert lead_reminders[:5] == [
        (date(2025, 12, 10), ReminderKind.BEFORE, 7),
        (date(2025, 12, 12), ReminderKind.BEFORE, 5),
        (date(2025, 12, 16), ReminderKind.BEFORE, 1),
        (date(2025, 12, 17), ReminderKind.DUE, 0),
        (date(2025, 12, 18), ReminderKind.OVERDUE, -1),
    ]

    undated = world.send(COORDINATOR, "/baocao")
    needing = "\n".join(r.text for r in undated).split("cần đặt ngày:")[1]
    assert "• 17 ·" in needing and "• 5 ·" not in needing


# --- a date an approved extension moved ------------------------------------------------------


def test_an_approved_extension_moves_the_date_everywhere(
    world: World, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # Task 12: "Trước ngày 10/12/2025", so due on Tuesday 09/12/2025.
    filed = world.send(VANPHONG, "/giahan 12 18/12/2025 chờ số liệu của các phòng")
    [request] = [reply for reply in filed if reply.to]
    approve = next(choice for row in request.choices for choice in row if "Duyệt" in choice.label)
    world.send(COORDINATOR, choice=str(approve.data))

    shown = banner(database_url, capsys)
    assert ("thứ Năm, 18/12/2025", "12") in due_soon(shown)
    assert [code for _, code in due_soon(shown)].count("12") == 1

    assert plan_json()["12"]["schedule"] == {
        "kind": "once",
        "due_dates": ["2025-12-18"],
        "moved": True,
        "plan_due_dates": ["2025-12-09"],
        "explanation": "Hạn trước ngày 10/12/2025, tức chậm nhất là ngày 09/12/2025. Đã điều "
        "chỉnh theo đề nghị gia hạn được duyệt; thời hạn hiện nay: 18/12/2025.",
    }
    assert plan_json()["8"]["schedule"]["moved"] is False
    row = plan_row("12")
    assert "18/12/2025" in row and "một lần, đã gia hạn" in row

    reported = report_tasks()["12"]
    assert (reported["kind"], reported["due_dates"]) == ("once", ["2025-12-18"])

    assert {reminder.due_on for reminder in world.planned("12")} == {date(2025, 12, 18)}


# --- every JSON, and the reminders a simulation shows ----------------------------------------


def test_no_json_says_unknown_beside_a_due_date(world: World) -> None:
    world.send(COORDINATOR, "/giahan 5 17/12/2025 theo lịch khảo sát của Sở Y tế")
    world.send(COORDINATOR, "/giahan 16 19/12/2025 tổng kết năm")  # "Thường xuyên"
    shown = list(plan_json().values())
    beside = kinds_beside_dates(shown, lambda task: task["schedule"]["due_dates"])
    assert beside == {"once", "milestones", "recurring", "set_by_coordinator"}
    assert {task["code"] for task in shown if task_kind(task) == "set_by_coordinator"} == {
        "5",
        "16",
    }
    reported = list(report_tasks().values())
    beside = kinds_beside_dates(reported, lambda task: task["due_dates"])
    assert beside == {"once", "milestones", "recurring", "set_by_coordinator"}
    assert {task["code"] for task in reported if task["kind"] == "set_by_coordinator"} == {
        "5",
        "16",
    }


def test_the_simulation_reminds_the_set_date_and_stops_asking_for_dates(world: World) -> None:
    def simulated() -> list[dict[str, Any]]:
        return list(
            json.loads(cli("simulate", "--from", "2025-12-08", "--to", "2025-12-19", "--json"))
        )

    assert any(message.get("digest") == "undated" for message in simulated())
    world.send(COORDINATOR, "/giahan 5 17/12/2025 theo lịch khảo sát của Sở Y tế")
    world.send(COORDINATOR, "/giahan 17 18/12/2025 theo kế hoạch số hoá của xã")
    messages = simulated()
    assert not any(message.get("digest") == "undated" for message in messages)
    assert {"before", "due"} <= {m["kind"] for m in messages if m["task"] == "5"}


# --- the rule itself -------------------------------------------------------------------------

SEP_30, DEC_9, DEC_18, DEC_31 = (
    date(2025, 9, 30),
    date(2025, 12, 9),
    date(2025, 12, 18),
    date(2025, 12, 31),
)


@pytest.mark.parametrize(
    ("engine_kind", "stored", "expected"),
    [
        (ScheduleKind.ONCE, [DEC_9], StandingKind.ONCE),
        (ScheduleKind.ONCE, [DEC_18], StandingKind.ONCE),
        (ScheduleKind.MILESTONES, [SEP_30, DEC_31], StandingKind.MILESTONES),
        (ScheduleKind.RECURRING, [SEP_30], StandingKind.RECURRING),
        (ScheduleKind.UNKNOWN, [], StandingKind.UNKNOWN),
        (ScheduleKind.UNKNOWN, [DEC_18], StandingKind.SET_BY_COORDINATOR),
        (ScheduleKind.ONGOING, [], StandingKind.ONGOING),
        (ScheduleKind.ONGOING, [DEC_18], StandingKind.SET_BY_COORDINATOR),
        # Dates gone from a dated text: the coordinator has to set one again.
        (ScheduleKind.ONCE, [], StandingKind.UNKNOWN),
    ],
)
def test_the_kind_as_it_stands(
    engine_kind: ScheduleKind, stored: list[date], expected: StandingKind
) -> None:
    assert standing_kind(engine_kind, stored) is expected
    assert needs_date(engine_kind, stored) == (expected is StandingKind.UNKNOWN)


@pytest.mark.parametrize(
    ("text", "stored", "kind", "moved"),
    [
        ("Trước ngày 10/12/2025", [DEC_9], StandingKind.ONCE, False),
        ("Trước ngày 10/12/2025", [DEC_18], StandingKind.ONCE, True),
        ("Quý III,IV/2025", [SEP_30, DEC_31], StandingKind.MILESTONES, False),
        ("Quý III,IV/2025", [DEC_18, DEC_31], StandingKind.MILESTONES, True),
        ("", [DEC_18], StandingKind.SET_BY_COORDINATOR, False),
        ("Thường xuyên", [], StandingKind.ONGOING, False),
        ("", [], StandingKind.UNKNOWN, False),
    ],
)
def test_a_schedule_is_moved_when_its_dates_differ_from_the_texts(
    text: str, stored: list[date], kind: StandingKind, moved: bool
) -> None:
    standing = standing_schedule(parse_deadline(text, H2_2025), stored)
    assert (standing.kind, standing.moved, standing.due_dates) == (kind, moved, tuple(stored))
