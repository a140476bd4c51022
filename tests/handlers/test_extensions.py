"""Questions about more time and problems survive wrong answers; nobody is stuck with one.

Each conversation gives the wrong answer first and the right one after, as people
type on a phone. The clock is Friday 05/12/2025; task 12 (Văn phòng) is due on
Tuesday 09/12/2025.
"""

from __future__ import annotations

import threading
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import Session, col, delete, select

from handlers import extensions
from handlers.access import settle
from handlers.choices import Action, encode
from handlers.conversation import read_command
from handlers.types import Incoming, Person, Reply
from models.db import session_scope
from models.officers import deactivate_officer, officer_by_identity
from models.requests import withdraw_extension
from models.tables import (
    ChatState,
    Decision,
    DueDate,
    ExtensionRequest,
    ProgressKind,
    ProgressUpdate,
    RateEvent,
    Role,
)
from tests.builders import register_officers
from tests.handlers.conftest import (
    COORDINATOR,
    FRIDAY_MORNING,
    KINHTE,
    LEADER,
    VANPHONG,
    Chat,
    person,
)
from tests.handlers.test_conversation import choice_data, progress_rows, task_id

SECOND_COORDINATOR = person("110", "Đỗ Văn Hải")
QUESTION = "Nhập ngày đề nghị và lý do"


def state_of(chat: Chat, who: Person) -> dict[str, Any]:
    with Session(chat.engine) as session:
        row = session.exec(
            select(ChatState).where(ChatState.external_id == who.external_id)
        ).first()
        return dict(row.state) if row else {}


def requests(chat: Chat) -> list[ExtensionRequest]:
    with Session(chat.engine) as session:
        return list(session.exec(select(ExtensionRequest).order_by(col(ExtensionRequest.id))))


def due_dates(chat: Chat, code: str) -> list[date]:
    with Session(chat.engine) as session:
        return list(
            session.exec(
                select(col(DueDate.due_on)).where(DueDate.task_id == task_id(chat, code))
            ).all()
        )


def told(replies: list[Reply], who: Person) -> str:
    return "\n".join(r.text for r in replies if r.to and r.to.external_id == who.external_id)


def to_whom(replies: list[Reply]) -> set[str]:
    return {r.to.external_id for r in replies if r.to}


def ask_twelve(chat: Chat) -> list[Reply]:
    return chat.send(VANPHONG, choice=encode(Action.ASK_EXTENSION, task_id(chat, "12")))


def leave_the_bot(chat: Chat, *people: Person) -> None:
    with session_scope(chat.engine) as session:
        for who in people:
            card = officer_by_identity(session, who.channel, who.external_id)
            assert card is not None
            deactivate_officer(session, card.officer)


# --- the question survives wrong answers --------------------------------------------------


def test_the_question_shows_the_current_deadline(chat: Chat) -> None:
    asked = chat.text(ask_twelve(chat))
    assert "Nhiệm vụ 12 có thời hạn thứ Ba, 09/12/2025." in asked
    assert QUESTION in asked
    assert state_of(chat, VANPHONG)["step"] == "extension"


def test_tomorrow_before_the_deadline_is_explained_then_a_right_answer_is_filed(
    chat: Chat,
) -> None:
    ask_twelve(chat)
    wrong = chat.text(chat.send(VANPHONG, "mai chờ số liệu"))
    assert (
        "Anh/chị ghi thứ Bảy, 06/12/2025; nhiệm vụ 12 đang có thời hạn thứ Ba, 09/12/2025, "
        "nên ngày đề nghị phải sau ngày đó."
    ) in wrong
    assert QUESTION in wrong
    assert state_of(chat, VANPHONG)["step"] == "extension"
    assert requests(chat) == []

    # 15/1 typed in December is next January.
    right = chat.send(VANPHONG, "15/1 chờ số liệu của các phòng")
    assert (
        "Đề nghị gia hạn nhiệm vụ 12 từ thứ Ba, 09/12/2025 đến thứ Năm, 15/01/2026 đã được "
        "gửi tới cán bộ đầu mối."
    ) in chat.text(right)
    assert "thứ Năm, 15/01/2026" in told(right, COORDINATOR)
    assert state_of(chat, VANPHONG) == {}
    [request] = requests(chat)
    assert (request.requested_due_on, request.reason) == (
        date(2026, 1, 15),
        "chờ số liệu của các phòng",
    )


