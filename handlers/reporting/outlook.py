"""What a report's section III looks ahead to: the due dates still to come, with real dates.

Seen on the day the report is issued, over the tasks as they stand that day (the one
aggregation, :func:`models.report.build_report`, on the whole plan): a due date already
past is never "coming" (an overdue task is section II's), a task done has nothing to
come, and a task with no date is never written with an empty "thời hạn:". Ongoing tasks
("Thường xuyên") and tasks still waiting for a date are named on a line of their own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from models.deadline import ScheduleKind
from models.report import Report, TaskLine
from models.status import DONE_STATUSES, TaskStatus


@dataclass(frozen=True)
class ComingTask:
    """A task not done and its due dates between the issue day and the horizon."""

    line: TaskLine
    due_dates: tuple[date, ...]


@dataclass(frozen=True)
class Outlook:
    """Section III of a report: what falls due from ``start`` to ``until``."""

    start: date
    until: date
    plan_end: date
    coming: tuple[ComingTask, ...]
    ongoing: tuple[TaskLine, ...]  # "Thường xuyên", not done: no due date to give
    undated: tuple[TaskLine, ...]  # waiting for the coordinator to set a date

    @property
    def plan_ended(self) -> bool:
        """Whether the plan's period is over on the issue day."""
        return self.start > self.plan_end


def outlook(report: Report, plan_now: Report, *, issued_on: date) -> Outlook:
    """Section III of ``report``, issued on ``issued_on``.

    ``plan_now`` is the whole plan (or the same unit's part of it) as it stands on the
    issue day. The horizon is the end of the quarter after the one ``report`` looks
    from, so a quarter-IV report looks to the end of quarter I, and a draft made early
    in September to the end of December.
    """
    until = _end_of_next_quarter(report.as_of)
    coming: list[ComingTask] = []
    ongoing: list[TaskLine] = []
    undated: list[TaskLine] = []
    for line in plan_now.tasks:
        if line.status in DONE_STATUSES:
            continue
        if line.status is TaskStatus.NO_DEADLINE:
            undated.append(line)
        elif line.kind is ScheduleKind.ONGOING and not line.due_dates:
            ongoing.append(line)
        else:
            dates = tuple(day for day in line.due_dates if issued_on <= day <= until)
            if dates:
                coming.append(ComingTask(line, dates))
    ended = issued_on > plan_now.period_end
    return Outlook(
        start=issued_on,
        until=until,
        plan_end=plan_now.period_end,
        # The nearest date first; plan order among equals (the sort is stable).
        coming=tuple(sorted(coming, key=lambda task: task.due_dates[0])),
        ongoing=() if ended else tuple(ongoing),
        undated=() if ended else tuple(undated),
    )


def _end_of_next_quarter(day: date) -> date:
    quarter = (day.month - 1) // 3 + 1
    year, quarter = (day.year + 1, 1) if quarter == 4 else (day.year, quarter + 1)
    following = date(year + 1, 1, 1) if quarter == 4 else date(year, 3 * quarter + 1, 1)
    return following - timedelta(days=1)
