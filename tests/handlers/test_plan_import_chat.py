"""A plan file sent in the chat (issue 14, item 2), as the coordinator sees it.

The coordinator sends the file; the bot shows what it read (plan, period, new or a
revision, tasks per unit, units, unread deadlines, what changes) and nothing changes
until "Xác nhận nhập"; what the file lacks is asked for (a title, a number, the unit an
unknown name means); a broken file or another commune's plan is refused with every
problem at once; nobody else imports; the file waits in the database, so a restart or
a command between preview and confirmation loses nothing, and a cancelled, replaced or
expired preview leaves nothing behind. Files are made the way clerks make them
(tests/planfile/clerk.py).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date, timedelta

import docx
import pytest
from openpyxl import load_workbook
from sqlalchemy import Engine
from sqlmodel import Session, col, select

from handlers.conversation import Conversation
from handlers.planupload import new_unit_code
from handlers.types import Attachment, Incoming, Person, Reply
from models.calendar import WorkingCalendar
from models.clock import FixedClock
from models.db import session_scope
from models.officers import add_officer
from models.planfile import write_xlsx
from models.plans import export_plan, find_plan, task_by_code
from models.tables import (
    Channel,
    Officer,
    Organisation,
    Plan,
    PlanUpload,
    ProgressUpdate,
    Reminder,
    ReminderState,
    Role,
    Task,
    TaskUnit,
    Unit,
)
from scheduler.policy import ReminderPolicy
from scheduler.service import ReminderService
from tests.builders import register_officers
from tests.handlers.conftest import COORDINATOR, LEADER, NEWCOMER, VANPHONG, Chat, person
from tests.planfile.clerk import KINHTE, KTHT, excel, word
from tests.test_plan_import import ALL_LABEL, edit_xlsx

COORDINATOR2 = person("101", "Đỗ Minh Hải")
NGHI_DUONG_2026 = ["UBND XÃ NGHI DƯƠNG", "Kế hoạch cải cách hành chính xã Nghi Dương năm 2026"]
WORD_LINES = [
    "ỦY BAN NHÂN DÂN",
    "XÃ NGHI DƯƠNG",
    "Số: 45/KH-UBND",
    "Nghi Dương, ngày 10 tháng 01 năm 2026",
    "KẾ HOẠCH",
    "Cải cách hành chính xã Nghi Dương năm 2026",
]


@pytest.fixture
def desk(chat: Chat) -> Chat:
    """The chat with a second coordinator of the commune."""
    register_officers(
        chat.engine,
        [("vhxh", COORDINATOR2.display_name, Role.COORDINATOR, COORDINATOR2.external_id)],
        now=chat.clock.now(),
    )
    return chat


@pytest.fixture
def changed(desk: Chat) -> list[int]:
    """The tasks the reminders are told changed, in the order told."""
    told: list[int] = []
    desk.conversation.on_task_changed = lambda _session, task_id: told.append(task_id)
    return told


def send_file(chat: Chat, who: Person, name: str, data: bytes) -> list[Reply]:
    return chat.send(who, attachment=Attachment("BQACfile", name, len(data), data))


def choice(replies: list[Reply], label: str) -> str:
    """The data of the choice whose label contains ``label``, in the writer's replies."""
    found = [
        option.data
        for reply in replies
        if reply.to is None
        for row in reply.choices
        for option in row
        if label in option.label
    ]
    assert found, f"no choice {label!r} in {[r.text for r in replies]}"
    return found[-1]


def exact_choice(replies: list[Reply], label: str) -> str:
    """The data of the one choice labelled exactly ``label``, in the writer's replies."""
    [found] = [
        option.data
        for reply in replies
        if reply.to is None
        for row in reply.choices
        for option in row
        if option.label == label
    ]
    return found


def labels(replies: list[Reply]) -> list[str]:
    return [option.label for reply in replies for row in reply.choices for option in row]


def world(engine: Engine) -> list[str]:
    """Everything an import may change: communes, units, plans, tasks and their units."""
    with Session(engine) as session:
        rows: list[object] = [
            *((o.code, o.name, o.parent_id) for o in session.exec(select(Organisation))),
            *((u.organisation_id, u.code, u.name) for u in session.exec(select(Unit))),
            *((p.code, p.title, p.period_start, p.period_end) for p in session.exec(select(Plan))),
            *(
                (t.plan_id, t.code, t.title, t.deadline_text, t.archived_at)
                for t in session.exec(select(Task))
            ),
            *((link.task_id, link.unit_id, link.role) for link in session.exec(select(TaskUnit))),
        ]
    return sorted(map(repr, rows))


def unit_codes(engine: Engine) -> list[str]:
    """The codes of every unit, of every commune."""
    with Session(engine) as session:
        return sorted(session.exec(select(Unit.code)).all())


def task_units(engine: Engine, plan_code: str, task_code: str) -> list[tuple[str, str]]:
    """A task's (role, unit code) pairs, sorted."""
    with Session(engine) as session:
        plan = find_plan(session, plan_code)
        assert plan is not None
        task = task_by_code(session, plan.id or 0, task_code)
        assert task is not None
        rows = session.exec(
            select(TaskUnit.role, Unit.code)
            .join(Unit, col(TaskUnit.unit_id) == Unit.id)
            .where(TaskUnit.task_id == task.id)
        ).all()
    return sorted((str(role), code) for role, code in rows)


def uploads(engine: Engine) -> int:
    with Session(engine) as session:
        return len(session.exec(select(PlanUpload)).all())


def plan_tasks(engine: Engine, code: str) -> dict[str, Task]:
    with Session(engine) as session:
        plan = find_plan(session, code)
        assert plan is not None
        return {
            task.code: task for task in session.exec(select(Task).where(Task.plan_id == plan.id))
        }


def with_cells(data: bytes, changes: dict[str, str | None]) -> bytes:
    """A clerk's workbook with some cells retyped (found by their text)."""
    workbook = load_workbook(io.BytesIO(data))
    sheet = workbook.active
    assert sheet is not None
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.value in changes:
                cell.value = changes[cell.value]
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def commune_excel(habits: Sequence[str] = ("synonyms",)) -> bytes:
    """Nghi Dương's 2026 plan as its clerk's workbook, naming its own Phòng Kinh tế."""
    return excel(habits, lines=NGHI_DUONG_2026, economy=KINHTE)


def commune_word(lines: Sequence[str], extra_tasks: int = 0) -> bytes:
    """Nghi Dương's 2026 plan as its Word document, naming its own Phòng Kinh tế."""
    return word(lines=lines, extra_tasks=extra_tasks, economy=KINHTE)


def revised_word(lines: list[str]) -> bytes:
    """The Word plan revised: task 3's deadline moved, task 5 dropped, tasks 6 and 7 added."""
    document = docx.Document(io.BytesIO(commune_word(lines, extra_tasks=2)))
    table = document.tables[-1]
    for row in list(table.rows):
        code = row.cells[0].text.strip()
        if code == "3":
            row.cells[4].text = "Trước ngày 31/7/2026"
        elif code == "5":
            table._tbl.remove(row._tr)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# --- the preview, then the import --------------------------------------------------------


