"""Planning at national scale stays within the databases' limits."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine
from sqlmodel import Session

from models.deadline import ScheduleKind
from scheduler.planning import TaskForPlanning, cancel_moot_reminders


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
