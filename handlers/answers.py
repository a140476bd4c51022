"""What a person types in answer to a question the bot asked: cancelling it, or a reason.

A question waits for its answer (the ChatState ``step``). Typed alone, a cancel word
closes it like /huy (Zalo has no slash on its keyboard's first page). A reason (for
returning a completion, for refusing more time) is read by one rule, :func:`read_reason`,
so that every question asking for one accepts and refuses the same answers; an answer
it cannot use keeps the question open (:func:`take_reason`).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from handlers.context import Turn
from models.vntext import fold

# Typed alone as the answer to a question, these cancel it like /huy.
_CANCEL_WORDS = frozenset({"huy", "huy bo", "cancel"})
# The longest reason kept: it is passed on in one chat message and stored with the entry.
MAX_REASON = 500


def is_cancel(text: str) -> bool:
    """Whether ``text`` is a cancel word typed alone ("huỷ", "Huỷ bỏ", "cancel")."""
    return " ".join(fold(text).split()) in _CANCEL_WORDS


def cancel_question(turn: Turn) -> None:
    """Close the open question and say so."""
    turn.clear_state()
    turn.say(turn.tr.gettext("Cancelled."))


class ReasonProblem(StrEnum):
    """Why a typed reason cannot be used."""

    CANCELLED = "cancelled"  # a cancel word typed alone: the question is dropped
    EMPTY = "empty"  # nothing but white space
    TOO_LONG = "too_long"  # longer than the limit
    NO_LETTERS = "no_letters"  # not a word in it ("...", "123", "???")


@dataclass(frozen=True)
class ReasonReading:
    """A reason as read: its text with the white space folded, and its problem if any."""

    text: str
    problem: ReasonProblem | None = None


def read_reason(written: str, *, limit: int = MAX_REASON) -> ReasonReading:
    """Read a reason typed in one message.

    Runs of white space (newlines too) become one space, since the reason is quoted
    within a sentence. Too long is checked before letters, so that a long run of dots
    is told its length.
    """
    if is_cancel(written):
        return ReasonReading("", ReasonProblem.CANCELLED)
    reason = " ".join(written.split())
    if not reason:
        return ReasonReading(reason, ReasonProblem.EMPTY)
    if len(reason) > limit:
        return ReasonReading(reason, ReasonProblem.TOO_LONG)
    if not any(character.isalpha() for character in reason):
        return ReasonReading(reason, ReasonProblem.NO_LETTERS)
    return ReasonReading(reason)


def take_reason(turn: Turn, written: str, *, limit: int = MAX_REASON) -> str | None:
    """The reason an answer gives, or None once the question is cancelled or the person
    is told what is wrong with their answer (the question then stays open)."""
    reading = read_reason(written, limit=limit)
    if reading.problem is None:
        return reading.text
    tr = turn.tr
    if reading.problem is ReasonProblem.CANCELLED:
        cancel_question(turn)
    elif reading.problem is ReasonProblem.TOO_LONG:
        turn.say(
            tr.gettext(
                "The reason is too long ({length} characters; at most {limit}). Type a "
                "shorter one (or /huy to decide later).",
                length=len(reading.text),
                limit=limit,
            )
        )
    else:
        turn.say(
            tr.gettext(
                "Type the reason in words, e.g. “Thiếu số liệu của các phòng” (or /huy to "
                "decide later)."
            )
        )
    return None
