"""The one aggregation behind every report on a plan's progress.

``/baocao`` in the chat, ``nhacviec report --format json`` and the Word, Excel and chart
exports all render the same :class:`Report`, so that they can never disagree. It is read
set-based, in a fixed handful of queries whatever the number of tasks (organisation,
units, sections, tasks, assignments, due dates, progress updates with their officers),
because the provincial roll-up builds one per commune.

A report looks at the plan as it stood at the end of ``as_of``: progress updates made
later are ignored, so the report for quarter IV filed in February shows 31/12. Statuses
follow :mod:`models.status`.

Each unit's share: every lead unit of a task does its own part (a :class:`Share`), with
its own percent and status, from the updates written for it (:mod:`models.progress`).
The task's percent is the mean of its parts, and the task is done when every part is,
on the day the last part was done. "All units" leads mean every unit of the commune
(not coordinating) has a part. So:

- the totals and the sections count tasks;
- each unit's line counts its parts, one per task it leads, and how many tasks it
  coordinates (phối hợp) apart: coordinating never counts as leading; the lines add up
  to the number of (task, lead unit) pairs, :attr:`Report.parts`;
- a unit's report is the commune's, seen from that unit: its totals are its own line
  (its parts), its led tasks show its own part, and the tasks it coordinates are listed
  apart with the task's own status.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from functools import lru_cache
from typing import Any, NamedTuple

import sqlalchemy
from sqlalchemy import or_
from sqlmodel import Session, col, select
from sqlmodel.sql.expression import SelectOfScalar

from models.deadline import ScheduleKind
from models.milestones import NOTHING, Entry, Standing, after, entry_milestone
from models.periods import Windows, half_span, quarter_span
from models.plans import UnitRef, covers_all_units
from models.progress import parts_of, task_done, whole_percent
from models.status import DONE_STATUSES, TaskStatus, deadline_of, task_status
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
_NO_SUCH_HALF = N_("A half-year is 1 or 2, not {half}.")
_QUARTER_OUTSIDE_PLAN = N_(
    "Quarter {quarter}/{year} falls outside the plan period {start} to {end}."
)
_HALF_OUTSIDE_PLAN = N_("Half-year {half}/{year} falls outside the plan period {start} to {end}.")
_YEAR_WITHOUT_QUARTER = N_("A year can only be given together with a quarter or a half-year.")


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


class Share(NamedTuple):
    """One lead unit's part of a task (or of one milestone) on the report day."""

    unit: UnitRef
    status: TaskStatus
    percent: int
    done_on: date | None  # the local date the part's completion that counts was reported
    last_update: LastUpdate | None  # the latest update counted for the part
    awaiting: bool = False  # reported done, awaiting the coordinator's confirmation
    days_overdue: int = 0


class MilestoneLine(NamedTuple):
    """One due date of a task, done or not on its own (models.milestones).

    ``due_on`` is None for the single milestone of a task without dates. In a unit's
    report, a milestone of a task the unit leads is the unit's own part of it.
    """

    due_on: date | None
    status: TaskStatus
    percent: int
    done_on: date | None
    awaiting: bool
    last_update: LastUpdate | None
    days_overdue: int
    shares: tuple[Share, ...]  # each lead unit's part of this milestone


