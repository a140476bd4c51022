"""Guessing one-time codes: wrong codes are counted and, past a limit, codes are refused.

Every wrong invite or link code counts against the chat that sent it and against the
whole deployment (a guesser with many accounts). While either limit is used up, no
code is taken, not even a right one, so guessing gains nothing; the person is told
how long to wait. Only code redemption is held back: a locked-out chat that belongs
to an officer can do everything else as before.
"""

from __future__ import annotations

import math
from datetime import datetime

from handlers.context import Turn
from handlers.limits import writer_subject
from models.limits import (
    CODE_FAILURES_DEPLOYMENT,
    CODE_FAILURES_PER_CHAT,
    DEPLOYMENT,
    free_at,
    record_event,
)


def codes_locked_out(turn: Turn) -> bool:
    """Tell the writer, and return True, when too many wrong codes were tried lately."""
    tr = turn.tr
    mine = free_at(turn.session, CODE_FAILURES_PER_CHAT, writer_subject(turn), turn.now)
    everyone = free_at(turn.session, CODE_FAILURES_DEPLOYMENT, DEPLOYMENT, turn.now)
    if mine is None and everyone is None:
        return False
    until = max(when for when in (mine, everyone) if when is not None)
    time, minutes = _wait(turn, until)
    if mine is not None:
        turn.say(
            tr.gettext(
                "Too many wrong codes were sent from this chat, so I am not accepting codes "
                "for now. Please try again after {time} (in about {minutes} minutes).",
                time=time,
                minutes=minutes,
            )
        )
    else:
        turn.say(
            tr.gettext(
                "Too many wrong codes were sent to the bot lately, so I am not accepting any "
                "code for now. Please try again after {time} (in about {minutes} minutes).",
                time=time,
                minutes=minutes,
            )
        )
    return True


def code_failed(turn: Turn) -> None:
    """Count one wrong, used or expired code sent by the writer."""
    record_event(turn.session, CODE_FAILURES_PER_CHAT, writer_subject(turn), turn.now)
    record_event(turn.session, CODE_FAILURES_DEPLOYMENT, DEPLOYMENT, turn.now)


def _wait(turn: Turn, until: datetime) -> tuple[str, int]:
    """The local time codes are taken again, and the whole minutes until then."""
    minutes = max(1, math.ceil((until - turn.now).total_seconds() / 60))
    return f"{until.astimezone(turn.now.tzinfo):%H:%M}", minutes
