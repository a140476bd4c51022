"""A Bot API emulator that enforces Telegram's flood limits, for the delivery benchmark.

The test suite's emulator (:mod:`tests.support.botapi`) accepts any rate. This subclass
answers the sending methods with HTTP 429 ``Too Many Requests: retry after N`` and
``parameters.retry_after`` (what PTB turns into ``RetryAfter``) beyond:

- 30 messages in any sliding second, overall (https://core.telegram.org/bots/faq:
  "no more than 30 messages per second");
- 1 message per second to one chat.

A refused message does not use up a slot; an accepted one does even if the emulator then
rejects it for another reason (a bad chat id), as on Telegram.
"""

from __future__ import annotations

import bisect
import math
import threading
import time
from collections import deque
from typing import Any

from tests.support.botapi import ApiError, BotApiEmulator, Upload

JSON = dict[str, Any]
SENDING_METHODS = frozenset({"sendmessage", "senddocument", "sendphoto"})
OVERALL_PER_SECOND = 30
PER_CHAT_PER_SECOND = 1
WINDOW = 1.0


class RateLimitedBotApi(BotApiEmulator):
    """:class:`BotApiEmulator` with Telegram's flood limits on the sending methods."""

    def __init__(
        self,
        *args: Any,
        overall_per_second: int = OVERALL_PER_SECOND,
        per_chat_per_second: int = PER_CHAT_PER_SECOND,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.overall_per_second = overall_per_second
        self.per_chat_per_second = per_chat_per_second
        self.refused_overall = 0
        self.refused_chat = 0
        self.accepted = 0
        # Every sending request's arrival (accepted or refused), to see how bursty the
        # client was.
        self.arrivals: list[float] = []
        # When each accepted message came in (time.monotonic), overall and per chat.
        self._recent: deque[float] = deque()
        self._recent_by_chat: dict[str, deque[float]] = {}
        self._limits = threading.Lock()

    @property
    def refused(self) -> int:
        """Every 429 answered."""
        return self.refused_overall + self.refused_chat

    def busiest_second(self) -> int:
        """The most sending requests that arrived within any one second."""
        with self._limits:
            arrivals = sorted(self.arrivals)
        return (
            max(
                (bisect.bisect_right(arrivals, start + WINDOW) - index)
                for index, start in enumerate(arrivals)
            )
            if arrivals
            else 0
        )

    def _call(self, method: str, params: JSON, files: dict[str, Upload]) -> tuple[int, JSON]:
        if method.lower() in SENDING_METHODS:
            refusal = self._admit(str(params.get("chat_id", "")))
            if refusal is not None:
                return refusal.error_code, refusal.payload()
        return super()._call(method, params, files)

    def _admit(self, chat: str) -> ApiError | None:
        """Take a slot for a message to ``chat``, or return the 429 that refuses it."""
        with self._limits:
            now = time.monotonic()
            self.arrivals.append(now)
            while self._recent and self._recent[0] <= now - WINDOW:
                self._recent.popleft()
            mine = self._recent_by_chat.setdefault(chat, deque())
            while mine and mine[0] <= now - WINDOW:
                mine.popleft()
            if len(self._recent) >= self.overall_per_second:
                self.refused_overall += 1
                return _too_many(self._recent[0] + WINDOW - now)
            if len(mine) >= self.per_chat_per_second:
                self.refused_chat += 1
                return _too_many(mine[0] + WINDOW - now)
            self._recent.append(now)
            mine.append(now)
            self.accepted += 1
            return None


def _too_many(wait: float) -> ApiError:
    # Telegram gives whole seconds, at least 1.
    seconds = max(1, math.ceil(wait))
    return ApiError(429, f"Too Many Requests: retry after {seconds}", retry_after=seconds)
