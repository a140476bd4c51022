"""Pacing of the Telegram bot's requests: even slots under the flood limits, 429s retried alone.

Telegram lets a bot send about 30 messages a second overall, one a second to a private chat
and 20 a minute to a group (https://core.telegram.org/bots/faq). PTB's ``AIORateLimiter``
lets a burst of 30 through at once and, on every 429, pauses *all* requests for
``retry_after``; against a strict sliding second that alternates bursts and stalls (see
``bench/delivery.py``). :class:`FloodControl` instead hands out evenly spaced slots a little
under the limit, queues each chat apart so a busy chat never holds the others up, and lets
a refused request wait out its ``retry_after`` alone.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import deque
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from typing import Any

from telegram.error import NetworkError, RetryAfter
from telegram.ext import BaseRateLimiter

log = logging.getLogger(__name__)

Result = bool | dict[str, Any] | list[dict[str, Any]]
Callback = Callable[..., Coroutine[Any, Any, Result]]
ChatKey = int | str

# A little under Telegram's 30 a second: evenly spaced, any second holds at most 30 slots
# and 31 span 30/29 = 1.034 s, so requests may reach the server about 33 ms closer together
# than they left (jitter in flight) before one is refused.
OVERALL_PER_SECOND = 29.0
PRIVATE_INTERVAL = 1.05  # one message a second to a private chat, with a margin
GROUP_INTERVAL = 3.0  # 20 a minute to a group or channel
MAX_RETRIES = 5
RETRY_MARGIN = 0.1  # on top of retry_after, which Telegram gives in whole seconds
# After a late release the next may come this much early, so that timers' lateness does not
# slow the average pace; two releases are never closer than the interval minus it (34.5 - 1
# ms at 29/s, still over the 33.3 ms of 30/s).
CATCH_UP = 0.001
PRUNE_EVERY = 5.0  # seconds between two sweeps of the per-chat table


@dataclass(slots=True)
class _Chat:
    """One chat's gate: who is queued for it, and when it may receive the next message."""

    interval: float  # between the answer to one message and the sending of the next
    free_at: float = 0.0  # event-loop time (monotonic)
    users: int = 0  # requests queued at or passing through the gate
    turn: asyncio.Lock = field(default_factory=asyncio.Lock)


