"""Where a task stands on a given day, the way Vietnamese official reports count it.

Reports on a plan (báo cáo kết quả thực hiện kế hoạch) sort tasks into: completed on
time (hoàn thành đúng hạn), completed late (hoàn thành quá hạn), not completed but still
within the deadline (chưa hoàn thành, còn trong hạn) and overdue (quá hạn chưa hoàn
thành). nhacviec adds "not started" (inside the within-deadline group) and "no deadline"
for tasks whose deadline the engine could not read.

The rules, applied in this order:

1. Done (``done_on``, the local date the task reached 100%, is set): DONE_ON_TIME when
   there is no deadline or ``done_on <= deadline``, else DONE_LATE.
2. Not done, a deadline exists and ``as_of > deadline``: OVERDUE. The deadline day itself
   is still within the deadline.
3. Not done and no deadline, for a task that is not ongoing (its text could not be read,
   or its dates were removed): NO_DEADLINE, so the coordinator sets one.
4. Otherwise IN_PROGRESS when any progress update exists, else NOT_STARTED.

The rules apply to one milestone (models.milestones) with its one due date, and to a
task seen through its last due date. Reports roll a task up from its milestones
(models.report): a task with a missed 30/09 milestone is overdue even while its 31/12
one is not due yet. Ongoing tasks ("Thường xuyên") without a date have no completion
deadline: they are in progress or not started, never overdue. A date the coordinator set
on such a task is its deadline like any other (models.standing).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import StrEnum

from models.deadline import ScheduleKind


class TaskStatus(StrEnum):
    """Where a task stands on a reporting day."""

    DONE_ON_TIME = "done_on_time"
    DONE_LATE = "done_late"
    IN_PROGRESS = "in_progress"
    OVERDUE = "overdue"
    NOT_STARTED = "not_started"
    NO_DEADLINE = "no_deadline"


DONE_STATUSES = frozenset({TaskStatus.DONE_ON_TIME, TaskStatus.DONE_LATE})


def deadline_of(due_dates: Sequence[date]) -> date | None:
    """Return the completion deadline: the last due date, or None without due dates."""
    return max(due_dates, default=None)


def next_due_date(due_dates: Sequence[date], today: date) -> date | None:
    """Return the first due date on or after ``today``, or None when all have passed."""
    return min((due for due in due_dates if due >= today), default=None)


def current_due_date(due_dates: Sequence[date], today: date) -> date | None:
    """The due date a task is working towards: the next one, or else the last one passed.

    What an extension request moves and what a snoozed reminder belongs to.
    """
    return next_due_date(due_dates, today) or (max(due_dates) if due_dates else None)


def days_overdue(due_dates: Sequence[date], as_of: date) -> int:
    """Return how many calendar days ``as_of`` is past the deadline (0 when it is not)."""
    deadline = deadline_of(due_dates)
    if deadline is None:
        return 0
    return max(0, (as_of - deadline).days)


def task_status(
    *,
    kind: ScheduleKind,
    due_dates: Sequence[date],
    done_on: date | None,
    has_progress: bool,
    as_of: date,
) -> TaskStatus:
    """Return the status of a task on ``as_of``, by the rules of the module docstring."""
    deadline = deadline_of(due_dates)
    if done_on is not None:
        on_time = deadline is None or done_on <= deadline
        return TaskStatus.DONE_ON_TIME if on_time else TaskStatus.DONE_LATE
    if deadline is not None and as_of > deadline:
        return TaskStatus.OVERDUE
    if deadline is None and kind is not ScheduleKind.ONGOING:
        return TaskStatus.NO_DEADLINE
    return TaskStatus.IN_PROGRESS if has_progress else TaskStatus.NOT_STARTED
