"""Scale and reliability benchmarks of nhacviec, run by hand: ``uv run python -m bench``.

They are not part of the test suite: the full size seeds 3,321 communes (about 116,000
tasks) and plans about a million reminder rows, which takes minutes. ``--quick`` runs the
same benchmarks on a city of 114 communes in about a minute.

One module per benchmark:

- :mod:`bench.planning`: ``plan_reminders`` over every commune, time and peak memory;
- :mod:`bench.naive`: the same reminders as one APScheduler job each, for comparison;
- :mod:`bench.claims`: latency of the sweep's claim step;
- :mod:`bench.reports`: latency of ``/baocao`` for a commune and for a city;
- :mod:`bench.dashboard`: latency of the web dashboard for a commune, a unit and a city;
- :mod:`bench.delivery`: sending through the bot's own rate limiter
  (:mod:`bot.channels.pacing`), and PTB's ``AIORateLimiter`` for comparison, to a
  rate-limited Bot API emulator (:mod:`bench.ratelimited`).

Shared pieces: :mod:`bench.database` (a throw-away database), :mod:`bench.seed` (bulk
seeding), :mod:`bench.measure` (figures, memory, child processes), :mod:`bench.machine`
and :mod:`bench.results` (the table and ``bench/RESULTS.md``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from models.clock import VIETNAM

# The instant the planning benchmark plans from (the brief's): a Thursday morning before
# the 08:00 sweep, six weeks before the end of the bundled plan, so most of its due dates
# (31/12/2025) fall inside the 45-day horizon.
PLANNING_NOW = datetime(2025, 11, 20, 6, 0, tzinfo=VIETNAM)
# The instant /baocao is asked for: the README's example day.
REPORT_NOW = datetime(2025, 12, 5, 8, 0, tzinfo=VIETNAM)


@dataclass(frozen=True)
class Sizes:
    """How big each benchmark runs."""

    name: str
    communes: int
    officers_per_unit: int
    naive_jobs: int
    claims: int
    claim_batch: int
    report_runs: int
    city_communes: int
    city_runs: int
    messages: int
    chats: int


FULL = Sizes(
    name="full",
    communes=3321,  # the communes and wards of Viet Nam after the 2025 merger
    officers_per_unit=1,
    naive_jobs=100_000,
    claims=200,
    claim_batch=500,
    report_runs=50,
    city_communes=114,
    city_runs=30,
    messages=3000,
    chats=300,
)

QUICK = Sizes(
    name="quick",
    communes=114,  # one city's worth
    officers_per_unit=1,
    naive_jobs=10_000,
    claims=200,
    claim_batch=500,
    report_runs=50,
    city_communes=114,
    city_runs=30,
    messages=300,
    chats=300,
)