def test_a_plan_file_is_previewed_changing_nothing_then_imported_on_confirmation(
    desk: Chat, changed: list[int]
) -> None:
    before = world(desk.engine)
    data = commune_excel(("synonyms", "merged_stt"))
    replies = send_file(desk, COORDINATOR, "ke-hoach-2026.xlsx", data)
    preview = desk.text(replies)
    assert preview.splitlines()[:3] == [
        "📄 Kế hoạch cải cách hành chính xã Nghi Dương năm 2026",
        "Từ 01/01/2026 đến 31/12/2026.",
        "Kế hoạch mới, mã kh-2026.",
    ]
    assert "6 nhiệm vụ. Số nhiệm vụ mỗi đơn vị chủ trì:" in preview
    assert "• Văn phòng HĐND và UBND xã: 3" in preview
    assert "• Phòng Kinh tế: 2" in preview
    assert (
        "Đơn vị đã khớp: Phòng Văn hoá - Xã hội, Văn phòng HĐND và UBND xã, Phòng Kinh tế, "
        "Trung tâm Phục vụ hành chính công, Trung tâm Sự nghiệp công và Cổng thông tin điện tử "
        "xã."
    ) in preview.splitlines()
    # The commune has every unit the file names: none to add.
    assert "Đơn vị sẽ thêm" not in preview
    assert "Thời hạn đọc được: 6/6 nhiệm vụ." in preview
    assert preview.endswith("Chưa có gì thay đổi cho đến khi anh/chị bấm “Xác nhận nhập”.")
    assert labels(replies) == ["Xác nhận nhập", "Huỷ", "Thêm ngày ban hành"]
    # Only the writer hears of it, and nothing of the plan changed yet.
    assert all(reply.to is None for reply in replies)
    assert world(desk.engine) == before and uploads(desk.engine) == 1

    done = desk.send(COORDINATOR, choice=choice(replies, "Xác nhận nhập"))
    said = desk.text(done)
    assert said.startswith(
        "Đã nhập kế hoạch kh-2026: 6 nhiệm vụ mới, 0 nhiệm vụ được cập nhật, 0 nhiệm vụ không "
        "đổi, 0 nhiệm vụ được lưu trữ."
    )
    assert "Đã thêm đơn vị" not in said
    assert unit_codes(desk.engine) == ["kinhte", "pvhcc", "snc", "vanphong", "vhxh"]
    tasks = plan_tasks(desk.engine, "kh-2026")
    assert sorted(tasks) == ["1", "2.1", "2.2", "3", "4", "5"]
    assert tasks["2.2"].deadline_text == "Quý IV/2026"
    # The reminders hear of every new task; the other coordinator is told; the file goes.
    assert sorted(changed) == sorted(task.id or 0 for task in tasks.values())
    [told] = [reply for reply in done if reply.to is not None]
    assert told.to is not None and told.to.external_id == COORDINATOR2.external_id
    assert told.text == (
        "Trần Thị Hoa đã nhập kế hoạch kh-2026 (“Kế hoạch cải cách hành chính xã Nghi Dương "
        "năm 2026”) từ tệp ke-hoach-2026.xlsx: 6 nhiệm vụ mới, 0 nhiệm vụ sửa, 0 nhiệm vụ lưu "
        "trữ."
    )
    assert uploads(desk.engine) == 0
    # The same button again imports nothing twice.
    again = desk.text(desk.send(COORDINATOR, choice=choice(replies, "Xác nhận nhập")))
    assert "không còn hiệu lực" in again
    assert len(plan_tasks(desk.engine, "kh-2026")) == 6


def test_the_chat_works_on_the_plan_just_imported_whatever_its_clock_says(desk: Chat) -> None:
    # The terminal chat starts its clock again at NHACVIEC_CLOCK_START on every run, so a
    # plan imported in a later run was stamped before the bundled one: /nhiemvu went on
    # showing the old plan after "Từ nay tôi nhắc việc theo kế hoạch này".
    with Session(desk.engine) as session:
        bundled = find_plan(session, "cchc-2025-h2")
        assert bundled is not None
        desk.clock.set(bundled.created_at - timedelta(days=1))
    replies = send_file(desk, COORDINATOR, "ke-hoach-2026.xlsx", commune_excel())
    desk.send(COORDINATOR, choice=choice(replies, "Xác nhận nhập"))
    with Session(desk.engine) as session:
        plans = {plan.code: plan for plan in session.exec(select(Plan))}
    assert plans["kh-2026"].created_at < plans["cchc-2025-h2"].created_at
    shown = desk.text(desk.send(COORDINATOR, "/nhiemvu"))
    assert "2.1 · " in shown and "1.1 · " not in shown, shown
    said = desk.text(desk.send(COORDINATOR, "/capnhat 4 50 đã gửi dự thảo"))
    assert "nhiệm vụ 4: 50%" in said, said
    with Session(desk.engine) as session:
        [update] = session.exec(select(ProgressUpdate)).all()
        task = session.get(Task, update.task_id)
        assert task is not None and task.plan_id == plans["kh-2026"].id


def test_the_deadlines_it_cannot_read_are_listed_with_their_reason(desk: Chat) -> None:
    data = with_cells(
        commune_excel(),
        {"Hằng quý": "Khi có yêu cầu", "Trước ngày 30/6/2026": "Trước ngày 32/12/2026"},
    )
    preview = desk.text(send_file(desk, COORDINATOR, "kh.xlsx", data))
    assert "Thời hạn đọc được: 4/6 nhiệm vụ." in preview
    assert (
        "Chưa đọc được (chưa nhắc việc cho đến khi cán bộ đầu mối đặt ngày bằng /giahan):\n"
        "• 3: “Trước ngày 32/12/2026” ghi ngày 32/12/2026, là ngày không có thật; cán bộ đầu "
        "mối cần đặt ngày cụ thể.\n"
        "• 5: Không xác định được thời hạn từ “Khi có yêu cầu”; cán bộ đầu mối cần đặt ngày cụ "
        "thể."
    ) in preview