class FloodControl(BaseRateLimiter[int]):
    """A :class:`~telegram.ext.BaseRateLimiter` that paces evenly and retries 429s alone.

    Requests with a ``chat_id`` first wait for their chat's turn (one at a time per chat, in
    order, each sent ``private_interval``, or ``group_interval`` for a group, after the answer
    to the one before), then for an overall slot (one every ``1 / per_second`` seconds, first
    come first served, no burst). Other methods (getUpdates, getMe, setMyCommands,
    answerCallbackQuery...) are not paced.

    A :exc:`~telegram.error.RetryAfter` holds that request's chat for ``retry_after`` and
    retries the request then, ahead of the overall queue, up to ``max_retries`` times (or
    ``rate_limit_args`` when a call passes it); other chats keep their pace. After the last
    retry the RetryAfter is raised.
    """

    __slots__ = (
        "_chats",
        "_group_interval",
        "_interval",
        "_max_retries",
        "_next_slot",
        "_private_interval",
        "_prune_at",
        "_retry_margin",
        "_ticker",
        "_waiting",
    )

    def __init__(
        self,
        per_second: float = OVERALL_PER_SECOND,
        *,
        private_interval: float = PRIVATE_INTERVAL,
        group_interval: float = GROUP_INTERVAL,
        max_retries: int = MAX_RETRIES,
        retry_margin: float = RETRY_MARGIN,
    ) -> None:
        if per_second <= 0 or private_interval < 0 or group_interval < 0 or max_retries < 0:
            raise ValueError("rates must be positive, intervals and retries not negative")
        self._interval = 1.0 / per_second
        self._private_interval = private_interval
        self._group_interval = group_interval
        self._max_retries = max_retries
        self._retry_margin = retry_margin
        # Requests waiting for an overall slot, released one per interval by _tick.
        self._waiting: deque[asyncio.Future[None]] = deque()
        self._next_slot = 0.0  # event-loop time of the next overall slot
        self._ticker: asyncio.TimerHandle | None = None
        self._chats: dict[ChatKey, _Chat] = {}
        self._prune_at = 0.0

    def __repr__(self) -> str:
        return (
            f"FloodControl(per_second={self.per_second:g}, "
            f"private_interval={self._private_interval:g}, "
            f"group_interval={self._group_interval:g}, max_retries={self._max_retries})"
        )

    @property
    def per_second(self) -> float:
        """Overall slots a second."""
        return 1 / self._interval

    @property
    def max_retries(self) -> int:
        """Retries of a request refused with RetryAfter, unless the call says otherwise."""
        return self._max_retries

    async def initialize(self) -> None:
        """Nothing to open: the state is built as requests come."""

    async def shutdown(self) -> None:
        """Stop releasing slots; requests still queued fail as a network error would."""
        if self._ticker is not None:
            self._ticker.cancel()
            self._ticker = None
        waiting, self._waiting = self._waiting, deque()
        for future in waiting:
            if not future.done():
                # NetworkError, not CancelledError: the channel turns it into DeliveryFailed
                # and the sweep sends the row again later.
                future.set_exception(NetworkError("the bot shut down before sending"))
        self._chats.clear()
        self._next_slot = 0.0

    async def process_request(
        self,
        callback: Callback,
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> Result:
        """Call ``callback`` in its turn; retry it after a RetryAfter, then re-raise."""
        retries = self._max_retries if rate_limit_args is None else rate_limit_args
        key = _chat_key(data.get("chat_id"))
        if key is None:
            return await self._send(callback, args, kwargs, endpoint, retries, None)
        self._prune(asyncio.get_running_loop().time())
        chat = self._chats.setdefault(key, _Chat(self._chat_interval(key)))
        chat.users += 1
        try:
            # One request per chat at a time, in order, retries included; the chat's turn
            # comes before the overall slot, so a request waiting for it holds no slot.
            async with chat.turn:
                return await self._send(callback, args, kwargs, endpoint, retries, chat)
        finally:
            chat.users -= 1

    async def _send(
        self,
        callback: Callback,
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        retries: int,
        chat: _Chat | None,
    ) -> Result:
        """Call ``callback`` when the chat and the overall pace allow, with the retries."""
        loop = asyncio.get_running_loop()
        for attempt in range(retries + 1):
            if chat is not None:
                delay = chat.free_at - loop.time()
                if delay > 0:
                    await asyncio.sleep(delay)
                await self._overall_slot(first=attempt > 0)
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as error:
                if attempt == retries:
                    log.warning("%s still refused after %d retries: %s", endpoint, retries, error)
                    raise
                wait = _seconds(error) + self._retry_margin
                log.info("%s refused (429), retrying in %.1f s", endpoint, wait)
                if chat is None:
                    await asyncio.sleep(wait)
                else:
                    # The retry and the chat's later messages wait it out alike; other chats
                    # do not: the 429 may be this chat's limit alone, and stalling everyone
                    # is what made AIORateLimiter slow.
                    chat.free_at = loop.time() + wait
            finally:
                if chat is not None:
                    # Counted from the answer, not from the sending: the message reached
                    # Telegram before its answer came back, so the next one cannot arrive
                    # within the interval however much the network delays either.
                    chat.free_at = max(chat.free_at, loop.time() + chat.interval)
        raise AssertionError("unreachable: the last attempt returns or raises")

    def _overall_slot(self, *, first: bool) -> asyncio.Future[None]:
        """A future that resolves at this request's overall slot."""
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        # A retried request already waited its turn once: it goes ahead of the queue.
        if first:
            self._waiting.appendleft(future)
        else:
            self._waiting.append(future)
        if self._ticker is None:
            self._tick()
        return future

    def _tick(self) -> None:
        """Release the first waiting request if its slot has come, and schedule the next."""
        self._ticker = None
        loop = asyncio.get_running_loop()
        now = loop.time()
        if now >= self._next_slot:
            while self._waiting:
                future = self._waiting.popleft()
                if future.done():  # cancelled while waiting: the slot goes to the next
                    continue
                future.set_result(None)
                # Slots are counted from releases, not from a schedule set in advance: after
                # a pause of the event loop the queue resumes at the same pace, no burst.
                self._next_slot = max(self._next_slot, now - CATCH_UP) + self._interval
                break
        if self._waiting:
            self._ticker = loop.call_at(self._next_slot, self._tick)

    def _chat_interval(self, key: ChatKey) -> float:
        # Negative ids are groups; a @username can only be a channel or supergroup.
        if isinstance(key, str) or key < 0:
            return self._group_interval
        return self._private_interval

    def _prune(self, now: float) -> None:
        """Forget chats whose gate is open and idle, so memory stays flat with many chats."""
        if now < self._prune_at:
            return
        self._prune_at = now + PRUNE_EVERY
        idle = [key for key, chat in self._chats.items() if not chat.users and chat.free_at <= now]
        for key in idle:
            del self._chats[key]


def flood_control() -> FloodControl:
    """The limiter the Telegram channel ships with (the benchmark measures the same)."""
    return FloodControl(max_retries=MAX_RETRIES)


def _chat_key(chat_id: object) -> ChatKey | None:
    """The chat a request goes to, as one key whether its id came as a number or a string."""
    if chat_id is None:
        return None
    if isinstance(chat_id, int):
        return chat_id
    text = str(chat_id)
    with contextlib.suppress(ValueError):
        return int(text)
    return text


def _seconds(error: RetryAfter) -> float:
    # Reading the public ``retry_after`` warns in PTB 22 (an int now, a timedelta in 23);
    # PTB's own AIORateLimiter reads the timedelta behind it, as we do.
    return error._retry_after.total_seconds()
