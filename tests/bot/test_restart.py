"""A bot killed with SIGKILL in the middle of a burst of reminders loses none of them."""

from __future__ import annotations

import signal
import subprocess
from collections import Counter
from pathlib import Path

from sqlmodel import select

from bot.runtime import open_runtime
from bot.settings import Settings
from models.db import session_scope
from models.officers import add_officer, units_of
from models.tables import Channel, Organisation, Role
from tests.bot.test_telegram_e2e import SCRIPT, TOKEN, bot_env
from tests.support.botapi import BotApiEmulator

OFFICERS = 60


def start_bot(
    database_url: str, emulator: BotApiEmulator, clock_start: str, log: Path
) -> subprocess.Popen[bytes]:
    env = bot_env(database_url, emulator)
    env.update({"NHACVIEC_CLOCK_START": clock_start, "NHACVIEC_CLOCK_SPEED": "60"})
    with log.open("a") as output:
        return subprocess.Popen(
            [str(SCRIPT), "run"],
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )


def test_sigkill_during_a_burst_then_restart(database_url: str, tmp_path: Path) -> None:
    with (
        open_runtime(Settings(DATABASE_URL=database_url)) as runtime,
        session_scope(runtime.engine) as session,
    ):
        organisation = session.exec(select(Organisation)).one()
        assert organisation.id is not None
        units = units_of(session, organisation.id)
        for number in range(OFFICERS):
            add_officer(
                session,
                unit=units[number % len(units)],
                full_name=f"Cán bộ {number}",
                role=Role.OFFICER,
                channel=Channel.TELEGRAM,
                external_id=str(5000 + number),
                now=runtime.clock.now(),
            )
    log = tmp_path / "bot.log"
    with BotApiEmulator(token=TOKEN) as emulator:
        for number in range(OFFICERS):
            emulator.user(5000 + number, f"Cán bộ {number}")

        def reminders() -> list[int]:
            return [
                int(message["chat_id"])
                for message in emulator.sent
                if str(message.get("text", "")).startswith("🔔")
            ]

        first = start_bot(database_url, emulator, "2025-12-05T07:59:30+07:00", log)
        try:
            emulator.wait_until(lambda: len(reminders()) >= 10, timeout=60, what="the burst")
        finally:
            first.send_signal(signal.SIGKILL)
            first.wait(timeout=20)
        delivered_before = len(reminders())
        assert delivered_before < OFFICERS, "the burst was over before the kill"

        second = start_bot(database_url, emulator, "2025-12-05T08:01:00+07:00", log)
        try:
            emulator.wait_until(
                lambda: len(set(reminders())) == OFFICERS,
                timeout=90,
                what="every officer's reminder after the restart",
            )
        finally:
            second.send_signal(signal.SIGTERM)
            second.wait(timeout=20)
    counts = Counter(reminders())
    duplicates = sum(count - 1 for count in counts.values())
    # Sending is one message at a time, so at most one was in flight when the bot died.
    assert duplicates <= 1, counts
    assert set(counts) == {5000 + number for number in range(OFFICERS)}