def test_a_revision_shows_what_changes_and_keeps_the_progress(
    desk: Chat, changed: list[int]
) -> None:
    first = send_file(desk, COORDINATOR, "kh-45.docx", commune_word(WORD_LINES))
    assert "Số 45/KH-UBND ngày 10/01/2026, từ 01/01/2026 đến 31/12/2026." in desk.text(first)
    desk.send(COORDINATOR, choice=choice(first, "Xác nhận nhập"))
    desk.send(COORDINATOR, "/capnhat 3 40 đã rà soát xong bộ phận một cửa")
    changed.clear()
    before = world(desk.engine)

    replies = send_file(desk, COORDINATOR, "kh-45-sua-doi.docx", revised_word(WORD_LINES))
    preview = desk.text(replies)
    assert "Bản sửa đổi của kế hoạch kh-45-2026 (kế hoạch đã có trong hệ thống)." in preview
    assert "Thay đổi: thêm 2, sửa 1, lưu trữ 1, giữ nguyên 4 nhiệm vụ." in preview
    assert "Thêm: 6, 7.\nSửa: 3.\nLưu trữ: 5." in preview
    assert "Tiến độ đã báo cáo được giữ nguyên" in preview
    assert world(desk.engine) == before

    done = desk.text(desk.send(COORDINATOR, choice=choice(replies, "Xác nhận nhập")))
    assert done.startswith(
        "Đã nhập kế hoạch kh-45-2026: 2 nhiệm vụ mới, 1 nhiệm vụ được cập nhật, 4 nhiệm vụ "
        "không đổi, 1 nhiệm vụ được lưu trữ."
    )
    tasks = plan_tasks(desk.engine, "kh-45-2026")
    assert tasks["3"].deadline_text == "Trước ngày 31/7/2026"
    assert tasks["5"].archived_at is not None and tasks["6"].archived_at is None
    assert sorted(changed) == sorted(
        task.id or 0 for code, task in tasks.items() if code in {"3", "5", "6", "7"}
    )
    with Session(desk.engine) as session:
        kept = session.exec(
            select(ProgressUpdate).where(ProgressUpdate.task_id == tasks["3"].id)
        ).one()
    assert (kept.percent, kept.note) == (40, "đã rà soát xong bộ phận một cửa")


def test_a_plan_of_the_same_period_under_another_title_is_new_unless_said_a_revision(
    desk: Chat,
) -> None:
    """Nghi Dương's digital-transformation plan of 2026 once went in as a revision of its
    administrative-reform plan of 2026 (the same period, neither numbered), archiving its
    tasks. It is a new plan now, and the preview says so beside the other plan, with a
    choice to read it as that plan's revision after all."""
    first = send_file(desk, COORDINATOR, "cchc.xlsx", commune_excel())
    desk.send(COORDINATOR, choice=choice(first, "Xác nhận nhập"))
    digital = ["UBND XÃ NGHI DƯƠNG", "Kế hoạch chuyển đổi số xã Nghi Dương năm 2026"]
    replies = send_file(desk, COORDINATOR, "cds.xlsx", excel((), lines=digital, economy=KINHTE))
    preview = desk.text(replies)
    assert preview.splitlines()[2:4] == [
        "Kế hoạch mới, mã kh-2026-2.",
        "Đã có kế hoạch cùng thời gian thực hiện: “Kế hoạch cải cách hành chính xã Nghi Dương "
        "năm 2026” (kh-2026). Tệp này khác tên kế hoạch và không cùng số, nên sẽ được nhập "
        "thành kế hoạch mới bên cạnh. Nếu tệp là bản sửa đổi của kế hoạch đó, anh/chị chọn "
        "“Là bản sửa đổi của kế hoạch …” bên dưới.",
    ]
    assert "Lưu trữ" not in preview
    assert labels(replies) == [
        "Xác nhận nhập",
        "Huỷ",
        "Thêm ngày ban hành",
        "Là bản sửa đổi của kế hoạch kh-2026",
    ]
    revised = desk.send(COORDINATOR, choice=choice(replies, "Là bản sửa đổi"))
    said = desk.text(revised)
    assert said.startswith(
        "Đã ghi nhận: tệp là bản sửa đổi của kế hoạch kh-2026 (“Kế hoạch cải cách hành chính "
        "xã Nghi Dương năm 2026”)."
    )
    assert "Bản sửa đổi của kế hoạch kh-2026 (kế hoạch đã có trong hệ thống)." in said
    assert "Là bản sửa đổi" not in " ".join(labels(revised))
    done = desk.text(desk.send(COORDINATOR, choice=choice(revised, "Xác nhận nhập")))
    assert done.startswith("Đã nhập kế hoạch kh-2026:")
    with Session(desk.engine) as session:
        plan = find_plan(session, "kh-2026")
        assert plan is not None and plan.title == digital[1]
        assert find_plan(session, "kh-2026-2") is None


def test_a_notes_column_is_said_not_imported_once(desk: Chat) -> None:
    book = load_workbook(io.BytesIO(commune_excel()))
    sheet = book.active
    assert sheet is not None
    for row in sheet.iter_rows():
        if row[0].value == "STT":
            sheet.cell(row[0].row, 7).value = "Ghi chú"
        elif row[0].value in {"3", "4"}:
            sheet.cell(row[0].row, 7).value = "Phối hợp Công an xã"
    buffer = io.BytesIO()
    book.save(buffer)
    preview = desk.text(send_file(desk, COORDINATOR, "kh.xlsx", buffer.getvalue()))
    line = (
        "Các cột không được nhập (nhiệm vụ không có mục tương ứng; nội dung các cột này chỉ "
        "còn trong tệp): “Ghi chú”."
    )
    assert preview.splitlines().count(line) == 1, preview


def test_the_tasks_a_revision_archives_are_listed_in_the_plans_order(desk: Chat) -> None:
    # Sorted as text, the preview listed "Lưu trữ: 10, 11, 4."
    first = send_file(desk, COORDINATOR, "kh-45.docx", commune_word(WORD_LINES, extra_tasks=6))
    desk.send(COORDINATOR, choice=choice(first, "Xác nhận nhập"))
    document = docx.Document(io.BytesIO(commune_word(WORD_LINES, extra_tasks=6)))
    table = document.tables[-1]
    for row in list(table.rows):
        if row.cells[0].text.strip() in {"4", "10", "11"}:
            table._tbl.remove(row._tr)
    buffer = io.BytesIO()
    document.save(buffer)
    preview = desk.text(send_file(desk, COORDINATOR, "kh-45-sua-doi.docx", buffer.getvalue()))
    assert "Lưu trữ: 4, 10, 11." in preview, preview


@pytest.mark.parametrize("typed", ["#5", "5", "/capnhat 5 50 đã gửi dự thảo"])
def test_a_task_the_revision_archived_is_still_shown_by_its_code(desk: Chat, typed: str) -> None:
    # The preview says archived tasks "vẫn xem được"; typing the code said there was none.
    first = send_file(desk, COORDINATOR, "kh-45.docx", commune_word(WORD_LINES))
    desk.send(COORDINATOR, choice=choice(first, "Xác nhận nhập"))
    revision = send_file(desk, COORDINATOR, "kh-45-sua-doi.docx", revised_word(WORD_LINES))
    desk.send(COORDINATOR, choice=choice(revision, "Xác nhận nhập"))
    before = world(desk.engine)
    replies = desk.send(COORDINATOR, typed)
    said = desk.text(replies)
    assert said.startswith("Nhiệm vụ 5 (mục"), said
    assert "đã bị bỏ khỏi kế hoạch" in said and "không cập nhật được nữa" in said, said
    assert labels(replies) == []
    assert world(desk.engine) == before
    with Session(desk.engine) as session:
        assert session.exec(select(ProgressUpdate)).all() == []


