"""Planning reminders: turning every unfinished task's due dates into reminder rows.

:func:`plan_items` is the one planner: pure, it takes tasks and their recipients and
yields what the policy sends and when. The live bot writes its items as rows
(:func:`plan_reminders`, bulk, idempotent thanks to the unique key);
``nhacviec simulate`` prints them, with a unit standing in for its officers when
nobody has registered yet.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from functools import cache, lru_cache
from itertools import islice
from typing import NamedTuple, TypedDict

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    exists,
    func,
    or_,
    select,
    text,
    tuple_,
    update,
)
from sqlalchemy.orm import aliased
from sqlmodel import Session, col

from models.calendar import WorkingCalendar
from models.deadline import ScheduleKind
from models.milestones import entry_milestone
from models.progress import NOT_DONE, Completion, milestone_completion
from models.tables import (
    DueDate,
    Officer,
    Plan,
    ProgressUpdate,
    Reminder,
    ReminderKind,
    ReminderState,
    Review,
    Role,
    Task,
    TaskUnit,
    UnitRole,
    row_id,
)
from scheduler.policy import (
    ReminderPolicy,
    checkin_days,
    in_its_turn,
    reminders_for_due_date,
    send_moment,
)

HORIZON_DAYS = 45
INSERT_CHUNK = 5000  # rows per executemany where there is no COPY
# Tasks planned at a time: bounds memory, and the ids bound in one statement stay far
# under the databases' parameter caps (65,535 on PostgreSQL, 32,766 on SQLite).
PAGE_TASKS = 5000


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
    # The lead units whose own part is done: their officers are reminded no more, while
    # the other lead units' and the coordinating units' still are (models.progress).
    done_parts: frozenset[int] = frozenset()
    # Each milestone's completion, by due date: a milestone reported done is reminded
    # no more, nor the lead units whose part of it is (models.milestones).
    milestones: Mapping[date | None, Completion] = field(default_factory=dict)

    def milestone_done(self, due_on: date | None) -> bool:
        """Whether the milestone due on ``due_on`` is done (reported, for reminders)."""
        return self.milestones.get(due_on, NOT_DONE).done

    def units_reminded(self, audience: UnitRole, due_on: date | None = None) -> tuple[int, ...]:
        """The units a reminder for ``audience`` (about the milestone ``due_on``, or the
        task as a whole) goes to: lead units with a part left to do, or the coordinating
        units."""
        if audience is not UnitRole.LEAD:
            return self.coordinating_units
        finished = self.done_parts | self.milestones.get(due_on, NOT_DONE).done_parts
        if not finished:
            return self.lead_units
        return tuple(unit for unit in self.lead_units if unit not in finished)


@dataclass(frozen=True)
class Recipient:
    """Who receives a reminder: an officer, or in a simulation a unit standing in."""

    unit_id: int
    name: str
    officer_id: int | None = None


class Item(NamedTuple):
    """One reminder the policy sends (a tuple: planning makes about a million of them)."""

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
    # Thousands of tasks share a handful of due dates and send days: work out each one's
    # reminders and send moment once per call, not once per task.
    planned_for = cache(lambda due_on: reminders_for_due_date(due_on, policy, calendar))
    moment_of = cache(lambda day: send_moment(day, policy, tz))
    checkins_between = cache(lambda first, last: checkin_days(first, last, calendar))
    for task in tasks:
        if task.done:
            continue
        if task.kind is ScheduleKind.ONGOING:
            yield from _checkins(task, recipients, moment_of, checkins_between, start, end)
        dues = task.due_dates
        for index, due_on in enumerate(dues):
            if task.milestone_done(due_on):
                continue
            previous_due = dues[index - 1] if index else None
            next_due = dues[index + 1] if index + 1 < len(dues) else None
            for planned in planned_for(due_on):
                if not start <= planned.send_on <= end:
                    continue
                if not in_its_turn(planned, previous_due, next_due):
                    continue
                units = task.units_reminded(planned.audience, due_on)
                moment = moment_of(planned.send_on)
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
    moment_of: Callable[[date], datetime],
    checkins_between: Callable[[date, date], list[date]],
    start: date,
    end: date,
) -> Iterator[Item]:
    first, last = max(start, task.period_start), min(end, task.period_end)
    for day in checkins_between(first, last) if first <= last else []:
        moment = moment_of(day)
        for unit_id in task.units_reminded(UnitRole.LEAD):
            for recipient in recipients.get(unit_id, ()):
                yield Item(task.id, task.code, day, ReminderKind.CHECKIN, 0, moment, recipient)


# --- reading tasks in bulk ------------------------------------------------------------------


def load_tasks(
    session: Session,
    task_ids: Sequence[int] | None = None,
    *,
    id_range: tuple[int, int] | None = None,
    zone: tzinfo = UTC,
) -> list[TaskForPlanning]:
    """Read every active task (or the given ones, or those with ids in ``id_range``, both
    ends included) with its dates, units and done-ness; ``zone``: the local time zone."""
    scope = select(col(Task.id)).where(col(Task.archived_at).is_(None))
    if task_ids is not None:
        scope = scope.where(col(Task.id).in_(task_ids))
    if id_range is not None:
        scope = scope.where(col(Task.id).between(*id_range))
    scope_subquery = scope.scalar_subquery()
    # Core rather than ORM execution: plain rows, without the ORM's per-row bookkeeping,
    # which costs more than the queries at national scale.
    connection = session.connection()
    rows = connection.execute(
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
    for task_id, due_on in connection.execute(
        select(col(DueDate.task_id), col(DueDate.due_on))
        .where(col(DueDate.task_id).in_(scope_subquery))
        .order_by(col(DueDate.task_id), col(DueDate.due_on))
    ).all():
        dates[task_id].append(due_on)
    leads: dict[int, list[int]] = defaultdict(list)
    coordinating: dict[int, list[int]] = defaultdict(list)
    lead = UnitRole.LEAD.value
    for task_id, unit_id, role in connection.execute(
        select(col(TaskUnit.task_id), col(TaskUnit.unit_id), col(TaskUnit.role)).where(
            col(TaskUnit.task_id).in_(scope_subquery)
        )
    ).all():
        (leads if role == lead else coordinating)[task_id].append(unit_id)
    done = completions(session, scope, leads, dates, zone)
    tasks = []
    for id_read, code, kind, start, end in rows:
        task_id = row_id(id_read)
        tasks.append(
            TaskForPlanning(
                id=task_id,
                code=code,
                kind=ScheduleKind(kind),
                due_dates=tuple(dates[task_id]),
                lead_units=tuple(leads[task_id]),
                coordinating_units=tuple(coordinating[task_id]),
                period_start=start,
                period_end=end,
                done=task_id in done and done[task_id].done,
                done_parts=done[task_id].done_parts if task_id in done else frozenset(),
                milestones=done[task_id].milestones if task_id in done else {},
            )
        )
    return tasks


def completions(
    session: Session,
    scope: Select[int | None],
    leads: Mapping[int, Sequence[int]],
    due_dates: Mapping[int, Sequence[date]],
    zone: tzinfo = UTC,
) -> dict[int, Completion]:
    """Which tasks ``scope`` selects are done, which of their milestones, and which lead
    units' parts of each, by the reports' rule (:func:`models.progress.completion`, per
    milestone: :func:`models.progress.milestone_completion`); ``leads``: each task's
    lead units, ``due_dates`` its dates, ``zone``: whose days an undated entry's moment
    falls on. Tasks without a percent recorded are left out: nothing of them is done.

    For reminders, a completion reported and awaiting the coordinator's confirmation
    counts: the officer has done their part; one returned no longer counts, so its
    reminders come back. Only the latest such percent of each task, stored unit and
    milestone is read (one query for all).
    """
    ranked = (
        select(
            col(ProgressUpdate.task_id),
            col(ProgressUpdate.unit_id),
            col(ProgressUpdate.due_on),
            col(ProgressUpdate.percent),
            col(ProgressUpdate.created_at),
            col(ProgressUpdate.id),
            func.row_number()
            .over(
                partition_by=(
                    col(ProgressUpdate.task_id),
                    col(ProgressUpdate.unit_id),
                    col(ProgressUpdate.due_on),
                ),
                order_by=(col(ProgressUpdate.created_at).desc(), col(ProgressUpdate.id).desc()),
            )
            .label("rank"),
        )
        .where(col(ProgressUpdate.percent).is_not(None))
        .where(col(ProgressUpdate.review) != Review.RETURNED.value)
        .where(col(ProgressUpdate.task_id).in_(scope.scalar_subquery()))
        .subquery()
    )
    latest: dict[int, list[tuple[int | None, date | None, int]]] = defaultdict(list)
    for task_id, unit_id, due_on, percent, created_at in session.connection().execute(
        select(
            ranked.c.task_id,
            ranked.c.unit_id,
            ranked.c.due_on,
            ranked.c.percent,
            ranked.c.created_at,
        )
        .where(ranked.c.rank == 1)
        .order_by(ranked.c.task_id, ranked.c.created_at, ranked.c.id)
    ):
        written_on = created_at.replace(tzinfo=UTC).astimezone(zone).date()
        milestone = entry_milestone(due_on, written_on, due_dates.get(task_id, ()))
        latest[task_id].append((unit_id, milestone, percent))
    return {
        task_id: milestone_completion(updates, leads.get(task_id, ()), due_dates.get(task_id, ()))
        for task_id, updates in latest.items()
    }


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
    Works through the tasks a page at a time, so that memory stays flat however many
    communes the database holds.
    """
    assert now.tzinfo is not None, "now must be timezone-aware"
    tz, today = now.tzinfo, now.date()
    recipients = officer_recipients(session)
    writer = _RowWriter.for_session(session)

    def rows_of(tasks: list[TaskForPlanning]) -> list[PlannedRow]:
        items = plan_items(
            tasks,
            recipients,
            policy=policy,
            calendar=calendar,
            tz=tz,
            start=today,
            end=today + timedelta(days=horizon_days),
        )
        return [_row(item) for item in items]

    considered = cancelled = 0

    def finish(
        page: _Page, tasks: list[TaskForPlanning], building: Future[list[PlannedRow]]
    ) -> None:
        nonlocal considered, cancelled
        # A page with no reminder yet (a new plan, the first planning of a deployment)
        # gets only rows made from its tasks as they stand now: none can be moot.
        planned_before = _has_reminders(session, page)
        if planned_before and "task_ids" in page:
            # A task that changed may have reopened (a percent below 100, a completion
            # the coordinator returned): its cancelled reminders still ahead come back,
            # and those still moot are cancelled again just below.
            _revive_cancelled(session, page, now)
        considered += writer.write(building.result())
        if planned_before:
            cancelled += _cancel_moot(session, page, tasks)

    # Two stages in step: while the database writes one page (the main thread waits on
    # it, the GIL released), a worker thread works out the next page's reminders.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="planning") as worker:
        previous: tuple[_Page, list[TaskForPlanning], Future[list[PlannedRow]]] | None = None
        for page in _pages(session, task_ids):
            tasks = load_tasks(session, **page, zone=tz)
            building = worker.submit(rows_of, tasks)
            if previous is not None:
                finish(*previous)
            previous = (page, tasks, building)
        if previous is not None:
            finish(*previous)
    return PlanSummary(considered=considered, cancelled=cancelled)


