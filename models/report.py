"""The one aggregation behind every report on a plan's progress.

``/baocao`` in the chat, ``nhacviec report --format json`` and the Word, Excel and chart
exports all render the same :class:`Report`, so that they can never disagree. It is read
set-based, in a fixed handful of queries whatever the number of tasks (organisation,
units, sections, tasks, assignments, due dates, progress updates with their officers),
because the provincial roll-up builds one per commune.

A report looks at the plan as it stood at the end of ``as_of``: progress updates made
later are ignored, so the report for quarter IV filed in February shows 31/12. Statuses
follow :mod:`models.status`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any, NamedTuple

import sqlalchemy
from sqlalchemy import or_
from sqlmodel import Session, col, select
from sqlmodel.sql.expression import SelectOfScalar

from models.deadline import ScheduleKind
from models.plans import UnitRef, covers_all_units
from models.status import (
    DONE_STATUSES,
    TaskStatus,
    days_overdue,
    deadline_of,
    task_status,
)
from models.tables import (
    DueDate,
    Officer,
    Organisation,
    Plan,
    ProgressUpdate,
    Section,
    Task,
    TaskUnit,
    Unit,
    UnitRole,
    row_id,
)
from models.text import N_, Text, text

# A task not done with no update for longer than this many days is flagged as stale. An
# update exactly 14 days old still counts, so a fortnightly rhythm is never flagged.
STALE_AFTER_DAYS = 14

_UNKNOWN_UNIT = N_("There is no unit with the code “{code}”.")
_NO_SUCH_QUARTER = N_("A quarter is a number from 1 to 4, not {quarter}.")
_QUARTER_OUTSIDE_PLAN = N_(
    "Quarter {quarter}/{year} falls outside the plan period {start} to {end}."
)
_YEAR_WITHOUT_QUARTER = N_("A year can only be given together with a quarter.")


class ReportError(ValueError):
    """A report that cannot be built as asked; ``message`` says why, ready to translate."""

    def __init__(self, message: Text) -> None:
        super().__init__(message.render())
        self.message = message


@dataclass(frozen=True)
class LastUpdate:
    """The latest progress update of a task, as of the report day."""

    at: datetime
    percent: int | None
    note: str
    officer: str | None  # the officer's full name; None for a system entry


class TaskLine(NamedTuple):
    """One task of a report with its status on the report day.

    A named tuple rather than a frozen dataclass: a city's picture makes thousands."""

    id: int
    code: str
    title: str
    section: str  # the section code (I, II, ...)
    product: str
    deadline_text: str
    kind: ScheduleKind
    leads: tuple[UnitRef, ...]
    lead_is_all_units: bool
    coordinating: tuple[UnitRef, ...]
    due_dates: tuple[date, ...]
    status: TaskStatus
    percent: int
    last_update: LastUpdate | None
    days_overdue: int  # 0 unless the status is OVERDUE
    stale: bool
    done_on: date | None = None  # the local date the task reached 100% for good
    deadline: date | None = None  # the last due date, None without one (models.status)


@dataclass(frozen=True)
class Counts:
    """How many tasks of a group stand where; ``in_progress`` includes the not started."""

    tasks: int
    due: int  # tasks whose deadline (last due date) is on or before the report day
    done_on_time: int
    done_late: int
    in_progress: int
    overdue: int
    no_deadline: int

    @property
    def done(self) -> int:
        """Tasks completed, on time or late."""
        return self.done_on_time + self.done_late

    @property
    def not_done(self) -> int:
        """Tasks not completed, whatever their deadline."""
        return self.tasks - self.done

    @property
    def within_deadline(self) -> int:
        """Tasks not completed but not late either."""
        return self.in_progress + self.no_deadline

    @property
    def completion_rate(self) -> float:
        """The share of tasks completed, 0.0 for an empty group."""
        return self.done / self.tasks if self.tasks else 0.0


@dataclass(frozen=True)
class GroupLine:
    """The counts of one lead unit or one plan section."""

    code: str
    name: str
    counts: Counts


