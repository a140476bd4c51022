"""The conversation core through its own inputs and outputs, as several people at once."""

from __future__ import annotations

import io
import re
from datetime import date, datetime, timedelta

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import Session, col, select

from handlers import conversation as conversation_module
from handlers.choices import Action, encode
from handlers.context import Turn
from handlers.conversation import Conversation
from handlers.i18n import translator
from handlers.reports import report_json
from handlers.types import Attachment, Person, Reply
from models.clock import VIETNAM
from models.officers import units_of
from models.plans import find_plan, task_by_code
from models.report import Report, build_report
from models.tables import (
    DueDate,
    ExtensionRequest,
    Invite,
    Officer,
    ProgressKind,
    ProgressUpdate,
    Task,
    TaskUnit,
    Unit,
)
from tests.builders import confirm_completions_at_once
from tests.handlers.conftest import (
    COORDINATOR,
    KINHTE,
    LEADER,
    NEWCOMER,
    VANPHONG,
    Chat,
    person,
)


def task_id(chat: Chat, code: str) -> int:
    with Session(chat.engine) as session:
        plan = find_plan(session, None)
        assert plan is not None and plan.id is not None
        task = task_by_code(session, plan.id, code)
        assert task is not None and task.id is not None
        return task.id


def progress_rows(chat: Chat) -> list[tuple[str, int | None, str, str]]:
    with Session(chat.engine) as session:
        rows = session.exec(
            select(Task.code, ProgressUpdate.percent, ProgressUpdate.note, ProgressUpdate.kind)
            .join(Task, col(Task.id) == ProgressUpdate.task_id)
            .order_by(col(ProgressUpdate.id))
        ).all()
    return [(code, percent, note, str(kind)) for code, percent, note, kind in rows]


def choice_data(replies: list[Reply], label_part: str) -> str:
    for reply in replies:
        for row in reply.choices:
            for choice in row:
                if label_part in choice.label:
                    return str(choice.data)
    raise AssertionError(f"no choice with {label_part!r}")


# --- strangers and registration ---------------------------------------------------------


def test_a_stranger_sees_no_task_and_is_told_how_to_register(chat: Chat) -> None:
    for command in ("/nhiemvu", "/baocao", "/capnhat 12 50", "/hanchot", "xin chào"):
        text = chat.text(chat.send(NEWCOMER, command))
        assert "/dangky" in text
        assert "Tiếp tục triển khai" not in text
    forged = chat.send(NEWCOMER, choice=encode(Action.SET_PERCENT, task_id(chat, "12"), 50))
    assert "/dangky" in chat.text(forged)
    assert progress_rows(chat) == []


def test_registration_with_approval(chat: Chat) -> None:
    units = chat.send(NEWCOMER, "/dangky")
    assert chat.text(units) == "Anh/chị công tác ở đơn vị nào?"
    asked = chat.send(NEWCOMER, choice=choice_data(units, "Phòng Kinh tế"))
    assert "Phòng Kinh tế. Anh/chị vui lòng nhập họ và tên" in chat.text(asked)
    filed = chat.send(NEWCOMER, choice=choice_data(asked, "Dùng tên “Ngô Thị Lan”"))
    to_coordinator = [reply for reply in filed if reply.to and reply.to.external_id == "100"]
    assert [reply.text.splitlines()[0] for reply in to_coordinator] == [
        "Yêu cầu đăng ký mới: Ngô Thị Lan, Phòng Kinh tế. Duyệt không?"
    ]
    assert "đã được gửi tới cán bộ đầu mối" in chat.text(filed)
    assert "đang chờ cán bộ đầu mối duyệt" in chat.text(chat.send(NEWCOMER, "/dangky"))

    approved = chat.send(COORDINATOR, choice=choice_data(to_coordinator, "Duyệt"))
    assert "Đã duyệt: Ngô Thị Lan" in chat.text(approved)
    [welcome] = [reply for reply in approved if reply.to and reply.to.external_id == "500"]
    assert "đã được duyệt" in welcome.text
    assert welcome.menu is not None and ("nhiemvu", "Nhiệm vụ của đơn vị") in welcome.menu
    assert ("moi", "Mời cán bộ vào đơn vị: /moi kinhte") not in welcome.menu

    again = chat.send(COORDINATOR, choice=choice_data(to_coordinator, "Duyệt"))
    assert "Yêu cầu này đã được Trần Thị Hoa duyệt." in chat.text(again)
    assert "Tasks" not in chat.text(chat.send(NEWCOMER, "/nhiemvu"))
    assert "Nhiệm vụ của Phòng Kinh tế" in chat.text(chat.send(NEWCOMER, "/nhiemvu"))


