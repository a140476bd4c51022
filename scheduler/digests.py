"""Digests: one message that sums up many tasks for a coordinator or a unit head.

- Every working day on which tasks are overdue, each coordinator gets one message
  of all overdue tasks grouped by lead unit, and each unit head one of their unit's;
  never a message per task.
- On the first working day of each week, each coordinator gets the list of tasks
  whose deadline still needs a date.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session, col, select

from handlers.formatting import short_title
from handlers.i18n import Translator
from handlers.reports import rate_phrase
from handlers.types import Reply
from models.calendar import WorkingCalendar
from models.clock import utc
from models.officers import units_of
from models.planfile import ALL_UNITS_LABEL
from models.plans import latest_plan
from models.report import Report, TaskLine, build_report
from models.tables import Digest, DigestKind, Officer, Organisation, Role
from scheduler.planning import Recipient
from scheduler.policy import ReminderPolicy, send_moment


@dataclass(frozen=True)
class DigestRecipient:
    """A coordinator (every unit) or a unit head (``unit_id``)."""

    recipient: Recipient
    role: Role


def digests_for_day(
    day: date,
    *,
    overdue_units: set[int],
    has_undated: bool,
    people: Sequence[DigestRecipient],
    calendar: WorkingCalendar,
) -> list[tuple[DigestRecipient, DigestKind]]:
    """Who gets which digest on ``day``, given the lead units that have overdue tasks."""
    if not calendar.is_working_day(day):
        return []
    due: list[tuple[DigestRecipient, DigestKind]] = []
    for person in people:
        if person.role == Role.COORDINATOR:
            if overdue_units:
                due.append((person, DigestKind.OVERDUE))
            if has_undated and calendar.first_working_day_of_week(day) == day:
                due.append((person, DigestKind.UNDATED))
        elif person.role == Role.UNIT_HEAD and person.recipient.unit_id in overdue_units:
            due.append((person, DigestKind.OVERDUE))
    return due


def digest_people(session: Session, organisation_id: int) -> list[DigestRecipient]:
    """The coordinators and unit heads of a commune."""
    rows = session.exec(
        select(Officer)
        .where(
            Officer.organisation_id == organisation_id,
            col(Officer.active).is_(True),
            col(Officer.role).in_([Role.COORDINATOR.value, Role.UNIT_HEAD.value]),
        )
        .order_by(col(Officer.id))
    )
    return [
        DigestRecipient(
            Recipient(officer.unit_id, officer.full_name, officer.id), Role(officer.role)
        )
        for officer in rows
    ]


def overdue_lead_units(report: Report, unit_ids: dict[str, int]) -> set[int]:
    """The ids of the units that lead at least one overdue task."""
    return {
        unit_ids[unit.code]
        for line in report.overdue
        for unit in line.leads
        if unit.code in unit_ids
    }


def plan_digests(
    session: Session, *, now: datetime, policy: ReminderPolicy, calendar: WorkingCalendar
) -> int:
    """Add today's digest rows for every commune (idempotent); return how many are due."""
    day = now.date()
    tz = now.tzinfo
    assert tz is not None, "now must be timezone-aware"
    count = 0
    for organisation in session.exec(select(Organisation)):
        assert organisation.id is not None
        plan = latest_plan(session, organisation.id)
        if plan is None:
            continue
        report = build_report(session, plan, now=now)
        unit_ids = {unit.code: unit.id for unit in units_of(session, organisation.id) if unit.id}
        due = digests_for_day(
            day,
            overdue_units=overdue_lead_units(report, unit_ids),
            has_undated=bool(report.no_deadline),
            people=digest_people(session, organisation.id),
            calendar=calendar,
        )
        for person, kind in due:
            officer_id = person.recipient.officer_id
            assert officer_id is not None
            exists = session.exec(
                select(Digest).where(
                    Digest.officer_id == officer_id, Digest.kind == kind, Digest.day == day
                )
            ).first()
            if exists is None:
                session.add(
                    Digest(
                        officer_id=officer_id,
                        kind=kind,
                        day=day,
                        send_at=utc(send_moment(day, policy, tz)),
                    )
                )
            count += 1
    return count


def render_digest(
    kind: DigestKind, report: Report, tr: Translator, *, unit_code: str | None
) -> Reply | None:
    """Write a digest from a fresh report; None when there is nothing left to say."""
    if kind is DigestKind.UNDATED:
        lines = list(report.no_deadline)
        if not lines:
            return None
        parts = [
            tr.gettext("📌 Tasks whose deadline still needs a date ({count}):", count=len(lines))
        ]
        parts += [
            f"• {line.code} · {short_title(line.title)} — {line.deadline_text or '—'}"
            for line in lines
        ]
        parts.append(tr.gettext("A coordinator sets a date with /giahan <code> <date> <reason>."))
        return Reply("\n".join(parts))
    overdue = [
        line
        for line in report.overdue
        if unit_code is None or any(unit.code == unit_code for unit in line.leads)
    ]
    if not overdue:
        return None
    parts = [
        tr.gettext(
            "⛔ Overdue tasks as of {day} ({count}):",
            day=tr.weekday_date(report.as_of),
            count=len(overdue),
        )
    ]
    for unit_name, lines in _by_lead_unit(overdue, tr):
        parts.append("")
        parts.append(unit_name)
        parts += [
            f"• {line.code} · {short_title(line.title)} — "
            + tr.gettext("{days} days overdue", days=line.days_overdue)
            + f" · {line.percent}%"
            for line in lines
        ]
    parts.append("")
    parts.append(tr.gettext("Overall: completed {rate}.", rate=rate_phrase(report.totals, tr)))
    return Reply("\n".join(parts))


def _by_lead_unit(lines: Iterable[TaskLine], tr: Translator) -> list[tuple[str, list[TaskLine]]]:
    groups: dict[str, list[TaskLine]] = defaultdict(list)
    for line in lines:
        name = (
            tr.gettext(ALL_UNITS_LABEL)
            if line.lead_is_all_units
            else ", ".join(unit.name for unit in line.leads)
        )
        groups[name].append(line)
    return list(groups.items())
