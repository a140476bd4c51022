"""The sweep: every minute, claim the reminders that are due, send them, record the outcome.

Rows move planned -> sending -> sent (or failed, missed, cancelled). Claiming marks
them "sending" in one statement (``FOR UPDATE SKIP LOCKED`` on PostgreSQL, so that
several workers never take the same row); a worker killed while sending leaves rows
in "sending", which go back to "planned" after a while: at most the messages that
were in flight are sent twice, none is lost. A reminder found more than 12 hours late
after downtime is marked missed (and counted by /baocao) instead of being sent.

One bad item never holds up the others: the claim transaction only claims rows and
words the reminders (from data read in bulk); each digest (the draft Word report among
them) is built afterwards in its own short read, and a message that fails to build or
to send is recorded on its own rows (attempts, error, back to planned for the next
sweep, failed after MAX_ATTEMPTS) while everything else of the sweep still goes out.
"""

from __future__ import annotations

import asyncio
import logging
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from operator import itemgetter
from typing import Literal, Protocol, TypeVar

from sqlalchemy import Engine, update
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session, col, select

from handlers.i18n import translator
from handlers.reminders import ReminderLine, render_reminder
from handlers.types import Reply
from models.calendar import WorkingCalendar
from models.clock import Clock
from models.db import session_scope
from models.officers import addresses, chosen_chats, officer_card
from models.plans import latest_plan
from models.tables import (
    Channel,
    ChatIdentity,
    Digest,
    DigestKind,
    MessageLink,
    Officer,
    ProgressUpdate,
    Reminder,
    ReminderKind,
    ReminderState,
    Role,
    Task,
    row_id,
)
from scheduler.digests import render_digest
from scheduler.expiry import RequestExpiry
from scheduler.moot import MootRule
from scheduler.policy import ReminderPolicy, in_sending_window

log = logging.getLogger(__name__)

Row = TypeVar("Row", Reminder, Digest)
CLAIM_TIMEOUT = timedelta(minutes=10)
LATE_AFTER = timedelta(minutes=30)
MAX_ATTEMPTS = 5
# Why a claimed digest was not sent, named as the SweepResult field that counts it.
NotSent = Literal["cancelled", "retried", "failed"]
BATCH = 500
# Messages a sweep has in flight at once: enough to keep the channels' rate limiters
# busy (a slow or retried send does not hold up the others), few enough that a worker
# killed mid-sweep sends at most this many twice after its restart.
IN_FLIGHT = 8


class Unreachable(Exception):
    """The platform refuses to deliver to this person (blocked the bot, never started it)."""


class DeliveryFailed(Exception):
    """A temporary failure (network, 5xx, rate limit): try again at the next sweep."""


class Sender(Protocol):
    """A channel able to deliver a reply to a chat, returning the platform's message id."""

    async def send(self, external_id: str, reply: Reply) -> str:
        """Deliver ``reply``; raise Unreachable or DeliveryFailed when it cannot."""
        ...


@dataclass
class Outgoing:
    """One message of a sweep: to one officer, standing for one or more rows."""

    officer_id: int
    reply: Reply
    reminder_ids: list[int] = field(default_factory=list)
    digest_id: int | None = None
    # The chats to send to, (channel, chat id); read with the claim, for every message
    # at once.
    targets: list[tuple[Channel, str]] = field(default_factory=list)


@dataclass
class Claimed:
    """What one claim took: the reminder messages, ready to send, and the digests to build."""

    reminders: list[Outgoing] = field(default_factory=list)
    digest_ids: list[int] = field(default_factory=list)
    cancelled: int = 0
    # Reminder rows of officers whose message could not be written: put back or failed.
    retried: int = 0
    failed: int = 0


@dataclass
class SweepResult:
    """What a sweep did, for logs and tests."""

    sent: int = 0
    retried: int = 0
    failed: int = 0
    missed: int = 0
    cancelled: int = 0
    expired: int = 0  # requests nobody decided in time, closed

    def count(self, outcome: NotSent) -> None:
        """Count one message that was not sent, by why."""
        if outcome == "cancelled":
            self.cancelled += 1
        elif outcome == "retried":
            self.retried += 1
        else:
            self.failed += 1


