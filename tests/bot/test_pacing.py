"""FloodControl: even overall slots, a gate per chat, 429s retried alone; a fake Bot API call."""

from __future__ import annotations

import asyncio
import bisect
import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import pytest
from telegram import Bot
from telegram.error import NetworkError, RetryAfter
from telegram.ext import Application

from bench.ratelimited import RateLimitedBotApi
from bot.channels import pacing
from bot.channels.pacing import FloodControl, flood_control

Result = bool | dict[str, Any] | list[dict[str, Any]]
# Timing slack: a busy machine may run one recorded call a little later than the one before.
EARLY = 0.005


@pytest.fixture(autouse=True)
def retry_after_as_timedelta(monkeypatch: pytest.MonkeyPatch) -> None:
    # PTB 22 warns when a RetryAfter is built unless this opts in to PTB 23's timedelta.
    monkeypatch.setenv("PTB_TIMEDELTA", "true")


@dataclass
class FakeApi:
    """Stands in for PTB's request: records when each call reached it, can refuse some."""

    calls: list[tuple[float, str, object]] = field(default_factory=list)
    refusals: dict[object, list[RetryAfter]] = field(default_factory=dict)

    def refuse(self, chat: object, *errors: RetryAfter) -> None:
        self.refusals.setdefault(chat, []).extend(errors)

    async def call(self, endpoint: str, chat: object) -> Result:
        self.calls.append((asyncio.get_running_loop().time(), endpoint, chat))
        queued = self.refusals.get(chat)
        if queued:
            raise queued.pop(0)
        return {"ok": endpoint, "chat": chat}

    def times(self, endpoint: str | None = None, chat: object = None) -> list[float]:
        return [
            at
            for at, method, to in self.calls
            if (endpoint is None or method == endpoint) and (chat is None or to == chat)
        ]


async def send(
    limiter: FloodControl,
    api: FakeApi,
    chat: object,
    endpoint: str = "sendMessage",
    retries: int | None = None,
) -> Result:
    """A call as ExtBot makes it: the chat id in ``data`` when the method has one."""
    data: dict[str, Any] = {} if chat is None else {"chat_id": chat, "text": "Nhắc việc"}
    return await limiter.process_request(
        api.call, (endpoint, chat), {}, endpoint, data, rate_limit_args=retries
    )


def most_within(times: list[float], window: float) -> int:
    """The most calls that fell within any ``window`` seconds (closed)."""
    ordered = sorted(times)
    return max(
        bisect.bisect_right(ordered, start + window) - index for index, start in enumerate(ordered)
    )


def gaps(times: list[float]) -> list[float]:
    ordered = sorted(times)
    return [later - earlier for earlier, later in itertools.pairwise(ordered)]


async def test_the_shipped_pace_never_puts_more_than_30_in_a_second() -> None:
    limiter, api = flood_control(), FakeApi()
    started = asyncio.get_running_loop().time()
    await asyncio.gather(*(send(limiter, api, 1000 + number) for number in range(40)))
    times = api.times()
    assert len(times) == 40
    # No burst: the first goes at once, then one every 1/29 s.
    assert times[0] - started < 0.02
    assert min(gaps(times)) >= 1 / 29 - pacing.CATCH_UP - EARLY
    assert most_within(times, 1.0) <= 30
    # ...and not slower than that pace either.
    assert times[-1] - times[0] < 39 / 29 + 0.3


async def test_two_messages_to_one_chat_are_a_second_apart_while_other_chats_go() -> None:
    limiter, api = flood_control(), FakeApi()
    chats = [1, 1, 2, 3, 4, 5]
    await asyncio.gather(*(send(limiter, api, chat) for chat in chats))
    first, second = api.times(chat=1)
    assert second - first >= pacing.PRIVATE_INTERVAL - EARLY
    # The second message to chat 1 waited for its chat, not in the overall queue: the others
    # went in the slots right after the first.
    others = [at for at, _, chat in api.calls if chat != 1]
    assert max(others) - first < 5 / 29 + 0.1
    assert max(others) < second


async def test_a_group_waits_longer_than_a_private_chat() -> None:
    limiter, api = (
        FloodControl(per_second=100, private_interval=0.1, group_interval=0.4),
        FakeApi(),
    )
    await asyncio.gather(
        send(limiter, api, -100123), send(limiter, api, -100123), send(limiter, api, 7)
    )
    first, second = api.times(chat=-100123)
    assert second - first >= 0.4 - EARLY


async def test_a_chat_id_as_text_and_as_a_number_share_one_gate() -> None:
    limiter, api = FloodControl(per_second=100, private_interval=0.3), FakeApi()
    await asyncio.gather(send(limiter, api, "42"), send(limiter, api, 42))
    first, second = sorted(at for at, _, _ in api.calls)
    assert second - first >= 0.3 - EARLY


async def test_a_refused_message_waits_alone_and_is_retried() -> None:
    limiter, api = FloodControl(per_second=100, private_interval=0.05, retry_margin=0), FakeApi()
    api.refuse(1, RetryAfter(timedelta(seconds=0.3)))
    results = await asyncio.gather(send(limiter, api, 1), send(limiter, api, 2))
    assert list(results) == [{"ok": "sendMessage", "chat": 1}, {"ok": "sendMessage", "chat": 2}]
    refused, retried = api.times(chat=1)
    assert retried - refused >= 0.3 - EARLY
    # The other chat did not wait for the 429.
    (other,) = api.times(chat=2)
    assert other - refused < 0.1


