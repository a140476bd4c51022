"""Where a reply goes: the channel of the person who wrote, or the channel of its recipient.

A Zalo officer's registration request must reach a coordinator on Telegram, and a
coordinator's approval must go back to Zalo: every channel hands its replies to the
one router, which knows every running channel.
"""

from __future__ import annotations

import logging
from typing import Protocol

from handlers.types import Incoming, Reply
from models.tables import Channel
from scheduler.sweep import Sender

log = logging.getLogger(__name__)


class ChatChannel(Sender, Protocol):
    """A running chat channel: it answers conversations and delivers the sweep's messages."""

    async def deliver(self, chat_id: str, reply: Reply) -> None:
        """Send a conversation reply; a failure is logged, never raised."""
        ...


class Router:
    """The running channels, by platform."""

    def __init__(self) -> None:
        self.channels: dict[Channel, ChatChannel] = {}

    def add(self, channel: Channel, implementation: ChatChannel) -> None:
        """Register a running channel."""
        self.channels[channel] = implementation

    @property
    def senders(self) -> dict[Channel, Sender]:
        """The channels as the sweep sees them."""
        return dict(self.channels)

    async def route(self, incoming: Incoming, replies: list[Reply]) -> None:
        """Deliver each reply: to the writer's chat, or to its recipient on their channel."""
        for reply in replies:
            channel = incoming.person.channel if reply.to is None else reply.to.channel
            chat_id = incoming.chat_id if reply.to is None else reply.to.external_id
            target = self.channels.get(channel)
            if target is None:
                log.warning(
                    "No %s channel is running; a message for %s is dropped", channel, chat_id
                )
                continue
            await target.deliver(chat_id, reply)
