"""Officers and their chat identities: who is writing, and what they may do."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

from sqlmodel import Session, col, select

from models.tables import Channel, ChatIdentity, Officer, Organisation, Role, Unit, row_id

ChatT = TypeVar("ChatT")


@dataclass(frozen=True)
class OfficerCard:
    """An officer with the names a message needs."""

    officer: Officer
    unit: Unit
    organisation: Organisation

    @property
    def id(self) -> int:
        """The officer's id."""
        assert self.officer.id is not None
        return self.officer.id

    @property
    def role(self) -> Role:
        """The officer's role."""
        return Role(self.officer.role)


@dataclass(frozen=True)
class Address:
    """Where a message for one officer goes: a chat on one channel."""

    channel: Channel
    external_id: str
    officer_id: int
    locale: str


def officer_by_identity(
    session: Session, channel: Channel, external_id: str
) -> OfficerCard | None:
    """Return the active officer who owns this chat identity, if any."""
    row = session.exec(
        select(Officer, Unit, Organisation)
        .join(ChatIdentity, col(ChatIdentity.officer_id) == Officer.id)
        .join(Unit, col(Unit.id) == Officer.unit_id)
        .join(Organisation, col(Organisation.id) == Officer.organisation_id)
        .where(ChatIdentity.channel == channel, ChatIdentity.external_id == external_id)
        .where(col(Officer.active).is_(True))
    ).first()
    return OfficerCard(*row) if row else None


def officer_card(session: Session, officer_id: int) -> OfficerCard | None:
    """Return an officer with their unit and organisation."""
    row = session.exec(
        select(Officer, Unit, Organisation)
        .join(Unit, col(Unit.id) == Officer.unit_id)
        .join(Organisation, col(Organisation.id) == Officer.organisation_id)
        .where(Officer.id == officer_id)
    ).first()
    return OfficerCard(*row) if row else None


def addresses(
    session: Session,
    organisation_id: int,
    *,
    roles: Sequence[Role] = (),
    unit_id: int | None = None,
) -> list[Address]:
    """Return the chats of the active officers of an organisation, by role and/or unit."""
    query = (
        select(ChatIdentity.channel, ChatIdentity.external_id, Officer.id, Officer.locale)
        .join(Officer, col(Officer.id) == ChatIdentity.officer_id)
        .where(Officer.organisation_id == organisation_id, col(Officer.active).is_(True))
        .order_by(col(Officer.id))
    )
    if roles:
        query = query.where(col(Officer.role).in_([role.value for role in roles]))
    if unit_id is not None:
        query = query.where(Officer.unit_id == unit_id)
    return [
        Address(Channel(channel), external_id, row_id(officer_id), locale)
        for channel, external_id, officer_id, locale in session.exec(query)
    ]


class ChatTaken(Exception):
    """A chat identity that belongs to an active officer was to be given to someone else."""

    def __init__(self, holder: Officer) -> None:
        super().__init__(f"chat belongs to officer {holder.id}")
        self.holder = holder


def add_officer(
    session: Session,
    *,
    unit: Unit,
    full_name: str,
    role: Role,
    channel: Channel,
    external_id: str,
    now: datetime,
    locale: str = "vi",
    displace: bool = True,
) -> Officer:
    """Create an officer with one chat identity; an identity already in use moves to them.

    With ``displace=False`` (a stranger's request or invite, decided in the chat) a chat
    that belongs to an active officer never moves: :class:`ChatTaken` is raised instead,
    since moving it would silently remove that officer from the bot.
    """
    previous = session.exec(
        select(ChatIdentity).where(
            ChatIdentity.channel == channel, ChatIdentity.external_id == external_id
        )
    ).first()
    if previous is not None and not displace:
        holder = session.get(Officer, previous.officer_id)
        if holder is not None and holder.active:
            raise ChatTaken(holder)
    if previous is not None:
        # One chat is one person: re-registering replaces whoever held it before.
        old = session.get(Officer, previous.officer_id)
        if old is not None:
            old.active = False
            session.add(old)
        session.delete(previous)
        session.flush()
    officer = Officer(
        organisation_id=unit.organisation_id,
        unit_id=row_id(unit.id),
        full_name=full_name,
        role=role,
        active=True,
        locale=locale,
        created_at=now,
    )
    session.add(officer)
    session.flush()
    session.add(
        ChatIdentity(
            officer_id=row_id(officer.id), channel=channel, external_id=external_id, created_at=now
        )
    )
    session.flush()
    return officer