def test_registration_refused_and_a_typed_name_checked(chat: Chat) -> None:
    units = chat.send(NEWCOMER, "/dangky")
    chat.send(NEWCOMER, choice=choice_data(units, "Phòng Kinh tế"))
    assert "chỉ gồm chữ cái" in chat.text(chat.send(NEWCOMER, "12345"))
    filed = chat.send(NEWCOMER, "Ngô   Thị Lan")
    [request] = [reply for reply in filed if reply.to]
    assert "Ngô Thị Lan, Phòng Kinh tế" in request.text
    refused = chat.send(COORDINATOR, choice=choice_data([request], "Từ chối"))
    assert "chưa được duyệt" in next(r.text for r in refused if r.to)
    assert "/dangky" in chat.text(chat.send(NEWCOMER, "/nhiemvu"))


def test_only_a_coordinator_decides_a_registration(chat: Chat) -> None:
    units = chat.send(NEWCOMER, "/dangky")
    chat.send(NEWCOMER, choice=choice_data(units, "Phòng Kinh tế"))
    [request] = [reply for reply in chat.send(NEWCOMER, "Ngô Thị Lan") if reply.to]
    approve = choice_data([request], "Duyệt")
    assert "Chỉ cán bộ đầu mối" in chat.text(chat.send(VANPHONG, choice=approve))
    assert "/dangky" in chat.text(chat.send(NEWCOMER, "/nhiemvu"))


def test_a_question_survives_a_restart(chat: Chat) -> None:
    units = chat.send(NEWCOMER, "/dangky")
    chat.send(NEWCOMER, choice=choice_data(units, "Phòng Kinh tế"))
    restarted = Conversation(chat.engine, chat.clock, chat.conversation.calendar)
    chat.conversation = restarted
    filed = chat.send(NEWCOMER, "Ngô Thị Lan")
    assert any(reply.to for reply in filed)


def test_invite_registers_without_approval_once(chat: Chat) -> None:
    made = chat.text(chat.send(COORDINATOR, "/moi kinhte"))
    assert "https://t.me/nhacviec_test_bot?start=" in made
    code = made.split("?start=")[1].split()[0]
    joined = chat.send(NEWCOMER, f"/start {code}")
    assert "Chào mừng Ngô Thị Lan! Anh/chị đã được đăng ký vào Phòng Kinh tế" in chat.text(joined)
    assert any(r.to and "qua lời mời" in r.text for r in joined)
    other = person_like("600", "Đinh Văn Tú")
    assert "hết hiệu lực" in chat.text(chat.send(other, f"/start {code}"))
    assert "Chỉ cán bộ đầu mối" in chat.text(chat.send(VANPHONG, "/moi kinhte"))
    assert "Gõ /moi kèm mã đơn vị" in chat.text(chat.send(COORDINATOR, "/moi tuphap"))


def test_an_expired_invite_is_refused(chat: Chat) -> None:
    made = chat.text(chat.send(COORDINATOR, "/moi kinhte"))
    code = made.split("?start=")[1].split()[0]
    chat.clock.advance(timedelta(days=8))
    assert "hết hiệu lực" in chat.text(chat.send(NEWCOMER, f"/start {code}"))
    with Session(chat.engine) as session:
        assert session.exec(select(Invite)).one().used_at is None


def person_like(external_id: str, name: str) -> Person:
    return person(external_id, name)


# --- tasks and progress -------------------------------------------------------------------


def test_task_list_is_grouped_with_weekday_dates(chat: Chat) -> None:
    text = chat.text(chat.send(VANPHONG, "/nhiemvu"))
    overdue = text.index("⛔ Quá hạn")
    soon = text.index("⏰ Sắp đến hạn")
    ongoing = text.index("▶️ Đang thực hiện")
    assert overdue < text.index("• 1.2 ·") < soon < text.index("• 12 ·") < ongoing
    assert "Hạn: thứ Ba, 09/12/2025 (còn 4 ngày) · 0%" in text
    assert "(chủ trì)" in text and "(phối hợp)" in text
    assert "• 27 ·" not in text.split("⛔")[0]


