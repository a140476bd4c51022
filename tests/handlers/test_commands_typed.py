"""Commands as people type them: any form of a name, near misses, #codes, and who may change."""

from __future__ import annotations

import pytest
from sqlmodel import Session, select

from handlers.choices import Action, encode
from handlers.context import CoreSettings
from handlers.conversation import (
    Conversation,
    TypedCommand,
    edit_distance,
    near_miss,
    read_command,
    suggest_command,
    typed_command,
)
from handlers.types import Incoming, Person
from models.tables import Channel, ChatState, Officer
from tests.handlers.conftest import COORDINATOR, KINHTE, LEADER, NEWCOMER, VANPHONG, Chat
from tests.handlers.test_conversation import progress_rows, task_id

TASK_LIST = "Nhiệm vụ của Văn phòng HĐND và UBND xã"
REPORT = "TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH"
READ_ONLY = "Lãnh đạo chỉ xem, không cập nhật tiến độ"


def zalo_like(chat: Chat, who: Person, text: str) -> str:
    """What a person gets on a channel that cannot quote: free text answers the latest task."""
    replies = chat.conversation.handle(
        Incoming(who, who.external_id, text=text, implicit_reply=True)
    )
    return "\n".join(reply.text for reply in replies if reply.to is None)


def state_of(chat: Chat, who: Person) -> dict[str, object]:
    with Session(chat.engine) as session:
        row = session.exec(
            select(ChatState).where(ChatState.external_id == who.external_id)
        ).first()
        return dict(row.state) if row else {}


# --- reading a command from the words typed ------------------------------------------


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("bao cao", TypedCommand("baocao", "")),
        ("báo cáo quý 4", TypedCommand("baocao", "quý 4")),
        ("Báo Cáo", TypedCommand("baocao", "")),
        ("BAOCAO kinhte", TypedCommand("baocao", "kinhte")),
        ("nhiệm vụ", TypedCommand("nhiemvu", "")),
        ("Nhiệm vụ.", TypedCommand("nhiemvu", "")),
        ("hạn chót", TypedCommand("hanchot", "")),
        ("gia hạn 12 20/12 chờ số liệu", TypedCommand("giahan", "12 20/12 chờ số liệu")),
        ("cập nhật 12 50", TypedCommand("capnhat", "12 50")),
        ("nghỉ phép 22/12 - 26/12", TypedCommand("nghiphep", "22/12 - 26/12")),
        ("liên kết ABCDE-FGHJK", TypedCommand("lienket", "ABCDE-FGHJK")),
        ("trợ giúp", TypedCommand("trogiup", "")),
        ("hủy", TypedCommand("huy", "")),
        ("huỷ", TypedCommand("huy", "")),
        ("moi kinhte", TypedCommand("moi", "kinhte")),
        ("đăng ký", TypedCommand("dangky", "")),
        ("ngôn ngữ en", TypedCommand("ngonngu", "en")),
        ("xong", None),
        ("50% đã gửi dự thảo", None),
        ("chào bạn", None),
    ],
)
def test_a_command_is_read_in_every_form(text: str, command: TypedCommand | None) -> None:
    assert read_command(text) == command


def test_the_arguments_keep_their_lines() -> None:
    assert read_command("cập nhật 12 50 dòng một\ndòng hai") == TypedCommand(
        "capnhat", "12 50 dòng một\ndòng hai"
    )


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("báo cáo quý 4", "/baocao quý 4"),
        ("bao cao kinhte quy4", "/baocao kinhte quy4"),
        ("moi kinhte", "/moi kinhte"),
        ("mời kinh tế", "/moi kinh tế"),
        ("cập nhật 12 50 đã gửi", "/capnhat 12 50 đã gửi"),
        ("gia hạn 15.1 20/12/2025 chờ ký", "/giahan 15.1 20/12/2025 chờ ký"),
        ("nghỉ phép mai", "/nghiphep mai"),
        ("nghỉ phép từ 22/12 đến 26/12", "/nghiphep từ 22/12 đến 26/12"),
        ("kênh zalo", "/kenh zalo"),
        ("kenh ca hai", "/kenh ca hai"),
        ("ngon ngu vi", "/ngonngu vi"),
        ("lien ket abcde fghjk", "/lienket abcde fghjk"),
        # Free text that only starts with a command's word stays free text.
        ("mời họp lúc 14h", None),
        ("mời họp", None),
        ("báo cáo đã gửi", None),
        ("báo cáo xong rồi", None),
        ("cập nhật sau", None),
        ("gia hạn thêm được không", None),
        ("nghỉ phép ốm nên chậm", None),
        ("nhiệm vụ đã xong", None),
        ("kênh nào cũng được", None),
    ],
)
def test_without_the_slash_the_arguments_must_fit(text: str, command: str | None) -> None:
    units = {"kinhte", "vanphong", "phongkinhte"}
    assert typed_command(text, units) == command


