"""Registration questions survive wrong answers; the coordinator sees who is asking."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import Session, col, select

from handlers.choices import Action, encode
from handlers.conversation import read_command
from handlers.registration import NameRefused, read_full_name
from handlers.types import Person, Reply
from models.tables import Channel, ChatState, Officer, RateEvent, RegistrationRequest
from tests.handlers.conftest import COORDINATOR, NEWCOMER, Chat
from tests.handlers.test_conversation import choice_data
from tests.handlers.test_registration_scale import labels, many  # noqa: F401 - a fixture

UNITS = [
    "Phòng Văn hoá - Xã hội",
    "Văn phòng HĐND và UBND xã",
    "Phòng Kinh tế",
    "Trung tâm Phục vụ hành chính công",
    "Trung tâm Sự nghiệp công và Cổng thông tin điện tử xã",
]
NAME_QUESTION = "Anh/chị vui lòng nhập họ và tên"


def step(chat: Chat, who: Person = NEWCOMER) -> object:
    with Session(chat.engine) as session:
        row = session.exec(
            select(ChatState).where(
                ChatState.channel == who.channel, ChatState.external_id == who.external_id
            )
        ).first()
        return row.state.get("step") if row else None


def filed(chat: Chat) -> list[RegistrationRequest]:
    with Session(chat.engine) as session:
        return list(
            session.exec(select(RegistrationRequest).order_by(col(RegistrationRequest.id)))
        )


def to_coordinator(replies: list[Reply]) -> list[Reply]:
    return [reply for reply in replies if reply.to and reply.to.external_id == "100"]


def at_the_name_question(chat: Chat, who: Person = NEWCOMER) -> list[Reply]:
    units = chat.send(who, "/dangky")
    return chat.send(who, choice=choice_data(units, "Phòng Kinh tế"))


# --- the full name ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("nguyễn văn an", "Nguyễn Văn An"),
        ("NGUYỄN VĂN AN", "Nguyễn Văn An"),
        ("  Ngô   Thị  Lan ", "Ngô Thị Lan"),
        ("nguyễn như ý", "Nguyễn Như Ý"),
        ("h’hen niê", "H'Hen Niê"),
        ("đinh thị-mai", "Đinh Thị-Mai"),
        ("Nguye\u0302\u0303n Văn An", "Nguyễn Văn An"),  # decomposed marks, as pasted from a PDF
    ],
)
def test_a_full_name_is_written_as_vietnamese_names_are(typed: str, name: str) -> None:
    assert read_full_name(typed) == name


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("An", "words"),
        ("", "words"),
        ("a1 b", "letters"),
        ("Lan 🌸", "letters"),
        ("12345", "letters"),
        ("Nguyễn . An", "letters"),
        ("Иван Петров", "letters"),
        ("Nguyễn Văn " + "a" * 80, "length"),
    ],
)
def test_what_is_no_full_name(typed: str, reason: str) -> None:
    with pytest.raises(NameRefused) as refused:
        read_full_name(typed)
    assert refused.value.reason == reason


def test_the_name_question_survives_wrong_names(chat: Chat) -> None:
    at_the_name_question(chat)
    one_word = chat.text(chat.send(NEWCOMER, "An"))
    assert "ít nhất hai chữ" in one_word and "/huy" in one_word
    assert step(chat) == "register_name"
    assert "“a1”" in chat.text(chat.send(NEWCOMER, "a1 Lan"))
    assert "chỉ gồm chữ cái" in chat.text(chat.send(NEWCOMER, "🙂"))
    assert step(chat) == "register_name" and filed(chat) == []

    replies = chat.send(NEWCOMER, "ngô thị lan")
    assert "Cảm ơn Ngô Thị Lan." in chat.text(replies)
    assert [request.full_name for request in filed(chat)] == ["Ngô Thị Lan"]
    assert step(chat) is None


def test_a_display_name_that_is_no_full_name_is_not_offered(chat: Chat) -> None:
    lan = Person(Channel.TELEGRAM, "501", "Lan", "vi")
    asked = at_the_name_question(chat, lan)
    assert labels(asked) == []
    # An old or forged choice is checked as a typed name would be; the question stays.
    refused = chat.text(chat.send(lan, choice=encode(Action.REGISTER_NAME)))
    assert "“Lan”" in refused and "chưa phải là họ và tên đầy đủ" in refused
    assert step(chat, lan) == "register_name"
    chat.send(lan, "Đỗ Thị Lan")
    assert [request.full_name for request in filed(chat)] == ["Đỗ Thị Lan"]


def test_a_lower_case_display_name_is_offered_capitalised(chat: Chat) -> None:
    lan = Person(Channel.TELEGRAM, "502", "ngô thị lan", "vi")
    asked = at_the_name_question(chat, lan)
    assert labels(asked) == ["Dùng tên “Ngô Thị Lan”"]
    chat.send(lan, choice=choice_data(asked, "Dùng tên"))
    assert [request.full_name for request in filed(chat)] == ["Ngô Thị Lan"]


def test_an_invite_asks_for_a_full_name_when_the_display_name_is_not_one(chat: Chat) -> None:
    made = chat.text(chat.send(COORDINATOR, "/moi kinhte"))
    code = made.split("?start=")[1].split()[0]
    lan = Person(Channel.TELEGRAM, "503", "Lan 🌸", "vi")
    assert "nhập họ và tên" in chat.text(chat.send(lan, f"/start {code}"))
    assert "ít nhất hai chữ" in chat.text(chat.send(lan, "Lan"))
    assert "Chào mừng Hoàng Thị Lan!" in chat.text(chat.send(lan, "hoàng thị lan"))


# --- the unit question ------------------------------------------------------------------


def test_a_number_outside_the_list_asks_again_with_the_units(chat: Chat) -> None:
    chat.send(NEWCOMER, "/dangky")
    again = chat.send(NEWCOMER, "6")
    assert "Không có đơn vị số 6: danh sách chỉ có 5 đơn vị." in chat.text(again)
    assert labels(again) == UNITS
    assert step(chat) == "register_unit"
    assert NAME_QUESTION in chat.text(chat.send(NEWCOMER, "3"))
    assert step(chat) == "register_name"
    chat.send(NEWCOMER, "Ngô Thị Lan")
    [request] = filed(chat)
    assert request.full_name == "Ngô Thị Lan"


def test_an_unknown_unit_name_asks_again_and_a_typed_name_is_found(chat: Chat) -> None:
    chat.send(NEWCOMER, "/dangky")
    again = chat.send(NEWCOMER, "Phòng Tư pháp")
    assert "không có đơn vị nào tên “Phòng Tư pháp”" in chat.text(again)
    assert labels(again) == UNITS
    assert "Phòng Kinh tế. " + NAME_QUESTION in chat.text(chat.send(NEWCOMER, "kinh te"))


def test_a_unit_name_that_fits_several_offers_those(chat: Chat) -> None:
    chat.send(NEWCOMER, "/dangky")
    several = chat.send(NEWCOMER, "trung tâm")
    assert "Có nhiều đơn vị khớp với “trung tâm”" in chat.text(several)
    assert labels(several) == UNITS[3:]
    assert step(chat) == "register_unit"
    assert "Trung tâm Phục vụ hành chính công. " in chat.text(
        chat.send(NEWCOMER, "trung tam phuc vu")
    )


def test_cancel_ends_the_unit_question(chat: Chat) -> None:
    chat.send(NEWCOMER, "/dangky")
    assert "Đã huỷ" in chat.text(chat.send(NEWCOMER, "huỷ"))
    assert step(chat) is None


def test_a_number_outside_the_communes_offered_asks_again(many: Chat) -> None:  # noqa: F811
    many.send(NEWCOMER, "/dangky")
    offered = many.send(NEWCOMER, "duong")
    assert labels(offered) == [
        "Xã An Dương (Thành phố Hải Phòng)",
        "Xã Dương Quan (Thành phố Hải Phòng)",
        "Xã Nghi Dương (Thành phố Hải Phòng)",
    ]
    again = many.send(NEWCOMER, "7")
    assert "Danh sách không có số 7" in many.text(again)
    assert labels(again) == labels(offered)
    assert step(many) == "register_commune"
    units = many.send(NEWCOMER, "3")
    assert many.text(units) == "Xã Nghi Dương: anh/chị công tác ở đơn vị nào?"


# --- what the coordinator sees ----------------------------------------------------------


def test_the_coordinator_sees_who_is_asking_and_confirms_by_name(chat: Chat) -> None:
    lan = Person(Channel.ZALO, "6ede9afa66b88fe6d6a9", "Lan Ngô", "vi", username="lan.ngo")
    at_the_name_question(chat, lan)
    [request] = to_coordinator(chat.send(lan, "ngô thị lan"))
    assert request.text.splitlines() == [
        "Yêu cầu đăng ký mới: Ngô Thị Lan, Phòng Kinh tế. Duyệt không?",
        "Gửi từ: Zalo, id 6ede9afa66b88fe6d6a9",
        "Tên tài khoản: @lan.ngo",
        "Tên hiển thị: “Lan Ngô”",
    ]
    [[approve, refuse]] = request.choices
    assert approve.confirm == "Duyệt đăng ký của Ngô Thị Lan (Phòng Kinh tế)?"
    assert refuse.confirm == "Từ chối đăng ký của Ngô Thị Lan (Phòng Kinh tế)?"
    [stored] = filed(chat)
    assert (stored.username, stored.display_name) == ("lan.ngo", "Lan Ngô")

    approved = chat.send(COORDINATOR, choice=approve.data)
    assert "Đã duyệt: Ngô Thị Lan" in chat.text(approved)
    with Session(chat.engine) as session:
        assert session.exec(select(Officer).where(Officer.full_name == "Ngô Thị Lan")).one()


def test_without_a_username_the_coordinator_is_told_there_is_none(chat: Chat) -> None:
    at_the_name_question(chat)
    [request] = to_coordinator(chat.send(NEWCOMER, "Ngô Thị Lan"))
    assert "Tên tài khoản: (không có)" in request.text
    assert "Gửi từ: Telegram, id 500" in request.text


def test_the_coordinator_message_reads_in_english(chat: Chat) -> None:
    chat.send(COORDINATOR, "/ngonngu en")
    at_the_name_question(chat)
    [request] = to_coordinator(chat.send(NEWCOMER, "Ngô Thị Lan"))
    assert request.text.splitlines()[1:] == [
        "Sent from: Telegram, id 500",
        "Username: (none)",
        "Name shown: “Ngô Thị Lan”",
    ]
    assert (
        request.choices[0][0].confirm == "Approve the registration of Ngô Thị Lan (Phòng Kinh tế)?"
    )


# --- every registration question, given any text ----------------------------------------

_ANSWERS = st.one_of(
    st.text(max_size=60),
    st.sampled_from(
        [
            "6",
            "0",
            "3",
            "kinh te",
            "trung tâm",
            "An",
            "ngô thị lan",
            "huỷ",
            "/huy",
            "🙂",
            "nhiệm vụ",
        ]
    ),
    st.lists(
        st.sampled_from(["Nguyễn", "văn", "an", "1", "-", "'", "#12", "phòng"]), max_size=4
    ).map(" ".join),
)


def _start_afresh(chat: Chat) -> None:
    """Each example begins with no question, request or counted request open."""
    chat.sent.clear()  # hypothesis shows the fixture when an example fails: keep it short
    with Session(chat.engine) as session:
        for row in (*session.exec(select(RegistrationRequest)), *session.exec(select(RateEvent))):
            session.delete(row)
        session.commit()
    chat.send(NEWCOMER, "/huy")


def _answer_and_classify(chat: Chat, question: str, text: str) -> None:
    """Send ``text`` to the open ``question``: it must be accepted, asked again or left."""
    assert step(chat) == question
    before = len(filed(chat))
    replies = chat.send(NEWCOMER, text)
    assert chat.text(replies), "every answer gets an answer"
    after = step(chat)
    if after == question:
        return  # asked again, the question kept
    if after == _NEXT.get(question):
        return  # accepted: on to the next question
    if len(filed(chat)) == before + 1:
        assert after is None  # accepted: the request is filed
        read_full_name(filed(chat)[-1].full_name)  # a full name, or this raises
        return
    # Otherwise the person left the question: by cancelling or for another command.
    assert after is None, (text, after)
    left = text.strip().startswith("/") or read_command(text.strip()) is not None
    no_coordinator = "chưa có cán bộ đầu mối nào" in chat.text(replies).lower()
    assert left or no_coordinator, f"the question was lost on {text!r}"


_NEXT = {"register_commune": "register_unit", "register_unit": "register_name"}


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(question=st.sampled_from(["register_unit", "register_name"]), text=_ANSWERS)
def test_a_registration_question_accepts_asks_again_or_is_cancelled(
    chat: Chat, question: str, text: str
) -> None:
    _start_afresh(chat)
    units = chat.send(NEWCOMER, "/dangky")
    if question == "register_name":
        chat.send(NEWCOMER, choice=choice_data(units, "Phòng Kinh tế"))
    _answer_and_classify(chat, question, text)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    text=st.one_of(
        _ANSWERS, st.sampled_from(["duong", "nghi duong", "1", "9", "thu nghiem", "xã"])
    ),
    offered=st.booleans(),
)
def test_the_commune_question_accepts_asks_again_or_is_cancelled(
    many: Chat,  # noqa: F811
    text: str,
    offered: bool,
) -> None:
    _start_afresh(many)
    many.send(NEWCOMER, "/dangky")
    if offered:
        many.send(NEWCOMER, "duong")  # three communes offered as choices
    _answer_and_classify(many, "register_commune", text)