def test_details_offer_progress_choices(chat: Chat) -> None:
    shown = chat.send(VANPHONG, choice=encode(Action.OPEN_TASK, task_id(chat, "12")))
    [reply] = chat.mine(shown)
    assert reply.task_id == task_id(chat, "12")
    assert "Nhiệm vụ 12 (mục II)" in reply.text
    assert "Chủ trì: Văn phòng HĐND và UBND xã" in reply.text
    assert "Trước ngày 10/12/2025" in reply.text
    assert "thứ Ba, 09/12/2025 (còn 4 ngày)" in reply.text
    labels = [choice.label for row in reply.choices for choice in row]
    assert labels == [
        "0%",
        "25%",
        "50%",
        "75%",
        "100%",
        "✅ Hoàn thành",
        "⚠️ Báo vướng mắc",
        "📅 Xin gia hạn",
    ]
    leader_view = chat.mine(
        chat.send(LEADER, choice=encode(Action.OPEN_TASK, task_id(chat, "12")))
    )
    assert leader_view[0].choices == ()


def test_progress_by_choice_by_command_and_by_reply(chat: Chat) -> None:
    twelve = task_id(chat, "12")
    chosen = chat.send(VANPHONG, choice=encode(Action.SET_PERCENT, twelve, 50))
    assert "Đã ghi nhận nhiệm vụ 12: 50% — Đang thực hiện." in chat.text(chosen)
    typed = chat.send(VANPHONG, "/capnhat 12 75 đã trình ký")
    assert "75%" in chat.text(typed) and "Ghi chú: đã trình ký" in chat.text(typed)
    message = chat.message_about(VANPHONG, twelve)
    replied = chat.send(VANPHONG, "đã hoàn thành, số 31/BC-UBND", reply_to=message)
    # The commune confirms completions: reported, it awaits the coordinator.
    assert "100% — Chờ xác nhận" in chat.text(replied)
    assert "Sản phẩm: 31/BC-UBND" in chat.text(replied)
    assert any(
        r.to and r.to.external_id == "100" and "báo cáo đã hoàn thành" in r.text for r in replied
    )
    assert progress_rows(chat) == [
        ("12", 50, "", "progress"),
        ("12", 75, "đã trình ký", "progress"),
        ("12", 100, "số 31/BC-UBND", "progress"),
    ]


def test_a_reply_with_a_file_keeps_it(chat: Chat) -> None:
    message = chat.message_about(VANPHONG, task_id(chat, "12"))
    chat.send(
        VANPHONG,
        "xong",
        reply_to=message,
        attachment=Attachment("BQACAgUAAxkBAAIB", "bao-cao.pdf"),
    )
    with Session(chat.engine) as session:
        update = session.exec(select(ProgressUpdate)).one()
    assert (update.percent, update.file_id, update.file_name) == (
        100,
        "BQACAgUAAxkBAAIB",
        "bao-cao.pdf",
    )


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("/capnhat 12 150", "Phần trăm phải là số nguyên từ 0 đến 100, không phải 150."),
        ("/capnhat 12 -5 sai", "Phần trăm phải là số nguyên từ 0 đến 100, không phải -5."),
        ("/capnhat 99 50", "Không có nhiệm vụ mã “99”"),
        ("/capnhat 12", "Gõ /capnhat, mã nhiệm vụ và tiến độ"),
        ("/capnhat 18 50", "Nhiệm vụ 18 không thuộc đơn vị của anh/chị"),
        ("/xoa 12", "Không có lệnh /xoa."),
        ("x" * 5000, "Tin nhắn quá dài (5000 ký tự)"),
        ("/giahan 12 01/12/2025 trễ", "ngày đề nghị phải sau hôm nay (thứ Sáu, 05/12/2025)"),
        ("/giahan 12 31/02/2025 trễ", "Không có ngày “31/02/2025” trong lịch."),
        ("/giahan 12 20/12/2025", "nhập tiếp lý do"),
        ("/baocao quy9", "Gõ /baocao, hoặc /baocao kèm mã đơn vị"),
        ("chào bạn", "Tôi chưa hiểu ý anh/chị"),
    ],
)
def test_bad_input_is_explained_and_changes_nothing(chat: Chat, text: str, answer: str) -> None:
    assert answer in chat.text(chat.send(VANPHONG, text))
    assert progress_rows(chat) == []
    with Session(chat.engine) as session:
        assert session.exec(select(ExtensionRequest)).all() == []


