"""End to end over real HTTP: one ``nhacviec run`` with Telegram and Zalo side by side.

An officer who has only Zalo registers through a coordinator's invite, lists the tasks,
gets a reminder from the scheduler, answers it with a number and with free text, and the
coordinator's /baocao on Telegram counts it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.bot.test_telegram_e2e import (
    TOKEN,
    add_coordinator,
    bot_env,
    nhacviec,
    running_bot,
    step,
)
from tests.support.botapi import BotApiEmulator
from tests.support.zaloapi import ZaloBotApiFake

ZALO_TOKEN = "1234567890:zalo-test-secret"
WAIT = 30.0


@pytest.fixture
def zalo_api() -> Iterator[ZaloBotApiFake]:
    with ZaloBotApiFake(token=ZALO_TOKEN) as fake:
        fake.replay = True  # consumed updates come back: the bot must not answer twice
        fake.echo_own_sends = True  # and its own messages too: the bot must ignore them
        yield fake


@pytest.fixture
def both_channels(
    database_url: str, zalo_api: ZaloBotApiFake, tmp_path: Path
) -> Iterator[tuple[BotApiEmulator, ZaloBotApiFake]]:
    add_coordinator(database_url)
    with BotApiEmulator(token=TOKEN, username="nhacviec_xa_bot") as telegram:
        env = bot_env(database_url, telegram)
        env.update(
            {
                "ZALO_BOT_TOKEN": ZALO_TOKEN,
                "ZALO_API_URL": zalo_api.base_url,
                "NHACVIEC_CLOCK_START": "2025-12-05T07:57:00+07:00",
                "NHACVIEC_CLOCK_SPEED": "60",
            }
        )
        with running_bot(env, tmp_path / "bot.log", telegram) as log:
            yield telegram, zalo_api
        assert ZALO_TOKEN not in log.read_text(encoding="utf-8")


def number_of(label: str, text: str) -> int:
    """The number a numbered list gives the choice ``label``."""
    found = re.search(rf"^  (\d+)\. {re.escape(label)}$", text, re.M)
    assert found is not None, text
    return int(found.group(1))


def test_an_officer_with_only_zalo(
    both_channels: tuple[BotApiEmulator, ZaloBotApiFake], database_url: str
) -> None:
    telegram, zalo_api = both_channels
    coordinator = telegram.user(1001, "Hoa", "Trần Thị")
    dung = zalo_api.user("Phạm Thị Dung")

    invite = step(coordinator, "/moi kinhte", "Mã mời:")
    code = re.search(r"Mã mời: ([A-Z0-9]+)", str(invite["text"]))
    assert code is not None
    dung.mark()
    dung.send(code.group(1))  # the invite code alone
    dung.wait_for(
        "Chào mừng Phạm Thị Dung! Anh/chị đã được đăng ký vào Phòng Kinh tế", timeout=WAIT
    )
    coordinator.wait_for("Phạm Thị Dung đã tham gia Phòng Kinh tế qua lời mời", timeout=WAIT)

    dung.mark()
    dung.send("nhiem vu")  # no slash, no diacritics
    dung.wait_for("Nhiệm vụ của Phòng Kinh tế", timeout=WAIT)
    # The long list comes in parts; the choices, keyed by the task codes, close the last one.
    choices = dung.wait_for("Trả lời bằng một mã trong danh sách, ví dụ", timeout=WAIT)
    assert "\n  12 · Tiếp tục triển khai" in str(choices["text"])
    assert all(len(message.get("text", "")) <= 2000 for message in dung.messages())

    # 08:00 bot time: the task 12 reminder ("3 days before") reaches Phòng Kinh tế on Zalo.
    reminder = dung.wait_for(
        lambda m: "• 12 ·" in str(m.get("text", "")) and str(m.get("text", "")).startswith("🔔"),
        timeout=WAIT,
    )
    text = str(reminder["text"])
    assert "Hạn: thứ Ba, 09/12/2025 (còn 4 ngày)" in text
    # The task list is still alive: the reminder's numbers come after its codes (up to 32),
    # so that "2" still means task 2.
    update = number_of("📝 Cập nhật tiến độ", text)
    assert update > 32

    dung.mark()
    dung.send(str(update))  # "Cập nhật tiến độ" by its number
    menu = dung.wait_for("đã thực hiện được bao nhiêu", timeout=WAIT)
    dung.mark()
    dung.send(str(number_of("50%", str(menu["text"]))))
    # Phòng Kinh tế coordinates task 12: its percent is its own, apart from the lead unit's.
    dung.wait_for(
        "Đã ghi nhận nhiệm vụ 12: phần phối hợp của đơn vị anh/chị đạt 50%", timeout=WAIT
    )
    dung.mark()
    dung.send("75% đã tổng hợp số liệu của phòng")  # free text: progress on the latest task
    seventy_five = "Đã ghi nhận nhiệm vụ 12: phần phối hợp của đơn vị anh/chị đạt 75%"
    dung.wait_for(seventy_five, timeout=WAIT)
    answers = [m for m in dung.messages() if seventy_five in m.get("text", "")]
    assert len(answers) == 1, "a replayed or echoed update was answered twice"

    report = str(step(coordinator, "/baocao", "TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH")["text"])
    data = json.loads(nhacviec(database_url, "report", "--format", "json").stdout)
    twelve = next(task for task in data["tasks"] if task["code"] == "12")
    # Coordinating never counts as leading: the task stays at the lead unit's 0%.
    assert twelve["percent"] == 0
    assert (twelve["last_update"]["percent"], twelve["last_update"]["officer"]) == (
        75,
        "Phạm Thị Dung",
    )
    assert f"Tổng số nhiệm vụ: {data['totals']['tasks']}" in report
