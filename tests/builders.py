"""Small builders the tests share."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import Engine, update

from models.db import session_scope
from models.officers import add_officer, find_unit
from models.tables import Channel, Organisation, Role


def register_officers(
    engine: Engine,
    people: Iterable[tuple[str, str, Role, str]],
    *,
    now: datetime,
    channel: Channel = Channel.TELEGRAM,
) -> list[int]:
    """Register officers given as (unit code, full name, role, chat id); return their ids."""
    ids = []
    with session_scope(engine) as session:
        for unit_code, name, role, external_id in people:
            unit = find_unit(session, unit_code)
            assert unit is not None, unit_code
            officer = add_officer(
                session,
                unit=unit,
                full_name=name,
                role=role,
                channel=channel,
                external_id=external_id,
                now=now,
            )
            assert officer.id is not None
            ids.append(officer.id)
    return ids


def register_unit_officers(
    engine: Engine, names: dict[str, str], *, now: datetime, first_chat_id: int = 700
) -> dict[str, int]:
    """Register one officer (role OFFICER) per unit, given as {unit code: full name}, with
    chat ids counted from ``first_chat_id``; return {unit code: officer id}."""
    people = [
        (unit, name, Role.OFFICER, str(first_chat_id + number))
        for number, (unit, name) in enumerate(names.items())
    ]
    return dict(zip(names, register_officers(engine, people, now=now), strict=True))


def confirm_completions_at_once(engine: Engine) -> None:
    """Turn every commune's confirmation step off, as a commune may (then an officer's 100%
    is done at once): for tests about something else than confirming completions."""
    with session_scope(engine) as session:
        session.execute(update(Organisation).values(confirm_completion=False))
