"""The dashboard in a real browser: Debian's Chromium, headless, driven by Playwright.

The web face is served for real (uvicorn on a free port, as beside the terminal chat) and
opened at a phone's width as a coordinator and as an officer: the page shows /baocao's
numbers (build_report's), an officer only their unit, the filter form and the task links
work without script, nothing is wider than the phone, and the browser reports no error
(a Content-Security-Policy violation would be one). Each view is kept as a screenshot:
in pytest's temporary folder and, under a stable name, in ``tests/artifacts/`` (or
``$NHACVIEC_TEST_ARTIFACTS``); the test prints where. With
``NHACVIEC_UPDATE_SCREENSHOT=1`` it also writes the README's ``docs/dashboard.png``.

Playwright never downloads a browser here: it drives ``/usr/bin/chromium`` (or
``$NHACVIEC_CHROMIUM``). Without it, or without Playwright, the test is skipped and says why.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from bot.runtime import Runtime
from bot.settings import PROJECT_DIR, Settings
from bot.web.server import WebFaceRunning, start_web_thread
from handlers.i18n import translator
from models.calendar import WorkingCalendar
from models.clock import FixedClock
from models.plans import latest_plan
from models.report import Counts, Report, build_report
from tests.conftest import TEST_DATABASE_URL
from tests.web.conftest import NOW, People

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page, ViewportSize

CHROMIUM = Path(os.environ.get("NHACVIEC_CHROMIUM", "/usr/bin/chromium"))
ARTIFACTS = Path(os.environ.get("NHACVIEC_TEST_ARTIFACTS", PROJECT_DIR / "tests" / "artifacts"))
DOCS_SCREENSHOT = PROJECT_DIR / "docs" / "dashboard.png"
# A common phone: 390 CSS pixels wide, drawn at twice that.
PHONE: ViewportSize = {"width": 390, "height": 844}
PHONE_SCALE = 2
# The README's picture is at most this tall (CSS pixels).
DOCS_HEIGHT = 1500
TIMEOUT_MS = 30_000

pytestmark = pytest.mark.skipif(
    not os.access(CHROMIUM, os.X_OK),
    reason=f"no Chromium at {CHROMIUM}: install Debian's chromium package "
    "(apt-get install chromium) or set NHACVIEC_CHROMIUM",
)


@pytest.fixture
def browser() -> Iterator[Browser]:
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="Playwright is a dev dependency: uv sync"
    )
    with sync_api.sync_playwright() as playwright:
        # The system's Chromium: Playwright's own browsers are never downloaded.
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture
def served(seeded_engine: Engine, people: People) -> Iterator[WebFaceRunning]:
    """The web face on a free port of 127.0.0.1, served by uvicorn from a thread."""
    runtime = Runtime(
        Settings(NHACVIEC_WEB_PORT=0),
        FixedClock(NOW),
        seeded_engine,
        WorkingCalendar(),
        translator("vi"),
    )
    running = start_web_thread(runtime)
    assert running is not None
    try:
        yield running
    finally:
        running.stop_thread()


class Phone:
    """A page at a phone's width that records what the browser complains of."""

    def __init__(self, browser: Browser) -> None:
        self.context = browser.new_context(
            viewport=PHONE, device_scale_factor=PHONE_SCALE, locale="vi-VN"
        )
        self.context.set_default_timeout(TIMEOUT_MS)
        self.page: Page = self.context.new_page()
        self.errors: list[str] = []
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on(
            "console",
            lambda message: self.errors.append(message.text) if message.type == "error" else None,
        )
        # Every request the page makes that fails, by its address.
        self.page.on(
            "response",
            lambda response: (
                self.errors.append(f"{response.status} {response.url}")
                if response.status >= 400
                else None
            ),
        )

    def open(self, url: str) -> Page:
        response = self.page.goto(url)
        assert response is not None and response.status == 200, url
        return self.page

    def close(self) -> None:
        self.context.close()


def report_of(engine: Engine, **kwargs: object) -> Report:
    with Session(engine) as session:
        plan = latest_plan(session)
        assert plan is not None
        return build_report(session, plan, now=NOW, **kwargs)  # type: ignore[arg-type]


def expected(counts: Counts) -> dict[str, int]:
    return {
        "tasks": counts.tasks,
        "due": counts.due,
        "done_on_time": counts.done_on_time,
        "done_late": counts.done_late,
        "within": counts.in_progress,
        "overdue": counts.overdue,
        "no_deadline": counts.no_deadline,
    }


def shown(page: Page) -> dict[str, int]:
    """The headline numbers as the browser shows them (visible text, not the markup)."""
    totals = page.locator("#totals")
    numbers = {
        "tasks": int(totals.get_attribute("data-tasks") or -1),
        "due": int(totals.get_attribute("data-due") or -1),
    }
    for key in ("done_on_time", "done_late", "within", "overdue", "no_deadline"):
        count = totals.locator(f'[data-count="{key}"]')
        assert count.is_visible(), key
        numbers[key] = int(count.inner_text())
    return numbers


