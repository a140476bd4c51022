"""Small pieces of Vietnamese writing shared by every message."""

from __future__ import annotations

import re
from datetime import date

from handlers.i18n import Translator

SHORT_TITLE = 60
_DAY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?$")


def short_title(title: str, limit: int = SHORT_TITLE) -> str:
    """Cut a task's title to fit a phone's line, at a word boundary, marked with an ellipsis."""
    flat = " ".join(title.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1].rsplit(" ", 1)[0] if " " in flat[: limit - 1] else flat[: limit - 1]
    return cut.rstrip(",;:") + "…"


def days_left_phrase(tr: Translator, due: date, today: date) -> str:
    """Say how far a due date is: "còn 3 ngày", "hôm nay", "quá hạn 2 ngày"."""
    days = (due - today).days
    if days == 0:
        return tr.gettext("due today")
    if days > 0:
        return tr.gettext("{days} days left", days=days)
    return tr.gettext("{days} days overdue", days=-days)


def due_phrase(tr: Translator, due: date, today: date) -> str:
    """Write a due date the way a colleague would: ``thứ Ba, 09/12/2025 (còn 3 ngày)``."""
    return f"{tr.weekday_date(due)} ({days_left_phrase(tr, due, today)})"


def split_text(text: str, limit: int) -> list[str]:
    """Split a long message into parts of at most ``limit`` characters.

    Cuts fall between paragraphs where possible, then between lines, then between
    words, so that no line of a report is broken in the middle.
    """
    if len(text) <= limit:
        return [text]
    parts: list[str] = []
    current = ""
    for piece in _pieces(text, limit):
        candidate = f"{current}\n{piece}" if current else piece
        if len(candidate) <= limit:
            current = candidate
            continue
        if current:
            parts.append(current)
        current = piece
    if current:
        parts.append(current)
    return [part.strip("\n") for part in parts if part.strip()]


def _pieces(text: str, limit: int) -> list[str]:
    pieces: list[str] = []
    for line in text.split("\n"):
        while len(line) > limit:
            cut = line.rfind(" ", 0, limit)
            cut = cut if cut > limit // 2 else limit
            pieces.append(line[:cut])
            line = line[cut:].lstrip()
        pieces.append(line)
    return pieces


def read_date(written: str, today: date) -> date | None:
    """Read a day typed as dd/mm/yyyy (or dd/mm, this year); None when it is not a real day."""
    match = _DAY.match(written.strip())
    if match is None:
        return None
    try:
        return date(int(match.group(3) or today.year), int(match.group(2)), int(match.group(1)))
    except ValueError:
        return None
