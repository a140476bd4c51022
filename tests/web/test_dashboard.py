"""The dashboard shows each role what the chat shows it, with /baocao's own numbers."""

from __future__ import annotations

import re

import httpx
from sqlalchemy import Engine
from sqlmodel import Session

from bot.web.app import WebFace
from handlers.i18n import Translator
from handlers.reports import city_reports
from models.officers import officer_card
from models.plans import latest_plan
from models.report import Counts, Report, build_report, sum_counts
from models.tables import Plan
from tests.web.conftest import NOW, People, city_with_communes, path_of, shown_counts

VI = Translator("vi")
_CODE = re.compile(r'<span class="code">(?P<code>[0-9.]+)</span>')


def the_plan(session: Session) -> Plan:
    plan = latest_plan(session)
    assert plan is not None
    return plan


def report_of(engine: Engine, **kwargs: object) -> Report:
    with Session(engine) as session:
        return build_report(session, the_plan(session), now=NOW, **kwargs)  # type: ignore[arg-type]


def as_shown(counts: Counts) -> dict[str, int]:
    """The numbers a page shows for ``counts``: the Counts of the aggregation, field by field."""
    return {
        "tasks": counts.tasks,
        "due": counts.due,
        "done_on_time": counts.done_on_time,
        "done_late": counts.done_late,
        "within": counts.in_progress,
        "overdue": counts.overdue,
        "no_deadline": counts.no_deadline,
    }


def section(html: str, name: str) -> str:
    """The HTML of one section of a page, by its id."""
    start = html.index(f'id="{name}"')
    return html[start : html.index("</section>", start)]


def codes_in(html: str) -> list[str]:
    return [match["code"] for match in _CODE.finditer(html)]


async def open_dashboard(
    client: httpx.AsyncClient, face: WebFace, officer_id: int, query: str = ""
) -> str:
    response = await client.get(path_of(face.dashboard_link(officer_id)) + query)
    assert response.status_code == 200, response.text
    return response.text


async def test_the_coordinator_sees_the_commune_with_the_reports_numbers(
    client: httpx.AsyncClient, face: WebFace, people: People
) -> None:
    html = await open_dashboard(client, face, people.coordinator)
    report = report_of(face.engine)
    assert shown_counts(html) == as_shown(report.totals)
    assert sum(as_shown(report.totals)[key] for key in ("done_on_time", "done_late")) >= 1
    units = section(html, "units")
    assert [name in units for name in (group.name for group in report.units)] == [True] * len(
        report.units
    )
    # Every task of the plan is listed, in plan order.
    assert codes_in(section(html, "all")) == [line.code for line in report.tasks]
    # The filter offers every unit to those who see the whole commune.
    assert '<option value="kinhte">Phòng Kinh tế</option>' in html
    assert "Xã Nghi Dương" in html and report.plan_title in html


async def test_a_leader_sees_what_the_coordinator_sees(
    client: httpx.AsyncClient, face: WebFace, people: People
) -> None:
    leader = await open_dashboard(client, face, people.leader)
    coordinator = await open_dashboard(client, face, people.coordinator)
    assert shown_counts(leader) == shown_counts(coordinator)
    assert codes_in(section(leader, "all")) == codes_in(section(coordinator, "all"))


async def test_an_officer_sees_only_their_units_report(
    client: httpx.AsyncClient, face: WebFace, people: People
) -> None:
    html = await open_dashboard(client, face, people.officer)
    unit_report = report_of(face.engine, unit_code="kinhte")
    commune = report_of(face.engine)
    assert shown_counts(html) == as_shown(unit_report.totals)
    assert "Đơn vị: Phòng Kinh tế" in html
    shown = codes_in(section(html, "all"))
    assert shown == [line.code for line in unit_report.tasks]
    assert len(shown) < len(commune.tasks)  # other units' tasks are not there
    assert 'id="units"' not in html  # nor the other units' lines
    assert 'name="unit"' not in html  # and no unit to choose


async def test_an_officer_asking_for_another_unit_gets_their_own(
    client: httpx.AsyncClient, face: WebFace, people: People
) -> None:
    html = await open_dashboard(client, face, people.officer, "?unit=vhxh")
    assert shown_counts(html) == as_shown(report_of(face.engine, unit_code="kinhte").totals)
    assert VI.gettext("You can see the report of your own unit only; here it is.") in html
    assert "Đơn vị: Phòng Kinh tế" in html


async def test_a_unit_head_sees_their_units_report(
    client: httpx.AsyncClient, face: WebFace, people: People
) -> None:
    html = await open_dashboard(client, face, people.unit_head)
    report = report_of(face.engine, unit_code="vhxh")
    assert shown_counts(html) == as_shown(report.totals)
    assert "Đơn vị: Phòng Văn hoá - Xã hội" in html
    own = report.unit_line
    assert own is not None and own.coordinating.tasks > 0
    # The tasks it coordinates are apart, as in /baocao, and not counted as its own.
    assert f"Nhiệm vụ đơn vị phối hợp (không tính ở trên): {own.coordinating.tasks}" in html