@dataclass
class Sweep:
    """Sends what is due, through whichever channels are configured."""

    engine: Engine
    clock: Clock
    calendar: WorkingCalendar
    policy: ReminderPolicy
    senders: Mapping[Channel, Sender]
    batch: int = BATCH
    in_flight: int = IN_FLIGHT
    expiry: RequestExpiry = field(init=False)

    def __post_init__(self) -> None:
        self.expiry = RequestExpiry(self.engine, self.senders, self.policy.pending_days)

    async def run(self) -> SweepResult:
        """One sweep: expire, claim, send (a few at a time), record each as it goes."""
        now = self.clock.now()
        result = SweepResult()
        result.missed = await asyncio.to_thread(self._expire, now)
        if not in_sending_window(now, self.policy, self.calendar):
            return result
        # Guarded on its own (a fault is logged and the sweep goes on), in working hours
        # so that the notices of what expired come when people read them.
        result.expired = await self.expiry.run(now)
        claimed = await asyncio.to_thread(self._claim, now)
        result.cancelled += claimed.cancelled
        result.retried += claimed.retried
        result.failed += claimed.failed
        slots = asyncio.Semaphore(self.in_flight)

        async def deliver(message: Outgoing) -> None:
            async with slots:
                await self._deliver(message, now, result)

        async def build_and_deliver(digest_id: int) -> None:
            async with slots:
                built = await asyncio.to_thread(self._digest_message, digest_id, now)
                if isinstance(built, Outgoing):
                    await self._deliver(built, now, result)
                elif built is not None:
                    result.count(built)

        # Reminders first: the semaphore serves in order, so they never wait for the
        # digests' reports to be built.
        outcomes = await asyncio.gather(
            *(deliver(message) for message in claimed.reminders),
            *(build_and_deliver(digest_id) for digest_id in claimed.digest_ids),
            return_exceptions=True,
        )
        # Every message has been dealt with; an error of recording (the database went
        # away) is raised only now, once, for the tick to report.
        errors = [outcome for outcome in outcomes if isinstance(outcome, BaseException)]
        if errors:
            raise errors[0]
        return result

    # --- expiring ---------------------------------------------------------------------

    def _expire(self, now: datetime) -> int:
        with session_scope(self.engine) as session:
            missed = 0
            for table in (Reminder, Digest):
                state, send_at, claimed = (
                    col(table.state),
                    col(table.send_at),
                    col(table.claimed_at),
                )
                outcome = session.execute(
                    update(table)
                    .where(
                        state == ReminderState.PLANNED.value,
                        send_at < now - self.policy.late_limit,
                    )
                    .values(state=ReminderState.MISSED.value)
                    .execution_options(synchronize_session=False)
                )
                missed += int(outcome.rowcount or 0)  # type: ignore[attr-defined]
                # A worker died while sending: its rows go back to planned.
                session.execute(
                    update(table)
                    .where(state == ReminderState.SENDING.value, claimed < now - CLAIM_TIMEOUT)
                    .values(state=ReminderState.PLANNED.value)
                    .execution_options(synchronize_session=False)
                )
            return missed

    # --- claiming -----------------------------------------------------------------------

    def _claim(self, now: datetime) -> Claimed:
        """Claim the due rows and word the reminders; digests are only claimed here.

        A digest may need a whole report built (the draft is a Word file): done inside
        this transaction, one failing digest would roll back every claim of the sweep.
        """
        with session_scope(self.engine) as session:
            reminders = self._claim_rows(session, Reminder, now)
            digests = self._claim_rows(session, Digest, now)
            claimed = Claimed(digest_ids=[row_id(row.id) for row in digests])
            kept, claimed.cancelled = self._drop_moot(session, reminders, now)
            claimed.reminders = self._reminder_messages(session, kept, now, claimed)
            self._add_targets(session, claimed.reminders)
            return claimed

    def _claim_rows(self, session: Session, table: type[Row], now: datetime) -> list[Row]:
        """Mark due rows "sending" in one statement, so that no two workers take the same row.

        One UPDATE ... RETURNING is atomic on SQLite; on PostgreSQL its subquery also
        skips the rows another worker has locked (the classic queue pattern).
        """
        due = (
            select(col(table.id))
            .where(col(table.state) == ReminderState.PLANNED.value, col(table.send_at) <= now)
            .order_by(col(table.send_at), col(table.id))
            .limit(self.batch)
        )
        if session.get_bind().dialect.name == "postgresql":
            due = due.with_for_update(skip_locked=True)
        claimed = (
            session.execute(
                update(table)
                .where(col(table.id).in_(due.scalar_subquery()))
                .where(col(table.state) == ReminderState.PLANNED.value)
                .values(state=ReminderState.SENDING.value, claimed_at=now)
                .returning(col(table.id))
                .execution_options(synchronize_session=False)
            )
            .scalars()
            .all()
        )
        if not claimed:
            return []
        return list(
            session.exec(
                select(table)
                .where(col(table.id).in_(claimed))
                .order_by(col(table.send_at), col(table.id))
            )
        )

    def _drop_moot(
        self, session: Session, rows: Sequence[Reminder], now: datetime
    ) -> tuple[list[Reminder], int]:
        """Cancel what should no longer go out: done tasks, officers gone or on leave."""
        if not rows:
            return [], 0
        # The rule `nhacviec simulate` follows too (scheduler.moot).
        moot = MootRule(
            session,
            [row.task_id for row in rows],
            [row.officer_id for row in rows],
            zone=now.tzinfo or UTC,
        )
        kept, cancelled = [], 0
        for row in rows:
            milestone = None if row.kind == ReminderKind.CHECKIN else row.due_on
            if moot.cancels(row.task_id, row.officer_id, now.date(), due_on=milestone):
                row.state = ReminderState.CANCELLED
                session.add(row)
                cancelled += 1
            else:
                kept.append(row)
        return kept, cancelled

    def _reminder_messages(
        self, session: Session, rows: Sequence[Reminder], now: datetime, claimed: Claimed
    ) -> list[Outgoing]:
        if not rows:
            return []
        tasks = {
            task.id: task
            for task in session.exec(
                select(Task).where(col(Task.id).in_({row.task_id for row in rows}))
            )
        }
        progress = _latest_progress(session, [task_id for task_id in tasks if task_id])
        locales = dict(
            session.exec(
                select(Officer.id, Officer.locale).where(
                    col(Officer.id).in_({row.officer_id for row in rows})
                )
            ).all()
        )
        by_officer: dict[int, list[Reminder]] = defaultdict(list)
        for row in rows:
            by_officer[row.officer_id].append(row)
        messages = []
        for officer_id, mine in by_officer.items():
            try:
                lines = _unique_lines(mine, tasks, progress)
                late = any(row.send_at < now - LATE_AFTER for row in mine)
                reply = render_reminder(
                    lines, translator(locales.get(officer_id)), now.date(), late=late
                )
            except Exception as error:
                # Only this officer's rows wait for the next sweep; nothing was written
                # yet, so the claim transaction stays sound for everyone else.
                failed = _fail_rows(session, mine, _describe(error), final=False)
                _log_build_failure(f"the reminder of officer {officer_id}", mine, failed, error)
                if failed:
                    claimed.failed += len(mine)
                else:
                    claimed.retried += len(mine)
                continue
            messages.append(Outgoing(officer_id, reply, [row_id(row.id) for row in mine]))
        return messages

    # --- digests, each built on its own -----------------------------------------------------

    def _digest_message(self, digest_id: int, now: datetime) -> Outgoing | NotSent | None:
        """Build one claimed digest and find its chats, or say why it is not sent.

        None when the row is no longer this sweep's to send.

        Built in a read-only session of its own (a cancellation or a failure is written
        afterwards, in a short transaction), so that a report that fails to build, or
        takes long, neither rolls back nor holds up anything else.
        """
        try:
            with Session(self.engine) as session:
                row = session.get(Digest, digest_id)
                if row is None or row.state != ReminderState.SENDING:
                    return None
                reply = self._render_digest_row(session, row, now)
                message = None
                if reply is not None:
                    message = Outgoing(row.officer_id, reply, digest_id=digest_id)
                    self._add_targets(session, [message])
        except DBAPIError:
            raise  # the database is away: the tick reports it; the row is re-claimed later
        except Exception as error:
            with session_scope(self.engine) as session:
                rows = [row for row in [session.get(Digest, digest_id)] if row is not None]
                failed = _fail_rows(session, rows, _describe(error), final=False)
            _log_build_failure(f"digest {digest_id}", rows, failed, error)
            return "failed" if failed else "retried"
        if message is None:
            with session_scope(self.engine) as session:
                session.execute(
                    update(Digest)
                    .where(col(Digest.id) == digest_id)
                    .values(state=ReminderState.CANCELLED.value)
                    .execution_options(synchronize_session=False)
                )
            return "cancelled"
        return message

    def _render_digest_row(self, session: Session, row: Digest, now: datetime) -> Reply | None:
        """The digest's message from a fresh report; None when there is nothing to say."""
        card = officer_card(session, row.officer_id)
        if card is None or not card.officer.active:
            return None
        plan = latest_plan(session, row_id(card.organisation.id))
        if plan is None:
            return None
        return render_digest(
            session,
            plan,
            DigestKind(row.kind),
            now=now,
            tr=translator(card.officer.locale),
            unit_code=card.unit.code if card.role == Role.UNIT_HEAD else None,
            calendar=self.calendar,
            windows=self.policy.report_windows,
            weights=self.policy.scorecard_weights,
        )

    # --- delivering and recording ---------------------------------------------------------

    async def _deliver(self, message: Outgoing, now: datetime, result: SweepResult) -> None:
        targets = message.targets
        if not targets:
            await asyncio.to_thread(self._record_failure, message, "no reachable chat", True, now)
            result.failed += 1
            return
        delivered: list[tuple[Channel, str, str]] = []
        errors: list[Exception] = []
        # Every channel the officer chose (Telegram, Zalo or both) gets the message.
        for channel, external_id in targets:
            try:
                message_id = await self.senders[channel].send(external_id, message.reply)
            except (Unreachable, DeliveryFailed) as error:
                errors.append(error)
            except Exception as error:
                # A fault of the channel's own code with this one message: retried like a
                # network failure, and the sweep goes on with the others.
                log.exception("Sending to officer %s failed unexpectedly", message.officer_id)
                errors.append(DeliveryFailed(_describe(error)))
            else:
                delivered.append((channel, external_id, message_id))
        if delivered:
            await asyncio.to_thread(self._record_sent, message, delivered, now)
            result.sent += len(message.reminder_ids) or 1
        elif any(isinstance(error, DeliveryFailed) for error in errors):
            final = await asyncio.to_thread(
                self._record_failure, message, str(errors[0]), False, now
            )
            if final:
                result.failed += 1
            else:
                result.retried += 1
        else:
            await asyncio.to_thread(self._record_failure, message, str(errors[0]), True, now)
            await self._tell_coordinators_unreachable(message.officer_id, now)
            result.failed += 1

    def _add_targets(self, session: Session, messages: Sequence[Outgoing]) -> None:
        """Find every message's chats: two queries for the whole batch."""
        officer_ids = {message.officer_id for message in messages}
        if not officer_ids:
            return
        wanted = dict(
            session.exec(
                select(Officer.id, Officer.notify_channels).where(col(Officer.id).in_(officer_ids))
            ).all()
        )
        linked: dict[int, list[tuple[Channel, str]]] = defaultdict(list)
        for officer_id, channel, external_id in session.exec(
            select(ChatIdentity.officer_id, ChatIdentity.channel, ChatIdentity.external_id)
            .where(col(ChatIdentity.officer_id).in_(officer_ids))
            .order_by(col(ChatIdentity.id))
        ):
            if Channel(channel) in self.senders:
                linked[officer_id].append((Channel(channel), external_id))
        for message in messages:
            message.targets = chosen_chats(
                wanted.get(message.officer_id) or "",
                linked[message.officer_id],
                itemgetter(0),
            )

    def _rows(self, session: Session, message: Outgoing) -> list[Reminder] | list[Digest]:
        if message.digest_id is not None:
            digest = session.get(Digest, message.digest_id)
            return [digest] if digest else []
        return list(
            session.exec(select(Reminder).where(col(Reminder.id).in_(message.reminder_ids)))
        )

    def _record_sent(
        self, message: Outgoing, delivered: list[tuple[Channel, str, str]], now: datetime
    ) -> None:
        channel, _chat, message_id = delivered[0]
        with session_scope(self.engine) as session:
            milestones = set()
            for row in self._rows(session, message):
                row.state, row.sent_at, row.message_id = ReminderState.SENT, now, message_id
                if isinstance(row, Reminder):
                    row.channel = channel.value
                    milestones.add(row.due_on)
                session.add(row)
            if message.reply.task_id is not None:
                # A reply reports on the reminder's milestone (models.milestones).
                due_on = milestones.pop() if len(milestones) == 1 else None
                for sent_channel, chat, sent_id in delivered:
                    session.add(
                        MessageLink(
                            channel=sent_channel,
                            chat_id=chat,
                            message_id=sent_id,
                            task_id=message.reply.task_id,
                            created_at=now,
                            due_on=due_on,
                        )
                    )

    def _record_failure(self, message: Outgoing, error: str, final: bool, now: datetime) -> bool:
        """Put the rows back for another try, or fail them; return True when they failed."""
        with session_scope(self.engine) as session:
            failed = _fail_rows(session, self._rows(session, message), error, final=final)
            if final:
                officer = session.get(Officer, message.officer_id)
                if officer is not None and officer.unreachable_at is None:
                    officer.unreachable_at = now
                    session.add(officer)
        return failed

    async def _tell_coordinators_unreachable(self, officer_id: int, now: datetime) -> None:
        notices = await asyncio.to_thread(self._unreachable_notices, officer_id, now)
        for channel, external_id, reply in notices:
            try:
                await self.senders[channel].send(external_id, reply)
            except (Unreachable, DeliveryFailed):
                log.warning(
                    "Could not tell a coordinator that officer %s is unreachable", officer_id
                )

    def _unreachable_notices(
        self, officer_id: int, now: datetime
    ) -> list[tuple[Channel, str, Reply]]:
        with Session(self.engine) as session:
            card = officer_card(session, officer_id)
            if card is None or card.officer.unreachable_at != now:
                return []  # already reported before
            notices = []
            for coordinator in addresses(
                session, card.organisation.id or 0, roles=[Role.COORDINATOR]
            ):
                if coordinator.channel not in self.senders or coordinator.officer_id == officer_id:
                    continue
                tr = translator(coordinator.locale)
                notices.append(
                    (
                        coordinator.channel,
                        coordinator.external_id,
                        Reply(
                            tr.gettext(
                                "Reminders cannot reach {name} ({unit}): they blocked the bot "
                                "or never pressed Start. Please ask them to open the bot and "
                                "press Start.",
                                name=card.officer.full_name,
                                unit=card.unit.name,
                            )
                        ),
                    )
                )
            return notices


