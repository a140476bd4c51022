"""Completion is reported, then confirmed (issue 13, item 4), as the people in the chat see it.

An officer's "xong" awaits a coordinator (cán bộ đầu mối); the coordinators' notice offers
Xác nhận and Trả lại; a confirmation counts the milestone done on the day it was reported,
a return (with its reason) makes it owed again, with its reminders; every other tap is
refused and changes nothing; /choduyet and the coordinators' digest list what awaits; a
commune that turns confirmation off counts completions at once.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlmodel import Session, col, select

from handlers.choices import Action, encode
from handlers.i18n import Translator
from handlers.types import Person, Reply
from models.calendar import WorkingCalendar
from models.clock import VIETNAM
from models.db import session_scope
from models.officers import add_officer, officer_by_identity
from models.plans import latest_plan
from models.report import TaskLine, build_report
from models.status import TaskStatus
from models.tables import (
    Channel,
    DigestKind,
    Organisation,
    ProgressUpdate,
    Reminder,
    ReminderState,
    Review,
    Role,
    Unit,
    row_id,
)
from scheduler.digests import digest_people, digests_for_day, render_digest
from scheduler.policy import ReminderPolicy
from scheduler.service import ReminderService
from tests.builders import register_officers
from tests.handlers.conftest import COORDINATOR, KINHTE, LEADER, VANPHONG, Chat, person
from tests.handlers.test_conversation import task_id

COORDINATOR2 = person("101", "Đỗ Minh Hải")
HEAD = person("201", "Phan Văn Lộc")  # head of Văn phòng
FOREIGN = person("900", "Vũ Thị Thu")  # a coordinator of another commune
CALENDAR = WorkingCalendar()
REFUSED = "Chỉ cán bộ đầu mối của xã mới xác nhận hoặc trả lại được báo cáo hoàn thành."


@pytest.fixture
def desk(chat: Chat) -> Chat:
    """The chat, with a second coordinator, Văn phòng's head, a coordinator of another
    commune, and the reminder planner the running bot uses."""
    register_officers(
        chat.engine,
        [
            ("vhxh", COORDINATOR2.display_name, Role.COORDINATOR, COORDINATOR2.external_id),
            ("vanphong", HEAD.display_name, Role.UNIT_HEAD, HEAD.external_id),
        ],
        now=chat.clock.now(),
    )
    with session_scope(chat.engine) as session:
        other = Organisation(
            code="tan-lap",
            name="Xã Tân Lập",
            authority="Ủy ban nhân dân xã Tân Lập",
            place="Tân Lập",
            created_at=chat.clock.now(),
        )
        session.add(other)
        session.flush()
        unit = Unit(organisation_id=other.id or 0, code="vhxh", name="Phòng Văn hoá - Xã hội")
        session.add(unit)
        session.flush()
        add_officer(
            session,
            unit=unit,
            full_name=FOREIGN.display_name,
            role=Role.COORDINATOR,
            channel=Channel.TELEGRAM,
            external_id=FOREIGN.external_id,
            now=chat.clock.now(),
        )
    service = ReminderService(chat.engine, chat.clock, CALENDAR, ReminderPolicy(), {})
    service.plan_everything()
    chat.conversation.on_task_changed = service.replan
    return chat


def to(who: Person, replies: list[Reply]) -> list[Reply]:
    return [reply for reply in replies if reply.to and reply.to.external_id == who.external_id]


def buttons(reply: Reply) -> list[tuple[str, str, str]]:
    return [(choice.label, choice.data, choice.confirm) for row in reply.choices for choice in row]


def line(chat: Chat, code: str) -> TaskLine:
    with Session(chat.engine) as session:
        plan = latest_plan(session)
        assert plan is not None
        report = build_report(session, plan, now=chat.clock.now())
    return next(line for line in report.tasks if line.code == code)


def reviews(chat: Chat, code: str) -> list[tuple[int | None, str, str]]:
    """The task's entries as (percent, review, review note), oldest first."""
    with Session(chat.engine) as session:
        rows = session.exec(
            select(ProgressUpdate)
            .where(ProgressUpdate.task_id == task_id(chat, code))
            .order_by(col(ProgressUpdate.id))
        )
        return [(row.percent, str(row.review), row.review_note) for row in rows]


