"""Planning at national scale stays within the databases' limits."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from sqlalchemy import Engine, delete
from sqlmodel import Session, select

from models.calendar import WorkingCalendar
from models.clock import VIETNAM
from models.db import session_scope
from models.deadline import ScheduleKind
from models.tables import Reminder, ReminderState, Role, Task
from scheduler import planning
from scheduler.planning import PlanSummary, TaskForPlanning, cancel_moot_reminders, plan_reminders
from scheduler.policy import ReminderPolicy
from tests.builders import register_officers

CALENDAR = WorkingCalendar()
NOW = datetime(2025, 11, 20, 6, 0, tzinfo=VIETNAM)
UNITS = ["vhxh", "vanphong", "kinhte", "pvhcc", "snc"]


def test_cancelling_over_more_tasks_than_a_statement_takes_parameters(engine: Engine) -> None:
    # About 116,000 tasks for 3,321 communes: more ids than PostgreSQL's 65,535 parameters.
    tasks = [
        TaskForPlanning(
            id=number,
            code=str(number),
            kind=ScheduleKind.ONCE,
            due_dates=(date(2025, 12, 31),),
            lead_units=(),
            coordinating_units=(),
            period_start=date(2025, 7, 1),
            period_end=date(2025, 12, 31),
            done=number % 2 == 0,
        )
        for number in range(1, 70_001)
    ]
    with Session(engine) as session:
        assert cancel_moot_reminders(session, tasks) == 0


PlannedRow = tuple[int, date, int, str, int, datetime, str]


def planned_rows(engine: Engine) -> set[PlannedRow]:
    with Session(engine) as session:
        return {
            (row.task_id, row.due_on, row.officer_id, row.kind, row.days, row.send_at, row.state)
            for row in session.exec(select(Reminder))
        }


def plan_all(engine: Engine, now: datetime) -> PlanSummary:
    with session_scope(engine) as session:
        return plan_reminders(session, now=now, policy=ReminderPolicy(), calendar=CALENDAR)


def test_planning_page_by_page_writes_the_same_rows(
    seeded_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    register_officers(
        seeded_engine,
        [(unit, f"Cán bộ {unit}", Role.OFFICER, str(100 + n)) for n, unit in enumerate(UNITS)],
        now=NOW,
    )
    whole = plan_all(seeded_engine, NOW)
    rows = planned_rows(seeded_engine)
    assert whole.considered == len(rows) > 100
    with session_scope(seeded_engine) as session:
        session.execute(delete(Reminder))
    monkeypatch.setattr(planning, "PAGE_TASKS", 4)  # 35 tasks: nine pages
    paged = plan_all(seeded_engine, NOW)
    assert paged.considered == whole.considered
    assert planned_rows(seeded_engine) == rows
    # Every row already there: a second run adds nothing, whatever the paging.
    assert plan_all(seeded_engine, NOW).considered == whole.considered
    assert planned_rows(seeded_engine) == rows
    # The send moments are stored as the policy's 08:00 in Hanoi, read back aware.
    assert {row[5].astimezone(VIETNAM).time() for row in rows} == {time(8, 0)}
    assert {row[6] for row in rows} == {ReminderState.PLANNED.value}


def test_an_archived_task_loses_its_planned_reminders(seeded_engine: Engine) -> None:
    register_officers(seeded_engine, [("vanphong", "Cán bộ", Role.OFFICER, "100")], now=NOW)
    plan_all(seeded_engine, NOW)
    with session_scope(seeded_engine) as session:
        task = session.exec(select(Task).where(Task.code == "12")).one()
        task.archived_at = NOW  # dropped from the plan by a revision
        session.add(task)
        archived = task.id or 0
    summary = plan_all(seeded_engine, NOW)
    with Session(seeded_engine) as session:
        states = {
            row.task_id: row.state
            for row in session.exec(select(Reminder))
            if row.task_id == archived or row.state == ReminderState.PLANNED.value
        }
    assert summary.cancelled > 0 and states[archived] == ReminderState.CANCELLED.value
    assert len(set(states.values())) == 2  # the other tasks' reminders stay planned
