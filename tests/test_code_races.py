"""Racing for one one-time code: exactly one person gets it, on SQLite and on PostgreSQL.

Several people send the same invite or link code at the same moment, each in their
own thread, through the real conversation on a database file (or a PostgreSQL schema
when ``NHACVIEC_TEST_DATABASE_URL`` is set). In the forced variant every racer has
read the code and found it unused before any of them uses it up: the very case a
read-then-write lets two people through.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from typing import Any

import pytest
from sqlalchemy import Engine, func
from sqlmodel import Session, select

from handlers import linking, registration
from handlers.context import CoreSettings
from handlers.conversation import Conversation
from handlers.types import Incoming, Person, Reply
from models.calendar import WorkingCalendar
from models.clock import VIETNAM, FixedClock
from models.tables import Channel, ChatIdentity, Invite, LinkCode, Role
from tests.builders import register_officers

RACERS = 6
COORDINATOR = Person(Channel.TELEGRAM, "100", "Trần Thị Hoa")
OFFICER = Person(Channel.TELEGRAM, "200", "Lê Văn Cường")
STRANGERS = [
    Person(Channel.ZALO, f"racer{n:02d}", f"Người Thứ {chr(65 + n)}") for n in range(RACERS)
]
WON_INVITE = "Chào mừng"
LOST_INVITE = "Mã mời không đúng hoặc đã hết hiệu lực"
WON_LINK = "Đã liên kết: Lê Văn Cường"
LOST_LINK = "Mã liên kết không đúng hoặc đã hết hiệu lực"


@pytest.fixture
def conversation(seeded_engine: Engine) -> Conversation:
    clock = FixedClock(datetime(2025, 12, 5, 8, 0, tzinfo=VIETNAM))
    register_officers(
        seeded_engine,
        [
            ("vhxh", COORDINATOR.display_name, Role.COORDINATOR, COORDINATOR.external_id),
            ("vanphong", OFFICER.display_name, Role.OFFICER, OFFICER.external_id),
        ],
        now=clock.now(),
    )
    return Conversation(seeded_engine, clock, WorkingCalendar(), CoreSettings())


def _answer(conversation: Conversation, who: Person, text: str) -> str:
    replies = conversation.handle(Incoming(who, who.external_id, text=text, implicit_reply=True))
    return "\n".join(reply.text for reply in replies if reply.to is None)


def _shown(replies: list[Reply], pattern: str) -> str:
    found = re.search(pattern, "\n".join(reply.text for reply in replies))
    assert found is not None
    return found.group(1)


def _race(conversation: Conversation, text: str) -> list[str]:
    """Every stranger sends ``text`` at once; return their answers."""
    start = threading.Barrier(RACERS)

    def send(who: Person) -> str:
        start.wait(timeout=30)
        return _answer(conversation, who, text)

    with ThreadPoolExecutor(RACERS) as pool:
        return list(pool.map(send, STRANGERS))


def _all_read_first(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> None:
    """Make each racer wait, code read and found usable, until all are there, then claim."""
    claim: Callable[..., bool] = getattr(module, name)
    everyone_read = threading.Barrier(RACERS)

    def claim_together(*args: Any) -> bool:
        everyone_read.wait(timeout=30)
        return claim(*args)

    monkeypatch.setattr(module, name, claim_together)


def _identities(engine: Engine) -> int:
    with Session(engine) as session:
        return int(
            session.exec(
                select(func.count())
                .select_from(ChatIdentity)
                .where(ChatIdentity.channel == Channel.ZALO)
            ).one()
        )


def _invite(conversation: Conversation) -> str:
    replies = conversation.handle(Incoming(COORDINATOR, COORDINATOR.external_id, "/moi kinhte"))
    return _shown(replies, r"Mã mời: ([A-Z2-9]{8})")


def _link_code(conversation: Conversation) -> str:
    replies = conversation.handle(Incoming(OFFICER, OFFICER.external_id, "/lienket"))
    return _shown(replies, r"Mã liên kết của anh/chị: ([A-Z2-9]{5}-[A-Z2-9]{5})")


def _one_winner(answers: list[str], won: str, lost: str) -> None:
    assert sum(won in answer for answer in answers) == 1, answers
    assert sum(lost in answer for answer in answers) == RACERS - 1, answers


@pytest.mark.parametrize("forced", [False, True], ids=["at-once", "all-read-first"])
def test_one_invite_registers_one_person(
    conversation: Conversation, monkeypatch: pytest.MonkeyPatch, forced: bool
) -> None:
    code = _invite(conversation)
    if forced:
        _all_read_first(monkeypatch, registration, "claim_invite")
    answers = _race(conversation, code)
    _one_winner(answers, WON_INVITE, LOST_INVITE)
    assert _identities(conversation.engine) == 1
    with Session(conversation.engine) as session:
        invite = session.exec(select(Invite)).one()
        winner = session.exec(
            select(ChatIdentity).where(ChatIdentity.channel == Channel.ZALO)
        ).one()
        assert invite.used_at is not None
        assert invite.used_by == winner.officer_id


@pytest.mark.parametrize("forced", [False, True], ids=["at-once", "all-read-first"])
def test_one_link_code_links_one_chat(
    conversation: Conversation, monkeypatch: pytest.MonkeyPatch, forced: bool
) -> None:
    code = _link_code(conversation)
    if forced:
        _all_read_first(monkeypatch, linking, "claim_link_code")
    answers = _race(conversation, f"LIENKET {code}")
    _one_winner(answers, WON_LINK, LOST_LINK)
    assert _identities(conversation.engine) == 1
    with Session(conversation.engine) as session:
        assert session.exec(select(LinkCode)).one().used_at is not None
