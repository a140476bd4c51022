"""Shared fixtures: a migrated database per test (SQLite, or PostgreSQL when asked) and a clock.

``NHACVIEC_TEST_DATABASE_URL`` (e.g. ``postgresql+psycopg://postgres@127.0.0.1:5432/test``)
points the suite at PostgreSQL: each test then gets a database of its own, copied from a
template made once per run and dropped after the test.
"""

from __future__ import annotations

import os
import re
import shutil
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, make_url, text
from sqlmodel import Session

from bot.settings import BUNDLED_PLAN
from models.clock import VIETNAM, FixedClock
from models.db import make_engine, migrate, session_scope
from models.planfile import read_plan_file
from models.plans import import_plan

TEST_DATABASE_URL = os.environ.get("NHACVIEC_TEST_DATABASE_URL")
# For tests of what does not depend on the database (how the channels share their time):
# the SQLite run covers them, and the PostgreSQL run saves their minute or so.
once_on_sqlite = pytest.mark.skipif(
    bool(TEST_DATABASE_URL), reason="database-independent; measured on the SQLite run"
)
PLAN_IMPORTED_AT = datetime(2025, 7, 1, 8, 0, tzinfo=VIETNAM)


class _Templates:
    """Databases migrated (and seeded) once per run, copied for each test that wants one.

    Migrating a database takes about 0.15 s and importing the bundled plan another 0.06 s;
    a copy takes under a millisecond on SQLite (a file) and about 40 ms on PostgreSQL
    (``CREATE DATABASE ... TEMPLATE``), and the suite makes over a thousand of them.
    """

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.made: dict[str, str] = {}  # layout -> the template's file or database name
        self.admin = (
            make_engine(TEST_DATABASE_URL).execution_options(isolation_level="AUTOCOMMIT")
            if TEST_DATABASE_URL
            else None
        )
        # The run's start in the names: a run killed before its clean-up leaves databases
        # that the next run can tell from a run going on beside it (CI runs two).
        self.run_id = f"{int(time.time())}_{uuid.uuid4().hex[:6]}"
        self._drop_leftovers()
        self.dropper: ThreadPoolExecutor | None = None

    def url_of(self, name: str) -> str:
        """The URL of a database (PostgreSQL) or database file (SQLite) named ``name``."""
        if not TEST_DATABASE_URL:
            return f"sqlite:///{name}"
        url = make_url(TEST_DATABASE_URL).set(database=name)
        return url.render_as_string(hide_password=False)

    def template(self, layout: str) -> str:
        """The template of ``layout`` ("migrated" or "seeded"), made on first use."""
        if layout not in self.made:
            if layout == "seeded":
                name = self._copy(self.template("migrated"), "seeded")
                engine = make_engine(self.url_of(name))
                _import_bundled_plan(engine)
            else:
                name = self._copy(None, "migrated")
                engine = make_engine(self.url_of(name))
                migrate(engine)
            # No connection may stay open on a PostgreSQL template, and SQLite's WAL must
            # be folded into the file before it is copied.
            engine.dispose()
            self.made[layout] = name
        return self.made[layout]

    def database(self, layout: str, tmp_path: Path) -> str:
        """A new database for one test, empty or a copy of a template; its URL."""
        source = None if layout == "empty" else self.template(layout)
        if not TEST_DATABASE_URL:
            target = tmp_path / "test.db"
            if source is not None:
                shutil.copyfile(source, target)
            return self.url_of(str(target))
        return self.url_of(self._copy(source, f"nv_{self.run_id}_t_{uuid.uuid4().hex[:12]}"))

    def _copy(self, source: str | None, name: str) -> str:
        """Create database ``name`` (a copy of ``source`` if given); return its name."""
        if self.admin is None:
            return str(self.directory / f"{name}.db") if source is None else self._file(source)
        full = name if name.startswith("nv_") else f"nv_{self.run_id}_{name}"
        template = f' TEMPLATE "{source}"' if source else ""
        with self.admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{full}"{template}'))
        return full

    def _file(self, source: str) -> str:
        target = self.directory / f"seeded-{uuid.uuid4().hex[:6]}.db"
        shutil.copyfile(source, target)
        return str(target)

    def drop(self, name: str) -> None:
        """Drop a test's database in the background: PostgreSQL checkpoints on a drop, a
        wait of up to half a second that no test needs to sit through."""
        if self.admin is not None:
            if self.dropper is None:
                self.dropper = ThreadPoolExecutor(max_workers=1, thread_name_prefix="dropdb")
            self.dropper.submit(self._drop_now, name)

    def _drop_leftovers(self) -> None:
        """Drop the test databases of runs started more than a day ago (killed runs)."""
        if self.admin is None:
            return
        with self.admin.connect() as connection:
            names = connection.execute(
                text(r"SELECT datname FROM pg_database WHERE datname LIKE 'nv\_%'")
            ).scalars()
            old = [name for name in names if _started(name) < time.time() - LEFTOVER_AGE]
        for name in old:
            self._drop_now(name)

    def _drop_now(self, name: str) -> None:
        assert self.admin is not None
        with self.admin.connect() as connection:
            # FORCE: a bot process a test started may still hold a connection.
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

    def close(self) -> None:
        if self.dropper is not None:
            self.dropper.shutdown(wait=True)
        if self.admin is None:
            return  # SQLite's templates are files in the run's temporary directory
        for name in self.made.values():
            self._drop_now(name)
        self.admin.dispose()


