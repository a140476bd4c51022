"""The database: engine, sessions and migrations.

The schema is owned by the Alembic migrations in ``models/migrations``; a new
database is brought to the latest revision by :func:`migrate`, never by
``create_all``, so every installation walks the same path.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, event, text
from sqlmodel import Session, create_engine

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def make_engine(url: str, **kwargs: Any) -> Engine:
    """Create an engine for ``url`` with the settings nhacviec relies on."""
    if url.startswith("sqlite"):
        _ensure_sqlite_directory(url)
        engine = create_engine(url, connect_args={"check_same_thread": False}, **kwargs)
        event.listen(engine, "connect", _configure_sqlite)
        return engine
    engine = create_engine(url, pool_pre_ping=True, **kwargs)
    if engine.dialect.name == "postgresql":
        event.listen(engine, "connect", _configure_postgresql)
    return engine


def _ensure_sqlite_directory(url: str) -> None:
    path = url.split(":///", 1)[-1]
    if path and path != ":memory:" and not path.startswith("file:"):
        Path(path).parent.mkdir(parents=True, exist_ok=True)


def _configure_sqlite(dbapi_connection: Any, _record: Any) -> None:
    # Foreign keys are off by default in SQLite; WAL lets the CLI read while the bot writes.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _configure_postgresql(dbapi_connection: Any, _record: Any) -> None:
    # PostgreSQL's default random_page_cost (4) is tuned for spinning disks: it makes the
    # planner read a whole table rather than probe an index a few thousand times, which
    # on the SSD or memory-resident databases the bot runs on is five times slower (a
    # city's report reads its 4,000 tasks' units in 16 ms by index, 80 ms by a scan).
    # 1.1 is the value usually advised for SSDs; a session setting, so the server's own
    # configuration for other applications is left alone.
    dbapi_connection.execute("SET random_page_cost = 1.1")
    dbapi_connection.commit()


def alembic_config(engine: Engine) -> Config:
    """Return an Alembic configuration that migrates ``engine``."""
    # Alembic is imported here, not at start-up: it takes a fifth of a second, and a
    # database already at the head (bot.runtime checks) does not need it.
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    # ConfigParser reads "%" as interpolation; a URL may hold "%3D" in its options.
    url = engine.url.render_as_string(hide_password=False).replace("%", "%%")
    config.set_main_option("sqlalchemy.url", url)
    config.attributes["engine"] = engine
    return config


def migrate(engine: Engine) -> None:
    """Bring the database to the latest schema revision."""
    from alembic import command

    command.upgrade(alembic_config(engine), "head")


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """Yield a session whose work is committed together, or rolled back on any error."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


def try_transaction_lock(session: Session, key: int) -> bool:
    """Take a lock held until the transaction ends, if no other worker holds it.

    PostgreSQL has advisory locks for this; SQLite serves one process, so the lock
    is always free there.
    """
    if session.get_bind().dialect.name != "postgresql":
        return True
    return bool(
        session.execute(text("SELECT pg_try_advisory_xact_lock(:key)"), {"key": key}).scalar()
    )
