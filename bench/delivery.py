"""Benchmark 5: delivering through the bot's rate limiter to a rate-limited Bot API.

The bot is built the way ``bot/channels/telegram.py`` builds it (``Application.builder()``
with the token, ``base_url``, ``base_file_url`` and ``rate_limiter(flood_control())``),
pointed at :class:`bench.ratelimited.RateLimitedBotApi` on 127.0.0.1, in a process of its
own, and its ``ExtBot`` sends every message concurrently (one asyncio task each).
:class:`bot.channels.pacing.FloodControl` gives them evenly spaced slots a little under
30 per second, each chat's message 1.05 s after the answer to its previous one, and
retries a ``RetryAfter`` (HTTP 429) up to ``max_retries`` times for that request alone; a
message still refused after that raises RetryAfter, which the Telegram channel turns into
``DeliveryFailed`` and the sweep retries a minute later.

Messages go to the chats in turn (chat 1, 2, ... 300, 1, 2, ...): one message per officer
and per sweep, as the sweep groups an officer's reminders into one message.

Passes: the limiter as shipped (``flood_control()``, the very factory the channel calls),
judged against the targets; and, for comparison only (no target), PTB's
``AIORateLimiter(max_retries=5)``, which the channel used before.
"""

from __future__ import annotations

import asyncio
import logging
import math
import re
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from telegram.error import RetryAfter, TelegramError
from telegram.ext import AIORateLimiter, Application, BaseRateLimiter

from bench import Sizes
from bench.measure import Outcome
from bench.ratelimited import OVERALL_PER_SECOND, EmulatorProcess
from bench.seed import TELEGRAM_ID_BASE
from bot.channels.pacing import flood_control
from scheduler.sweep import IN_FLIGHT

NAME = "5. Delivery (rate-limited Bot API)"
TOKEN = "123456:BENCH"
TARGET_SHARE = 0.9  # of 30 messages per second
PTB_MAX_RETRIES = 5  # what the channel gave AIORateLimiter before FloodControl
TAG = re.compile(r"^\[(\d+)\]")


@dataclass(frozen=True)
class Pacing:
    """The rate limiter of one pass."""

    label: str
    make: Callable[[], BaseRateLimiter[int]]  # a fresh one: each pass runs its own loop
    call: str  # the limiter as the notes write it
    max_retries: int
    per_second: float = 0.0  # the overall pace, where the limiter has a single one
    comparison: bool = False  # measured for the notes, judged against no target


def pacings() -> list[Pacing]:
    """The passes to run: the shipped limiter, then PTB's for comparison."""
    shipped = flood_control()
    return [
        Pacing(
            "nhacviec FloodControl (as shipped)",
            flood_control,
            repr(shipped),
            shipped.max_retries,
            per_second=shipped.per_second,
        ),
        Pacing(
            f"comparison: PTB AIORateLimiter(max_retries={PTB_MAX_RETRIES})",
            lambda: AIORateLimiter(max_retries=PTB_MAX_RETRIES),
            f"AIORateLimiter(max_retries={PTB_MAX_RETRIES})",
            PTB_MAX_RETRIES,
            comparison=True,
        ),
    ]


@dataclass(frozen=True)
class Delivery:
    """What one pass of sending measured."""

    pacing: Pacing
    messages: int
    delivered: int
    recorded: int
    duplicates: int
    gave_up: int
    other_errors: int
    refused_overall: int
    refused_chat: int
    busiest_second: int
    seconds: float
    timed_out: bool

    @property
    def refused(self) -> int:
        """Every 429 the emulator answered."""
        return self.refused_overall + self.refused_chat

    @property
    def lost(self) -> int:
        """Messages neither delivered nor left for the next sweep to retry.

        A message still refused after ``max_retries`` raises RetryAfter, which the
        Telegram channel turns into DeliveryFailed: the sweep puts its row back to planned
        and sends it a minute later. Anything else that did not arrive is lost.
        """
        return self.messages - self.recorded - self.gave_up

    @property
    def rate(self) -> float:
        """Messages delivered per second, first send to last delivery."""
        return self.delivered / self.seconds if self.seconds else 0.0