def test_a_revision_of_the_running_plan_moves_its_reminders(chat: Chat) -> None:
    """The bundled plan revised from its own Excel export: the dropped task's reminders
    are cancelled at once, the added task gets its own, the progress stays."""
    service = ReminderService(chat.engine, chat.clock, WorkingCalendar(), ReminderPolicy(), {})
    service.plan_everything()
    chat.conversation.on_task_changed = service.replan
    chat.send(VANPHONG, "/capnhat 12 50 đã gửi dự thảo")
    with Session(chat.engine) as session:
        plan = find_plan(session, None)
        assert plan is not None
        exported = write_xlsx(export_plan(session, plan), ALL_LABEL)
    dropped = next(
        code
        for code, task in plan_tasks(chat.engine, "cchc-2025-h2").items()
        if code != "12" and _planned(chat.engine, task.id)
    )
    revised = edit_xlsx(
        exported,
        {},
        drop=frozenset({dropped}),
        add=[
            [
                "33",
                "Tổng kết công tác CCHC năm 2025",
                "Văn phòng HĐND và UBND xã",
                "",
                "Trước ngày 20/12/2025",
                "Báo cáo",
            ]
        ],
    )
    replies = send_file(chat, COORDINATOR, "cchc-2025-h2.xlsx", revised)
    preview = chat.text(replies)
    assert "Bản sửa đổi của kế hoạch cchc-2025-h2 (kế hoạch đã có trong hệ thống)." in preview
    assert f"Thêm: 33.\nLưu trữ: {dropped}." in preview
    chat.send(COORDINATOR, choice=choice(replies, "Xác nhận nhập"))
    tasks = plan_tasks(chat.engine, "cchc-2025-h2")
    assert _planned(chat.engine, tasks[dropped].id) == 0
    assert _planned(chat.engine, tasks["33"].id) > 0
    report = chat.text(chat.send(VANPHONG, "#12"))
    assert "50%" in report


def _planned(engine: Engine, task_id: int | None) -> int:
    with Session(engine) as session:
        return len(
            session.exec(
                select(Reminder).where(
                    Reminder.task_id == task_id, Reminder.state == ReminderState.PLANNED
                )
            ).all()
        )


# --- what the file lacks, asked in the chat ------------------------------------------------


def test_a_preview_before_any_lead_is_known_has_no_empty_list_of_units(desk: Chat) -> None:
    # Every lead named in a way the commune does not know yet: the heading "Số nhiệm vụ mỗi
    # đơn vị chủ trì:" stood over nothing until the questions were answered.
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in (
        NGHI_DUONG_2026[:2],
        ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Sản phẩm"],
        ["1", "Tuyên truyền CCHC", "Ban Chỉ huy Quân sự xã", "", "Quý II/2026", "Báo cáo"],
    ):
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    [preview, *_] = desk.mine(send_file(desk, COORDINATOR, "kh.xlsx", buffer.getvalue()))
    assert "\n1 nhiệm vụ.\n" in preview.text, preview.text
    assert "mỗi đơn vị chủ trì" not in preview.text


@pytest.mark.parametrize("new_unit", [True, False])
def test_an_unknown_unit_is_answered_with_a_choice(desk: Chat, new_unit: bool) -> None:
    data = with_cells(
        commune_excel(),
        {"Phòng VH-XH": "Phòng Tài chính - Kế hoạch"},
    )
    before = world(desk.engine)
    replies = send_file(desk, COORDINATOR, "kh.xlsx", data)
    preview, question = desk.mine(replies)
    assert "Đơn vị chưa khớp: “Phòng Tài chính - Kế hoạch”." in preview.text
    assert question.text == (
        "“Phòng Tài chính - Kế hoạch” (nhiệm vụ 1) là đơn vị nào? Anh/chị chọn một đơn vị của "
        "xã, hoặc thêm làm đơn vị mới."
    )
    assert labels(replies)[:2] == ["Phòng Văn hoá - Xã hội", "Văn phòng HĐND và UBND xã"]
    assert labels(replies)[-2:] == ["Đơn vị mới “Phòng Tài chính - Kế hoạch”", "Huỷ"]
    assert "Xác nhận nhập" not in labels(replies)
    label = "Đơn vị mới" if new_unit else "Phòng Văn hoá - Xã hội"
    answered = desk.send(COORDINATOR, choice=choice(replies, label))
    noted = desk.mine(answered)[0].text
    assert noted == (
        "Đã ghi nhận: “Phòng Tài chính - Kế hoạch” sẽ được thêm làm đơn vị mới, mã ptckh."
        if new_unit
        else "Đã ghi nhận: “Phòng Tài chính - Kế hoạch” là Phòng Văn hoá - Xã hội."
    )
    assert labels(answered) == ["Xác nhận nhập", "Huỷ", "Thêm ngày ban hành"]
    assert world(desk.engine) == before
    # The first question's buttons belong to an earlier preview now.
    stale = desk.text(desk.send(COORDINATOR, choice=choice(replies, "Văn phòng HĐND")))
    assert stale.startswith("Nút này thuộc một bản xem trước cũ")

    desk.send(COORDINATOR, choice=choice(answered, "Xác nhận nhập"))
    with Session(desk.engine) as session:
        plan = find_plan(session, "kh-2026")
        assert plan is not None
        task = task_by_code(session, plan.id or 0, "1")
        assert task is not None
        lead = session.exec(
            select(Unit.code)
            .join(TaskUnit, col(TaskUnit.unit_id) == Unit.id)
            .where(TaskUnit.task_id == task.id, TaskUnit.role == "lead")
        ).all()
    assert lead == (["ptckh"] if new_unit else ["vhxh"])