@pytest.mark.parametrize(
    "data",
    ["zz:1", "p:12", "p:abc:50", "p:1:2:3", "t:" + "9" * 70, "l:xyz", "", ":::"],
)
def test_forged_choices_are_refused(chat: Chat, data: str) -> None:
    assert "Lựa chọn không hợp lệ" in chat.text(chat.send(VANPHONG, choice=data))
    assert progress_rows(chat) == []


def test_another_units_task_cannot_be_changed_whatever_the_button_says(chat: Chat) -> None:
    eight = task_id(chat, "8")  # Phòng Kinh tế leads, Văn phòng coordinates
    sixteen = task_id(chat, "15.2")  # Văn phòng alone
    for data in (
        encode(Action.SET_PERCENT, sixteen, 100),
        encode(Action.COMPLETE, sixteen),
        encode(Action.REPORT_BLOCKER, sixteen),
        encode(Action.ASK_EXTENSION, sixteen),
        encode(Action.SET_PERCENT, 99999, 50),
        encode(Action.SET_PERCENT, sixteen, 150),
    ):
        assert "không cập nhật được" in chat.text(
            chat.send(KINHTE, choice=data)
        ) or "Lựa chọn không hợp lệ" in chat.text(chat.send(KINHTE, choice=data))
    assert "không thuộc đơn vị" in chat.text(
        chat.send(KINHTE, choice=encode(Action.OPEN_TASK, sixteen))
    )
    message = chat.message_about(KINHTE, sixteen)
    assert "không cập nhật được" in chat.text(chat.send(KINHTE, "xong", reply_to=message))
    assert "Lãnh đạo chỉ xem" in chat.text(
        chat.send(LEADER, choice=encode(Action.COMPLETE, eight))
    )
    assert progress_rows(chat) == []


def test_a_coordinator_may_record_any_task(chat: Chat) -> None:
    chat.send(COORDINATOR, "/capnhat 15.2 40 theo điện thoại của Văn phòng")
    assert progress_rows(chat) == [("15.2", 40, "theo điện thoại của Văn phòng", "progress")]


def test_blocker_goes_to_the_coordinators(chat: Chat) -> None:
    asked = chat.send(VANPHONG, choice=encode(Action.REPORT_BLOCKER, task_id(chat, "12")))
    assert "mô tả vướng mắc của nhiệm vụ 12" in chat.text(asked)
    told = chat.send(VANPHONG, "Chưa nhận đủ số liệu của Phòng Kinh tế")
    assert "Đã ghi nhận vướng mắc" in chat.text(told)
    assert [r.text for r in told if r.to] == [
        "⚠️ Lê Văn Cường (Văn phòng HĐND và UBND xã) báo vướng mắc ở nhiệm vụ 12: Chưa nhận đủ "
        "số liệu của Phòng Kinh tế"
    ]
    assert progress_rows(chat) == [
        ("12", None, "Chưa nhận đủ số liệu của Phòng Kinh tế", str(ProgressKind.BLOCKER))
    ]


def test_extension_approved_moves_the_date_and_keeps_both(chat: Chat) -> None:
    asked = chat.send(VANPHONG, "/giahan 12 20/12/2025 chờ số liệu của các phòng")
    assert "từ thứ Ba, 09/12/2025 đến thứ Bảy, 20/12/2025 đã được gửi" in chat.text(asked)
    [request] = [reply for reply in asked if reply.to]
    assert "Lý do: chờ số liệu của các phòng" in request.text
    assert "đang chờ duyệt" in chat.text(chat.send(VANPHONG, "/giahan 12 22/12/2025 lý do khác"))
    decided = chat.send(COORDINATOR, choice=choice_data([request], "Duyệt"))
    assert "được gia hạn từ thứ Ba, 09/12/2025 đến thứ Bảy, 20/12/2025" in chat.text(decided)
    assert any(r.to and "thứ Bảy, 20/12/2025" in r.text for r in decided)
    with Session(chat.engine) as session:
        dates = session.exec(
            select(col(DueDate.due_on)).where(DueDate.task_id == task_id(chat, "12"))
        ).all()
        extension = session.exec(select(ExtensionRequest)).one()
    assert list(dates) == [date(2025, 12, 20)]
    assert (extension.original_due_on, extension.requested_due_on, extension.status) == (
        date(2025, 12, 9),
        date(2025, 12, 20),
        "approved",
    )


