"""Benchmark 6: how long the web dashboard takes to answer, for a commune and for a city.

The whole request is timed, as a phone's would be served: ``GET /d/<signed link>`` through
the web face's own application (:func:`bot.web.app.create_app`, its guard, Starlette's
routing and thread pool, the officer looked up, the one aggregation of
:mod:`models.report`, the Jinja page rendered), in this process through httpx's ASGI
transport, so no network is counted. Three people open it: a coordinator of commune 1 (the
whole commune, every list and bar), an officer of one of its units (their unit's
report), and a leader of the city that holds communes 1..114 (its communes' totals, as
a city's ``/baocao``). Each runs once first, which warms SQLAlchemy's statement cache and
the templates as any earlier request of the bot would.

Beside it, ``build_report`` alone for the same commune: what the page adds to ``/baocao``'s
aggregation is the difference.
"""

from __future__ import annotations

import asyncio
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass

import httpx
from sqlalchemy import Engine
from sqlmodel import Session, col, select

from bench import REPORT_NOW, Sizes
from bench.measure import Outcome, percentile
from bot.runtime import settle_heap
from bot.web.app import WebFace, create_app
from bot.web.guard import RateLimiter
from bot.web.signing import Signer
from models.clock import FixedClock
from models.db import session_scope
from models.officers import add_officer, units_of
from models.plans import latest_plan
from models.report import build_report
from models.tables import Channel, Officer, Organisation, Role, Unit, row_id

NAME = "6. Dashboard latency"
TARGET_COMMUNE_P95_MS = 100.0
TARGET_CITY_P95_MS = 500.0
FIRST_CITY = "thanh-pho-01"  # see bench.seed: communes 1..114 belong to it
COMMUNE = 1
BASE_URL = "http://bench.invalid"


@dataclass(frozen=True)
class Viewers:
    """The officers whose dashboards are timed."""

    coordinator: int
    officer: int
    city_leader: int
    communes_in_city: int


def _viewers(engine: Engine) -> Viewers:
    """A coordinator of commune 1 and a leader of its city, added as a commune adds them
    (the seed has one officer per unit, all plain officers); and an officer of its first
    unit, as seeded."""
    with session_scope(engine) as session:
        units = units_of(session, COMMUNE)
        officer = _first_officer(session, row_id(units[0].id))
        coordinator = add_officer(
            session,
            unit=units[-1],
            full_name="Điều phối viên",
            role=Role.COORDINATOR,
            channel=Channel.TELEGRAM,
            external_id="bench-dashboard-coordinator",
            now=REPORT_NOW,
        )
        city = session.exec(select(Organisation).where(Organisation.code == FIRST_CITY)).one()
        city_unit = Unit(organisation_id=row_id(city.id), code="snv", name="Sở Nội vụ")
        session.add(city_unit)
        session.flush()
        leader = add_officer(
            session,
            unit=city_unit,
            full_name="Lãnh đạo thành phố",
            role=Role.LEADER,
            channel=Channel.TELEGRAM,
            external_id="bench-dashboard-city",
            now=REPORT_NOW,
        )
        communes = session.exec(
            select(Organisation.id).where(Organisation.parent_id == city.id)
        ).all()
        return Viewers(row_id(coordinator.id), officer, row_id(leader.id), len(communes))


def _first_officer(session: Session, unit_id: int) -> int:
    found = session.exec(
        select(Officer.id).where(Officer.unit_id == unit_id).order_by(col(Officer.id))
    ).first()
    assert found is not None, "the seed gives every unit an officer"
    return found


def _timed(runs: int, work: Callable[[], object]) -> list[float]:
    latencies = []
    for index in range(runs + 1):
        started = time.perf_counter()
        work()
        elapsed = (time.perf_counter() - started) * 1000
        if index:  # the first run only warms the caches
            latencies.append(elapsed)
    return latencies


@dataclass(frozen=True)
class _Pages:
    """The three dashboards' latencies, in milliseconds."""

    commune: list[float]
    officer: list[float]
    city: list[float]


