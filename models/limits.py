"""Limits on what one person, or the whole deployment, may do in a span of time.

A stranger may not guess codes without end, and one officer may not make the bot
message the coordinators a hundred times an hour. Each counted action is a row of
:class:`~models.tables.RateEvent`; a limit counts the rows of its kind for one
subject inside its window. The rows live in the database, so every worker sees the
same counts and a restart forgets nothing.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import NamedTuple

from sqlalchemy import delete, func
from sqlmodel import Session, col, select

from models.tables import RateEvent

DEPLOYMENT = "*"  # the subject of a limit on everyone together


class Limit(NamedTuple):
    """At most ``times`` actions of ``kind`` per subject within ``window``."""

    kind: str
    times: int
    window: timedelta


# Codes: a wrong code five times in 15 minutes locks that chat out for the rest of the
# window; 200 wrong codes across the deployment lock every redemption for it (a
# distributed guesser). With 32^10 link codes and 32^8 invites, that leaves a guesser
# about 20,000 tries a day against 10^12-10^15 codes.
CODE_FAILURES_PER_CHAT = Limit("code_failed", 5, timedelta(minutes=15))
CODE_FAILURES_DEPLOYMENT = Limit("code_failed", 200, timedelta(minutes=15))
# Messages one person makes the bot send to others, per hour.
REGISTRATION_REQUESTS = Limit("registration_request", 3, timedelta(hours=1))
PROBLEM_REPORTS = Limit("problem_report", 10, timedelta(hours=1))
COMPLETION_NOTICES = Limit("completion_notice", 30, timedelta(hours=1))
LEAVE_NOTICES = Limit("leave_notice", 5, timedelta(hours=1))
EXTENSION_REQUESTS = Limit("extension_request", 10, timedelta(hours=1))
LINKED_CHAT_NOTICES = Limit("link_notice", 10, timedelta(hours=1))
KEEP_EVENTS = timedelta(days=1)


def subject_of(channel: str, external_id: str) -> str:
    """The subject that stands for one chat account."""
    return f"{channel}:{external_id}"[:96]


def recent_count(session: Session, limit: Limit, subject: str, now: datetime) -> int:
    """How many actions of the limit's kind the subject took within its window."""
    return int(
        session.exec(
            select(func.count())
            .select_from(RateEvent)
            .where(
                RateEvent.kind == limit.kind,
                RateEvent.subject == subject,
                col(RateEvent.created_at) > now - limit.window,
            )
        ).one()
    )


def exceeded(session: Session, limit: Limit, subject: str, now: datetime) -> bool:
    """Tell whether the subject has used up the limit."""
    return recent_count(session, limit, subject, now) >= limit.times


def record_event(session: Session, limit: Limit, subject: str, now: datetime) -> None:
    """Count one action of the limit's kind for the subject."""
    session.add(RateEvent(kind=limit.kind, subject=subject[:96], created_at=now))


def prune_events(session: Session, now: datetime) -> int:
    """Forget actions older than any window; return how many rows went."""
    outcome = session.execute(
        delete(RateEvent)
        .where(col(RateEvent.created_at) < now - KEEP_EVENTS)
        .execution_options(synchronize_session=False)
    )
    return int(outcome.rowcount or 0)  # type: ignore[attr-defined]


def free_at(session: Session, limit: Limit, subject: str, now: datetime) -> datetime | None:
    """When the subject may act again under the limit; None when it may already.

    The subject is held back while ``limit.times`` of its actions lie inside the
    window, so it is free again once the ``times``-th most recent one leaves it.
    """
    boundary = session.exec(
        select(RateEvent.created_at)
        .where(
            RateEvent.kind == limit.kind,
            RateEvent.subject == subject,
            col(RateEvent.created_at) > now - limit.window,
        )
        .order_by(col(RateEvent.created_at).desc())
        .offset(limit.times - 1)
        .limit(1)
    ).first()
    return boundary + limit.window if boundary is not None else None
