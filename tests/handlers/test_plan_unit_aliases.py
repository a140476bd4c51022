"""A unit name answered in the chat is remembered (issue 14): the next file is matched unasked.

When a plan file writes a unit the commune does not know by that name ("Phòng VH và XH")
and the coordinator says which of the commune's units it is, confirming the import keeps
the name among that unit's aliases; a cancelled or expired preview keeps nothing. An alias
never duplicates a name the unit is known by, nor takes one another unit is known by.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, col, select
from typer.testing import CliRunner

from bot.cli import app
from models.clock import VIETNAM
from models.db import session_scope
from models.planfile import ReadOptions
from models.planimport import apply_preview, preview_file
from models.plans import find_plan, task_by_code
from models.tables import TaskUnit, Unit
from tests.handlers.conftest import COORDINATOR, Chat
from tests.handlers.test_plan_import_chat import (
    NGHI_DUONG_2026,
    choice,
    labels,
    send_file,
    uploads,
    with_cells,
    world,
)
from tests.planfile.clerk import KINHTE, excel

NOW = datetime(2026, 1, 15, 9, 0, tzinfo=VIETNAM)
WRITTEN = "Phòng VH và XH"  # no unit's name, code or alias, nor a standard unit's


def plan_file(name: str = WRITTEN, deadline: str | None = None) -> bytes:
    """The commune's workbook (its economy office written as Phòng Kinh tế, so ``name`` is
    the one name asked about) with task 1's lead unit written as ``name``."""
    changes: dict[str, str | None] = {"Phòng VH-XH": name}
    if deadline is not None:
        changes["Trước ngày 30/6/2026"] = deadline
    return with_cells(excel(("synonyms",), lines=NGHI_DUONG_2026, economy=KINHTE), changes)


def aliases(engine: Engine) -> dict[str, list[str]]:
    """The aliases of each of the commune's units (the files add no unit)."""
    with Session(engine) as session:
        return {unit.code: list(unit.aliases) for unit in session.exec(select(Unit))}


def lead_of(engine: Engine, plan_code: str, task_code: str) -> list[str]:
    with Session(engine) as session:
        plan = find_plan(session, plan_code)
        assert plan is not None
        task = task_by_code(session, plan.id or 0, task_code)
        assert task is not None
        return list(
            session.exec(
                select(Unit.code)
                .join(TaskUnit, col(TaskUnit.unit_id) == Unit.id)
                .where(TaskUnit.task_id == task.id, TaskUnit.role == "lead")
            )
        )


def answer_with_vhxh(chat: Chat, data: bytes) -> list[str]:
    """Send the file, answer its one question with the commune's Phòng Văn hoá - Xã hội;
    return the labels of the preview then offered."""
    replies = send_file(chat, COORDINATOR, "kh.xlsx", data)
    question = chat.mine(replies)[-1]
    assert question.text.startswith(f"“{WRITTEN}” (nhiệm vụ 1) là đơn vị nào?")
    answered = chat.send(COORDINATOR, choice=choice(replies, "Phòng Văn hoá - Xã hội"))
    return [*labels(answered), choice(answered, "Xác nhận nhập")]


def test_a_unit_chosen_in_the_chat_matches_the_next_file_without_asking(chat: Chat) -> None:
    before = aliases(chat.engine)
    replies = send_file(chat, COORDINATOR, "kh.xlsx", plan_file())
    assert f"Đơn vị chưa khớp: “{WRITTEN}”." in chat.text(replies)
    answered = chat.send(COORDINATOR, choice=choice(replies, "Phòng Văn hoá - Xã hội"))
    # Nothing is remembered before the import is confirmed.
    assert aliases(chat.engine) == before
    done = chat.text(chat.send(COORDINATOR, choice=choice(answered, "Xác nhận nhập")))
    assert (
        f"Đã ghi nhớ: từ nay “{WRITTEN}” trong tệp kế hoạch được hiểu là Phòng Văn hoá - Xã hội."
    ) in done
    assert aliases(chat.engine) == {**before, "vhxh": [*before["vhxh"], WRITTEN]}
    assert lead_of(chat.engine, "kh-2026", "1") == ["vhxh"]

    # The revised file writes the name again (its case and spacing changed): no question,
    # straight to the preview, and the name is not kept twice.
    revised = plan_file("phòng  VH VÀ XH", deadline="Trước ngày 31/7/2026")
    replies = send_file(chat, COORDINATOR, "kh-sua-doi.xlsx", revised)
    preview = chat.text(replies)
    assert "Đơn vị chưa khớp" not in preview and "là đơn vị nào?" not in preview
    assert "Bản sửa đổi của kế hoạch kh-2026 (kế hoạch đã có trong hệ thống)." in preview
    assert labels(replies) == ["Xác nhận nhập", "Huỷ", "Thêm ngày ban hành"]
    done = chat.text(chat.send(COORDINATOR, choice=choice(replies, "Xác nhận nhập")))
    assert done.startswith("Đã nhập kế hoạch kh-2026: 0 nhiệm vụ mới, 1 nhiệm vụ được cập nhật")
    assert "Đã ghi nhớ" not in done
    assert aliases(chat.engine) == {**before, "vhxh": [*before["vhxh"], WRITTEN]}
    assert lead_of(chat.engine, "kh-2026", "1") == ["vhxh"]