def test_extension_refused_keeps_the_date(chat: Chat) -> None:
    asked = chat.send(VANPHONG, choice=encode(Action.ASK_EXTENSION, task_id(chat, "12")))
    assert "Nhập ngày đề nghị và lý do" in chat.text(asked)
    filed = chat.send(VANPHONG, "20/12/2025 chờ số liệu")
    [request] = [reply for reply in filed if reply.to]
    chat.send(COORDINATOR, choice=choice_data([request], "Từ chối"))
    chat.send(COORDINATOR, "chưa đủ căn cứ")  # the reason asked for
    with Session(chat.engine) as session:
        dates = session.exec(
            select(col(DueDate.due_on)).where(DueDate.task_id == task_id(chat, "12"))
        ).all()
    assert list(dates) == [date(2025, 12, 9)]


def test_coordinator_sets_the_date_of_a_task_that_has_none(chat: Chat) -> None:
    chat.send(COORDINATOR, "/giahan 17 15/12/2025 theo kế hoạch số hoá của xã")
    report = report_of(chat)
    assert next(line for line in report.tasks if line.code == "17").due_dates == (
        date(2025, 12, 15),
    )


def test_deadlines_ahead(chat: Chat) -> None:
    text = chat.text(chat.send(VANPHONG, "/hanchot"))
    assert "thứ Ba, 09/12/2025 (còn 4 ngày)" in text and "12 ·" in text
    assert "thứ Sáu, 19/12/2025 (còn 14 ngày)" in text
    # Every unit coordinates task 12 ("Các phòng, ban, ngành; đơn vị có liên quan").
    assert "12 ·" in chat.text(chat.send(KINHTE, "/hanchot"))
    chat.send(VANPHONG, "/capnhat 12 100 xong")
    assert "12 ·" not in chat.text(chat.send(VANPHONG, "/hanchot"))


# --- reports -------------------------------------------------------------------------------


def report_of(chat: Chat) -> Report:
    with Session(chat.engine) as session:
        plan = find_plan(session, None)
        assert plan is not None
        return build_report(session, plan, now=chat.clock.now())


def test_baocao_and_the_json_agree(chat: Chat) -> None:
    confirm_completions_at_once(chat.engine)
    chat.send(VANPHONG, "/capnhat 12 100 xong")
    chat.send(KINHTE, "/capnhat 8 50 đang tổng hợp")
    text = chat.text(chat.send(COORDINATOR, "/baocao"))
    data = report_json(report_of(chat), translator("vi"))
    totals = data["totals"]
    assert f"Tổng số nhiệm vụ: {totals['tasks']}; đã đến hạn: {totals['due']}." in text
    assert (
        f"Đã hoàn thành 1/35, đạt 2,9% (đúng hạn {totals['done_on_time']}, quá hạn "
        f"{totals['done_late']})."
    ) in text
    not_done = totals["tasks"] - totals["done_on_time"] - totals["done_late"]
    within = totals["in_progress"] + totals["no_deadline"]
    assert (
        f"Chưa hoàn thành {not_done} (trong hạn {within}, quá hạn {totals['overdue']})."
    ) in text
    for unit in data["units"]:
        assert f"• {unit['name']}: hoàn thành" in text
    assert "• 1.1 · Ban hành Kế hoạch" in text.split("Nhiệm vụ quá hạn:")[1]
    assert "• 5 · Thực hiện đo lường" in text.split("cần đặt ngày:")[1]


def test_an_officer_gets_their_own_unit_report(chat: Chat) -> None:
    text = chat.text(chat.send(KINHTE, "/baocao vanphong"))
    assert "chỉ xem được báo cáo của đơn vị mình" in text
    assert "Đơn vị: Phòng Kinh tế" in text
    assert "Theo cơ quan chủ trì:" not in text


def test_report_for_a_quarter(chat: Chat) -> None:
    text = chat.text(chat.send(COORDINATOR, "/baocao quy3/2025"))
    assert "Quý III/2025" in text and "Tính đến thứ Ba, 30/09/2025." in text
    assert "Quý" in chat.text(chat.send(COORDINATOR, "/baocao quy1/2025"))


