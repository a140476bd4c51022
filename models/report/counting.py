"""Counting lines by status: the totals of tasks and of milestones, one line per unit
(its parts, and the tasks it coordinates) and one per section.

Counted in one pass with :class:`collections.Counter`, not one pass per group: a city's
picture groups tens of thousands of parts.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date

from models.plans import UnitRef
from models.report.lines import Counts, GroupLine, TaskLine
from models.status import TaskStatus


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