async def _send_all(sizes: Sizes, pacing: Pacing) -> Delivery:
    chats = [TELEGRAM_ID_BASE + number for number in range(1, sizes.chats + 1)]
    with EmulatorProcess(TOKEN, chats) as emulator:
        application = (
            Application.builder()
            .token(TOKEN)
            .base_url(emulator.base_url)
            .base_file_url(emulator.base_file_url)
            .rate_limiter(pacing.make())
            .build()
        )
        await application.initialize()
        bot = application.bot
        outcomes: Counter[str] = Counter()
        finished: list[float] = []

        async def send(number: int) -> None:
            chat = chats[number % len(chats)]
            text = (
                f"[{number}] Nhắc việc: nhiệm vụ 12 - Báo cáo theo dõi thi hành pháp luật.\n"
                "Hạn: thứ Tư, 31/12/2025 (còn 5 ngày)."
            )
            try:
                # The chat id as the sweep passes it: the identity's external_id, a string.
                await bot.send_message(str(chat), text)
            except RetryAfter:
                outcomes["gave up"] += 1
            except TelegramError:
                outcomes["error"] += 1
            else:
                outcomes["delivered"] += 1
                finished.append(time.perf_counter())

        # Bounded: the ideal time at 30/s, with room for every 429 pause, and a margin.
        budget = sizes.messages / OVERALL_PER_SECOND * 4 + 60
        started = time.perf_counter()
        timed_out = False
        try:
            await asyncio.wait_for(
                asyncio.gather(*(send(number) for number in range(sizes.messages))), budget
            )
        except TimeoutError:
            timed_out = True
        seconds = (max(finished) if finished else time.perf_counter()) - started
        await application.shutdown()
        stats = await asyncio.to_thread(emulator.stats)
    tags = Counter(
        int(match.group(1)) for text in stats["texts"] if (match := TAG.match(str(text)))
    )
    return Delivery(
        pacing=pacing,
        messages=sizes.messages,
        delivered=outcomes["delivered"],
        recorded=len(tags),
        duplicates=sum(tags.values()) - len(tags),
        gave_up=outcomes["gave up"],
        other_errors=outcomes["error"],
        refused_overall=int(stats["refused_overall"]),
        refused_chat=int(stats["refused_chat"]),
        busiest_second=int(stats["busiest_second"]),
        seconds=seconds,
        timed_out=timed_out,
    )


def _quietly(sizes: Sizes, pacing: Pacing) -> Delivery:
    # Both limiters log every 429 (AIORateLimiter with a traceback when it gives up); the
    # figures count them, and the logs would only scramble the table.
    loggers = [logging.getLogger(name) for name in ("telegram", "bot.channels.pacing")]
    saved = [(logger.level, logger.propagate) for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL)
        logger.propagate = False
    try:
        return asyncio.run(_send_all(sizes, pacing))
    finally:
        for logger, (level, propagate) in zip(loggers, saved, strict=True):
            logger.setLevel(level)
            logger.propagate = propagate


def run(sizes: Sizes) -> Outcome:
    """Send the messages once per pacing, and report each pass."""
    result = Outcome(NAME)
    target = TARGET_SHARE * OVERALL_PER_SECOND
    plan = pacings()
    result.notes.append(
        "The bot is built as bot/channels/telegram.py builds it, with the limiter it ships: "
        f"bot.channels.pacing.flood_control(), that is {plan[0].call}; PTB's "
        f"{plan[-1].call}, which the channel used before, is measured for comparison. "
        f"{sizes.messages:,} messages go to {sizes.chats} chats in turn (one message per "
        "officer per sweep, as the sweep groups an officer's reminders), all started at once "
        "as asyncio tasks; the emulator allows 30 per sliding second overall and 1 per "
        "second per chat."
    )
    passes = []
    for pacing in plan:
        delivery = _quietly(sizes, pacing)
        passes.append(delivery)
        _figures(result, delivery, sizes, target)
        result.notes.append(_describe(delivery))
    shipped, comparisons = passes[0], passes[1:]
    result.notes.append(_why(shipped, target))
    result.notes.extend(_why_ptb(delivery, shipped, target) for delivery in comparisons)
    pace = plan[0].per_second
    result.notes.append(
        f"Not measured here: Sweep.run (scheduler/sweep.py) keeps up to {IN_FLIGHT} messages "
        "in flight, each recorded in the database once sent, so in production the rate is "
        f"the smaller of the limiter's {pace:g}/s and {IN_FLIGHT} messages per the time one "
        "takes (the round trip to api.telegram.org and the database work): at 100 ms a "
        f"message that is {IN_FLIGHT / 0.1:.0f}/s, and the limiter sets the pace as long as "
        f"a message takes less than {IN_FLIGHT / pace * 1000:.0f} ms."
    )
    return result


def _figures(result: Outcome, delivery: Delivery, sizes: Sizes, target: float) -> None:
    label = delivery.pacing.label
    judged = not delivery.pacing.comparison

    def add(name: str, value: str, goal: str, passed: bool) -> None:
        if judged:
            result.add(f"{label}: {name}", value, goal, passed)
        else:
            result.add(f"{label}: {name}", value)

    result.add(
        f"{label}: delivered",
        f"{delivery.delivered:,} / {delivery.messages:,} to {sizes.chats} chats"
        + (" (TIMED OUT)" if delivery.timed_out else ""),
    )
    add(
        "messages lost",
        str(delivery.lost)
        + (f" ({delivery.gave_up} left to the next sweep)" if delivery.gave_up else ""),
        "0",
        delivery.lost == 0,
    )
    add(
        "429s seen",
        f"{delivery.refused:,} ({delivery.refused_overall:,} overall, "
        f"{delivery.refused_chat:,} per chat); "
        + (
            "all retried"
            if delivery.gave_up == 0
            else f"{delivery.gave_up} given up after {delivery.pacing.max_retries} retries"
        ),
        "all retried",
        delivery.gave_up == 0,
    )
    add(
        "delivered rate",
        f"{delivery.rate:.2f} msg/s in {delivery.seconds:.1f} s",
        f">= {target:.0f} msg/s",
        delivery.rate >= target,
    )


