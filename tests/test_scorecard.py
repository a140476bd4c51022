"""The units' scorecard: ranked from the report's milestone lines, shown under /baocao and
sent to the leaders on the first working day of each month."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from pydantic import ValidationError
from sqlalchemy import Engine
from sqlmodel import Session, select

from bot.settings import Settings
from handlers.context import CoreSettings
from handlers.conversation import Conversation
from handlers.i18n import Translator
from handlers.scorecard import ranking_lines, scorecard_message
from models.calendar import WorkingCalendar
from models.clock import VIETNAM, FixedClock
from models.db import session_scope
from models.officers import add_officer, find_unit
from models.plans import latest_plan, task_by_code
from models.progress import ProgressReading, record_progress
from models.report import NO_TASKS, Counts, GroupLine, Report, build_report
from models.scorecard import (
    DEFAULT_WEIGHTS,
    Weights,
    parse_weights,
    score_of,
    scorecard,
    weights_text,
)
from models.tables import Channel, Digest, DigestKind, Plan, Role
from scheduler.digests import (
    DigestRecipient,
    digests_for_day,
    plan_digests,
    render_digest,
    scorecard_quarter,
)
from scheduler.planning import Recipient
from scheduler.policy import ReminderPolicy
from tests.builders import register_officers
from tests.handlers.conftest import COORDINATOR, KINHTE, LEADER, Chat
from tests.scheduler.test_sweep import World, at, make_world

TR = Translator("vi")
CALENDAR = WorkingCalendar()
NOVEMBER_3 = datetime(2025, 11, 3, 8, 0, tzinfo=VIETNAM)  # first working day of November


def milestones(on_time: int = 0, late: int = 0, overdue: int = 0, within: int = 0) -> Counts:
    total = on_time + late + overdue + within
    return Counts(total, on_time + late + overdue, on_time, late, within, overdue, 0)


def with_units(report: Report, lines: dict[str, Counts]) -> Report:
    return replace(
        report,
        units=tuple(
            GroupLine(code, f"Phòng {code}", NO_TASKS, milestones=counts)
            for code, counts in lines.items()
        ),
    )


@pytest.fixture
def chat(seeded_engine: Engine) -> Chat:
    """The bundled plan, a coordinator of Phòng Văn hoá - Xã hội, an officer of Phòng Kinh
    tế and a leader."""
    clock = FixedClock(NOVEMBER_3)
    register_officers(
        seeded_engine,
        [
            ("vhxh", COORDINATOR.display_name, Role.COORDINATOR, COORDINATOR.external_id),
            ("kinhte", KINHTE.display_name, Role.OFFICER, KINHTE.external_id),
            ("vanphong", LEADER.display_name, Role.LEADER, LEADER.external_id),
        ],
        now=clock.now(),
    )
    conversation = Conversation(
        seeded_engine, clock, CALENDAR, CoreSettings(bot_username="nhacviec_test_bot")
    )
    return Chat(conversation, clock, seeded_engine)


@pytest.fixture
def report(session: Session) -> Report:
    plan = latest_plan(session)
    assert plan is not None
    return build_report(session, plan, now=NOVEMBER_3)


# --- The weights ------------------------------------------------------------------------------


def test_weights_are_read_from_the_setting_and_written_back_alike() -> None:
    assert parse_weights("on_time=1,late=0.5,overdue=0") == DEFAULT_WEIGHTS
    assert parse_weights(" late = 0.25 ") == Weights(late=0.25)
    assert parse_weights("") == DEFAULT_WEIGHTS
    assert weights_text(Weights(late=0.25)) == "on_time=1,late=0.25,overdue=0"
    assert Settings(scorecard_weights="late=1").weights == Weights(late=1.0)
    assert Settings().weights == DEFAULT_WEIGHTS


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("ontime=1", "write the weights as"),
        ("late=2", "from 0 to 1"),
        ("late=nửa", "from 0 to 1"),
        ("late=0.5,late=1", "given twice"),
        ("late", "write the weights as"),
    ],
)
def test_a_weight_that_cannot_be_used_is_refused_with_the_reason(text: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        parse_weights(text)
    with pytest.raises(ValidationError, match=reason):
        Settings(scorecard_weights=text)


# --- The ranking ------------------------------------------------------------------------------


def test_units_are_ranked_by_score_then_on_time_rate_and_ties_share_a_place(
    report: Report,
) -> None:
    card = scorecard(
        with_units(
            report,
            {
                "a": milestones(on_time=2, overdue=2),  # score 0.5, on time 50%
                "b": milestones(late=4),  # score 0.5, on time 0%
                "c": milestones(on_time=3, within=1),  # score 1
                "d": milestones(on_time=1, overdue=1),  # as a, with fewer milestones
                "e": milestones(within=2),  # nothing judged yet
                "f": NO_TASKS,  # no milestone in the period: left out
            },
        )
    )
    assert [(line.code, line.rank) for line in card.lines] == [
        ("c", 1),
        ("a", 2),
        ("d", 2),
        ("b", 4),
        ("e", None),
    ]
    [a] = [line for line in card.lines if line.code == "a"]
    assert (a.judged, a.on_time_rate, a.score, a.due) == (4, 0.5, 0.5, 4)
    assert card.ranked == card.lines[:4]


def test_weights_change_the_ranking(report: Report) -> None:
    units = {"a": milestones(on_time=2, overdue=2), "b": milestones(late=4)}
    default = scorecard(with_units(report, units))
    generous = scorecard(with_units(report, units), Weights(late=1.0))
    assert [line.code for line in default.ranked] == ["a", "b"]
    assert [line.code for line in generous.ranked] == ["b", "a"]
    assert score_of(units["b"], Weights(late=1.0)) == 1.0


def test_the_scorecard_is_the_reports_unit_milestone_lines(session: Session) -> None:
    plan = latest_plan(session)
    assert plan is not None
    coordinator = register_officers(
        session.get_bind(),  # type: ignore[arg-type]
        [("vhxh", "Trần Thị Hoa", Role.COORDINATOR, "100")],
        now=NOVEMBER_3,
    )[0]
    # The coordinator's own word is confirmed as written: 1.1 (due 31/07) on time, 2's
    # 19/09 milestone late (within the quarter: what is written after it does not count).
    for code, day in (("1.1", date(2025, 7, 20)), ("2", date(2025, 9, 25))):
        task = task_by_code(session, plan.id or 0, code)
        assert task is not None
        record_progress(
            session,
            task_id=task.id or 0,
            officer_id=coordinator,
            now=datetime.combine(day, datetime.min.time(), tzinfo=VIETNAM),
            reading=ProgressReading(100, "xong"),
        )
    session.commit()
    report = build_report(session, plan, now=NOVEMBER_3, quarter=3)
    card = scorecard(report)
    for line in card.lines:
        [group] = [group for group in report.units if group.code == line.code]
        counts = group.milestones
        assert (line.milestones, line.due, line.on_time, line.late, line.overdue) == (
            counts.tasks,
            counts.due,
            counts.done_on_time,
            counts.done_late,
            counts.overdue,
        )
    [vhxh] = [line for line in card.lines if line.code == "vhxh"]
    assert (vhxh.on_time, vhxh.late, vhxh.rank) == (1, 1, 1)


def test_the_short_ranking_shows_the_best_and_the_last_few(report: Report) -> None:
    units = {f"u{n}": milestones(on_time=7 - n, overdue=n) for n in range(7)}
    lines = ranking_lines(scorecard(with_units(report, units)), TR)
    assert lines[1] == "Xếp hạng đơn vị theo kết quả thực hiện các mốc thời hạn:"
    assert [line.split(":")[0] for line in lines[2:]] == [
        "1. Phòng u0",
        "2. Phòng u1",
        "…",
        "6. Phòng u5",
        "7. Phòng u6",
    ]
    assert lines[2] == (
        "1. Phòng u0: đúng hạn 7/7 (100%), hoàn thành muộn 0, quá hạn 0; điểm 100%"
    )
    five = ranking_lines(scorecard(with_units(report, dict(list(units.items())[:5]))), TR)
    assert len(five) == 2 + 5  # five units: all of them, nothing left out


# --- In /baocao -------------------------------------------------------------------------------


def test_baocao_shows_the_ranking_and_a_unit_its_own_place(chat: Chat) -> None:
    chat.clock.set(datetime(2025, 8, 5, 8, 0, tzinfo=VIETNAM))
    chat.send(COORDINATOR, "/capnhat 1.1 xong")  # Phòng Văn hoá - Xã hội's, due 31/07: late
    chat.clock.set(datetime(2025, 10, 6, 8, 0, tzinfo=VIETNAM))
    whole = chat.text(chat.send(COORDINATOR, "/baocao quy3"))
    own = chat.text(chat.send(KINHTE, "/baocao quy3"))

    ranking = whole[whole.index("Xếp hạng đơn vị") :].split("\n\n")[0].splitlines()
    assert ranking[1].startswith(
        "1. Phòng Văn hoá - Xã hội: đúng hạn 0/10 (0%), hoàn thành muộn 1, quá hạn 9; điểm 5%"
    )
    assert len(ranking) == 1 + 5
    assert "Xếp hạng trong các đơn vị: 2/5; đúng hạn 0/2 (0%)" in own


# --- The leaders' monthly digest ----------------------------------------------------------------


def test_the_scorecard_covers_the_quarter_of_the_month_just_ended() -> None:
    assert scorecard_quarter(date(2025, 10, 1)) == (3, 2025)
    assert scorecard_quarter(date(2025, 11, 3)) == (4, 2025)
    assert scorecard_quarter(date(2026, 1, 2)) == (4, 2025)


def test_leaders_get_it_on_the_first_working_day_of_each_month_only() -> None:
    leader = DigestRecipient(Recipient(1, "Lãnh đạo", 1), Role.LEADER)
    coordinator = DigestRecipient(Recipient(1, "Đầu mối", 2), Role.COORDINATOR)

    def kinds(day: date) -> set[tuple[Role, DigestKind]]:
        return {
            (person.role, kind)
            for person, kind in digests_for_day(
                day,
                overdue_units=set(),
                has_undated=False,
                people=[leader, coordinator],
                calendar=CALENDAR,
            )
        }

    sent = [
        day
        for day in (date(2025, 9, 1), date(2025, 9, 3), date(2025, 9, 4), date(2025, 10, 1))
        if (Role.LEADER, DigestKind.SCORECARD) in kinds(day)
    ]
    # 01 and 02/09 are Quốc khánh: September's first working day is Wednesday 03/09.
    assert sent == [date(2025, 9, 3), date(2025, 10, 1)]
    assert (Role.COORDINATOR, DigestKind.SCORECARD) not in kinds(date(2025, 10, 1))


def test_the_sweep_plans_it_for_the_leaders(seeded_engine: Engine) -> None:
    register_officers(
        seeded_engine,
        [
            ("vanphong", "Nguyễn Văn Bình", Role.LEADER, "400"),
            ("vhxh", "Trần Thị Hoa", Role.COORDINATOR, "100"),
        ],
        now=NOVEMBER_3,
    )
    with session_scope(seeded_engine) as session:
        plan_digests(session, now=NOVEMBER_3, policy=ReminderPolicy(), calendar=CALENDAR)
    with Session(seeded_engine) as session:
        rows = session.exec(select(Digest).where(Digest.kind == DigestKind.SCORECARD)).all()
    assert len(rows) == 1 and rows[0].day == NOVEMBER_3.date()


def test_the_digest_ranks_the_units_of_the_quarter_with_the_policys_weights(
    session: Session,
) -> None:
    plan = session.exec(select(Plan)).one()

    def message(now: datetime, weights: Weights = DEFAULT_WEIGHTS) -> str | None:
        reply = render_digest(
            session,
            plan,
            DigestKind.SCORECARD,
            now=now,
            tr=TR,
            unit_code=None,
            calendar=CALENDAR,
            weights=weights,
        )
        return None if reply is None else reply.text

    text = message(datetime(2025, 10, 1, 8, 0, tzinfo=VIETNAM))
    assert text is not None
    lines = text.splitlines()
    assert lines[0] == (
        "🏆 Kết quả thực hiện các mốc thời hạn của các đơn vị, Quý III/2025, "
        "tính đến thứ Ba, 30/09/2025"
    )
    assert lines[1].startswith("Cách tính điểm: đúng hạn × 1, hoàn thành muộn × 0,5, quá hạn × 0")
    q3 = build_report(session, plan, now=datetime(2025, 10, 1, 8, tzinfo=VIETNAM), quarter=3)
    expected = scorecard_message(q3, scorecard(q3), TR)
    assert text == expected
    assert "× 0,25" in (
        message(datetime(2025, 10, 1, 8, tzinfo=VIETNAM), Weights(late=0.25)) or ""
    )
    # The month before the plan (June: quarter II) lies outside it: nothing to send.
    assert message(datetime(2025, 7, 1, 8, 0, tzinfo=VIETNAM)) is None


async def test_a_leader_receives_it_through_the_sweep(seeded_engine: Engine) -> None:
    world: World = make_world(seeded_engine, datetime(2025, 9, 30, 6, 0, tzinfo=VIETNAM))
    with session_scope(world.engine) as session:
        unit = find_unit(session, "vanphong")
        assert unit is not None
        add_officer(
            session,
            unit=unit,
            full_name=LEADER.display_name,
            role=Role.LEADER,
            channel=Channel.TELEGRAM,
            external_id="900",
            now=world.clock.now(),
        )
    await world.at(at(date(2025, 9, 30)))
    await world.at(at(date(2025, 10, 1)))
    cards = [(m, r.text) for m, r in world.channel.to("900") if r.text.startswith("🏆")]
    assert [moment.date() for moment, _ in cards] == [date(2025, 10, 1)]
    assert "Quý III/2025" in cards[0][1]
    # The coordinator does not get it.
    assert not [r for _, r in world.channel.to("100") if r.text.startswith("🏆")]
