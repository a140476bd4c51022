"""One bad record never stops the sweep: each digest is built apart, the tick survives anything.

12/12/2025 is the draft day of quarter 4 (see test_draft_report_days_follow_the_calendar):
at 08:00 every officer gets a reminder, the coordinator and the unit head an overdue
digest, and the coordinator the draft Word report.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from typing import Any

import docx
import pytest
from sqlalchemy import Engine, update
from sqlmodel import Session, col, select

from handlers.conversation import Conversation
from handlers.reminders import render_reminder
from handlers.types import Incoming, Person, Reply
from models.clock import VIETNAM
from models.db import session_scope
from models.tables import (
    Channel,
    Digest,
    DigestKind,
    Officer,
    ProgressKind,
    ProgressUpdate,
    Reminder,
    ReminderState,
    Task,
)
from scheduler.digests import render_digest
from scheduler.service import PLANNING_RETRY
from scheduler.sweep import MAX_ATTEMPTS
from tests.scheduler.test_sweep import (
    COORDINATOR,
    HEAD,
    KINHTE,
    VANPHONG,
    World,
    at,
    make_world,
)

DRAFT_DAY = date(2025, 12, 12)
EVERYONE = {COORDINATOR, VANPHONG, KINHTE, HEAD}
# As an older version could have stored it (PostgreSQL refuses NUL, SQLite stores it).
STORED_NOTE = "Đang\x0b làm\x7f xong\x1b 50%\r\nchờ số liệu\ufffe"
# As a person may type it: NUL included, which PostgreSQL could not even store.
TYPED_NOTE = "Đang\x0b làm\x00 xong\x1b 50%\r\nchờ số liệu\ufffe"
CLEANED_NOTE = "Đang làm xong 50%\nchờ số liệu"


@pytest.fixture
def world(seeded_engine: Engine) -> World:
    return make_world(seeded_engine, datetime(2025, 12, 1, 6, 0, tzinfo=VIETNAM))


@pytest.fixture
def poisoned(world: World) -> World:
    """Task 12's latest note and its title hold characters XML forbids, stored directly.

    As data written by an older version would be: not through the cleaned input.
    """
    twelve = world.task_id("12")
    with session_scope(world.engine) as session:
        officer = session.exec(select(Officer).where(Officer.full_name == "Cán bộ 200")).one()
        session.add(
            ProgressUpdate(
                task_id=twelve,
                officer_id=officer.id,
                created_at=at(date(2025, 12, 10), 9, 0),
                kind=ProgressKind.PROGRESS,
                percent=50,
                note=STORED_NOTE,
            )
        )
        session.execute(
            update(Task).where(col(Task.id) == twelve).values(title=Task.title + "\x0c\x1f")
        )
    return world


def kinds_sent(world: World, chat: str) -> list[str]:
    """What ``chat`` got: "reminder", "overdue" or "draft", in order."""
    kinds = []
    for _, reply in world.channel.to(chat):
        if reply.file is not None:
            kinds.append("draft")
        elif reply.text.startswith("🔔"):
            kinds.append("reminder")
        elif reply.text.startswith("⛔"):
            kinds.append("overdue")
    return kinds


def document_text(reply: Reply) -> str:
    assert reply.file is not None
    document = docx.Document(io.BytesIO(reply.file.content))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([paragraph.text for paragraph in document.paragraphs] + cells)


def due_rows(engine: Engine, moment: datetime) -> list[Reminder | Digest]:
    with Session(engine) as session:
        reminders = session.exec(select(Reminder).where(col(Reminder.send_at) <= moment)).all()
        digests = session.exec(select(Digest).where(col(Digest.send_at) <= moment)).all()
    return [*reminders, *digests]


def the_draft(engine: Engine) -> Digest:
    with Session(engine) as session:
        return session.exec(select(Digest).where(Digest.kind == DigestKind.DRAFT)).one()


async def test_a_poisoned_note_stops_nothing_on_draft_day(poisoned: World) -> None:
    world = poisoned
    await world.at(at(DRAFT_DAY))
    assert kinds_sent(world, COORDINATOR) == ["reminder", "overdue", "draft"]
    assert kinds_sent(world, HEAD) == ["reminder", "overdue"]
    assert kinds_sent(world, VANPHONG) == ["reminder"]
    assert kinds_sent(world, KINHTE) == ["reminder"]
    assert {str(row.state) for row in due_rows(world.engine, world.clock.now())} == {"sent"}
    # The draft went out, with the note and the title as they were meant.
    [draft] = [reply for _, reply in world.channel.to(COORDINATOR) if reply.file is not None]
    written = document_text(draft)
    assert CLEANED_NOTE.replace("\n", " ") in written.replace("\n", " ")
    assert not set(written) & set("\x0b\x0c\x1b\x1f\x7f\ufffe")


async def test_a_digest_that_fails_to_build_is_retried_alone(
    world: World, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    real = render_digest

    def broken_draft(session: Session, plan: Any, kind: DigestKind, **kwargs: Any) -> Any:
        if kind is DigestKind.DRAFT:
            raise RuntimeError("the Word library fell over")
        return real(session, plan, kind, **kwargs)

    monkeypatch.setattr("scheduler.sweep.render_digest", broken_draft)
    caplog.set_level(logging.INFO, logger="scheduler")
    await world.at(at(DRAFT_DAY))
    # Every reminder and the other digests went out in that same sweep.
    assert kinds_sent(world, COORDINATOR) == ["reminder", "overdue"]
    assert kinds_sent(world, HEAD) == ["reminder", "overdue"]
    assert kinds_sent(world, VANPHONG) == kinds_sent(world, KINHTE) == ["reminder"]
    draft = the_draft(world.engine)
    assert (draft.state, draft.attempts) == (ReminderState.PLANNED, 1)
    assert draft.error == "RuntimeError: the Word library fell over"
    others = [row for row in due_rows(world.engine, world.clock.now()) if row.id != draft.id]
    assert {str(row.state) for row in others} == {"sent"}

    await world.at(at(DRAFT_DAY, 8, 1))  # retried, fails again
    assert the_draft(world.engine).attempts == 2
    traces = [record for record in caplog.records if record.exc_info]
    assert len(traces) == 1, "the trace is logged once, not at every retry"
    assert "digest" in traces[0].getMessage()

    monkeypatch.setattr("scheduler.sweep.render_digest", real)
    await world.at(at(DRAFT_DAY, 8, 2))  # mended: goes out at the next sweep
    assert kinds_sent(world, COORDINATOR) == ["reminder", "overdue", "draft"]
    assert the_draft(world.engine).state == ReminderState.SENT


async def test_a_digest_that_never_builds_fails_after_the_last_try(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: Any, **_kwargs: Any) -> Any:
        raise ValueError("All strings must be XML compatible")

    monkeypatch.setattr("scheduler.sweep.render_digest", broken)
    for minute in range(MAX_ATTEMPTS + 2):
        await world.at(at(DRAFT_DAY, 8, minute))
    draft = the_draft(world.engine)
    assert (draft.state, draft.attempts) == (ReminderState.FAILED, MAX_ATTEMPTS)
    assert kinds_sent(world, VANPHONG) == ["reminder"]  # sent once, in the first sweep


async def test_a_reminder_that_fails_to_build_holds_up_only_its_officer(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = render_reminder
    calls = 0

    def first_call_fails(*args: Any, **kwargs: Any) -> Reply:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise KeyError("a broken line")
        return real(*args, **kwargs)

    monkeypatch.setattr("scheduler.sweep.render_reminder", first_call_fails)
    await world.at(at(DRAFT_DAY))
    reminded = {chat for chat in EVERYONE if "reminder" in kinds_sent(world, chat)}
    assert len(reminded) == 3, "one officer's message failed, the three others went out"
    [left_out] = EVERYONE - reminded
    assert "draft" in kinds_sent(world, COORDINATOR)
    with Session(world.engine) as session:
        waiting = session.exec(
            select(Reminder).where(Reminder.state == ReminderState.PLANNED, Reminder.attempts == 1)
        ).all()
    assert waiting and {row.error for row in waiting} == {"KeyError: 'a broken line'"}
    await world.at(at(DRAFT_DAY, 8, 1))
    assert kinds_sent(world, left_out).count("reminder") == 1
    assert all("reminder" in kinds_sent(world, chat) for chat in EVERYONE)


async def test_a_sender_raising_anything_is_a_retry_of_that_message(world: World) -> None:
    channel = world.channel
    real_send = channel.send

    async def faulty(external_id: str, reply: Reply) -> str:
        if external_id == KINHTE:
            raise TypeError("a bug in the channel")
        return await real_send(external_id, reply)

    channel.send = faulty  # type: ignore[method-assign]
    await world.at(at(DRAFT_DAY))
    assert kinds_sent(world, KINHTE) == []
    assert kinds_sent(world, VANPHONG) == ["reminder"]
    with Session(world.engine) as session:
        errors = {row.error for row in session.exec(select(Reminder)) if row.attempts}
    assert errors == {"TypeError: a bug in the channel"}
    channel.send = real_send  # type: ignore[method-assign]
    await world.at(at(DRAFT_DAY, 8, 1))  # the next sweep tries that message again
    assert kinds_sent(world, KINHTE) == ["reminder"]


# --- the tick -------------------------------------------------------------------------------


@pytest.fixture
def planned_the_day_before(world: World) -> Iterator[World]:
    """Reminders are planned 45 days ahead: after this, 12/12's are already rows."""
    world.clock.set(at(DRAFT_DAY - timedelta(days=1), 6, 0))
    world.service.plan_everything()
    yield world


