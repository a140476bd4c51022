"""The reads behind every report, set-based: the organisations' units and names, the
plans' sections, then the tasks with their assignments, due dates and progress updates
folded per milestone and per lead unit's part, in a fixed handful of queries whatever
the number of plans and tasks."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, NamedTuple

import sqlalchemy
from sqlalchemy import or_
from sqlmodel import Session, col, select
from sqlmodel.sql.expression import SelectOfScalar

from models.deadline import ScheduleKind
from models.milestones import NOTHING, Entry, Standing, after, entry_milestone
from models.plans import UnitRef
from models.progress import parts_of
from models.report.lines import LastUpdate, ReportError
from models.report.windows import _Window
from models.tables import (
    DueDate,
    Officer,
    Organisation,
    ProgressUpdate,
    Section,
    Task,
    TaskUnit,
    Unit,
    UnitRole,
    row_id,
)
from models.text import N_, text

_UNKNOWN_UNIT = N_("There is no unit with the code “{code}”.")


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