class _Page(TypedDict, total=False):
    task_ids: Sequence[int]
    id_range: tuple[int, int]


def _pages(session: Session, task_ids: Sequence[int] | None) -> Iterator[_Page]:
    """The tasks to plan, a page at a time: given ids in slices, or all by id range.

    A range (``id BETWEEN first AND last``) costs the database one index range scan,
    where tens of thousands of bound ids would cost the client and the server far more.
    """
    if task_ids is not None:
        ordered = sorted(set(task_ids))
        for start in range(0, len(ordered), PAGE_TASKS):
            yield {"task_ids": ordered[start : start + PAGE_TASKS]}
        return
    active = list(
        session.execute(
            select(col(Task.id)).where(col(Task.archived_at).is_(None)).order_by(col(Task.id))
        ).scalars()
    )
    for start in range(0, len(active), PAGE_TASKS):
        page = active[start : start + PAGE_TASKS]
        yield {"id_range": (page[0], page[-1])}


# The columns planning writes; the others take their defaults (state planned, no attempt).
_COLUMNS = ("task_id", "due_on", "officer_id", "kind", "days", "send_at")
PlannedRow = tuple[int, date, int | None, str, int, datetime]


def _row(item: Item) -> PlannedRow:
    send_at = _stored(item.send_at)
    return (
        item.task_id,
        item.due_on,
        item.recipient.officer_id,
        item.kind.value,
        item.days,
        send_at,
    )


