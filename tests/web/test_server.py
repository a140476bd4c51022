"""The web face served for real: beside the channels, beside the terminal chat, or not at all
when its port is taken; and the secret every worker shares."""

from __future__ import annotations

import logging
import os
import queue
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from datetime import datetime
from pathlib import Path

import httpx
import pytest
from pydantic import SecretStr
from sqlalchemy import Engine

from bot.channels.terminal import TerminalChat
from bot.runtime import Runtime
from bot.settings import Settings
from bot.web import secret as secret_module
from bot.web.secret import WEB_SECRET_NAME, stored_secret, web_secret
from bot.web.server import start_web_face, start_web_thread, terminal_links
from handlers.conversation import Conversation
from handlers.i18n import translator
from models.calendar import WorkingCalendar
from models.clock import VIETNAM, FixedClock
from tests.support.botapi import BotApiEmulator
from tests.web.conftest import BOT_TOKEN
from tests.web.test_initdata import init_data

SCRIPT = Path(sys.executable).with_name("nhacviec")
NOW = datetime(2025, 12, 5, 8, 0, tzinfo=VIETNAM)
_LINK = re.compile(r"(http://127\.0\.0\.1:\d+/d/[A-Za-z0-9._-]+)")


def runtime_on(engine: Engine, **settings: object) -> Runtime:
    return Runtime(
        Settings(**settings),  # type: ignore[arg-type]
        FixedClock(NOW),
        engine,
        WorkingCalendar(),
        translator("vi"),
    )


# --- the secret -------------------------------------------------------------------------------


def test_the_secret_is_made_once_and_shared(engine: Engine, database_url: str) -> None:
    from models.db import make_engine

    first = stored_secret(engine, WEB_SECRET_NAME, now=NOW)
    assert len(first) >= 48
    other_worker = make_engine(database_url)
    try:
        assert stored_secret(other_worker, WEB_SECRET_NAME, now=NOW) == first
    finally:
        other_worker.dispose()
    assert web_secret(Settings(), engine, now=NOW) == first.encode()
    configured = Settings(NHACVIEC_WEB_SECRET=SecretStr("s" * 40))
    assert web_secret(configured, engine, now=NOW) == b"s" * 40


def test_two_workers_making_the_secret_at_once_share_the_first(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = stored_secret(engine, "race", now=NOW)
    reads = iter([None])
    real_read = secret_module._read
    # This worker looked before the other stored it: its own insert then loses.
    monkeypatch.setattr(
        secret_module, "_read", lambda engine, name: next(reads, None) or real_read(engine, name)
    )
    assert stored_secret(engine, "race", now=NOW) == first


def test_a_short_configured_secret_is_refused() -> None:
    with pytest.raises(ValueError, match="at least 32"):
        Settings(NHACVIEC_WEB_SECRET=SecretStr("short"))
    with pytest.raises(ValueError, match="base URL"):
        Settings(NHACVIEC_WEB_URL="xa.example.vn")
    assert (
        Settings(NHACVIEC_WEB_URL="https://xa.example.vn/nhacviec/").web_url
        == "https://xa.example.vn/nhacviec"
    )


# --- in the bot's event loop --------------------------------------------------------------------


async def test_the_web_face_serves_in_the_event_loop_and_stops(seeded_engine: Engine) -> None:
    runtime = runtime_on(seeded_engine, NHACVIEC_WEB_PORT=0)
    running = await start_web_face(runtime)
    assert running is not None
    assert running.face.base_url == f"http://127.0.0.1:{running.port}"
    async with httpx.AsyncClient() as http:
        assert (await http.get(f"{running.face.base_url}/healthz")).text == "ok"
        response = await http.get(f"{running.face.base_url}/static/dashboard.css")
        assert response.status_code == 200
    await running.stop()
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", running.port)) != 0  # no longer listening


async def test_a_taken_port_leaves_the_bot_without_its_web_face(
    seeded_engine: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        runtime = runtime_on(seeded_engine, NHACVIEC_WEB_PORT=port)
        with caplog.at_level(logging.WARNING, logger="bot.web.server"):
            assert await start_web_face(runtime) is None
            assert start_web_thread(runtime) is None
    [first, _second] = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert (
        f"The web dashboard is off: cannot listen on 127.0.0.1:{port} (the port is taken)" in first
    )


# --- beside the terminal chat -------------------------------------------------------------------


def test_the_terminal_chat_shows_each_person_their_dashboard(seeded_engine: Engine) -> None:
    runtime = runtime_on(seeded_engine, NHACVIEC_WEB_PORT=0, NHACVIEC_WEB_LISTEN="0.0.0.0")
    running = start_web_thread(runtime)  # on 127.0.0.1 whatever the setting says
    assert running is not None
    screen: list[str] = []
    typed = iter(["1", "/doivai", "8", "/thoat"])
    try:
        TerminalChat(
            runtime,
            Conversation(seeded_engine, runtime.clock, runtime.calendar),
            read=lambda _prompt: next(typed),
            write=screen.append,
            dashboard_link=terminal_links(running),
        ).run()
        shown = "\n".join(screen)
        links = _LINK.findall(shown)
        assert len(links) == 1, shown  # the coordinator's; the newcomer has none
        assert "Bảng theo dõi của anh/chị (mở bằng trình duyệt): http://127.0.0.1:" in shown
        page = httpx.get(links[0])
        assert page.status_code == 200
        assert "Toàn xã" in page.text and "Xã Nghi Dương" in page.text
    finally:
        running.stop_thread()
    assert not running.thread or not running.thread.is_alive()


# --- `nhacviec run`, as installed ----------------------------------------------------------------


def run_env(database_url: str, **extra: str) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("NHACVIEC_", "DATABASE_URL", "TELEGRAM_", "ZALO_"))
    }
    env.update(
        DATABASE_URL=database_url,
        NHACVIEC_CLOCK_START="2025-12-05T08:00:00+07:00",
        # A port of the system's choosing, read back from the output: the SQLite and
        # PostgreSQL runs side by side never fight over one.
        NHACVIEC_WEB_PORT="0",
        **extra,
    )
    return env


