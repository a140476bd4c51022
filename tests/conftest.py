"""Shared fixtures: a migrated database per test (SQLite, or PostgreSQL when asked) and a clock.

``NHACVIEC_TEST_DATABASE_URL`` (e.g. ``postgresql+psycopg://postgres@127.0.0.1:5432/test``)
points the suite at PostgreSQL: each test then gets a schema of its own, dropped after it.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
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


@pytest.fixture
def database_url(tmp_path: Path) -> Iterator[str]:
    """A URL of an empty database that lives for one test."""
    if not TEST_DATABASE_URL:
        yield f"sqlite:///{tmp_path / 'test.db'}"
        return
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = make_engine(TEST_DATABASE_URL)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    separator = "&" if "?" in TEST_DATABASE_URL else "?"
    yield f"{TEST_DATABASE_URL}{separator}options=-csearch_path%3D{schema}"
    with admin.begin() as connection:
        connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    """A migrated, empty database."""
    engine = make_engine(database_url)
    migrate(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def seeded_engine(engine: Engine) -> Engine:
    """A database holding the bundled Nghi Dương plan."""
    document = read_plan_file(BUNDLED_PLAN.name, BUNDLED_PLAN.read_bytes())
    with session_scope(engine) as session:
        import_plan(session, document, now=PLAN_IMPORTED_AT)
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
