"""Reminder rows seen from the conversation: snoozing one, and officers on leave."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import func, update
from sqlmodel import Session, col, select

from models.tables import Leave, Officer, Reminder, ReminderKind, ReminderState, Task


def snooze(
    session: Session, *, officer_id: int, task_id: int, due_on: date, until: datetime
) -> None:
    """Put off an officer's reminders of a task until ``until``, where one is sent again."""
    session.execute(
        update(Reminder)
        .where(col(Reminder.officer_id) == officer_id, col(Reminder.task_id) == task_id)
        .where(col(Reminder.state) == ReminderState.PLANNED.value)
        .where(col(Reminder.send_at) < until)
        .values(state=ReminderState.CANCELLED.value)
        .execution_options(synchronize_session=False)
    )
    days = (due_on - until.date()).days
    existing = session.exec(
        select(Reminder).where(
            Reminder.task_id == task_id,
            Reminder.due_on == due_on,
            Reminder.officer_id == officer_id,
            Reminder.kind == ReminderKind.SNOOZED,
            Reminder.days == days,
        )
    ).first()
    reminder = existing or Reminder(
        task_id=task_id,
        due_on=due_on,
        officer_id=officer_id,
        kind=ReminderKind.SNOOZED,
        days=days,
        send_at=until,
    )
    reminder.send_at, reminder.state = until, ReminderState.PLANNED
    session.add(reminder)


def on_leave(session: Session, officer_ids: list[int], day: date) -> set[int]:
    """The officers among ``officer_ids`` who are on leave on ``day``."""
    return set(
        session.exec(
            select(Leave.officer_id).where(
                col(Leave.officer_id).in_(officer_ids), Leave.start <= day, Leave.end >= day
            )
        )
    )


def leave_ahead(session: Session, officer_id: int, today: date) -> list[Leave]:
    """The officer's leave that is under way or still to come, earliest first."""
    return list(
        session.exec(
            select(Leave)
            .where(Leave.officer_id == officer_id, Leave.end >= today)
            .order_by(col(Leave.start), col(Leave.id))
        )
    )


def add_leave(
    session: Session, officer_id: int, start: date, end: date, now: datetime
) -> tuple[Leave, bool]:
    """Record a leave, joined with the officer's leave it overlaps or touches.

    Two rows over the same days would each have to be cancelled, and "22-26/12" then
    "24-31/12" means one leave from 22 to 31/12. Returns the leave as saved and whether
    it was joined with an earlier one.
    """
    touching = list(
        session.exec(
            select(Leave)
            .where(
                Leave.officer_id == officer_id,
                Leave.start <= end + timedelta(days=1),
                Leave.end >= start - timedelta(days=1),
            )
            .order_by(col(Leave.id))
        )
    )
    if not touching:
        leave = Leave(officer_id=officer_id, start=start, end=end, created_at=now)
        session.add(leave)
        session.flush()
        return leave, False
    kept, *others = touching
    kept.start = min([start, *(leave.start for leave in touching)])
    kept.end = max([end, *(leave.end for leave in touching)])
    for other in others:
        session.delete(other)
    session.add(kept)
    session.flush()
    return kept, True


def cancel_leave(session: Session, leave: Leave, today: date) -> Leave | None:
    """Give the officer their reminders back from today.

    A leave that has started ends yesterday, so the days taken stay on record (the
    coordinators were told of them); one still to come is removed. Returns the leave
    as it stays, None when removed. The sweep reads leave when it sends, so reminders
    planned for today onwards go out again.
    """
    if leave.start < today:
        leave.end = min(leave.end, today - timedelta(days=1))
        session.add(leave)
        return leave
    session.delete(leave)
    return None


def colleagues_available(session: Session, officer: Officer, start: date, end: date) -> int:
    """How many other active officers of the unit are not on leave at some point of the span."""
    others = list(
        session.exec(
            select(Officer.id).where(
                Officer.unit_id == officer.unit_id,
                Officer.id != officer.id,
                col(Officer.active).is_(True),
            )
        )
    )
    away = set(
        session.exec(
            select(Leave.officer_id).where(
                col(Leave.officer_id).in_(others), Leave.start <= start, Leave.end >= end
            )
        )
    )
    return len([other for other in others if other not in away])


def missed_by_task(session: Session, plan_id: int) -> dict[str, int]:
    """How many reminders of each task (by code) were missed during downtime."""
    rows = session.exec(
        select(Task.code, func.count())
        .join(Reminder, col(Reminder.task_id) == Task.id)
        .where(Task.plan_id == plan_id, Reminder.state == ReminderState.MISSED)
        .group_by(col(Task.code))
    ).all()
    return {str(code): int(count) for code, count in rows}
