"""No input and no database outage ends a channel's loop.

Property tests: each channel loop (Zalo polling and webhook over real HTTP against the
fake Zalo API, Telegram through PTB's own update loop, the terminal) is fed arbitrary
Unicode, digits of every script, out-of-range and forged choices, while the database is
cut at a drawn moment of some updates (:class:`tests.support.dbfaults.DatabaseCut`, on
SQLite and PostgreSQL alike; tests/bot/test_faults_e2e.py cuts PostgreSQL's real
connection with the TCP proxy under a running process). Every update gets an answer (the
reply or the apology), and once the database is back the same loop answers normally.
"""

from __future__ import annotations

import asyncio
import threading
import unicodedata
from collections.abc import Coroutine, Iterator
from concurrent.futures import Future
from datetime import datetime
from functools import partial
from typing import Any, TypeVar

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import SecretStr
from sqlalchemy import Engine
from telegram import Update

from bot.channels import telegram as telegram_channel
from bot.channels.numbered import choice_number
from bot.channels.pacing import FloodControl
from bot.channels.router import Router
from bot.channels.supervision import ChatTurns, contained
from bot.channels.telegram import TelegramChannel
from bot.channels.terminal import DEMO_PEOPLE, TerminalChat
from bot.channels.zalo import channel as zalo_channel
from bot.channels.zalo.channel import ZaloChannel, ZaloWebhook
from bot.channels.zalo.client import ZaloClient
from bot.runtime import Runtime
from bot.settings import Settings
from handlers.conversation import Conversation
from handlers.i18n import translator
from models.calendar import WorkingCalendar
from models.clock import VIETNAM, FixedClock
from models.db import session_scope
from models.officers import add_officer, find_unit
from models.tables import Channel, Role
from tests.bot.test_telegram_adapter import OfflineRequest, message_update
from tests.bot.test_terminal import Keyboard
from tests.bot.test_zalo_channel import free_port
from tests.support.dbfaults import DatabaseCut
from tests.support.zaloapi import ZaloBotApiFake

T = TypeVar("T")
ZALO_TOKEN = "1234567890:zalo-test-secret"
APOLOGY = "Xin lỗi, hệ thống vừa gặp sự cố nên chưa lưu được gì"
WAIT = 15.0
NOW = datetime(2025, 12, 5, 9, 0, tzinfo=VIETNAM)

# Every character str.isdigit() accepts: superscripts, circled numbers, other scripts'
# digits; int() refuses many of them.
DIGITS = [chr(code) for code in range(0x110000) if chr(code).isdigit()]

numbers_in_every_script = st.builds(
    lambda pad, digits, dot: f"{pad}{digits}{dot}",
    st.sampled_from(["", " ", "\t"]),
    st.text(st.sampled_from(DIGITS), min_size=1, max_size=4),
    st.sampled_from(["", ".", " ."]),
)
ascii_numbers = st.integers(-3, 1200).map(str)
commands = st.sampled_from(
    ["dang ky", "nhiem vu", "/nhiemvu", "han chot", "/capnhat 12 50 ok", "/huy", "/start"]
)
texts = st.one_of(
    numbers_in_every_script, ascii_numbers, ascii_numbers, commands, commands, st.text(max_size=80)
)
# Where the database goes away while an update is handled: after that many statements
# (0: at once), or not at all.
cuts = st.one_of(st.none(), st.none(), st.integers(0, 12))
# Each sequence ends with an update met by an outage from its first statement: the loop
# must apologise, then answer normally once the database is back.
OUTAGE: tuple[str, int | None] = ("/nhiemvu", 0)
steps = st.lists(st.tuples(texts, cuts), min_size=1, max_size=6)
PROPERTY = settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


# ----------------------------------------------------------------------------------------------
# Choice numbers


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("2", 2),
        (" 2. ", 2),
        ("２", 2),  # fullwidth, from a phone keyboard: NFKC makes it 2
        ("²", 2),  # superscript: NFKC makes it 2 as well (it looks like one)
        ("⑫", 12),
        ("٣", None),  # Arabic-Indic three: another script's digit is no choice
        ("৩", None),
        ("𝟘", 0),  # mathematical digit zero: NFKC makes it 0 (then no choice has it)
        ("1234", None),
        ("", None),
        (".", None),
        ("-1", None),
        ("1 2", None),
    ],
)
def test_a_choice_number_is_ascii_digits_after_nfkc(text: str, number: int | None) -> None:
    assert choice_number(text) == number