async def _pages(face: WebFace, viewers: Viewers, sizes: Sizes) -> _Pages:
    """Each dashboard requested in turn through the application, as uvicorn would hand it
    the requests (httpx's ASGI transport: no socket, no network counted)."""
    # The guard's rate per client is for people; the benchmark is one client asking fast.
    app = create_app(face, limiter=RateLimiter(limit=1_000_000))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as client:

        async def timed(runs: int, officer_id: int, expected: str) -> list[float]:
            path = face.dashboard_link(officer_id).removeprefix(BASE_URL)
            latencies = []
            for index in range(runs + 1):
                started = time.perf_counter()
                response = await client.get(path)
                elapsed = (time.perf_counter() - started) * 1000
                # A refusal or an empty page would be fast for nothing.
                assert response.status_code == 200, (path, response.status_code)
                assert expected in response.text, (path, expected)
                if index:  # the first run only warms the caches and the templates
                    latencies.append(elapsed)
            return latencies

        return _Pages(
            commune=await timed(sizes.report_runs, viewers.coordinator, 'id="units"'),
            officer=await timed(sizes.report_runs, viewers.officer, 'id="totals"'),
            city=await timed(sizes.city_runs, viewers.city_leader, 'id="communes"'),
        )


def _report_alone(engine: Engine) -> Callable[[], object]:
    def work() -> object:
        with Session(engine) as session:
            plan = latest_plan(session, COMMUNE)
            assert plan is not None
            return build_report(session, plan, now=REPORT_NOW)

    return work


def run(engine: Engine, sizes: Sizes) -> Outcome:
    """Time the coordinator's, the officer's and the city leader's dashboards."""
    result = Outcome(NAME)
    viewers = _viewers(engine)
    face = WebFace(
        engine=engine,
        clock=FixedClock(REPORT_NOW),
        signer=Signer(secrets.token_bytes(32)),
        base_url=BASE_URL,
    )
    settle_heap()  # as the bot does once started (bot.runner)
    pages = asyncio.run(_pages(face, viewers, sizes))
    commune, officer, city = pages.commune, pages.officer, pages.city
    report = _timed(sizes.report_runs, _report_alone(engine))

    for label, latencies in (
        ("commune, as its coordinator", commune),
        ("one unit, as its officer", officer),
    ):
        p50, p95 = percentile(latencies, 0.5), percentile(latencies, 0.95)
        result.add(f"{label}, {len(latencies)} runs: p50", f"{p50:.1f} ms")
        result.add(
            f"{label}, {len(latencies)} runs: p95",
            f"{p95:.1f} ms",
            f"< {TARGET_COMMUNE_P95_MS:.0f} ms",
            p95 < TARGET_COMMUNE_P95_MS,
        )
    city_p50, city_p95 = percentile(city, 0.5), percentile(city, 0.95)
    label = f"city of {viewers.communes_in_city} communes, as its leader, {len(city)} runs"
    result.add(f"{label}: p50", f"{city_p50:.0f} ms")
    result.add(
        f"{label}: p95",
        f"{city_p95:.0f} ms",
        f"< {TARGET_CITY_P95_MS:.0f} ms",
        city_p95 < TARGET_CITY_P95_MS,
    )
    report_p50 = percentile(report, 0.5)
    result.add(
        f"build_report alone, same commune, {len(report)} runs: p50", f"{report_p50:.1f} ms"
    )
    commune_p50 = percentile(commune, 0.5)
    result.notes.append(
        f"A commune's dashboard is the whole request (guard, routing, the officer, "
        f"build_report, the page): p50 {commune_p50:.1f} ms, of which build_report, the "
        f"aggregation /baocao reads, is about {report_p50:.1f} ms; the rest is the page "
        f"(every task listed with its link) and the HTTP layer. A city's page builds its "
        f"{viewers.communes_in_city} communes' reports in one go (build_reports, as /baocao) "
        f"and shows their totals: p50 {city_p50:.0f} ms, p95 {city_p95:.0f} ms."
    )
    for label, latencies, target in (
        ("A commune's dashboard", commune, TARGET_COMMUNE_P95_MS),
        ("A unit's dashboard", officer, TARGET_COMMUNE_P95_MS),
        ("A city's dashboard", city, TARGET_CITY_P95_MS),
    ):
        p95 = percentile(latencies, 0.95)
        if p95 >= target:
            result.notes.append(
                f"{label} misses its {target:.0f} ms p95 target by {p95 - target:.1f} ms."
            )
    return result