@pytest.mark.parametrize(
    ("wrong", "says"),
    [
        ("chờ số liệu", "Tôi không đọc được ngày ở đầu câu “chờ số liệu”."),
        ("31/02 chờ số liệu", "Không có ngày “31/02” trong lịch."),
        (
            "01/12/2025 trễ",
            "Anh/chị ghi thứ Hai, 01/12/2025; ngày đề nghị phải sau hôm nay (thứ Sáu, "
            "05/12/2025).",
        ),
        ("hôm nay gấp", "ngày đề nghị phải sau hôm nay (thứ Sáu, 05/12/2025)"),
    ],
)
def test_an_unusable_answer_keeps_the_question(chat: Chat, wrong: str, says: str) -> None:
    ask_twelve(chat)
    answer = chat.text(chat.send(VANPHONG, wrong))
    assert says in answer and QUESTION in answer
    assert state_of(chat, VANPHONG)["step"] == "extension"
    filed = chat.send(VANPHONG, "20/12/2025 chờ số liệu")
    assert "đã được gửi tới cán bộ đầu mối" in chat.text(filed)
    assert [r.requested_due_on for r in requests(chat)] == [date(2025, 12, 20)]


def test_a_date_without_a_reason_is_kept_and_only_the_reason_is_asked(chat: Chat) -> None:
    ask_twelve(chat)
    kept = chat.text(chat.send(VANPHONG, "thứ 6 tuần sau"))
    assert kept == (
        "Ngày đề nghị: thứ Sáu, 12/12/2025. Anh/chị nhập tiếp lý do xin gia hạn (hoặc gõ /huy "
        "để huỷ)."
    )
    assert state_of(chat, VANPHONG)["new_date"] == "2025-12-12"
    filed = chat.send(VANPHONG, "chờ ý kiến của Sở Nội vụ")
    assert "đến thứ Sáu, 12/12/2025 đã được gửi" in chat.text(filed)
    [request] = requests(chat)
    assert (request.requested_due_on, request.reason) == (
        date(2025, 12, 12),
        "chờ ý kiến của Sở Nội vụ",
    )


def test_a_date_alone_after_a_kept_date_replaces_it(chat: Chat) -> None:
    chat.send(VANPHONG, "/giahan 12 20/12")
    replaced = chat.text(chat.send(VANPHONG, "22/12"))
    assert "Ngày đề nghị: thứ Hai, 22/12/2025." in replaced
    chat.send(VANPHONG, "chờ số liệu")
    assert [r.requested_due_on for r in requests(chat)] == [date(2025, 12, 22)]


def test_a_reason_too_long_keeps_the_date(chat: Chat) -> None:
    ask_twelve(chat)
    long = chat.text(chat.send(VANPHONG, "20/12 " + "chờ số liệu " * 60))
    assert "Lý do quá dài (719 ký tự; tối đa 500)." in long
    assert "Ngày đề nghị thứ Bảy, 20/12/2025 vẫn được giữ" in long
    assert requests(chat) == []
    chat.send(VANPHONG, "chờ số liệu")
    assert [r.requested_due_on for r in requests(chat)] == [date(2025, 12, 20)]


def test_giahan_with_only_the_code_asks_and_a_wrong_date_opens_the_question(
    chat: Chat,
) -> None:
    assert QUESTION in chat.text(chat.send(VANPHONG, "/giahan 12"))
    chat.send(VANPHONG, "/huy")
    wrong = chat.text(chat.send(VANPHONG, "/giahan 12 sau tết chờ số liệu"))
    assert "Tôi không đọc được ngày ở đầu câu" in wrong
    chat.send(VANPHONG, "5/1/2026 chờ số liệu")
    assert [r.requested_due_on for r in requests(chat)] == [date(2026, 1, 5)]


