"""What cancels a reminder when its day comes: the one rule of the sweep and of simulate.

A reminder is planned days ahead; by the time it is due the task may be done, or its
officer on leave or gone. The sweep drops such rows as it claims them, and
``nhacviec simulate`` leaves the same messages out, through this one rule.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlmodel import Session, col, select

from models.reminders import on_leave
from models.tables import Officer, Task
from scheduler.planning import done_task_ids


class MootRule:
    """Decides, for reminders of some tasks to some officers, which are moot on their day.

    Done tasks and active officers are read once; who is on leave is read once per day
    asked about.
    """

    def __init__(
        self, session: Session, task_ids: Iterable[int], officer_ids: Iterable[int]
    ) -> None:
        self._session = session
        tasks = sorted(set(task_ids))
        self._officers = sorted(set(officer_ids))
        self._done = done_task_ids(session, select(col(Task.id)).where(col(Task.id).in_(tasks)))
        self._active = set(
            session.exec(
                select(Officer.id).where(
                    col(Officer.id).in_(self._officers), col(Officer.active).is_(True)
                )
            )
        )
        self._away: dict[date, set[int]] = {}

    def cancels(self, task_id: int, officer_id: int | None, day: date) -> bool:
        """Whether the reminder of ``task_id`` to ``officer_id`` sent on ``day`` is moot.

        ``officer_id`` is None for a unit standing in for its officers in a simulation:
        a unit is never on leave.
        """
        if task_id in self._done:
            return True
        if officer_id is None:
            return False
        return officer_id not in self._active or officer_id in self._away_on(day)

    def _away_on(self, day: date) -> set[int]:
        if day not in self._away:
            self._away[day] = on_leave(self._session, self._officers, day)
        return self._away[day]
