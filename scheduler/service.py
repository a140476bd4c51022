"""The reminder service: APScheduler runs one sweep a (bot) minute; no job per reminder.

Reminders live as rows in the database, not as APScheduler jobs (those live only in
memory, vanish on restart and cost about 1.4 KB each). One interval job ticks every
minute of the bot's clock (every second when the clock runs 60 times faster): it
plans the day when the day changes, then sweeps.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from datetime import date

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session, select

from models.calendar import WorkingCalendar
from models.clock import Clock
from models.db import session_scope, try_transaction_lock
from models.limits import prune_events
from models.tables import Channel, TaskUnit
from scheduler.digests import plan_digests
from scheduler.planning import plan_reminders
from scheduler.policy import ReminderPolicy
from scheduler.sweep import Sender, Sweep, SweepResult

log = logging.getLogger(__name__)
PLANNING_LOCK = 0x6E68_6163  # "nhac": one planning run at a time across workers


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
        self._lock = asyncio.Lock()
        self.scheduler: AsyncIOScheduler | None = None

    async def tick(self) -> SweepResult:
        """Plan if the day changed, then sweep; one tick at a time."""
        async with self._lock:
            try:
                today = self.clock.now().date()
                if self._planned_on != today:
                    await asyncio.to_thread(self.plan_everything)
                    self._planned_on = today
                result = await self.sweep.run()
            except DBAPIError as error:
                # The database is away (restarting, network; the driver says so in more
                # than one way): nothing was half-written, since every step is its own
                # transaction; the next tick tries again.
                log.warning("Database unreachable, retrying next minute: %s", error.orig)
                return SweepResult()
            if result.sent or result.failed or result.missed:
                log.info("Sweep: %s", result)
            return result

    def plan_everything(self) -> None:
        """Plan every task's reminders and today's digests, once across workers."""
        now = self.clock.now()
        with session_scope(self.engine) as session:
            if not try_transaction_lock(session, PLANNING_LOCK):
                log.info("Another worker is planning")
                return
            summary = plan_reminders(session, now=now, policy=self.policy, calendar=self.calendar)
            digests = plan_digests(session, now=now, policy=self.policy, calendar=self.calendar)
            prune_events(session, now)
        log.info(
            "Planned %d reminders (%d cancelled) and %d digests",
            summary.considered,
            summary.cancelled,
            digests,
        )

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