def planned(chat: Chat, code: str, due_on: date, who: Person) -> list[date]:
    """The days the officer will be reminded of that milestone of the task."""
    with Session(chat.engine) as session:
        card = officer_by_identity(session, who.channel, who.external_id)
        assert card is not None
        rows = session.exec(
            select(Reminder.send_at).where(
                Reminder.task_id == task_id(chat, code),
                Reminder.due_on == due_on,
                Reminder.officer_id == card.id,
                Reminder.state == ReminderState.PLANNED,
            )
        )
        return sorted({moment.astimezone(VIETNAM).date() for moment in rows})


def update_ids(chat: Chat, code: str) -> list[int]:
    """The ids of the task's entries, oldest first."""
    with Session(chat.engine) as session:
        return [
            row_id(update_id)
            for update_id in session.exec(
                select(ProgressUpdate.id)
                .where(ProgressUpdate.task_id == task_id(chat, code))
                .order_by(col(ProgressUpdate.id))
            )
        ]


def report_done(chat: Chat, who: Person, text: str) -> tuple[str, str]:
    """The officer reports; return the Xác nhận and Trả lại data of the coordinator's notice."""
    [notice] = to(COORDINATOR, chat.send(who, text))
    [(confirm_label, confirm, _), (return_label, give_back, _)] = buttons(notice)
    assert (confirm_label, return_label) == ("Xác nhận", "Trả lại")
    return confirm, give_back


# --- confirmed --------------------------------------------------------------------------------


def test_a_completion_awaits_the_coordinator_and_counts_on_the_day_it_was_reported(
    desk: Chat,
) -> None:
    replies = desk.send(VANPHONG, "/capnhat 12 xong, đã ban hành báo cáo số 31/BC-UBND")
    assert "Đang chờ cán bộ đầu mối xác nhận" in desk.text(replies)
    # Every coordinator of the commune gets the notice with the two choices; nobody else.
    assert {reply.to.external_id for reply in replies if reply.to} == {"100", "101"}
    [notice] = to(COORDINATOR, replies)
    assert notice.text == (
        "Lê Văn Cường (Văn phòng HĐND và UBND xã) báo cáo đã hoàn thành nhiệm vụ 12, đề nghị "
        "xác nhận: Tiếp tục triển khai Kế hoạch theo dõi tình hình thi hành…\n"
        "Sản phẩm: 31/BC-UBND\n"
        "Ghi chú: đã ban hành báo cáo số 31/BC-UBND\n"
        "Báo cáo ngày thứ Sáu, 05/12/2025. Anh/chị kiểm tra sản phẩm rồi xác nhận hoàn thành, "
        "hoặc trả lại kèm lý do."
    )
    twelve = task_id(desk, "12")
    [update_id] = update_ids(desk, "12")
    assert buttons(notice) == [
        (
            "Xác nhận",
            encode(Action.CONFIRM_COMPLETION, update_id),
            "Xác nhận hoàn thành nhiệm vụ 12 theo báo cáo của Lê Văn Cường?",
        ),
        (
            "Trả lại",
            encode(Action.RETURN_COMPLETION, update_id),
            "Trả lại báo cáo hoàn thành nhiệm vụ 12 của Lê Văn Cường?",
        ),
    ]
    awaiting = line(desk, "12")
    assert awaiting.awaiting and awaiting.done_on is None
    assert awaiting.status is TaskStatus.IN_PROGRESS

    desk.clock.set(datetime(2025, 12, 8, 9, 30, tzinfo=VIETNAM))  # Monday, after the weekend
    confirmed = desk.send(COORDINATOR, choice=notice.choices[0][0].data)
    assert desk.text(confirmed) == (
        "Đã xác nhận hoàn thành nhiệm vụ 12, tính là hoàn thành ngày 05/12/2025 theo báo cáo "
        "của Lê Văn Cường; Lê Văn Cường đã được thông báo."
    )
    [told] = to(VANPHONG, confirmed)
    assert told.text == (
        "✅ Trần Thị Hoa đã xác nhận hoàn thành nhiệm vụ 12: Tiếp tục triển khai Kế hoạch theo "
        "dõi tình hình thi hành…\nNgày hoàn thành được tính là ngày anh/chị báo cáo: 05/12/2025."
    )
    assert told.task_id == twelve
    done = line(desk, "12")
    assert done.status is TaskStatus.DONE_ON_TIME and not done.awaiting
    assert done.done_on == date(2025, 12, 5)  # reported on Friday, confirmed on Monday
    assert reviews(desk, "12") == [(100, "confirmed", "")]

    # The other coordinator's buttons are moot: told who decided, nothing changes.
    for data in (notice.choices[0][0].data, notice.choices[0][1].data):
        late = desk.send(COORDINATOR2, choice=data)
        assert desk.text(late) == (
            "Báo cáo hoàn thành nhiệm vụ 12 đã được Trần Thị Hoa xác nhận ngày 08/12/2025."
        )
        assert not to(VANPHONG, late)
    # No question was left open: a message afterwards is not taken for a reason.
    assert not to(VANPHONG, desk.send(COORDINATOR2, "thiếu phụ lục"))
    assert reviews(desk, "12") == [(100, "confirmed", "")]