class TaskLine(NamedTuple):
    """One task of a report with its status on the report day.

    In a commune's report, ``status``, ``percent``, ``done_on``, ``last_update``,
    ``days_overdue`` and ``stale`` are the task's. In a unit's report they are the unit's
    own part on a task it leads (``role`` LEAD), and the task's on one it coordinates
    (``role`` COORDINATING); ``task_status`` and ``task_percent`` are always the task's.

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
    shares: tuple[Share, ...]  # each lead unit's part, in the units' order
    task_status: TaskStatus  # the task as a whole: done when every part is
    task_percent: int  # the mean of the parts' percents, rounded down
    role: UnitRole | None = None  # in a unit's report, the unit's role in the task
    done_on: date | None = None  # the day the completion that counts was reported
    deadline: date | None = None  # the last due date, None without one (models.status)
    # The milestones the report counts (those due in its period), in date order.
    milestones: tuple[MilestoneLine, ...] = ()
    awaiting: bool = False  # its current milestone is reported done, not yet confirmed
    # The earliest date among the milestones the report counts (None: no date).
    first_due: date | None = None


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
    # Of those not done, how many were reported done and await confirmation.
    awaiting: int = 0

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


NO_TASKS = Counts(0, 0, 0, 0, 0, 0, 0, 0)


@dataclass(frozen=True)
class GroupLine:
    """The counts of one lead unit (its parts) or one plan section (its tasks).

    ``coordinating`` counts, by the task's own status, the tasks a unit coordinates
    (phối hợp); a section's is empty.
    """

    code: str
    name: str
    counts: Counts
    coordinating: Counts = NO_TASKS
    # The milestones (a unit: its parts of them) due in the report's period.
    milestones: Counts = NO_TASKS


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
    totals: Counts  # tasks; in a unit's report, its parts (its line in ``units``)
    units: tuple[GroupLine, ...]  # every unit of the commune, in a unit's report too
    sections: tuple[GroupLine, ...]  # what ``totals`` counts, by section
    tasks: tuple[TaskLine, ...]  # a unit's report: those it leads or coordinates
    # The milestones due in the period (a unit's report: its parts of them), counted
    # as the province counts: each due date done on time or late, or not, on its own.
    milestone_totals: Counts = NO_TASKS
    half: int | None = None  # the half-year (1, 2) of a half-year's report
    # How a report cites its plan: "Kế hoạch ... (số 45/KH-UBND ngày 10/01/2026)".
    plan_number: str = ""
    plan_issued_on: date | None = None

    @property
    def led(self) -> tuple[TaskLine, ...]:
        """The lines the totals count: every task, or in a unit's report those it leads."""
        return tuple(line for line in self.tasks if line.role is not UnitRole.COORDINATING)

    @property
    def coordinated(self) -> tuple[TaskLine, ...]:
        """In a unit's report, the tasks it coordinates (phối hợp); none otherwise."""
        return tuple(line for line in self.tasks if line.role is UnitRole.COORDINATING)

    @property
    def unit_line(self) -> GroupLine | None:
        """The report unit's own line among :attr:`units`; None in a commune's report."""
        if self.unit is None:
            return None
        return next(group for group in self.units if group.code == self.unit.code)

    @property
    def parts(self) -> Counts:
        """The units' lines added up: one part per task and lead unit."""
        return sum_counts(group.counts for group in self.units)

    @property
    def overdue(self) -> tuple[TaskLine, ...]:
        """Overdue tasks (parts), the longest overdue first (plan order among equals)."""
        late = (line for line in self.led if line.status is TaskStatus.OVERDUE)
        return tuple(sorted(late, key=lambda line: -line.days_overdue))

    @property
    def stale(self) -> tuple[TaskLine, ...]:
        """Tasks (parts) not done that nobody has updated for a while, in plan order."""
        return tuple(line for line in self.led if line.stale)

    @property
    def no_deadline(self) -> tuple[TaskLine, ...]:
        """Tasks waiting for the coordinator to set a deadline, in plan order."""
        return tuple(line for line in self.led if line.status is TaskStatus.NO_DEADLINE)

    @property
    def awaiting(self) -> tuple[TaskLine, ...]:
        """Tasks (parts) reported done and awaiting confirmation, in plan order."""
        return tuple(line for line in self.led if line.awaiting)