def task_codes(page: Page, section: str) -> list[str]:
    return [code.strip() for code in page.locator(f"#{section} .code").all_inner_texts()]


def fits_the_phone(page: Page) -> bool:
    """Nothing wider than the screen: no sideways scrolling on a phone."""
    return bool(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))


def keep(page: Page, name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A full-page screenshot in pytest's folder, copied under a stable name, said aloud."""
    shot = tmp_path / f"{name}.png"
    page.screenshot(path=str(shot), full_page=True, scale="css")  # a long page, kept light
    backend = "postgresql" if TEST_DATABASE_URL else "sqlite"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    kept = ARTIFACTS / f"{name}-{backend}.png"
    shutil.copyfile(shot, kept)
    with capsys.disabled():
        sys.stdout.write(f"\n[browser screenshot] {kept}\n")
    return kept


def test_the_coordinator_sees_the_commune_as_baocao_counts_it(
    browser: Browser,
    served: WebFaceRunning,
    people: People,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    phone = Phone(browser)
    try:
        page = phone.open(served.face.dashboard_link(people.coordinator))
        report = report_of(served.face.engine)
        assert page.title().startswith("Tiến độ thực hiện kế hoạch cải cách hành chính")
        assert page.locator("header .org").inner_text() == "Xã Nghi Dương"
        assert shown(page) == expected(report.totals)
        assert (
            page.locator("#totals .rate")
            .inner_text()
            .startswith(f"{report.totals.done}/{report.totals.tasks}")
        )
        # A bar per unit, every task listed in plan order, the overdue ones first.
        assert page.locator("#units .bars li").count() == len(report.units)
        assert task_codes(page, "all") == [line.code for line in report.tasks]
        assert task_codes(page, "overdue") == [line.code for line in report.overdue]
        assert fits_the_phone(page)
        keep(page, "dashboard-coordinator", tmp_path, capsys)
        if os.environ.get("NHACVIEC_UPDATE_SCREENSHOT") == "1":
            docs_screenshot(page)

        # The filter form, submitted as a person would, narrows to one unit.
        page.select_option('select[name="unit"]', "kinhte")
        with page.expect_navigation():
            page.locator("form.filters button").click()
        assert "unit=kinhte" in page.url
        assert shown(page) == expected(report_of(served.face.engine, unit_code="kinhte").totals)

        # A task opens with its history; the way back leads to the dashboard.
        [eight] = [line for line in report.tasks if line.code == "8"]
        with page.expect_navigation():
            page.locator(f'a[href$="/t/{eight.id}"]').first.click()
        assert page.locator("h1").inner_text() == "Nhiệm vụ 8"
        assert "100% xong, số 31/BC-UBND" in page.locator("#history").inner_text()
        assert fits_the_phone(page)
        keep(page, "task-8", tmp_path, capsys)
        assert phone.errors == []
    finally:
        phone.close()


def test_an_officer_sees_only_their_unit(
    browser: Browser,
    served: WebFaceRunning,
    people: People,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    phone = Phone(browser)
    try:
        page = phone.open(served.face.dashboard_link(people.officer))
        unit = report_of(served.face.engine, unit_code="kinhte")
        commune = report_of(served.face.engine)
        assert "Đơn vị: Phòng Kinh tế" in page.locator("header").inner_text()
        assert shown(page) == expected(unit.totals)
        assert shown(page) != expected(commune.totals)
        assert task_codes(page, "all") == [line.code for line in unit.tasks]
        # Nothing of the other units: no line per unit, no unit to choose.
        assert page.locator("#units").count() == 0
        assert page.locator('select[name="unit"]').count() == 0
        # Asking for another unit by the address shows their own, and says so.
        page = phone.open(served.face.dashboard_link(people.officer) + "?unit=vhxh")
        assert shown(page) == expected(unit.totals)
        assert "chỉ xem được báo cáo của đơn vị mình" in page.locator("main").inner_text()
        assert fits_the_phone(page)
        keep(page, "dashboard-officer", tmp_path, capsys)
        assert phone.errors == []
    finally:
        phone.close()


def docs_screenshot(page: Page) -> None:
    """The README's picture: the coordinator's dashboard at a phone's width, from the top to
    the end of the units' bars."""
    units = page.locator("#units").bounding_box()
    assert units is not None
    height = min(DOCS_HEIGHT, int(units["y"] + units["height"] + 12))
    DOCS_SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(
        path=str(DOCS_SCREENSHOT),
        full_page=True,
        clip={"x": 0, "y": 0, "width": PHONE["width"], "height": height},
    )
