"""Where each milestone, each lead unit's part and each task stands on the report day,
by :mod:`models.status`'s rules, and the task line that carries it all.

A task with lead units is done when every part is (:mod:`models.progress`); a task of
several milestones stands as the milestone being worked on (:func:`_rolled_up`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from functools import lru_cache
from typing import NamedTuple

from models.deadline import ScheduleKind
from models.plans import UnitRef, covers_all_units
from models.progress import task_done, whole_percent
from models.report.lines import LastUpdate, MilestoneLine, Share, TaskLine
from models.report.reading import _NO_HISTORY, _UNTOUCHED, _History, _TaskData
from models.report.windows import _Window
from models.status import DONE_STATUSES, TaskStatus, deadline_of, task_status

# A task not done with no update for longer than this many days is flagged as stale. An
# update exactly 14 days old still counts, so a fortnightly rhythm is never flagged.
STALE_AFTER_DAYS = 14


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
