"""Benchmark 2: the naive design, one PTB JobQueue job per reminder, for comparison.

This is what a bot built on PTB's JobQueue holds: ``JobQueue.run_once`` wraps each
reminder in a ``Job`` and adds a ``DateTrigger`` job to the ``AsyncIOScheduler`` inside
(apscheduler 3.11). The child process (``python -m bench.naive``) reads ``send_at`` of
the planned reminder rows, starts a PTB application's JobQueue inside a running event
loop, adds one job per row, and measures the time and the growth of its resident memory.

The planned moments are in 2025 and the machine's clock is later, so each moment is
shifted by the same offset into the future: a job whose moment has passed would run
(or misfire) at once instead of waiting, and waiting jobs are what costs memory.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import time
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from bench import Sizes
from bench.measure import Outcome, emit, rss_mib, run_child

NAME = "2. Naive PTB JobQueue jobs"
# The brief's reference figure for 100,000 jobs.
REFERENCE_MIB, REFERENCE_JOBS = 184.0, 100_000


async def remind(context: Any) -> None:
    """The job's callback; never called, since every job waits in the future."""
    del context


async def _hold_jobs(moments: Sequence[tuple[int, int, datetime]]) -> dict[str, Any]:
    from telegram.ext import Application

    # A bot as PTB builds it, with its JobQueue (APScheduler's AsyncIOScheduler inside);
    # nothing goes to Telegram: the application is neither initialised nor polling.
    application = Application.builder().token("123456:NAIVE").build()
    job_queue = application.job_queue
    assert job_queue is not None, "python-telegram-bot's job-queue extra is installed"
    await job_queue.start()
    await asyncio.sleep(0.05)
    gc.collect()
    before = rss_mib()
    started = time.perf_counter()
    for reminder_id, officer_id, when in moments:
        job_queue.run_once(
            remind,
            when,
            data=(reminder_id, officer_id),
            name=f"reminder-{reminder_id}",
            chat_id=officer_id,
        )
    added = time.perf_counter() - started
    # Every job schedules a wake-up of the scheduler on the loop; let them run, so that
    # what remains is what the queue holds while it waits.
    for _ in range(3):
        await asyncio.sleep(0.05)
    gc.collect()
    after = rss_mib()
    held = len(job_queue.jobs())
    await job_queue.stop(wait=False)
    await asyncio.sleep(0.05)
    return {
        "jobs": held,
        "seconds": round(added, 3),
        "before_mib": round(before, 1),
        "after_mib": round(after, 1),
    }


def child(argv: Sequence[str] | None = None) -> None:
    """The measured process: hold ``--jobs`` reminders as PTB JobQueue jobs."""
    parser = argparse.ArgumentParser(prog="python -m bench.naive")
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--jobs", type=int, required=True)
    options = parser.parse_args(argv)

    from sqlalchemy import select
    from sqlmodel import col

    from models.db import make_engine
    from models.tables import Reminder

    engine = make_engine(options.database_url)
    with engine.connect() as connection:
        rows = connection.execute(
            select(col(Reminder.id), col(Reminder.officer_id), col(Reminder.send_at))
            .order_by(col(Reminder.id))
            .limit(options.jobs)
        ).all()
    engine.dispose()
    if not rows:
        emit({"error": "no reminder rows to schedule"})
        return
    # Into the future by whole days, keeping the moments' spread and time of day.
    earliest = min(send_at for _, _, send_at in rows)
    shift = timedelta(days=(datetime.now(UTC) - earliest).days + 1)
    moments = [(rid or 0, oid, send_at + shift) for rid, oid, send_at in rows]
    result = asyncio.run(_hold_jobs(moments))
    result["shift_days"] = shift.days
    emit(result)


def run(url: str, sizes: Sizes, planned_rows: int) -> Outcome:
    """Run the child and turn its figures into a per-job cost and an extrapolation."""
    result = Outcome(NAME)
    data = run_child(
        "bench.naive", ["--database-url", url, "--jobs", str(sizes.naive_jobs)], timeout=900
    )
    if data.get("error"):
        result.add("jobs", f"failed: {data['error']}", "completes", False)
        return result
    jobs, seconds = int(data["jobs"]), float(data["seconds"])
    growth = float(data["after_mib"]) - float(data["before_mib"])
    per_job = growth * 1024 * 1024 / jobs if jobs else 0.0
    extrapolated = per_job * planned_rows / 1024 / 1024
    result.add("jobs held", f"{jobs:,} (moments shifted +{data['shift_days']} days)")
    result.add("time to add", f"{seconds:.1f} s ({jobs / seconds:,.0f} jobs/s)")
    result.add("resident memory growth", f"{growth:.0f} MB")
    result.add("memory per job", f"{per_job / 1024:.2f} KB (reference ~1.4-1.8 KB)")
    result.add(
        f"extrapolated to {planned_rows:,} reminders",
        f"{extrapolated:,.0f} MB"
        + (f" ({extrapolated / 1024:.1f} GB)" if extrapolated >= 1024 else ""),
    )
    result.notes.append(
        f"Holding {jobs:,} reminders as PTB JobQueue jobs grew the process by {growth:.0f} MB, "
        f"{per_job / 1024:.2f} KB per job (the reference: about {REFERENCE_MIB:.0f} MB for "
        f"{REFERENCE_JOBS:,} jobs). At that rate the {planned_rows:,} reminders of benchmark 1 "
        f"would need about {extrapolated:,.0f} MB of memory in the bot's process, "
        "rebuilt from the database at every restart, in one process only (two workers would "
        "each hold and send everything). The row-based design keeps them in the database and "
        "holds one interval job whatever their number."
    )
    return result


if __name__ == "__main__":
    child()
