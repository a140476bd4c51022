"""Planning reminders: turning every unfinished task's due dates into reminder rows.

:func:`plan_items` is the one planner: pure, it takes tasks and their recipients and
yields what the policy sends and when. The live bot writes its items as rows
(:func:`plan_reminders`, bulk, idempotent thanks to the unique key);
``nhacviec simulate`` prints them, with a unit standing in for its officers when
nobody has registered yet.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from itertools import islice
from typing import cast

from sqlalchemy import Insert, Select, Table, and_, exists, func, insert, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col

from models.calendar import WorkingCalendar
from models.clock import utc
from models.deadline import ScheduleKind
from models.tables import (
    DueDate,
    Officer,
    Plan,
    ProgressUpdate,
    Reminder,
    ReminderKind,
    ReminderState,
    Role,
    Task,
    TaskUnit,
    UnitRole,
)
from scheduler.policy import ReminderPolicy, checkin_days, reminders_for_due_date, send_moment

HORIZON_DAYS = 45
INSERT_CHUNK = 2500  # rows per INSERT: 11 columns each, under SQLite's 32,766 parameters
CANCEL_CHUNK = 10_000  # task ids per UPDATE


@dataclass(frozen=True)
class TaskForPlanning:
    """What planning needs to know of a task."""

    id: int
    code: str
    kind: ScheduleKind
    due_dates: tuple[date, ...]
    lead_units: tuple[int, ...]
    coordinating_units: tuple[int, ...]
    period_start: date
    period_end: date
    done: bool = False


@dataclass(frozen=True)
class Recipient:
    """Who receives a reminder: an officer, or in a simulation a unit standing in."""

    unit_id: int
    name: str
    officer_id: int | None = None


@dataclass(frozen=True)
class Item:
    """One reminder the policy sends."""

    task_id: int
    task_code: str
    due_on: date
    kind: ReminderKind
    days: int
    send_at: datetime
    recipient: Recipient


def plan_items(
    tasks: Iterable[TaskForPlanning],
    recipients: Mapping[int, Sequence[Recipient]],
    *,
    policy: ReminderPolicy,
    calendar: WorkingCalendar,
    tz: tzinfo,
    start: date,
    end: date,
) -> Iterator[Item]:
    """Yield every reminder whose send day falls from ``start`` to ``end``, task by task."""
    for task in tasks:
        if task.done:
            continue
        if task.kind is ScheduleKind.ONGOING:
            yield from _checkins(task, recipients, policy, calendar, tz, start, end)
        for due_on in task.due_dates:
            for planned in reminders_for_due_date(due_on, policy, calendar):
                if not start <= planned.send_on <= end:
                    continue
                units = (
                    task.lead_units
                    if planned.audience is UnitRole.LEAD
                    else (task.coordinating_units)
                )
                moment = send_moment(planned.send_on, policy, tz)
                for unit_id in units:
                    for recipient in recipients.get(unit_id, ()):
                        yield Item(
                            task.id,
                            task.code,
                            due_on,
                            planned.kind,
                            planned.days,
                            moment,
                            recipient,
                        )


def _checkins(
    task: TaskForPlanning,
    recipients: Mapping[int, Sequence[Recipient]],
    policy: ReminderPolicy,
    calendar: WorkingCalendar,
    tz: tzinfo,
    start: date,
    end: date,
) -> Iterator[Item]:
    first, last = max(start, task.period_start), min(end, task.period_end)
    for day in checkin_days(first, last, calendar) if first <= last else []:
        moment = send_moment(day, policy, tz)
        for unit_id in task.lead_units:
            for recipient in recipients.get(unit_id, ()):
                yield Item(task.id, task.code, day, ReminderKind.CHECKIN, 0, moment, recipient)


# --- reading tasks in bulk ------------------------------------------------------------------


def load_tasks(session: Session, task_ids: Sequence[int] | None = None) -> list[TaskForPlanning]:
    """Read every active task (or the given ones) with its dates, units and done-ness."""
    scope = select(col(Task.id)).where(col(Task.archived_at).is_(None))
    if task_ids is not None:
        scope = scope.where(col(Task.id).in_(task_ids))
    scope_subquery = scope.scalar_subquery()
    rows = session.execute(
        select(
            col(Task.id),
            col(Task.code),
            col(Task.schedule_kind),
            col(Plan.period_start),
            col(Plan.period_end),
        )
        .join(Plan, col(Plan.id) == Task.plan_id)
        .where(col(Task.id).in_(scope_subquery))
    ).all()
    dates: dict[int, list[date]] = defaultdict(list)
    for task_id, due_on in session.execute(
        select(col(DueDate.task_id), col(DueDate.due_on)).where(
            col(DueDate.task_id).in_(scope_subquery)
        )
    ):
        dates[task_id].append(due_on)
    units: dict[tuple[int, str], list[int]] = defaultdict(list)
    for task_id, unit_id, role in session.execute(
        select(col(TaskUnit.task_id), col(TaskUnit.unit_id), col(TaskUnit.role)).where(
            col(TaskUnit.task_id).in_(scope_subquery)
        )
    ):
        units[(task_id, str(role))].append(unit_id)
    done = done_task_ids(session, scope)
    return [
        TaskForPlanning(
            id=task_id,
            code=code,
            kind=ScheduleKind(kind),
            due_dates=tuple(sorted(dates[task_id])),
            lead_units=tuple(units[(task_id, UnitRole.LEAD.value)]),
            coordinating_units=tuple(units[(task_id, UnitRole.COORDINATING.value)]),
            period_start=start,
            period_end=end,
            done=task_id in done,
        )
        for task_id, code, kind, start, end in rows
    ]


def done_task_ids(session: Session, scope: Select[int | None]) -> set[int]:
    """The tasks whose latest recorded percent is 100, among those ``scope`` selects."""
    ranked = (
        select(
            col(ProgressUpdate.task_id),
            col(ProgressUpdate.percent),
            func.row_number()
            .over(
                partition_by=col(ProgressUpdate.task_id),
                order_by=(col(ProgressUpdate.created_at).desc(), col(ProgressUpdate.id).desc()),
            )
            .label("rank"),
        )
        .where(col(ProgressUpdate.percent).is_not(None))
        .where(col(ProgressUpdate.task_id).in_(scope.scalar_subquery()))
        .subquery()
    )
    return set(
        session.execute(
            select(ranked.c.task_id).where(ranked.c.rank == 1, ranked.c.percent == 100)
        ).scalars()
    )


def officer_recipients(session: Session) -> dict[int, list[Recipient]]:
    """The active officers of every unit, as recipients; leaders only read, so get none."""
    recipients: dict[int, list[Recipient]] = defaultdict(list)
    for officer_id, unit_id, name in session.execute(
        select(col(Officer.id), col(Officer.unit_id), col(Officer.full_name))
        .where(col(Officer.active).is_(True), col(Officer.role) != Role.LEADER.value)
        .order_by(col(Officer.id))
    ):
        recipients[unit_id].append(Recipient(unit_id, name, officer_id))
    return recipients


# --- writing rows -------------------------------------------------------------------------


@dataclass(frozen=True)
class PlanSummary:
    """What a planning run did."""

    considered: int
    cancelled: int


def plan_reminders(
    session: Session,
    *,
    now: datetime,
    policy: ReminderPolicy,
    calendar: WorkingCalendar,
    task_ids: Sequence[int] | None = None,
    horizon_days: int = HORIZON_DAYS,
) -> PlanSummary:
    """Bring the reminder rows in line with the tasks: add what is missing, cancel what is moot.

    Idempotent: rows that exist are left alone (the unique key makes a second insert a
    no-op), so it can run at every start, every day, and after every change of a task.
    """
    today = now.date()
    assert now.tzinfo is not None, "now must be timezone-aware"
    tasks = load_tasks(session, task_ids)
    items = plan_items(
        tasks,
        officer_recipients(session),
        policy=policy,
        calendar=calendar,
        tz=now.tzinfo,
        start=today,
        end=today + timedelta(days=horizon_days),
    )
    # Rows go out in multi-row INSERTs of a few thousand, built as they are needed, so
    # that memory stays flat and the statement stays under the databases' parameter caps
    # (65,535 on PostgreSQL, 32,766 on SQLite).
    considered = 0
    statement = _insert_ignoring_duplicates(session)
    while chunk := [_row(item) for item in islice(items, INSERT_CHUNK)]:
        session.execute(statement.values(chunk))
        considered += len(chunk)
    cancelled = cancel_moot_reminders(session, tasks)
    return PlanSummary(considered=considered, cancelled=cancelled)


def _row(item: Item) -> dict[str, object]:
    return {
        "task_id": item.task_id,
        "due_on": item.due_on,
        "officer_id": item.recipient.officer_id,
        "kind": item.kind.value,
        "days": item.days,
        "send_at": utc(item.send_at),
        "state": ReminderState.PLANNED.value,
        "attempts": 0,
        "channel": "",
        "message_id": "",
        "error": "",
    }


def _insert_ignoring_duplicates(session: Session) -> Insert:
    # Core inserts on the table, not the ORM class: planning writes up to a million rows.
    table = cast(Table, Reminder.__table__)  # type: ignore[attr-defined]
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        return postgresql.insert(table).on_conflict_do_nothing()
    if dialect == "sqlite":
        return sqlite.insert(table).on_conflict_do_nothing()
    return insert(table).prefix_with("IGNORE")


def cancel_moot_reminders(session: Session, tasks: Sequence[TaskForPlanning]) -> int:
    """Cancel planned reminders of done tasks, of due dates that moved, and of officers gone."""
    cancelled = 0
    # In slices: one statement with every task id would pass PostgreSQL's parameter cap
    # at national scale.
    for start in range(0, len(tasks), CANCEL_CHUNK):
        cancelled += _cancel_moot(session, tasks[start : start + CANCEL_CHUNK])
    return cancelled


def _cancel_moot(session: Session, tasks: Sequence[TaskForPlanning]) -> int:
    task_ids = [task.id for task in tasks]
    done = [task.id for task in tasks if task.done]
    due_date_gone = ~exists().where(
        col(DueDate.task_id) == col(Reminder.task_id), col(DueDate.due_on) == col(Reminder.due_on)
    )
    officer_gone = ~exists().where(
        col(Officer.id) == col(Reminder.officer_id), col(Officer.active).is_(True)
    )
    result = session.execute(
        update(Reminder)
        .where(col(Reminder.state) == ReminderState.PLANNED.value)
        .where(col(Reminder.task_id).in_(task_ids))
        .where(
            or_(
                col(Reminder.task_id).in_(done),
                and_(col(Reminder.kind).not_in([ReminderKind.CHECKIN.value]), due_date_gone),
                officer_gone,
            )
        )
        .values(state=ReminderState.CANCELLED.value)
        .execution_options(synchronize_session=False)
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]
