"""Choices for channels without buttons: a numbered list, answered with the number.

The terminal and Zalo use it: the core's choices are written as "1. Duyệt  2. Từ
chối" and, for a while after they were offered, a reply of "1" picks the first one.
Zalo keeps the offers in the database (several workers, restarts); the terminal keeps
them in memory.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Protocol

from sqlalchemy import Engine
from sqlmodel import Session, select

from handlers.i18n import Translator
from handlers.types import Choice
from models.clock import Clock
from models.db import session_scope
from models.tables import Channel, OfferedChoices

CHOICE_LIFETIME = timedelta(minutes=30)
MAX_CHOICE_DIGITS = 3


def choice_number(text: str) -> int | None:
    """The number a reply like "2", " 2. " or "２" stands for; None when it is no number.

    NFKC first, so that a phone keyboard's fullwidth "２" and a superscript "²" read as
    the 2 they look like; then ASCII digits only: ``str.isdigit`` also accepts digits
    ``int`` refuses (and other scripts' digits such as "٣", which nobody here types as a
    choice), so neither decides alone.
    """
    stripped = unicodedata.normalize("NFKC", text).strip().rstrip(".").strip()
    if not stripped or len(stripped) > MAX_CHOICE_DIGITS:
        return None
    if not (stripped.isascii() and stripped.isdigit()):
        return None
    return int(stripped)


class ChoiceStore(Protocol):
    """Where the last offer of each chat is kept."""

    def save(self, chat: str, choices: list[str], at: datetime) -> None:
        """Remember the choice data offered in ``chat``."""
        ...

    def load(self, chat: str) -> tuple[list[str], datetime] | None:
        """Return the last offer of ``chat`` and when it was made."""
        ...


@dataclass
class MemoryChoiceStore:
    """Offers kept in memory, for a single process (the terminal)."""

    offers: dict[str, tuple[list[str], datetime]] = field(default_factory=dict)

    def save(self, chat: str, choices: list[str], at: datetime) -> None:
        """Remember the offer."""
        self.offers[chat] = (choices, at)

    def load(self, chat: str) -> tuple[list[str], datetime] | None:
        """Return the offer."""
        return self.offers.get(chat)


@dataclass
class DatabaseChoiceStore:
    """Offers kept in the database, shared by every worker."""

    engine: Engine
    channel: Channel

    def save(self, chat: str, choices: list[str], at: datetime) -> None:
        """Remember the offer, replacing the previous one of the chat."""
        with session_scope(self.engine) as session:
            row = self._row(session, chat) or OfferedChoices(
                channel=self.channel, chat_id=chat, offered_at=at
            )
            row.choices, row.offered_at = choices, at
            session.add(row)

    def load(self, chat: str) -> tuple[list[str], datetime] | None:
        """Return the offer."""
        with Session(self.engine) as session:
            row = self._row(session, chat)
            return (list(row.choices), row.offered_at) if row else None

    def _row(self, session: Session, chat: str) -> OfferedChoices | None:
        return session.exec(
            select(OfferedChoices).where(
                OfferedChoices.channel == self.channel, OfferedChoices.chat_id == chat
            )
        ).first()


@dataclass
class NumberedChoices:
    """Writes choices as a numbered list and reads a number back, for a while."""

    clock: Clock
    store: ChoiceStore = field(default_factory=MemoryChoiceStore)
    lifetime: timedelta = CHOICE_LIFETIME

    def render(self, chat: str, rows: tuple[tuple[Choice, ...], ...], tr: Translator) -> str:
        """Write the choices as a numbered list and remember them for ``chat``."""
        choices = [choice for row in rows for choice in row]
        if not choices:
            return ""
        self.store.save(chat, [choice.data for choice in choices], self.clock.now())
        lines = [f"  {number}. {choice.label}" for number, choice in enumerate(choices, start=1)]
        numbers = [str(number) for number in range(1, len(choices) + 1)]
        hint = (
            tr.gettext("Reply {number}.", number=numbers[0])
            if len(numbers) == 1
            else tr.gettext(
                "Reply {numbers} or {last}.", numbers=", ".join(numbers[:-1]), last=numbers[-1]
            )
        )
        return "\n".join([*lines, hint])

    def pick(self, chat: str, text: str) -> str | None:
        """Return the choice data a bare number picks, or None when the text is not one."""
        number = choice_number(text)
        if number is None:
            return None
        offer = self.store.load(chat)
        if offer is None or self.clock.now() - offer[1] > self.lifetime:
            return None
        index = number - 1
        return offer[0][index] if 0 <= index < len(offer[0]) else None
