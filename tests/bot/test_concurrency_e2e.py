"""One person's burst slows nobody else: ``nhacviec run`` as a process, over real HTTP.

A stranger sends 25 messages at once. Each of their answers waits for Telegram's
per-chat spacing (about one a second), so they trickle out for ~25 s; the coordinator,
who writes meanwhile, is answered within a second all the same.
"""

from __future__ import annotations

import time
from pathlib import Path

from tests.bot.test_telegram_e2e import TOKEN, add_coordinator, bot_env, running_bot
from tests.conftest import once_on_sqlite
from tests.support.botapi import BotApiEmulator

pytestmark = once_on_sqlite

FLOOD = 25
WAIT = 20.0


def quiet_saturday(env: dict[str, str]) -> dict[str, str]:
    """A day the sweep sends nothing: the coordinator's chat carries only their answers.

    On a working day the coordinator's digest goes out at start-up, and each chat is
    paced on its own (a message per 1.05 s): the answer would queue behind the digest.
    """
    return {**env, "NHACVIEC_CLOCK_START": "2025-12-06T10:00:00+07:00"}


def test_a_flooding_stranger_does_not_delay_the_coordinator(
    database_url: str, tmp_path: Path
) -> None:
    add_coordinator(database_url)
    with (
        BotApiEmulator(token=TOKEN, username="nhacviec_xa_bot") as emulator,
        running_bot(
            quiet_saturday(bot_env(database_url, emulator)), tmp_path / "bot.log", emulator
        ),
    ):
        coordinator = emulator.user(1001, "Hoa", "Trần Thị")
        stranger = emulator.user(4001, "Tú", "Đinh Văn")
        # Warm up (the first answer opens the database pool and loads the catalogue).
        coordinator.send("/trogiup")
        coordinator.wait_for("/nhiemvu", timeout=WAIT)
        # The coordinator's own chat is paced too (one message per 1.05 s): let that
        # spacing pass, so that what is measured is the stranger's effect alone.
        time.sleep(1.2)

        stranger.mark()
        for number in range(FLOOD):
            stranger.send(f"xin chào lần {number}")
        stranger.wait_for("chưa đăng ký", timeout=WAIT)  # the flood is being answered

        coordinator.mark()
        started = time.monotonic()
        coordinator.send("/trogiup")
        coordinator.wait_for("/nhiemvu", timeout=WAIT)
        elapsed = time.monotonic() - started
        answered = len(
            [m for m in stranger.messages() if "chưa đăng ký" in str(m.get("text", ""))]
        )
        assert elapsed < 1.0, f"the coordinator waited {elapsed:.2f} s"
        assert answered < FLOOD, "the flood was over already: nothing was measured"
        # The stranger's own order is kept, and every message is answered in the end.
        emulator.wait_until(
            lambda: (
                len([m for m in stranger.messages() if "chưa đăng ký" in str(m.get("text", ""))])
                >= FLOOD
            ),
            timeout=FLOOD * 1.1 + WAIT,
            what="an answer to each of the stranger's messages",
        )