def _describe(delivery: Delivery) -> str:
    given_up = f"{delivery.gave_up} message{'' if delivery.gave_up == 1 else 's'}"
    return (
        f"With {delivery.pacing.call}, {delivery.delivered:,} of "
        f"{delivery.messages:,} messages were delivered in {delivery.seconds:.1f} s "
        f"({delivery.rate:.1f}/s); the emulator recorded {delivery.recorded:,} distinct "
        f"messages ({delivery.duplicates} duplicates), answered {delivery.refused:,} 429s "
        f"({delivery.refused_overall:,} for the overall limit, {delivery.refused_chat:,} per "
        f"chat; at most {delivery.busiest_second} requests arrived within one second), and "
        f"{given_up} {'was' if delivery.gave_up == 1 else 'were'} given up after "
        f"{delivery.pacing.max_retries} retries"
        + (
            " (the Telegram channel turns the RetryAfter into DeliveryFailed and the sweep "
            "puts the row back to planned and sends it at the next sweep, a minute later: "
            "delayed, not lost)."
            if delivery.gave_up
            else "."
        )
    )


def _why(shipped: Delivery, target: float) -> str:
    """Why the shipped limiter met its targets, or what kept it from them."""
    pace = shipped.pacing.per_second
    ceiling = f"{shipped.pacing.call} releases one request every 1/{pace:g} s"
    most = math.floor(pace) + 1  # releases evenly spaced at that pace in a closed second
    if shipped.rate >= target and shipped.lost == 0 and shipped.gave_up == 0:
        return (
            f"{ceiling}, counted from the previous release rather than from a schedule, so "
            "there is no burst at the start nor after a pause of the event loop; any second "
            f"holds at most {most} releases and {most + 1} span {most / pace:.3f} s, so "
            f"requests in flight may bunch up by {(most / pace - 1) * 1000:.0f} ms before the "
            f"emulator ({OVERALL_PER_SECOND} a second) refuses one. A message waits for its "
            "chat's turn (1.05 s after the answer to the chat's previous message) before it "
            "asks for a slot, so the chats that are free fill the slots meanwhile. At most "
            f"{shipped.busiest_second} requests arrived within one second and the emulator "
            f"answered {shipped.refused} 429s; the {shipped.rate:.1f}/s delivered is the pace "
            f"of {pace:g}/s, less the lateness of the event loop's timers and the round trip "
            "of the last request."
        )
    causes = []
    if shipped.refused:
        causes.append(
            f"{shipped.refused} 429s (at most {shipped.busiest_second} requests arrived "
            "within one second: requests in flight reached the emulator closer together "
            "than they left), each retried by its own request after retry_after"
        )
    if shipped.gave_up:
        causes.append(f"{shipped.gave_up} given up after {shipped.pacing.max_retries} retries")
    if shipped.timed_out:
        causes.append("a pass that ran out of its time budget")
    return (
        f"{ceiling}, so {pace:g}/s is its ceiling; it delivered {shipped.rate:.1f}/s against "
        f"{target:.0f}/s"
        + (f", with {'; '.join(causes)}." if causes else ": the pace itself fell short.")
    )


def _why_ptb(comparison: Delivery, shipped: Delivery, target: float) -> str:
    """What PTB's AIORateLimiter did differently, from its figures."""
    verdict = (
        f"{comparison.rate:.1f}/s, {comparison.rate / shipped.rate:.0%} of FloodControl's "
        f"{shipped.rate:.1f}/s"
        if shipped.rate
        else f"{comparison.rate:.1f}/s"
    )
    if comparison.refused == 0:
        return f"For comparison, {comparison.pacing.call} delivered {verdict} with no 429."
    return (
        f"For comparison, {comparison.pacing.call} delivered {verdict}"
        + (f", under the {target:.0f}/s target" if comparison.rate < target else "")
        + ". It paces with a leaky bucket (aiolimiter) of 30 that drains at 30 per second: "
        "it lets a burst of 30 through at once and more as it drains within the same second, "
        f"so up to {comparison.busiest_second} requests reached the emulator within one "
        f"second and {comparison.refused:,} were refused. Each 429 stops every request of the "
        "bot for retry_after + 0.1 s (at least 1.1 s), and as AIORateLimiter takes a "
        "request's slot in the bucket before it waits for a pause to end "
        "(AIORateLimiter._run_request), the slots granted during the pause all go out "
        "together when it ends: one 429 tends to bring the next, and sending alternates "
        "bursts and pauses."
    )