async def test_the_tick_survives_a_planning_failure_and_still_sends(
    planned_the_day_before: World,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    world = planned_the_day_before
    service = world.service
    real_plan = service.plan_everything
    tries = 0

    def broken_planning() -> None:
        nonlocal tries
        tries += 1
        raise RuntimeError("planning fell over")

    monkeypatch.setattr(service, "plan_everything", broken_planning)
    await world.at(at(DRAFT_DAY))
    # What was planned before still goes out.
    assert all(kinds_sent(world, chat) == ["reminder"] for chat in EVERYONE)
    assert [
        record.exc_info is not None for record in caplog.records if record.levelname == "ERROR"
    ] == [True]
    await world.at(at(DRAFT_DAY, 8, 1))
    assert tries == 1, "a failed planning is not tried again at every tick"
    monkeypatch.setattr(service, "plan_everything", real_plan)
    await world.at(at(DRAFT_DAY) + PLANNING_RETRY)
    # Planned again: today's digests (the draft among them) go out.
    assert "draft" in kinds_sent(world, COORDINATOR)


def test_a_commune_whose_digests_cannot_be_planned_holds_up_nothing(
    world: World, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken_report(*_args: Any, **_kwargs: Any) -> Any:
        raise ValueError("a task with no unit")

    monkeypatch.setattr("scheduler.digests.build_report", broken_report)
    world.clock.set(at(DRAFT_DAY, 6, 0))
    world.service.plan_everything()  # does not raise
    with Session(world.engine) as session:
        assert session.exec(select(Reminder)).first() is not None
        assert session.exec(select(Digest)).first() is None
    assert any(
        record.exc_info and "digests of organisation" in record.getMessage()
        for record in caplog.records
    )


async def test_the_tick_survives_a_sweep_failure(
    world: World, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    real_run = world.service.sweep.run

    async def broken_sweep() -> Any:
        raise RuntimeError("sweep fell over")

    monkeypatch.setattr(world.service.sweep, "run", broken_sweep)
    await world.at(at(DRAFT_DAY))
    await world.at(at(DRAFT_DAY, 8, 1))
    errors = [record for record in caplog.records if record.levelname == "ERROR"]
    assert [record.exc_info is not None for record in errors] == [True, False]
    assert "sweep fell over" in errors[1].getMessage()
    assert not world.channel.sent
    monkeypatch.setattr(world.service.sweep, "run", real_run)
    await world.at(at(DRAFT_DAY, 8, 2))  # the next tick runs normally
    assert kinds_sent(world, COORDINATOR) == ["reminder", "overdue", "draft"]


# --- the input boundary ---------------------------------------------------------------------


def test_a_note_with_control_characters_is_stored_clean(world: World) -> None:
    answer = world.say(VANPHONG, f"/capnhat 12 50 {TYPED_NOTE}")
    assert "50%" in answer[0].text
    with Session(world.engine) as session:
        [stored] = session.exec(select(ProgressUpdate)).all()
    assert stored.note == CLEANED_NOTE


def test_the_conversation_cleans_text_and_name_before_anything_else(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[Incoming] = []
    real_turn = Conversation._turn

    def spy(self: Conversation, session: Session, incoming: Incoming) -> Any:
        seen.append(incoming)
        return real_turn(self, session, incoming)

    monkeypatch.setattr(Conversation, "_turn", spy)
    person = Person(Channel.ZALO, "999", "Nguyễn\x0b Văn\r\nA\x7f", "vi")
    world.conversation.handle(Incoming(person, "999", text="/start\x00\x1b"))
    [incoming] = seen
    assert incoming.person.display_name == "Nguyễn Văn\nA"
    assert incoming.text == "/start"
