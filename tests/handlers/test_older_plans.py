"""Tasks of a commune's older plan, tasks a revision removed, and extensions overtaken by one.

A reminder's button can point to a task of last half-year's plan after this
half-year's plan was imported; it must open against its own plan. An extension
approved after a plan revision moved or removed its date must say what really
happened, and the database must match it.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

import pytest
from sqlmodel import Session, col, select

from bot.settings import BUNDLED_PLAN
from handlers.choices import Action, encode
from handlers.types import Person, Reply
from models.clock import VIETNAM
from models.db import session_scope
from models.planfile import PlanDocument, PlanSpec, read_plan_file
from models.plans import find_plan, import_plan, latest_plan, task_by_code
from models.tables import Decision, DueDate, ExtensionRequest, ProgressUpdate, Task
from tests.handlers.conftest import COORDINATOR, LEADER, VANPHONG, Chat

FIRST_PLAN = "cchc-2025-h2"
SECOND_PLAN = "cchc-2026-h1"
SECOND_TITLE = "Kế hoạch cải cách hành chính 6 tháng đầu năm 2026"
IMPORTED_LATER = datetime(2025, 12, 1, 8, 0, tzinfo=VIETNAM)


def bundled() -> PlanDocument:
    return read_plan_file(BUNDLED_PLAN.name, BUNDLED_PLAN.read_bytes())


def import_document(chat: Chat, document: PlanDocument) -> None:
    with session_scope(chat.engine) as session:
        import_plan(session, document, now=IMPORTED_LATER)


def import_second_plan(chat: Chat) -> None:
    """The next half-year's plan of the same commune, with the same task codes."""
    document = bundled()
    assert document.plan is not None
    spec = PlanSpec(SECOND_PLAN, SECOND_TITLE, "", date(2026, 1, 1), date(2026, 6, 30))
    import_document(chat, dataclasses.replace(document, plan=spec))


def revise_first_plan(chat: Chat, *, deadline: str | None = None, drop: str = "") -> None:
    """Re-import the first plan with task 12's deadline text changed, or a task dropped."""
    document = bundled()
    tasks = tuple(
        dataclasses.replace(task, deadline=deadline) if task.code == "12" and deadline else task
        for task in document.tasks
        if task.code != drop
    )
    import_document(chat, dataclasses.replace(document, tasks=tasks))


def first_plan_task(chat: Chat, code: str) -> int:
    with Session(chat.engine) as session:
        plan = find_plan(session, FIRST_PLAN)
        assert plan is not None and plan.id is not None
        task = session.exec(select(Task).where(Task.plan_id == plan.id, Task.code == code)).one()
        assert task.id is not None
        return task.id


def due_dates(chat: Chat, task_id: int) -> list[date]:
    with Session(chat.engine) as session:
        return list(
            session.exec(
                select(col(DueDate.due_on))
                .where(DueDate.task_id == task_id)
                .order_by(col(DueDate.due_on))
            )
        )


def the_request(chat: Chat) -> ExtensionRequest:
    with Session(chat.engine) as session:
        return session.exec(select(ExtensionRequest)).one()


def told(replies: list[Reply], who: Person) -> str:
    return "\n".join(r.text for r in replies if r.to and r.to.external_id == who.external_id)


def file_extension(chat: Chat) -> Reply:
    """Văn phòng asks to move task 12 from 09/12/2025 to 20/12/2025; the request sent."""
    asked = chat.send(VANPHONG, "/giahan 12 20/12/2025 chờ số liệu của các phòng")
    assert "từ thứ Ba, 09/12/2025 đến thứ Bảy, 20/12/2025 đã được gửi" in chat.text(asked)
    [request] = [r for r in asked if r.to and r.to.external_id == COORDINATOR.external_id]
    return request


def approve(chat: Chat, request: Reply) -> list[Reply]:
    [data] = [c.data for row in request.choices for c in row if c.label == "Duyệt"]
    return chat.send(COORDINATOR, choice=str(data))


# --- an older plan's task --------------------------------------------------------------


def test_the_second_plan_is_the_latest_and_shares_the_codes(chat: Chat) -> None:
    import_second_plan(chat)
    with Session(chat.engine) as session:
        latest = latest_plan(session)
        assert latest is not None and latest.code == SECOND_PLAN
        assert task_by_code(session, latest.id or 0, "12") is not None
    assert first_plan_task(chat, "12") != task_id_in_latest(chat, "12")