def deactivate_officer(session: Session, officer: Officer) -> None:
    """Remove an officer from the bot: their chats are released, their history stays."""
    officer.active = False
    session.add(officer)
    for identity in session.exec(
        select(ChatIdentity).where(ChatIdentity.officer_id == officer.id)
    ):
        session.delete(identity)


def list_officers(session: Session) -> list[tuple[Officer, Unit, list[ChatIdentity]]]:
    """Return every active officer with their unit and chat identities."""
    rows = session.exec(
        select(Officer, Unit)
        .join(Unit, col(Unit.id) == Officer.unit_id)
        .where(col(Officer.active).is_(True))
        .order_by(col(Unit.position), col(Officer.full_name))
    ).all()
    identities: dict[int, list[ChatIdentity]] = {}
    for identity in session.exec(select(ChatIdentity)):
        identities.setdefault(identity.officer_id, []).append(identity)
    return [(officer, unit, identities.get(row_id(officer.id), [])) for officer, unit in rows]


def find_unit(session: Session, code: str, organisation_id: int | None = None) -> Unit | None:
    """Return the unit with ``code`` (case-insensitive), in one organisation if given."""
    query = select(Unit).where(col(Unit.code) == code.strip().lower())
    if organisation_id is not None:
        query = query.where(Unit.organisation_id == organisation_id)
    return session.exec(query).first()


def units_of(session: Session, organisation_id: int) -> list[Unit]:
    """Return the units of an organisation in their order."""
    return list(
        session.exec(
            select(Unit)
            .where(Unit.organisation_id == organisation_id)
            .order_by(col(Unit.position))
        )
    )


def link_identity(
    session: Session, *, officer_id: int, channel: Channel, external_id: str, now: datetime
) -> Officer | None:
    """Give an officer one more chat account; return who holds it already, if someone does."""
    existing = session.exec(
        select(ChatIdentity).where(
            ChatIdentity.channel == channel, ChatIdentity.external_id == external_id
        )
    ).first()
    if existing is not None:
        holder = session.get(Officer, existing.officer_id)
        if holder is not None and holder.active:
            return holder
        session.delete(existing)
        session.flush()
    session.add(
        ChatIdentity(
            officer_id=officer_id, channel=channel, external_id=external_id, created_at=now
        )
    )
    return None


def linked_chats(session: Session, officer_id: int) -> list[ChatIdentity]:
    """Return the chat accounts of one officer, oldest first."""
    return list(
        session.exec(
            select(ChatIdentity)
            .where(ChatIdentity.officer_id == officer_id)
            .order_by(col(ChatIdentity.created_at), col(ChatIdentity.id))
        )
    )


def officer_addresses(session: Session, officer_id: int) -> list[Address]:
    """Return where messages for one officer go: each of their chats."""
    officer = session.get(Officer, officer_id)
    if officer is None or not officer.active:
        return []
    return [
        Address(chat.channel, chat.external_id, officer_id, officer.locale)
        for chat in linked_chats(session, officer_id)
    ]


def reminder_chats(officer: Officer, chats: Sequence[ChatIdentity]) -> list[ChatIdentity]:
    """The chats of an officer that reminders go to (see :func:`chosen_chats`)."""
    return chosen_chats(officer.notify_channels, chats, lambda chat: Channel(chat.channel))


def chosen_chats(
    notify_channels: str, chats: Sequence[ChatT], channel_of: Callable[[ChatT], Channel]
) -> list[ChatT]:
    """The chats on the channels an officer chose (``/kenh``), else all of them.

    An empty choice means every chat; a choice of a channel the officer never linked
    must not silence them, so it also falls back to every chat.
    """
    wanted = {part for part in notify_channels.split(",") if part}
    chosen = [chat for chat in chats if not wanted or channel_of(chat).value in wanted]
    return chosen or list(chats)
