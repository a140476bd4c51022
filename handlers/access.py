"""Who may see and change which task; checked on the server for every request."""

from __future__ import annotations

from sqlmodel import Session

from models.officers import OfficerCard
from models.plans import task_unit_roles
from models.tables import Plan, Role, Task, UnitRole

_SEES_EVERYTHING = (Role.COORDINATOR, Role.LEADER)


def sees_whole_plan(officer: OfficerCard) -> bool:
    """Coordinators and leaders see every task of their commune."""
    return officer.role in _SEES_EVERYTHING


def unit_role(session: Session, officer: OfficerCard, task: Task) -> UnitRole | None:
    """Return the officer's unit's part in the task (lead, coordinating) or None."""
    assert task.id is not None
    return task_unit_roles(session, task.id).get(officer.unit.id or 0)


def may_see(session: Session, officer: OfficerCard, task: Task) -> bool:
    """Tell whether the officer may see the task."""
    if not _same_commune(session, officer, task):
        return False
    return sees_whole_plan(officer) or unit_role(session, officer, task) is not None


def may_change(session: Session, officer: OfficerCard, task: Task) -> bool:
    """Tell whether the officer may report progress on the task.

    Officers and unit heads change the tasks their unit leads or coordinates; a
    coordinator may record progress on any task of the commune (what a unit said on
    the phone); a leader only reads.
    """
    if not _same_commune(session, officer, task) or officer.role == Role.LEADER:
        return False
    return officer.role == Role.COORDINATOR or unit_role(session, officer, task) is not None


def _same_commune(session: Session, officer: OfficerCard, task: Task) -> bool:
    plan = session.get(Plan, task.plan_id)
    return plan is not None and plan.organisation_id == officer.organisation.id
