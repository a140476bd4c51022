"""``nhacviec simulate``: what the policy would send over a span, from the live planner.

It calls :func:`scheduler.planning.plan_items` and :func:`scheduler.digests.digests_for_day`,
the very functions the running bot uses, on the tasks as they stand in the database,
and leaves out what the sweep would cancel on the day (:class:`scheduler.moot.MootRule`):
reminders of done tasks, and those of an officer on leave that day or no longer active.
Approved extensions have moved the due dates themselves, so they are planned from the
new date. A unit without registered officers stands in as the recipient, so a new plan
can be checked against the calendar before anyone has joined.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo

from sqlmodel import Session, col, select

from models.calendar import WorkingCalendar
from models.deadline import ScheduleKind
from models.officers import units_of
from models.standing import needs_date
from models.status import deadline_of
from models.tables import Plan, ReminderKind, Role, Task, Unit
from scheduler.digests import (
    DigestRecipient,
    digest_people,
    digests_for_day,
    quarter_draft_days,
)
from scheduler.moot import MootRule
from scheduler.planning import (
    Item,
    Recipient,
    TaskForPlanning,
    load_tasks,
    officer_recipients,
    plan_items,
)
from scheduler.policy import ReminderPolicy, send_moment

COORDINATING_UNIT = "vhxh"  # Phòng Văn hoá - Xã hội stands in for the coordinators


@dataclass(frozen=True)
class Simulated:
    """One message the policy sends."""

    at: datetime
    task: str | None  # None for a digest
    unit: str
    recipient: str
    kind: str  # before, due, overdue, checkin, digest
    days: int
    digest: str | None = None  # for a digest: overdue or undated

    def as_json(self) -> dict[str, object]:
        """The promised JSON shape (plus "digest" for digests)."""
        data: dict[str, object] = {
            "at": self.at.isoformat(),
            "task": self.task,
            "unit": self.unit,
            "recipient": self.recipient,
            "kind": self.kind,
            "days": self.days,
        }
        if self.digest is not None:
            data["digest"] = self.digest
        return data


def simulate(
    session: Session,
    plan: Plan,
    *,
    start: date,
    end: date,
    policy: ReminderPolicy,
    calendar: WorkingCalendar,
    tz: tzinfo,
) -> list[Simulated]:
    """Every reminder and digest from ``start`` to ``end``, in the order they go out."""
    assert plan.id is not None
    units = {unit.id: unit for unit in units_of(session, plan.organisation_id)}
    task_ids = list(
        session.exec(
            select(Task.id).where(Task.plan_id == plan.id, col(Task.archived_at).is_(None))
        )
    )
    tasks = load_tasks(session, [task_id for task_id in task_ids if task_id is not None], zone=tz)
    recipients = _recipients_or_units(session, units)
    items = list(
        plan_items(
            tasks, recipients, policy=policy, calendar=calendar, tz=tz, start=start, end=end
        )
    )
    messages = [
        Simulated(
            item.send_at,
            item.task_code,
            units[item.recipient.unit_id].code,
            item.recipient.name,
            item.kind.value,
            item.days,
        )
        for item in _not_moot(session, items)
    ]
    messages += _digests(session, plan, tasks, units, start, end, policy, calendar, tz)
    return sorted(
        messages,
        key=lambda message: (message.at, message.unit, message.task or "", message.recipient),
    )


def _not_moot(session: Session, items: list[Item]) -> list[Item]:
    """The items the sweep would send on their day, by the sweep's own rule."""
    officers = [item.recipient.officer_id for item in items]
    moot = MootRule(
        session,
        [item.task_id for item in items],
        [officer_id for officer_id in officers if officer_id is not None],
        zone=(items[0].send_at.tzinfo or UTC) if items else UTC,
    )
    return [
        item
        for item in items
        if not moot.cancels(
            item.task_id,
            item.recipient.officer_id,
            item.send_at.date(),
            unit_id=item.recipient.unit_id,
            due_on=None if item.kind is ReminderKind.CHECKIN else item.due_on,
        )
    ]


def _recipients_or_units(
    session: Session, units: dict[int | None, Unit]
) -> dict[int, list[Recipient]]:
    recipients = officer_recipients(session)
    for unit_id, unit in units.items():
        if unit_id is not None and not recipients.get(unit_id):
            recipients[unit_id] = [Recipient(unit_id, unit.name)]
    return recipients


def _digests(
    session: Session,
    plan: Plan,
    tasks: list[TaskForPlanning],
    units: dict[int | None, Unit],
    start: date,
    end: date,
    policy: ReminderPolicy,
    calendar: WorkingCalendar,
    tz: tzinfo,
) -> list[Simulated]:
    people = digest_people(session, plan.organisation_id) or _stand_in_coordinator(units)
    # As the live sweep: a task waits for a date until one is stored (models.standing).
    has_undated = any(needs_date(task.kind, task.due_dates) for task in tasks if not task.done)
    messages = []
    drafts = quarter_draft_days(start, end, calendar)
    day = start
    while day <= end:
        overdue = {
            unit_id
            for task in tasks
            if not task.done
            and task.kind is not ScheduleKind.ONGOING
            and (deadline := deadline_of(task.due_dates)) is not None
            and deadline < day
            for unit_id in task.lead_units
        }
        for person, kind in digests_for_day(
            day,
            overdue_units=overdue,
            has_undated=has_undated,
            people=people,
            calendar=calendar,
            draft_days=drafts,
        ):
            messages.append(
                Simulated(
                    send_moment(day, policy, tz),
                    None,
                    units[person.recipient.unit_id].code,
                    person.recipient.name,
                    "digest",
                    0,
                    kind.value,
                )
            )
        day += timedelta(days=1)
    return messages


def _stand_in_coordinator(units: dict[int | None, Unit]) -> list[DigestRecipient]:
    unit = next((u for u in units.values() if u.code == COORDINATING_UNIT), None)
    if unit is None or unit.id is None:
        return []
    return [DigestRecipient(Recipient(unit.id, unit.name), Role.COORDINATOR)]


def totals(messages: list[Simulated]) -> tuple[Counter[str], Counter[str]]:
    """How many messages per unit and per kind."""
    return Counter(m.unit for m in messages), Counter(m.kind for m in messages)
