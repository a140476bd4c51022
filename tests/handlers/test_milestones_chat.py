"""Milestones in the conversation: which due date an update reports on, and what the
reports, /nhiemvu and /hanchot then show (issue 13, item 1).

Task 11 ("Quý III,IV/2025") is led by Văn phòng and due 30/09/2025 and 31/12/2025; the
chat's day is Friday 05/12/2025, so its 30/09 milestone was missed.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlmodel import Session, col, select

from models.clock import VIETNAM
from models.plans import find_plan
from models.report import Report, TaskLine, build_report
from models.status import TaskStatus
from models.tables import Channel, MessageLink, ProgressUpdate, Review
from tests.handlers.conftest import VANPHONG, Chat
from tests.handlers.test_conversation import task_id

Q3, Q4 = date(2025, 9, 30), date(2025, 12, 31)


def entries(chat: Chat) -> list[tuple[int | None, date | None, str]]:
    with Session(chat.engine) as session:
        rows = session.exec(select(ProgressUpdate).order_by(col(ProgressUpdate.id))).all()
        return [(row.percent, row.due_on, str(row.review)) for row in rows]


def reminder_about(chat: Chat, task: int, due_on: date) -> str:
    """A reminder message about one milestone of the task, as the sweep records it."""
    chat.next_message_id += 1
    with Session(chat.engine) as session:
        session.add(
            MessageLink(
                channel=Channel.TELEGRAM,
                chat_id=VANPHONG.external_id,
                message_id=str(chat.next_message_id),
                task_id=task,
                created_at=chat.clock.now(),
                due_on=due_on,
            )
        )
        session.commit()
    return str(chat.next_message_id)


def line_of(
    chat: Chat, code: str, quarter: int | None = None, year: int | None = None
) -> TaskLine:
    return next(line for line in report_of(chat, quarter, year).tasks if line.code == code)


def report_of(chat: Chat, quarter: int | None = None, year: int | None = None) -> Report:
    with Session(chat.engine) as session:
        plan = find_plan(session, None)
        assert plan is not None
        return build_report(session, plan, now=chat.clock.now(), quarter=quarter, year=year)


def confirm_all(chat: Chat, *, after: timedelta) -> None:
    with Session(chat.engine) as session:
        for update in session.exec(
            select(ProgressUpdate).where(ProgressUpdate.review == Review.PENDING)
        ):
            update.review = Review.CONFIRMED
            update.reviewed_at = chat.clock.now() + after
            session.add(update)
        session.commit()


def test_a_typed_update_goes_to_the_earliest_milestone_still_owed(chat: Chat) -> None:
    eleven = task_id(chat, "11")
    said = chat.text(chat.send(VANPHONG, "#11 xong, số 10/BC-UBND"))
    assert "Đã ghi nhận nhiệm vụ 11: 100% — Chờ xác nhận." in said
    assert "Cho mốc thời hạn 30/09/2025." in said
    # Reported, the 30/09 milestone is no longer owed: the next update goes to 31/12.
    said = chat.text(chat.send(VANPHONG, "#11 40% đang rà soát"))
    assert "Đã ghi nhận nhiệm vụ 11: 40% — Đang thực hiện." in said
    assert "Cho mốc thời hạn 31/12/2025." in said
    assert entries(chat) == [(100, Q3, "pending"), (40, Q4, "")]
    del eleven


def test_a_reply_to_a_reminder_goes_to_that_reminders_milestone(chat: Chat) -> None:
    eleven = task_id(chat, "11")
    # The 31/12 reminder, answered although 30/09 is still owed: it counts for 31/12.
    said = chat.text(
        chat.send(VANPHONG, "60% đã có dự thảo", reply_to=reminder_about(chat, eleven, Q4))
    )
    assert "Cho mốc thời hạn 31/12/2025." in said
    assert entries(chat) == [(60, Q4, "")]
    line = line_of(chat, "11")
    q3, q4 = line.milestones
    assert (q3.due_on, q3.status, q3.percent) == (Q3, TaskStatus.OVERDUE, 0)
    assert (q4.due_on, q4.status, q4.percent) == (Q4, TaskStatus.IN_PROGRESS, 60)
    # Overdue as a task while a milestone is, by the missed milestone's delay.
    assert line.status is TaskStatus.OVERDUE
    assert line.days_overdue == (date(2025, 12, 5) - Q3).days


def test_each_quarter_counts_its_own_milestone(chat: Chat) -> None:
    chat.send(VANPHONG, "#11 xong, số 10/BC-UBND")
    chat.send(VANPHONG, "#11 xong, số 11/BC-UBND")
    # Awaiting confirmation: reported, not done; counted on its own line.
    whole = report_of(chat)
    eleven = next(line for line in whole.tasks if line.code == "11")
    assert [m.awaiting for m in eleven.milestones] == [True, True]
    assert all(m.done_on is None for m in eleven.milestones)
    assert whole.milestone_totals.awaiting >= 2
    confirm_all(chat, after=timedelta(days=1))
    chat.clock.set(chat.clock.now() + timedelta(days=2))
    q3 = report_of(chat, quarter=3, year=2025)
    q4 = report_of(chat, quarter=4, year=2025)
    eleven_q3 = next(line for line in q3.tasks if line.code == "11")
    eleven_q4 = next(line for line in q4.tasks if line.code == "11")
    # Each quarter counts the milestone due in it. Quarter III looks from its end: by
    # 30/09 nothing was reported, so its deadline stands missed there.
    assert [m.due_on for m in eleven_q3.milestones] == [Q3]
    assert eleven_q3.status is TaskStatus.OVERDUE
    assert [m.due_on for m in eleven_q4.milestones] == [Q4]
    assert eleven_q4.status is TaskStatus.DONE_ON_TIME
    # The whole plan, as of today: done on the day it was reported (05/12), after 30/09
    # (late), in time for 31/12; the task stands as its last milestone.
    whole_line = line_of(chat, "11")
    assert [m.status for m in whole_line.milestones] == [
        TaskStatus.DONE_LATE,
        TaskStatus.DONE_ON_TIME,
    ]
    assert whole_line.milestones[0].done_on == date(2025, 12, 5)
    assert whole_line.status is TaskStatus.DONE_ON_TIME


def test_a_report_as_of_before_the_confirmation_shows_it_awaiting(chat: Chat) -> None:
    chat.send(VANPHONG, "#11 xong, số 10/BC-UBND")
    confirm_all(chat, after=timedelta(days=3))
    chat.clock.set(chat.clock.now() + timedelta(days=1))
    before = line_of(chat, "11", quarter=4, year=2025)
    assert before.milestones == () or all(m.due_on == Q4 for m in before.milestones)
    whole_before = line_of(chat, "11")
    assert whole_before.milestones[0].awaiting
    chat.clock.set(chat.clock.now() + timedelta(days=5))
    assert line_of(chat, "11").milestones[0].status is TaskStatus.DONE_LATE


def test_nhiemvu_groups_by_the_nearest_open_milestone(chat: Chat) -> None:
    listed = chat.text(chat.send(VANPHONG, "/nhiemvu"))
    overdue = listed.split("⛔ Quá hạn")[1].split("\n\n")[0]
    assert "• 11 ·" in overdue
    assert "Hạn: thứ Ba, 30/09/2025 (quá hạn 66 ngày)" in overdue
    chat.send(VANPHONG, "#11 xong, số 10/BC-UBND")
    listed = chat.text(chat.send(VANPHONG, "/nhiemvu"))
    overdue = listed.split("⛔ Quá hạn")[1].split("\n\n")[0]
    assert "• 11 ·" not in overdue
    # Now owed: 31/12, shown with its own date.
    after = listed.split("• 11 ·")[1].split("\n")[1]
    assert "31/12/2025" in after


def test_the_task_details_list_each_milestone(chat: Chat) -> None:
    chat.send(VANPHONG, "#11 xong, số 10/BC-UBND")
    details = chat.text(chat.send(VANPHONG, "#11"))
    assert "Các mốc thời hạn:" in details
    assert "• thứ Ba, 30/09/2025: Chờ xác nhận" in details
    assert "• thứ Tư, 31/12/2025 (còn 26 ngày): 0% — Chưa triển khai" in details


def test_an_undated_ongoing_task_is_never_overdue(chat: Chat) -> None:
    # Task 16 is "Thường xuyên": one undated milestone.
    line = line_of(chat, "16")
    assert [m.due_on for m in line.milestones] == [None]
    chat.clock.set(datetime(2026, 6, 1, 8, 0, tzinfo=VIETNAM))
    assert line_of(chat, "16").status is not TaskStatus.OVERDUE
