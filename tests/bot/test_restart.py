"""A bot killed with SIGKILL in the middle of a burst of 1,000 reminders loses none of them."""

from __future__ import annotations

import signal
from collections import Counter
from pathlib import Path

from sqlmodel import select

from bot.runtime import open_runtime
from bot.settings import Settings
from models.db import session_scope
from models.officers import units_of
from models.tables import Organisation, Role
from scheduler.sweep import IN_FLIGHT
from tests.bot.test_telegram_e2e import TOKEN, bot_env, bot_process
from tests.builders import register_officers
from tests.support.botapi import BotApiEmulator

OFFICERS = 1000  # one reminder message each, all due at 08:00
KILLED_AFTER = 100  # delivered messages before the SIGKILL


def clock_env(database_url: str, emulator: BotApiEmulator, clock_start: str) -> dict[str, str]:
    env = bot_env(database_url, emulator)
    env.update({"NHACVIEC_CLOCK_START": clock_start, "NHACVIEC_CLOCK_SPEED": "60"})
    return env


def test_sigkill_during_a_burst_then_restart(database_url: str, tmp_path: Path) -> None:
    with open_runtime(Settings(DATABASE_URL=database_url)) as runtime:
        with session_scope(runtime.engine) as session:
            organisation = session.exec(select(Organisation)).one()
            assert organisation.id is not None
            units = [unit.code for unit in units_of(session, organisation.id)]
        register_officers(
            runtime.engine,
            [
                (units[number % len(units)], f"Cán bộ {number}", Role.OFFICER, str(5000 + number))
                for number in range(OFFICERS)
            ],
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

        first_env = clock_env(database_url, emulator, "2025-12-05T07:59:30+07:00")
        with bot_process(first_env, log) as first:
            emulator.wait_until(
                lambda: len(reminders()) >= KILLED_AFTER, timeout=90, what="the burst"
            )
            first.send_signal(signal.SIGKILL)
            first.wait(timeout=20)
        delivered_before = len(reminders())
        assert delivered_before < OFFICERS, "the burst was over before the kill"

        with bot_process(clock_env(database_url, emulator, "2025-12-05T08:01:00+07:00"), log):
            emulator.wait_until(
                lambda: len(set(reminders())) == OFFICERS,
                timeout=150,
                what="every officer's reminder after the restart",
            )
    counts = Counter(reminders())
    duplicates = sum(count - 1 for count in counts.values())
    # Only the messages in flight when the bot died can go out twice.
    assert duplicates <= IN_FLIGHT, counts
    assert set(counts) == {5000 + number for number in range(OFFICERS)}
