"""Start-up of the commands that do not run the bot, against a bare ``import sqlalchemy``.

``uv run python -m bench.startup [--runs N] [--no-bytecode]``

Each command runs as a person runs it (the ``nhacviec`` console script, in a fresh
process, in an empty directory with its own SQLite database, seeded and migrated by a
first run that is not counted). The runs go round-robin, the baseline among them, so
that a burst of load on the machine lands on all of them alike; the table shows each
one's median wall time, what it costs over the baseline, and the target (< 1 s).

Python's bytecode caches go to a private folder (``PYTHONPYCACHEPREFIX``): the figures
are those of an installation that has run once. ``--no-bytecode`` measures without
them, every module compiled from source at every start (as with
``PYTHONDONTWRITEBYTECODE=1``, which some containers set).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.table import Table

from bench.machine import load_average

NAME = "Start-up of the commands"
TARGET_SECONDS = 1.0
SCRIPT = Path(sys.executable).with_name("nhacviec")


@dataclass(frozen=True)
class Case:
    """One thing started again and again: a command, or the baseline."""

    label: str
    argv: tuple[str, ...]
    judged: bool = True  # the baseline is measured, not judged


BASELINE = Case(
    'python -c "import sqlalchemy"', (sys.executable, "-c", "import sqlalchemy"), judged=False
)
COMMANDS = (
    Case("nhacviec --help", (str(SCRIPT), "--help")),
    Case('nhacviec deadline "Quý III,IV/2025"', (str(SCRIPT), "deadline", "Quý III,IV/2025")),
    Case("nhacviec plan show", (str(SCRIPT), "plan", "show")),
    Case("nhacviec officer list", (str(SCRIPT), "officer", "list")),
    Case("nhacviec report --format json", (str(SCRIPT), "report", "--format", "json")),
    Case(
        "nhacviec simulate --from 01/12/2025 --to 31/12/2025",
        (str(SCRIPT), "simulate", "--from", "01/12/2025", "--to", "31/12/2025"),
    ),
)


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m bench.startup",
        description="Start-up time of the nhacviec commands that do not run the bot.",
    )
    parser.add_argument("--runs", type=int, default=9, help="runs of each command (default 9)")
    parser.add_argument(
        "--no-bytecode",
        action="store_true",
        help="without bytecode caches: every module compiled at every start",
    )
    return parser.parse_args(argv)


def _environment(folder: Path, bytecode: bool) -> dict[str, str]:
    """The children's environment: nothing of this shell's bot settings, a database here."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("NHACVIEC_", "DATABASE_URL", "TELEGRAM_", "ZALO_", "PYTHON"))
    }
    env["DATABASE_URL"] = f"sqlite:///{folder / 'nhacviec.db'}"
    env["NHACVIEC_CLOCK_START"] = "2025-12-05T08:00:00+07:00"
    env["COLUMNS"] = "120"
    if bytecode:
        env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


@dataclass(frozen=True)
class Timing:
    """One run: wall time, and the CPU time of the process (user + system)."""

    wall: float
    cpu: float


def _started(case: Case, folder: Path, env: Mapping[str, str]) -> Timing:
    """Time one run from start to exit; a failed run ends the benchmark."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    begun = time.perf_counter()
    completed = subprocess.run(  # our own interpreter and console script
        case.argv, cwd=folder, env=dict(env), capture_output=True, timeout=120, check=False
    )
    wall = time.perf_counter() - begun
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if completed.returncode != 0:
        tail = completed.stderr.decode(errors="replace").strip().splitlines()[-3:]
        raise RuntimeError(f"{case.label} exited with {completed.returncode}: {' | '.join(tail)}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Timing(wall, cpu)


@dataclass(frozen=True)
class Row:
    """What the table says of one case."""

    case: Case
    median: float
    fastest: float
    cpu: float
    over: float  # median minus the baseline's median

    @property
    def passed(self) -> bool | None:
        """Whether the median meets the target; None for the baseline."""
        return self.median < TARGET_SECONDS if self.case.judged else None


def measure(runs: int, bytecode: bool) -> list[Row]:
    """Every case ``runs`` times, round-robin, after one warm-up run each."""
    cases = (BASELINE, *COMMANDS)
    with tempfile.TemporaryDirectory(prefix="nhacviec-startup-") as name:
        folder = Path(name)
        env = _environment(folder, bytecode)
        for case in cases:  # seeds the database, fills the bytecode caches
            _started(case, folder, env)
        times: dict[Case, list[Timing]] = {case: [] for case in cases}
        for _ in range(runs):
            for case in cases:
                times[case].append(_started(case, folder, env))
    baseline = statistics.median(timing.wall for timing in times[BASELINE])
    rows = []
    for case in cases:
        walls = [timing.wall for timing in times[case]]
        median = statistics.median(walls)
        cpu = statistics.median(timing.cpu for timing in times[case])
        rows.append(Row(case, median, min(walls), cpu, median - baseline))
    return rows


def table(rows: Sequence[Row], title: str) -> Table:
    """The figures, PASS in green and MISS in red."""
    result = Table(title=title)
    for column in ("Command", "Median", "Fastest", "CPU", "Over baseline", "Target", "Result"):
        result.add_column(column, justify="left" if column == "Command" else "right")
    for row in rows:
        verdict = {True: "[green]PASS[/]", False: "[bold red]MISS[/]", None: ""}[row.passed]
        result.add_row(
            row.case.label,
            f"{row.median:.2f} s",
            f"{row.fastest:.2f} s",
            f"{row.cpu:.2f} s",
            f"{row.over:+.2f} s" if row.case.judged else "(baseline)",
            f"< {TARGET_SECONDS:.0f} s" if row.case.judged else "",
            verdict,
        )
    return result


def main(argv: Sequence[str] | None = None) -> int:
    """Measure and print the table; exit 1 when a command misses the target."""
    arguments = _parse(argv)
    console = Console()
    load_before = load_average()
    bytecode = not arguments.no_bytecode
    rows = measure(arguments.runs, bytecode)
    mode = "with bytecode caches" if bytecode else "without bytecode caches (compiled each start)"
    console.print(table(rows, f"{NAME}: median of {arguments.runs} runs, {mode}"))
    console.print(
        f"Load average (1 min): {load_before} at the start, {load_average()} at the end. "
        "CPU: user + system time of the process (median)."
    )
    return 0 if all(row.passed is not False for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
