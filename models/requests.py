"""Requests waiting for a decision: who decides them, what waits, and closing them.

Two kinds of request wait for someone: an officer's request for more time
(:class:`~models.tables.ExtensionRequest`) and a newcomer's registration
(:class:`~models.tables.RegistrationRequest`). Nobody must be stuck with one: the
person who asked may withdraw it, and one nobody decided is closed as expired after a
configurable time. Every closing is one conditional ``UPDATE ... WHERE status =
'pending'``, like a coordinator's decision, so that a withdrawal, an expiry and a
decision racing each other settle the request exactly once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TypeVar

from sqlalchemy import update
from sqlmodel import Session, col, select

from models.officers import Address
from models.tables import (
    Channel,
    ChatIdentity,
    Decision,
    ExtensionRequest,
    Officer,
    Plan,
    RegistrationRequest,
    Role,
    Task,
    Unit,
    row_id,
)

Row = TypeVar("Row", ExtensionRequest, RegistrationRequest)
# Who decides an officer's request for more time: the commune's coordinators, or
# its leaders when no coordinator can be reached.
DECIDER_ROLES = (Role.COORDINATOR, Role.LEADER)


@dataclass(frozen=True)
class Deciders:
    """Who decides a request of one commune: their role and their chats.

    ``role`` is None when nobody can: the commune has no coordinator or leader the
    bot can reach, other than the person asking.
    """

    role: Role | None
    addresses: tuple[Address, ...] = ()


def deciders(session: Session, organisation_id: int, *, requester_id: int | None) -> Deciders:
    """The coordinators who can decide, else the leaders, else nobody.

    A coordinator counts when they are active, have a chat, are not marked
    unreachable and are not the person asking (a coordinator's own request would
    otherwise wait for themselves).
    """
    for role in DECIDER_ROLES:
        reachable = _reachable(session, organisation_id, role, requester_id)
        if reachable:
            return Deciders(role, tuple(reachable))
    return Deciders(None)


def _reachable(
    session: Session, organisation_id: int, role: Role, requester_id: int | None
) -> list[Address]:
    query = (
        select(ChatIdentity.channel, ChatIdentity.external_id, Officer.id, Officer.locale)
        .join(Officer, col(Officer.id) == ChatIdentity.officer_id)
        .where(
            Officer.organisation_id == organisation_id,
            col(Officer.active).is_(True),
            col(Officer.unreachable_at).is_(None),
            Officer.role == role.value,
        )
        .order_by(col(Officer.id), col(ChatIdentity.id))
    )
    if requester_id is not None:
        query = query.where(Officer.id != requester_id)
    return [
        Address(Channel(channel), external_id, row_id(officer_id), locale)
        for channel, external_id, officer_id, locale in session.exec(query)
    ]


def may_decide_extension(session: Session, request: ExtensionRequest, officer: Officer) -> bool:
    """Tell whether ``officer`` is among those who decide this request for more time.

    A coordinator of the commune always is; a leader only while the commune has no
    coordinator who could (then the request went to the leaders). Nobody decides
    their own request.
    """
    organisation_id = extension_organisation(session, request)
    if organisation_id != officer.organisation_id or officer.id == request.officer_id:
        return False
    if officer.role == Role.COORDINATOR:
        return True
    route = deciders(session, organisation_id, requester_id=request.officer_id)
    return officer.role == Role.LEADER and route.role == Role.LEADER


def extension_organisation(session: Session, request: ExtensionRequest) -> int | None:
    """The commune whose task the request is about."""
    return session.exec(
        select(Plan.organisation_id)
        .join(Task, col(Task.plan_id) == Plan.id)
        .where(Task.id == request.task_id)
    ).first()


def withdraw_extension(session: Session, request_id: int, officer_id: int, now: datetime) -> bool:
    """Withdraw a pending request for more time on behalf of the officer who filed it.

    True when it was still pending and theirs; False when someone decided it first
    (or it expired): the caller reads the row again to say how.
    """
    outcome = session.execute(
        update(ExtensionRequest)
        .where(
            col(ExtensionRequest.id) == request_id,
            col(ExtensionRequest.officer_id) == officer_id,
            col(ExtensionRequest.status) == Decision.PENDING,
        )
        .values(status=Decision.WITHDRAWN, decided_by=officer_id, decided_at=now)
        .execution_options(synchronize_session=False)
    )
    return int(outcome.rowcount or 0) == 1  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Expired:
    """The requests one expiry run closed (and only this run: the UPDATE returned them)."""

    extensions: tuple[ExtensionRequest, ...] = ()
    registrations: tuple[RegistrationRequest, ...] = ()

    def __len__(self) -> int:
        return len(self.extensions) + len(self.registrations)


def expire_pending(session: Session, now: datetime, days: int) -> Expired:
    """Close as expired every request that has waited more than ``days`` days.

    One ``UPDATE ... WHERE status = 'pending' AND created_at < cutoff RETURNING id``
    per table: of several workers running it at once, each request is returned to
    exactly one (PostgreSQL re-checks the status of a row another worker changed;
    SQLite lets one writer at a time), so its notices go out once. ``days`` 0 means
    requests never expire.
    """
    if days <= 0:
        return Expired()
    cutoff = now - timedelta(days=days)
    extension_ids = _expire(session, ExtensionRequest, cutoff, now)
    registration_ids = _expire(session, RegistrationRequest, cutoff, now)
    return Expired(
        tuple(_rows(session, ExtensionRequest, extension_ids)),
        tuple(_rows(session, RegistrationRequest, registration_ids)),
    )


def _expire(
    session: Session,
    table: type[ExtensionRequest] | type[RegistrationRequest],
    cutoff: datetime,
    now: datetime,
) -> list[int]:
    return list(
        session.execute(
            update(table)
            .where(col(table.status) == Decision.PENDING, col(table.created_at) < cutoff)
            .values(status=Decision.EXPIRED, decided_at=now)
            .returning(col(table.id))
            .execution_options(synchronize_session=False)
        )
        .scalars()
        .all()
    )


def _rows(session: Session, table: type[Row], ids: Sequence[int]) -> list[Row]:
    if not ids:
        return []
    return list(
        session.exec(
            select(table)
            .where(col(table.id).in_(ids))
            .order_by(col(table.created_at), col(table.id))
            .execution_options(populate_existing=True)
        )
    )


@dataclass(frozen=True)
class PendingExtension:
    """A request for more time that waits, with the names a list shows."""

    request: ExtensionRequest
    task_code: str
    task_title: str
    officer_name: str
    unit_name: str


@dataclass(frozen=True)
class PendingRegistration:
    """A registration that waits, with the unit's name."""

    request: RegistrationRequest
    unit_name: str


