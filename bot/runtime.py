"""Wiring: the one clock, the database and the translator, built once from the settings.

Importing this module is cheap: the command line reads the clock and the settings
through it for commands that never open the database (``nhacviec deadline``), so the
database, the calendar and the plan reader are imported by the functions that build
them. Alembic is imported only when the schema is behind the code.
"""

from __future__ import annotations

import gc
import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import time, timedelta
from functools import cache
from typing import TYPE_CHECKING

from bot.settings import Settings
from bot.web.links import WebLinks
from handlers.i18n import Translator, translator
from models.clock import Clock, ScaledClock, SystemClock

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from handlers.context import CoreSettings
    from models.calendar import WorkingCalendar
    from models.plans import ImportSummary
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
    # The web face's links (bot/web), handed out once it serves.
    web: WebLinks = field(default_factory=WebLinks)

    @property
    def policy(self) -> ReminderPolicy:
        """The reminder policy of the settings."""
        return build_policy(self.settings)

    @property
    def core_settings(self) -> CoreSettings:
        """What the conversation needs of the settings, and the web face's links."""
        return replace(build_core_settings(self.settings), web=self.web)


def build_policy(settings: Settings) -> ReminderPolicy:
    """The reminder policy the settings describe."""
    from scheduler.policy import ReminderPolicy

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
        pending_days=settings.pending_days,
        report_windows=settings.report_windows,
        scorecard_weights=settings.weights,
    )


def build_core_settings(settings: Settings) -> CoreSettings:
    """What the conversation needs of the settings (the bot's name comes from Telegram)."""
    from handlers.context import CoreSettings

    return CoreSettings(
        reminder_time=settings.reminder_time,
        report_windows=settings.report_windows,
        scorecard_weights=settings.weights,
    )


def build_clock(settings: Settings) -> Clock:
    """Return the clock the settings ask for: the wall clock, or one started at a set instant."""
    if settings.clock_start is None:
        return SystemClock(settings.tz)
    return ScaledClock(settings.clock_start, settings.clock_speed, settings.tz)


def build_runtime(settings: Settings | None = None) -> Runtime:
    """Build the runtime and bring the database up to date, loading the bundled plan if empty."""
    from models.calendar import WorkingCalendar
    from models.db import make_engine

    settings = settings or Settings()
    runtime = Runtime(
        settings=settings,
        clock=build_clock(settings),
        engine=make_engine(settings.database_url),
        calendar=WorkingCalendar(),
        translator=translator(settings.locale),
    )
    try:
        bring_schema_up_to_date(runtime.engine)
        seed_bundled_plan(runtime)
    except BaseException:
        # The caller never gets the runtime to close: its connections are closed here.
        runtime.engine.dispose()
        raise
    return runtime


def bring_schema_up_to_date(engine: Engine) -> None:
    """Migrate the database when it is behind the code; otherwise only read its revision.

    Every command builds the runtime, and Alembic's machinery takes a fifth of a second
    to import and as long again to find that there is nothing to do: a database already
    at the head costs one query instead.
    """
    from models.db import migrate

    heads = head_revisions()
    if heads is None or stored_revisions(engine) != heads:
        migrate(engine)


def stored_revisions(engine: Engine) -> frozenset[str]:
    """The revisions Alembic recorded in the database; none for a new database."""
    from sqlalchemy import inspect, text

    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return frozenset()
        rows = connection.execute(text("SELECT version_num FROM alembic_version"))
        return frozenset(str(revision) for revision in rows.scalars())


_REVISION = re.compile(r"^revision\b[^=]*=\s*(?P<value>.+)$", re.MULTILINE)
_DOWN_REVISION = re.compile(r"^down_revision\b[^=]*=\s*(?P<value>.+)$", re.MULTILINE)
_QUOTED = re.compile(r"[\'\"]([^\'\"]+)[\'\"]")


@cache
def head_revisions() -> frozenset[str] | None:
    """The head revisions of the migrations, read from their files without Alembic.

    None when a file does not read as expected: the caller then lets Alembic decide.
    """
    from models.db import MIGRATIONS_DIR

    revisions: set[str] = set()
    replaced: set[str] = set()
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        source = path.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN_REVISION.search(source)
        named = _QUOTED.findall(revision.group("value")) if revision else []
        if len(named) != 1 or down is None:
            return None
        revisions.add(named[0])
        replaced.update(_QUOTED.findall(down.group("value")))
    heads = frozenset(revisions - replaced)
    return heads or None


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
    from models.db import session_scope
    from models.planfile import read_plan_file
    from models.plans import import_plan, organisation_count

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