def test_a_wards_economy_office_is_asked_about_and_the_answer_remembered(desk: Chat) -> None:
    """Nghi Dương has Phòng Kinh tế; a plan copied from a ward names the ward's Phòng Kinh
    tế, Hạ tầng và Đô thị, the same office under its other name (Decree 150/2025). The
    coordinator is asked which unit it is, rather than a second economy office with nobody
    in it being added; the answer leads the tasks, and the next file is previewed unasked."""
    data = excel(("synonyms",), lines=NGHI_DUONG_2026, economy=KTHT)
    before, units = world(desk.engine), unit_codes(desk.engine)
    replies = send_file(desk, COORDINATOR, "kh.xlsx", data)
    preview, question = desk.mine(replies)
    assert f"Đơn vị chưa khớp: “{KTHT}”." in preview.text.splitlines()
    assert "Đơn vị sẽ thêm" not in preview.text
    assert question.text == (
        f"“{KTHT}” (nhiệm vụ 2.2, 3) là đơn vị nào? Anh/chị chọn một đơn vị của xã, hoặc "
        "thêm làm đơn vị mới."
    )
    assert "Phòng Kinh tế" in labels(replies)
    assert labels(replies)[-2:] == [f"Đơn vị mới “{KTHT}”", "Huỷ"]
    answered = desk.send(COORDINATOR, choice=exact_choice(replies, "Phòng Kinh tế"))
    assert desk.mine(answered)[0].text == f"Đã ghi nhận: “{KTHT}” là Phòng Kinh tế."
    assert "• Phòng Kinh tế: 2" in desk.text(answered).splitlines()
    assert labels(answered) == ["Xác nhận nhập", "Huỷ", "Thêm ngày ban hành"]
    assert world(desk.engine) == before

    done = desk.text(desk.send(COORDINATOR, choice=choice(answered, "Xác nhận nhập")))
    assert done.startswith("Đã nhập kế hoạch kh-2026: 6 nhiệm vụ mới")
    assert (
        f"Đã ghi nhớ: từ nay “{KTHT}” trong tệp kế hoạch được hiểu là Phòng Kinh tế."
    ) in done.splitlines()
    assert "Đã thêm đơn vị" not in done
    assert unit_codes(desk.engine) == units  # no "ktht" beside "kinhte"
    assert task_units(desk.engine, "kh-2026", "2.2") == [("lead", "kinhte")]
    assert task_units(desk.engine, "kh-2026", "3") == [
        ("coordinating", "kinhte"),
        ("coordinating", "pvhcc"),
        ("lead", "vanphong"),
    ]

    # The same file again: no question, straight to the preview of an unchanged revision.
    again = send_file(desk, COORDINATOR, "kh.xlsx", data)
    shown = desk.text(again)
    assert "Đơn vị chưa khớp" not in shown and "là đơn vị nào?" not in shown
    assert "Bản sửa đổi của kế hoạch kh-2026 (kế hoạch đã có trong hệ thống)." in shown
    assert "Thay đổi: thêm 0, sửa 0, lưu trữ 0, giữ nguyên 6 nhiệm vụ." in shown
    assert labels(again) == ["Xác nhận nhập", "Huỷ", "Thêm ngày ban hành"]


def test_a_wards_economy_office_added_as_new_takes_its_standard_code(desk: Chat) -> None:
    """A coordinator who answers that the ward's office is a unit of its own gets it under
    the code every commune uses for it, not one made of its initials."""
    data = excel(("synonyms",), lines=NGHI_DUONG_2026, economy=KTHT)
    replies = send_file(desk, COORDINATOR, "kh.xlsx", data)
    answered = desk.send(COORDINATOR, choice=exact_choice(replies, f"Đơn vị mới “{KTHT}”"))
    assert desk.mine(answered)[0].text == (
        f"Đã ghi nhận: “{KTHT}” sẽ được thêm làm đơn vị mới, mã ktht."
    )
    done = desk.text(desk.send(COORDINATOR, choice=choice(answered, "Xác nhận nhập")))
    assert f"Đã thêm đơn vị: {KTHT} (ktht)." in done.splitlines()
    assert task_units(desk.engine, "kh-2026", "2.2") == [("lead", "ktht")]


def test_a_blank_issue_date_may_be_added_before_confirming(desk: Chat) -> None:
    """The day signed is optional: a copy that leaves it blank is offered "Thêm ngày ban
    hành"; a day that cannot be, or is still to come, is asked again."""
    lines = [line for line in WORD_LINES if "ngày" not in line]
    replies = send_file(desk, COORDINATOR, "kh.docx", commune_word(lines))
    preview = desk.text(replies)
    assert "Số 45/KH-UBND, từ 01/01/2026 đến 31/12/2026." in preview.splitlines()
    assert preview.endswith(
        "Văn bản không ghi ngày ban hành kế hoạch; anh/chị có thể bổ sung.\n"
        "Chưa có gì thay đổi cho đến khi anh/chị bấm “Xác nhận nhập”."
    )
    assert labels(replies) == ["Xác nhận nhập", "Huỷ", "Thêm ngày ban hành"]
    asked = desk.send(COORDINATOR, choice=choice(replies, "Thêm ngày ban hành"))
    assert desk.text(asked) == (
        "Anh/chị gõ ngày ban hành kế hoạch, như ghi ở trang đầu văn bản, ví dụ: 15/07/2025."
    )
    for wrong in ("31/02/2025", "15/12/2025", "chưa rõ"):  # impossible, still to come, no day
        again = desk.text(desk.send(COORDINATOR, wrong))
        assert again.startswith("Tôi chưa đọc được ngày này"), wrong
    dated = desk.send(COORDINATOR, "05/11/2025")
    assert "Số 45/KH-UBND ngày 05/11/2025, từ 01/01/2026 đến 31/12/2026." in desk.text(dated)
    assert labels(dated) == ["Xác nhận nhập", "Huỷ"]
    desk.send(COORDINATOR, choice=choice(dated, "Xác nhận nhập"))
    with Session(desk.engine) as session:
        plan = find_plan(session, "kh-45-2026")
        assert plan is not None and plan.issued_on == date(2025, 11, 5)


def test_a_missing_number_is_asked_for_and_checked(desk: Chat) -> None:
    lines = [*WORD_LINES[:2], "Số: .../KH-UBND", *WORD_LINES[3:]]
    replies = send_file(desk, COORDINATOR, "kh.docx", commune_word(lines))
    assert desk.text(replies) == (
        "Tôi đã đọc “kh.docx”: 6 nhiệm vụ.\n"
        "Văn bản không ghi số của kế hoạch (dòng Số: .../KH-UBND để trống). Anh/chị gõ số kế "
        "hoạch, ví dụ 45/KH-UBND."
    )
    assert labels(replies) == ["Huỷ"]
    again = desk.text(desk.send(COORDINATOR, "chưa có số"))
    assert again.startswith("Số của kế hoạch phải có chữ số")
    preview = desk.send(COORDINATOR, "45/KH-UBND")
    assert (
        "Số 45/KH-UBND ngày 10/01/2026, từ 01/01/2026 đến 31/12/2026.\nKế hoạch mới, mã "
        "kh-45-2026."
    ) in desk.text(preview)
    desk.send(COORDINATOR, choice=choice(preview, "Xác nhận nhập"))
    with Session(desk.engine) as session:
        plan = find_plan(session, "kh-45-2026")
        assert plan is not None and plan.decision_number == "45/KH-UBND"
        assert plan.issued_on == date(2026, 1, 10)