@pytest.mark.parametrize("cancel", ["/huy", "huỷ", "Hủy bỏ"])
def test_cancelling_ends_the_question(chat: Chat, cancel: str) -> None:
    ask_twelve(chat)
    chat.send(VANPHONG, "mai")
    assert chat.text(chat.send(VANPHONG, cancel)) == "Đã huỷ."
    assert state_of(chat, VANPHONG) == {}
    assert requests(chat) == []


def test_another_command_abandons_the_question(chat: Chat) -> None:
    ask_twelve(chat)
    chat.send(VANPHONG, "/hanchot")
    assert state_of(chat, VANPHONG) == {}


# --- the problem description ----------------------------------------------------------------


def test_a_problem_without_words_is_asked_again_then_recorded_whole(chat: Chat) -> None:
    chat.send(VANPHONG, choice=encode(Action.REPORT_BLOCKER, task_id(chat, "12")))
    again = chat.text(chat.send(VANPHONG, "50%"))
    assert "Anh/chị mô tả vướng mắc của nhiệm vụ 12 bằng lời" in again
    assert state_of(chat, VANPHONG)["step"] == "blocker"
    too_long = chat.text(chat.send(VANPHONG, "thiếu " * 300))
    assert "Nội dung quá dài (1799 ký tự)" in too_long
    assert progress_rows(chat) == []
    recorded = chat.send(VANPHONG, "3 hồ sơ chưa có số liệu của Phòng Kinh tế")
    assert "Đã ghi nhận vướng mắc" in chat.text(recorded)
    assert progress_rows(chat) == [
        ("12", None, "3 hồ sơ chưa có số liệu của Phòng Kinh tế", str(ProgressKind.BLOCKER))
    ]
    assert state_of(chat, VANPHONG) == {}


# --- /capnhat as a reply ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "row"),
    [
        ("/capnhat 8 xong", ("8", 100, "")),
        ("/capnhat 8 hoàn thành", ("8", 100, "")),
        ("/capnhat 8 50% đang tổng hợp", ("8", 50, "đang tổng hợp")),
        ("/capnhat 8 50 đang tổng hợp", ("8", 50, "đang tổng hợp")),
        ("/capnhat 8 đã gửi công văn 123/UBND", ("8", None, "đã gửi công văn 123/UBND")),
        ("cap nhat 8 xong", ("8", 100, "")),
    ],
)
def test_capnhat_reads_what_follows_the_code_as_a_reply_does(
    chat: Chat, typed: str, row: tuple[str, int | None, str]
) -> None:
    answer = chat.text(chat.send(KINHTE, typed))
    assert answer.startswith("Đã ghi nhận nhiệm vụ 8:"), answer
    assert [entry[:3] for entry in progress_rows(chat)] == [row]


def test_capnhat_keeps_the_document_of_a_completion(chat: Chat) -> None:
    answer = chat.text(chat.send(KINHTE, "/capnhat 8 hoàn thành, số 31/BC-UBND"))
    assert "Sản phẩm: 31/BC-UBND" in answer


# --- a coordinator's own request ----------------------------------------------------------------


@pytest.fixture
def two(chat: Chat) -> Chat:
    register_officers(
        chat.engine,
        [("vhxh", SECOND_COORDINATOR.display_name, Role.COORDINATOR, "110")],
        now=FRIDAY_MORNING,
    )
    return chat


def test_a_coordinators_own_request_is_decided_at_once_and_others_are_told(two: Chat) -> None:
    moved = two.send(COORDINATOR, "/giahan 12 19/12 chờ số liệu toàn xã")
    assert two.text(moved).startswith(
        "Nhiệm vụ 12 đã được gia hạn từ thứ Ba, 09/12/2025 đến thứ Sáu, 19/12/2025."
    )
    assert due_dates(two, "12") == [date(2025, 12, 19)]
    assert to_whom(moved) == {SECOND_COORDINATOR.external_id, LEADER.external_id}
    assert told(moved, LEADER) == (
        "Để anh/chị nắm: Trần Thị Hoa (cán bộ đầu mối) đã gia hạn nhiệm vụ 12 (Tiếp tục triển "
        "khai Kế hoạch theo dõi tình hình thi hành…) từ thứ Ba, 09/12/2025 đến thứ Sáu, "
        "19/12/2025. Lý do: chờ số liệu toàn xã"
    )
    [request] = requests(two)
    assert (request.status, request.original_due_on, request.requested_due_on) == (
        Decision.APPROVED,
        date(2025, 12, 9),
        date(2025, 12, 19),
    )


