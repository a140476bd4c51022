"""Requests nobody decided: closed as expired after NHACVIEC_PENDING_DAYS, with notices.

A request for more time or a registration that waits for ever leaves somebody stuck:
the officer cannot ask again, the newcomer cannot register again. The sweep closes
those older than the setting (7 days by default; 0 keeps them for ever), in working
hours so that the notices come when people read them: the person who asked is told
it expired and that they may ask again, and each coordinator (or leader, for the
requests for more time that went to the leaders) gets one message with a line per
closed request of their commune.

The closing is one conditional UPDATE per table (models/requests.py): several workers
sweeping at once close each request once, and only the worker that closed it sends
its notices. A notice that cannot be delivered is logged, not retried: the request
is closed either way, and /choduyet no longer lists it.
"""

from __future__ import annotations

import asyncio
import logging
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session, select

from handlers.i18n import Translator, translator
from handlers.types import Reply
from models.db import session_scope
from models.officers import Address, addresses, officer_by_identity, officer_card
from models.requests import deciders, expire_pending, extension_organisation
from models.tables import (
    Channel,
    ChatIdentity,
    ExtensionRequest,
    RegistrationRequest,
    Role,
    Task,
    Unit,
)

log = logging.getLogger(__name__)
Notice = tuple[Channel, str, Reply]
Line = Callable[[Translator], str]


class Sender(Protocol):
    """A channel able to deliver a reply (the sweep's senders)."""

    async def send(self, external_id: str, reply: Reply) -> str:
        """Deliver ``reply`` to a chat."""
        ...


@dataclass
class RequestExpiry:
    """Closes the requests nobody decided in time and tells whoever they concern."""

    engine: Engine
    senders: Mapping[Channel, Sender]
    days: int
    # The last unexpected error, so that one that comes back every minute is logged short.
    _last_error: str = field(default="", init=False)

    async def run(self, now: datetime) -> int:
        """Close what expired and send the notices; return how many requests closed.

        Never raises but for the database being away (the sweep's tick reports that):
        a fault here must not keep the reminders from going out.
        """
        if self.days <= 0:
            return 0
        try:
            closed, notices = await asyncio.to_thread(self.close, now)
        except DBAPIError:
            raise
        except Exception as error:
            described = f"{type(error).__name__}: {error}"
            if described == self._last_error:
                log.error("Closing expired requests failed again: %s", described)
            else:
                log.exception("Closing expired requests failed; the sweep goes on")
            self._last_error = described
            return 0
        self._last_error = ""
        for channel, external_id, reply in notices:
            sender = self.senders.get(channel)
            if sender is None:
                continue
            try:
                await sender.send(external_id, reply)
            except Exception as error:
                log.warning("Could not deliver a notice of an expired request: %s", error)
        if closed:
            log.info("Closed %d requests nobody decided within %d days", closed, self.days)
        return closed

    def close(self, now: datetime) -> tuple[int, list[Notice]]:
        """Close the expired requests and word their notices, in one transaction."""
        with session_scope(self.engine) as session:
            expired = expire_pending(session, now, self.days)
            notices = Notices(session, self.days)
            for extension in expired.extensions:
                notices.extension(extension)
            for registration in expired.registrations:
                notices.registration(registration)
            return len(expired), notices.build()


@dataclass
class Notices:
    """The notices of one expiry run: one to each requester, one per decider."""

    session: Session
    days: int
    to_requesters: list[Notice] = field(default_factory=list)
    # Each decider's chat (with its language) and the lines of their message.
    lines: dict[Address, list[Line]] = field(default_factory=lambda: defaultdict(list))

    def extension(self, request: ExtensionRequest) -> None:
        """A request for more time: its officer, and the coordinators (or leaders)."""
        task = self.session.get(Task, request.task_id)
        organisation_id = extension_organisation(self.session, request)
        card = officer_card(self.session, request.officer_id)
        if task is None or organisation_id is None or card is None:
            return
        tr = translator(card.officer.locale)
        told = Reply(
            tr.gettext(
                "Your request to move task {code} from {old} to {new} expired: nobody decided "
                "it within {days} days. You can ask again with /giahan {code}.",
                code=task.code,
                old=tr.weekday_date(request.original_due_on),
                new=tr.weekday_date(request.requested_due_on),
                days=self.days,
            ),
            task_id=task.id,
        )
        for channel, external_id in self.session.exec(
            select(ChatIdentity.channel, ChatIdentity.external_id).where(
                ChatIdentity.officer_id == request.officer_id
            )
        ):
            self.to_requesters.append((Channel(channel), external_id, told))
        route = deciders(self.session, organisation_id, requester_id=request.officer_id)
        name, unit = card.officer.full_name, card.unit.name
        for address in route.addresses:
            self.lines[address].append(
                lambda tr: tr.gettext(
                    "{name} ({unit}): more time for task {code}, to {new}",
                    name=name,
                    unit=unit,
                    code=task.code,
                    new=tr.weekday_date(request.requested_due_on),
                )
            )

    def registration(self, request: RegistrationRequest) -> None:
        """A registration: the person who asked (unless their chat is an officer's by now)."""
        unit = self.session.get(Unit, request.unit_id)
        if unit is None:
            return
        if officer_by_identity(self.session, request.channel, request.external_id) is None:
            # Not an officer yet: they hear back in the default language, as on approval.
            tr = translator(None)
            self.to_requesters.append(
                (
                    Channel(request.channel),
                    request.external_id,
                    Reply(
                        tr.gettext(
                            "Your request to join {unit} expired: no coordinator decided it "
                            "within {days} days. You can register again with /dangky.",
                            unit=unit.name,
                            days=self.days,
                        )
                    ),
                )
            )
        name, unit_name = request.full_name, unit.name
        for address in addresses(self.session, request.organisation_id, roles=[Role.COORDINATOR]):
            self.lines[address].append(
                lambda tr: tr.gettext("{name} ({unit}): registration", name=name, unit=unit_name)
            )

    def build(self) -> list[Notice]:
        """Every notice: the requesters' first, then one message per decider's chat."""
        notices = list(self.to_requesters)
        for address, lines in self.lines.items():
            tr = translator(address.locale)
            header = tr.gettext(
                "Closed without a decision after {days} days (they may ask again):",
                days=self.days,
            )
            text = "\n".join([header, *(f"• {line(tr)}" for line in lines)])
            notices.append((address.channel, address.external_id, Reply(text)))
        return notices