@lru_cache(maxsize=256)
def _stored(moment: datetime) -> datetime:
    # Naive UTC, as models.types.UTCDateTime stores every timestamp; a planning run has
    # one send moment per day, so the conversion is cached.
    return moment.astimezone(UTC).replace(tzinfo=None)


class _RowWriter:
    """Writes planned rows, skipping those already there (the unique key): SQLite's way."""

    def __init__(self, session: Session) -> None:
        self.session = session

    @staticmethod
    def for_session(session: Session) -> _RowWriter:
        """The fastest writer the session's database offers."""
        if session.get_bind().dialect.name == "postgresql":
            return _CopyWriter(session)
        return _RowWriter(session)

    def write(self, rows: Iterable[PlannedRow]) -> int:
        """Write ``rows`` in chunks of :data:`INSERT_CHUNK`; return how many were given."""
        written = 0
        statement = text(
            f"INSERT INTO reminder ({', '.join(_COLUMNS)}, {_DEFAULTED}) "
            f"VALUES ({', '.join(':' + name for name in _COLUMNS)}, {_DEFAULTS}) "
            "ON CONFLICT DO NOTHING"
        )
        iterator = iter(rows)
        while chunk := list(islice(iterator, INSERT_CHUNK)):
            # One executemany per chunk: the driver loops in C over plain tuples.
            self.session.execute(
                statement, [dict(zip(_COLUMNS, row, strict=True)) for row in chunk]
            )
            written += len(chunk)
        return written


