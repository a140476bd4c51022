"""Everything one turn of the conversation works with."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any, Protocol

from sqlmodel import Session, select

from handlers.i18n import Translator, translator
from handlers.types import Choice, Incoming, Recipient, Reply
from models.calendar import WorkingCalendar
from models.officers import Address, OfficerCard
from models.periods import Windows
from models.plans import latest_plan
from models.scorecard import DEFAULT_WEIGHTS, Weights
from models.tables import ChatState, Plan, Role

Choices = tuple[tuple[Choice, ...], ...]


class WebLinks(Protocol):
    """The web face (bot/web), as the core asks it for a person's link to the dashboard."""

    def dashboard_link(self, officer_id: int) -> str | None:
        """A link signed for the officer; None when the web face is off or not reachable
        by those who chat (no public address)."""
        ...


@dataclass(frozen=True)
class CoreSettings:
    """What the core needs to know about the deployment."""

    bot_username: str = ""
    invite_days: int = 7
    reminder_time: time = time(8, 0)  # when a snoozed reminder comes back
    report_windows: Windows = Windows.CALENDAR  # how /baocao cuts quarters and halves
    scorecard_weights: Weights = DEFAULT_WEIGHTS  # the units' ranking under /baocao
    web: WebLinks | None = None  # the dashboard's links; None without a web face


@dataclass
class Turn:
    """One incoming message or choice being answered, inside one database transaction."""

    session: Session
    incoming: Incoming
    now: datetime
    tr: Translator
    officer: OfficerCard | None
    settings: CoreSettings
    calendar: WorkingCalendar
    on_task_changed: Callable[[Session, int], None] | None = None
    on_officer_added: Callable[[Session, int], None] | None = None
    replies: list[Reply] = field(default_factory=list)

    def officer_added(self, unit_id: int) -> None:
        """Let a newly registered officer get the reminders already planned for their unit."""
        if self.on_officer_added is not None:
            self.session.flush()
            self.on_officer_added(self.session, unit_id)

    def task_changed(self, task_id: int) -> None:
        """Let the reminders follow a task that was completed, reopened or got a new date."""
        if self.on_task_changed is not None:
            self.session.flush()
            self.on_task_changed(self.session, task_id)

    @property
    def today(self) -> date:
        """The local date of this turn."""
        return self.now.date()

    @property
    def me(self) -> OfficerCard:
        """The writer, in a command only registered officers reach."""
        assert self.officer is not None, "registered-only command"
        return self.officer

    @property
    def role(self) -> Role | None:
        """The writer's role, None when they are not registered."""
        return self.officer.role if self.officer else None

    def say(self, text: str, *, choices: Choices = (), task_id: int | None = None) -> None:
        """Answer the writer."""
        self.replies.append(Reply(text, choices=choices, task_id=task_id))

    def tell(self, address: Address, text: str, choices: Choices = ()) -> None:
        """Send a message to another officer (a coordinator, the person who asked)."""
        self.replies.append(
            Reply(text, choices=choices, to=Recipient(address.channel, address.external_id))
        )

    def translator_for(self, address: Address) -> Translator:
        """Return the translator of another officer's language."""
        return translator(address.locale)

    def plan(self) -> Plan | None:
        """Return the plan the writer works on: their commune's latest."""
        if self.officer is None:
            return None
        return latest_plan(self.session, self.officer.organisation.id)

    # --- the writer's place in a multi-step exchange, kept across restarts ---

    def state(self) -> dict[str, Any]:
        """Return what the writer was last asked for (empty when nothing)."""
        row = self._state_row()
        return dict(row.state) if row else {}

    def set_state(self, **state: Any) -> None:
        """Remember what the writer is being asked for."""
        row = self._state_row() or ChatState(
            channel=self.incoming.person.channel,
            external_id=self.incoming.person.external_id,
            updated_at=self.now,
        )
        row.state = state
        row.updated_at = self.now
        self.session.add(row)

    def clear_state(self) -> None:
        """Forget any pending question."""
        row = self._state_row()
        if row is not None:
            self.session.delete(row)

    def _state_row(self) -> ChatState | None:
        person = self.incoming.person
        return self.session.exec(
            select(ChatState).where(
                ChatState.channel == person.channel, ChatState.external_id == person.external_id
            )
        ).first()
