"""Coordinators' decisions: stale requests, one's own request, and two at the same moment."""

from __future__ import annotations

import threading
from datetime import date
from types import ModuleType
from typing import Any

import pytest
from sqlmodel import Session, col, select

from handlers import extensions, registration
from handlers.types import Incoming, Person, Reply
from models.db import session_scope
from models.officers import ChatTaken, add_officer, find_unit, link_identity, officer_by_identity
from models.tables import (
    Channel,
    ChatIdentity,
    Decision,
    DueDate,
    ExtensionRequest,
    Officer,
    RegistrationRequest,
    Role,
)
from tests.builders import register_officers
from tests.handlers.conftest import (
    COORDINATOR,
    FRIDAY_MORNING,
    LEADER,
    NEWCOMER,
    VANPHONG,
    Chat,
    person,
)
from tests.handlers.test_conversation import choice_data, task_id

SECOND_COORDINATOR = person("110", "Đỗ Văn Hải")
HOA_ON_ZALO = Person(Channel.ZALO, "7f3a9c1e5b2d4a6f8e0c", "Hoa Trần", "vi")


@pytest.fixture
def two(chat: Chat) -> Chat:
    """The commune has a second coordinator."""
    register_officers(
        chat.engine,
        [("vhxh", SECOND_COORDINATOR.display_name, Role.COORDINATOR, "110")],
        now=FRIDAY_MORNING,
    )
    return chat


def file_request(chat: Chat, who: Person, name: str) -> Reply:
    """Ask to join Phòng Kinh tế; return the request as the first coordinator got it."""
    units = chat.send(who, "/dangky")
    chat.send(who, choice=choice_data(units, "Phòng Kinh tế"))
    filed = chat.send(who, name)
    return next(reply for reply in filed if reply.to and reply.to.external_id == "100")


def link(chat: Chat, holder: Person, chat_of: Person) -> int:
    """Give the officer ``holder`` the chat ``chat_of`` too; return the holder's id."""
    with session_scope(chat.engine) as session:
        card = officer_by_identity(session, holder.channel, holder.external_id)
        assert card is not None
        assert (
            link_identity(
                session,
                officer_id=card.id,
                channel=chat_of.channel,
                external_id=chat_of.external_id,
                now=FRIDAY_MORNING,
            )
            is None
        )
        return card.id


def the_request(chat: Chat) -> RegistrationRequest:
    with Session(chat.engine) as session:
        return session.exec(select(RegistrationRequest)).one()


def holder_of(chat: Chat, who: Person) -> int | None:
    with Session(chat.engine) as session:
        card = officer_by_identity(session, who.channel, who.external_id)
        return card.id if card else None


def officers_named(chat: Chat, name: str) -> int:
    with Session(chat.engine) as session:
        return len(session.exec(select(Officer).where(Officer.full_name == name)).all())


# --- a request overtaken by events ------------------------------------------------------


def test_approving_a_stale_request_leaves_the_chat_with_its_officer(chat: Chat) -> None:
    request = file_request(chat, NEWCOMER, "Ngô Thị Lan")
    # Meanwhile the leader linked that chat to their own account.
    leader_id = link(chat, LEADER, NEWCOMER)

    approved = chat.send(COORDINATOR, choice=choice_data([request], "Duyệt"))
    assert chat.text(approved) == (
        "Tài khoản chat của Ngô Thị Lan nay đã thuộc về Nguyễn Văn Bình (Văn phòng HĐND và UBND "
        "xã), người đang dùng trợ lý, nên không có gì thay đổi; yêu cầu này đã được đóng ở "
        "trạng thái từ chối."
    )
    assert [reply for reply in approved if reply.to] == []  # the leader is not told "refused"
    assert holder_of(chat, NEWCOMER) == leader_id
    assert holder_of(chat, LEADER) == leader_id  # still active, both chats kept
    assert officers_named(chat, "Ngô Thị Lan") == 0
    decided = the_request(chat)
    assert (decided.status, decided.decided_by) == (Decision.REFUSED, holder_of(chat, COORDINATOR))

    again = chat.send(COORDINATOR, choice=choice_data([request], "Duyệt"))
    assert chat.text(again) == "Yêu cầu này đã bị Trần Thị Hoa từ chối."


def test_the_model_never_moves_a_held_chat_when_told_not_to(chat: Chat) -> None:
    with session_scope(chat.engine) as session:
        unit = find_unit(session, "kinhte")
        assert unit is not None
        with pytest.raises(ChatTaken):
            add_officer(
                session,
                unit=unit,
                full_name="Ngô Thị Lan",
                role=Role.OFFICER,
                channel=LEADER.channel,
                external_id=LEADER.external_id,
                now=FRIDAY_MORNING,
                displace=False,
            )
    assert holder_of(chat, LEADER) is not None


