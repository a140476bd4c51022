"""``nhacviec simulate``: days written as in the chat, and the very messages the sweep sends."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, select
from typer.testing import CliRunner

from bot.cli import app
from handlers.choices import Action, encode
from models.clock import VIETNAM
from models.db import session_scope
from models.officers import officer_by_identity
from models.plans import find_plan
from models.tables import Channel, Digest, Leave, Officer, Reminder, ReminderState, Task
from scheduler.policy import ReminderPolicy
from scheduler.simulate import Simulated, simulate
from tests.scheduler.test_sweep import CALENDAR, COORDINATOR, KINHTE, VANPHONG, World, at
from tests.scheduler.test_sweep import make_world as make_sweep_world

FIRST, LAST = date(2025, 12, 15), date(2026, 1, 9)
Sent = tuple[date, str | None, str, str, int]


def test_simulate_reads_days_as_the_chat_does(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DATABASE_URL", database_url)
    runner = CliRunner()
    typed = runner.invoke(app, ["simulate", "--from", "01/12/2025", "--to", "5/12/25", "--json"])
    iso = runner.invoke(app, ["simulate", "--from", "2025-12-01", "--to", "2025-12-05", "--json"])
    assert typed.exit_code == 0, typed.output
    assert json.loads(typed.stdout) == json.loads(iso.stdout) != []


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("31/02/2025", "--from: Không có ngày “31/02/2025”"),
        ("hôm qua kia", "--from: “hôm qua kia” không phải là một ngày"),
    ],
)
def test_a_day_that_is_none_is_one_line(
    database_url: str, monkeypatch: pytest.MonkeyPatch, typed: str, said: str
) -> None:
    monkeypatch.setenv("DATABASE_URL", database_url)
    result = CliRunner().invoke(app, ["simulate", "--from", typed])
    assert result.exit_code == 2
    assert result.stderr.startswith(said) and result.stderr.count("\n") == 1


def _simulated(engine: Engine) -> list[Simulated]:
    with Session(engine) as session:
        plan = find_plan(session, None)
        assert plan is not None
        return simulate(
            session,
            plan,
            start=FIRST,
            end=LAST,
            policy=ReminderPolicy(),
            calendar=CALENDAR,
            tz=VIETNAM,
        )


def _reminders(messages: list[Simulated]) -> set[Sent]:
    return {
        (m.at.date(), m.task, m.recipient, m.kind, m.days) for m in messages if m.kind != "digest"
    }


def _digests(messages: list[Simulated]) -> set[tuple[date, str, str]]:
    return {(m.at.date(), m.recipient, m.digest or "") for m in messages if m.kind == "digest"}


def _sent_by_the_sweep(engine: Engine) -> tuple[set[Sent], set[tuple[date, str, str]]]:
    with Session(engine) as session:
        names = {officer.id: officer.full_name for officer in session.exec(select(Officer))}
        codes = {task.id: task.code for task in session.exec(select(Task))}
        reminders: set[Sent] = {
            (
                row.send_at.astimezone(VIETNAM).date(),
                codes[row.task_id],
                names[row.officer_id],
                str(row.kind),
                row.days,
            )
            for row in session.exec(select(Reminder).where(Reminder.state == ReminderState.SENT))
        }
        digests = {
            (row.day, names[row.officer_id], str(row.kind))
            for row in session.exec(select(Digest).where(Digest.state == ReminderState.SENT))
        }
    return reminders, digests


def _officer_id(world: World, external_id: str) -> int:
    with Session(world.engine) as session:
        card = officer_by_identity(session, Channel.TELEGRAM, external_id)
        assert card is not None
        return card.id


def _extend(world: World, code: str, day: str) -> None:
    """The lead unit's officer asks for more time and the coordinator approves."""
    asked = world.say(KINHTE, f"/giahan {code} {day} chờ số liệu của các phòng")
    request = next(reply for reply in asked if reply.to and reply.to.external_id == COORDINATOR)
    approve = next(
        choice.data for row in request.choices for choice in row if choice.data.startswith("xa")
    )
    world.say(COORDINATOR, choice=approve)


async def test_simulate_leaves_out_what_the_sweep_cancels(seeded_engine: Engine) -> None:
    world = make_sweep_world(seeded_engine, datetime(2025, 12, 15, 6, 0, tzinfo=VIETNAM))
    before = _reminders(_simulated(world.engine))
    # Task 12 (Văn phòng, due 09/12) is done; Phòng Kinh tế's officer is on leave over
    # Christmas; task 8 (Kinh tế, due 31/12) moves to 09/01/2026.
    world.say(VANPHONG, choice=encode(Action.COMPLETE, world.task_id("12")))
    with session_scope(world.engine) as session:
        session.add(
            Leave(
                officer_id=_officer_id(world, KINHTE),
                start=date(2025, 12, 22),
                end=date(2025, 12, 26),
                created_at=world.clock.now(),
            )
        )
    _extend(world, "8", "09/01/2026")
    simulated = _simulated(world.engine)
    after = _reminders(simulated)
    # Each of the three changes takes messages away, and the extension adds its own.
    gone = before - after
    assert any(task == "12" for _, task, *_ in gone)
    assert (date(2025, 12, 24), "27", f"Cán bộ {KINHTE}", "before", 7) in gone
    assert (date(2025, 12, 30), "27", f"Cán bộ {KINHTE}", "before", 1) in after
    assert any(task == "8" and day == date(2025, 12, 24) for day, task, *_ in gone)
    assert any(task == "8" and day == date(2026, 1, 9) for day, task, *_ in after - before)

    day = FIRST
    while day <= LAST:
        await world.at(at(day))
        day += timedelta(days=1)
    sent_reminders, sent_digests = _sent_by_the_sweep(world.engine)
    # Units nobody of which has registered (pvhcc, snc) stand in for their officers in
    # a simulation; the sweep has nobody to send to there.
    with Session(world.engine) as session:
        officers = {officer.full_name for officer in session.exec(select(Officer))}
    assert sent_reminders == {sent for sent in after if sent[2] in officers}
    assert sent_digests == {sent for sent in _digests(simulated) if sent[1] in officers}