def test_a_table_without_title_or_period_in_a_commune_without_plans_asks_for_both(
    desk: Chat,
) -> None:
    # A new commune with one unit and its coordinator, and no plan yet.
    with session_scope(desk.engine) as session:
        commune = Organisation(
            code="tan-lap",
            name="Xã Tân Lập",
            authority="Ủy ban nhân dân xã Tân Lập",
            place="Tân Lập",
            created_at=desk.clock.now(),
        )
        session.add(commune)
        session.flush()
        commune_id = commune.id
        unit = Unit(organisation_id=commune_id or 0, code="vhxh", name="Phòng Văn hoá - Xã hội")
        session.add(unit)
        session.flush()
        add_officer(
            session,
            unit=unit,
            full_name="Vũ Thị Thu",
            role=Role.COORDINATOR,
            channel=Channel.TELEGRAM,
            external_id="900",
            now=desk.clock.now(),
        )
    thu = person("900", "Vũ Thị Thu")
    replies = send_file(desk, thu, "phu-luc.xlsx", excel(("synonyms",)))
    assert "Tệp không ghi tên kế hoạch. Anh/chị gõ tên kế hoạch" in desk.text(replies)
    asked = desk.text(desk.send(thu, "Kế hoạch cải cách hành chính xã Tân Lập năm 2026"))
    assert asked.startswith("Tệp không ghi thời gian thực hiện kế hoạch. Anh/chị gõ ngày bắt đầu")
    wrong = desk.text(desk.send(thu, "cả năm"))
    assert wrong.startswith("Tôi chưa đọc được thời gian thực hiện")
    preview = desk.send(thu, "01/01/2026 - 31/12/2026")
    text = desk.text(preview)
    assert "Kế hoạch mới, mã kh-2026." in text
    # A commune with neither economy office gets the one its file names, as the others.
    added = (
        "Phòng Kinh tế, Hạ tầng và Đô thị (ktht), Văn phòng HĐND và UBND (vanphong), Trung tâm "
        "Phục vụ hành chính công (pvhcc)."
    )
    assert f"Đơn vị sẽ thêm: {added}" in text.splitlines()
    done = desk.text(desk.send(thu, choice=choice(preview, "Xác nhận nhập")))
    assert f"Đã thêm đơn vị: {added}" in done.splitlines()
    with Session(desk.engine) as session:
        plans = session.exec(select(Plan).where(Plan.organisation_id == commune_id)).all()
    assert [(plan.code, plan.period_start.isoformat()) for plan in plans] == [
        ("kh-2026", "2026-01-01")
    ]


# --- refusals: nothing changes ----------------------------------------------------------------


def test_a_broken_file_lists_every_problem_at_once_and_changes_nothing(desk: Chat) -> None:
    before = world(desk.engine)
    data = with_cells(
        commune_excel(),
        {"Rà soát thủ tục hành chính": None, "Phòng VH-XH": "Phòng Không Có"},
    )
    workbook = load_workbook(io.BytesIO(data))
    sheet = workbook.active
    assert sheet is not None
    for row in sheet.iter_rows():
        if row[0].value == "5":
            row[2].value = None  # task 5 loses its lead unit
    buffer = io.BytesIO()
    workbook.save(buffer)
    replies = send_file(desk, COORDINATOR, "hong.xlsx", buffer.getvalue())
    assert desk.text(replies).splitlines() == [
        "Không nhập được “hong.xlsx”; chưa có gì thay đổi. Các lỗi (3):",
        "• Dòng 6, cột “Đơn vị chủ trì”: Nhiệm vụ 1: không nhận ra đơn vị “Phòng Không Có”; hãy "
        "ghi mã đơn vị (kinhte, pvhcc, snc, vanphong, vhxh), tên đơn vị, hoặc “all” (tất cả các "
        "đơn vị).",
        "• Dòng 11, cột “Nhiệm vụ”: Nhiệm vụ 3 chưa có nội dung.",
        "• Dòng 13, cột “Đơn vị chủ trì”: Nhiệm vụ 5 chưa có cơ quan chủ trì.",
        "Anh/chị sửa tệp rồi gửi lại.",
    ]
    assert labels(replies) == []
    assert world(desk.engine) == before and uploads(desk.engine) == 0


def test_what_the_chat_would_ask_is_listed_beside_the_files_problems(desk: Chat) -> None:
    """A Word plan with a blank number and a row without its lead unit: the number is not
    asked for while the file must be sent again anyway; the list says it will be."""
    lines = [*WORD_LINES[:2], "Số: .../KH-UBND", *WORD_LINES[3:]]
    document = docx.Document(io.BytesIO(commune_word(lines)))
    for row in document.tables[-1].rows:
        if row.cells[0].text.strip() == "3":
            row.cells[2].text = ""
    buffer = io.BytesIO()
    document.save(buffer)
    said = desk.text(send_file(desk, COORDINATOR, "kh.docx", buffer.getvalue()))
    assert said.splitlines()[1:3] == [
        "• Văn bản không ghi số của kế hoạch (dòng Số: .../KH-UBND để trống hoặc không có); "
        "tôi sẽ hỏi sau khi các lỗi còn lại được sửa.",
        "• Dòng 8, cột “Cơ quan chủ trì”: Nhiệm vụ 3 chưa có cơ quan chủ trì.",
    ]
    assert uploads(desk.engine) == 0


def test_a_file_that_is_no_plan_at_all_is_explained(desk: Chat) -> None:
    said = desk.text(send_file(desk, COORDINATOR, "anh-chup.pdf", b"%PDF-1.4 not really"))
    assert said.startswith("Không nhập được “anh-chup.pdf”; chưa có gì thay đổi. Các lỗi (1):")
    assert uploads(desk.engine) == 0


def test_another_communes_plan_is_refused_in_the_chats_words(desk: Chat) -> None:
    before = world(desk.engine)
    said = desk.text(send_file(desk, COORDINATOR, "hoa-xuan.docx", word()))
    assert said.splitlines() == [
        "Không nhập được “hoa-xuan.docx”; chưa có gì thay đổi. Các lỗi (1):",
        "• Kế hoạch do phường Hòa Xuân ban hành, không phải xã Nghi Dương: kế hoạch của xã, "
        "phường khác không được nhập vào đây. Cán bộ đầu mối của nơi đó sẽ nhập kế hoạch này.",
        "Anh/chị sửa tệp rồi gửi lại.",
    ]
    assert "--commune" not in said
    assert world(desk.engine) == before


@pytest.mark.parametrize(
    ("who", "answer"),
    [
        (VANPHONG, "Chỉ cán bộ đầu mối của xã mới nhập được tệp kế hoạch. Để gửi kèm tệp này"),
        (
            LEADER,
            "Kế hoạch do cán bộ đầu mối của xã nhập: anh/chị vui lòng chuyển tệp cho Trần Thị "
            "Hoa, Đỗ Minh Hải. Lãnh đạo theo dõi việc thực hiện kế hoạch: /baocao để xem báo "
            "cáo, /nhiemvu để xem mọi nhiệm vụ.",
        ),
        (
            NEWCOMER,
            "Chỉ cán bộ đầu mối của xã mới nhập được tệp kế hoạch, và anh/chị chưa đăng ký",
        ),
    ],
)
def test_only_a_coordinator_imports(desk: Chat, who: Person, answer: str) -> None:
    before = world(desk.engine)
    data = commune_excel()
    said = desk.text(send_file(desk, who, "kh.xlsx", data))
    assert said.startswith(answer)
    assert world(desk.engine) == before and uploads(desk.engine) == 0
    # A leader, who updates no task, is never told to attach the file to one.
    if who is LEADER:
        assert "trả lời" not in said and "gửi kèm" not in said
    if who is VANPHONG:
        command = desk.text(desk.send(who, "/nhapkehoach"))
        assert command == "Chỉ cán bộ đầu mối của xã mới nhập được kế hoạch."
    elif who is LEADER:
        assert desk.text(desk.send(who, "/nhapkehoach")) == said


