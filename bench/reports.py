"""Benchmark 4: how long ``/baocao`` takes, for one commune and for a city.

A commune's ``/baocao`` is ``models.report.build_report`` on its plan. A city's is what
``handlers.reports`` answers an officer of the city: ``city_reports`` reads the latest plan
of every commune in one query and builds all their reports at once
(``models.report.build_reports``: the same handful of queries as one commune), and
``render_city`` adds them up (``sum_counts``) into one picture. Each run uses a fresh
session, as each chat turn does; one run before the measured ones warms SQLAlchemy's
statement cache, as any earlier turn of the bot would, and the heap is settled as the bot
settles it once started (``bot.runtime.settle_heap``).

At full size the same is done once for every city of the country, to see what a national
picture built the same way would cost.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from bench import REPORT_NOW, Sizes
from bench.measure import Outcome, percentile
from bot.runtime import settle_heap
from handlers.i18n import translator
from handlers.reports import city_reports, render_city
from models.plans import latest_plan
from models.report import build_report
from models.tables import Organisation

NAME = "4. /baocao latency"
TARGET_COMMUNE_P95_MS = 50.0
TARGET_CITY_P95_MS = 500.0
FIRST_CITY = "thanh-pho-01"  # see bench.seed: communes 1..114 belong to it


def _timed(runs: int, work: Callable[[Session], object], engine: Engine) -> list[float]:
    latencies = []
    for index in range(runs + 1):
        with Session(engine) as session:
            started = time.perf_counter()
            work(session)
            elapsed = (time.perf_counter() - started) * 1000
        if index:  # the first run only warms the statement cache
            latencies.append(elapsed)
    return latencies


def _commune_report(session: Session) -> object:
    plan = latest_plan(session, 1)
    assert plan is not None, "commune 1 has the bundled plan"
    return build_report(session, plan, now=REPORT_NOW)


def _city_picture(city_id: int, city_name: str) -> Callable[[Session], object]:
    tr = translator("vi")

    def work(session: Session) -> object:
        communes = city_reports(session, city_id, now=REPORT_NOW)
        return render_city(city_name, communes, tr)

    return work


def run(engine: Engine, sizes: Sizes) -> Outcome:
    """Time a commune's report, a city's picture, and at full size the whole country."""
    result = Outcome(NAME)
    # As the bot does once started (bot.runner), so that a full garbage collection walks
    # only what the answers allocate, not this benchmark process's own leftovers.
    settle_heap()
    commune = _timed(sizes.report_runs, _commune_report, engine)
    p50, p95 = percentile(commune, 0.5), percentile(commune, 0.95)
    result.add(f"one commune, {len(commune)} runs: p50", f"{p50:.1f} ms")
    result.add(
        f"one commune, {len(commune)} runs: p95",
        f"{p95:.1f} ms",
        f"< {TARGET_COMMUNE_P95_MS:.0f} ms",
        p95 < TARGET_COMMUNE_P95_MS,
    )
    with Session(engine) as session:
        cities = session.exec(
            select(Organisation)
            .where(col(Organisation.parent_id).is_(None))
            .order_by(col(Organisation.code))
        ).all()
        first = next(city for city in cities if city.code == FIRST_CITY)
        with_communes = len(city_reports(session, first.id or 0, now=REPORT_NOW))
    city = _timed(sizes.city_runs, _city_picture(first.id or 0, first.name), engine)
    city_p50, city_p95 = percentile(city, 0.5), percentile(city, 0.95)
    result.add(f"city of {with_communes} communes, {len(city)} runs: p50", f"{city_p50:.0f} ms")
    result.add(
        f"city of {with_communes} communes, {len(city)} runs: p95",
        f"{city_p95:.0f} ms",
        f"< {TARGET_CITY_P95_MS:.0f} ms",
        city_p95 < TARGET_CITY_P95_MS,
    )
    per_commune = city_p50 / with_communes if with_communes else 0.0
    communes_total = sizes.communes
    national = _national(engine, cities) if len(cities) > 1 else None
    if national is not None:
        result.add(
            f"every city of the country ({communes_total:,} communes), once",
            f"{national:.1f} s",
        )
    result.notes.append(
        f"A commune's /baocao (build_report, a fixed handful of queries) takes p50 {p50:.1f} ms, "
        f"p95 {p95:.1f} ms. A city's picture reads all {with_communes} communes' plans in the "
        "same handful of queries (build_reports: each query filters on the city's plan ids), "
        f"then works out every task's status in Python, about {per_commune:.1f} ms per commune "
        f"in all; render_city adds the counts up (sum_counts): p50 {city_p50:.0f} ms, "
        f"p95 {city_p95:.0f} ms."
    )
    if national is not None:
        result.notes.append(
            f"The whole country ({communes_total:,} communes), city by city, took "
            f"{national:.1f} s: fine for `nhacviec report --format json --all`, which runs it "
            "once, not for a chat answer; a national picture in the chat would need counts "
            "kept per commune as progress is recorded."
        )
    if city_p95 >= TARGET_CITY_P95_MS:
        result.notes.append(
            f"The city picture misses its {TARGET_CITY_P95_MS:.0f} ms p95 target by "
            f"{city_p95 - TARGET_CITY_P95_MS:.0f} ms ({city_p95 / TARGET_CITY_P95_MS:.1f}x)."
        )
    if p95 >= TARGET_COMMUNE_P95_MS:
        result.notes.append(
            f"A commune's report misses its {TARGET_COMMUNE_P95_MS:.0f} ms p95 target by "
            f"{p95 - TARGET_COMMUNE_P95_MS:.1f} ms."
        )
    return result


def _national(engine: Engine, cities: Sequence[Organisation]) -> float:
    tr = translator("vi")
    started = time.perf_counter()
    with Session(engine) as session:
        for city in cities:
            render_city(city.name, city_reports(session, city.id or 0, now=REPORT_NOW), tr)
    return time.perf_counter() - started