# --- language and failures ------------------------------------------------------------------


def test_language_switch(chat: Chat) -> None:
    switched = chat.send(VANPHONG, "/ngonngu en")
    assert chat.text(switched) == "I will write to you in English from now on."
    assert "Tasks of Văn phòng HĐND và UBND xã" in chat.text(chat.send(VANPHONG, "/nhiemvu"))
    with Session(chat.engine) as session:
        officer = session.exec(select(Officer).where(Officer.full_name == "Lê Văn Cường")).one()
    assert officer.locale == "en"
    assert "tiếng Việt" in chat.text(chat.send(VANPHONG, choice=encode(Action.LANGUAGE, "vi")))


def test_an_unexpected_error_apologises_and_writes_nothing(
    chat: Chat, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(turn: Turn, args: str) -> None:
        chat.conversation  # noqa: B018 - keep the closure honest
        from models.progress import ProgressReading, record_progress

        record_progress(
            turn.session,
            task_id=task_id(chat, "12"),
            officer_id=None,
            now=turn.now,
            reading=ProgressReading(10, "half"),
        )
        raise RuntimeError("boom")

    monkeypatch.setitem(conversation_module.OFFICER_COMMANDS, "nhiemvu", broken)
    answer = chat.text(chat.send(VANPHONG, "/nhiemvu"))
    assert answer.startswith("Xin lỗi, hệ thống vừa gặp sự cố")
    assert progress_rows(chat) == []


# --- arbitrary input -------------------------------------------------------------------------


_WORDS = st.sampled_from(
    [
        "/capnhat",
        "/giahan",
        "/baocao",
        "/moi",
        "/start",
        "12",
        "15.2",
        "150%",
        "50",
        "xong",
        "quy4",
        "20/12/2025",
        "kinhte",
        "@bot",
        " ",
        "\n",
        "ữ",
        "#1",
    ]
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    text=st.one_of(st.text(max_size=300), st.lists(_WORDS, max_size=8).map("".join)),
    data=st.one_of(st.none(), st.text(max_size=80)),
)
def test_arbitrary_input_from_a_stranger_never_breaks_or_writes(
    chat: Chat, text: str, data: str | None
) -> None:
    replies = chat.send(NEWCOMER, text, choice=data)
    assert replies and all(isinstance(reply.text, str) for reply in replies)
    assert not any(reply.text.startswith("Xin lỗi, hệ thống") for reply in replies)
    assert progress_rows(chat) == []


def test_help_fits_each_role(chat: Chat) -> None:
    stranger = chat.text(chat.send(NEWCOMER, "/trogiup"))
    officer = chat.text(chat.send(KINHTE, "/trogiup"))
    coordinator = chat.text(chat.send(COORDINATOR, "/trogiup"))
    leader = chat.text(chat.send(LEADER, "/trogiup"))
    assert "/dangky" in stranger and "/nhiemvu" not in stranger
    assert "/capnhat" in officer and "/moi" not in officer
    assert "/moi" in coordinator and "cán bộ đầu mối" in coordinator
    assert "/capnhat" not in leader and "lãnh đạo" in leader


def test_deadlines_ahead_with_many_tasks_on_one_day(chat: Chat) -> None:
    chat.clock.set(datetime(2025, 12, 22, 8, 0, tzinfo=VIETNAM))
    text = chat.text(chat.send(COORDINATOR, "/hanchot"))
    assert text.count("thứ Tư, 31/12/2025 (còn 9 ngày)") > 10
    assert text.index("3 ·") < text.index("4 ·")


def test_baocao_offers_the_report_as_files(chat: Chat) -> None:
    [report] = chat.mine(chat.send(COORDINATOR, "/baocao quy4/2025"))
    labels = [choice.label for row in report.choices for choice in row]
    assert labels == ["📄 Word", "📊 Excel", "📈 Biểu đồ"]
    word = chat.send(COORDINATOR, choice=choice_data([report], "Word"))
    [sent] = [reply for reply in word if reply.file is not None]
    assert sent.file is not None and sent.file.name.endswith("quy4-2025.docx")
    document = docx.Document(io.BytesIO(sent.file.content))
    assert any("quý IV năm 2025" in paragraph.text for paragraph in document.paragraphs)
    chart = chat.send(COORDINATOR, choice=choice_data([report], "Biểu đồ"))
    assert next(reply.file for reply in chart if reply.file).is_image


def test_an_officer_gets_files_of_their_own_unit_whatever_the_button_says(chat: Chat) -> None:
    with Session(chat.engine) as session:
        plan = find_plan(session, None)
        assert plan is not None
        vanphong = next(
            u.id for u in units_of(session, plan.organisation_id) if u.code == "vanphong"
        )
    forged = encode(Action.REPORT_FILE, 2, 0, 0, vanphong or 0)
    [sent] = [reply for reply in chat.send(KINHTE, choice=forged) if reply.file is not None]
    assert sent.file is not None and "-kinhte-" in sent.file.name
    assert "Lựa chọn không hợp lệ" in chat.text(
        chat.send(KINHTE, choice=encode(Action.REPORT_FILE, 9, 0, 0, 0))
    )


def test_the_word_report_matches_baocao_line_for_line(chat: Chat) -> None:
    chat.clock.set(datetime(2026, 2, 5, 9, 0, tzinfo=VIETNAM))
    chat.send(VANPHONG, "/capnhat 12 100 đã ban hành báo cáo số 215/BC-UBND")
    chat.send(KINHTE, "/capnhat 8 60 đang tổng hợp số liệu")
    [report] = chat.mine(chat.send(COORDINATOR, "/baocao quy4/2025"))
    word = chat.send(COORDINATOR, choice=choice_data([report], "Word"))
    file = next(reply.file for reply in word if reply.file is not None)
    document = docx.Document(io.BytesIO(file.content))
    body = "\n".join(paragraph.text for paragraph in document.paragraphs)
    totals = re.search(r"Tổng số nhiệm vụ: (\d+); đã đến hạn: (\d+)\.", report.text)
    assert totals is not None
    assert f"Tổng số nhiệm vụ: {totals[1]}; đã đến hạn: {totals[2]}." in body
    done = re.search(
        r"Đã hoàn thành (\d+)/(\d+), đạt ([\d,]+%) \(đúng hạn (\d+), quá hạn (\d+)\)", report.text
    )
    assert done is not None
    assert (
        f"Đã hoàn thành {done[1]}/{done[2]} nhiệm vụ, đạt {done[3]}, trong đó đúng hạn "
        f"{done[4]}, quá hạn {done[5]}"
    ) in body
    for line in report.text.split("Theo lĩnh vực:")[1].split("\n\n")[0].splitlines()[1:]:
        area = line.removeprefix("• ").split(":")[0]
        assert area.split(". ", 1)[1] in body


_ACTIONS = st.sampled_from([action.value for action in Action])


def _forged_choice(action: str, numbers: list[int]) -> str:
    return ":".join([action, *(str(number) for number in numbers)])


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    text=st.one_of(
        st.text(max_size=200),
        st.lists(_WORDS, max_size=8).map(" ".join),
        st.integers(min_value=4000, max_value=10_000).map(lambda size: "ữ" * size),
    ),
    choice=st.one_of(
        st.none(),
        st.builds(_forged_choice, _ACTIONS, st.lists(st.integers(-5, 10**6), max_size=4)),
        # Buttons that change a task, on the ids of the plan's tasks (theirs and other
        # units'), so that some of them do write.
        st.builds(
            lambda task, percent: _forged_choice("p", [task, percent]),
            st.integers(1, 36),
            st.integers(-10, 160),
        ),
        st.builds(
            lambda action, task: _forged_choice(action, [task]),
            st.sampled_from(["d", "b", "x", "pm", "t"]),
            st.integers(1, 36),
        ),
    ),
)
def test_arbitrary_input_from_an_officer_only_touches_their_units_tasks(
    chat: Chat, text: str, choice: str | None
) -> None:
    replies = chat.send(KINHTE, text, choice=choice)
    assert replies and not any(r.text.startswith("Xin lỗi, hệ thống") for r in replies)
    with Session(chat.engine) as session:
        kinhte = session.exec(select(Unit).where(Unit.code == "kinhte")).one()
        theirs = set(session.exec(select(TaskUnit.task_id).where(TaskUnit.unit_id == kinhte.id)))
        touched = set(session.exec(select(ProgressUpdate.task_id))) | set(
            session.exec(select(ExtensionRequest.task_id))
        )
    assert touched <= theirs