def test_a_leader_is_told_who_imports_when_no_coordinator_uses_the_bot(desk: Chat) -> None:
    with session_scope(desk.engine) as session:
        for officer in session.exec(select(Officer).where(Officer.role == Role.COORDINATOR)):
            officer.active = False
            session.add(officer)
    said = desk.text(send_file(desk, LEADER, "kh.xlsx", commune_excel()))
    assert said.startswith(
        "Kế hoạch do cán bộ đầu mối của xã nhập, nhưng xã chưa có cán bộ đầu mối nào dùng trợ "
        "lý: quản trị viên sẽ nhập kế hoạch trên máy chủ (nhacviec plan import)."
    )


def test_a_document_replying_to_a_task_message_stays_a_progress_attachment(desk: Chat) -> None:
    with Session(desk.engine) as session:
        plan = find_plan(session, None)
        assert plan is not None
        task = task_by_code(session, plan.id or 0, "12")
        assert task is not None and task.id is not None
    message = desk.message_about(COORDINATOR, task.id)
    data = commune_excel()
    desk.send(
        COORDINATOR,
        "50",
        reply_to=message,
        attachment=Attachment("BQACfile", "bang-tong-hop.xlsx", len(data), data),
    )
    with Session(desk.engine) as session:
        update = session.exec(select(ProgressUpdate)).one()
    assert (update.percent, update.file_name) == (50, "bang-tong-hop.xlsx")
    assert uploads(desk.engine) == 0


def test_the_channel_fetches_only_a_coordinators_plan_file_sent_on_its_own(desk: Chat) -> None:
    with Session(desk.engine) as session:
        plan = find_plan(session, None)
        assert plan is not None
        task = task_by_code(session, plan.id or 0, "12")
        assert task is not None and task.id is not None
    about_task = desk.message_about(COORDINATOR, task.id)

    def wanted(who: Person, name: str, reply_to: str | None = None, private: bool = True) -> bool:
        attachment = Attachment("BQAC", name)
        return desk.conversation.wants_file(
            Incoming(
                who,
                who.external_id,
                reply_to_message_id=reply_to,
                attachment=attachment,
                private=private,
            )
        )

    assert wanted(COORDINATOR, "ke-hoach.docx")
    assert wanted(COORDINATOR, "KE-HOACH.XLSX", reply_to="999")  # not about a task
    assert not wanted(COORDINATOR, "bao-cao.docx", reply_to=about_task)
    assert not wanted(COORDINATOR, "ke-hoach.docx", private=False)
    assert not wanted(COORDINATOR, "anh.jpg")
    assert not wanted(COORDINATOR, "ke-hoach.doc")  # answered without its bytes
    assert not wanted(VANPHONG, "ke-hoach.docx")
    assert not wanted(NEWCOMER, "ke-hoach.docx")


def test_too_large_old_format_and_unfetched_files_are_explained(desk: Chat) -> None:
    big = desk.text(
        desk.send(COORDINATOR, attachment=Attachment("BQAC", "kh.docx", 6 * 1024 * 1024))
    )
    assert big.startswith("Tệp nặng 6,0 MB; tệp kế hoạch tối đa 5 MB.")
    old = desk.text(desk.send(COORDINATOR, attachment=Attachment("BQAC", "kh.doc", 1000)))
    assert old.startswith("Tôi không đọc được tệp .doc. Anh/chị mở tệp, lưu lại dưới dạng .docx")
    lost = desk.text(desk.send(COORDINATOR, attachment=Attachment("BQAC", "kh.xlsx", 1000)))
    assert lost == "Tôi không tải được tệp từ cuộc trò chuyện. Anh/chị vui lòng gửi lại."
    assert uploads(desk.engine) == 0


@pytest.mark.parametrize(
    ("who", "name", "answer"),
    [
        (COORDINATOR, "photo.jpg", "Tôi không đọc được kế hoạch từ ảnh chụp hay hình ảnh"),
        (COORDINATOR, "ke-hoach.zip", "Tôi không đọc được kế hoạch từ tệp .zip. Anh/chị gửi"),
        (VANPHONG, "photo.jpg", "Để gửi kèm tệp này vào tiến độ một nhiệm vụ, anh/chị hãy"),
        # A leader reports no progress: told what a leader does instead.
        (LEADER, "photo.jpg", "Tôi chỉ lưu tệp khi cán bộ gửi kèm báo cáo tiến độ của một"),
        (LEADER, "bien-ban.zip", "Tôi chỉ lưu tệp khi cán bộ gửi kèm báo cáo tiến độ của một"),
    ],
)
def test_a_photo_or_other_file_sent_alone_says_what_to_send(
    desk: Chat, who: Person, name: str, answer: str
) -> None:
    # A coordinator who photographs the signed plan was told "I did not understand".
    before = world(desk.engine)
    said = desk.text(desk.send(who, attachment=Attachment("AgAC", name, 1000)))
    assert said.startswith(answer), said
    assert "Tôi chưa hiểu" not in said
    assert world(desk.engine) == before and uploads(desk.engine) == 0


# --- what becomes of a preview ---------------------------------------------------------------


def test_cancel_leaves_nothing_behind(desk: Chat) -> None:
    before = world(desk.engine)
    replies = send_file(desk, COORDINATOR, "kh.xlsx", commune_excel())
    said = desk.text(desk.send(COORDINATOR, choice=choice(replies, "Huỷ")))
    assert said == "Đã huỷ; không có gì thay đổi."
    assert world(desk.engine) == before and uploads(desk.engine) == 0
    late = desk.text(desk.send(COORDINATOR, choice=choice(replies, "Xác nhận nhập")))
    assert late.startswith("Bản xem trước này không còn hiệu lực")
    assert world(desk.engine) == before


def test_cancelling_a_question_about_the_file_forgets_the_file(desk: Chat) -> None:
    lines = [*WORD_LINES[:2], "Số: .../KH-UBND", *WORD_LINES[3:]]
    send_file(desk, COORDINATOR, "kh.docx", commune_word(lines))
    assert uploads(desk.engine) == 1
    said = desk.text(desk.send(COORDINATOR, "huỷ"))
    assert said == "Đã huỷ: tệp kế hoạch không được nhập, không có gì thay đổi."
    assert uploads(desk.engine) == 0


def test_huy_typed_under_a_preview_cancels_it_as_the_button_does(desk: Chat) -> None:
    # The README promises "Huỷ or /huy"; /huy used to answer "Đã huỷ." and keep the file.
    before = world(desk.engine)
    replies = send_file(desk, COORDINATOR, "kh.xlsx", commune_excel())
    assert uploads(desk.engine) == 1
    said = desk.text(desk.send(COORDINATOR, "/huy"))
    assert said == "Đã huỷ: tệp kế hoạch không được nhập, không có gì thay đổi."
    assert world(desk.engine) == before and uploads(desk.engine) == 0
    late = desk.text(desk.send(COORDINATOR, choice=choice(replies, "Xác nhận nhập")))
    assert late.startswith("Bản xem trước này không còn hiệu lực")
    assert world(desk.engine) == before
    # With nothing waiting, /huy is the plain "cancelled".
    assert desk.text(desk.send(COORDINATOR, "/huy")) == "Đã huỷ."