@given(st.text(max_size=12))
def test_choice_number_never_raises(text: str) -> None:
    number = choice_number(text)
    if number is not None:
        normal = unicodedata.normalize("NFKC", text).strip().rstrip(".").strip()
        assert normal.isascii() and int(normal) == number


# ----------------------------------------------------------------------------------------------
# The machinery


class LoopThread:
    """An event loop in a thread of its own: the channel runs there while the (synchronous)
    property test plays people from the test thread."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()

    def run(self, coroutine: Coroutine[Any, Any, T], timeout: float = 30) -> T:
        future: Future[T] = asyncio.run_coroutine_threadsafe(coroutine, self.loop)
        return future.result(timeout)

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(timeout=10)
        self.loop.close()


@pytest.fixture
def loop_thread() -> Iterator[LoopThread]:
    running = LoopThread()
    yield running
    running.close()


@pytest.fixture
def cut(seeded_engine: Engine) -> Iterator[DatabaseCut]:
    faults = DatabaseCut(seeded_engine)
    yield faults
    faults.remove()


def runtime_of(engine: Engine, settings_: Settings | None = None) -> Runtime:
    clock = FixedClock(NOW)
    return Runtime(settings_ or Settings(), clock, engine, WorkingCalendar(), translator("vi"))


def register(engine: Engine, channel: Channel, external_id: str, unit: str = "vanphong") -> None:
    with session_scope(engine) as session:
        found = find_unit(session, unit)
        assert found is not None
        add_officer(
            session,
            unit=found,
            full_name="Lê Văn Cường",
            role=Role.OFFICER,
            channel=channel,
            external_id=external_id,
            now=NOW,
        )


async def test_chat_turns_keep_a_chats_order_and_let_others_pass() -> None:
    turns = ChatTurns(limit=4)
    done: list[str] = []
    release = asyncio.Event()

    async def slow(name: str) -> None:
        await release.wait()
        done.append(name)

    async def quick(name: str) -> None:
        done.append(name)

    flood = [asyncio.create_task(turns.run("a", partial(slow, f"a{n}"))) for n in range(3)]
    other = asyncio.create_task(turns.run("b", lambda: quick("b")))
    await asyncio.wait_for(other, 1)
    assert done == ["b"]  # chat a's first update is stuck; chat b is not held up by it
    release.set()
    await asyncio.gather(*flood)
    assert done == ["b", "a0", "a1", "a2"]
    assert turns.busy_chats == 0


async def test_contained_logs_once_and_apologises(caplog: pytest.LogCaptureFixture) -> None:
    apologies: list[str] = []

    async def boom() -> None:
        raise ValueError("invalid literal for int() with base 10: '²'")

    async def apologise() -> None:
        apologies.append("sorry")

    async def apology_fails() -> None:
        raise ConnectionError("the platform is away too")

    await contained("an update", boom, apologise)
    await contained("another update", boom, apology_fails)
    assert apologies == ["sorry"]
    traces = [record for record in caplog.records if record.exc_info]
    assert len(traces) == 2 and "Failed to handle an update" in traces[0].getMessage()


# ----------------------------------------------------------------------------------------------
# Zalo: polling and webhook, over real HTTP


@pytest.fixture
def zalo_fake() -> Iterator[ZaloBotApiFake]:
    with ZaloBotApiFake(token=ZALO_TOKEN) as running:
        yield running


def start_zalo(
    loop_thread: LoopThread, engine: Engine, fake: ZaloBotApiFake, webhook: bool
) -> ZaloChannel:
    runtime = runtime_of(engine)
    conversation = Conversation(engine, runtime.clock, runtime.calendar)

    async def start() -> ZaloChannel:
        client = ZaloClient(ZALO_TOKEN, fake.base_url, backoff=0.01)
        channel = ZaloChannel(runtime, conversation, client, Router())
        port = free_port()
        hook = ZaloWebhook.make(
            f"http://127.0.0.1:{port}/zalo", "127.0.0.1", port, None, token=ZALO_TOKEN
        )
        await channel.start(hook if webhook else None)
        return channel

    return loop_thread.run(start())


def settle(idle: Any) -> None:
    """Wait until ``idle()`` holds: every part of an answer is out before the next step."""
    for _ in range(int(WAIT / 0.01)):
        if idle():
            return
        threading.Event().wait(0.01)
    raise AssertionError("the channel never became idle")


def play_zalo(
    fake: ZaloBotApiFake, channel: ZaloChannel, cut: DatabaseCut, officer_id: str, plan: Any
) -> None:
    """Each text gets an answer (with the database cut or not); then /trogiup answers."""
    person_is_officer, sequence = plan
    person = (
        fake.user("Lê Văn Cường", user_id=officer_id)
        if person_is_officer
        else fake.user("Người lạ")
    )
    for text, cut_after in [*sequence, OUTAGE]:
        if cut_after is not None:
            cut.cut_after(cut_after)
        try:
            person.mark()
            person.send(text)
            answer = person.wait_for(lambda _message: True, timeout=WAIT)
            settle(lambda: not channel._pending)
        finally:
            cut.restore()
    assert APOLOGY in str(answer.get("text"))  # the outage's
    person.mark()
    person.send("/trogiup")
    answer = person.wait_for(lambda _message: True, timeout=WAIT)
    assert APOLOGY not in str(answer.get("text")), answer


@pytest.mark.parametrize("webhook", [False, True], ids=["polling", "webhook"])
def test_zalo_loops_survive_any_text_and_database_cuts(
    seeded_engine: Engine,
    zalo_fake: ZaloBotApiFake,
    cut: DatabaseCut,
    loop_thread: LoopThread,
    monkeypatch: pytest.MonkeyPatch,
    webhook: bool,
) -> None:
    monkeypatch.setattr(zalo_channel, "MIN_POLL_INTERVAL", 0.0)  # one update a poll: no wait
    officer_id = "a" * 20
    register(seeded_engine, Channel.ZALO, officer_id)
    channel = start_zalo(loop_thread, seeded_engine, zalo_fake, webhook)
    try:

        @PROPERTY
        @given(st.tuples(st.booleans(), steps))
        def property_(plan: Any) -> None:
            play_zalo(zalo_fake, channel, cut, officer_id, plan)

        property_()
        assert cut.refused > 0, "the property never cut the database"
        if not webhook:
            assert channel._poller is not None and not channel._poller.done()
    finally:
        loop_thread.run(channel.stop())


def test_a_superscript_answer_to_a_list_leaves_zalo_polling_alive(
    seeded_engine: Engine,
    zalo_fake: ZaloBotApiFake,
    cut: DatabaseCut,
    loop_thread: LoopThread,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The two reported cases: '²' and '٣' after a numbered list, and a bare number while
    the database is away (the choice lookup used to run outside any error handling)."""
    monkeypatch.setattr(zalo_channel, "MIN_POLL_INTERVAL", 0.0)
    register(seeded_engine, Channel.ZALO, "b" * 20)
    channel = start_zalo(loop_thread, seeded_engine, zalo_fake, webhook=False)
    try:
        officer = zalo_fake.user("Lê Văn Cường", user_id="b" * 20)
        officer.send("nhiem vu")
        officer.wait_for("Trả lời bằng một mã", timeout=WAIT)
        for text in ("²", "٣", "３."):
            officer.mark()
            officer.send(text)
            officer.wait_for(lambda _message: True, timeout=WAIT)
        officer.mark()
        officer.send("nhiem vu")
        officer.wait_for("Trả lời bằng một mã", timeout=WAIT)
        cut.cut_after(0)
        officer.mark()
        officer.send("12")
        officer.wait_for(APOLOGY, timeout=WAIT)
        cut.restore()
        officer.mark()
        officer.send("12")  # the offer is still there: the same code now opens the task
        officer.wait_for("Nhiệm vụ", timeout=WAIT)
        assert channel._poller is not None and not channel._poller.done()
    finally:
        loop_thread.run(channel.stop())


