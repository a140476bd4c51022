"""What one person can make the bot send to others is capped per hour.

Problem reports, completion notices, requests for more time and leave notices each
count against the writer's own chat account. Past the cap the bot passes nothing on
and says so politely; what the person recorded (progress, a problem, a leave) is kept
all the same, and nobody else's notices are held back.
"""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import Session, col, select

from handlers.choices import Action, encode
from handlers.types import Person, Reply
from models.limits import (
    COMPLETION_NOTICES,
    EXTENSION_REQUESTS,
    LEAVE_NOTICES,
    PROBLEM_REPORTS,
    Limit,
    record_event,
    subject_of,
)
from models.tables import ExtensionRequest, Leave, ProgressKind, ProgressUpdate
from tests.handlers.conftest import COORDINATOR, KINHTE, VANPHONG, Chat
from tests.handlers.test_conversation import task_id

REFUSAL = "đã đến mức tối đa tôi chuyển tiếp cho người khác"


def use_up_all_but_one(chat: Chat, who: Person, limit: Limit) -> None:
    """Count all but one of the writer's allowed actions within the last hour."""
    subject = subject_of(who.channel.value, who.external_id)
    with Session(chat.engine) as session:
        for minutes in range(limit.times - 1):
            record_event(
                session, limit, subject, chat.clock.now() - timedelta(minutes=minutes + 1)
            )
        session.commit()


def to_coordinator(replies: list[Reply]) -> list[Reply]:
    return [r for r in replies if r.to and r.to.external_id == COORDINATOR.external_id]


def percents(chat: Chat, task: int) -> list[int | None]:
    with Session(chat.engine) as session:
        return list(
            session.exec(
                select(ProgressUpdate.percent)
                .where(ProgressUpdate.task_id == task)
                .order_by(col(ProgressUpdate.id))
            )
        )


def test_completion_past_the_cap_is_saved_but_not_passed_on(chat: Chat) -> None:
    twelve = task_id(chat, "12")
    use_up_all_but_one(chat, VANPHONG, COMPLETION_NOTICES)
    last_allowed = chat.send(VANPHONG, choice=encode(Action.COMPLETE, twelve))
    assert "báo cáo đã hoàn thành nhiệm vụ 12" in "\n".join(
        r.text for r in to_coordinator(last_allowed)
    )
    chat.send(VANPHONG, choice=encode(Action.SET_PERCENT, twelve, 50))  # reopened: no notice
    capped = chat.send(VANPHONG, choice=encode(Action.COMPLETE, twelve))
    assert to_coordinator(capped) == []
    assert "Đã ghi nhận nhiệm vụ 12: 100%" in chat.text(capped)
    assert REFUSAL in chat.text(capped)
    assert percents(chat, twelve) == [100, 50, 100]  # every update saved


def test_the_cap_is_per_person_and_per_hour(chat: Chat) -> None:
    use_up_all_but_one(chat, VANPHONG, COMPLETION_NOTICES)
    chat.send(VANPHONG, choice=encode(Action.COMPLETE, task_id(chat, "12")))
    # Someone else's completion still reaches the coordinator (Phòng Kinh tế leads 8)...
    other = chat.send(KINHTE, "/capnhat 8 100 xong")
    assert to_coordinator(other), chat.text(other)
    # ...but a coordinating unit's 100% completes no part, so it is no news to them.
    coordinating = chat.send(KINHTE, "/capnhat 20 100 xong")
    assert to_coordinator(coordinating) == [], chat.text(coordinating)
    # An hour later Văn phòng's notices flow again.
    chat.clock.advance(timedelta(hours=1, minutes=1))
    later = chat.send(VANPHONG, "/capnhat 13 100 xong")
    assert to_coordinator(later), chat.text(later)


def test_a_problem_past_the_cap_is_kept_in_the_history_only(chat: Chat) -> None:
    twelve = task_id(chat, "12")
    use_up_all_but_one(chat, VANPHONG, PROBLEM_REPORTS)
    chat.send(VANPHONG, choice=encode(Action.REPORT_BLOCKER, twelve))
    passed = chat.send(VANPHONG, "Chưa có số liệu của xã")
    assert len(to_coordinator(passed)) == 1
    chat.send(VANPHONG, choice=encode(Action.REPORT_BLOCKER, twelve))
    capped = chat.send(VANPHONG, "Vẫn chưa có số liệu")
    assert to_coordinator(capped) == []
    assert REFUSAL in chat.text(capped)
    assert "Đã ghi vướng mắc vào lịch sử của nhiệm vụ 12" in chat.text(capped)
    with Session(chat.engine) as session:
        notes = session.exec(
            select(ProgressUpdate.note).where(ProgressUpdate.kind == ProgressKind.BLOCKER)
        ).all()
    assert list(notes) == ["Chưa có số liệu của xã", "Vẫn chưa có số liệu"]


def test_an_extension_request_past_the_cap_is_not_filed(chat: Chat) -> None:
    use_up_all_but_one(chat, VANPHONG, EXTENSION_REQUESTS)
    filed = chat.send(VANPHONG, "/giahan 12 20/12/2025 chờ số liệu")
    assert len(to_coordinator(filed)) == 1
    capped = chat.send(VANPHONG, "/giahan 13 15/01/2026 chờ số liệu")
    assert to_coordinator(capped) == []
    assert REFUSAL in chat.text(capped)
    with Session(chat.engine) as session:
        requests = session.exec(select(ExtensionRequest)).all()
    assert [request.task_id for request in requests] == [task_id(chat, "12")]


def test_a_mistyped_extension_does_not_count(chat: Chat) -> None:
    use_up_all_but_one(chat, VANPHONG, EXTENSION_REQUESTS)
    chat.send(VANPHONG, "/giahan 12 31/02/2025 trễ")  # not a date: refused before counting
    filed = chat.send(VANPHONG, "/giahan 12 20/12/2025 chờ số liệu")
    assert len(to_coordinator(filed)) == 1


def test_a_leave_past_the_cap_is_saved_without_telling_the_coordinators(chat: Chat) -> None:
    # Kinh tế has one officer: their leave leaves the unit without reminders.
    use_up_all_but_one(chat, KINHTE, LEAVE_NOTICES)
    told = chat.send(KINHTE, "/nghiphep 15/12/2025 19/12/2025")
    assert "không còn cán bộ nào nhận nhắc việc" in to_coordinator(told)[0].text
    capped = chat.send(KINHTE, "/nghiphep 22/12/2025 23/12/2025")
    assert to_coordinator(capped) == []
    assert "anh/chị sẽ không nhận nhắc việc" in chat.text(capped)
    assert REFUSAL in chat.text(capped)
    with Session(chat.engine) as session:
        assert len(session.exec(select(Leave)).all()) == 2