class _CopyWriter(_RowWriter):
    """PostgreSQL: COPY into a temporary table, then one INSERT ... SELECT per page.

    COPY streams the rows without a statement per row or a parameter per value, and the
    INSERT ... ON CONFLICT DO NOTHING leaves the rows already planned alone.
    """

    def write(self, rows: Iterable[PlannedRow]) -> int:
        connection = self.session.connection()
        connection.exec_driver_sql(
            "CREATE TEMPORARY TABLE IF NOT EXISTS reminder_planned ("
            "task_id integer, due_on date, officer_id integer, kind varchar(16), "
            "days integer, send_at timestamp) ON COMMIT DELETE ROWS"
        )
        raw = connection.connection.driver_connection
        assert raw is not None
        written = 0
        with raw.cursor() as cursor:
            cursor.execute("TRUNCATE reminder_planned")
            # Binary: psycopg packs the values in C and the server parses no text.
            with cursor.copy(
                f"COPY reminder_planned ({', '.join(_COLUMNS)}) FROM STDIN (FORMAT BINARY)"
            ) as copy:
                copy.set_types(_COPY_TYPES)
                for row in rows:
                    copy.write_row(row)
                    written += 1
            cursor.execute(
                f"INSERT INTO reminder ({', '.join(_COLUMNS)}, {_DEFAULTED}) "
                f"SELECT {', '.join(_COLUMNS)}, {_DEFAULTS} FROM reminder_planned "
                "ON CONFLICT DO NOTHING"
            )
        return written


_COPY_TYPES = ["int4", "date", "int4", "varchar", "int4", "timestamp"]  # as _COLUMNS
_DEFAULTED = "state, attempts, channel, message_id, error"
_DEFAULTS = f"'{ReminderState.PLANNED.value}', 0, '', '', ''"


def cancel_moot_reminders(session: Session, tasks: Sequence[TaskForPlanning]) -> int:
    """Cancel planned reminders of done or archived tasks, to officers whose unit's part is
    done, of due dates that moved, and of officers gone, among the reminders of ``tasks``."""
    cancelled = 0
    # In slices: one statement with every task id would pass PostgreSQL's parameter cap
    # at national scale.
    for start in range(0, len(tasks), PAGE_TASKS):
        chunk = tasks[start : start + PAGE_TASKS]
        cancelled += _cancel_moot(session, {"task_ids": [task.id for task in chunk]}, chunk)
    return cancelled


def _in_page(page: _Page) -> ColumnElement[bool]:
    if "id_range" in page:
        return col(Reminder.task_id).between(*page["id_range"])
    return col(Reminder.task_id).in_(page["task_ids"])


def _revive_cancelled(session: Session, page: _Page, now: datetime) -> None:
    """Plan again the cancelled reminders of the page's tasks that are still to come,
    except those an officer put off ("Nhắc lại sau"): a later snoozed reminder of the
    same task to the same officer stands for them."""
    snoozed = aliased(Reminder)
    put_off = exists().where(
        col(snoozed.task_id) == col(Reminder.task_id),
        col(snoozed.officer_id) == col(Reminder.officer_id),
        col(snoozed.kind) == ReminderKind.SNOOZED.value,
        col(snoozed.state) == ReminderState.PLANNED.value,
        col(snoozed.send_at) > col(Reminder.send_at),
    )
    session.execute(
        update(Reminder)
        .where(
            _in_page(page),
            col(Reminder.state) == ReminderState.CANCELLED.value,
            col(Reminder.send_at) > now,
            ~put_off,
        )
        .values(state=ReminderState.PLANNED.value)
        .execution_options(synchronize_session=False)
    )


