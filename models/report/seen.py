"""A unit's report is the commune's seen from that unit: its own part of the tasks it
leads, and the tasks it coordinates as they stand."""

from __future__ import annotations

from collections.abc import Sequence

from models.report.lines import MilestoneLine, TaskLine
from models.report.marks import _quiet_too_long
from models.report.reading import _TaskData
from models.report.windows import _Window
from models.status import DONE_STATUSES
from models.tables import UnitRole


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