def test_an_expired_preview_imports_nothing(desk: Chat) -> None:
    before = world(desk.engine)
    replies = send_file(desk, COORDINATOR, "kh.xlsx", commune_excel())
    desk.clock.advance(timedelta(hours=24, minutes=1))
    said = desk.text(desk.send(COORDINATOR, choice=choice(replies, "Xác nhận nhập")))
    assert said.startswith("Bản xem trước này đã hết hạn (sau một ngày); chưa có gì thay đổi.")
    assert world(desk.engine) == before and uploads(desk.engine) == 0


def test_the_daily_planning_drops_a_preview_left_waiting_a_day(desk: Chat) -> None:
    send_file(desk, COORDINATOR, "kh.xlsx", commune_excel())
    service = ReminderService(desk.engine, desk.clock, WorkingCalendar(), ReminderPolicy(), {})
    service.plan_everything()
    assert uploads(desk.engine) == 1  # still within its day
    desk.clock.advance(timedelta(hours=24, minutes=1))
    service.plan_everything()
    assert uploads(desk.engine) == 0


def test_a_newer_file_replaces_the_preview(desk: Chat) -> None:
    old = send_file(desk, COORDINATOR, "kh.xlsx", commune_excel())
    new = send_file(desk, COORDINATOR, "kh-45.docx", commune_word(WORD_LINES))
    assert uploads(desk.engine) == 1
    # Refused, whether the old row's id was given out again (SQLite) or not.
    stale = desk.text(desk.send(COORDINATOR, choice=choice(old, "Xác nhận nhập")))
    assert stale.startswith(("Bản xem trước này không còn hiệu lực", "Nút này thuộc một bản"))
    desk.send(COORDINATOR, choice=choice(new, "Xác nhận nhập"))
    with Session(desk.engine) as session:
        assert find_plan(session, "kh-2026") is None
        assert find_plan(session, "kh-45-2026") is not None


def test_a_restart_or_a_command_between_preview_and_confirmation_loses_nothing(
    desk: Chat,
) -> None:
    replies = send_file(desk, COORDINATOR, "kh.xlsx", commune_excel())
    desk.send(COORDINATOR, "/nhiemvu")
    restarted = Conversation(desk.engine, FixedClock(desk.clock.now()), WorkingCalendar())
    desk.conversation = restarted
    done = desk.text(desk.send(COORDINATOR, choice=choice(replies, "Xác nhận nhập")))
    assert done.startswith("Đã nhập kế hoạch kh-2026: 6 nhiệm vụ mới")


def test_a_preview_that_no_longer_holds_is_shown_again(desk: Chat) -> None:
    """Both coordinators preview the same new plan; the second to confirm sees that it is
    now a revision with nothing to change, rather than importing a second copy."""
    data = commune_excel()
    hoa = send_file(desk, COORDINATOR, "kh.xlsx", data)
    hai = send_file(desk, COORDINATOR2, "kh.xlsx", data)
    desk.send(COORDINATOR, choice=choice(hoa, "Xác nhận nhập"))
    again = desk.send(COORDINATOR2, choice=choice(hai, "Xác nhận nhập"))
    said = desk.text(again)
    assert said.startswith(
        "Kế hoạch hoặc danh sách đơn vị của xã đã thay đổi kể từ lần xem trước; tôi đọc lại tệp:"
    )
    assert "Bản sửa đổi của kế hoạch kh-2026 (kế hoạch đã có trong hệ thống)." in said
    assert "Thay đổi: thêm 0, sửa 0, lưu trữ 0, giữ nguyên 6 nhiệm vụ." in said
    assert labels(again) == ["Xác nhận nhập", "Huỷ", "Thêm ngày ban hành"]
    with Session(desk.engine) as session:
        assert len(session.exec(select(Plan)).all()) == 2


# --- the command ------------------------------------------------------------------------------


def test_the_command_says_where_to_send_the_file_on_each_channel(desk: Chat) -> None:
    telegram = desk.text(desk.send(COORDINATOR, "/nhapkehoach"))
    assert telegram.startswith("Anh/chị gửi tệp kế hoạch dưới dạng tệp đính kèm")
    assert "tối đa 5 MB" in telegram
    refused = desk.text(desk.send(VANPHONG, "/nhapkehoach"))
    assert refused == "Chỉ cán bộ đầu mối của xã mới nhập được kế hoạch."
    for where in (Channel.ZALO, Channel.TERMINAL):
        register_officers(
            desk.engine,
            [("vhxh", "Trần Thị Hoa", Role.COORDINATOR, f"{where.value}-hoa")],
            now=desk.clock.now(),
            channel=where,
        )
    on_zalo = Person(Channel.ZALO, "zalo-hoa", "Trần Thị Hoa")
    on_terminal = Person(Channel.TERMINAL, "terminal-hoa", "Trần Thị Hoa")
    zalo = desk.text(desk.send(on_zalo, "nhập kế hoạch"))
    assert zalo == (
        "Zalo không chuyển tệp cho bot. Anh/chị gửi tệp kế hoạch cho bot trên Telegram "
        "@nhacviec_test_bot: nếu tài khoản Telegram chưa liên kết, gõ /lienket tại đây rồi gửi "
        "“LIENKET” kèm mã cho bot Telegram. Hoặc quản trị viên nhập trên máy chủ: nhacviec plan "
        "import TỆP --commune nghi-duong"
    )
    terminal = desk.text(desk.send(on_terminal, "/nhapkehoach"))
    assert "nhacviec plan import TỆP --commune nghi-duong" in terminal


def test_the_coordinators_menu_and_help_name_the_command(desk: Chat) -> None:
    help_text = desk.text(desk.send(COORDINATOR, "/trogiup"))
    assert "/nhapkehoach — Nhập kế hoạch: gửi tệp Word hoặc Excel" in help_text
    assert "/nhapkehoach" not in desk.text(desk.send(VANPHONG, "/trogiup"))


def test_new_unit_codes_are_initials_and_unique() -> None:
    assert new_unit_code("Phòng Tài chính - Kế hoạch", set()) == "ptckh"
    assert new_unit_code("Phòng Tài chính - Kế hoạch", {"ptckh"}) == "ptckh-2"
    assert new_unit_code("Đoàn Thanh niên", set()) == "dtn"
    assert new_unit_code("Công an", set()) == "ca"
    assert new_unit_code("!!", set()) == "donvi"


def test_a_new_unit_under_a_standard_name_takes_the_standard_code() -> None:
    assert new_unit_code("Phòng Kinh tế, Hạ tầng và Đô thị", set()) == "ktht"
    assert new_unit_code("Phòng KT-HT&ĐT", set()) == "ktht"
    assert new_unit_code("Trung tâm PVHCC", {"pvhcc"}) == "pvhcc-2"
    assert new_unit_code("Văn phòng HĐND và UBND phường", set()) == "vanphong"