def _fail_rows(
    session: Session, rows: Sequence[Reminder] | Sequence[Digest], error: str, *, final: bool
) -> bool:
    """Count a failed try on each row: back to planned, or failed for good; True if failed."""
    failed = final
    for row in rows:
        row.attempts += 1
        row.error = error[:300]
        failed = final or row.attempts >= MAX_ATTEMPTS
        row.state = ReminderState.FAILED if failed else ReminderState.PLANNED
        session.add(row)
    return failed


def _describe(error: BaseException) -> str:
    """An error as one line for a row's ``error`` column: its type and its message."""
    return f"{type(error).__name__}: {error}"


def _log_build_failure(
    what: str, rows: Sequence[Reminder] | Sequence[Digest], failed: bool, error: Exception
) -> None:
    """Log a message that could not be built: the trace at the first try, a line after.

    The same fault comes back at every retry; its trace once is enough to find it.
    """
    attempts = max((row.attempts for row in rows), default=0)
    if attempts <= 1:
        log.error("Could not build %s; retrying next sweep", what, exc_info=error)
    elif failed:
        log.error("Could not build %s after %d tries, giving up: %s", what, attempts, error)
    else:
        log.warning("Could not build %s (try %d): %s", what, attempts, error)


def _latest_progress(session: Session, task_ids: list[int]) -> dict[int, tuple[int, str]]:
    """The latest percent and the latest note of each task."""
    latest: dict[int, tuple[int, str]] = {}
    for task_id, percent, note in session.exec(
        select(ProgressUpdate.task_id, ProgressUpdate.percent, ProgressUpdate.note)
        .where(col(ProgressUpdate.task_id).in_(task_ids))
        .order_by(col(ProgressUpdate.created_at), col(ProgressUpdate.id))
    ):
        previous = latest.get(task_id, (0, ""))
        latest[task_id] = (percent if percent is not None else previous[0], note or previous[1])
    return latest


def _unique_lines(
    rows: Sequence[Reminder],
    tasks: Mapping[int | None, Task],
    progress: Mapping[int, tuple[int, str]],
) -> list[ReminderLine]:
    """One line per task and due date, the most urgent reminder kind first."""
    seen: dict[tuple[int, object], ReminderLine] = {}
    for row in sorted(rows, key=lambda row: (row.due_on, row.days)):
        task = tasks[row.task_id]
        percent, note = progress.get(row.task_id, (0, ""))
        key = (row.task_id, row.due_on)
        if key not in seen:
            seen[key] = ReminderLine(
                row.task_id,
                task.code,
                task.title,
                task.product,
                ReminderKind(row.kind),
                row.due_on,
                percent,
                note,
            )
    return list(seen.values())
