"""The web face on the bundled plan: people of every role, some progress, an HTTP client.

The client speaks to the application in process (httpx's ASGI transport): nothing is
fetched from the internet, and no port is opened except by the server tests.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass
from datetime import datetime

import httpx
import pytest
from sqlalchemy import Engine
from sqlmodel import col, select

from bot.settings import BUNDLED_PLAN
from bot.web.app import WebFace, create_app
from bot.web.guard import RateLimiter
from bot.web.signing import Signer
from models.clock import VIETNAM, FixedClock
from models.db import session_scope
from models.officers import add_officer
from models.planfile import read_plan_file
from models.plans import import_plan
from models.progress import share_unit_id
from models.tables import Channel, Organisation, ProgressUpdate, Role, Task, Unit
from tests.builders import register_officers
from tests.conftest import PLAN_IMPORTED_AT

SECRET = b"a test secret of the web face, long enough"
BOT_TOKEN = "123456:TEST-bot-token"
NOW = datetime(2025, 12, 5, 8, 0, tzinfo=VIETNAM)
# Real time as the links and Telegram see it (the bot's clock above is a demo's).
WALL_START = 1_765_000_000.0
BASE = "http://testserver"


class Wall:
    """Real time that tests move by hand."""

    def __init__(self, at: float = WALL_START) -> None:
        self.at = at

    def __call__(self) -> float:
        return self.at


@dataclass(frozen=True)
class People:
    """The officers of the bundled commune the tests act as, by role."""

    coordinator: int
    officer: int  # Phòng Kinh tế
    unit_head: int  # Phòng Văn hoá - Xã hội
    leader: int
    other_officer: int  # Trung tâm Phục vụ hành chính công


def at(day: str, clock: str = "09:00") -> datetime:
    return datetime.fromisoformat(f"{day}T{clock}").replace(tzinfo=VIETNAM)


def add_progress(
    engine: Engine, entries: Iterable[tuple[str, int, int | None, str, datetime]]
) -> None:
    """Write (task code, officer id, percent, note, when) entries, each for the part its
    writer's unit has in the task, as the chat records them."""
    with session_scope(engine) as session:
        for code, officer_id, percent, note, when in entries:
            task = session.exec(select(Task).where(Task.code == code)).one()
            assert task.id is not None
            session.add(
                ProgressUpdate(
                    task_id=task.id,
                    officer_id=officer_id,
                    unit_id=share_unit_id(session, task_id=task.id, officer_id=officer_id),
                    created_at=when,
                    percent=percent,
                    note=note,
                )
            )


@pytest.fixture
def people(seeded_engine: Engine) -> People:
    coordinator, officer, unit_head, leader, other = register_officers(
        seeded_engine,
        [
            ("vhxh", "Trần Thị Hoa", Role.COORDINATOR, "1001"),
            ("kinhte", "Phạm Thị Dung", Role.OFFICER, "1002"),
            ("vhxh", "Đỗ Minh Hải", Role.UNIT_HEAD, "1003"),
            ("vanphong", "Nguyễn Văn Bình", Role.LEADER, "1004"),
            ("pvhcc", "Hoàng Văn Đức", Role.OFFICER, "1005"),
        ],
        now=PLAN_IMPORTED_AT,
    )
    add_progress(
        seeded_engine,
        [
            ("8", officer, 50, "đã gửi dự thảo", at("2025-11-20")),
            ("8", officer, 100, "xong, số 31/BC-UBND", at("2025-12-01")),
            ("12", coordinator, 40, "đang tổng hợp", at("2025-11-25")),
            ("3", other, 100, "đã hoàn thành", at("2025-09-10")),
        ],
    )
    return People(coordinator, officer, unit_head, leader, other)


@pytest.fixture
def wall() -> Wall:
    return Wall()


@pytest.fixture
def face(seeded_engine: Engine, people: People, wall: Wall) -> WebFace:
    return WebFace(
        engine=seeded_engine,
        clock=FixedClock(NOW),
        signer=Signer(SECRET, wall),
        base_url=BASE,
        telegram_token=BOT_TOKEN,
        wall=wall,
    )


@pytest.fixture
async def client(face: WebFace) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(face, limiter=RateLimiter(limit=100_000))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE) as http:
        yield http


def city_with_communes(engine: Engine) -> int:
    """Put the bundled commune and a second one under a city; return the city officer's id."""
    second = read_plan_file(
        "tan-lap.yaml",
        BUNDLED_PLAN.read_bytes()
        .replace(b"code: nghi-duong", b"code: tan-lap")
        .replace("name: Xã Nghi Dương".encode(), "name: Xã Tân Lập".encode()),
    )
    assert second.organisation is not None and second.organisation.code == "tan-lap"
    with session_scope(engine) as session:
        import_plan(session, second, now=PLAN_IMPORTED_AT)
        city = Organisation(
            code="hai-phong",
            name="Thành phố Hải Phòng",
            authority="Ủy ban nhân dân thành phố Hải Phòng",
            place="Hải Phòng",
            created_at=PLAN_IMPORTED_AT,
        )
        session.add(city)
        session.flush()
        for commune in session.exec(
            select(Organisation).where(col(Organisation.code).in_(["nghi-duong", "tan-lap"]))
        ):
            commune.parent_id = city.id
            session.add(commune)
        unit = Unit(organisation_id=city.id or 0, code="snv", name="Sở Nội vụ")
        session.add(unit)
        session.flush()
        officer = add_officer(
            session,
            unit=unit,
            full_name="Lê Thị Mai",
            role=Role.LEADER,
            channel=Channel.TELEGRAM,
            external_id="9009",
            now=PLAN_IMPORTED_AT,
        )
        assert officer.id is not None
        return officer.id


_COUNT = re.compile(r'data-count="(?P<key>[a-z_]+)">(?P<value>\d+)<')
_TOTALS = re.compile(r'id="totals" data-tasks="(?P<tasks>\d+)" data-due="(?P<due>\d+)"')


def shown_counts(html: str) -> dict[str, int]:
    """The headline numbers a page shows: tasks, due, and the five states."""
    totals = _TOTALS.search(html)
    assert totals is not None, "the page has no totals"
    numbers = {match["key"]: int(match["value"]) for match in _COUNT.finditer(html)}
    return {"tasks": int(totals["tasks"]), "due": int(totals["due"]), **numbers}


def path_of(link: str) -> str:
    """The path of a link the face made (the client has the base URL)."""
    assert link.startswith(BASE), link
    return link[len(BASE) :]
