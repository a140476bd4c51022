"""The terminal chat, driven as a person types."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, select

from bot.channels.terminal import TerminalChat
from bot.runtime import Runtime
from bot.settings import Settings
from handlers.conversation import Conversation
from handlers.i18n import translator
from models.calendar import WorkingCalendar
from models.clock import VIETNAM, FixedClock
from models.tables import ProgressUpdate


class Keyboard:
    """Types the given lines, then closes the input (Ctrl-D)."""

    def __init__(self, lines: list[str]) -> None:
        self.lines: Iterator[str] = iter(lines)
        self.screen: list[str] = []

    def read(self, prompt: str) -> str:
        self.screen.append(prompt)
        try:
            return next(self.lines)
        except StopIteration:
            raise EOFError from None

    def write(self, text: str) -> None:
        self.screen.append(text)

    @property
    def text(self) -> str:
        return "\n".join(self.screen)


def play(engine: Engine, lines: list[str]) -> Keyboard:
    clock = FixedClock(datetime(2025, 12, 5, 8, 0, tzinfo=VIETNAM))
    runtime = Runtime(Settings(), clock, engine, WorkingCalendar(), translator("vi"))
    keyboard = Keyboard(lines)
    conversation = Conversation(engine, clock, runtime.calendar)
    TerminalChat(runtime, conversation, read=keyboard.read, write=keyboard.write).run()
    return keyboard


def test_a_newcomer_registers_and_the_coordinator_approves(seeded_engine: Engine) -> None:
    keyboard = play(
        seeded_engine,
        [
            "8",
            "/nhiemvu",
            "/dangky",
            "3",
            "1",
            "/doivai",
            "1",
            "1",
            "/doivai",
            "8",
            "/nhiemvu",
            "/thoat",
        ],
    )
    text = keyboard.text
    assert "Anh/chị chưa đăng ký" in text
    assert "Trả lời 1, 2, 3, 4 hoặc 5." in text
    assert "(Có tin nhắn gửi tới Trần Thị Hoa" in text
    assert "Yêu cầu đăng ký mới: Ngô Thị Lan, Phòng Kinh tế. Duyệt không?" in text
    assert "Đã duyệt: Ngô Thị Lan" in text
    assert "đã được duyệt" in text.split("Anh/chị đang trong vai Ngô Thị Lan")[-1]
    assert "Nhiệm vụ của Phòng Kinh tế, tính đến thứ Sáu, 05/12/2025" in text
    assert text.rstrip().endswith("Tạm biệt.")


def test_an_officer_reports_progress_by_number_and_by_reply(seeded_engine: Engine) -> None:
    keyboard = play(seeded_engine, ["2", "/nhiemvu", "3", "#2 50% đã gửi dự thảo", "6"])
    text = keyboard.text
    assert "[#2] Nhiệm vụ 12 (mục II)" in text
    assert "Đã ghi nhận nhiệm vụ 12: 50% — Đang thực hiện." in text
    assert "Đã ghi nhận nhiệm vụ 12: 100% — Hoàn thành đúng hạn." in text
    with Session(seeded_engine) as session:
        assert [u.percent for u in session.exec(select(ProgressUpdate))] == [50, 100]


@pytest.mark.parametrize("lines", [[], ["/thoat"], ["9", "abc", "/thoat"], ["1"]])
def test_it_always_ends_cleanly(seeded_engine: Engine, lines: list[str]) -> None:
    assert play(seeded_engine, lines).text.rstrip().endswith("Tạm biệt.")