def task_id_in_latest(chat: Chat, code: str) -> int:
    with Session(chat.engine) as session:
        plan = latest_plan(session)
        assert plan is not None
        task = task_by_code(session, plan.id or 0, code)
        assert task is not None and task.id is not None
        return task.id


def test_a_task_of_the_earlier_plan_opens_against_its_own_plan(chat: Chat) -> None:
    import_second_plan(chat)
    old_twelve = first_plan_task(chat, "12")
    shown = chat.send(VANPHONG, choice=encode(Action.OPEN_TASK, old_twelve))
    text = chat.text(shown)
    assert "Nhiệm vụ 12 (mục" in text
    assert "Thuộc kế hoạch trước:" in text
    assert "thứ Ba, 09/12/2025" in text  # its own due date, from its own plan's report
    assert "không thuộc" not in text and "Xin lỗi" not in text
    assert any(row for reply in shown for row in reply.choices)  # the unit may report on it
    assert shown[0].task_id == old_twelve


def test_the_latest_plan_task_is_not_marked_as_earlier(chat: Chat) -> None:
    import_second_plan(chat)
    shown = chat.send(VANPHONG, choice=encode(Action.OPEN_TASK, task_id_in_latest(chat, "12")))
    assert "Nhiệm vụ 12 (mục" in chat.text(shown)
    assert "Thuộc kế hoạch trước" not in chat.text(shown)


def test_progress_on_an_earlier_plan_task_is_recorded_on_that_task(chat: Chat) -> None:
    import_second_plan(chat)
    old_twelve = first_plan_task(chat, "12")
    recorded = chat.send(VANPHONG, choice=encode(Action.SET_PERCENT, old_twelve, 50))
    assert "Đã ghi nhận nhiệm vụ 12: 50%" in chat.text(recorded)
    with Session(chat.engine) as session:
        rows = session.exec(select(ProgressUpdate.task_id, ProgressUpdate.percent)).all()
    assert list(rows) == [(old_twelve, 50)]
    again = chat.text(chat.send(VANPHONG, choice=encode(Action.OPEN_TASK, old_twelve)))
    assert "Tiến độ: 50%" in again and "Lịch sử cập nhật:" in again


def test_a_leader_reads_an_earlier_plan_task_without_choices(chat: Chat) -> None:
    import_second_plan(chat)
    shown = chat.send(LEADER, choice=encode(Action.OPEN_TASK, first_plan_task(chat, "12")))
    assert "Thuộc kế hoạch trước:" in chat.text(shown)
    assert not any(row for reply in shown for row in reply.choices)


# --- a task a revision removed -----------------------------------------------------------


def test_a_removed_task_is_shown_read_only_with_the_reason(chat: Chat) -> None:
    twelve = first_plan_task(chat, "12")
    chat.send(VANPHONG, choice=encode(Action.SET_PERCENT, twelve, 25))
    revise_first_plan(chat, drop="12")
    shown = chat.send(VANPHONG, choice=encode(Action.OPEN_TASK, twelve))
    text = chat.text(shown)
    assert "Nhiệm vụ 12 (mục" in text
    assert "bị bỏ khỏi kế hoạch khi điều chỉnh kế hoạch ngày 01/12/2025" in text
    assert "Tiến độ: 25%" in text and "Lịch sử cập nhật:" in text
    assert not any(row for reply in shown for row in reply.choices)


@pytest.mark.parametrize(
    "action",
    [
        Action.SET_PERCENT,
        Action.COMPLETE,
        Action.REPORT_BLOCKER,
        Action.ASK_EXTENSION,
        Action.PERCENT_MENU,
        Action.SNOOZE,
    ],
)
def test_a_removed_task_cannot_be_changed(chat: Chat, action: Action) -> None:
    twelve = first_plan_task(chat, "12")
    revise_first_plan(chat, drop="12")
    two_arguments = action in (Action.SET_PERCENT, Action.SNOOZE)
    data = encode(action, twelve, 1) if two_arguments else encode(action, twelve)
    refused = chat.send(VANPHONG, choice=data)
    assert "không cập nhật được nữa" in chat.text(refused)
    assert not [r for r in refused if r.to]
    with Session(chat.engine) as session:
        assert session.exec(select(ProgressUpdate)).all() == []


# --- an extension overtaken by a revision ---------------------------------------------------


