"""Who may see and change which task; checked on the server for every request."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from sqlmodel import Session

from handlers.context import Turn
from models.officers import OfficerCard, officer_card
from models.plans import task_unit_roles
from models.tables import Decision, Plan, Role, Task, UnitRole

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


def task_for(turn: Turn, task_id: int, *, change: bool) -> Task | None:
    """Return the task if the writer may see it (or change it); otherwise say why not."""
    task = turn.session.get(Task, task_id)
    allowed = may_change if change else may_see
    if task is None or task.archived_at is not None or not allowed(turn.session, turn.me, task):
        if change:
            turn.say(
                turn.tr.gettext("You cannot change this task. Type /nhiemvu to see your tasks.")
            )
        else:
            turn.say(
                turn.tr.gettext("This task is not among yours. Type /nhiemvu to see your tasks.")
            )
        return None
    return task


class Decidable(Protocol):
    """A request a coordinator approves or refuses."""

    status: Decision
    decided_at: datetime | None
    decided_by: int | None


def settle(
    turn: Turn, request: Decidable | None, organisation_id: int | None, *, approve: bool
) -> bool:
    """Record a coordinator's decision on a pending request of their commune.

    Says why not and returns False when the writer is not a coordinator of that
    commune or when someone decided already (the buttons reach every coordinator).
    """
    tr = turn.tr
    if (
        request is None
        or turn.officer is None
        or turn.role != Role.COORDINATOR
        or organisation_id != turn.officer.organisation.id
    ):
        turn.say(tr.gettext("Only a coordinator of the commune can decide on this request."))
        return False
    if request.status != Decision.PENDING:
        decider = officer_card(turn.session, request.decided_by) if request.decided_by else None
        turn.say(
            tr.gettext(
                "This request was already handled by {name}.",
                name=decider.officer.full_name if decider else "?",
            )
        )
        return False
    request.status = Decision.APPROVED if approve else Decision.REFUSED
    request.decided_at, request.decided_by = turn.now, turn.officer.id
    turn.session.add(request)
    return True