def build_report(
    session: Session,
    plan: Plan,
    *,
    now: datetime,
    unit_code: str | None = None,
    quarter: int | None = None,
    year: int | None = None,
    half: int | None = None,
    windows: Windows = Windows.CALENDAR,
) -> Report:
    """Build the report of ``plan`` at ``now`` (aware), for a unit and a period if given.

    The period is a quarter or a half of ``year`` (the plan's last year by default), cut
    as ``windows`` says (models.periods). Raises :class:`ReportError` for an unknown
    unit code, a quarter outside 1..4, a half outside 1..2, a period outside the plan's,
    or a year without a period.
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    asked = PeriodAsked(quarter, half, year, windows)
    [report] = _build(session, [plan], _window(plan, now, asked), now, unit_code)
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
    whole = PeriodAsked()
    windows = {row_id(plan.id): quarter_window or _window(plan, now, whole) for plan in plans}
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
    # A unit's report reads the whole commune, so that its numbers are its line there.
    tasks = _read_tasks(session, list(windows), next(iter(windows.values())), refs)
    reports = []
    for plan in plans:
        plan_id, window = row_id(plan.id), windows[row_id(plan.id)]
        own_units = units[plan.organisation_id]
        all_codes = [row.code for row in own_units]
        read = tasks.get(plan_id, ())
        lines = tuple(_task_line(task, window, all_codes) for task in read)
        unit_lines = _unit_lines([refs[row.id].ref for row in own_units], lines, window.as_of)
        if unit is not None:
            lines = _seen_by(unit.code, read, lines, window)
        led = tuple(line for line in lines if line.role is not UnitRole.COORDINATING)
        own = (
            next((group for group in unit_lines if group.code == unit.code), None)
            if unit
            else None
        )
        reports.append(
            Report(
                generated_at=now,
                period_start=window.start,
                period_end=window.end,
                as_of=window.as_of,
                plan_title=plan.title,
                plan_number=plan.decision_number,
                plan_issued_on=plan.issued_on,
                organisation_name=names[plan.organisation_id],
                unit=None if unit is None else UnitRef(unit.code, unit.name),
                quarter=window.quarter,
                year=window.year,
                totals=count_tasks(led, window.as_of),
                units=unit_lines,
                sections=_group_lines(sections[plan_id], led, window.as_of, _section_code),
                tasks=lines,
                milestone_totals=(
                    count_milestones(led, window.as_of) if own is None else own.milestones
                ),
                half=window.half,
            )
        )
    return reports


def count_tasks(lines: Iterable[TaskLine], as_of: date) -> Counts:
    """Count ``lines`` by status; a task has come due when a counted milestone has."""
    return _counts_of(
        Counter((line.status, has_come_due(line, as_of), line.awaiting) for line in lines)
    )


def has_come_due(line: TaskLine, as_of: date) -> bool:
    """Whether a task has come due (đã đến hạn): a milestone the report counts is due on or
    before ``as_of`` (its earliest is), so that an overdue task is always a due one."""
    return line.first_due is not None and line.first_due <= as_of


def count_milestones(lines: Iterable[TaskLine], as_of: date) -> Counts:
    """Count the milestones of ``lines`` (those due in the report's period) by status."""
    return _counts_of(
        Counter(
            (
                milestone.status,
                milestone.due_on is not None and milestone.due_on <= as_of,
                milestone.awaiting,
            )
            for line in lines
            for milestone in line.milestones
        )
    )


def sum_counts(parts: Iterable[Counts]) -> Counts:
    """Add up the counts of several communes (a city's picture)."""
    totals = NO_TASKS
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
                    "awaiting",
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
    # The period's own first and last day (a quarter's, a half's): the milestones due
    # inside it are the ones reported. None for the plan as a whole.
    span: tuple[date, date] | None
    quarter: int | None = None
    half: int | None = None
    # The period ended before the report was made: see judged_on.
    closed: bool = False

    @property
    def judged_on(self) -> date:
        """The day statuses are judged on: ``as_of``, or for a period already over the day
        after it, the cutoff's. A milestone due on the period's last day and not done by
        the end of that day was missed: quarter III read in January shows its 30/09
        deadlines overdue, not in progress."""
        return self.as_of + timedelta(days=1) if self.closed else self.as_of

    @property
    def cutoff(self) -> datetime:
        """The first instant after ``as_of``: later updates are not part of the picture."""
        return datetime.combine(self.as_of + timedelta(days=1), time.min, tzinfo=self.tz)


@dataclass(frozen=True)
class PeriodAsked:
    """The period a report is asked for: a quarter or a half of a year, or the plan."""

    quarter: int | None = None
    half: int | None = None
    year: int | None = None
    windows: Windows = Windows.CALENDAR


def _window(plan: Plan, now: datetime, asked: PeriodAsked) -> _Window:
    assert now.tzinfo is not None
    today = now.date()
    quarter, half = asked.quarter, asked.half
    if quarter is None and half is None:
        if asked.year is not None:
            raise ReportError(text(_YEAR_WITHOUT_QUARTER))
        return _Window(plan.period_start, plan.period_end, today, now.tzinfo, None, None)
    if quarter is not None and not 1 <= quarter <= 4:
        raise ReportError(text(_NO_SUCH_QUARTER, quarter=quarter))
    if half is not None and not 1 <= half <= 2:
        raise ReportError(text(_NO_SUCH_HALF, half=half))
    year = plan.period_end.year if asked.year is None else asked.year
    if quarter is not None:
        first, last = quarter_span(year, quarter, asked.windows)
        outside = text(_QUARTER_OUTSIDE_PLAN, quarter=quarter, year=year)
    else:
        assert half is not None
        first, last = half_span(year, half, asked.windows)
        outside = text(_HALF_OUTSIDE_PLAN, half=half, year=year)
    start, end = max(first, plan.period_start), min(last, plan.period_end)
    if start > end:
        plan_period = {"start": _ddmmyyyy(plan.period_start), "end": _ddmmyyyy(plan.period_end)}
        raise ReportError(text(outside.msgid, **outside.args, **plan_period))
    return _Window(
        start, end, min(today, last), now.tzinfo, year, (first, last), quarter, half, today > last
    )


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
    """What a milestone's (or a part's) progress updates up to the cutoff add up to."""

    last: LastUpdate | None = None
    standing: Standing = NOTHING


_NO_HISTORY = _History()


class _Folded(NamedTuple):
    """A task's updates folded twice: all of them, and those of each lead unit's part."""

    whole: _History  # every update: the last one, and the history without lead units
    parts: dict[int, _History]  # by lead unit id


_UNTOUCHED = _Folded(_NO_HISTORY, {})
# A task's folds by milestone: its due date, None for the undated one.
_Milestones = dict[date | None, _Folded]


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
    lead_ids: tuple[int, ...]  # the same units' ids, in the same order
    coordinating: tuple[UnitRef, ...]
    due_dates: tuple[date, ...]
    history: _Milestones


_LEAD = UnitRole.LEAD.value
# A dict lookup rather than ScheduleKind(value): an Enum call costs ~10 µs, and a city's
# picture reads thousands of tasks.
_KINDS = {kind.value: kind for kind in ScheduleKind}
_Assigned = tuple[tuple[UnitRef, ...], tuple[int, ...], tuple[UnitRef, ...]]
_NOBODY: _Assigned = ((), (), ())


def _read_tasks(
    session: Session,
    plan_ids: Sequence[int],
    window: _Window,
    units: Mapping[int, _OrderedUnit],
) -> dict[int, list[_TaskData]]:
    """Every task the reports cover, by plan, in plan order."""
    scope = _task_scope(plan_ids, window)
    assignments = _assignments(session, scope, units)
    due_dates = _due_dates(session, scope)
    histories = _histories(session, scope, window, assignments, due_dates)
    tasks: dict[int, list[_TaskData]] = defaultdict(list)
    no_history: _Milestones = {}
    for row in _task_rows(session, scope):
        task_id = row_id(row.id)
        leads, lead_ids, coordinating = assignments.get(task_id, _NOBODY)
        tasks[row.plan_id].append(
            _TaskData(
                id=task_id,
                code=row.code,
                title=row.title,
                section=row.section,
                product=row.product,
                deadline_text=row.deadline_text,
                kind=_KINDS[row.schedule_kind],
                created_at=row.created_at,
                leads=leads,
                lead_ids=lead_ids,
                coordinating=coordinating,
                due_dates=tuple(due_dates.get(task_id, ())),
                history=histories.get(task_id, no_history),
            )
        )
    return tasks


# The ids of the tasks a report covers, as a subquery every query filters on.
_Scope = SelectOfScalar[int | None]


def _task_scope(plan_ids: Sequence[int], window: _Window) -> _Scope:
    """A subquery of the ids of the tasks the reports cover, reused by every query."""
    # Correlated to nothing: the task query that reads it selects from Task as well.
    scope = (
        select(col(Task.id))
        .where(col(Task.plan_id).in_(plan_ids), col(Task.archived_at).is_(None))
        .correlate(None)
    )
    if window.span is not None:
        first, last = window.span
        dated = select(DueDate.id).where(DueDate.task_id == Task.id)
        due_in_quarter = dated.where(col(DueDate.due_on) >= first, col(DueDate.due_on) <= last)
        # Ongoing and unread tasks have no date to place them, so every quarter shows them.
        scope = scope.where(or_(due_in_quarter.exists(), ~dated.exists()))
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
) -> dict[int, _Assigned]:
    """Each task's lead units (and their ids) and coordinating units, in the units' order.

    The units come from ``units``, already read, so that thousands of assignments share
    a few objects instead of each carrying its unit's name.
    """
    by_task: dict[int, list[tuple[_OrderedUnit, str, int]]] = defaultdict(list)
    for task_id, role, unit_id in (
        session.connection()
        .execute(
            sqlalchemy.select(
                col(TaskUnit.task_id), col(TaskUnit.role), col(TaskUnit.unit_id)
            ).where(col(TaskUnit.task_id).in_(scope))
        )
        .all()
    ):
        by_task[task_id].append((units[unit_id], role, unit_id))
    result = {}
    for task_id, assigned in by_task.items():
        assigned.sort()  # by the units' ranks, unique within a commune
        leads: list[UnitRef] = []
        lead_ids: list[int] = []
        coordinating: list[UnitRef] = []
        for unit, assigned_role, unit_id in assigned:
            if assigned_role == _LEAD:
                leads.append(unit.ref)
                lead_ids.append(unit_id)
            else:
                coordinating.append(unit.ref)
        result[task_id] = (tuple(leads), tuple(lead_ids), tuple(coordinating))
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


