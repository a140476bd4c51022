"""``uv run python -m bench [--quick] [--database-url URL]``: run every benchmark.

Seeds the database in bulk, then runs the benchmarks in an order that lets them share
it: planning writes the reminder rows, the naive comparison reads them, the reports and the
dashboard read the plans (the dashboard adds a coordinator and a city leader), the claims
change the rows' states (so they come after the readers), and the delivery needs no
database. Prints the table and writes ``bench/RESULTS.md``.
"""

from __future__ import annotations

import argparse
import shlex
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rich.console import Console
from sqlalchemy import Engine, func, select

from bench import (
    FULL,
    QUICK,
    Sizes,
    claims,
    dashboard,
    delivery,
    naive,
    planimport,
    planning,
    reports,
)
from bench.database import BenchDatabase, bench_database
from bench.machine import describe, load_average
from bench.measure import Outcome
from bench.results import RESULTS_FILE, Run, print_table, write
from bench.seed import migrate_empty, seed
from models.tables import Reminder


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m bench",
        description="Scale and reliability benchmarks of nhacviec (run by hand).",
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="a city of 114 communes instead of 3,321: about a minute",
    )
    parser.add_argument(
        "--database-url",
        default=None,
        help="SQLAlchemy URL of an empty database, or 'sqlite' for a temporary file "
        "(default: a fresh PostgreSQL database on 127.0.0.1:5432, dropped afterwards)",
    )
    parser.add_argument(
        "--only",
        action="append",
        choices=ONLY_CHOICES,
        help="run only this benchmark (repeatable); the results file is still written",
    )
    parser.add_argument(
        "--results",
        type=Path,
        default=RESULTS_FILE,
        help="where to write the Markdown results (default: bench/RESULTS.md)",
    )
    return parser.parse_args(argv)


ONLY_CHOICES = (
    "planning",
    "naive",
    "reports",
    "dashboard",
    "claims",
    "delivery",
    "planimport",
)
# Benchmarks that make their own data: run alone, they need no seeded database.
_UNSEEDED = {"delivery", "planimport"}


def _guarded(console: Console, name: str, work: Callable[[], Outcome]) -> Outcome:
    """Run one benchmark; a crash becomes a MISS in the table instead of ending the run."""
    console.print(f"[bold]{name}[/] ...")
    started = time.perf_counter()
    try:
        result = work()
    except Exception as error:  # reported in the table and RESULTS.md
        traceback.print_exc(file=sys.stderr)
        result = Outcome(name)
        result.add("run", f"failed: {type(error).__name__}: {error}", "completes", False)
    console.print(f"  done in {time.perf_counter() - started:.1f} s")
    return result


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmarks; the exit status is 0 even when targets are missed."""
    options = _parse(argv)
    sizes: Sizes = QUICK if options.quick else FULL
    # Piped output gets 80 columns by default, too narrow for the table.
    console = Console(width=None if sys.stdout.isatty() else 150)
    started_at = datetime.now(UTC)
    started = time.perf_counter()
    load_at_start = load_average()
    command = shlex.join(["uv", "run", "python", "-m", "bench", *(argv or sys.argv[1:])])
    with bench_database(options.database_url) as database:
        console.print(f"Database: {database.description}")
        engine = database.engine()
        try:
            migrate_empty(engine)
            wanted = set(options.only or ONLY_CHOICES)
            if wanted <= _UNSEEDED:
                seeding = "none (these benchmarks make their own data)"
                outcomes = _unseeded(console, wanted, sizes)
            else:
                seeding, outcomes = _seeded(console, engine, database, sizes, wanted)
            machine = describe(engine)
        finally:
            engine.dispose()
    return _finish(
        console,
        options,
        command,
        sizes,
        started_at,
        started,
        database,
        machine,
        seeding,
        load_at_start,
        outcomes,
    )


def _seeded(
    console: Console,
    engine: Engine,
    database: BenchDatabase,
    sizes: Sizes,
    wanted: set[str],
) -> tuple[str, list[Outcome]]:
    """Seed the database, then run the benchmarks that read it (and the others after)."""
    console.print(f"Seeding {sizes.communes:,} communes ...")
    seeded = seed(
        engine,
        sizes.communes,
        officers_per_unit=sizes.officers_per_unit,
        city_size=sizes.city_communes,
    )
    seeding = (
        f"{seeded.communes:,} communes in {seeded.cities} "
        f"{_plural(seeded.cities, 'city', 'cities')}, {seeded.units:,} units, "
        f"{seeded.officers:,} officers, {seeded.tasks:,} tasks, "
        f"{seeded.task_units:,} task units, {seeded.due_dates:,} due dates, "
        f"{seeded.progress_updates:,} progress updates in {seeded.seconds:.1f} s "
        + ("(COPY)" if database.dialect == "postgresql" else "(Core executemany)")
    )
    console.print(f"  {seeding}")
    outcomes = []
    if "planning" in wanted:
        outcomes.append(
            _guarded(
                console,
                planning.NAME,
                lambda: planning.run(database.url, sizes, seeded.tasks),
            )
        )
    if "naive" in wanted:
        planned = _planned_rows(engine)
        outcomes.append(
            _guarded(console, naive.NAME, lambda: naive.run(database.url, sizes, planned))
        )
    if "reports" in wanted:
        outcomes.append(_guarded(console, reports.NAME, lambda: reports.run(engine, sizes)))
    if "dashboard" in wanted:
        outcomes.append(_guarded(console, dashboard.NAME, lambda: dashboard.run(engine, sizes)))
    if "claims" in wanted:
        outcomes.append(_guarded(console, claims.NAME, lambda: claims.run(engine, sizes)))
    outcomes.extend(_unseeded(console, wanted, sizes))
    return seeding, outcomes


def _unseeded(console: Console, wanted: set[str], sizes: Sizes) -> list[Outcome]:
    outcomes = []
    if "delivery" in wanted:
        outcomes.append(_guarded(console, delivery.NAME, lambda: delivery.run(sizes)))
    if "planimport" in wanted:
        outcomes.append(_guarded(console, planimport.NAME, planimport.run))
    return outcomes


def _finish(
    console: Console,
    options: argparse.Namespace,
    command: str,
    sizes: Sizes,
    started_at: datetime,
    started: float,
    database: Any,
    machine: Any,
    seeding: str,
    load_at_start: Any,
    outcomes: list[Outcome],
) -> int:
    outcomes.sort(key=lambda item: item.benchmark)
    print_table(console, outcomes)
    run = Run(
        command=command,
        size=sizes.name,
        started=started_at,
        minutes=(time.perf_counter() - started) / 60,
        database=database.description
        + (" (dropped afterwards)" if options.database_url is None else ""),
        machine=machine,
        seeding=seeding,
        load=(load_at_start, load_average()),
        outcomes=outcomes,
    )
    write(run, options.results)
    console.print(f"Results written to {options.results}")
    return 0


def _plural(count: int, one: str, many: str) -> str:
    return one if count == 1 else many


def _planned_rows(engine: Engine) -> int:
    with engine.connect() as connection:
        return int(connection.execute(select(func.count()).select_from(Reminder)).scalar_one())


if __name__ == "__main__":
    sys.exit(main())