def pending_extensions(
    session: Session, *, organisation_id: int | None = None, officer_id: int | None = None
) -> list[PendingExtension]:
    """The pending requests for more time of a commune, or of one officer; oldest first."""
    query = (
        select(ExtensionRequest, Task, Officer, Unit)
        .join(Task, col(Task.id) == ExtensionRequest.task_id)
        .join(Plan, col(Plan.id) == Task.plan_id)
        .join(Officer, col(Officer.id) == ExtensionRequest.officer_id)
        .join(Unit, col(Unit.id) == Officer.unit_id)
        .where(ExtensionRequest.status == Decision.PENDING)
        .order_by(col(ExtensionRequest.created_at), col(ExtensionRequest.id))
    )
    if organisation_id is not None:
        query = query.where(Plan.organisation_id == organisation_id)
    if officer_id is not None:
        query = query.where(ExtensionRequest.officer_id == officer_id)
    return [
        PendingExtension(request, task.code, task.title, officer.full_name, unit.name)
        for request, task, officer, unit in session.exec(query)
    ]


def pending_registrations(session: Session, organisation_id: int) -> list[PendingRegistration]:
    """The pending registration requests of a commune, oldest first."""
    return [
        PendingRegistration(request, unit.name)
        for request, unit in session.exec(
            select(RegistrationRequest, Unit)
            .join(Unit, col(Unit.id) == RegistrationRequest.unit_id)
            .where(
                RegistrationRequest.organisation_id == organisation_id,
                RegistrationRequest.status == Decision.PENDING,
            )
            .order_by(col(RegistrationRequest.created_at), col(RegistrationRequest.id))
        )
    ]