def test_a_coordinator_asking_with_a_wrong_answer_is_asked_again_too(chat: Chat) -> None:
    chat.send(COORDINATOR, choice=encode(Action.ASK_EXTENSION, task_id(chat, "12")))
    assert QUESTION in chat.text(chat.send(COORDINATOR, "8/12"))
    chat.send(COORDINATOR, "19/12 chờ số liệu")
    assert due_dates(chat, "12") == [date(2025, 12, 19)]


# --- who decides an officer's request ------------------------------------------------------------


def test_with_no_coordinator_the_request_goes_to_the_leader_who_decides(chat: Chat) -> None:
    leave_the_bot(chat, COORDINATOR)
    filed = chat.send(VANPHONG, "/giahan 12 19/12 chờ số liệu")
    assert "đã được gửi tới lãnh đạo xã" in chat.text(filed)
    assert to_whom(filed) == {LEADER.external_id}
    notice = next(r for r in filed if r.to)
    assert "Xã chưa có cán bộ đầu mối nào trợ lý liên lạc được" in notice.text
    approve = next(c for row in notice.choices for c in row if c.label == "Duyệt")
    assert approve.confirm == "Duyệt gia hạn nhiệm vụ 12 của Lê Văn Cường đến thứ Sáu, 19/12/2025?"
    decided = chat.send(LEADER, choice=approve.data)
    assert "Đã duyệt: nhiệm vụ 12 được gia hạn" in chat.text(decided)
    assert "thứ Sáu, 19/12/2025" in told(decided, VANPHONG)
    assert due_dates(chat, "12") == [date(2025, 12, 19)]


def test_a_leader_does_not_decide_while_a_coordinator_can(chat: Chat) -> None:
    filed = chat.send(VANPHONG, "/giahan 12 19/12 chờ số liệu")
    assert to_whom(filed) == {COORDINATOR.external_id}
    refused = chat.send(LEADER, choice=choice_data(filed, "Duyệt"))
    assert "Chỉ cán bộ đầu mối của xã mới duyệt được" in chat.text(refused)
    assert requests(chat)[0].status == Decision.PENDING


def test_when_nobody_can_decide_nothing_is_filed_and_the_officer_is_told(chat: Chat) -> None:
    leave_the_bot(chat, COORDINATOR, LEADER)
    asked = chat.text(ask_twelve(chat))
    assert asked.startswith("Hiện chưa có ai duyệt được đề nghị gia hạn ở xã Nghi Dương:")
    assert state_of(chat, VANPHONG) == {}
    chat.send(VANPHONG, "/giahan 12 19/12 chờ số liệu")
    assert requests(chat) == []


def test_choices_to_decide_name_the_person_the_task_and_the_date(chat: Chat) -> None:
    filed = chat.send(VANPHONG, "/giahan 12 15/1 chờ số liệu")
    notice = next(r for r in filed if r.to)
    confirms = [choice.confirm for row in notice.choices for choice in row]
    assert confirms == [
        "Duyệt gia hạn nhiệm vụ 12 của Lê Văn Cường đến thứ Năm, 15/01/2026?",
        "Từ chối gia hạn nhiệm vụ 12 của Lê Văn Cường đến thứ Năm, 15/01/2026?",
    ]


# --- refusing with a reason ----------------------------------------------------------------------