@dataclass(frozen=True)
class Report:
    """A plan's progress over a period, as of a day, optionally for one unit."""

    generated_at: datetime
    period_start: date
    period_end: date
    as_of: date
    plan_title: str
    organisation_name: str
    unit: UnitRef | None
    quarter: int | None
    year: int | None
    totals: Counts
    units: tuple[GroupLine, ...]
    sections: tuple[GroupLine, ...]
    tasks: tuple[TaskLine, ...]

    @property
    def overdue(self) -> tuple[TaskLine, ...]:
        """Overdue tasks, the longest overdue first (plan order among equals)."""
        late = (line for line in self.tasks if line.status is TaskStatus.OVERDUE)
        return tuple(sorted(late, key=lambda line: -line.days_overdue))

    @property
    def stale(self) -> tuple[TaskLine, ...]:
        """Tasks not done that nobody has updated for a while, in plan order."""
        return tuple(line for line in self.tasks if line.stale)

    @property
    def no_deadline(self) -> tuple[TaskLine, ...]:
        """Tasks waiting for the coordinator to set a deadline, in plan order."""
        return tuple(line for line in self.tasks if line.status is TaskStatus.NO_DEADLINE)


def build_report(
    session: Session,
    plan: Plan,
    *,
    now: datetime,
    unit_code: str | None = None,
    quarter: int | None = None,
    year: int | None = None,
) -> Report:
    """Build the report of ``plan`` at ``now`` (aware), for a unit and a quarter if given.

    Raises :class:`ReportError` for an unknown unit code, a quarter outside 1..4 or
    outside the plan period, or a year without a quarter.
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    [report] = _build(session, [plan], _window(plan, now, quarter, year), now, unit_code)
    return report


def build_reports(session: Session, plans: Sequence[Plan], *, now: datetime) -> list[Report]:
    """The whole-period reports of many plans (a city's communes), in the order given.

    The same handful of queries as one report, whatever the number of plans: a city's
    picture costs about what one commune's does, plus the Python that counts its tasks.
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    return _build(session, plans, None, now, None)


def _build(
    session: Session,
    plans: Sequence[Plan],
    quarter_window: _Window | None,
    now: datetime,
    unit_code: str | None,
) -> list[Report]:
    """Read every plan's units, sections and tasks at once, then build each report.

    ``quarter_window`` is the window of a single plan's report (it may cover a quarter);
    without it every plan is seen over its whole period as of ``now``, so that every
    plan shares one cutoff and one task scope.
    """
    if not plans:
        return []
    windows = {row_id(plan.id): quarter_window or _window(plan, now, None, None) for plan in plans}
    organisations = {plan.organisation_id for plan in plans}
    units = _organisation_units(session, organisations)
    names = _organisation_names(session, organisations)
    sections = _plan_sections(session, list(windows))
    unit = _chosen_unit(units[plans[0].organisation_id], unit_code)
    refs = {
        row.id: _OrderedUnit(rank, UnitRef(row.code, row.name))
        for rows in units.values()
        for rank, row in enumerate(rows)
    }
    tasks = _read_tasks(session, list(windows), next(iter(windows.values())), unit, refs)
    reports = []
    for plan in plans:
        plan_id, window = row_id(plan.id), windows[row_id(plan.id)]
        own_units = units[plan.organisation_id]
        all_codes = [row.code for row in own_units]
        lines = tuple(_task_line(task, window, all_codes) for task in tasks.get(plan_id, ()))
        reports.append(
            Report(
                generated_at=now,
                period_start=window.start,
                period_end=window.end,
                as_of=window.as_of,
                plan_title=plan.title,
                organisation_name=names[plan.organisation_id],
                unit=None if unit is None else UnitRef(unit.code, unit.name),
                quarter=window.quarter,
                year=window.year,
                totals=count_tasks(lines, window.as_of),
                units=_group_lines(
                    [refs[row.id].ref for row in own_units],
                    lines,
                    window.as_of,
                    _lead_codes,
                ),
                sections=_group_lines(sections[plan_id], lines, window.as_of, _section_code),
                tasks=lines,
            )
        )
    return reports


def count_tasks(lines: Iterable[TaskLine], as_of: date) -> Counts:
    """Count ``lines`` by status; a deadline on or before ``as_of`` makes a task due."""
    tally: dict[TaskStatus, int] = defaultdict(int)
    due = 0
    for line in lines:
        tally[line.status] += 1
        deadline = line.deadline
        due += deadline is not None and deadline <= as_of
    return Counts(
        tasks=sum(tally.values()),
        due=due,
        done_on_time=tally[TaskStatus.DONE_ON_TIME],
        done_late=tally[TaskStatus.DONE_LATE],
        in_progress=tally[TaskStatus.IN_PROGRESS] + tally[TaskStatus.NOT_STARTED],
        overdue=tally[TaskStatus.OVERDUE],
        no_deadline=tally[TaskStatus.NO_DEADLINE],
    )


def sum_counts(parts: Iterable[Counts]) -> Counts:
    """Add up the counts of several communes (a city's picture)."""
    totals = Counts(0, 0, 0, 0, 0, 0, 0)
    for part in parts:
        totals = Counts(
            *(
                getattr(totals, name) + getattr(part, name)
                for name in (
                    "tasks",
                    "due",
                    "done_on_time",
                    "done_late",
                    "in_progress",
                    "overdue",
                    "no_deadline",
                )
            )
        )
    return totals


# --- The period, the day and the unit asked for ----------------------------------------------


@dataclass(frozen=True)
class _Window:
    """What the report covers: its period, the day it looks from, and the tasks' filter."""

    start: date
    end: date
    as_of: date
    tz: tzinfo
    year: int | None
    # The quarter's own first and last day; tasks due inside it are the ones reported.
    quarter_span: tuple[date, date] | None
    quarter: int | None = None

    @property
    def cutoff(self) -> datetime:
        """The first instant after ``as_of``: later updates are not part of the picture."""
        return datetime.combine(self.as_of + timedelta(days=1), time.min, tzinfo=self.tz)


def _window(plan: Plan, now: datetime, quarter: int | None, year: int | None) -> _Window:
    assert now.tzinfo is not None
    today = now.date()
    if quarter is None:
        if year is not None:
            raise ReportError(text(_YEAR_WITHOUT_QUARTER))
        return _Window(plan.period_start, plan.period_end, today, now.tzinfo, None, None)
    if not 1 <= quarter <= 4:
        raise ReportError(text(_NO_SUCH_QUARTER, quarter=quarter))
    year = plan.period_end.year if year is None else year
    first, last = _quarter_span(year, quarter)
    start, end = max(first, plan.period_start), min(last, plan.period_end)
    if start > end:
        raise ReportError(
            text(
                _QUARTER_OUTSIDE_PLAN,
                quarter=quarter,
                year=year,
                start=_ddmmyyyy(plan.period_start),
                end=_ddmmyyyy(plan.period_end),
            )
        )
    return _Window(start, end, min(today, last), now.tzinfo, year, (first, last), quarter)


def _quarter_span(year: int, quarter: int) -> tuple[date, date]:
    first = date(year, 3 * quarter - 2, 1)
    following = date(year + 1, 1, 1) if quarter == 4 else date(year, 3 * quarter + 1, 1)
    return first, following - timedelta(days=1)


def _ddmmyyyy(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"


class _OrderedUnit(NamedTuple):
    """A unit as reports show it, and its place among its commune's units."""

    rank: int
    ref: UnitRef


@dataclass(frozen=True)
class _UnitRow:
    id: int
    code: str
    name: str


def _organisation_units(session: Session, organisations: set[int]) -> dict[int, list[_UnitRow]]:
    units: dict[int, list[_UnitRow]] = {organisation: [] for organisation in organisations}
    for unit_id, organisation_id, code, name in session.exec(
        select(Unit.id, Unit.organisation_id, Unit.code, Unit.name)
        .where(col(Unit.organisation_id).in_(organisations))
        .order_by(col(Unit.position), col(Unit.id))
    ):
        units[organisation_id].append(_UnitRow(row_id(unit_id), code, name))
    return units


def _chosen_unit(units: Sequence[_UnitRow], unit_code: str | None) -> _UnitRow | None:
    # Looked up among the units already read, so that a unit report costs no extra query.
    if unit_code is None:
        return None
    for unit in units:
        if unit.code == unit_code:
            return unit
    raise ReportError(text(_UNKNOWN_UNIT, code=unit_code))


def _organisation_names(session: Session, organisations: set[int]) -> dict[int, str]:
    rows = session.exec(
        select(Organisation.id, Organisation.name).where(col(Organisation.id).in_(organisations))
    )
    return {row_id(organisation_id): name for organisation_id, name in rows}


def _plan_sections(session: Session, plan_ids: Sequence[int]) -> dict[int, list[UnitRef]]:
    # A section is named like a unit: a code and a title; UnitRef is that pair.
    sections: dict[int, list[UnitRef]] = {plan_id: [] for plan_id in plan_ids}
    for plan_id, code, title in session.exec(
        select(Section.plan_id, Section.code, Section.title)
        .where(col(Section.plan_id).in_(plan_ids))
        .order_by(col(Section.position), col(Section.id))
    ):
        sections[plan_id].append(UnitRef(code, title))
    return sections


# --- Reading the tasks in bulk ----------------------------------------------------------------


class _History(NamedTuple):
    """What a task's progress updates up to the cutoff add up to."""

    last: LastUpdate | None = None
    percent: int = 0
    completed_at: datetime | None = None


class _TaskData(NamedTuple):
    """A task and everything read about it, before its status is worked out.

    Tuples rather than frozen dataclasses: a city's picture makes thousands of them, and
    a frozen dataclass pays a call for every field it sets."""

    id: int
    code: str
    title: str
    section: str
    product: str
    deadline_text: str
    kind: ScheduleKind
    created_at: datetime
    leads: tuple[UnitRef, ...]
    coordinating: tuple[UnitRef, ...]
    due_dates: tuple[date, ...]
    history: _History


_LEAD = UnitRole.LEAD.value


def _read_tasks(
    session: Session,
    plan_ids: Sequence[int],
    window: _Window,
    unit: _UnitRow | None,
    units: Mapping[int, _OrderedUnit],
) -> dict[int, list[_TaskData]]:
    """Every task the reports cover, by plan, in plan order."""
    scope = _task_scope(plan_ids, window, unit)
    assignments = _assignments(session, scope, units)
    due_dates = _due_dates(session, scope)
    histories = _histories(session, scope, window)
    tasks: dict[int, list[_TaskData]] = defaultdict(list)
    for row in _task_rows(session, scope):
        task_id = row_id(row.id)
        leads, coordinating = assignments.get(task_id, ((), ()))
        tasks[row.plan_id].append(
            _TaskData(
                id=task_id,
                code=row.code,
                title=row.title,
                section=row.section,
                product=row.product,
                deadline_text=row.deadline_text,
                kind=ScheduleKind(row.schedule_kind),
                created_at=row.created_at,
                leads=leads,
                coordinating=coordinating,
                due_dates=tuple(due_dates.get(task_id, ())),
                history=histories.get(task_id, _History()),
            )
        )
    return tasks


# The ids of the tasks a report covers, as a subquery every query filters on.
_Scope = SelectOfScalar[int | None]


def _task_scope(plan_ids: Sequence[int], window: _Window, unit: _UnitRow | None) -> _Scope:
    """A subquery of the ids of the tasks the reports cover, reused by every query."""
    # Correlated to nothing: the task query that reads it selects from Task as well.
    scope = (
        select(col(Task.id))
        .where(col(Task.plan_id).in_(plan_ids), col(Task.archived_at).is_(None))
        .correlate(None)
    )
    if window.quarter_span is not None:
        first, last = window.quarter_span
        dated = select(DueDate.id).where(DueDate.task_id == Task.id)
        due_in_quarter = dated.where(col(DueDate.due_on) >= first, col(DueDate.due_on) <= last)
        # Ongoing and unread tasks have no date to place them, so every quarter shows them.
        scope = scope.where(or_(due_in_quarter.exists(), ~dated.exists()))
    if unit is not None:
        assigned = select(TaskUnit.unit_id).where(
            TaskUnit.task_id == Task.id, TaskUnit.unit_id == unit.id
        )
        scope = scope.where(assigned.exists())
    return scope


def _task_rows(session: Session, scope: _Scope) -> Sequence[Any]:
    """The tasks' own columns as rows (id, plan_id, code, ..., section)."""
    # Plain columns rather than Task objects: a city's picture reads thousands of tasks.
    rows: Sequence[Any] = (
        session.connection()
        .execute(
            sqlalchemy.select(
                col(Task.id),
                col(Task.plan_id),
                col(Task.code),
                col(Task.title),
                col(Task.product),
                col(Task.deadline_text),
                col(Task.schedule_kind),
                col(Task.created_at),
                col(Section.code).label("section"),
            )
            .join(Section, col(Section.id) == Task.section_id)
            .where(col(Task.id).in_(scope))
            .order_by(col(Section.position), col(Task.position), col(Task.id))
        )
        .all()
    )
    return rows


def _assignments(
    session: Session, scope: _Scope, units: Mapping[int, _OrderedUnit]
) -> dict[int, tuple[tuple[UnitRef, ...], tuple[UnitRef, ...]]]:
    """Each task's lead units and coordinating units, in the units' order.

    The units come from ``units``, already read, so that thousands of assignments share
    a few objects instead of each carrying its unit's name.
    """
    by_task: dict[int, list[tuple[_OrderedUnit, str]]] = defaultdict(list)
    for task_id, role, unit_id in (
        session.connection()
        .execute(
            sqlalchemy.select(
                col(TaskUnit.task_id), col(TaskUnit.role), col(TaskUnit.unit_id)
            ).where(col(TaskUnit.task_id).in_(scope))
        )
        .all()
    ):
        by_task[task_id].append((units[unit_id], role))
    result = {}
    for task_id, assigned in by_task.items():
        assigned.sort()  # by the units' ranks, unique within a commune
        result[task_id] = (
            tuple(unit.ref for unit, role in assigned if role == _LEAD),
            tuple(unit.ref for unit, role in assigned if role != _LEAD),
        )
    return result


def _due_dates(session: Session, scope: _Scope) -> dict[int, list[date]]:
    result: dict[int, list[date]] = defaultdict(list)
    for task_id, due_on in (
        session.connection()
        .execute(
            sqlalchemy.select(col(DueDate.task_id), col(DueDate.due_on))
            .where(col(DueDate.task_id).in_(scope))
            .order_by(col(DueDate.due_on))
        )
        .all()
    ):
        result[task_id].append(due_on)
    return result


def _histories(session: Session, scope: _Scope, window: _Window) -> dict[int, _History]:
    """Fold every update up to the cutoff, oldest first, into one history per task."""
    rows = session.connection().execute(
        sqlalchemy.select(
            col(ProgressUpdate.task_id),
            col(ProgressUpdate.created_at),
            col(ProgressUpdate.percent),
            col(ProgressUpdate.note),
            col(Officer.full_name),
        )
        .outerjoin(Officer, col(Officer.id) == ProgressUpdate.officer_id)
        .where(
            col(ProgressUpdate.task_id).in_(scope),
            col(ProgressUpdate.created_at) < window.cutoff,
        )
        .order_by(
            col(ProgressUpdate.task_id), col(ProgressUpdate.created_at), col(ProgressUpdate.id)
        )
    )
    histories: dict[int, _History] = {}
    for task_id, created_at, percent, note, officer in rows.all():
        update = LastUpdate(created_at.astimezone(window.tz), percent, note, officer)
        histories[task_id] = _after(histories.get(task_id, _History()), update)
    return histories


def _after(history: _History, update: LastUpdate) -> _History:
    """The history once ``update`` is added to it."""
    if update.percent is None:
        # A note or a blocker moves neither the percentage nor the completion.
        return _History(update, history.percent, history.completed_at)
    if update.percent < 100:
        # Falling back below 100% reopens the task: an earlier completion no longer counts.
        return _History(update, update.percent, None)
    return _History(update, 100, history.completed_at or update.at)


# --- Status and groups ----------------------------------------------------------------------


def _task_line(task: _TaskData, window: _Window, all_codes: Sequence[str]) -> TaskLine:
    history, as_of = task.history, window.as_of
    # Update times are already local (see _histories), so their date is the local day.
    done_on = None if history.completed_at is None else history.completed_at.date()
    status = task_status(
        kind=task.kind,
        due_dates=task.due_dates,
        done_on=done_on,
        has_progress=history.last is not None,
        as_of=as_of,
    )
    return TaskLine(
        id=task.id,
        code=task.code,
        title=task.title,
        section=task.section,
        product=task.product,
        deadline_text=task.deadline_text,
        kind=task.kind,
        leads=task.leads,
        lead_is_all_units=covers_all_units(task.leads, task.coordinating, all_codes),
        coordinating=task.coordinating,
        due_dates=task.due_dates,
        status=status,
        percent=history.percent,
        last_update=history.last,
        days_overdue=(days_overdue(task.due_dates, as_of) if status is TaskStatus.OVERDUE else 0),
        stale=status not in DONE_STATUSES and _quiet_too_long(task, window),
        done_on=done_on,
        deadline=deadline_of(task.due_dates),
    )


def _quiet_too_long(task: _TaskData, window: _Window) -> bool:
    # A task nobody has touched yet has been waiting since its plan was imported.
    last = task.created_at if task.history.last is None else task.history.last.at
    last_day = last.astimezone(window.tz).date()
    return (window.as_of - last_day).days > STALE_AFTER_DAYS


def _lead_codes(line: TaskLine) -> Iterable[str]:
    return (lead.code for lead in line.leads)


def _section_code(line: TaskLine) -> Iterable[str]:
    return (line.section,)


def _group_lines(
    groups: Iterable[UnitRef],
    lines: Sequence[TaskLine],
    as_of: date,
    codes_of: Callable[[TaskLine], Iterable[str]],
) -> tuple[GroupLine, ...]:
    """One line per group, in the given order, counting the lines whose codes name it."""
    # One pass over the lines, not one per group: a city's picture groups thousands.
    members: dict[str, list[TaskLine]] = defaultdict(list)
    for line in lines:
        for code in codes_of(line):
            members[code].append(line)
    return tuple(
        GroupLine(group.code, group.name, count_tasks(members.get(group.code, ()), as_of))
        for group in groups
    )