def _has_reminders(session: Session, page: _Page) -> bool:
    """Whether any task of the page has a reminder row, in whatever state."""
    return bool(session.execute(select(exists().where(_in_page(page)))).scalar())


def _cancel_moot(session: Session, page: _Page, tasks: Sequence[TaskForPlanning]) -> int:
    in_page = _in_page(page)
    done = [task.id for task in tasks if task.done]
    task_archived = exists().where(
        col(Task.id) == col(Reminder.task_id), col(Task.archived_at).is_not(None)
    )
    due_date_gone = ~exists().where(
        col(DueDate.task_id) == col(Reminder.task_id), col(DueDate.due_on) == col(Reminder.due_on)
    )
    officer_gone = ~exists().where(
        col(Officer.id) == col(Reminder.officer_id), col(Officer.active).is_(True)
    )
    result = session.execute(
        update(Reminder)
        .where(col(Reminder.state) == ReminderState.PLANNED.value, in_page)
        .where(
            or_(
                col(Reminder.task_id).in_(done),
                task_archived,
                and_(col(Reminder.kind).not_in([ReminderKind.CHECKIN.value]), due_date_gone),
                officer_gone,
            )
        )
        .values(state=ReminderState.CANCELLED.value)
        .execution_options(synchronize_session=False)
    )
    cancelled = int(result.rowcount or 0)  # type: ignore[attr-defined]
    return cancelled + _cancel_done_parts(session, tasks) + _cancel_done_milestones(session, tasks)


PAGE_PARTS = 5000  # (task, unit) pairs per statement: two parameters each


def _cancel_done_parts(session: Session, tasks: Sequence[TaskForPlanning]) -> int:
    """Cancel the planned reminders to officers of a lead unit whose part of the task is
    done, while the task is not (those of a done task are cancelled with it)."""
    parts = [(task.id, unit) for task in tasks if not task.done for unit in task.done_parts]
    cancelled = 0
    for start in range(0, len(parts), PAGE_PARTS):
        officer_of_done_part = exists().where(
            col(Officer.id) == col(Reminder.officer_id),
            tuple_(col(Reminder.task_id), col(Officer.unit_id)).in_(
                parts[start : start + PAGE_PARTS]
            ),
        )
        result = session.execute(
            update(Reminder)
            .where(col(Reminder.state) == ReminderState.PLANNED.value, officer_of_done_part)
            .values(state=ReminderState.CANCELLED.value)
            .execution_options(synchronize_session=False)
        )
        cancelled += int(result.rowcount or 0)  # type: ignore[attr-defined]
    return cancelled


def _cancel_done_milestones(session: Session, tasks: Sequence[TaskForPlanning]) -> int:
    """Cancel the planned reminders about a milestone that is done, and those to officers
    of a lead unit whose part of that milestone is, while the task is not done."""
    whole: list[tuple[int, date]] = []
    parts: list[tuple[int, date, int]] = []
    for task in tasks:
        if task.done:
            continue
        for due_on, done in task.milestones.items():
            if due_on is None:
                continue
            if done.done:
                whole.append((task.id, due_on))
            else:
                parts.extend((task.id, due_on, unit) for unit in done.done_parts)
    cancelled = 0
    not_checkin = col(Reminder.kind) != ReminderKind.CHECKIN.value
    for start in range(0, len(whole), PAGE_PARTS):
        about_done = tuple_(col(Reminder.task_id), col(Reminder.due_on)).in_(
            whole[start : start + PAGE_PARTS]
        )
        cancelled += _cancel_where(session, about_done, not_checkin)
    for start in range(0, len(parts), PAGE_PARTS):
        officer_of_done_part = exists().where(
            col(Officer.id) == col(Reminder.officer_id),
            tuple_(col(Reminder.task_id), col(Reminder.due_on), col(Officer.unit_id)).in_(
                parts[start : start + PAGE_PARTS]
            ),
        )
        cancelled += _cancel_where(session, officer_of_done_part, not_checkin)
    return cancelled


def _cancel_where(session: Session, *conditions: ColumnElement[bool]) -> int:
    result = session.execute(
        update(Reminder)
        .where(col(Reminder.state) == ReminderState.PLANNED.value, *conditions)
        .values(state=ReminderState.CANCELLED.value)
        .execution_options(synchronize_session=False)
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]
