"""Faults end to end: ``nhacviec run`` as its own process, over real HTTP and real TCP.

* A Bot API that fails 10 % of its calls (429, 500, a timeout, a dropped connection): every
  officer gets their reminder in the end, and the database records every one as sent.
* A database that becomes unreachable (PostgreSQL behind a TCP proxy the test cuts): the
  officer who writes gets an apology, nothing is written, and once the database is back
  the same bot process answers and records again, without a restart.

tests/scheduler/test_workers.py has the in-process versions of both.
"""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import make_url
from sqlmodel import Session, col, select

from bot.runtime import open_runtime
from bot.settings import Settings
from models.clock import VIETNAM
from models.db import make_engine
from models.officers import units_of
from models.tables import (
    ChatIdentity,
    Organisation,
    ProgressUpdate,
    Reminder,
    ReminderState,
    Role,
    Task,
)
from tests.bot.test_telegram_e2e import TOKEN, bot_env, bot_process
from tests.builders import register_officers
from tests.support.botapi import FAULT_KINDS, BotApiEmulator
from tests.support.tcpproxy import TcpProxy

OFFICERS = 60
FIRST_ID = 6000
BURST_AT = datetime(2025, 12, 5, 8, 0, tzinfo=VIETNAM)  # when the bundled plan's reminders go
# With this seed, the sendMessage calls a burst of 60 reminders makes meet every FAULT_KIND (two
# of each, as it happens); the polling meets every kind of its own within 31 getUpdates calls.
SEED = 38
POLL_FAULTS = ("429", "500", "disconnect")  # a held long poll would stall the bot for 15 s
WAIT = 20.0
APOLOGY = "Xin lỗi, hệ thống vừa gặp sự cố nên chưa lưu được gì"


def add_officers(database_url: str, officers: list[tuple[int, str | None]]) -> None:
    """Officers by Telegram id, in the given unit or else in the units in turn."""
    with open_runtime(Settings(DATABASE_URL=database_url)) as runtime:
        with Session(runtime.engine) as session:
            organisation = session.exec(select(Organisation)).one()
            codes = [unit.code for unit in units_of(session, organisation.id or 0)]
        register_officers(
            runtime.engine,
            [
                (code or codes[number % len(codes)], f"Cán bộ {chat}", Role.OFFICER, str(chat))
                for number, (chat, code) in enumerate(officers)
            ],
            now=runtime.clock.now(),
        )


