"""Tests of the task status rules (models/status.py)."""

from __future__ import annotations

from datetime import date

import pytest

from models.deadline import ScheduleKind
from models.status import (
    TaskStatus,
    current_due_date,
    days_overdue,
    deadline_of,
    next_due_date,
    task_status,
)

ONCE = ScheduleKind.ONCE
MILESTONES = ScheduleKind.MILESTONES
RECURRING = ScheduleKind.RECURRING
ONGOING = ScheduleKind.ONGOING
UNKNOWN = ScheduleKind.UNKNOWN

DEC_9 = date(2025, 12, 9)
DEC_10 = date(2025, 12, 10)
DEC_31 = date(2025, 12, 31)
JAN_1 = date(2026, 1, 1)
SEP_30 = date(2025, 9, 30)
OCT_15 = date(2025, 10, 15)

# (kind, due dates, done_on, has_progress, as_of, expected)
CASES = [
    # Done: on time up to and including the deadline day, late from the day after.
    (ONCE, [DEC_9], date(2025, 12, 1), True, DEC_31, TaskStatus.DONE_ON_TIME),
    (ONCE, [DEC_9], DEC_9, True, DEC_31, TaskStatus.DONE_ON_TIME),
    (ONCE, [DEC_9], DEC_10, True, DEC_31, TaskStatus.DONE_LATE),
    # Done before the report day's deadline passes, seen early: still on time.
    (ONCE, [DEC_31], OCT_15, True, OCT_15, TaskStatus.DONE_ON_TIME),
    # Not done: the deadline day itself is within the deadline, the next day is overdue.
    (ONCE, [DEC_9], None, True, DEC_9, TaskStatus.IN_PROGRESS),
    (ONCE, [DEC_9], None, False, DEC_9, TaskStatus.NOT_STARTED),
    (ONCE, [DEC_9], None, True, DEC_10, TaskStatus.OVERDUE),
    (ONCE, [DEC_9], None, False, DEC_10, TaskStatus.OVERDUE),
    # Milestones and recurring tasks: only the last date makes a task late or done late.
    (MILESTONES, [SEP_30, DEC_31], None, False, OCT_15, TaskStatus.NOT_STARTED),
    (MILESTONES, [SEP_30, DEC_31], None, True, OCT_15, TaskStatus.IN_PROGRESS),
    (MILESTONES, [SEP_30, DEC_31], None, True, JAN_1, TaskStatus.OVERDUE),
    (MILESTONES, [SEP_30, DEC_31], OCT_15, True, JAN_1, TaskStatus.DONE_ON_TIME),
    (MILESTONES, [SEP_30, DEC_31], JAN_1, True, JAN_1, TaskStatus.DONE_LATE),
    (
        RECURRING,
        [date(2025, 9, 19), date(2025, 12, 19)],
        None,
        True,
        OCT_15,
        TaskStatus.IN_PROGRESS,
    ),
    (RECURRING, [date(2025, 9, 19), date(2025, 12, 19)], None, True, DEC_31, TaskStatus.OVERDUE),
    # Ongoing tasks without a date are never overdue, and have no deadline to be late for.
    (ONGOING, [], None, False, date(2030, 1, 1), TaskStatus.NOT_STARTED),
    (ONGOING, [], None, True, date(2030, 1, 1), TaskStatus.IN_PROGRESS),
    (ONGOING, [], date(2030, 1, 1), True, date(2030, 1, 1), TaskStatus.DONE_ON_TIME),
    # A date the coordinator set on an ongoing task is its deadline like any other.
    (ONGOING, [SEP_30], None, True, DEC_31, TaskStatus.OVERDUE),
    (ONGOING, [DEC_31], None, True, DEC_31, TaskStatus.IN_PROGRESS),
    # Unread deadlines: no deadline, whatever the progress, until done.
    (UNKNOWN, [], None, False, DEC_31, TaskStatus.NO_DEADLINE),
    (UNKNOWN, [], None, True, DEC_31, TaskStatus.NO_DEADLINE),
    (UNKNOWN, [], DEC_31, True, DEC_31, TaskStatus.DONE_ON_TIME),
    # A date the coordinator set on an unread deadline counts like any other.
    (UNKNOWN, [DEC_9], None, True, DEC_9, TaskStatus.IN_PROGRESS),
    (UNKNOWN, [DEC_9], None, True, DEC_10, TaskStatus.OVERDUE),
    # A dated kind that lost its dates has no deadline either.
    (ONCE, [], None, True, DEC_31, TaskStatus.NO_DEADLINE),
]


@pytest.mark.parametrize(("kind", "dates", "done_on", "has_progress", "as_of", "expected"), CASES)
def test_task_status(
    kind: ScheduleKind,
    dates: list[date],
    done_on: date | None,
    has_progress: bool,
    as_of: date,
    expected: TaskStatus,
) -> None:
    status = task_status(
        kind=kind, due_dates=dates, done_on=done_on, has_progress=has_progress, as_of=as_of
    )
    assert status is expected


def test_statuses_have_stable_values() -> None:
    # Reports and their JSON carry these values; renaming one breaks readers.
    assert [status.value for status in TaskStatus] == [
        "done_on_time",
        "done_late",
        "in_progress",
        "overdue",
        "not_started",
        "no_deadline",
    ]


@pytest.mark.parametrize(
    ("dates", "deadline"),
    [
        ([], None),
        ([DEC_9], DEC_9),
        ([SEP_30, DEC_31], DEC_31),
        ([DEC_31, SEP_30], DEC_31),  # order does not matter
    ],
)
def test_deadline_is_the_last_due_date(dates: list[date], deadline: date | None) -> None:
    assert deadline_of(dates) == deadline


@pytest.mark.parametrize(
    ("dates", "today", "expected"),
    [
        ([], OCT_15, None),
        ([SEP_30, DEC_31], date(2025, 7, 1), SEP_30),
        ([SEP_30, DEC_31], SEP_30, SEP_30),  # today is not yet past
        ([SEP_30, DEC_31], OCT_15, DEC_31),
        ([SEP_30, DEC_31], DEC_31, DEC_31),
        ([SEP_30, DEC_31], JAN_1, None),
        ([DEC_31, SEP_30], OCT_15, DEC_31),
    ],
)
def test_next_due_date(dates: list[date], today: date, expected: date | None) -> None:
    assert next_due_date(dates, today) == expected


@pytest.mark.parametrize(
    ("dates", "as_of", "expected"),
    [
        ([], JAN_1, 0),
        ([DEC_9], date(2025, 12, 1), 0),
        ([DEC_9], DEC_9, 0),
        ([DEC_9], DEC_10, 1),
        ([DEC_9], JAN_1, 23),
        ([SEP_30, DEC_31], OCT_15, 0),  # a missed milestone is not the deadline
        ([SEP_30, DEC_31], date(2026, 1, 5), 5),
    ],
)
def test_days_overdue(dates: list[date], as_of: date, expected: int) -> None:
    assert days_overdue(dates, as_of) == expected


def test_current_due_date_is_the_next_one_or_else_the_last_passed() -> None:
    dates = [date(2025, 9, 30), date(2025, 12, 31)]
    assert current_due_date(dates, date(2025, 10, 1)) == date(2025, 12, 31)
    assert current_due_date(dates, date(2025, 9, 30)) == date(2025, 9, 30)
    assert current_due_date(dates, date(2026, 1, 5)) == date(2025, 12, 31)
    assert current_due_date([], date(2026, 1, 5)) is None