# ----------------------------------------------------------------------------------------------
# Telegram: PTB's own update loop, concurrent updates, forged button data

forged_data = st.one_of(
    st.text(max_size=64),
    st.sampled_from(["t:13", "t:99999999999999999999999", "p:13:999", "p:-1:50", "r:", ":"]),
)
telegram_steps = st.lists(
    st.tuples(st.one_of(texts, forged_data.map(lambda data: ("choice", data))), cuts),
    min_size=1,
    max_size=6,
)


def callback_update(data: str, update_id: int) -> dict[str, Any]:
    return {
        "update_id": update_id,
        "callback_query": {
            "id": f"q{update_id}",
            "chat_instance": "c1",
            "data": data,
            "from": {"id": 2001, "is_bot": False, "first_name": "Cường"},
            "message": {
                "message_id": 77,
                "date": 1764896400,
                "chat": {"id": 2001, "type": "private"},
                "from": {"id": 42, "is_bot": True, "first_name": "Nhắc việc"},
                "text": "...",
            },
        },
    }


def test_telegram_loop_survives_any_update_and_database_cuts(
    seeded_engine: Engine,
    cut: DatabaseCut,
    loop_thread: LoopThread,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # No flood pacing: one chat's answers would otherwise come 1.05 s apart.
    unpaced = FloodControl(private_interval=0)
    monkeypatch.setattr(telegram_channel, "flood_control", lambda: unpaced)
    register(seeded_engine, Channel.TELEGRAM, "2001")
    runtime = runtime_of(seeded_engine, Settings(TELEGRAM_BOT_TOKEN=SecretStr("42:OFFLINE")))
    conversation = Conversation(seeded_engine, runtime.clock, runtime.calendar)
    request = OfflineRequest()

    async def start() -> TelegramChannel:
        channel = TelegramChannel(runtime, conversation, Router())
        channel.application.bot._request = (request, request)
        await channel.application.initialize()
        await channel.prepare()
        await channel.application.start()  # the update fetcher, without the updater
        return channel

    channel = loop_thread.run(start())
    update_ids = iter(range(1, 1_000_000))

    def feed_and_wait(update: dict[str, Any]) -> dict[str, Any]:
        before = len(request.sent())
        parsed = Update.de_json(update, channel.application.bot)
        loop_thread.run(channel.application.update_queue.put(parsed))
        settle(
            lambda: (
                len(request.sent()) > before
                and channel._turns.busy_chats == 0
                and channel.application.update_queue.empty()
            )
        )
        return request.sent()[before]

    try:

        @PROPERTY
        @given(telegram_steps)
        def property_(sequence: list[tuple[Any, int | None]]) -> None:
            for item, cut_after in [*sequence, OUTAGE]:
                update_id = next(update_ids)
                if isinstance(item, tuple):
                    update = callback_update(item[1], update_id)
                else:
                    update = message_update(item, update_id)
                if cut_after is not None:
                    cut.cut_after(cut_after)
                try:
                    answer = feed_and_wait(update)
                finally:
                    cut.restore()
            assert APOLOGY in answer["text"]  # the outage's
            answer = feed_and_wait(message_update("/trogiup", next(update_ids)))
            assert APOLOGY not in answer["text"]

        property_()
        assert cut.refused > 0
    finally:

        async def stop() -> None:
            await channel.application.stop()
            await channel.application.shutdown()

        loop_thread.run(stop())


# ----------------------------------------------------------------------------------------------
# The terminal


def not_a_persona(answer: str) -> bool:
    number = choice_number(answer)
    return number is None or not 1 <= number <= len(DEMO_PEOPLE)


class FaultyKeyboard(Keyboard):
    """Types each line with the database cut as planned for it."""

    def __init__(self, lines: list[tuple[str, int | None]], cut: DatabaseCut) -> None:
        super().__init__([text for text, _ in lines])
        self.cuts = iter([cut_after for _, cut_after in lines])
        self.cut = cut

    def read(self, prompt: str) -> str:
        self.cut.restore()
        line = super().read(prompt)
        cut_after = next(self.cuts, None)
        if cut_after is not None:
            self.cut.cut_after(cut_after)
        return line


def test_the_terminal_survives_any_line_and_database_cuts(
    seeded_engine: Engine, cut: DatabaseCut, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # a report file typed for lands here
    runtime = runtime_of(seeded_engine)
    conversation = Conversation(seeded_engine, runtime.clock, runtime.calendar)
    TerminalChat(runtime, conversation, read=Keyboard(["/thoat"]).read, write=print).run()

    @PROPERTY
    @given(st.lists(numbers_in_every_script.filter(not_a_persona), max_size=3), steps)
    def property_(persona_answers: list[str], sequence: list[tuple[str, int | None]]) -> None:
        # Weird answers to "who do you want to be?", then a real one; the drawn lines with
        # their cuts; then /trogiup with the database back.
        lines: list[tuple[str, int | None]] = [(answer, None) for answer in persona_answers]
        lines += [("2", None), *sequence, OUTAGE, ("/huy", None), ("/trogiup", None)]
        keyboard = FaultyKeyboard(lines, cut)
        chat = TerminalChat(runtime, conversation, read=keyboard.read, write=keyboard.write)
        chat.run()
        cut.restore()
        text = keyboard.text
        assert text.rstrip().endswith("Tạm biệt.")
        assert APOLOGY in text  # the outage's
        # The answer to /trogiup, before the last prompt (closed by Ctrl-D).
        assert "/nhiemvu" in text.split("Lê Văn Cường> ")[-2]

    property_()
    assert cut.refused > 0