LEFTOVER_AGE = 24 * 3600  # seconds: no test run lasts a day


# Only names this fixture makes: "nv_<run start>_<6 hex>_<what>".
_OURS = re.compile(r"nv_([0-9]{10})_[0-9a-f]{6}_(?:migrated|seeded|t_[0-9a-f]{12})")


def _started(database: str) -> float:
    """When the run that made ``database`` started; never, for a name not of ours."""
    ours = _OURS.fullmatch(database)
    return float(ours.group(1)) if ours else float("inf")


def _import_bundled_plan(engine: Engine) -> None:
    document = read_plan_file(BUNDLED_PLAN.name, BUNDLED_PLAN.read_bytes())
    with session_scope(engine) as session:
        import_plan(session, document, now=PLAN_IMPORTED_AT)


@pytest.fixture(scope="session")
def _templates(tmp_path_factory: pytest.TempPathFactory) -> Iterator[_Templates]:
    templates = _Templates(tmp_path_factory.mktemp("templates"))
    yield templates
    templates.close()


# What each test's database already holds, by URL: the engine and seeded_engine fixtures
# do only what is left.
_LAYOUTS: dict[str, str] = {}


def _layout_wanted(request: pytest.FixtureRequest) -> str:
    names = request.fixturenames
    if "seeded_engine" in names:
        return "seeded"
    return "migrated" if "engine" in names else "empty"


@pytest.fixture
def database_url(
    request: pytest.FixtureRequest, tmp_path: Path, _templates: _Templates
) -> Iterator[str]:
    """A URL of a database that lives for one test: empty, unless the test also uses the
    ``engine`` fixture (then already migrated) or ``seeded_engine`` (then holding the
    bundled plan too), copied from a template made once per run."""
    layout = _layout_wanted(request)
    url = _templates.database(layout, tmp_path)
    _LAYOUTS[url] = layout
    yield url
    del _LAYOUTS[url]
    if TEST_DATABASE_URL:
        _templates.drop(make_url(url).database or "")


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    """A migrated database (empty unless the test uses ``seeded_engine``)."""
    engine = make_engine(database_url)
    if _LAYOUTS.get(database_url, "empty") == "empty":
        migrate(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def seeded_engine(engine: Engine, database_url: str) -> Engine:
    """A database holding the bundled Nghi Dương plan."""
    if _LAYOUTS.get(database_url) != "seeded":
        _import_bundled_plan(engine)
    return engine


@pytest.fixture
def session(seeded_engine: Engine) -> Iterator[Session]:
    """A session on the seeded database."""
    with Session(seeded_engine) as session:
        yield session


@pytest.fixture
def clock() -> FixedClock:
    """A clock standing at 08:00 on Friday 05/12/2025, Hanoi time."""
    return FixedClock(datetime(2025, 12, 5, 8, 0, tzinfo=VIETNAM))