@pytest.mark.parametrize(
    "text",
    [
        "/bao cao",
        "bao cao",
        "báo cáo",
        "/Báo Cáo",
        "BAOCAO",
        "báo cáo quý 4",
        "/baocao@nhacviec_test_bot",
    ],
)
def test_the_report_in_any_form(chat: Chat, text: str) -> None:
    assert REPORT in chat.text(chat.send(VANPHONG, text))


@pytest.mark.parametrize("text", ["/nhiem vu", "nhiệm vụ", "NHIEMVU", "/Nhiệm Vụ"])
def test_the_task_list_in_any_form(chat: Chat, text: str) -> None:
    assert TASK_LIST in chat.text(chat.send(VANPHONG, text))


def test_commands_that_take_arguments_work_without_the_slash(chat: Chat) -> None:
    assert "Các hạn trong 14 ngày tới" in chat.text(chat.send(VANPHONG, "hạn chót"))
    assert "Đã ghi nhận nhiệm vụ 12: 50%" in chat.text(chat.send(VANPHONG, "cập nhật 12 50"))
    asked = chat.send(VANPHONG, "gia hạn 12 20/12/2025 chờ số liệu")
    assert "Đề nghị gia hạn nhiệm vụ 12" in chat.text(asked)
    assert "Đã ghi nhận nghỉ phép" in chat.text(
        chat.send(VANPHONG, "nghỉ phép 15/12/2025 19/12/2025")
    )
    assert "Các lệnh anh/chị dùng được" in chat.text(chat.send(VANPHONG, "trợ giúp"))
    assert "Lời mời tham gia Phòng Kinh tế" in chat.text(chat.send(COORDINATOR, "moi kinhte"))
    assert "Lời mời tham gia Phòng Kinh tế" in chat.text(chat.send(COORDINATOR, "/moi kinh tế"))
    assert "Lời mời tham gia Phòng Kinh tế" in chat.text(
        chat.send(COORDINATOR, "/moi Phòng Kinh tế")
    )


def test_a_registered_chat_typing_a_link_code_is_told_it_is_taken(chat: Chat) -> None:
    assert "Lê Văn Cường" in chat.text(chat.send(VANPHONG, "liên kết ABCDE-FGHJK"))


@pytest.mark.parametrize("word", ["hủy", "huỷ", "HUY", "/huỷ", "/cancel"])
def test_cancel_in_any_form_ends_a_question(chat: Chat, word: str) -> None:
    chat.send(VANPHONG, choice=encode(Action.REPORT_BLOCKER, task_id(chat, "12")))
    assert state_of(chat, VANPHONG).get("step") == "blocker"
    assert "Đã huỷ" in chat.text(chat.send(VANPHONG, word))
    assert state_of(chat, VANPHONG) == {}
    assert progress_rows(chat) == []


def test_a_command_word_alone_leaves_a_question_for_the_command(chat: Chat) -> None:
    chat.send(VANPHONG, choice=encode(Action.REPORT_BLOCKER, task_id(chat, "12")))
    assert TASK_LIST in chat.text(chat.send(VANPHONG, "nhiệm vụ"))
    assert state_of(chat, VANPHONG) == {}
    assert progress_rows(chat) == []


def test_a_note_that_starts_like_a_command_stays_progress_on_zalo(chat: Chat) -> None:
    chat.message_about(VANPHONG, task_id(chat, "12"))
    assert "Đã ghi nhận nhiệm vụ 12" in zalo_like(chat, VANPHONG, "báo cáo đã gửi")
    assert "Đã ghi nhận nhiệm vụ 12" in zalo_like(chat, VANPHONG, "mời họp thứ Hai")
    assert [note for _, _, note, _ in progress_rows(chat)] == ["báo cáo đã gửi", "mời họp thứ Hai"]


