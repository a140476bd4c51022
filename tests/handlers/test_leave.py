"""/nghiphep through the conversation core: days as people write them, seeing and cancelling.

The clock of the ``chat`` fixture stands on Friday 05/12/2025, 08:00.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlmodel import Session, col, select

from handlers.choices import Action, decode
from handlers.types import Choice, Reply
from models.officers import officer_by_identity
from models.tables import Leave
from tests.handlers.conftest import COORDINATOR, KINHTE, VANPHONG, Chat

HOW = "Gõ /nghiphep kèm ngày nghỉ, ví dụ /nghiphep 22/12 - 26/12"


def leaves(chat: Chat) -> list[tuple[str, date, date]]:
    """Every leave as (writer's chat id, first day, last day), earliest first."""
    with Session(chat.engine) as session:
        chats = {}
        for who in (VANPHONG, KINHTE):
            card = officer_by_identity(session, who.channel, who.external_id)
            assert card is not None
            chats[card.officer.id] = who.external_id
        rows = session.exec(select(Leave).order_by(col(Leave.start), col(Leave.id))).all()
        return [(chats[row.officer_id], row.start, row.end) for row in rows]


def cancel_choices(replies: list[Reply]) -> list[Choice]:
    return [
        choice
        for reply in replies
        for row in reply.choices
        for choice in row
        if (picked := decode(choice.data)) is not None and picked.action is Action.CANCEL_LEAVE
    ]


def d(day: int, month: int = 12, year: int = 2025) -> date:
    return date(year, month, day)


def test_a_wrong_day_says_why_and_the_right_one_is_recorded(chat: Chat) -> None:
    wrong = chat.text(chat.send(VANPHONG, "/nghiphep 31/02"))
    assert "Không có ngày “31/02” trong lịch." in wrong
    assert HOW in wrong
    assert leaves(chat) == []
    right = chat.text(chat.send(VANPHONG, "/nghiphep 22/12 - 26/12"))
    assert (
        "Đã ghi nhận nghỉ phép từ thứ Hai, 22/12/2025 đến thứ Sáu, 26/12/2025: "
        "anh/chị sẽ không nhận nhắc việc trong thời gian này." in right
    )
    assert leaves(chat) == [("200", d(22), d(26))]


@pytest.mark.parametrize(
    ("written", "first", "last"),
    [
        ("22/12 - 26/12", d(22), d(26)),
        ("22/12-26/12", d(22), d(26)),
        ("22/12 – 26/12", d(22), d(26)),
        ("từ 22/12 đến 26/12", d(22), d(26)),
        ("từ ngày 22/12 đến ngày 26/12", d(22), d(26)),
        ("tu 22/12 den 26/12", d(22), d(26)),
        ("22-26/12", d(22), d(26)),
        ("22/12 đến 26/12", d(22), d(26)),
        ("15/12/2025 19/12/2025", d(15), d(19)),
        ("29/12-2/1", d(29), d(2, 1, 2026)),
        ("mai", d(6), d(6)),
        ("thứ 2 đến thứ 6 tuần sau", d(8), d(12)),
        ("tuần sau", d(8), d(12)),
        ("hôm nay", d(5), d(5)),
        ("3/12 - 9/12", d(3), d(9)),  # under way: it started two days ago
    ],
)
def test_every_range_form_is_a_leave(chat: Chat, written: str, first: date, last: date) -> None:
    chat.send(VANPHONG, f"/nghiphep {written}")
    assert leaves(chat) == [("200", first, last)]


def test_a_single_day_is_echoed_as_one_day(chat: Chat) -> None:
    answer = chat.text(chat.send(VANPHONG, "nghi phep mai"))
    assert "Đã ghi nhận nghỉ phép ngày thứ Bảy, 06/12/2025:" in answer


@pytest.mark.parametrize(
    ("written", "why"),
    [
        ("nghỉ ốm", "Tôi không đọc được “nghỉ ốm” là ngày nghỉ phép."),
        ("32/12", "Không có ngày “32/12” trong lịch."),
        ("22/12 - 31/02", "Không có ngày “31/02” trong lịch."),
        (
            "26/12/2025 - 22/12/2025",
            "Ngày kết thúc (22/12/2025) trước ngày bắt đầu (26/12/2025).",
        ),
        (
            "1/12/2025 - 3/12/2025",
            "Tôi hiểu thời gian nghỉ phép là từ thứ Hai, 01/12/2025 đến thứ Tư, "
            "03/12/2025: thời gian này đã qua.",
        ),
        (
            "22/12 - 21/12",
            "Tôi hiểu thời gian nghỉ phép là từ thứ Hai, 22/12/2025 đến thứ Hai, "
            "21/12/2026: như vậy là hơn sáu tháng.",
        ),
    ],
)
def test_a_refused_leave_says_why_with_the_days_read(chat: Chat, written: str, why: str) -> None:
    answer = chat.text(chat.send(VANPHONG, f"/nghiphep {written}"))
    assert why in answer
    assert leaves(chat) == []
    # The next, right answer is taken.
    chat.send(VANPHONG, "/nghiphep 22-26/12")
    assert leaves(chat) == [("200", d(22), d(26))]


def test_alone_it_explains_how_when_there_is_no_leave(chat: Chat) -> None:
    chat.send(VANPHONG, "/nghiphep 1/12/2025 - 4/12/2025")  # refused: over already
    answer = chat.send(VANPHONG, "/nghiphep")
    assert "Anh/chị không có lịch nghỉ phép nào sắp tới." in chat.text(answer)
    assert HOW in chat.text(answer)
    assert cancel_choices(answer) == []


def test_alone_it_lists_the_leave_under_way_and_to_come_with_a_choice_each(chat: Chat) -> None:
    chat.send(VANPHONG, "/nghiphep 22/12 - 26/12")
    chat.send(VANPHONG, "/nghiphep 3/12 - 9/12")
    chat.send(KINHTE, "/nghiphep mai")  # someone else's
    answer = chat.send(VANPHONG, "/nghiphep")
    text = chat.text(answer)
    assert (
        "Nghỉ phép của anh/chị:\n"
        "• Từ thứ Tư, 03/12/2025 đến thứ Ba, 09/12/2025 (đang nghỉ)\n"
        "• Từ thứ Hai, 22/12/2025 đến thứ Sáu, 26/12/2025\n" in text
    )
    assert HOW in text
    choices = cancel_choices(answer)
    assert [choice.label for choice in choices] == [
        "❌ Huỷ nghỉ phép 03/12 – 09/12/2025",
        "❌ Huỷ nghỉ phép 22/12 – 26/12/2025",
    ]
    assert choices[1].confirm == ("Huỷ nghỉ phép từ thứ Hai, 22/12/2025 đến thứ Sáu, 26/12/2025?")


def test_a_leave_over_is_not_listed(chat: Chat) -> None:
    chat.send(VANPHONG, "/nghiphep 3/12 - 9/12")
    chat.clock.set(chat.clock.now() + timedelta(days=5))  # Wednesday 10/12
    answer = chat.send(VANPHONG, "/nghiphep")
    assert "không có lịch nghỉ phép nào sắp tới" in chat.text(answer)


def test_cancelling_a_leave_to_come_removes_it(chat: Chat) -> None:
    chat.send(VANPHONG, "/nghiphep 22/12 - 26/12")
    [cancel] = cancel_choices(chat.send(VANPHONG, "/nghiphep"))
    answer = chat.text(chat.send(VANPHONG, choice=cancel.data))
    assert answer == (
        "Đã huỷ nghỉ phép từ thứ Hai, 22/12/2025 đến thứ Sáu, 26/12/2025: "
        "anh/chị sẽ nhận nhắc việc như thường lệ."
    )
    assert leaves(chat) == []
    # Pressed again (an old button): it says so and changes nothing.
    again = chat.text(chat.send(VANPHONG, choice=cancel.data))
    assert "Nghỉ phép này không còn nữa." in again


def test_cancelling_a_leave_under_way_ends_it_yesterday(chat: Chat) -> None:
    chat.send(VANPHONG, "/nghiphep 3/12 - 9/12")
    [cancel] = cancel_choices(chat.send(VANPHONG, "/nghiphep"))
    answer = chat.text(chat.send(VANPHONG, choice=cancel.data))
    assert "Nghỉ phép của anh/chị nay kết thúc vào thứ Năm, 04/12/2025 (hôm qua)" in answer
    assert "từ hôm nay anh/chị nhận nhắc việc trở lại" in answer
    assert leaves(chat) == [("200", d(3), d(4))]  # the days taken stay on record


def test_cancelling_a_leave_that_started_today_removes_it(chat: Chat) -> None:
    chat.send(VANPHONG, "/nghiphep hôm nay")
    [cancel] = cancel_choices(chat.send(VANPHONG, "/nghiphep"))
    chat.send(VANPHONG, choice=cancel.data)
    assert leaves(chat) == []


def test_nobody_cancels_another_officers_leave(chat: Chat) -> None:
    chat.send(KINHTE, "/nghiphep 22/12 - 26/12")
    [cancel] = cancel_choices(chat.send(KINHTE, "/nghiphep"))
    for other in (VANPHONG, COORDINATOR):
        answer = chat.text(chat.send(other, choice=cancel.data))
        assert "Nghỉ phép này không còn nữa." in answer
    assert leaves(chat) == [("300", d(22), d(26))]


def test_a_leave_over_cannot_be_cancelled(chat: Chat) -> None:
    chat.send(VANPHONG, "/nghiphep 3/12 - 9/12")
    [cancel] = cancel_choices(chat.send(VANPHONG, "/nghiphep"))
    chat.clock.set(chat.clock.now() + timedelta(days=7))
    answer = chat.text(chat.send(VANPHONG, choice=cancel.data))
    assert "Thời gian nghỉ phép từ thứ Tư, 03/12/2025 đến thứ Ba, 09/12/2025 đã kết thúc." in (
        answer
    )
    assert leaves(chat) == [("200", d(3), d(9))]


def test_overlapping_leave_is_joined_into_one(chat: Chat) -> None:
    chat.send(VANPHONG, "/nghiphep 22/12 - 26/12")
    answer = chat.text(chat.send(VANPHONG, "/nghiphep 24/12 - 31/12"))
    assert "Đã ghi nhận nghỉ phép từ thứ Tư, 24/12/2025 đến thứ Tư, 31/12/2025" in answer
    assert (
        "gộp với nghỉ phép đã báo trước đó: anh/chị nghỉ phép từ thứ Hai, 22/12/2025 "
        "đến thứ Tư, 31/12/2025." in answer
    )
    assert leaves(chat) == [("200", d(22), d(31))]
    # A leave the next day after another joins it as well; one inside changes nothing.
    chat.send(VANPHONG, "/nghiphep 1/1 - 2/1")
    chat.send(VANPHONG, "/nghiphep 23/12")
    assert leaves(chat) == [("200", d(22), d(2, 1, 2026))]
    chat.send(VANPHONG, "/nghiphep 10/12")
    assert leaves(chat) == [("200", d(10), d(10)), ("200", d(22), d(2, 1, 2026))]


def test_the_leave_speaks_english_too(chat: Chat) -> None:
    chat.send(VANPHONG, "/ngonngu en")
    answer = chat.send(VANPHONG, "/nghiphep 22/12 - 26/12")
    assert chat.text(answer).startswith(
        "Leave recorded from Monday, 22/12/2025 to Friday, 26/12/2025: "
        "no reminders will reach you then."
    )
    listed = chat.send(VANPHONG, "/nghiphep")
    assert "• From Monday, 22/12/2025 to Friday, 26/12/2025" in chat.text(listed)
    assert [choice.label for choice in cancel_choices(listed)] == [
        "❌ Cancel the leave 22/12 – 26/12/2025"
    ]
    wrong = chat.text(chat.send(VANPHONG, "/nghiphep 31/02"))
    assert "There is no day “31/02” in the calendar." in wrong