async def test_the_coordinator_narrows_by_unit_section_and_quarter(
    client: httpx.AsyncClient, face: WebFace, people: People
) -> None:
    by_unit = await open_dashboard(client, face, people.coordinator, "?unit=kinhte")
    assert shown_counts(by_unit) == as_shown(report_of(face.engine, unit_code="kinhte").totals)
    assert '<option value="kinhte" selected>' in by_unit

    quarter = await open_dashboard(client, face, people.coordinator, "?period=4-2025")
    q4 = report_of(face.engine, quarter=4, year=2025)
    assert shown_counts(quarter) == as_shown(q4.totals)
    assert "Quý IV/2025" in quarter
    assert codes_in(section(quarter, "all")) == [line.code for line in q4.tasks]

    area = await open_dashboard(client, face, people.coordinator, "?section=II")
    report = report_of(face.engine)
    [second] = [group for group in report.sections if group.code == "II"]
    assert shown_counts(area) == as_shown(second.counts)
    assert codes_in(section(area, "all")) == [
        line.code for line in report.tasks if line.section == "II"
    ]


async def test_unreadable_filters_are_ignored_and_a_wrong_unit_is_said(
    client: httpx.AsyncClient, face: WebFace, people: People
) -> None:
    whole = await open_dashboard(client, face, people.coordinator)
    odd = await open_dashboard(
        client, face, people.coordinator, "?section=%3Cscript%3E&period=9-2025&unit=..%2F"
    )
    assert shown_counts(odd) == shown_counts(whole)
    assert "<script>" not in odd
    unknown = await open_dashboard(client, face, people.coordinator, "?unit=nosuch")
    assert "Không có số liệu" in unknown and "nosuch" in unknown


async def test_the_lists_show_overdue_days_and_what_needs_a_date(
    client: httpx.AsyncClient, face: WebFace, people: People
) -> None:
    html = await open_dashboard(client, face, people.coordinator)
    report = report_of(face.engine)
    overdue = section(html, "overdue")
    assert codes_in(overdue) == [line.code for line in report.overdue]
    first = report.overdue[0]
    assert f"quá hạn {first.days_overdue} ngày" in overdue
    assert codes_in(section(html, "needs-date")) == [line.code for line in report.no_deadline]
    coming = section(html, "coming")
    assert "còn " in coming or "hạn hôm nay" in coming


async def test_a_city_officer_sees_the_communes(
    client: httpx.AsyncClient, face: WebFace, people: People
) -> None:
    city_officer = city_with_communes(face.engine)
    html = await open_dashboard(client, face, city_officer)
    with Session(face.engine) as session:
        card = officer_card(session, city_officer)
        assert card is not None
        communes = city_reports(session, card.organisation.id or 0, now=NOW)
    assert len(communes) == 2
    assert shown_counts(html) == as_shown(sum_counts(item.report.totals for item in communes))
    assert "Thành phố Hải Phòng" in html
    assert "Xã Nghi Dương" in html and "Xã Tân Lập" in html
    assert "Số xã, phường: 2" in html
    assert "/t/" not in html  # a city sees totals, not the communes' tasks


async def test_a_task_in_full_with_its_history(
    client: httpx.AsyncClient, face: WebFace, people: People
) -> None:
    report = report_of(face.engine)
    [eight] = [line for line in report.tasks if line.code == "8"]
    link = path_of(face.dashboard_link(people.coordinator))
    response = await client.get(f"{link}/t/{eight.id}")
    assert response.status_code == 200
    html = response.text
    assert "Nhiệm vụ 8" in html and eight.title in html
    history = section(html, "history")
    assert "Phạm Thị Dung" in history
    assert "100% xong, số 31/BC-UBND" in history
    assert "01/12/2025 09:00" in history
    assert history.index("100%") < history.index("50%")  # newest first
    assert "← Quay lại bảng theo dõi" in html


async def test_a_task_outside_ones_view_is_not_shown(
    client: httpx.AsyncClient, face: WebFace, people: People
) -> None:
    commune = report_of(face.engine)
    mine = {line.id for line in report_of(face.engine, unit_code="kinhte").tasks}
    elsewhere = next(line for line in commune.tasks if line.id not in mine)
    link = path_of(face.dashboard_link(people.officer))
    response = await client.get(f"{link}/t/{elsewhere.id}")
    assert response.status_code == 404
    assert "không thuộc phạm vi anh/chị được xem" in response.text
    assert elsewhere.title not in response.text
    own = next(iter(mine))
    assert (await client.get(f"{link}/t/{own}")).status_code == 200
    assert (await client.get(f"{link}/t/999999")).status_code == 404
