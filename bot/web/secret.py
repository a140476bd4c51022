"""The server secret that signs the web face's links, shared by every worker.

``NHACVIEC_WEB_SECRET`` when it is set; otherwise a random secret made by the first
worker that needs it and stored in the database (:class:`models.tables.ServerSecret`),
so that a link signed by one worker opens on any other, and after a restart.
"""

from __future__ import annotations

import secrets
from datetime import datetime

from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from bot.settings import Settings
from models.db import session_scope
from models.tables import ServerSecret

WEB_SECRET_NAME = "web"


def web_secret(settings: Settings, engine: Engine, *, now: datetime) -> bytes:
    """The secret the links are signed with: the setting's, else the stored one."""
    if settings.web_secret is not None:
        return settings.web_secret.get_secret_value().encode()
    return stored_secret(engine, WEB_SECRET_NAME, now=now).encode()


def stored_secret(engine: Engine, name: str, *, now: datetime) -> str:
    """The secret stored under ``name``, made and stored first if there is none yet."""
    found = _read(engine, name)
    if found is not None:
        return found
    try:
        with session_scope(engine) as session:
            session.add(ServerSecret(name=name, value=secrets.token_urlsafe(48), created_at=now))
    except IntegrityError:
        pass  # another worker stored one at the same moment: everybody uses theirs
    found = _read(engine, name)
    assert found is not None, "a secret was just stored"
    return found


def _read(engine: Engine, name: str) -> str | None:
    with session_scope(engine) as session:
        return session.exec(select(ServerSecret.value).where(ServerSecret.name == name)).first()