def test_a_milestone_is_named_and_confirmed_on_its_own(desk: Chat) -> None:
    # Task 11 is due 30/09 and 31/12: the missed 30/09 is the one owed first.
    confirm, _ = report_done(desk, VANPHONG, "/capnhat 11 xong, số 12/BC-VP")
    desk.clock.advance(timedelta(days=3))
    assert desk.text(desk.send(COORDINATOR, choice=confirm)).startswith(
        "Đã xác nhận hoàn thành nhiệm vụ 11 (mốc 30/09/2025), tính là hoàn thành ngày 05/12/2025"
    )
    eleven = line(desk, "11")
    first, last = eleven.milestones
    assert (first.due_on, first.status, first.done_on) == (
        date(2025, 9, 30),
        TaskStatus.DONE_LATE,
        date(2025, 12, 5),
    )
    assert last.done_on is None and not last.awaiting
    assert eleven.done_on is None  # a task is done when its last milestone is


# --- returned ---------------------------------------------------------------------------------


def test_a_returned_completion_is_owed_again_with_its_reminders(desk: Chat) -> None:
    # 30/09 is confirmed; then the 31/12 milestone is reported done, and returned.
    confirm, _ = report_done(desk, VANPHONG, "/capnhat 11 xong")
    desk.send(COORDINATOR, choice=confirm)
    december = date(2025, 12, 31)
    reminded = planned(desk, "11", december, VANPHONG)
    # Before the date, on it, then overdue into January.
    assert reminded[:4] == [date(2025, 12, 24), date(2025, 12, 26), date(2025, 12, 30), december]
    _, give_back = report_done(desk, VANPHONG, "/capnhat 11 xong, số 15/BC-VP")
    assert planned(desk, "11", december, VANPHONG) == []  # reported: nobody is reminded
    assert line(desk, "11").awaiting

    asked = desk.send(COORDINATOR, choice=give_back)
    assert desk.text(asked) == (
        "Vì sao anh/chị trả lại báo cáo hoàn thành nhiệm vụ 11 (mốc 31/12/2025) của Lê Văn "
        "Cường? Anh/chị nhập lý do trong một tin nhắn; Lê Văn Cường sẽ được thông báo (hoặc gõ "
        "/huy để quyết định sau)."
    )
    assert not to(VANPHONG, asked)
    assert desk.text(desk.send(COORDINATOR, "???")).startswith("Anh/chị nhập lý do bằng lời")
    returned = desk.send(COORDINATOR, "Báo cáo chưa có phụ lục số liệu của các thôn")
    assert desk.text(returned) == (
        "Đã trả lại báo cáo hoàn thành nhiệm vụ 11 (mốc 31/12/2025) của Lê Văn Cường: báo "
        "cáo không được tính; Lê Văn Cường đã được thông báo lý do và sẽ được nhắc việc trở lại."
    )
    [told] = to(VANPHONG, returned)
    assert told.text == (
        "↩️ Trần Thị Hoa đã trả lại báo cáo hoàn thành nhiệm vụ 11 (mốc 31/12/2025) của "
        "anh/chị: Triển khai Kế hoạch rà soát văn bản QPPL trên địa bàn xã…\n"
        "Lý do: Báo cáo chưa có phụ lục số liệu của các thôn\n"
        "Nhiệm vụ chưa được tính là hoàn thành: anh/chị hoàn thiện theo yêu cầu rồi báo cáo lại."
    )
    assert told.task_id == task_id(desk, "11") and told.choices  # report again at once
    eleven = line(desk, "11")
    assert eleven.milestones[-1].done_on is None and not eleven.milestones[-1].awaiting
    assert eleven.milestones[0].done_on == date(2025, 12, 5)  # the confirmed one stays done
    assert reviews(desk, "11")[-1] == (
        100,
        "returned",
        "Báo cáo chưa có phụ lục số liệu của các thôn",
    )
    assert planned(desk, "11", december, VANPHONG) == reminded
    # The next "xong" awaits confirmation again, for the same milestone.
    [notice] = to(COORDINATOR, desk.send(VANPHONG, "/capnhat 11 xong, số 16/BC-VP"))
    assert "nhiệm vụ 11 (mốc 31/12/2025)" in notice.text and "16/BC-VP" in notice.text


