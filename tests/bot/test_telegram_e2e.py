"""End to end over real HTTP: ``nhacviec run`` against a local Bot API emulator.

The bot runs as its own process, exactly as installed; the test plays a coordinator
and officers of two units through the emulator's people side.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlmodel import Session, col, select

from models.db import make_engine
from models.tables import Reminder, ReminderState, Task
from tests.support.botapi import BotApiEmulator, FakeUser

SCRIPT = Path(sys.executable).with_name("nhacviec")
TOKEN = "123456:TEST-token-for-e2e"
WAIT = 20.0


def bot_env(database_url: str, emulator: BotApiEmulator | None) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("NHACVIEC_", "DATABASE_URL", "TELEGRAM_"))
    }
    env.update(
        {
            "DATABASE_URL": database_url,
            "NHACVIEC_CLOCK_START": "2025-12-05T08:00:00+07:00",
            # The web face on a port of its own: runs side by side never fight over 8080.
            "NHACVIEC_WEB_PORT": "0",
        }
    )
    if emulator is not None:
        env.update({"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_URL": emulator.base_url})
    return env


def nhacviec(database_url: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(SCRIPT), *args],
        env=bot_env(database_url, None),
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        stdin=subprocess.DEVNULL,
    )


def add_coordinator(database_url: str) -> None:
    """Trần Thị Hoa, coordinator of Phòng Văn hoá - Xã hội, Telegram user 1001."""
    nhacviec(
        database_url,
        "officer",
        "add",
        "--telegram-id",
        "1001",
        "--name",
        "Trần Thị Hoa",
        "--unit",
        "vhxh",
        "--role",
        "coordinator",
    )


@contextmanager
def bot_process(
    env: dict[str, str], log: Path, *options: str
) -> Iterator[subprocess.Popen[bytes]]:
    """``nhacviec run [options]`` until the block ends, then SIGTERM (SIGKILL if it hangs).

    A test may kill it itself meanwhile; the log must never show the token.
    """
    with log.open("a") as output:
        process = subprocess.Popen(
            [str(SCRIPT), "run", *options],
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
    try:
        yield process
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=20)
    assert TOKEN not in log.read_text(encoding="utf-8"), "the token leaked into the log"


@contextmanager
def running_bot(env: dict[str, str], log: Path, emulator: BotApiEmulator) -> Iterator[Path]:
    """``nhacviec run`` started up (its menu set), until the block ends."""
    with bot_process(env, log):
        emulator.wait_until(lambda: bool(emulator.commands), timeout=60, what="bot start-up")
        yield log


@pytest.fixture
def emulator() -> Iterator[BotApiEmulator]:
    with BotApiEmulator(token=TOKEN, username="nhacviec_xa_bot") as running:
        yield running


@pytest.fixture
def bot(database_url: str, emulator: BotApiEmulator, tmp_path: Path) -> Iterator[Path]:
    add_coordinator(database_url)
    with running_bot(bot_env(database_url, emulator), tmp_path / "bot.log", emulator) as log:
        yield log


def step(
    user: FakeUser,
    text: str | None = None,
    expect: str = "",
    *,
    button: str | None = None,
    reply_to: int | None = None,
) -> dict[str, object]:
    user.mark()
    if button is not None:
        user.press_button(button, timeout=WAIT)
    elif text is not None:
        user.send(text, reply_to=reply_to)
    return user.wait_for(expect, timeout=WAIT)


def test_a_commune_uses_the_bot_on_telegram(
    bot: Path, emulator: BotApiEmulator, database_url: str
) -> None:
    coordinator = emulator.user(1001, "Hoa", "Trần Thị")
    cuong = emulator.user(2001, "Cường", "Lê Văn")
    dung = emulator.user(3001, "Dung", "Phạm Thị")
    stranger = emulator.user(4001, "Tú", "Đinh Văn")

    # Someone unknown sees no task.
    answer = step(stranger, "/nhiemvu", "chưa đăng ký")
    assert "Tiếp tục triển khai" not in str(answer["text"])

    # Registration with the coordinator's approval.
    step(cuong, "/dangky", "đơn vị nào")
    step(cuong, button="Văn phòng HĐND", expect="nhập họ và tên")
    coordinator.mark()
    step(cuong, button="Dùng tên", expect="đã được gửi tới cán bộ đầu mối")
    coordinator.wait_for("Yêu cầu đăng ký mới: Cường Lê Văn", timeout=WAIT)
    cuong.mark()
    step(coordinator, button="Duyệt", expect="Đã duyệt")
    cuong.wait_for("đã được duyệt", timeout=WAIT)
    assert any(call["scope"] and "2001" in json.dumps(call["scope"]) for call in emulator.commands)

    # An invite for Phòng Kinh tế, opened as a t.me deep link (/start CODE).
    invite = step(coordinator, "/moi kinhte", "t.me/nhacviec_xa_bot?start=")
    code = re.search(r"start=([A-Z0-9]+)", str(invite["text"]))
    assert code is not None
    step(dung, f"/start {code.group(1)}", "Chào mừng Dung Phạm Thị")

    # Several people at once: both list their tasks.
    cuong.mark()
    dung.mark()
    cuong.send("/nhiemvu")
    dung.send("/nhiemvu")
    cuong.wait_for("Nhiệm vụ của Văn phòng HĐND và UBND xã", timeout=WAIT)
    dung.wait_for("Nhiệm vụ của Phòng Kinh tế", timeout=WAIT)

    # Progress by a choice, then by a reply to the task's message.
    details = step(cuong, button="12 ·", expect="Nhiệm vụ 12 (mục II)")
    step(cuong, button="50%", expect="Đã ghi nhận nhiệm vụ 12: 50%")
    step(
        cuong,
        "75% đã trình ký",
        "Đã ghi nhận nhiệm vụ 12: 75%",
        reply_to=int(str(details["message_id"])),
    )

    # A refused update on another unit's task changes nothing.
    step(dung, "/capnhat 15.2 50", "không thuộc đơn vị")

    # The coordinator's report counts it, and agrees with the command line.
    report = str(step(coordinator, "/baocao", "TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH")["text"])
    data = json.loads(nhacviec(database_url, "report", "--format", "json").stdout)
    twelve = next(task for task in data["tasks"] if task["code"] == "12")
    assert (twelve["percent"], twelve["status"]) == (75, "in_progress")
    assert twelve["last_update"]["officer"] == "Cường Lê Văn"
    assert next(task for task in data["tasks"] if task["code"] == "15.2")["percent"] == 0
    totals = data["totals"]
    assert f"Tổng số nhiệm vụ: {totals['tasks']}; đã đến hạn: {totals['due']}." in report
    assert f"quá hạn {totals['overdue']})." in report


@pytest.fixture
def fast_bot(database_url: str, emulator: BotApiEmulator, tmp_path: Path) -> Iterator[Path]:
    """The bot with a clock that starts at 07:55 on 05/12/2025 and runs 60 times faster."""
    nhacviec(
        database_url,
        "officer",
        "add",
        "--telegram-id",
        "2001",
        "--name",
        "Lê Văn Cường",
        "--unit",
        "vanphong",
    )
    env = bot_env(database_url, emulator)
    env.update({"NHACVIEC_CLOCK_START": "2025-12-05T07:55:00+07:00", "NHACVIEC_CLOCK_SPEED": "60"})
    with running_bot(env, tmp_path / "bot.log", emulator) as log:
        yield log


def test_the_task_12_reminder_arrives_and_completion_stops_it(
    fast_bot: Path, emulator: BotApiEmulator, database_url: str
) -> None:
    cuong = emulator.user(2001, "Cường", "Lê Văn")
    # 08:00 bot time is five real seconds away.
    reminder = cuong.wait_for("• 12 ·", timeout=30)
    text = str(reminder["text"])
    assert text.startswith("🔔 Nhắc việc")
    assert "Hạn: thứ Ba, 09/12/2025 (còn 4 ngày)" in text
    cuong.mark()
    cuong.press(
        reminder,
        next(
            button["callback_data"]
            for row in reminder["reply_markup"]["inline_keyboard"]
            for button in row
            if "Hoàn thành" in button["text"]
        ),
    )
    # No coordinator is registered to confirm it, so the completion counts at once.
    cuong.wait_for("100% — Hoàn thành đúng hạn", timeout=WAIT)
    # The bot's own database: nothing more is planned for task 12.
    engine = make_engine(database_url)
    try:
        with Session(engine) as session:
            planned = session.exec(
                select(Reminder)
                .join(Task, col(Task.id) == Reminder.task_id)
                .where(Task.code == "12", Reminder.state == ReminderState.PLANNED)
            ).all()
    finally:
        engine.dispose()
    assert planned == []
