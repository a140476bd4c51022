"""Small pieces of the runtime: message splitting, log redaction, webhook wiring."""

from __future__ import annotations

import gc
import logging

from bot.logs import RedactSecrets
from bot.runtime import settle_heap
from handlers.formatting import split_text


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


def test_settling_the_heap_puts_the_start_up_objects_out_of_the_collectors_reach() -> None:
    gc.unfreeze()
    try:
        settle_heap()
        assert gc.get_freeze_count() > 10_000  # modules, classes, caches of the imports
    finally:
        gc.unfreeze()
