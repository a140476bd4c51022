"""End to end over real HTTP: a plan file sent to ``nhacviec run`` through the Bot API emulator.

The coordinator sends the file as a Telegram document; the bot fetches it (getFile, then
the file download) only because a coordinator sent it on its own, shows the preview, and
imports on "Xác nhận nhập". A broken file changes nothing, a revision shows its
differences, a file too large is not fetched at all, and an officer is refused.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlmodel import Session, col, select

from models.db import make_engine
from models.tables import Plan, PlanUpload, Task, Unit
from tests.bot.test_telegram_e2e import (
    TOKEN,
    WAIT,
    add_coordinator,
    bot_env,
    nhacviec,
    running_bot,
)
from tests.planfile.clerk import KINHTE, excel
from tests.support.botapi import BotApiEmulator, FakeUser

NGHI_DUONG_2026 = ["UBND XÃ NGHI DƯƠNG", "Kế hoạch cải cách hành chính xã Nghi Dương năm 2026"]


@pytest.fixture
def emulator() -> Iterator[BotApiEmulator]:
    with BotApiEmulator(token=TOKEN, username="nhacviec_xa_bot") as running:
        yield running


@pytest.fixture
def bot(database_url: str, emulator: BotApiEmulator, tmp_path: Path) -> Iterator[Path]:
    add_coordinator(database_url)
    nhacviec(
        database_url,
        *("officer", "add", "--telegram-id", "2001", "--name", "Lê Văn Cường"),
        *("--unit", "vanphong"),
    )
    with running_bot(bot_env(database_url, emulator), tmp_path / "bot.log", emulator) as log:
        yield log


def edited(data: bytes, cells: dict[str, str | None], drop: str | None = None) -> bytes:
    """The clerk's workbook with cells retyped (found by their text) and a task's row gone."""
    workbook = load_workbook(io.BytesIO(data))
    sheet = workbook.active
    assert sheet is not None
    for row in list(sheet.iter_rows()):
        if drop is not None and row[0].value == drop:
            sheet.delete_rows(int(row[0].row or 0))
            continue
        for cell in row:
            if isinstance(cell.value, str) and cell.value in cells:
                cell.value = cells[cell.value]
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def send_file(user: FakeUser, file_id: str, name: str, data: bytes, expect: str) -> str:
    user.mark()
    user.send_document(file_id, name, content=data)
    return str(user.wait_for(expect, timeout=WAIT)["text"])


def press(user: FakeUser, button: str, expect: str) -> str:
    user.mark()
    user.press_button(button, timeout=WAIT)
    return str(user.wait_for(expect, timeout=WAIT)["text"])


def plans_and_tasks(database_url: str) -> dict[str, list[tuple[str, bool]]]:
    """Each plan's tasks as (code, archived), read from the bot's own database."""
    engine = make_engine(database_url)
    try:
        with Session(engine) as session:
            rows = session.exec(
                select(Plan.code, Task.code, Task.archived_at)
                .join(Task, col(Task.plan_id) == Plan.id)
                .order_by(col(Plan.code), col(Task.code))
            ).all()
    finally:
        engine.dispose()
    found: dict[str, list[tuple[str, bool]]] = {}
    for plan, task, archived_at in rows:
        found.setdefault(plan, []).append((task, archived_at is not None))
    return found


def waiting_files(database_url: str) -> list[str]:
    """The names of the files kept for a preview in the bot's database."""
    engine = make_engine(database_url)
    try:
        with Session(engine) as session:
            return list(session.exec(select(PlanUpload.file_name)).all())
    finally:
        engine.dispose()


def downloads(emulator: BotApiEmulator) -> int:
    return sum(1 for method, _ in emulator.calls if method == "getFile")