def test_a_refusal_asks_why_and_tells_the_requester(chat: Chat) -> None:
    filed = chat.send(VANPHONG, "/giahan 12 19/12 chờ số liệu")
    asked = chat.send(COORDINATOR, choice=choice_data(filed, "Từ chối"))
    assert chat.text(asked).startswith(
        "Vì sao anh/chị từ chối đề nghị gia hạn nhiệm vụ 12 đến thứ Sáu, 19/12/2025 của Lê Văn "
        "Cường?"
    )
    assert requests(chat)[0].status == Decision.PENDING
    too_long = chat.text(chat.send(COORDINATOR, "x" * 600))
    assert "Lý do quá dài (600 ký tự; tối đa 500)" in too_long
    assert requests(chat)[0].status == Decision.PENDING
    refused = chat.send(COORDINATOR, "Hạn do UBND huyện giao, không lùi được")
    assert "Đã từ chối: nhiệm vụ 12 giữ thời hạn thứ Ba, 09/12/2025" in chat.text(refused)
    assert told(refused, VANPHONG) == (
        "Đề nghị gia hạn nhiệm vụ 12 đến thứ Sáu, 19/12/2025 không được chấp thuận; thời hạn "
        "vẫn là thứ Ba, 09/12/2025.\nLý do Trần Thị Hoa nêu: Hạn do UBND huyện giao, không lùi "
        "được"
    )
    assert requests(chat)[0].status == Decision.REFUSED
    assert state_of(chat, COORDINATOR) == {}


@pytest.mark.parametrize("no_words", ["...", "123", "?!"])
def test_a_refusal_reason_without_a_word_is_asked_again_and_decides_nothing(
    chat: Chat, no_words: str
) -> None:
    filed = chat.send(VANPHONG, "/giahan 12 19/12 chờ số liệu")
    chat.send(COORDINATOR, choice=choice_data(filed, "Từ chối"))
    answer = chat.send(COORDINATOR, no_words)
    assert chat.text(answer) == (
        "Anh/chị nhập lý do bằng lời, ví dụ: “Thiếu số liệu của các phòng” (hoặc gõ /huy để "
        "quyết định sau)."
    )
    assert to_whom(answer) == set()  # the requester is told nothing
    assert requests(chat)[0].status == Decision.PENDING
    assert due_dates(chat, "12") == [date(2025, 12, 9)]
    assert state_of(chat, COORDINATOR)["step"] == "refuse_reason"  # the question stays
    refused = chat.send(COORDINATOR, "Hạn do UBND huyện giao")
    assert told(refused, VANPHONG).endswith("Lý do Trần Thị Hoa nêu: Hạn do UBND huyện giao")
    assert requests(chat)[0].status == Decision.REFUSED


def test_a_refusal_reason_typed_as_huy_cancels_the_question(chat: Chat) -> None:
    filed = chat.send(VANPHONG, "/giahan 12 19/12 chờ số liệu")
    chat.send(COORDINATOR, choice=choice_data(filed, "Từ chối"))
    assert chat.text(chat.send(COORDINATOR, "Huỷ bỏ")) == "Đã huỷ."
    assert state_of(chat, COORDINATOR) == {}
    assert requests(chat)[0].status == Decision.PENDING


def test_refusing_without_a_reason(chat: Chat) -> None:
    filed = chat.send(VANPHONG, "/giahan 12 19/12 chờ số liệu")
    asked = chat.send(COORDINATOR, choice=choice_data(filed, "Từ chối"))
    refused = chat.send(COORDINATOR, choice=choice_data(asked, "không nêu lý do"))
    assert "Lý do" not in told(refused, VANPHONG)
    assert "không được chấp thuận" in told(refused, VANPHONG)
    assert requests(chat)[0].status == Decision.REFUSED


def test_cancelling_the_reason_decides_nothing_and_approving_still_works(chat: Chat) -> None:
    filed = chat.send(VANPHONG, "/giahan 12 19/12 chờ số liệu")
    chat.send(COORDINATOR, choice=choice_data(filed, "Từ chối"))
    chat.send(COORDINATOR, "/huy")
    assert requests(chat)[0].status == Decision.PENDING
    chat.send(COORDINATOR, choice=choice_data(filed, "Duyệt"))
    assert requests(chat)[0].status == Decision.APPROVED


# --- withdrawing ---------------------------------------------------------------------------------