def test_returning_waits_for_the_reason_and_huy_leaves_it_awaiting(desk: Chat) -> None:
    confirm, give_back = report_done(desk, VANPHONG, "/capnhat 12 xong")
    desk.send(COORDINATOR, choice=give_back)
    too_long = desk.send(COORDINATOR, "x" * 501)
    assert desk.text(too_long).startswith("Lý do quá dài (501 ký tự; tối đa 500)")
    assert desk.text(desk.send(COORDINATOR, "/huy")) == "Đã huỷ."
    assert reviews(desk, "12") == [(100, "pending", "")]
    assert not to(VANPHONG, desk.send(COORDINATOR, "thiếu số liệu"))  # no question is open
    # Asked why, then confirmed after all: the question is dropped.
    desk.send(COORDINATOR, choice=give_back)
    desk.send(COORDINATOR, choice=confirm)
    assert reviews(desk, "12") == [(100, "confirmed", "")]
    assert "thiếu số liệu" not in desk.text(desk.send(COORDINATOR, "thiếu số liệu"))


# --- refused ----------------------------------------------------------------------------------


def test_only_a_coordinator_of_the_commune_decides(desk: Chat) -> None:
    confirm, give_back = report_done(desk, VANPHONG, "/capnhat 12 xong")
    for who in (VANPHONG, KINHTE, HEAD, LEADER, FOREIGN):
        for data in (confirm, give_back):
            refused = desk.send(who, choice=data)
            assert desk.text(refused) == REFUSED, who
            assert not [reply for reply in refused if reply.to]
    # Forged: a completion that does not exist, or data that is not a choice at all.
    assert desk.text(desk.send(COORDINATOR, choice="cc:999999")) == REFUSED
    assert desk.text(desk.send(COORDINATOR, choice="cr:12:1")) == (
        "Lựa chọn không hợp lệ hoặc đã hết hiệu lực."
    )
    assert reviews(desk, "12") == [(100, "pending", "")]
    assert line(desk, "12").awaiting


def test_what_is_not_a_pending_completion_cannot_be_confirmed(desk: Chat) -> None:
    desk.send(VANPHONG, "/capnhat 12 50 đã gửi dự thảo")
    [half] = update_ids(desk, "12")
    assert desk.text(desk.send(COORDINATOR, choice=encode(Action.CONFIRM_COMPLETION, half))) == (
        "Đây không phải báo cáo hoàn thành đang chờ xác nhận. Gõ /choduyet để xem những việc "
        "đang chờ."
    )
    # Reported done, then reopened at 75% before anyone decided: the choice is stale.
    confirm, _ = report_done(desk, VANPHONG, "/capnhat 12 xong")
    desk.send(VANPHONG, "/capnhat 12 75 còn chờ ký")
    assert desk.text(desk.send(COORDINATOR, choice=confirm)) == (
        "Báo cáo hoàn thành nhiệm vụ 12 ngày thứ Sáu, 05/12/2025 không còn chờ xác nhận: tiến "
        "độ của nhiệm vụ đã thay đổi sau đó. Gõ /choduyet để xem những việc đang chờ."
    )
    assert [review for _, review, _ in reviews(desk, "12")] == ["", "pending", ""]
    assert line(desk, "12").percent == 75
    # A coordinator's own completion is confirmed as it is written: nothing to decide.
    desk.send(COORDINATOR, "/capnhat 8 xong")
    own = update_ids(desk, "8")[-1]
    assert desk.text(desk.send(COORDINATOR2, choice=encode(Action.CONFIRM_COMPLETION, own))) == (
        "Đây không phải báo cáo hoàn thành đang chờ xác nhận. Gõ /choduyet để xem những việc "
        "đang chờ."
    )


