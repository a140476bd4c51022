"""A Bot API emulator that enforces Telegram's flood limits, for the delivery benchmark.

The test suite's emulator (:mod:`tests.support.botapi`) accepts any rate. This subclass
answers the sending methods with HTTP 429 ``Too Many Requests: retry after N`` and
``parameters.retry_after`` (what PTB turns into ``RetryAfter``) beyond:

- 30 messages in any sliding second, overall (https://core.telegram.org/bots/faq:
  "no more than 30 messages per second");
- 1 message per second to one chat.

A refused message does not use up a slot; an accepted one does even if the emulator then
rejects it for another reason (a bad chat id), as on Telegram.

It runs in a process of its own (:class:`EmulatorProcess`, ``python -m bench.ratelimited``):
in the bot's process, every pause of the bot's interpreter (a garbage collection, the GIL)
would also hold the emulator's threads, and the requests queued meanwhile would reach it
all at once, a burst the real Bot API would never see. The parent reads the counters with
the extra method ``benchStats``.
"""

from __future__ import annotations

import argparse
import bisect
import json
import math
import select
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Sequence
from types import TracebackType
from typing import Any, Self

import httpx

from bench.measure import PROJECT_DIR, emit
from tests.support.botapi import ApiError, BotApiEmulator, Upload

JSON = dict[str, Any]
SENDING_METHODS = frozenset({"sendmessage", "senddocument", "sendphoto"})
STATS_METHOD = "benchStats"
OVERALL_PER_SECOND = 30
PER_CHAT_PER_SECOND = 1
WINDOW = 1.0
START_TIMEOUT = 30.0


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

    def busiest_second(self) -> int:
        """The most sending requests that arrived within any one second."""
        with self._limits:
            arrivals = sorted(self.arrivals)
        if not arrivals:
            return 0
        return max(
            bisect.bisect_right(arrivals, start + WINDOW) - index
            for index, start in enumerate(arrivals)
        )

    def stats(self) -> JSON:
        """The counters, and the text of every message recorded."""
        with self._limits:
            counters = {
                "accepted": self.accepted,
                "refused_overall": self.refused_overall,
                "refused_chat": self.refused_chat,
            }
        return {
            **counters,
            "busiest_second": self.busiest_second(),
            "texts": [str(record.get("text", "")) for record in list(self.sent)],
        }

    def _call(self, method: str, params: JSON, files: dict[str, Upload]) -> tuple[int, JSON]:
        if method == STATS_METHOD:
            return 200, {"ok": True, "result": self.stats()}
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


class EmulatorProcess:
    """A :class:`RateLimitedBotApi` in a child process, for as long as the ``with`` lasts."""

    def __init__(self, token: str, chats: Sequence[int]) -> None:
        self.token = token
        self.chats = list(chats)
        self.port = 0
        self._process: subprocess.Popen[str] | None = None

    @property
    def base_url(self) -> str:
        """PTB's ``base_url``: the token is appended to it."""
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        """PTB's ``base_file_url``."""
        return f"http://127.0.0.1:{self.port}/file/bot"

    def __enter__(self) -> Self:
        command = [sys.executable, "-m", "bench.ratelimited", "--token", self.token]
        command += ["--chats", ",".join(str(chat) for chat in self.chats)]
        self._process = subprocess.Popen(  # our own interpreter and module
            command,
            cwd=PROJECT_DIR,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self._process.stdout is not None
        ready, _, _ = select.select([self._process.stdout], [], [], START_TIMEOUT)
        line = self._process.stdout.readline() if ready else ""
        if not line.startswith("{"):
            self._stop()
            raise RuntimeError("the rate-limited emulator did not start")
        self.port = int(json.loads(line)["port"])
        return self

    def stats(self) -> JSON:
        """The emulator's counters and recorded texts."""
        response = httpx.post(f"{self.base_url}{self.token}/{STATS_METHOD}", timeout=30)
        result: JSON = response.json()["result"]
        return result

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._stop()

    def _stop(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        if process.stdin is not None:
            process.stdin.close()  # the child stops when its standard input closes
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stdout is not None:
            process.stdout.close()


def main(argv: Sequence[str] | None = None) -> None:
    """Serve until standard input closes; print the port as the first line."""
    parser = argparse.ArgumentParser(prog="python -m bench.ratelimited")
    parser.add_argument("--token", required=True)
    parser.add_argument("--chats", required=True, help="comma-separated chat (user) ids")
    options = parser.parse_args(argv)
    emulator = RateLimitedBotApi(token=options.token)
    emulator.start()
    try:
        for chat in (int(part) for part in options.chats.split(",") if part):
            emulator.user(chat, f"Cán bộ {chat}")
        emit({"port": emulator.port})
        sys.stdin.read()
    finally:
        emulator.stop()


if __name__ == "__main__":
    main()