@pytest.mark.parametrize("word", ["huy", "rút", "rut"])
def test_the_requester_withdraws_with_giahan(chat: Chat, word: str) -> None:
    filed = chat.send(VANPHONG, "/giahan 12 19/12 chờ số liệu")
    withdrawn = chat.send(VANPHONG, f"/giahan 12 {word}")
    assert chat.text(withdrawn) == (
        "Đã rút đề nghị gia hạn nhiệm vụ 12 đến thứ Sáu, 19/12/2025; nhiệm vụ vẫn giữ thời hạn "
        "thứ Ba, 09/12/2025."
    )
    assert told(withdrawn, COORDINATOR) == (
        "Lê Văn Cường (Văn phòng HĐND và UBND xã) đã rút đề nghị gia hạn nhiệm vụ 12 đến thứ "
        "Sáu, 19/12/2025; không cần duyệt nữa."
    )
    assert requests(chat)[0].status == Decision.WITHDRAWN
    late = chat.send(COORDINATOR, choice=choice_data(filed, "Duyệt"))
    assert chat.text(late) == "Đề nghị này đã được người gửi (Lê Văn Cường) rút lại."
    assert due_dates(chat, "12") == [date(2025, 12, 9)]
    # Withdrawn, the officer may ask again.
    chat.send(VANPHONG, "/giahan 12 22/12 chờ số liệu")
    assert [r.status for r in requests(chat)] == [Decision.WITHDRAWN, Decision.PENDING]


def test_the_confirmation_offers_to_withdraw(chat: Chat) -> None:
    filed = chat.send(VANPHONG, "/giahan 12 19/12 chờ số liệu")
    [withdraw] = [c for r in chat.mine(filed) for row in r.choices for c in row]
    assert withdraw.label == "Rút đề nghị"
    assert withdraw.confirm == "Rút đề nghị gia hạn nhiệm vụ 12 đến thứ Sáu, 19/12/2025?"
    # Someone else's press of it (a forged or forwarded choice) withdraws nothing.
    other = chat.send(COORDINATOR, choice=withdraw.data)
    assert chat.text(other) == "Chỉ cán bộ đã gửi đề nghị mới rút được đề nghị này."
    chat.send(VANPHONG, choice=withdraw.data)
    assert requests(chat)[0].status == Decision.WITHDRAWN
    again = chat.send(VANPHONG, choice=withdraw.data)
    assert "đã được rút trước đó" in chat.text(again)


def test_only_the_requester_withdraws_and_only_while_it_waits(chat: Chat) -> None:
    filed = chat.send(VANPHONG, "/giahan 12 19/12 chờ số liệu")
    other = chat.text(chat.send(COORDINATOR, "/giahan 12 huy"))
    assert other == (
        "Đề nghị đang chờ duyệt ở nhiệm vụ 12 là của Lê Văn Cường; chỉ người gửi mới rút được."
    )
    chat.send(COORDINATOR, choice=choice_data(filed, "Duyệt"))
    late = chat.text(chat.send(VANPHONG, "/giahan 12 huy"))
    assert late == "Anh/chị không có đề nghị gia hạn nào đang chờ duyệt ở nhiệm vụ 12."
    [withdraw] = [c for r in chat.mine(filed) for row in r.choices for c in row]
    too_late = chat.text(chat.send(VANPHONG, choice=withdraw.data))
    assert too_late == (
        "Không rút được nữa: Trần Thị Hoa đã duyệt gia hạn nhiệm vụ 12 đến thứ Sáu, 19/12/2025."
    )
    assert requests(chat)[0].status == Decision.APPROVED


def test_asking_again_while_a_request_waits_offers_to_withdraw_it(chat: Chat) -> None:
    chat.send(VANPHONG, "/giahan 12 19/12 chờ số liệu")
    waiting = ask_twelve(chat)
    assert chat.text(waiting) == (
        "Đề nghị gia hạn nhiệm vụ 12 đến thứ Sáu, 19/12/2025 của anh/chị đang chờ duyệt (gửi "
        "ngày thứ Sáu, 05/12/2025)."
    )
    assert choice_data(waiting, "Rút đề nghị").startswith("xw:")
    assert state_of(chat, VANPHONG) == {}


# --- any answer: accepted, asked again, or cancelled ---------------------------------------------

