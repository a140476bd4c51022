"""The plan as data: what ``nhacviec plan show --json`` and ``nhacviec deadline --json`` print.

These shapes are promises to integrations; keep their keys as they are.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from handlers.i18n import Translator
from models.deadline import Schedule
from models.planfile import ALL_UNITS, ALL_UNITS_LABEL, PlanSpec
from models.standing import StandingSchedule, standing_schedule

if TYPE_CHECKING:  # the database's types: `nhacviec deadline --json` never opens it
    from models.plans import TaskView, UnitRef


def unit_json(unit: UnitRef) -> dict[str, str]:
    """Return ``{"code", "name"}`` of a unit."""
    return {"code": unit.code, "name": unit.name}


def lead_json(
    leads: Sequence[UnitRef], lead_is_all_units: bool, tr: Translator
) -> dict[str, str] | None:
    """Return the lead unit, or the collective "all units" entry when every unit leads."""
    if lead_is_all_units:
        return {"code": ALL_UNITS, "name": tr.gettext(ALL_UNITS_LABEL)}
    return unit_json(leads[0]) if leads else None


def schedule_json(schedule: Schedule, tr: Translator) -> dict[str, Any]:
    """Return ``{"kind", "due_dates", "explanation"}`` of a schedule."""
    return {
        "kind": schedule.kind.value,
        "due_dates": [day.isoformat() for day in schedule.due_dates],
        "explanation": tr.render(schedule.explanation),
    }


def standing_json(standing: StandingSchedule, tr: Translator) -> dict[str, Any]:
    """Return a task's ``schedule`` as it stands (models.standing).

    ``kind`` is ``set_by_coordinator`` for a date set where the text gives none, and never
    ``unknown`` or ``ongoing`` beside a due date; ``moved`` says an approved extension
    moved a date away from ``plan_due_dates``, what the text gives.
    """
    return {
        "kind": standing.kind.value,
        "due_dates": [day.isoformat() for day in standing.due_dates],
        "moved": standing.moved,
        "plan_due_dates": [day.isoformat() for day in standing.plan_due_dates],
        "explanation": " ".join(tr.render(sentence) for sentence in standing.explanation),
    }


def task_json(view: TaskView, schedule: Schedule, tr: Translator) -> dict[str, Any]:
    """Return one task as ``plan show --json`` prints it.

    ``schedule`` is the engine's reading of the deadline text; the due dates come from
    the database, which is what reminders follow, and the two make the schedule as it
    stands.
    """
    return {
        "code": view.code,
        "section": view.section,
        "title": view.title,
        "lead": lead_json(view.leads, view.lead_is_all_units, tr),
        "leads": [unit_json(unit) for unit in view.leads],
        "coordinating": [unit_json(unit) for unit in view.coordinating],
        "deadline_text": view.deadline_text,
        "schedule": standing_json(standing_schedule(schedule, view.due_dates), tr),
        "product": view.product,
    }


def deadline_json(text: str, schedule: Schedule, tr: Translator) -> dict[str, Any]:
    """Return ``{"text", "kind", "due_dates", "explanation"}`` for ``nhacviec deadline --json``."""
    return {"text": text, **schedule_json(schedule, tr)}


def number_line(tr: Translator, plan: PlanSpec) -> str:
    """The plan's number, the day it was signed and its period, as far as known."""
    start, end = tr.date(plan.start), tr.date(plan.end)
    if plan.decision and plan.issued_on:
        return tr.gettext(
            "Number {number} of {day}, from {start} to {end}.",
            number=plan.decision,
            day=tr.date(plan.issued_on),
            start=start,
            end=end,
        )
    if plan.decision:
        return tr.gettext(
            "Number {number}, from {start} to {end}.", number=plan.decision, start=start, end=end
        )
    if plan.issued_on:
        return tr.gettext(
            "Signed on {day}, from {start} to {end}.",
            day=tr.date(plan.issued_on),
            start=start,
            end=end,
        )
    return tr.gettext("From {start} to {end}.", start=start, end=end)