# --- near misses --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("/nhiemvuu", "/nhiemvu"),
        ("/baocoa", "/baocao"),
        ("/nhiemv", "/nhiemvu"),
        ("/giahn 12 20/12/2025 chờ ký", "/giahan 12 20/12/2025 chờ ký"),
        ("/capnhta 12 50", "/capnhat 12 50"),
        ("/hanchott", "/hanchot"),
        ("/dangki", "/dangky"),
        ("/nhiem vuu", "/nhiemvu"),
    ],
)
def test_a_near_miss_gets_a_suggestion(chat: Chat, typed: str, meant: str) -> None:
    answer = chat.text(chat.send(VANPHONG, typed))
    assert f"Ý anh/chị là {meant}?" in answer
    assert answer.startswith("Không có lệnh /")
    assert progress_rows(chat) == []


@pytest.mark.parametrize("typed", ["/xoa 12", "/chao7", "/abc", "/thongke", "/x"])
def test_a_different_word_gets_no_guess(chat: Chat, typed: str) -> None:
    answer = chat.text(chat.send(VANPHONG, typed))
    assert "Không có lệnh /" in answer and "/trogiup" in answer
    assert "Ý anh/chị là" not in answer


def test_suggestions_and_distances() -> None:
    assert edit_distance("baocoa", "baocao", limit=2) == 1  # two letters swapped
    assert edit_distance("nhiemvuu", "nhiemvu", limit=2) == 1
    assert edit_distance("abc", "nhiemvu", limit=2) == 3  # beyond the limit
    assert suggest_command("nhiemvuu") == "/nhiemvu"
    assert suggest_command("xoa") is None
    for note in ("xong", "chưa", "đang làm", "đã nộp", "hoàn thành", "ok", "cảm ơn", "gửi rồi"):
        assert near_miss(note) is None, note
    assert near_miss("nhiemvuu") == "/nhiemvu"
    assert near_miss("bao coa") == "/baocao"


def test_a_mistyped_command_without_the_slash_is_not_taken_as_progress(chat: Chat) -> None:
    chat.message_about(VANPHONG, task_id(chat, "12"))
    answer = zalo_like(chat, VANPHONG, "nhiemvuu")
    assert "Ý anh/chị là /nhiemvu?" in answer
    assert progress_rows(chat) == []
    assert "Ý anh/chị là /dangky?" in zalo_like(chat, NEWCOMER, "dang ki")


# --- a leader reads only ---------------------------------------------------------------


def test_a_leader_is_told_they_read_only(chat: Chat) -> None:
    assert READ_ONLY in chat.text(chat.send(LEADER, "/capnhat 12 50"))
    assert READ_ONLY in chat.text(chat.send(LEADER, "/giahan 12 20/12/2025 chờ số liệu"))
    assert READ_ONLY in chat.text(chat.send(LEADER, "#12 50%"))
    message = chat.message_about(LEADER, task_id(chat, "12"))
    assert READ_ONLY in chat.text(chat.send(LEADER, "50% xong", reply_to=message))
    assert READ_ONLY in chat.text(
        chat.send(LEADER, choice=encode(Action.SET_PERCENT, task_id(chat, "12"), 50))
    )
    everything = chat.text(chat.send(LEADER, "/capnhat 12 50") + chat.send(LEADER, "#12 xong"))
    assert "không thuộc đơn vị" not in everything
    assert progress_rows(chat) == []


def test_an_officer_of_another_unit_still_hears_it_is_not_theirs(chat: Chat) -> None:
    # 15.2 is Văn phòng's alone.
    answer = chat.text(chat.send(KINHTE, "/capnhat 15.2 50"))
    assert "Nhiệm vụ 15.2 không thuộc đơn vị" in answer and READ_ONLY not in answer


# --- #code ---------------------------------------------------------------------------


def test_a_marked_code_with_progress_updates_that_task(chat: Chat) -> None:
    answer = chat.text(chat.send(VANPHONG, "#12 50% đã gửi dự thảo"))
    assert "Đã ghi nhận nhiệm vụ 12: 50%" in answer
    assert "Đã ghi nhận nhiệm vụ 12: 100%" in chat.text(chat.send(VANPHONG, "#12: xong"))
    assert progress_rows(chat) == [
        ("12", 50, "đã gửi dự thảo", "progress"),
        ("12", 100, "", "progress"),
    ]


