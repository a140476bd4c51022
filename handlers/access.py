"""Who may see and change which task; checked on the server for every request."""

from __future__ import annotations

from sqlalchemy import update
from sqlmodel import Session, col

from handlers.context import Turn
from models.officers import OfficerCard, officer_card
from models.plans import task_unit_roles
from models.tables import (
    Decision,
    ExtensionRequest,
    Plan,
    RegistrationRequest,
    Role,
    Task,
    UnitRole,
)

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
    the phone); a leader only reads. A task a plan revision removed (archived) is
    kept for reference: nobody changes it any more.
    """
    if (
        task.archived_at is not None
        or not _same_commune(session, officer, task)
        or officer.role == Role.LEADER
    ):
        return False
    return officer.role == Role.COORDINATOR or unit_role(session, officer, task) is not None


def _same_commune(session: Session, officer: OfficerCard, task: Task) -> bool:
    plan = session.get(Plan, task.plan_id)
    return plan is not None and plan.organisation_id == officer.organisation.id


def task_for(turn: Turn, task_id: int, *, change: bool) -> Task | None:
    """Return the task if the writer may see it (or change it); otherwise say why not.

    Any plan of the writer's commune counts, not only the latest: a reminder's button
    may point to a task of last half-year's plan. A task a revision removed can be
    seen, read-only.
    """
    task = turn.session.get(Task, task_id)
    allowed = may_change if change else may_see
    if task is not None and allowed(turn.session, turn.me, task):
        return task
    if change and task is not None and may_see(turn.session, turn.me, task):
        # They see it, so they may hear why they cannot change it.
        turn.say(change_refusal(turn, task))
    elif change:
        turn.say(turn.tr.gettext("You cannot change this task. Type /nhiemvu to see your tasks."))
    else:
        turn.say(turn.tr.gettext("This task is not among yours. Type /nhiemvu to see your tasks."))
    return None


def change_refusal(turn: Turn, task: Task) -> str:
    """Say why the writer may not change a task they named or were shown.

    A leader reads every task and changes none: telling them the task is "not their
    unit's" would send them looking for the right unit. A task a revision removed is
    closed for everyone; any other task belongs to other units.
    """
    tr = turn.tr
    if turn.role == Role.LEADER:
        return tr.gettext(
            "Leaders only read: they do not update progress or ask for more time; each "
            "unit reports on its own tasks. Type /nhiemvu to see every task, /baocao for "
            "the report."
        )
    if task.archived_at is not None:
        return tr.gettext(
            "Task {code} was removed from the plan by a revision on {date}; it can no "
            "longer be changed.",
            code=task.code,
            date=tr.date(task.archived_at.astimezone(turn.now.tzinfo).date()),
        )
    return tr.gettext(
        "Task {code} is not one of your unit's; you cannot change it.", code=task.code
    )


# The requests a coordinator approves or refuses; both carry the same decision columns.
Decidable = RegistrationRequest | ExtensionRequest


def may_decide(
    turn: Turn,
    request: Decidable | None,
    organisation_id: int | None,
    *,
    deciders: tuple[Role, ...] = (Role.COORDINATOR,),
) -> Decidable | None:
    """Return the request when the writer may still decide it; otherwise say why not.

    Only a coordinator of the request's commune decides (``deciders`` adds the
    leaders when a request for more time went to them), and only while it waits
    (the buttons reach every coordinator, and old buttons stay in the chat).
    """
    if (
        request is None
        or turn.officer is None
        or turn.role not in deciders
        or organisation_id != turn.officer.organisation.id
    ):
        turn.say(turn.tr.gettext("Only a coordinator of the commune can decide on this request."))
        return None
    if request.status != Decision.PENDING:
        _tell_decided(turn, request)
        return None
    return request


def settle(
    turn: Turn,
    request: Decidable | None,
    organisation_id: int | None,
    *,
    approve: bool,
    deciders: tuple[Role, ...] = (Role.COORDINATOR,),
) -> bool:
    """Record a coordinator's decision on a pending request of their commune.

    Says why not and returns False when the writer is not a coordinator of that
    commune or when someone decided already. The decision is one conditional UPDATE,
    so of two coordinators pressing at the same moment exactly one decides: the
    other's UPDATE finds the request no longer pending (PostgreSQL re-checks the row
    after the winner commits; SQLite lets one writer at a time) and is told who won.
    """
    if may_decide(turn, request, organisation_id, deciders=deciders) is None:
        return False
    assert request is not None and turn.officer is not None
    model = type(request)
    outcome = turn.session.execute(
        update(model)
        .where(col(model.id) == request.id, col(model.status) == Decision.PENDING)
        .values(
            status=Decision.APPROVED if approve else Decision.REFUSED,
            decided_by=turn.officer.id,
            decided_at=turn.now,
        )
        .execution_options(synchronize_session=False)
    )
    won = int(outcome.rowcount or 0) == 1  # type: ignore[attr-defined]
    # Read the row again: ours now, or as whoever decided first left it.
    turn.session.refresh(request)
    if not won:
        _tell_decided(turn, request)
    return won


def _tell_decided(turn: Turn, request: Decidable) -> None:
    """Tell the writer who decided the request already, and how."""
    tr = turn.tr
    decider = officer_card(turn.session, request.decided_by) if request.decided_by else None
    name = decider.officer.full_name if decider else "?"
    if request.status == Decision.APPROVED:
        turn.say(tr.gettext("This request was already approved by {name}.", name=name))
    elif request.status == Decision.WITHDRAWN:
        turn.say(tr.gettext("This request was withdrawn by {name}, who had asked.", name=name))
    elif request.status == Decision.EXPIRED:
        turn.say(tr.gettext("This request expired without a decision; it can be asked again."))
    else:
        turn.say(tr.gettext("This request was already refused by {name}.", name=name))