def _histories(
    session: Session,
    scope: _Scope,
    window: _Window,
    assignments: Mapping[int, _Assigned],
    due_dates: Mapping[int, Sequence[date]],
) -> dict[int, _Milestones]:
    """Fold every update up to the cutoff, oldest first, per task and milestone: as a
    whole, and per lead unit's part.

    An update counts for the milestone :func:`models.milestones.entry_milestone` names,
    and for the parts :func:`models.progress.parts_of` names: its own unit's when that
    unit leads the task, every lead unit's when it was written for the whole task, none
    when a coordinating unit wrote it. What counts as done follows the reviews as they
    stood at the cutoff (:func:`models.milestones.after`).
    """
    rows = session.connection().execute(
        sqlalchemy.select(
            col(ProgressUpdate.task_id),
            col(ProgressUpdate.created_at),
            col(ProgressUpdate.percent),
            col(ProgressUpdate.note),
            col(Officer.full_name),
            col(ProgressUpdate.unit_id),
            col(ProgressUpdate.due_on),
            col(ProgressUpdate.review),
            col(ProgressUpdate.reviewed_at),
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
    histories: dict[int, _Milestones] = {}
    cutoff = window.cutoff
    for (
        task_id,
        created_at,
        percent,
        note,
        officer,
        unit_id,
        due_on,
        review,
        reviewed_at,
    ) in rows.all():
        at = created_at.astimezone(window.tz)
        update = LastUpdate(at, percent, note, officer)
        entry = Entry(at, percent, review, reviewed_at)
        milestone = entry_milestone(due_on, at.date(), due_dates.get(task_id, ()))
        milestones = histories.setdefault(task_id, {})
        folded = milestones.get(milestone)
        if folded is None:
            folded = milestones[milestone] = _Folded(_NO_HISTORY, {})
        parts = folded.parts
        for lead_id in parts_of(unit_id, assignments.get(task_id, _NOBODY)[1]):
            parts[lead_id] = _after(parts.get(lead_id, _NO_HISTORY), update, entry, cutoff)
        milestones[milestone] = folded._replace(whole=_after(folded.whole, update, entry, cutoff))
    return histories


def _after(history: _History, update: LastUpdate, entry: Entry, cutoff: datetime) -> _History:
    """The history once ``update`` is added to it (models.milestones.after)."""
    return _History(update, after(history.standing, entry, cutoff))


# --- Status and groups ----------------------------------------------------------------------


class _Mark(NamedTuple):
    """Where a milestone, a part of one, or a whole task stands on the report day."""

    status: TaskStatus
    percent: int
    done_on: date | None
    awaiting: bool  # reported done, not yet confirmed
    last_update: LastUpdate | None
    days_overdue: int


def _mark(history: _History, kind: ScheduleKind, due: date | None, as_of: date) -> _Mark:
    """A milestone's part (or a milestone without lead units), by models.status's rules."""
    standing = history.standing
    done_on = _local_day(standing.done_at)
    status = task_status(
        kind=kind,
        due_dates=() if due is None else (due,),
        done_on=done_on,
        has_progress=history.last is not None,
        as_of=as_of,
    )
    awaiting = done_on is None and standing.awaiting_at is not None
    return _Mark(
        status, standing.percent, done_on, awaiting, history.last, _late_by(status, due, as_of)
    )


@lru_cache(maxsize=4096)
def _untouched(kind: ScheduleKind, due: date | None, as_of: date) -> _Mark:
    """A milestone nobody has written about: thousands of a city's share a few dates."""
    return _mark(_NO_HISTORY, kind, due, as_of)


def _late_by(status: TaskStatus, due: date | None, as_of: date) -> int:
    if status is not TaskStatus.OVERDUE or due is None:
        return 0
    return (as_of - due).days


def _combined(
    parts: Sequence[_Mark], task: _TaskData, whole: _History, due: date | None, as_of: date
) -> _Mark:
    """A milestone of a task with lead units: done when every part is, on the last
    part's day; awaiting when every part is reported and not all are confirmed."""
    done_ids = {
        unit_id for unit_id, part in zip(task.lead_ids, parts, strict=True) if part.done_on
    }
    # The rule the reminders follow too (models.progress.completion).
    all_done = task_done(task.lead_ids, done_ids, whole_done=False)
    done_on = max(part.done_on for part in parts if part.done_on) if all_done else None
    kind = task.kind
    status = task_status(
        kind=kind,
        due_dates=() if due is None else (due,),
        done_on=done_on,
        has_progress=whole.last is not None,
        as_of=as_of,
    )
    awaiting = done_on is None and all(part.done_on or part.awaiting for part in parts)
    percent = whole_percent([part.percent for part in parts])
    return _Mark(status, percent, done_on, awaiting, whole.last, _late_by(status, due, as_of))


def _rolled_up(marks: Sequence[_Mark]) -> _Mark:
    """A task (or a unit's part of it) from its milestones, in date order.

    Done when its last milestone is, as that milestone was. Otherwise it stands as the
    milestone being worked on: the earliest not done and not awaiting confirmation (its
    percent); when every milestone not done awaits confirmation, it awaits too. It is
    overdue while any milestone is (by the longest delay): a completion not yet
    confirmed does not count as done, as an inspector counts; and in progress once
    anything was written on any milestone.
    """
    if len(marks) == 1:
        return marks[0]
    last = marks[-1]
    latest = _latest(mark.last_update for mark in marks)
    if last.done_on is not None:
        return last._replace(last_update=latest)
    open_marks = [mark for mark in marks if mark.done_on is None]
    working = next((mark for mark in open_marks if not mark.awaiting), None)
    current = open_marks[0] if working is None else working
    late = max(
        (mark.days_overdue for mark in marks if mark.status is TaskStatus.OVERDUE), default=0
    )
    status = TaskStatus.OVERDUE if late or _any_overdue(marks) else current.status
    if status is TaskStatus.NOT_STARTED and latest is not None:
        status = TaskStatus.IN_PROGRESS
    return _Mark(status, current.percent, None, working is None, latest, late)


def _any_overdue(marks: Sequence[_Mark]) -> bool:
    return any(mark.status is TaskStatus.OVERDUE for mark in marks)


def _latest(updates: Iterable[LastUpdate | None]) -> LastUpdate | None:
    written = [update for update in updates if update is not None]
    return max(written, key=lambda update: update.at) if written else None


def _task_line(task: _TaskData, window: _Window, all_codes: Sequence[str]) -> TaskLine:
    """The task as a whole and each lead unit's part, milestone by milestone."""
    as_of = window.judged_on
    dues = _milestones_in(task.due_dates, window)
    if task.history:
        milestones, task_mark, shares = _standing(task, dues, as_of)
    else:
        # Most tasks of a city have no update yet: thousands share a few kinds, dates and
        # lead units, so their standing is worked out once.
        milestones, task_mark, shares = _untouched_standing(task.kind, dues, task.leads, as_of)
    status = task_mark.status
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
        percent=task_mark.percent,
        last_update=task_mark.last_update,
        days_overdue=task_mark.days_overdue,
        stale=status not in DONE_STATUSES and _quiet_too_long(task_mark.last_update, task, window),
        shares=shares,
        task_status=status,
        task_percent=task_mark.percent,
        done_on=task_mark.done_on,
        # The last date the report counts: in a period's report, the period's last one.
        deadline=deadline_of([due for due in dues if due is not None]),
        milestones=milestones,
        awaiting=task_mark.awaiting,
        first_due=next((due for due in dues if due is not None), None),
    )


_Standing = tuple[tuple["MilestoneLine", ...], "_Mark", tuple[Share, ...]]


@lru_cache(maxsize=4096)
def _untouched_standing(
    kind: ScheduleKind, dues: tuple[date | None, ...], leads: tuple[UnitRef, ...], as_of: date
) -> _Standing:
    """The milestones, roll-up and parts of a task nobody has written about."""
    milestones = []
    for due in dues:
        whole = _untouched(kind, due, as_of)
        shares = tuple(_share(unit, whole) for unit in leads)
        milestones.append(_milestone_line(due, whole, shares))
    task_mark = _rolled_up([_as_mark(line) for line in milestones])
    if len(milestones) == 1:
        return tuple(milestones), task_mark, milestones[0].shares
    return tuple(milestones), task_mark, tuple(_share(unit, task_mark) for unit in leads)


def _standing(task: _TaskData, dues: tuple[date | None, ...], as_of: date) -> _Standing:
    """The milestones, roll-up and parts of a task with updates."""
    milestones = []
    part_marks: list[list[_Mark]] = [[] for _ in task.leads]
    for due in dues:
        folded = task.history.get(due, _UNTOUCHED)
        if task.leads:
            parts = [
                _mark(folded.parts.get(unit_id, _NO_HISTORY), task.kind, due, as_of)
                for unit_id in task.lead_ids
            ]
            whole = _combined(parts, task, folded.whole, due, as_of)
        else:
            parts = []
            whole = _mark(folded.whole, task.kind, due, as_of)
        for marks, part in zip(part_marks, parts, strict=True):
            marks.append(part)
        shares = tuple(_share(unit, part) for unit, part in zip(task.leads, parts, strict=True))
        milestones.append(_milestone_line(due, whole, shares))
    task_mark = _rolled_up([_as_mark(line) for line in milestones])
    task_shares = tuple(
        _share(unit, _rolled_up(marks)) for unit, marks in zip(task.leads, part_marks, strict=True)
    )
    return tuple(milestones), task_mark, task_shares


def _milestone_line(due: date | None, whole: _Mark, shares: tuple[Share, ...]) -> MilestoneLine:
    return MilestoneLine(
        due,
        whole.status,
        whole.percent,
        whole.done_on,
        whole.awaiting,
        whole.last_update,
        whole.days_overdue,
        shares,
    )


def _milestones_in(due_dates: Sequence[date], window: _Window) -> tuple[date | None, ...]:
    """The milestones a report counts: those due in its period (a quarter's, a half's),
    every one for the whole plan; a task without dates has its single undated one."""
    if not due_dates:
        return (None,)
    if window.span is None:
        return tuple(due_dates)
    first, last = window.span
    return tuple(due for due in due_dates if first <= due <= last)


def _as_mark(line: MilestoneLine) -> _Mark:
    return _Mark(
        line.status, line.percent, line.done_on, line.awaiting, line.last_update, line.days_overdue
    )


def _share(unit: UnitRef, mark: _Mark) -> Share:
    return Share(
        unit,
        mark.status,
        mark.percent,
        mark.done_on,
        mark.last_update,
        mark.awaiting,
        mark.days_overdue,
    )


def _local_day(moment: datetime | None) -> date | None:
    # Update times are already local (see _histories), so their date is the local day.
    return None if moment is None else moment.date()


def _quiet_too_long(last: LastUpdate | None, task: _TaskData, window: _Window) -> bool:
    # A task nobody has touched yet has been waiting since its plan was imported.
    since = task.created_at if last is None else last.at
    last_day = since.astimezone(window.tz).date()
    return (window.as_of - last_day).days > STALE_AFTER_DAYS


def _seen_by(
    unit_code: str, tasks: Sequence[_TaskData], lines: Sequence[TaskLine], window: _Window
) -> tuple[TaskLine, ...]:
    """The lines of a unit's report: its own part of the tasks it leads, in plan order,
    and the tasks it coordinates as they stand; the other tasks are left out."""
    seen = []
    for task, line in zip(tasks, lines, strict=True):
        index = next(
            (i for i, share in enumerate(line.shares) if share.unit.code == unit_code), None
        )
        if index is not None:
            seen.append(_own_part(line, index, task, window))
        elif any(unit.code == unit_code for unit in line.coordinating):
            seen.append(line._replace(role=UnitRole.COORDINATING))
    return tuple(seen)


def _own_part(line: TaskLine, index: int, task: _TaskData, window: _Window) -> TaskLine:
    """The line as the unit sees its own part: the task's and each milestone's."""
    share = line.shares[index]
    status = share.status
    return line._replace(
        role=UnitRole.LEAD,
        status=status,
        percent=share.percent,
        done_on=share.done_on,
        last_update=share.last_update,
        days_overdue=share.days_overdue,
        awaiting=share.awaiting,
        stale=status not in DONE_STATUSES and _quiet_too_long(share.last_update, task, window),
        milestones=tuple(_own_milestone(milestone, index) for milestone in line.milestones),
    )


def _own_milestone(milestone: MilestoneLine, index: int) -> MilestoneLine:
    share = milestone.shares[index]
    return milestone._replace(
        status=share.status,
        percent=share.percent,
        done_on=share.done_on,
        awaiting=share.awaiting,
        last_update=share.last_update,
        days_overdue=share.days_overdue,
    )


def _unit_lines(
    units: Sequence[UnitRef], lines: Sequence[TaskLine], as_of: date
) -> tuple[GroupLine, ...]:
    """One line per unit, in the given order: its parts of tasks and of milestones, and
    the tasks it coordinates."""
    # One pass over the lines, not one per unit, counted by Counter (in C): a city's
    # picture groups tens of thousands of parts.
    led = _per_unit(
        (share.unit.code, share.status, due, share.awaiting)
        for line in lines
        for due in (has_come_due(line, as_of),)
        for share in line.shares
    )
    milestones = _per_unit(
        (share.unit.code, share.status, due, share.awaiting)
        for line in lines
        for milestone in line.milestones
        for due in (milestone.due_on is not None and milestone.due_on <= as_of,)
        for share in milestone.shares
    )
    coordinated = _per_unit(
        (unit.code, line.status, due, line.awaiting)
        for line in lines
        if line.coordinating
        for due in (has_come_due(line, as_of),)
        for unit in line.coordinating
    )
    return tuple(
        GroupLine(
            unit.code,
            unit.name,
            _counts_of(led.get(unit.code, {})),
            _counts_of(coordinated.get(unit.code, {})),
            _counts_of(milestones.get(unit.code, {})),
        )
        for unit in units
    )


# What one task, part or milestone adds to a count: its status, whether it has come due,
# whether it awaits confirmation.
_Key = tuple[TaskStatus, bool, bool]


def _per_unit(keys: Iterable[tuple[str, TaskStatus, bool, bool]]) -> dict[str, dict[_Key, int]]:
    per_unit: dict[str, dict[_Key, int]] = defaultdict(dict)
    for (code, status, due, awaiting), count in Counter(keys).items():
        per_unit[code][(status, due, awaiting)] = count
    return per_unit


def _counts_of(tally: Mapping[_Key, int]) -> Counts:
    """Counts from how many of each (status, due, awaiting) there are."""
    by_status = dict.fromkeys(TaskStatus, 0)
    due = awaiting = 0
    for (status, is_due, is_awaiting), count in tally.items():
        by_status[status] += count
        if is_due:
            due += count
        if is_awaiting:
            awaiting += count
    return Counts(
        tasks=sum(by_status.values()),
        due=due,
        done_on_time=by_status[TaskStatus.DONE_ON_TIME],
        done_late=by_status[TaskStatus.DONE_LATE],
        in_progress=by_status[TaskStatus.IN_PROGRESS] + by_status[TaskStatus.NOT_STARTED],
        overdue=by_status[TaskStatus.OVERDUE],
        no_deadline=by_status[TaskStatus.NO_DEADLINE],
        awaiting=awaiting,
    )


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
        GroupLine(
            group.code,
            group.name,
            count_tasks(members.get(group.code, ()), as_of),
            milestones=count_milestones(members.get(group.code, ()), as_of),
        )
        for group in groups
    )
