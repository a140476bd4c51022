"""Wiring: the one clock, the database and the translator, built once from the settings."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Engine

from bot.settings import Settings
from handlers.i18n import Translator, translator
from models.calendar import WorkingCalendar
from models.clock import Clock, ScaledClock, SystemClock
from models.db import make_engine, migrate, session_scope
from models.planfile import read_plan_file
from models.plans import ImportSummary, import_plan, organisation_count

log = logging.getLogger(__name__)


@dataclass
class Runtime:
    """The services every command and channel shares."""

    settings: Settings
    clock: Clock
    engine: Engine
    calendar: WorkingCalendar
    translator: Translator


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
    migrate(runtime.engine)
    seed_bundled_plan(runtime)
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
