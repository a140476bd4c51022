"""Small pieces of the runtime: message splitting, log redaction, webhook wiring."""

from __future__ import annotations

import gc
import logging
from datetime import datetime, timedelta

from sqlalchemy import Engine

from bot.channels.numbered import DatabaseChoiceStore, MemoryChoiceStore, NumberedChoices
from bot.logs import RedactSecrets
from bot.runtime import settle_heap
from handlers.formatting import split_text
from handlers.i18n import translator
from handlers.types import Choice
from models.clock import VIETNAM, FixedClock
from models.tables import Channel


def test_split_keeps_lines_whole_and_respects_the_limit() -> None:
    lines = [f"• {number} · Một dòng của báo cáo số {number}" for number in range(300)]
    text = "\n".join(lines)
    parts = split_text(text, 4096)
    assert len(parts) > 1 and all(len(part) <= 4096 for part in parts)
    assert "\n".join(parts).split("\n") == lines


def test_split_cuts_a_very_long_line_between_words() -> None:
    text = " ".join(["chữ"] * 3000)
    parts = split_text(text, 2000)
    assert all(len(part) <= 2000 for part in parts)
    assert " ".join(parts).split() == text.split()


def test_the_token_is_redacted_from_messages_and_traces() -> None:
    record = logging.LogRecord(
        "httpx",
        logging.INFO,
        __file__,
        1,
        "POST https://api.telegram.org/bot%s/getMe",
        ("42:SECRET",),
        None,
    )
    try:
        raise RuntimeError("failed at https://api.telegram.org/bot42:SECRET/getUpdates")
    except RuntimeError:
        import sys

        record.exc_info = sys.exc_info()
    RedactSecrets(["42:SECRET"]).filter(record)
    assert record.getMessage() == "POST https://api.telegram.org/bot<token>/getMe"
    assert record.exc_text is not None and "42:SECRET" not in record.exc_text


def test_numbered_choices_pick_by_number_for_a_while(seeded_engine: Engine) -> None:
    clock = FixedClock(datetime(2025, 12, 5, 8, 0, tzinfo=VIETNAM))
    for store in (MemoryChoiceStore(), DatabaseChoiceStore(seeded_engine, Channel.ZALO)):
        choices = NumberedChoices(clock, store)
        rendered = choices.render(
            "c1", ((Choice("Duyệt", "ra:1"), Choice("Từ chối", "rr:1")),), translator("vi")
        )
        assert rendered.splitlines() == ["  1. Duyệt", "  2. Từ chối", "Trả lời 1 hoặc 2."]
        assert choices.pick("c1", "2") == "rr:1"
        assert choices.pick("c1", "3") is None
        assert choices.pick("c2", "1") is None
        assert choices.pick("c1", "xong") is None
        # Another worker (a new object on the same store) reads the same offer.
        assert NumberedChoices(clock, store).pick("c1", "1") == "ra:1"
        clock.advance(timedelta(minutes=31))
        assert choices.pick("c1", "1") is None
        clock.advance(timedelta(minutes=-31))


def test_settling_the_heap_puts_the_start_up_objects_out_of_the_collectors_reach() -> None:
    gc.unfreeze()
    try:
        settle_heap()
        assert gc.get_freeze_count() > 10_000  # modules, classes, caches of the imports
    finally:
        gc.unfreeze()
