"""What a report is made of: its task, milestone and group lines, their counts, the
report itself, and the error of a report that cannot be built as asked.

Plain values with no reading of their own: every renderer (the chat, the files, the web
pages, the scorecard) reads these and nothing else.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import NamedTuple

from models.deadline import ScheduleKind
from models.plans import UnitRef
from models.status import TaskStatus
from models.tables import UnitRole
from models.text import Text


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