def test_approval_after_the_date_moved_moves_the_current_date(chat: Chat) -> None:
    request = file_extension(chat)
    revise_first_plan(chat, deadline="Trước ngày 16/12/2025")  # now due 15/12/2025
    twelve = first_plan_task(chat, "12")
    assert due_dates(chat, twelve) == [date(2025, 12, 15)]
    decided = approve(chat, request)
    assert (
        "Kế hoạch điều chỉnh đã đổi thời hạn nhiệm vụ 12 từ thứ Ba, 09/12/2025 thành thứ Hai, "
        "15/12/2025; nay nhiệm vụ được gia hạn từ thứ Hai, 15/12/2025 đến thứ Bảy, 20/12/2025"
        in chat.text(decided)
    )
    assert "nay có hạn là thứ Bảy, 20/12/2025" in told(decided, VANPHONG)
    assert due_dates(chat, twelve) == [date(2025, 12, 20)]
    assert the_request(chat).status == Decision.APPROVED


def test_approval_when_the_revision_already_gives_more_time_is_refused(chat: Chat) -> None:
    request = file_extension(chat)
    revise_first_plan(chat, deadline="Trước ngày 01/01/2026")  # now due 31/12/2025
    twelve = first_plan_task(chat, "12")
    decided = approve(chat, request)
    text = chat.text(decided)
    assert "Chưa gia hạn được nhiệm vụ 12" in text and "31/12/2025" in text
    assert "Đã duyệt" not in text
    assert "không thực hiện được" in told(decided, VANPHONG)
    assert "31/12/2025" in told(decided, VANPHONG)
    assert due_dates(chat, twelve) == [date(2025, 12, 31)]
    assert the_request(chat).status == Decision.REFUSED


def test_approval_when_the_revision_removed_the_date_is_refused(chat: Chat) -> None:
    request = file_extension(chat)
    revise_first_plan(chat, deadline="Thường xuyên")
    twelve = first_plan_task(chat, "12")
    decided = approve(chat, request)
    assert "không còn ghi ngày hạn cụ thể" in chat.text(decided)
    assert "không còn ghi ngày hạn cụ thể" in told(decided, VANPHONG)
    assert due_dates(chat, twelve) == []
    assert the_request(chat).status == Decision.REFUSED


def test_approval_when_the_revision_removed_the_task_is_refused(chat: Chat) -> None:
    request = file_extension(chat)
    revise_first_plan(chat, drop="12")
    twelve = first_plan_task(chat, "12")
    decided = approve(chat, request)
    assert "kế hoạch điều chỉnh đã bỏ nhiệm vụ này" in chat.text(decided)
    assert "Đã duyệt" not in chat.text(decided)
    assert "kế hoạch điều chỉnh đã bỏ nhiệm vụ này" in told(decided, VANPHONG)
    assert due_dates(chat, twelve) == [date(2025, 12, 9)]  # an archived task keeps its dates
    assert the_request(chat).status == Decision.REFUSED


def test_refusal_after_the_date_moved_names_the_current_date(chat: Chat) -> None:
    request = file_extension(chat)
    revise_first_plan(chat, deadline="Trước ngày 16/12/2025")
    [data] = [c.data for row in request.choices for c in row if c.label == "Từ chối"]
    chat.send(COORDINATOR, choice=str(data))  # asks for the reason
    decided = chat.send(COORDINATOR, "kế hoạch điều chỉnh đã lùi hạn")
    assert "giữ thời hạn thứ Hai, 15/12/2025 (đề nghị: thứ Bảy, 20/12/2025)" in chat.text(decided)
    assert "thời hạn vẫn là thứ Hai, 15/12/2025" in told(decided, VANPHONG)
    assert "Lý do Trần Thị Hoa nêu: kế hoạch điều chỉnh đã lùi hạn" in told(decided, VANPHONG)
    assert due_dates(chat, first_plan_task(chat, "12")) == [date(2025, 12, 15)]


def test_approval_with_the_date_unchanged_still_moves_it(chat: Chat) -> None:
    request = file_extension(chat)
    revise_first_plan(chat)  # an unchanged re-import keeps the dates
    decided = approve(chat, request)
    assert "được gia hạn từ thứ Ba, 09/12/2025 đến thứ Bảy, 20/12/2025" in chat.text(decided)
    assert due_dates(chat, first_plan_task(chat, "12")) == [date(2025, 12, 20)]
