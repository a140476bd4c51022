"""A conversation on the bundled plan, with a coordinator and one officer of two units."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

import pytest
from sqlalchemy import Engine

from handlers.context import CoreSettings
from handlers.conversation import Conversation
from handlers.types import Attachment, Incoming, Person, Reply
from models.calendar import WorkingCalendar
from models.clock import VIETNAM, FixedClock
from models.tables import Channel, Role
from tests.builders import register_officers

FRIDAY_MORNING = datetime(2025, 12, 5, 8, 0, tzinfo=VIETNAM)


@dataclass
class Chat:
    """Drives the conversation as several people at once."""

    conversation: Conversation
    clock: FixedClock
    engine: Engine
    sent: list[tuple[str, Reply]] = field(default_factory=list)
    next_message_id: int = 1000

    def send(
        self,
        who: Person,
        text: str = "",
        *,
        choice: str | None = None,
        reply_to: str | None = None,
        attachment: Attachment | None = None,
    ) -> list[Reply]:
        replies = self.conversation.handle(
            Incoming(
                who,
                who.external_id,
                text=text,
                choice=choice,
                reply_to_message_id=reply_to,
                attachment=attachment,
            )
        )
        for reply in replies:
            chat = reply.to.external_id if reply.to else who.external_id
            self.sent.append((chat, reply))
        return replies

    def mine(self, replies: list[Reply]) -> list[Reply]:
        return [reply for reply in replies if reply.to is None and reply.text]

    def text(self, replies: list[Reply]) -> str:
        return "\n".join(reply.text for reply in self.mine(replies))

    def message_about(self, who: Person, task_id: int) -> str:
        """Pretend the channel sent a message about a task and return its id."""
        self.next_message_id += 1
        self.conversation.remember_message(
            who.channel, who.external_id, str(self.next_message_id), task_id
        )
        return str(self.next_message_id)


def person(external_id: str, name: str) -> Person:
    return Person(Channel.TELEGRAM, external_id, name, "vi")


COORDINATOR = person("100", "Trần Thị Hoa")
VANPHONG = person("200", "Lê Văn Cường")
KINHTE = person("300", "Phạm Thị Dung")
LEADER = person("400", "Nguyễn Văn Bình")
NEWCOMER = person("500", "Ngô Thị Lan")


@pytest.fixture
def chat(seeded_engine: Engine) -> Chat:
    clock = FixedClock(FRIDAY_MORNING)
    register_officers(
        seeded_engine,
        [
            (unit, who.display_name, role, who.external_id)
            for who, unit, role in (
                (COORDINATOR, "vhxh", Role.COORDINATOR),
                (VANPHONG, "vanphong", Role.OFFICER),
                (KINHTE, "kinhte", Role.OFFICER),
                (LEADER, "vanphong", Role.LEADER),
            )
        ],
        now=clock.now(),
    )
    conversation = Conversation(
        seeded_engine, clock, WorkingCalendar(), CoreSettings(bot_username="nhacviec_test_bot")
    )
    return Chat(conversation, clock, seeded_engine)
