"""Small pieces of Vietnamese writing shared by every message."""

from __future__ import annotations

from datetime import date

from handlers.i18n import Translator

SHORT_TITLE = 60
# What may end a cut before the ellipsis is added: "ngân sách.…" reads as a doubled stop.
_CUT_ENDS = " ,;:.!?-–—"
# A text ending with one of these ends its sentence already (a closing quote or bracket
# may follow): "ngân sách…" must not become "ngân sách….".
_SENTENCE_ENDS = ".!?…"
_CLOSERS = "”’\"')]»"


def short_title(title: str, limit: int = SHORT_TITLE) -> str:
    """Cut a task's title to fit a phone's line, at a word boundary, marked with an ellipsis.

    A cut title ends with "…", which ends a sentence as well: put it at the end of a
    sentence with :func:`sentence_end`, never with a full stop of its own.
    """
    flat = " ".join(title.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1].rsplit(" ", 1)[0] if " " in flat[: limit - 1] else flat[: limit - 1]
    return cut.rstrip(_CUT_ENDS) + "…"


def sentence_end(text: str) -> str:
    """End ``text`` with a full stop unless it ends its sentence already ("…", ".", "?")."""
    bare = text.rstrip().rstrip(_CLOSERS)
    if not bare or bare[-1] in _SENTENCE_ENDS:
        return text
    return text + "."


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
