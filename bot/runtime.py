"""Wiring: the one clock, the database and the translator, built once from the settings."""

from __future__ import annotations

import gc
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import time, timedelta

from sqlalchemy import Engine

from bot.settings import Settings
from handlers.i18n import Translator, translator
from models.calendar import WorkingCalendar
from models.clock import Clock, ScaledClock, SystemClock
from models.db import make_engine, migrate, session_scope
from models.planfile import read_plan_file
from models.plans import ImportSummary, import_plan, organisation_count
from scheduler.policy import ReminderPolicy

log = logging.getLogger(__name__)


@dataclass
class Runtime:
    """The services every command and channel shares."""

    settings: Settings
    clock: Clock
    engine: Engine
    calendar: WorkingCalendar
    translator: Translator

    @property
    def policy(self) -> ReminderPolicy:
        """The reminder policy of the settings."""
        return build_policy(self.settings)


def build_policy(settings: Settings) -> ReminderPolicy:
    """The reminder policy the settings describe."""
    start, _, end = settings.working_hours.partition("-")
    return ReminderPolicy(
        days_before=tuple(int(day) for day in settings.reminder_days_before.split(",")),
        coordinating_days_before=tuple(
            int(day) for day in settings.reminder_coordinating_days.split(",")
        ),
        send_time=settings.reminder_time,
        window_start=time.fromisoformat(start.strip()),
        window_end=time.fromisoformat(end.strip()),
        overdue_every=settings.overdue_every,
        overdue_max=settings.overdue_max,
        late_limit=timedelta(hours=settings.late_limit_hours),
    )


def build_clock(settings: Settings) -> Clock:
    """Return the clock the settings ask for: the wall clock, or one started at a set instant."""
    if settings.clock_start is None:
        return SystemClock(settings.tz)
    return ScaledClock(settings.clock_start, settings.clock_speed, settings.tz)


def build_runtime(settings: Settings | None = None) -> Runtime:
    """Build the runtime and bring the database up to date, loading the bundled plan if empty."""
    settings = settings or Settings()
    runtime = Runtime(
        settings=settings,
        clock=build_clock(settings),
        engine=make_engine(settings.database_url),
        calendar=WorkingCalendar(),
        translator=translator(settings.locale),
    )
    try:
        migrate(runtime.engine)
        seed_bundled_plan(runtime)
    except BaseException:
        # The caller never gets the runtime to close: its connections are closed here.
        runtime.engine.dispose()
        raise
    return runtime


@contextmanager
def open_runtime(settings: Settings | None = None) -> Iterator[Runtime]:
    """Build the runtime for the length of a command, closing its connections afterwards."""
    runtime = build_runtime(settings)
    try:
        yield runtime
    finally:
        runtime.engine.dispose()


def seed_bundled_plan(runtime: Runtime) -> ImportSummary | None:
    """Load the bundled plan into an empty database, so a new installation works at once."""
    with session_scope(runtime.engine) as session:
        if organisation_count(session) > 0:
            return None
        path = runtime.settings.plan_file
        document = read_plan_file(path.name, path.read_bytes())
        summary = import_plan(session, document, now=runtime.clock.now())
    log.info("Loaded the bundled plan %s (%d tasks)", summary.plan_code, len(summary.created))
    return summary


def settle_heap() -> None:
    """Put every object made at start-up out of the garbage collector's reach.

    Modules, caches and settings live as long as the process; without this, each full
    collection walks them all again (about a tenth of a second for this bot), and lands
    on whichever answer or sweep happens to allocate at that moment.
    """
    gc.collect()
    gc.freeze()