async def test_later_messages_to_a_refused_chat_wait_for_its_retry_in_order() -> None:
    limiter, api = FloodControl(per_second=100, private_interval=0.05, retry_margin=0), FakeApi()
    api.refuse(1, RetryAfter(timedelta(seconds=0.3)))
    await asyncio.gather(send(limiter, api, 1, "sendMessage"), send(limiter, api, 1, "sendPhoto"))
    assert [method for _, method, _ in api.calls] == ["sendMessage", "sendMessage", "sendPhoto"]
    refused, retried, later = api.times(chat=1)
    assert retried - refused >= 0.3 - EARLY
    assert later - retried >= 0.05 - EARLY


async def test_after_max_retries_the_retry_after_is_raised() -> None:
    limiter = FloodControl(per_second=100, private_interval=0, max_retries=2, retry_margin=0)
    api = FakeApi()
    api.refuse(1, *(RetryAfter(timedelta(seconds=0.05)) for _ in range(5)))
    with pytest.raises(RetryAfter):
        await send(limiter, api, 1)
    assert len(api.times(chat=1)) == 3  # the call and two retries


async def test_rate_limit_args_sets_the_retries_of_one_call() -> None:
    limiter, api = FloodControl(per_second=100, max_retries=5), FakeApi()
    api.refuse(1, RetryAfter(timedelta(seconds=0.05)))
    with pytest.raises(RetryAfter):
        await send(limiter, api, 1, retries=0)
    assert len(api.times(chat=1)) == 1


async def test_methods_without_a_chat_are_not_paced() -> None:
    limiter, api = flood_control(), FakeApi()
    loop = asyncio.get_running_loop()
    # A queue of messages that takes a third of a second...
    backlog = [asyncio.create_task(send(limiter, api, 1000 + number)) for number in range(10)]
    await asyncio.sleep(0)
    started = loop.time()
    # ...does not hold up getMe, setMyCommands or answerCallbackQuery.
    await asyncio.gather(
        *(send(limiter, api, None, endpoint) for endpoint in ["getMe", "setMyCommands"] * 20),
        send(limiter, api, None, "answerCallbackQuery"),
    )
    assert loop.time() - started < 0.1
    assert len(api.times("getMe")) == 20
    await asyncio.gather(*backlog)


async def test_a_refused_method_without_a_chat_is_retried_too() -> None:
    limiter, api = FloodControl(retry_margin=0), FakeApi()
    api.refuse(None, RetryAfter(timedelta(seconds=0.1)))
    assert await send(limiter, api, None, "setMyCommands") == {"ok": "setMyCommands", "chat": None}
    refused, retried = api.times("setMyCommands")
    assert retried - refused >= 0.1 - EARLY


async def test_a_cancelled_request_gives_its_slot_to_the_next() -> None:
    limiter, api = FloodControl(per_second=10), FakeApi()
    first = asyncio.create_task(send(limiter, api, 1))
    doomed = asyncio.create_task(send(limiter, api, 2))
    last = asyncio.create_task(send(limiter, api, 3))
    await first
    doomed.cancel()
    await last
    assert [chat for _, _, chat in api.calls] == [1, 3]
    assert 0.1 - EARLY <= api.times(chat=3)[0] - api.times(chat=1)[0] < 0.18


async def test_shutdown_fails_queued_requests_as_a_network_error() -> None:
    limiter, api = FloodControl(per_second=2), FakeApi()
    sent = asyncio.create_task(send(limiter, api, 1))
    queued = asyncio.create_task(send(limiter, api, 2))
    await sent
    await asyncio.sleep(0)
    await limiter.shutdown()
    with pytest.raises(NetworkError):
        await queued


async def test_quiet_chats_are_forgotten(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pacing, "PRUNE_EVERY", 0.0)
    limiter, api = FloodControl(per_second=1000, private_interval=0.05), FakeApi()
    await asyncio.gather(*(send(limiter, api, number) for number in range(1, 101)))
    assert len(limiter._chats) == 100
    await asyncio.sleep(0.1)
    await send(limiter, api, 9999)
    assert set(limiter._chats) == {9999}


@pytest.fixture
def strict_api() -> Iterator[RateLimitedBotApi]:
    with RateLimitedBotApi(token="123456:PACING") as emulator:
        yield emulator


async def test_a_real_bot_through_a_strict_bot_api_gets_no_429(
    strict_api: RateLimitedBotApi,
) -> None:
    chats = [5000 + number for number in range(40)]
    for chat in chats:
        strict_api.user(chat, f"Cán bộ {chat}")
    application = (
        Application.builder()
        .token(strict_api.token)
        .base_url(strict_api.base_url)
        .base_file_url(strict_api.base_file_url)
        .rate_limiter(flood_control())
        .build()
    )
    await application.initialize()
    try:
        bot: Bot = application.bot
        # More than a second's worth at once, and a second message to five of the chats.
        await asyncio.gather(*(bot.send_message(chats[n % 40], f"[{n}]") for n in range(45)))
    finally:
        await application.shutdown()
    assert (strict_api.refused_overall, strict_api.refused_chat) == (0, 0)
    assert strict_api.accepted == 45
    assert strict_api.busiest_second() <= 30