def test_a_code_marked_nv_works_as_well(chat: Chat) -> None:
    assert "Đã ghi nhận nhiệm vụ 12: 75%" in chat.text(chat.send(VANPHONG, "NV12 75% chờ ký"))
    assert "Đã ghi nhận nhiệm vụ 15.2: 25%" in chat.text(chat.send(VANPHONG, "nv 15.2 25"))
    assert progress_rows(chat) == [("12", 75, "chờ ký", "progress"), ("15.2", 25, "", "progress")]


def test_help_tells_how_to_report_by_code(chat: Chat) -> None:
    assert "“#12 50% đã gửi dự thảo”" in chat.text(chat.send(VANPHONG, "trợ giúp"))
    assert "#12" not in chat.text(chat.send(LEADER, "trợ giúp"))


def test_a_marked_code_that_names_no_task_says_so(chat: Chat) -> None:
    assert "Không có nhiệm vụ mã “999”" in chat.text(chat.send(VANPHONG, "#999 50% xong"))
    assert "Không có nhiệm vụ mã “999”" in chat.text(chat.send(VANPHONG, "#999"))
    assert progress_rows(chat) == []


def test_a_marked_code_alone_opens_the_task_and_leaves_the_question(chat: Chat) -> None:
    chat.send(VANPHONG, choice=encode(Action.REPORT_BLOCKER, task_id(chat, "12")))
    replies = chat.send(VANPHONG, "#12")
    assert "Nhiệm vụ 12 (mục II)" in chat.text(replies)
    assert state_of(chat, VANPHONG) == {}
    assert progress_rows(chat) == []


def test_a_bad_percent_after_a_marked_code_is_explained(chat: Chat) -> None:
    assert "150" in chat.text(chat.send(VANPHONG, "#12 150%"))
    assert progress_rows(chat) == []


def test_a_stranger_typing_a_marked_code_is_told_to_register(chat: Chat) -> None:
    assert "/dangky" in chat.text(chat.send(NEWCOMER, "#12 50%"))


def test_a_bare_code_opens_the_task(chat: Chat) -> None:
    assert "Nhiệm vụ 12 (mục II)" in chat.text(chat.send(VANPHONG, "12"))
    assert progress_rows(chat) == []


# --- /kenh, the invite, help -----------------------------------------------------------


def test_kenh_zalo_without_a_zalo_chat_says_so_and_changes_nothing(chat: Chat) -> None:
    answer = chat.text(chat.send(VANPHONG, "/kenh zalo"))
    assert "chưa liên kết tài khoản Zalo" in answer and "/lienket" in answer
    assert "kenh zalo" not in answer
    with Session(chat.engine) as session:
        officer = session.exec(select(Officer).where(Officer.full_name == "Lê Văn Cường")).one()
        assert officer.notify_channels == ""
    both = chat.text(chat.send(VANPHONG, "kênh cả hai"))
    assert "Telegram, Zalo" in both and "chưa liên kết tài khoản Zalo" in both


def test_kenh_telegram_from_zalo_only_says_so(chat: Chat) -> None:
    # An officer registered on Zalo alone.
    zalo_person = Person(Channel.ZALO, "z-1", "Đỗ Thị Mai")
    made = chat.text(chat.send(COORDINATOR, "/moi vanphong"))
    code = made.split("?start=")[1].split()[0]
    chat.conversation.handle(Incoming(zalo_person, "z-1", text=code, implicit_reply=True))
    replies = chat.conversation.handle(
        Incoming(zalo_person, "z-1", text="kenh telegram", implicit_reply=True)
    )
    assert "chưa liên kết tài khoản Telegram" in "\n".join(reply.text for reply in replies)


def test_an_invite_without_a_telegram_link_has_no_empty_line(chat: Chat) -> None:
    plain = Conversation(chat.engine, chat.clock, chat.conversation.calendar, CoreSettings())
    replies = plain.handle(Incoming(COORDINATOR, COORDINATOR.external_id, text="/moi kinhte"))
    [invite] = [reply.text for reply in replies]
    assert "—" not in invite and "\n\n" not in invite
    assert "Mã mời:" in invite and "hiệu lực đến thứ Sáu, 12/12/2025" in invite


@pytest.mark.parametrize("who", [COORDINATOR, VANPHONG, LEADER, NEWCOMER])
def test_help_has_no_literal_backticks(chat: Chat, who: Person) -> None:
    for text in ("/trogiup", "/start", "/kenh", "/lienket"):
        assert "`" not in chat.text(chat.send(who, text))