_ANSWER_WORDS = st.sampled_from(
    [
        "mai",
        "ngày kia",
        "thứ 6",
        "tuần sau",
        "15/1",
        "20/12",
        "31/02",
        "01/12/2025",
        "32/13",
        "cuối tháng",
        "hôm nay",
        "chờ",
        "số liệu",
        "50%",
        "xong",
        "12",
        "huỷ",
        "-",
        " ",
        "\n",
    ]
)
_ANSWERS = st.one_of(
    st.text(max_size=200),
    st.lists(_ANSWER_WORDS, max_size=6).map(" ".join),
    st.integers(min_value=490, max_value=1100).map(lambda size: "20/12 " + "ữ" * size),
)


def _fresh_question(chat: Chat, step: str) -> None:
    """Start the question again with nothing filed or counted from the previous example."""
    with session_scope(chat.engine) as session:
        session.execute(delete(ExtensionRequest))
        session.execute(delete(ProgressUpdate))
        session.execute(delete(RateEvent))
        session.execute(delete(ChatState))
    action = Action.ASK_EXTENSION if step == "extension" else Action.REPORT_BLOCKER
    chat.send(VANPHONG, choice=encode(action, task_id(chat, "12")))
    assert state_of(chat, VANPHONG)["step"] == step


def _accepted(chat: Chat, step: str) -> bool:
    with Session(chat.engine) as session:
        if step == "extension":
            return session.exec(select(ExtensionRequest)).first() is not None
        return session.exec(select(ProgressUpdate)).first() is not None


def _another_command(answer: str) -> bool:
    """A slash command, a task mark ("#12 ..."), or a command word typed alone."""
    text = answer.strip()
    bare = read_command(text)
    return text.startswith(("/", "#")) or (bare is not None and not bare.args)


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(step=st.sampled_from(["extension", "blocker"]), answer=_ANSWERS)
def test_any_answer_is_accepted_asked_again_or_cancelled(
    chat: Chat, step: str, answer: str
) -> None:
    _fresh_question(chat, step)
    replies = chat.send(VANPHONG, answer)
    said = chat.text(replies)
    assert said and not said.startswith("Xin lỗi"), said
    state = state_of(chat, VANPHONG)
    if state.get("step") == step:
        assert not _accepted(chat, step)  # asked again: nothing half-done
    elif said == "Đã huỷ.":
        assert not _accepted(chat, step)
    elif _another_command(answer):
        pass  # the person left the question for a command
    else:
        assert _accepted(chat, step), (answer, said, state)


def test_a_withdrawal_and_an_approval_at_the_same_moment_settle_once(
    chat: Chat, monkeypatch: pytest.MonkeyPatch
) -> None:
    filed = chat.send(VANPHONG, "/giahan 12 19/12 chờ số liệu")
    barrier = threading.Barrier(2)

    def withdraw_together(*args: Any, **kwargs: Any) -> bool:
        barrier.wait(timeout=20)  # both turns have read the request as pending
        return withdraw_extension(*args, **kwargs)

    def settle_together(*args: Any, **kwargs: Any) -> bool:
        barrier.wait(timeout=20)
        return settle(*args, **kwargs)

    monkeypatch.setattr(extensions, "withdraw_extension", withdraw_together)
    monkeypatch.setattr(extensions, "settle", settle_together)
    answers: dict[str, list[Reply]] = {}

    def press(who: Person, data: str) -> None:
        answers[who.external_id] = chat.conversation.handle(
            Incoming(who, who.external_id, choice=data)
        )

    threads = [
        threading.Thread(target=press, args=(VANPHONG, choice_data(filed, "Rút đề nghị"))),
        threading.Thread(target=press, args=(COORDINATOR, choice_data(filed, "Duyệt"))),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    [request] = requests(chat)
    withdrawer = chat.text(answers[VANPHONG.external_id])
    approver = chat.text(answers[COORDINATOR.external_id])
    if request.status == Decision.WITHDRAWN:
        assert approver == "Đề nghị này đã được người gửi (Lê Văn Cường) rút lại."
        assert due_dates(chat, "12") == [date(2025, 12, 9)]
    else:
        assert request.status == Decision.APPROVED
        assert withdrawer.startswith("Không rút được nữa: Trần Thị Hoa đã duyệt")
        assert due_dates(chat, "12") == [date(2025, 12, 19)]