def test_a_coordinator_imports_a_plan_file_from_telegram(
    bot: Path, emulator: BotApiEmulator, database_url: str
) -> None:
    hoa = emulator.user(1001, "Hoa", "Trần Thị")
    cuong = emulator.user(2001, "Cường", "Lê Văn")
    # The commune's clerk writes its economy office short: "Phòng KT" is its Phòng Kinh tế.
    plan = excel(("synonyms", "merged_stt"), lines=NGHI_DUONG_2026, economy="Phòng KT")
    bundled = plans_and_tasks(database_url)

    # An officer's file is refused, and not even fetched.
    said = send_file(cuong, "DOC-officer", "ke-hoach.xlsx", plan, "Chỉ cán bộ đầu mối")
    assert "trả lời (reply) tin nhắn của tôi về nhiệm vụ" in said
    assert downloads(emulator) == 0

    # The coordinator asks how, sends the file, sees the preview, confirms.
    hoa.mark()
    hoa.send("/nhapkehoach")
    hoa.wait_for("Anh/chị gửi tệp kế hoạch dưới dạng tệp đính kèm", timeout=WAIT)
    preview = send_file(hoa, "DOC-1", "ke-hoach-2026.xlsx", plan, "Kế hoạch mới, mã kh-2026.")
    assert "Từ 01/01/2026 đến 31/12/2026." in preview
    assert "• Phòng Kinh tế: 2" in preview.splitlines()
    assert "Đơn vị chưa khớp" not in preview and "Đơn vị sẽ thêm" not in preview
    assert downloads(emulator) == 1
    assert plans_and_tasks(database_url) == bundled  # nothing changed before confirming
    assert waiting_files(database_url) == ["ke-hoach-2026.xlsx"]
    done = press(hoa, "Xác nhận nhập", "Đã nhập kế hoạch kh-2026")
    assert done.startswith("Đã nhập kế hoạch kh-2026: 6 nhiệm vụ mới")
    imported = plans_and_tasks(database_url)
    assert imported["kh-2026"] == [(code, False) for code in ("1", "2.1", "2.2", "3", "4", "5")]
    assert imported["cchc-2025-h2"] == bundled["cchc-2025-h2"]
    assert waiting_files(database_url) == []

    # A broken file: every problem at once, nothing changes.
    broken = edited(plan, {"Rà soát thủ tục hành chính": None, "Phòng VH-XH": "Phòng Không Có"})
    said = send_file(hoa, "DOC-2", "hong.xlsx", broken, "Không nhập được “hong.xlsx”")
    assert "Các lỗi (2):" in said
    assert "không nhận ra đơn vị “Phòng Không Có”" in said
    assert "Nhiệm vụ 3 chưa có nội dung." in said
    assert plans_and_tasks(database_url) == imported
    assert waiting_files(database_url) == []

    # A revision: its differences shown, then imported.
    revised = edited(plan, {"Trước ngày 30/6/2026": "Trước ngày 31/7/2026"}, drop="5")
    preview = send_file(hoa, "DOC-3", "ke-hoach-2026-sua.xlsx", revised, "Bản sửa đổi")
    assert "Bản sửa đổi của kế hoạch kh-2026 (kế hoạch đã có trong hệ thống)." in preview
    assert "Thay đổi: thêm 0, sửa 1, lưu trữ 1, giữ nguyên 4 nhiệm vụ." in preview
    assert "Sửa: 3.\nLưu trữ: 5." in preview
    press(hoa, "Xác nhận nhập", "Đã nhập kế hoạch kh-2026")
    after = plans_and_tasks(database_url)["kh-2026"]
    assert ("5", True) in after and ("3", False) in after

    # A file larger than a plan may be is answered without being fetched.
    fetched = downloads(emulator)
    big = b"PK" + b"\0" * (5 * 1024 * 1024 + 50_000)
    said = send_file(hoa, "DOC-4", "ke-hoach-scan.docx", big, "Tệp nặng")
    assert said.startswith("Tệp nặng 5,1 MB; tệp kế hoạch tối đa 5 MB.")
    assert downloads(emulator) == fetched


def unit_aliases(database_url: str, code: str) -> list[str]:
    """The aliases of a unit of the commune, read from the bot's own database."""
    engine = make_engine(database_url)
    try:
        with Session(engine) as session:
            return list(session.exec(select(Unit).where(Unit.code == code)).one().aliases)
    finally:
        engine.dispose()


def test_a_unit_chosen_in_telegram_is_remembered_for_the_next_file(
    bot: Path, emulator: BotApiEmulator, database_url: str
) -> None:
    hoa = emulator.user(1001, "Hoa", "Trần Thị")
    plan = edited(
        excel(("synonyms",), lines=NGHI_DUONG_2026, economy=KINHTE),
        {"Phòng VH-XH": "Phòng VH và XH"},
    )
    before = unit_aliases(database_url, "vhxh")
    asked = send_file(hoa, "DOC-1", "ke-hoach.xlsx", plan, "là đơn vị nào?")
    assert asked.startswith("“Phòng VH và XH” (nhiệm vụ 1) là đơn vị nào?")
    press(hoa, "Phòng Văn hoá - Xã hội", "Chưa có gì thay đổi cho đến khi")
    assert unit_aliases(database_url, "vhxh") == before
    done = press(hoa, "Xác nhận nhập", "Đã nhập kế hoạch kh-2026")
    assert "Đã ghi nhớ: từ nay “Phòng VH và XH” trong tệp kế hoạch" in done
    assert unit_aliases(database_url, "vhxh") == [*before, "Phòng VH và XH"]

    # The next file with the same name: the preview straight away, no question.
    revised = edited(plan, {"Trước ngày 30/6/2026": "Trước ngày 31/7/2026"})
    preview = send_file(hoa, "DOC-2", "ke-hoach-sua.xlsx", revised, "Bản sửa đổi")
    assert "Đơn vị chưa khớp" not in preview
    assert "Thay đổi: thêm 0, sửa 1, lưu trữ 0, giữ nguyên 5 nhiệm vụ." in preview
    press(hoa, "Xác nhận nhập", "Đã nhập kế hoạch kh-2026")
    assert unit_aliases(database_url, "vhxh") == [*before, "Phòng VH và XH"]
