"""One person's burst slows nobody else on Zalo: ``nhacviec run`` as a process, over real HTTP.

A stranger sends 25 messages at once, and every send to their chat is slow (the fake Zalo
holds each one ``SLOW_SEND`` seconds), so their answers trickle out for several seconds.
A Zalo-only coordinator who writes meanwhile is answered within a second all the same, by
long polling (Zalo hands out one update a poll, so the coordinator's message waits behind
what is left of the burst in Zalo's queue) and behind a webhook (Zalo pushes one at a time).
The fake replays consumed updates and echoes the bot's own sends, as Zalo does.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine

from models.clock import VIETNAM
from models.db import session_scope
from models.officers import add_officer, find_unit
from models.tables import Channel, Role
from tests.bot.test_telegram_e2e import bot_env, bot_process
from tests.bot.test_zalo_channel import free_port
from tests.conftest import once_on_sqlite
from tests.support.zaloapi import FakeZaloUser, ZaloBotApiFake

pytestmark = once_on_sqlite

ZALO_TOKEN = "1234567890:zalo-test-secret"
FLOOD = 25
SLOW_SEND = 0.2  # seconds each send to the stranger's chat takes: the flood lasts ~5 s
WAIT = 20.0
HELP = "Các lệnh anh/chị dùng được"  # the coordinator's /trogiup answer
# "Không có lệnh /chao7. ...": the answer names the unknown command, so the order shows.
UNKNOWN_COMMAND = re.compile(r"Không có lệnh /(chao\d+)\.")


def add_zalo_coordinator(engine: Engine, zalo_id: str) -> None:
    """A coordinator of Phòng Văn hoá - Xã hội who has only Zalo."""
    with session_scope(engine) as session:
        unit = find_unit(session, "vhxh")
        assert unit is not None
        add_officer(
            session,
            unit=unit,
            full_name="Trần Thị Hoa",
            role=Role.COORDINATOR,
            channel=Channel.ZALO,
            external_id=zalo_id,
            now=datetime.now(VIETNAM),
        )


def wait_for_log(log: Path, text: str, timeout: float) -> None:
    """Wait until the bot's log holds ``text`` (the process writes it; nothing to notify us)."""
    deadline = time.monotonic() + timeout
    while text not in log.read_text(encoding="utf-8"):
        if time.monotonic() > deadline:
            raise AssertionError(f"the bot never logged {text!r} within {timeout} s")
        time.sleep(0.05)


@contextmanager
def running_zalo_bot(
    database_url: str, zalo_api: ZaloBotApiFake, log: Path, *, webhook: bool
) -> Iterator[None]:
    """``nhacviec run`` with Zalo only (polling, or a loopback webhook), once it settled."""
    env = bot_env(database_url, None)
    env.update({"ZALO_BOT_TOKEN": ZALO_TOKEN, "ZALO_API_URL": zalo_api.base_url})
    options: tuple[str, ...] = ()
    if webhook:
        port = free_port()
        url = f"http://127.0.0.1:{port}/zalo"
        options = ("--zalo-webhook", url, "--zalo-port", str(port), "--listen", "127.0.0.1")
    with bot_process(env, log, *options):
        # At 08:00 bot time the start-up sweep sends the coordinator a reminder and a digest:
        # let it finish (planning takes a second of CPU), so only the flood is measured.
        wait_for_log(log, "Sweep:", timeout=60)
        if webhook:
            assert zalo_api.webhook_url == url
        else:
            assert any(method == "getUpdates" for method, _ in zalo_api.calls)
        yield
    assert ZALO_TOKEN not in log.read_text(encoding="utf-8"), "the token leaked into the log"


def unknown_commands(user: FakeZaloUser) -> list[str]:
    """The unknown commands the bot named to ``user``, in the order it answered them."""
    found = (UNKNOWN_COMMAND.search(str(m.get("text", ""))) for m in user.messages())
    return [match.group(1) for match in found if match is not None]


@pytest.mark.parametrize("webhook", [False, True], ids=["polling", "webhook"])
def test_a_flooding_stranger_does_not_delay_the_coordinator_on_zalo(
    seeded_engine: Engine, database_url: str, tmp_path: Path, webhook: bool
) -> None:
    with ZaloBotApiFake(token=ZALO_TOKEN) as zalo_api:
        zalo_api.replay = True  # consumed updates come back on every poll
        zalo_api.echo_own_sends = True  # and so do the bot's own sends
        coordinator = zalo_api.user("Trần Thị Hoa")
        stranger = zalo_api.user("Đinh Văn Tú")
        add_zalo_coordinator(seeded_engine, coordinator.id)
        with running_zalo_bot(database_url, zalo_api, tmp_path / "bot.log", webhook=webhook):
            # Warm up (the first answer opens the database pool and loads the catalogue).
            # The bot does not pace Zalo sends per chat: no spacing has to pass afterwards.
            coordinator.mark()
            coordinator.send("/trogiup")
            coordinator.wait_for(HELP, timeout=WAIT)

            zalo_api.send_delays[stranger.id] = SLOW_SEND
            flood = [f"chao{number}" for number in range(FLOOD)]
            stranger.mark()
            for command in flood:
                stranger.send(f"/{command}")
            stranger.wait_for("Không có lệnh /chao0.", timeout=WAIT)  # the flood is answered

            coordinator.mark()
            started = time.monotonic()
            coordinator.send("/trogiup")
            coordinator.wait_for(HELP, timeout=WAIT)
            elapsed = time.monotonic() - started
            answered = len(unknown_commands(stranger))
            assert elapsed < 1.0, f"the coordinator waited {elapsed:.2f} s"
            assert answered < FLOOD, "the flood was over already: nothing was measured"
            # Every message of the stranger is answered in the end, in the order sent: one
            # after the other (answers that overlapped would come in order only by luck).
            zalo_api.wait_until(
                lambda: len(unknown_commands(stranger)) >= FLOOD,
                timeout=FLOOD * SLOW_SEND * 2 + WAIT,
                what="an answer to each of the stranger's messages",
            )
            assert unknown_commands(stranger) == flood
            assert zalo_api.most_concurrent_sends[stranger.id] == 1
