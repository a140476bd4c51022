"""The reminder service: APScheduler runs one sweep a (bot) minute; no job per reminder.

Reminders live as rows in the database, not as APScheduler jobs (those live only in
memory, vanish on restart and cost about 1.4 KB each). One interval job ticks every
minute of the bot's clock (every second when the clock runs 60 times faster): it
plans the day when the day changes, then sweeps.

No error stops the tick. Planning and sweeping are guarded apart: reminders are planned
45 days ahead, so a day whose planning fails still has its reminders planned, and the
sweep sends them; planning is tried again PLANNING_RETRY later. An unexpected error is
logged with its trace once (a line when the same error comes back), and the next tick
runs as usual.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping
from datetime import date, datetime, timedelta
from typing import TypeVar

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session, select

from models.calendar import WorkingCalendar
from models.clock import Clock
from models.db import session_scope, try_transaction_lock
from models.limits import prune_events
from models.planuploads import prune_uploads
from models.tables import Channel, TaskUnit
from scheduler.digests import plan_digests
from scheduler.planning import plan_reminders
from scheduler.policy import ReminderPolicy
from scheduler.sweep import Sender, Sweep, SweepResult

log = logging.getLogger(__name__)
PLANNING_LOCK = 0x6E68_6163  # "nhac": one planning run at a time across workers
# After a failed planning run, the wait before the next try (bot time): a fault that
# comes back would otherwise re-plan the whole database every minute.
PLANNING_RETRY = timedelta(minutes=10)
Value = TypeVar("Value")


class ReminderService:
    """Plans and sends reminders and digests for every commune in the database."""

    def __init__(
        self,
        engine: Engine,
        clock: Clock,
        calendar: WorkingCalendar,
        policy: ReminderPolicy,
        senders: Mapping[Channel, Sender],
    ) -> None:
        self.engine = engine
        self.clock = clock
        self.calendar = calendar
        self.policy = policy
        self.sweep = Sweep(engine, clock, calendar, policy, senders)
        self._planned_on: date | None = None
        self._plan_again_at: datetime | None = None
        # The last unexpected error of each step, so that a repeated one is logged short.
        self._last_errors: dict[str, str] = {}
        self._lock = asyncio.Lock()
        self.scheduler: AsyncIOScheduler | None = None

    async def tick(self) -> SweepResult:
        """Plan if the day changed, then sweep; one tick at a time; never raises."""
        async with self._lock:
            now = self.clock.now()
            if self._planned_on != now.date() and (
                self._plan_again_at is None or now >= self._plan_again_at
            ):
                planned = await self._guarded("planning", self._plan_in_thread)
                self._planned_on = now.date() if planned else self._planned_on
                self._plan_again_at = None if planned else now + PLANNING_RETRY
            # Whether planning worked or not: what is already planned still goes out.
            result = await self._guarded("sweep", self.sweep.run)
            if result is None:
                return SweepResult()
            if result.sent or result.failed or result.missed or result.retried:
                log.info("Sweep: %s", result)
            return result

    async def _plan_in_thread(self) -> bool:
        await asyncio.to_thread(self.plan_everything)
        return True

    async def _guarded(self, step: str, work: Callable[[], Awaitable[Value]]) -> Value | None:
        """Run one step of the tick; on any error log it and return None."""
        try:
            value = await work()
        except DBAPIError as error:
            # The database is away (restarting, network; the driver says so in more than
            # one way): nothing was half-written, since every step is its own
            # transaction; the next tick tries again.
            log.warning("Database unreachable, retrying next minute: %s", error.orig)
            return None
        except Exception as error:
            described = f"{type(error).__name__}: {error}"
            if self._last_errors.get(step) == described:
                log.error("The %s failed again: %s", step, described)
            else:
                log.exception("The %s failed; the next tick runs as usual", step)
            self._last_errors[step] = described
            return None
        self._last_errors.pop(step, None)
        return value

    def plan_everything(self) -> None:
        """Plan every task's reminders, then today's digests, once across workers.

        Two transactions: the reminders stay planned even if the digests fail.
        """
        now = self.clock.now()
        with session_scope(self.engine) as session:
            if not try_transaction_lock(session, PLANNING_LOCK):
                log.info("Another worker is planning")
                return
            summary = plan_reminders(session, now=now, policy=self.policy, calendar=self.calendar)
            prune_events(session, now)
            # A plan file previewed in the chat and left waiting a day leaves nothing behind.
            prune_uploads(session, now)
        log.info("Planned %d reminders (%d cancelled)", summary.considered, summary.cancelled)
        with session_scope(self.engine) as session:
            if not try_transaction_lock(session, PLANNING_LOCK):
                log.info("Another worker is planning")  # and plans the digests after us
                return
            digests = plan_digests(session, now=now, policy=self.policy, calendar=self.calendar)
        log.info("Planned %d digests", digests)

    def replan(self, session: Session, task_id: int) -> None:
        """Re-plan one task at once, inside the caller's transaction (done, new date)."""
        plan_reminders(
            session,
            now=self.clock.now(),
            policy=self.policy,
            calendar=self.calendar,
            task_ids=[task_id],
        )

    def replan_unit(self, session: Session, unit_id: int) -> None:
        """Plan the reminders of a unit's tasks again (a new officer joined it)."""
        task_ids = list(session.exec(select(TaskUnit.task_id).where(TaskUnit.unit_id == unit_id)))
        plan_reminders(
            session,
            now=self.clock.now(),
            policy=self.policy,
            calendar=self.calendar,
            task_ids=task_ids,
        )

    def start(self, clock_speed: float = 1.0) -> AsyncIOScheduler:
        """Start the minute tick; needs a running event loop (PTB's post_init has one)."""
        scheduler = AsyncIOScheduler()
        scheduler.add_job(
            self.tick,
            IntervalTrigger(seconds=max(1.0, 60.0 / clock_speed)),
            id="sweep",
            replace_existing=True,
            coalesce=True,
            max_instances=1,
            misfire_grace_time=None,
        )
        scheduler.start()
        self.scheduler = scheduler
        return scheduler

    def stop(self) -> None:
        """Stop the tick."""
        if self.scheduler is not None and self.scheduler.running:
            self.scheduler.shutdown(wait=False)