def lines_of(process: subprocess.Popen[str]) -> queue.Queue[str]:
    """The process's output, line by line, read by a thread so that a test can time out."""
    lines: queue.Queue[str] = queue.Queue()
    assert process.stdout is not None
    stdout = process.stdout

    def pump() -> None:
        for line in stdout:
            lines.put(line)

    threading.Thread(target=pump, daemon=True).start()
    return lines


def wait_for(lines: queue.Queue[str], pattern: re.Pattern[str], seen: list[str]) -> re.Match[str]:
    while True:
        try:
            line = lines.get(timeout=60)
        except queue.Empty:
            raise AssertionError("not shown in time:\n" + "".join(seen)) from None
        seen.append(line)
        match = pattern.search(line)
        if match:
            return match


def test_nhacviec_run_in_the_terminal_serves_the_dashboard_locally(database_url: str) -> None:
    with subprocess.Popen(
        [str(SCRIPT), "run"],
        env=run_env(database_url),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    ) as process:
        try:
            lines = lines_of(process)
            seen: list[str] = []
            assert process.stdin is not None
            process.stdin.write("3\n")  # Phạm Thị Dung, an officer of Phòng Kinh tế
            process.stdin.flush()
            link = wait_for(lines, _LINK, seen).group(1)
            assert re.match(r"http://127\.0\.0\.1:[1-9]\d*/d/", link), link
            page = httpx.get(link)
            assert page.status_code == 200
            assert "Đơn vị: Phòng Kinh tế" in page.text
            process.stdin.write("/thoat\n")
            process.stdin.flush()
            assert process.wait(timeout=30) == 0
        finally:
            if process.poll() is None:
                process.kill()


def test_nhacviec_run_serves_the_mini_app_beside_telegram(database_url: str) -> None:
    env = run_env(database_url)
    subprocess.run(
        [
            *(str(SCRIPT), "officer", "add", "--telegram-id", "1001"),
            *("--name", "Trần Thị Hoa", "--unit", "vhxh", "--role", "coordinator"),
        ],
        env=env,
        check=True,
        capture_output=True,
        timeout=120,
    )
    with BotApiEmulator(token=BOT_TOKEN, username="nhacviec_xa_bot") as emulator:
        env.update(
            TELEGRAM_BOT_TOKEN=BOT_TOKEN,
            TELEGRAM_API_URL=emulator.base_url,
        )
        with subprocess.Popen(
            [str(SCRIPT), "run"],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        ) as process:
            try:
                lines = lines_of(process)
                seen: list[str] = []
                served = re.compile(r"The web dashboard is served at (http://127\.0\.0\.1:(\d+))")
                found = wait_for(lines, served, seen)
                base, port = found.group(1), int(found.group(2))
                signed = init_data(1001, auth_date=time.time())
                session = httpx.post(f"{base}/app/session", data={"init_data": signed})
                assert session.status_code == 303
                page = httpx.get(session.headers["location"])
                assert page.status_code == 200 and "Toàn xã" in page.text
                process.send_signal(signal.SIGTERM)
                assert process.wait(timeout=30) == 0
                assert BOT_TOKEN not in "".join(seen)
            finally:
                if process.poll() is None:
                    process.kill()
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", port)) != 0