def test_xong_twice_is_confirmed_once_from_the_first_report(desk: Chat) -> None:
    first, _ = report_done(desk, VANPHONG, "/capnhat 12 xong")
    desk.clock.advance(timedelta(hours=3))
    report_done(desk, VANPHONG, "/capnhat 12 xong, số 31/BC-UBND")
    listed = desk.text(desk.send(COORDINATOR, "/choduyet"))
    assert "Báo cáo hoàn thành chờ xác nhận (1)" in listed and "31/BC-UBND" in listed
    desk.clock.advance(timedelta(days=3))
    desk.send(COORDINATOR, choice=first)  # the older notice settles both reports
    assert reviews(desk, "12") == [(100, "confirmed", ""), (100, "confirmed", "")]
    assert line(desk, "12").done_on == date(2025, 12, 5)
    assert desk.text(desk.send(COORDINATOR, "/choduyet")) == "Không có đề nghị nào đang chờ duyệt."


# --- confirmation turned off ------------------------------------------------------------------


def test_a_commune_without_confirmation_counts_completions_at_once(desk: Chat) -> None:
    with session_scope(desk.engine) as session:
        commune = session.exec(select(Organisation).where(Organisation.code == "nghi-duong")).one()
        commune.confirm_completion = False
        session.add(commune)
    replies = desk.send(VANPHONG, "/capnhat 12 xong")
    assert "chờ cán bộ đầu mối xác nhận" not in desk.text(replies)
    [notice] = to(COORDINATOR, replies)
    assert notice.text.startswith("Lê Văn Cường (Văn phòng HĐND và UBND xã) báo cáo đã hoàn thành")
    assert notice.choices == ()
    done = line(desk, "12")
    assert done.status is TaskStatus.DONE_ON_TIME and done.done_on == date(2025, 12, 5)
    assert reviews(desk, "12") == [(100, "confirmed", "")]
    assert desk.text(desk.send(COORDINATOR, "/choduyet")) == "Không có đề nghị nào đang chờ duyệt."


# --- /choduyet and the digest -----------------------------------------------------------------


def test_choduyet_lists_completions_beside_the_requests(desk: Chat) -> None:
    desk.send(KINHTE, "/giahan 8 5/1/2026 chờ số liệu")
    report_done(desk, VANPHONG, "/capnhat 12 xong, số 31/BC-UBND")
    desk.clock.advance(timedelta(days=3))
    report_done(desk, KINHTE, "/capnhat 26 xong")
    listed = desk.send(COORDINATOR, "/choduyet")
    text = desk.text(listed)
    assert text.split("\n\n")[1] == (
        "Báo cáo hoàn thành chờ xác nhận (2), cũ nhất trước:\n"
        "2. Lê Văn Cường (Văn phòng HĐND và UBND xã) báo cáo hoàn thành nhiệm vụ 12: Tiếp tục "
        "triển khai Kế hoạch theo dõi…; sản phẩm: 31/BC-UBND. Chờ từ thứ Sáu, 05/12/2025.\n"
        "3. Phạm Thị Dung (Phòng Kinh tế) báo cáo hoàn thành nhiệm vụ 26 (mốc 30/09/2025): "
        "Tiếp tục nâng cao năng lực đội ngũ cán…; sản phẩm: chưa gửi (không có số văn bản "
        "hay tệp). Chờ từ thứ Hai, 08/12/2025."
    )
    labels = [label for reply in listed for label, _, _ in buttons(reply)]
    assert labels[2:] == [
        "Xác nhận: Lê Văn Cường, nhiệm vụ 12",
        "Trả lại: Lê Văn Cường, nhiệm vụ 12",
        "Xác nhận: Phạm Thị Dung, nhiệm vụ 26 (mốc 30/09/2025)",
        "Trả lại: Phạm Thị Dung, nhiệm vụ 26 (mốc 30/09/2025)",
    ]
    pick = next(
        data
        for reply in listed
        for label, data, _ in buttons(reply)
        if label == "Xác nhận: Phạm Thị Dung, nhiệm vụ 26 (mốc 30/09/2025)"
    )
    desk.send(COORDINATOR, choice=pick)
    assert "nhiệm vụ 26" not in desk.text(desk.send(COORDINATOR, "/choduyet"))
    # A leader reads the list; the officer sees their own completion awaiting.
    read = desk.send(LEADER, "/choduyet")
    assert "Cán bộ đầu mối sẽ xác nhận các báo cáo này; danh sách chỉ để theo dõi." in (
        desk.text(read)
    )
    assert not [
        label for reply in read for label, _, _ in buttons(reply) if "nhiệm vụ 12" in label
    ]
    assert desk.text(desk.send(VANPHONG, "/choduyet")).endswith(
        "Báo cáo hoàn thành của anh/chị đang chờ cán bộ đầu mối xác nhận:\n"
        "• Nhiệm vụ 12: báo cáo hoàn thành ngày thứ Sáu, 05/12/2025."
    )


