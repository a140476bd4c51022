"""The terminal chat, driven as a person types."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

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
from models.tables import Plan, ProgressUpdate, Task, Unit
from tests.planfile.clerk import HABITS, word


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


def test_a_newcomer_registers_and_the_coordinator_approves_by_name(seeded_engine: Engine) -> None:
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
            "có",
            "/doivai",
            "8",
            "/nhiemvu",
            "/thoat",
        ],
    )
    text = keyboard.text
    assert "Anh/chị chưa đăng ký" in text
    assert "Trả lời 1, 2, 3, 4 hoặc 5." in text
    assert "  8. Ngô Thị Lan, người mới, chưa đăng ký" in text
    assert "  8. Ngô Thị Lan, người mới, đang chờ cán bộ đầu mối duyệt đăng ký" in text
    assert "(Có tin nhắn gửi tới Trần Thị Hoa" in text
    assert "Yêu cầu đăng ký mới: Ngô Thị Lan, Phòng Kinh tế. Duyệt không?" in text
    asked, approved = text.split("Trần Thị Hoa> ")[1:3]
    assert asked.strip().startswith("Duyệt đăng ký của Ngô Thị Lan")
    assert "Trả lời CÓ để xác nhận, KHÔNG để bỏ qua." in asked
    assert "Đã duyệt: Ngô Thị Lan" in approved
    # After the approval the persona list shows her registered, with her unit and role.
    after = text.split("Đã duyệt: Ngô Thị Lan")[-1]
    assert "  8. Ngô Thị Lan — cán bộ, Phòng Kinh tế" in after
    assert "đã được duyệt" in text.split("Anh/chị đang trong vai Ngô Thị Lan")[-1]
    assert "Nhiệm vụ của Phòng Kinh tế, tính đến thứ Sáu, 05/12/2025" in text
    assert text.rstrip().endswith("Tạm biệt.")


def _nghi_duong_word_plan() -> bytes:
    return word(
        HABITS,
        lines=[
            "ỦY BAN NHÂN DÂN",
            "XÃ NGHI DƯƠNG",
            "Số: 12/KH-UBND",
            "Nghi Dương, ngày 05 tháng 01 năm 2026",
            "KẾ HOẠCH",
            "Cải cách hành chính xã Nghi Dương năm 2026",
        ],
    )


def test_the_coordinator_imports_a_word_plan_with_tep(
    seeded_engine: Engine, tmp_path: Path
) -> None:
    plan_file = tmp_path / "ke-hoach-2026.docx"
    plan_file.write_bytes(_nghi_duong_word_plan())
    missing = tmp_path / "khong-co.docx"
    # The plan names a ward's "Phòng Kinh tế, Hạ tầng và Đô thị": this commune's economy
    # office is Phòng Kinh tế (choice 3), so the bot asks rather than adding a second one.
    keyboard = play(
        seeded_engine,
        ["1", "/nhapkehoach", "/tep", f"/tep {missing}", f"/tep {plan_file}", "3", "1", "có"],
    )
    text = keyboard.text
    assert "Gõ /tep và đường dẫn của tệp kế hoạch trên máy này" in text
    assert "Gõ /tep và đường dẫn của tệp, ví dụ" in text
    assert "Không có tệp nào tại" in text
    assert "Kế hoạch cải cách hành chính xã Nghi Dương năm 2026" in text
    assert "Số 12/KH-UBND ngày 05/01/2026" in text
    assert "“Phòng Kinh tế, Hạ tầng và Đô thị” (nhiệm vụ 2.2, 3) là đơn vị nào?" in text
    assert "Đã nhập kế hoạch kh-12-2026: 6 nhiệm vụ mới" in text
    assert (
        "Đã ghi nhớ: từ nay “Phòng Kinh tế, Hạ tầng và Đô thị” trong tệp kế hoạch được hiểu "
        "là Phòng Kinh tế." in text
    )
    with Session(seeded_engine) as session:
        plan = session.exec(select(Plan).where(Plan.code == "kh-12-2026")).one()
        tasks = session.exec(select(Task).where(Task.plan_id == plan.id)).all()
        assert session.exec(select(Unit).where(Unit.code == "ktht")).first() is None
    assert len(tasks) == 6


def test_an_officer_cannot_import_a_plan_with_tep(seeded_engine: Engine, tmp_path: Path) -> None:
    plan_file = tmp_path / "ke-hoach-2026.docx"
    plan_file.write_bytes(_nghi_duong_word_plan())
    keyboard = play(seeded_engine, ["3", f'/tep "{plan_file}"'])
    assert "Chỉ cán bộ đầu mối của xã mới nhập được tệp kế hoạch" in keyboard.text
    with Session(seeded_engine) as session:
        assert session.exec(select(Plan).where(Plan.code == "kh-12-2026")).first() is None


def test_typing_a_code_in_a_task_list_opens_that_task(seeded_engine: Engine) -> None:
    keyboard = play(seeded_engine, ["3", "/nhiemvu", "12", "/nhiemvu", "2"])
    text = keyboard.text
    assert "  12 · Tiếp tục triển khai" in text
    assert re.search(r"Trả lời bằng một mã trong danh sách, ví dụ \d+\.", text)
    opened = [part for part in text.split("Phạm Thị Dung> ") if "] Nhiệm vụ " in part]
    assert [part.strip().split("\n", 1)[0] for part in opened] == [
        "[↩2] Nhiệm vụ 12 (mục II)",
        "[↩4] Nhiệm vụ 2 (mục I)",
    ]


def test_an_officer_reports_progress_by_number_and_by_reply(seeded_engine: Engine) -> None:
    keyboard = play(seeded_engine, ["2", "/nhiemvu", "12", ">2 50% đã gửi dự thảo", "6", "có"])
    text = keyboard.text
    assert "[↩2] Nhiệm vụ 12 (mục II)" in text
    assert "Đã ghi nhận nhiệm vụ 12: 50% — Đang thực hiện." in text
    assert "Báo hoàn thành nhiệm vụ 12 (Tiếp tục triển khai" in text
    # The commune confirms completions: the officer's 100% awaits the coordinator.
    assert "Đã ghi nhận nhiệm vụ 12: 100% — Chờ xác nhận." in text
    with Session(seeded_engine) as session:
        assert [u.percent for u in session.exec(select(ProgressUpdate))] == [50, 100]


def test_a_bare_six_after_the_details_never_completes_without_a_yes(seeded_engine: Engine) -> None:
    keyboard = play(seeded_engine, ["3", "12", "6", "không", "6", ">1 50% đã gửi dự thảo"])
    text = keyboard.text
    assert text.count("Trả lời CÓ để xác nhận, KHÔNG để bỏ qua.") == 2
    assert "Đã bỏ qua, không có gì thay đổi." in text
    assert "Chưa thực hiện vì chưa được xác nhận: Báo hoàn thành nhiệm vụ 12" in text
    with Session(seeded_engine) as session:
        assert [u.percent for u in session.exec(select(ProgressUpdate))] == [50]


def test_the_old_reply_marker_is_a_task_code_now(seeded_engine: Engine) -> None:
    """ "#2 ..." means task 2 in the core; a reply to a marked message is ">2 ..."."""
    keyboard = play(seeded_engine, ["1", "12", "#2 25% đang tổng hợp", ">1 75% đã trình ký"])
    text = keyboard.text
    assert "Đã ghi nhận nhiệm vụ 2: 25%" in text
    assert "Đã ghi nhận nhiệm vụ 12: 75%" in text


@pytest.mark.parametrize("lines", [[], ["/thoat"], ["9", "abc", "/thoat"], ["1"]])
def test_it_always_ends_cleanly(seeded_engine: Engine, lines: list[str]) -> None:
    assert play(seeded_engine, lines).text.rstrip().endswith("Tạm biệt.")
