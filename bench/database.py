"""The database a benchmark run works in: a fresh one, dropped afterwards, unless one is given."""

from __future__ import annotations

import secrets
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url

from models.db import make_engine

DEFAULT_SERVER = "postgresql+psycopg://postgres@127.0.0.1:5432"


@dataclass(frozen=True)
class BenchDatabase:
    """Where the run's data lives: ``url`` for the engines, and how to describe it."""

    url: str
    description: str

    @property
    def dialect(self) -> str:
        """``postgresql`` or ``sqlite``."""
        return make_url(self.url).get_backend_name()

    def engine(self) -> Engine:
        """A new engine on the database, made the way the bot makes its own."""
        return make_engine(self.url)


@contextmanager
def bench_database(requested: str | None) -> Iterator[BenchDatabase]:
    """Yield the database to run in.

    ``None``: a new database ``bench_<random>`` on the local PostgreSQL, dropped on exit.
    ``"sqlite"``: a file in a temporary directory, removed on exit. Any other URL is used
    as it is and left in place; it must be empty (the seeding numbers rows from 1).
    """
    if requested is None:
        with _fresh_postgresql(DEFAULT_SERVER) as database:
            yield database
    elif requested == "sqlite":
        directory = Path(tempfile.mkdtemp(prefix="nhacviec-bench-"))
        try:
            yield BenchDatabase(f"sqlite:///{directory / 'bench.db'}", "SQLite (temporary file)")
        finally:
            shutil.rmtree(directory, ignore_errors=True)
    else:
        yield BenchDatabase(requested, make_url(requested).render_as_string(hide_password=True))


@contextmanager
def _fresh_postgresql(server: str) -> Iterator[BenchDatabase]:
    name = f"bench_{secrets.token_hex(4)}"
    # CREATE/DROP DATABASE cannot run inside a transaction: an AUTOCOMMIT connection to the
    # maintenance database does them.
    admin = make_engine(f"{server}/postgres", isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            yield BenchDatabase(f"{server}/{name}", f"PostgreSQL, fresh database {name}")
        finally:
            with admin.connect() as connection:
                # FORCE ends connections a failed benchmark may have left open.
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()