def wait_for_state(condition: Callable[[], bool], timeout: float, what: str) -> None:
    """Polls ``condition`` (the database, which tells no one when it changes) until it holds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(0.2)


def log_tail(log: Path, lines: int = 40) -> str:
    return "\n".join(log.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])


# ----------------------------------------------------------------------------------------------
# (a) A flaky Bot API


def burst_rows(database_url: str) -> list[Reminder]:
    """The reminder rows due at the burst (08:00 on 05/12/2025)."""
    engine = make_engine(database_url)
    try:
        with Session(engine) as session:
            return [row for row in session.exec(select(Reminder)).all() if row.send_at <= BURST_AT]
    finally:
        engine.dispose()


def officer_chats(database_url: str) -> dict[int, int]:
    """Officer id -> Telegram chat id."""
    engine = make_engine(database_url)
    try:
        with Session(engine) as session:
            return {
                identity.officer_id: int(identity.external_id)
                for identity in session.exec(select(ChatIdentity)).all()
            }
    finally:
        engine.dispose()


def test_a_flaky_bot_api_still_delivers_every_reminder(database_url: str, tmp_path: Path) -> None:
    chats = [FIRST_ID + number for number in range(OFFICERS)]
    add_officers(database_url, [(chat, None) for chat in chats])
    log = tmp_path / "bot.log"
    # A short long poll, so that the bot polls often and meets the getUpdates faults soon.
    with BotApiEmulator(token=TOKEN, max_poll_seconds=0.2) as emulator:
        users = {chat: emulator.user(chat, f"Cán bộ {chat}") for chat in chats}

        def reminders() -> Counter[int]:
            return Counter(
                int(message["chat_id"])
                for message in emulator.sent
                if str(message.get("text", "")).startswith("🔔")
            )

        def all_sent() -> bool:
            rows = burst_rows(database_url)
            return bool(rows) and all(row.state == ReminderState.SENT for row in rows)

        emulator.fail_randomly(0.1, ["sendMessage"], kinds=FAULT_KINDS, seed=SEED)
        emulator.fail_randomly(0.1, ["getUpdates"], kinds=POLL_FAULTS, seed=SEED)
        env = bot_env(database_url, emulator)
        env.update(
            {"NHACVIEC_CLOCK_START": "2025-12-05T07:59:30+07:00", "NHACVIEC_CLOCK_SPEED": "60"}
        )
        with bot_process(env, log) as process:
            try:
                emulator.wait_until(
                    lambda: set(reminders()) == set(chats),
                    timeout=60,
                    what="a reminder in every officer's chat",
                )
                wait_for_state(all_sent, timeout=30, what="every due reminder row sent")
                emulator.wait_until(
                    lambda: set(emulator.injected_counts("getUpdates")) == set(POLL_FAULTS),
                    timeout=30,
                    what="every kind of getUpdates fault",
                )
            except AssertionError as error:
                raise AssertionError(f"{error}\nbot log:\n{log_tail(log)}") from None
            emulator.stop_failing()
            # The polling went through its faults: people are still heard.
            talker = users[chats[0]]
            talker.mark()
            talker.send("/nhiemvu")
            talker.wait_for("Nhiệm vụ của", timeout=WAIT)
            assert process.poll() is None

    # Every kind of fault happened, each failing call was made again, and only the answers
    # that timed out after Telegram had delivered the message left a second copy.
    send_faults = [fault for fault in emulator.injected if fault.method == "sendMessage"]
    assert set(emulator.injected_counts("sendMessage")) == set(FAULT_KINDS)
    reminder_calls = [
        params
        for method, params in emulator.calls
        if method == "sendMessage" and str(params.get("text", "")).startswith("🔔")
    ]
    assert len(reminder_calls) == OFFICERS + len(send_faults)
    delivered_twice = Counter(
        fault.chat_id for fault in send_faults if fault.message_id is not None
    )
    assert sum(delivered_twice.values()) == emulator.injected_counts("sendMessage")["timeout"]
    assert reminders() == {chat: 1 + delivered_twice[chat] for chat in chats}

    # The database: every due row sent (with the id of a message the officer has), none failed.
    rows = burst_rows(database_url)
    assert {str(row.state) for row in rows} == {ReminderState.SENT.value}
    chat_of = officer_chats(database_url)
    assert {chat_of[row.officer_id] for row in rows} == set(chats)
    sent_ids = {(int(m["chat_id"]), str(m["message_id"])) for m in emulator.sent}
    assert all((chat_of[row.officer_id], row.message_id) in sent_ids for row in rows)
    engine = make_engine(database_url)
    try:
        with Session(engine) as session:
            failed = session.exec(
                select(Reminder).where(Reminder.state == ReminderState.FAILED.value)
            ).all()
    finally:
        engine.dispose()
    assert failed == []
    # Every 500 or timeout failed the sweep's attempt; a 429 only if the bot's rate limiter
    # gave it back to the sweep rather than waiting out retry_after and trying again itself.
    attempts: Counter[int] = Counter()
    for row in rows:
        chat = chat_of[row.officer_id]
        attempts[chat] = max(attempts[chat], row.attempts)
    faults_by_chat = Counter(fault.chat_id for fault in send_faults)
    retried_by_sweep = Counter(fault.chat_id for fault in send_faults if fault.kind != "429")
    for chat in chats:
        assert retried_by_sweep[chat] <= attempts[chat] <= faults_by_chat[chat], chat


# ----------------------------------------------------------------------------------------------
# (b) The database goes away for a while

POSTGRESQL_URL = os.environ.get("NHACVIEC_TEST_DATABASE_URL")
OUTAGE_CLOCK_START = "2025-12-05T07:48:00+07:00"  # 08:00 comes 12 s after the launch
OUTAGE_SECONDS = 15.0  # from the launch to the end of the outage: 08:03 by the bot's clock


def proxied(database_url: str, port: int) -> str:
    """The same database and schema (the ``options`` query), reached through 127.0.0.1:port."""
    url = make_url(database_url).set(host="127.0.0.1", port=port)
    return url.render_as_string(hide_password=False)


def progress_updates(database_url: str) -> list[ProgressUpdate]:
    engine = make_engine(database_url)
    try:
        with Session(engine) as session:
            return list(
                session.exec(
                    select(ProgressUpdate)
                    .join(Task, col(Task.id) == ProgressUpdate.task_id)
                    .where(Task.code == "12", col(ProgressUpdate.officer_id).is_not(None))
                )
            )
    finally:
        engine.dispose()


@pytest.mark.skipif(
    not POSTGRESQL_URL,
    reason="needs PostgreSQL behind a TCP proxy (set NHACVIEC_TEST_DATABASE_URL); on SQLite "
    "the in-process test in tests/scheduler/test_workers.py covers the apology",
)
def test_an_unreachable_database_gets_an_apology_then_the_bot_recovers(
    database_url: str, tmp_path: Path
) -> None:
    add_officers(database_url, [(2001, "vanphong")])  # task 12 is Văn phòng's
    target = make_url(database_url)
    log = tmp_path / "bot.log"
    with (
        TcpProxy(target.host or "127.0.0.1", target.port or 5432) as proxy,
        BotApiEmulator(token=TOKEN) as emulator,
    ):
        cuong = emulator.user(2001, "Cường", "Lê Văn")

        def reminded() -> bool:
            return any(str(m.get("text", "")).startswith("🔔") for m in cuong.messages())

        env = bot_env(proxied(database_url, proxy.port), emulator)
        # The 08:00 reminders fall due while the database is away: a sweep every second
        # meets the outage too.
        env.update({"NHACVIEC_CLOCK_START": OUTAGE_CLOCK_START, "NHACVIEC_CLOCK_SPEED": "60"})
        launched = time.monotonic()
        with bot_process(env, log) as process:
            try:
                emulator.wait_until(lambda: bool(emulator.commands), timeout=60, what="start-up")
                cuong.mark()
                cuong.send("/nhiemvu")  # the pool now holds connections the cut will kill
                cuong.wait_for("Nhiệm vụ của", timeout=WAIT)
                assert not reminded(), "the bot took too long to start: 08:00 came before the cut"

                proxy.cut()
                cuong.mark()
                cuong.send("/capnhat 12 50 đang làm")
                apology = cuong.wait_for(APOLOGY, timeout=WAIT)
                assert "Đã ghi nhận" not in str(apology["text"])
                assert progress_updates(database_url) == [], "written while unreachable"
                # Until 08:03 by the bot's clock (its clock starts a little after launch).
                time.sleep(max(0.0, launched + OUTAGE_SECONDS - time.monotonic()))
                assert process.poll() is None, "the bot died with its database"
                assert not reminded(), "a reminder went out with no database to claim it"

                proxy.restore()
                cuong.mark()
                cuong.send("/capnhat 12 50 đang làm")
                cuong.wait_for("Đã ghi nhận nhiệm vụ 12: 50%", timeout=WAIT)
                # The reminder service is back as well: the 08:00 reminder goes out now.
                emulator.wait_until(reminded, timeout=WAIT, what="the 08:00 reminder")
            except AssertionError as error:
                raise AssertionError(f"{error}\nbot log:\n{log_tail(log)}") from None
            [update] = progress_updates(database_url)
            assert (update.percent, update.note) == (50, "đang làm")
            assert process.poll() is None
    text = log.read_text(encoding="utf-8")
    assert "Failed to handle a message" in text  # the apology's cause, logged
    # The ticks during the outage waited it out, one line each.
    assert "Database unreachable, retrying next minute" in text