def test_a_coordinator_cannot_decide_a_request_from_their_own_chat(two: Chat) -> None:
    # Hoa asked on Zalo before she linked that Zalo chat to her coordinator account.
    request = file_request(two, HOA_ON_ZALO, "Trần Thị Hoa")
    hoa = link(two, COORDINATOR, HOA_ON_ZALO)

    own = (
        "Yêu cầu này được gửi từ chính tài khoản chat của anh/chị nên anh/chị không thể tự "
        "quyết định; một cán bộ đầu mối khác của xã sẽ xử lý."
    )
    for label, who in (("Duyệt", COORDINATOR), ("Từ chối", COORDINATOR), ("Duyệt", HOA_ON_ZALO)):
        assert two.text(two.send(who, choice=choice_data([request], label))) == own
    assert the_request(two).status == Decision.PENDING
    assert holder_of(two, COORDINATOR) == holder_of(two, HOA_ON_ZALO) == hoa

    # Another coordinator finds the chat taken by now and closes the request.
    closed = two.send(SECOND_COORDINATOR, choice=choice_data([request], "Duyệt"))
    assert "nay đã thuộc về Trần Thị Hoa" in two.text(closed)
    assert the_request(two).status == Decision.REFUSED
    assert holder_of(two, COORDINATOR) == holder_of(two, HOA_ON_ZALO) == hoa
    with Session(two.engine) as session:
        assert session.get(Officer, hoa) is not None
        assert session.get(Officer, hoa).active  # type: ignore[union-attr]


# --- two coordinators at the same moment -------------------------------------------------


def press_together(
    chat: Chat,
    monkeypatch: pytest.MonkeyPatch,
    module: ModuleType,
    presses: list[tuple[Person, str]],
) -> list[list[Reply]]:
    """Press the choices from threads that all reach the decision before any makes it."""
    barrier = threading.Barrier(len(presses))
    real_settle = module.settle

    def settle_together(*args: Any, **kwargs: Any) -> bool:
        barrier.wait(timeout=20)  # every turn has read the request as pending
        return bool(real_settle(*args, **kwargs))

    monkeypatch.setattr(module, "settle", settle_together)
    answers: list[list[Reply]] = [[] for _ in presses]

    def press(index: int, who: Person, data: str) -> None:
        answers[index] = chat.conversation.handle(Incoming(who, who.external_id, choice=data))

    threads = [
        threading.Thread(target=press, args=(index, who, data))
        for index, (who, data) in enumerate(presses)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return [[reply for reply in replies if reply.to is None] for replies in answers]


@pytest.mark.parametrize("second_label", ["Từ chối", "Duyệt"])
def test_two_coordinators_deciding_a_registration_at_once(
    two: Chat, monkeypatch: pytest.MonkeyPatch, second_label: str
) -> None:
    request = file_request(two, NEWCOMER, "Ngô Thị Lan")
    answers = press_together(
        two,
        monkeypatch,
        registration,
        [
            (COORDINATOR, choice_data([request], "Duyệt")),
            (SECOND_COORDINATOR, choice_data([request], second_label)),
        ],
    )
    decided = the_request(two)
    names = {
        holder_of(two, COORDINATOR): "Trần Thị Hoa",
        holder_of(two, SECOND_COORDINATOR): "Đỗ Văn Hải",
    }
    winner = names[decided.decided_by]
    approved = decided.status == Decision.APPROVED
    texts = sorted(reply.text for replies in answers for reply in replies)
    told = (
        f"Yêu cầu này đã được {winner} duyệt."
        if approved
        else f"Yêu cầu này đã bị {winner} từ chối."
    )
    done = "Đã duyệt: Ngô Thị Lan" if approved else "Đã từ chối"
    assert len(texts) == 2 and told in texts, texts
    assert any(text.startswith(done) for text in texts), texts
    assert officers_named(two, "Ngô Thị Lan") == (1 if approved else 0)
    assert (holder_of(two, NEWCOMER) is not None) == approved


def test_two_coordinators_deciding_an_extension_at_once(
    two: Chat, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = two.send(VANPHONG, "/giahan 12 20/12/2025 chờ số liệu của các phòng")
    request = next(reply for reply in asked if reply.to and reply.to.external_id == "100")
    # Refusing asks for the reason first; the refusal itself races the approval.
    asked_why = two.send(SECOND_COORDINATOR, choice=choice_data([request], "Từ chối"))
    answers = press_together(
        two,
        monkeypatch,
        extensions,
        [
            (COORDINATOR, choice_data([request], "Duyệt")),
            (SECOND_COORDINATOR, choice_data(asked_why, "không nêu lý do")),
        ],
    )
    with Session(two.engine) as session:
        extension = session.exec(select(ExtensionRequest)).one()
        dates = session.exec(
            select(col(DueDate.due_on)).where(DueDate.task_id == task_id(two, "12"))
        ).all()
        winner = session.get(Officer, extension.decided_by)
        assert winner is not None
    approved = extension.status == Decision.APPROVED
    assert list(dates) == [date(2025, 12, 20) if approved else date(2025, 12, 9)]
    texts = [reply.text for replies in answers for reply in replies]
    verb = "được {} duyệt" if approved else "bị {} từ chối"
    assert sum(f"Yêu cầu này đã {verb.format(winner.full_name)}." == t for t in texts) == 1, texts
    with Session(two.engine) as session:
        identities = session.exec(select(ChatIdentity)).all()
    assert len(identities) == 5  # nobody gained or lost a chat
