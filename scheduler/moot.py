"""What cancels a reminder when its day comes: the one rule of the sweep and of simulate.

A reminder is planned days ahead; by the time it is due the task may be done, or the
officer's own unit's part of it (each lead unit does its own part: models.progress), or
its officer on leave or gone. The sweep drops such rows as it claims them, and
``nhacviec simulate`` leaves the same messages out, through this one rule.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, tzinfo

from sqlmodel import Session, col, select

from models.reminders import on_leave
from models.tables import Officer, UnitRole
from scheduler.planning import TaskForPlanning, load_tasks


class MootRule:
    """Decides, for reminders of some tasks to some officers, which are moot on their day.

    Done tasks and parts, and the officers, are read once; who is on leave is read once
    per day asked about.
    """

    def __init__(
        self,
        session: Session,
        task_ids: Iterable[int],
        officer_ids: Iterable[int],
        zone: tzinfo = UTC,
    ) -> None:
        self._session = session
        self._officers = sorted(set(officer_ids))
        # Planning's own reading of the tasks: their milestones and parts done.
        self._tasks: dict[int, TaskForPlanning] = {
            task.id: task for task in load_tasks(session, sorted(set(task_ids)), zone=zone)
        }
        officers = session.exec(
            select(Officer.id, Officer.unit_id, Officer.active).where(
                col(Officer.id).in_(self._officers)
            )
        ).all()
        self._unit_of = {officer_id: unit_id for officer_id, unit_id, _ in officers}
        self._active = {officer_id for officer_id, _, active in officers if active}
        self._away: dict[date, set[int]] = {}

    def cancels(
        self,
        task_id: int,
        officer_id: int | None,
        day: date,
        *,
        unit_id: int | None = None,
        due_on: date | None = None,
    ) -> bool:
        """Whether the reminder of ``task_id`` (about the milestone ``due_on``) to
        ``officer_id`` sent on ``day`` is moot.

        ``officer_id`` is None for a unit standing in for its officers in a simulation,
        ``unit_id``: a unit is never on leave. A reminder is moot when the task is done or
        archived, or its milestone is, or when the officer's unit leads it and its part
        (of the task, or of the milestone) is done; a coordinating unit's reminders stop
        only with the milestone or the task.
        """
        task = self._tasks.get(task_id)
        if task is None or task.done or task.milestone_done(due_on):
            return True
        unit = self._unit_of.get(officer_id, unit_id) if officer_id is not None else unit_id
        reminded = task.units_reminded(UnitRole.LEAD, due_on)
        if unit is not None and unit in task.lead_units and unit not in reminded:
            return True
        if officer_id is None:
            return False
        return officer_id not in self._active or officer_id in self._away_on(day)

    def _away_on(self, day: date) -> set[int]:
        if day not in self._away:
            self._away[day] = on_leave(self._session, self._officers, day)
        return self._away[day]
