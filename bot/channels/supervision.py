"""What keeps a channel answering: per-chat order, bounded concurrency, failures contained.

Every channel loop (Telegram, Zalo polling and webhook) hands each update to
:class:`ChatTurns`: updates of one chat are handled one after the other, in the order
they came, while different chats are handled side by side, at most ``limit`` at once.
So a stranger who sends 25 messages waits for their own answers (each paced by the
per-chat flood limit) but nobody else does. Whatever goes wrong while handling one
update (a character nobody expected, a database that went away) is logged once with its
trace, the person gets the core's apology when it can still be delivered, and the next
update is handled as usual.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Hashable
from dataclasses import dataclass, field

from handlers.i18n import translator
from handlers.types import Reply

log = logging.getLogger(__name__)

# Chats handled at the same time. The core's work runs in asyncio's default thread pool
# (a few threads on a small server) and the database pool is small too; more chats than
# that only queue there, while each waiting one costs a task and a lock.
MAX_CONCURRENT_CHATS = 32
# Updates accepted but not yet handled, beyond which the Zalo poller stops fetching for a
# while: memory stays bounded even when one chat floods.
MAX_PENDING_UPDATES = 1000


def apology(language_code: str | None) -> Reply:
    """The same short apology the conversation core gives when it fails."""
    return Reply(
        translator(language_code).gettext(
            "Sorry, something went wrong on my side and nothing was saved. Please try "
            "again in a moment."
        )
    )


@dataclass
class _Gate:
    """One chat's lock and how many updates hold it or wait for it."""

    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    users: int = 0


class ChatTurns:
    """Runs each chat's updates in order, and different chats concurrently, up to a bound."""

    def __init__(self, limit: int = MAX_CONCURRENT_CHATS) -> None:
        self._gates: dict[Hashable, _Gate] = {}
        self._slots = asyncio.Semaphore(limit)

    @property
    def busy_chats(self) -> int:
        """Chats with an update being handled or waiting."""
        return len(self._gates)

    async def run(self, chat: Hashable, work: Callable[[], Awaitable[None]]) -> None:
        """Run ``work`` in ``chat``'s turn.

        The chat's lock is taken before anything else is awaited, so that updates keep the
        order in which their tasks were created (asyncio's locks are first come, first
        served); only then does the update wait for one of the overall slots.
        """
        gate = self._gates.setdefault(chat, _Gate())
        gate.users += 1
        try:
            async with gate.lock, self._slots:
                await work()
        finally:
            gate.users -= 1
            if gate.users == 0:
                # Forget idle chats, so that memory stays flat with many chats.
                del self._gates[chat]


async def contained(
    what: str,
    work: Callable[[], Awaitable[None]],
    apologise: Callable[[], Awaitable[None]] | None = None,
) -> None:
    """Run ``work``; on any exception log it once with its trace and apologise if possible.

    ``apologise`` sends the apology to the person; its own failure (the platform is away
    too) is logged in one line, not raised: the loop goes on either way.
    """
    try:
        await work()
    except asyncio.CancelledError:
        raise
    except Exception:
        log.exception("Failed to handle %s", what)
        if apologise is None:
            return
        try:
            await apologise()
        except Exception as error:  # the apology is a courtesy, never fatal
            log.warning("Could not apologise for %s: %r", what, error)