def test_a_cancelled_preview_remembers_nothing(chat: Chat) -> None:
    before, state = aliases(chat.engine), world(chat.engine)
    offered = answer_with_vhxh(chat, plan_file())
    assert offered[:2] == ["Xác nhận nhập", "Huỷ"]
    replies = send_file(chat, COORDINATOR, "kh.xlsx", plan_file())
    # The answer belonged to the file sent before: the same file is asked about again.
    assert chat.mine(replies)[-1].text.startswith(f"“{WRITTEN}” (nhiệm vụ 1) là đơn vị nào?")
    said = chat.text(chat.send(COORDINATOR, choice=choice(replies, "Huỷ")))
    assert said == "Đã huỷ; không có gì thay đổi."
    assert aliases(chat.engine) == before and world(chat.engine) == state
    assert uploads(chat.engine) == 0


def test_an_expired_preview_remembers_nothing(chat: Chat) -> None:
    before = aliases(chat.engine)
    confirm = answer_with_vhxh(chat, plan_file())[-1]
    chat.clock.advance(timedelta(hours=24, minutes=1))
    said = chat.text(chat.send(COORDINATOR, choice=confirm))
    assert said.startswith("Bản xem trước này đã hết hạn")
    assert aliases(chat.engine) == before
    # So the next file is asked about again.
    replies = send_file(chat, COORDINATOR, "kh.xlsx", plan_file())
    assert chat.mine(replies)[-1].text.startswith(f"“{WRITTEN}” (nhiệm vụ 1) là đơn vị nào?")


def test_an_alias_is_never_a_name_a_unit_is_known_by(seeded_engine: Engine) -> None:
    """Of the names given, only the new one is kept, once: "Văn phòng" is the office's
    alias already, "vhxh" the unit's own code, "Phòng VH-XH" already its alias, and the
    second spelling of the new name is the same name."""
    before = aliases(seeded_engine)
    named = {
        WRITTEN: "vhxh",
        "phòng vh  VÀ xh": "vhxh",
        "Văn phòng": "vhxh",
        "vhxh": "vhxh",
        "Phòng VH-XH": "vhxh",
        "Các phòng, ban, ngành": "vhxh",
    }
    with session_scope(seeded_engine) as session:
        preview = preview_file(
            session, "kh.xlsx", plan_file(), ReadOptions(unit_names=named), commune="nghi-duong"
        )
        assert preview.problems == ()
        summary = apply_preview(session, preview, now=NOW)
    assert summary.aliases == [(WRITTEN, "vhxh")]
    assert aliases(seeded_engine) == {**before, "vhxh": [*before["vhxh"], WRITTEN]}


def test_the_command_line_remembers_a_unit_flag_on_import_not_on_a_dry_run(
    seeded_engine: Engine, database_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("DATABASE_URL", database_url)
    path = tmp_path / "kh.xlsx"
    path.write_bytes(plan_file())
    runner = CliRunner()
    before = aliases(seeded_engine)
    asked = runner.invoke(app, ["plan", "import", str(path)])
    assert asked.exit_code == 1 and f"“{WRITTEN}”" in asked.stderr
    flag = ["--unit", f"{WRITTEN}=vhxh"]
    shown = runner.invoke(app, ["plan", "import", str(path), *flag, "--dry-run"])
    assert shown.exit_code == 0, shown.output
    assert aliases(seeded_engine) == before
    done = runner.invoke(app, ["plan", "import", str(path), *flag])
    assert done.exit_code == 0, done.output
    assert (
        f"Đã ghi nhớ: từ nay “{WRITTEN}” trong tệp kế hoạch được hiểu là Phòng Văn hoá - Xã hội."
    ) in done.stdout
    assert aliases(seeded_engine) == {**before, "vhxh": [*before["vhxh"], WRITTEN]}
    # The next file writing the name needs no --unit.
    path.write_bytes(plan_file(deadline="Trước ngày 31/7/2026"))
    again = runner.invoke(app, ["plan", "import", str(path)])
    assert again.exit_code == 0, again.output
    assert "1 nhiệm vụ được cập nhật" in again.stdout
    assert lead_of(seeded_engine, "kh-2026", "1") == ["vhxh"]
