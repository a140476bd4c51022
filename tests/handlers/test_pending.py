"""/choduyet: what waits for a decision, for those who decide it and for those who asked."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import Session, select

from handlers.types import Choice, Person, Reply
from models.db import session_scope
from models.officers import deactivate_officer, officer_by_identity
from models.tables import Decision, ExtensionRequest, RegistrationRequest
from tests.handlers.conftest import COORDINATOR, LEADER, NEWCOMER, VANPHONG, Chat
from tests.handlers.test_conversation import choice_data


def register(chat: Chat, who: Person, name: str) -> None:
    units = chat.send(who, "/dangky")
    chat.send(who, choice=choice_data(units, "Phòng Kinh tế"))
    chat.send(who, name)


def choices(replies: list[Reply]) -> list[Choice]:
    return [choice for reply in replies for row in reply.choices for choice in row]


def test_a_coordinator_sees_requests_and_registrations_oldest_first(chat: Chat) -> None:
    chat.send(VANPHONG, "/giahan 12 19/12 chờ số liệu của các phòng.")
    chat.clock.advance(timedelta(days=3))  # Monday 08/12/2025
    register(chat, NEWCOMER, "Ngô Thị Lan")
    listed = chat.send(COORDINATOR, "/choduyet")
    assert chat.text(listed) == (
        "Đang chờ duyệt (2 đề nghị), cũ nhất trước:\n"
        "1. Lê Văn Cường (Văn phòng HĐND và UBND xã) đề nghị gia hạn nhiệm vụ 12 (Tiếp tục "
        "triển khai Kế hoạch theo dõi…) từ thứ Ba, 09/12/2025 đến thứ Sáu, 19/12/2025. Lý do: "
        "chờ số liệu của các phòng. Chờ từ thứ Sáu, 05/12/2025.\n"
        "2. Ngô Thị Lan (Phòng Kinh tế) xin đăng ký; chờ từ thứ Hai, 08/12/2025."
    )
    assert [(c.label, c.confirm) for c in choices(listed)] == [
        (
            "Duyệt: Lê Văn Cường, nhiệm vụ 12",
            "Duyệt gia hạn nhiệm vụ 12 của Lê Văn Cường đến thứ Sáu, 19/12/2025?",
        ),
        (
            "Từ chối: Lê Văn Cường, nhiệm vụ 12",
            "Từ chối gia hạn nhiệm vụ 12 của Lê Văn Cường đến thứ Sáu, 19/12/2025?",
        ),
        ("Duyệt: Ngô Thị Lan", "Duyệt đăng ký của Ngô Thị Lan vào Phòng Kinh tế?"),
        ("Từ chối: Ngô Thị Lan", "Từ chối đăng ký của Ngô Thị Lan vào Phòng Kinh tế?"),
    ]


def test_deciding_from_the_list(chat: Chat) -> None:
    register(chat, NEWCOMER, "Ngô Thị Lan")
    chat.send(VANPHONG, "/giahan 12 19/12 chờ số liệu")
    listed = chat.send(COORDINATOR, "chờ duyệt")  # typed as on Zalo
    approved = chat.send(COORDINATOR, choice=choice_data(listed, "Duyệt: Ngô Thị Lan"))
    assert chat.text(approved).startswith("Đã duyệt: Ngô Thị Lan")
    chat.send(COORDINATOR, choice=choice_data(listed, "Duyệt: Lê Văn Cường"))
    with Session(chat.engine) as session:
        assert session.exec(select(RegistrationRequest.status)).one() == Decision.APPROVED
        assert session.exec(select(ExtensionRequest.status)).one() == Decision.APPROVED
    assert chat.text(chat.send(COORDINATOR, "/choduyet")) == "Không có đề nghị nào đang chờ duyệt."


def test_an_officer_sees_their_own_requests_and_may_withdraw_them(chat: Chat) -> None:
    assert chat.text(chat.send(VANPHONG, "/choduyet")).startswith(
        "Anh/chị không có đề nghị nào đang chờ duyệt."
    )
    chat.send(VANPHONG, "/giahan 12 19/12 chờ số liệu")
    mine = chat.send(VANPHONG, "/choduyet")
    assert chat.text(mine) == (
        "Các đề nghị của anh/chị đang chờ duyệt:\n"
        "1. Nhiệm vụ 12: từ thứ Ba, 09/12/2025 đến thứ Sáu, 19/12/2025, gửi ngày thứ Sáu, "
        "05/12/2025."
    )
    [withdraw] = choices(mine)
    assert (withdraw.label, withdraw.confirm) == (
        "Rút: nhiệm vụ 12",
        "Rút đề nghị gia hạn nhiệm vụ 12 đến thứ Sáu, 19/12/2025?",
    )
    withdrawn = chat.send(VANPHONG, choice=withdraw.data)
    assert chat.text(withdrawn).startswith("Đã rút đề nghị gia hạn nhiệm vụ 12")
    assert chat.text(chat.send(COORDINATOR, "/choduyet")) == "Không có đề nghị nào đang chờ duyệt."


def test_a_leader_reads_the_list_while_coordinators_decide(chat: Chat) -> None:
    chat.send(VANPHONG, "/giahan 12 19/12 chờ số liệu")
    listed = chat.send(LEADER, "/choduyet")
    assert "Cán bộ đầu mối sẽ duyệt các đề nghị này; danh sách chỉ để theo dõi." in chat.text(
        listed
    )
    assert choices(listed) == []


def test_a_leader_decides_from_the_list_when_there_is_no_coordinator(chat: Chat) -> None:
    with session_scope(chat.engine) as session:
        card = officer_by_identity(session, COORDINATOR.channel, COORDINATOR.external_id)
        assert card is not None
        deactivate_officer(session, card.officer)
    chat.send(VANPHONG, "/giahan 12 19/12 chờ số liệu")
    listed = chat.send(LEADER, "/choduyet")
    assert "chỉ để theo dõi" not in chat.text(listed)
    decided = chat.send(LEADER, choice=choice_data(listed, "Duyệt: Lê Văn Cường"))
    assert "Đã duyệt: nhiệm vụ 12 được gia hạn" in chat.text(decided)
