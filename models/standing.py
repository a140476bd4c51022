"""A task's schedule as it stands: the plan text's reading, or the dates set since.

The deadline engine (:mod:`models.deadline`) reads the plan's text; the due dates stored
for a task (``DueDate`` rows) are what reminders and reports follow. The two part when a
coordinator sets a date on a task whose text gives none ("Thường xuyên", an unreadable or
empty cell), or when an approved extension moves a date. One rule says what kind of
schedule the task then has, so that the start-up banner, ``plan show``, the JSON and the
reports never disagree:

- no stored date: ``ongoing`` when the text says so, else ``unknown`` (the coordinator
  has to set one; reports list it as "no deadline");
- stored dates where the text gives none: ``set_by_coordinator``;
- otherwise the engine's kind (``once``, ``milestones``, ``recurring``), and the schedule
  is *moved* when the stored dates differ from the text's (an approved extension).

So ``unknown`` and ``ongoing`` never stand beside a due date.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from models.deadline import Schedule, ScheduleKind
from models.text import N_, Text, text


class StandingKind(StrEnum):
    """The engine's kinds, plus a date the coordinator set where the text gave none."""

    ONCE = "once"
    MILESTONES = "milestones"
    RECURRING = "recurring"
    ONGOING = "ongoing"
    UNKNOWN = "unknown"
    SET_BY_COORDINATOR = "set_by_coordinator"


# The engine's kinds that never give a date: a stored date there was set by a person.
_UNDATED_KINDS = frozenset({ScheduleKind.ONGOING, ScheduleKind.UNKNOWN})

_SET_BY_COORDINATOR = N_("The plan's deadline gives no date; the coordinator set {dates}.")
_MOVED = N_("Moved since by an approved extension; now due: {dates}.")


def standing_kind(engine_kind: ScheduleKind, due_dates: Sequence[date]) -> StandingKind:
    """The kind of a task's schedule, from the engine's kind and the stored due dates."""
    if not due_dates:
        if engine_kind is ScheduleKind.ONGOING:
            return StandingKind.ONGOING
        return StandingKind.UNKNOWN
    if engine_kind in _UNDATED_KINDS:
        return StandingKind.SET_BY_COORDINATOR
    return StandingKind(engine_kind.value)


def needs_date(engine_kind: ScheduleKind, due_dates: Sequence[date]) -> bool:
    """Whether the coordinator still has to set a date: no stored date, and not ongoing."""
    return standing_kind(engine_kind, due_dates) is StandingKind.UNKNOWN


@dataclass(frozen=True)
class StandingSchedule:
    """A task's schedule as it stands, beside the plan text's reading of it."""

    kind: StandingKind
    due_dates: tuple[date, ...]  # the stored ones: what reminders and reports follow
    plan_due_dates: tuple[date, ...]  # what the plan's text gives
    explanation: tuple[Text, ...]  # sentences, in order

    @property
    def moved(self) -> bool:
        """Whether the dates differ from the dates the plan's text gives."""
        dated = self.kind is not StandingKind.SET_BY_COORDINATOR and bool(self.due_dates)
        return dated and self.due_dates != self.plan_due_dates


def standing_schedule(engine: Schedule, due_dates: Sequence[date]) -> StandingSchedule:
    """The schedule as it stands, from the engine's reading and the stored due dates."""
    stored = tuple(sorted(due_dates))
    kind = standing_kind(engine.kind, stored)
    explanation: tuple[Text, ...] = (engine.explanation,)
    if kind is StandingKind.SET_BY_COORDINATOR:
        # The engine's sentence would still ask for a date: it is no longer true.
        explanation = (text(_SET_BY_COORDINATOR, dates=_dates(stored)),)
    elif stored and stored != engine.due_dates:
        explanation += (text(_MOVED, dates=_dates(stored)),)
    return StandingSchedule(kind, stored, engine.due_dates, explanation)


def _dates(days: Sequence[date]) -> str:
    # The engine's explanations write dates the same way.
    return ", ".join(f"{day.day:02d}/{day.month:02d}/{day.year:04d}" for day in days)
