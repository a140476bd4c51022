"""The one aggregation behind every report on a plan's progress.

``/baocao`` in the chat, ``nhacviec report --format json`` and the Word, Excel and chart
exports all render the same :class:`Report`, so that they can never disagree. It is read
set-based, in a fixed handful of queries whatever the number of tasks (organisation,
units, sections, tasks, assignments, due dates, progress updates with their officers),
because the provincial roll-up builds one per commune.

A report looks at the plan as it stood at the end of ``as_of``: progress updates made
later are ignored, so the report for quarter IV filed in February shows 31/12. Statuses
follow :mod:`models.status`.

Each unit's share: every lead unit of a task does its own part (a :class:`Share`), with
its own percent and status, from the updates written for it (:mod:`models.progress`).
The task's percent is the mean of its parts, and the task is done when every part is,
on the day the last part was done. "All units" leads mean every unit of the commune
(not coordinating) has a part. So:

- the totals and the sections count tasks;
- each unit's line counts its parts, one per task it leads, and how many tasks it
  coordinates (phối hợp) apart: coordinating never counts as leading; the lines add up
  to the number of (task, lead unit) pairs, :attr:`Report.parts`;
- a unit's report is the commune's, seen from that unit: its totals are its own line
  (its parts), its led tasks show its own part, and the tasks it coordinates are listed
  apart with the task's own status.

The package, read in this order (each module imports only those before it):
:mod:`.lines` (what a report is made of) and :mod:`.windows` (its period and day);
:mod:`.reading` (the bulk reads); :mod:`.marks` (where milestones, parts and tasks
stand) and :mod:`.seen` (a unit's view); :mod:`.counting` (the counts of units,
sections and totals); :mod:`.building` (the reports themselves).
"""

from models.report.building import build_report, build_reports
from models.report.counting import count_milestones, count_tasks, has_come_due
from models.report.lines import (
    NO_TASKS,
    Counts,
    GroupLine,
    LastUpdate,
    MilestoneLine,
    Report,
    ReportError,
    Share,
    TaskLine,
    sum_counts,
)
from models.report.marks import STALE_AFTER_DAYS
from models.report.windows import PeriodAsked

__all__ = [
    "NO_TASKS",
    "STALE_AFTER_DAYS",
    "Counts",
    "GroupLine",
    "LastUpdate",
    "MilestoneLine",
    "PeriodAsked",
    "Report",
    "ReportError",
    "Share",
    "TaskLine",
    "build_report",
    "build_reports",
    "count_milestones",
    "count_tasks",
    "has_come_due",
    "sum_counts",
]
