"""A database that goes away at a chosen statement: fault injection that works on SQLite too.

``DatabaseCut(engine)`` listens to the engine's statements. :meth:`DatabaseCut.cut_after`
lets the next ``k`` statements through and makes every later one fail with
:class:`sqlalchemy.exc.OperationalError`, as a server that went down mid-transaction
does, until :meth:`DatabaseCut.restore`. So the cut falls at a precise, reproducible
moment of an update's handling (its first read, the middle of its transaction, the
saving of the choices it offers...), which a property test can draw. On PostgreSQL
:class:`tests.support.tcpproxy.TcpProxy` cuts the real connection instead.
"""

from __future__ import annotations

import threading
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.exc import OperationalError


class DatabaseCut:
    """Makes the engine's statements fail from a chosen one on, until restored."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.refused = 0  # statements refused so far
        self._lock = threading.Lock()
        self._allowance: int | None = None  # statements still let through; None: no cut
        # Held here: SQLAlchemy keeps only a weak reference to a listener, and a bound
        # method made on the fly would be collected (and the cut silently gone) at any time.
        self._listener = self._before
        event.listen(engine, "before_cursor_execute", self._listener)

    def remove(self) -> None:
        """Stop listening (the engine works as before)."""
        event.remove(self.engine, "before_cursor_execute", self._listener)

    def cut_after(self, statements: int) -> None:
        """Let ``statements`` more statements through, then refuse every one."""
        with self._lock:
            self._allowance = statements

    def restore(self) -> None:
        """Let every statement through again."""
        with self._lock:
            self._allowance = None

    def _before(self, conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        with self._lock:
            if self._allowance is None:
                return
            if self._allowance > 0:
                self._allowance -= 1
                return
            self.refused += 1
        raise OperationalError(statement, None, ConnectionRefusedError("the database is cut"))