def test_the_coordinators_digest_says_what_awaits_confirmation(desk: Chat) -> None:
    report_done(desk, VANPHONG, "/capnhat 12 xong")
    desk.clock.advance(timedelta(days=3))
    report_done(desk, KINHTE, "/capnhat 26 xong")
    report_done(desk, KINHTE, "/capnhat 8 xong")
    desk.clock.advance(timedelta(hours=1))
    report_done(desk, VANPHONG, "/capnhat 13 xong")
    now = desk.clock.now()
    with Session(desk.engine) as session:
        plan = latest_plan(session)
        assert plan is not None

        def digest(unit_code: str | None) -> str:
            reply = render_digest(
                session,
                plan,
                DigestKind.OVERDUE,
                now=now,
                tr=Translator("vi"),
                unit_code=unit_code,
                calendar=CALENDAR,
            )
            assert reply is not None
            return reply.text

        awaiting_line = (
            "⏳ Báo cáo hoàn thành chờ anh/chị xác nhận: 4; cũ nhất: 12 – Văn phòng HĐND và "
            "UBND xã (từ 05/12/2025); 26 – Phòng Kinh tế (từ 08/12/2025); 8 – Phòng Kinh tế (từ "
            "08/12/2025); …. Gõ /choduyet để xác nhận hoặc trả lại."
        )
        coordinator = digest(None).split("\n")
        assert coordinator[0].startswith("⛔ Nhiệm vụ quá hạn")
        assert coordinator[-3:] == [awaiting_line, "", coordinator[-1]]
        assert "chờ anh/chị xác nhận" not in digest("vanphong")  # a unit head's
        # On a day with nothing overdue, the coordinators get the digest for this alone.
        people = digest_people(session, plan.organisation_id)
        due = digests_for_day(
            now.date(), overdue_units=set(), has_undated=False, people=people, calendar=CALENDAR
        )
        assert [kind for _, kind in due if kind is DigestKind.OVERDUE] == []
        due = digests_for_day(
            now.date(),
            overdue_units=set(),
            has_undated=False,
            people=people,
            calendar=CALENDAR,
            awaiting=True,
        )
        assert {(p.recipient.name, kind) for p, kind in due if kind is DigestKind.OVERDUE} == {
            (COORDINATOR.display_name, DigestKind.OVERDUE),
            (COORDINATOR2.display_name, DigestKind.OVERDUE),
        }
    # The digest only reads: everything still awaits.
    for code in ("12", "26", "8", "13"):
        assert reviews(desk, code) == [(100, Review.PENDING.value, "")]


def test_each_lead_unit_s_part_is_confirmed_on_its_own(desk: Chat) -> None:
    # Task 1.2 is led by every unit; task 12 is Văn phòng's, which Phòng Kinh tế coordinates.
    vanphong, _ = report_done(desk, VANPHONG, "/capnhat 1.2 xong, số 20/KH-VP")
    report_done(desk, KINHTE, "/capnhat 1.2 xong, số 21/KH-KT")
    coordinating = desk.send(KINHTE, "/capnhat 12 xong")
    assert not to(COORDINATOR, coordinating)  # coordinating completes nobody's part
    listed = desk.text(desk.send(COORDINATOR, "/choduyet"))
    assert "Báo cáo hoàn thành chờ xác nhận (2)" in listed and "nhiệm vụ 12" not in listed
    desk.send(COORDINATOR, choice=vanphong)
    shares = {share.unit.code: share for share in line(desk, "1.2").shares}
    assert shares["vanphong"].done_on == date(2025, 12, 5) and not shares["vanphong"].awaiting
    assert shares["kinhte"].done_on is None and shares["kinhte"].awaiting
    left = desk.text(desk.send(COORDINATOR, "/choduyet"))
    assert "Báo cáo hoàn thành chờ xác nhận (1)" in left and "Phạm Thị Dung" in left
