"""The machine a run happened on, for RESULTS.md: the figures mean little without it."""

from __future__ import annotations

import os
import platform
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, text


@dataclass(frozen=True)
class Machine:
    """Cores, memory, CPU, Python and database versions."""

    cores: int
    memory_gib: float
    cpu: str
    python: str
    database: str

    def lines(self) -> list[str]:
        """One Markdown list item per fact."""
        return [
            f"- CPU: {self.cpu}, {self.cores} cores",
            f"- Memory: {self.memory_gib:.1f} GiB",
            f"- Python: {self.python}",
            f"- Database server: {self.database} (on the same machine)",
        ]


def load_average() -> str:
    """The 1-minute load average now: other work on the machine skews the figures."""
    try:
        return f"{os.getloadavg()[0]:.2f}"
    except OSError:
        return "unknown"


def describe(engine: Engine) -> Machine:
    """Read the machine's facts from /proc, the interpreter and the database."""
    return Machine(
        cores=os.cpu_count() or 0,
        memory_gib=_memory_kib() / 1024 / 1024,
        cpu=_cpu_model(),
        python=f"{platform.python_implementation()} {platform.python_version()}",
        database=_database_version(engine),
    )


def _cpu_model() -> str:
    try:
        lines = Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines()
    except OSError:
        return platform.processor() or platform.machine()
    for line in lines:
        if line.startswith("model name"):
            return line.partition(":")[2].strip()
    return platform.machine()


def _memory_kib() -> int:
    try:
        lines = Path("/proc/meminfo").read_text(encoding="ascii").splitlines()
    except OSError:
        return 0
    for line in lines:
        if line.startswith("MemTotal:"):
            return int(line.split()[1])
    return 0


def _database_version(engine: Engine) -> str:
    with engine.connect() as connection:
        if engine.dialect.name == "postgresql":
            version = connection.execute(text("SHOW server_version")).scalar_one()
            return f"PostgreSQL {version}"
        if engine.dialect.name == "sqlite":
            version = connection.execute(text("SELECT sqlite_version()")).scalar_one()
            return f"SQLite {version}"
    return engine.dialect.name
