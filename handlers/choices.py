"""The data carried by choices (Telegram's callback data): short, strict, never trusted.

A choice is ``<action>`` or ``<action>:<arg>[:<arg>]`` in ASCII, at most 64 bytes as
Telegram allows. Decoding accepts only the actions and argument shapes listed here;
anything else (an old button, a forged payload) is refused before any lookup, and
every permission is checked again where the choice is acted on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class Action(StrEnum):
    """What a choice asks for."""

    REGISTER_COMMUNE = "rg"  # arg: organisation id
    REGISTER_UNIT = "ru"  # arg: unit id
    REGISTER_NAME = "rn"  # use the name the platform shows
    APPROVE_REGISTRATION = "ra"  # arg: request id
    REFUSE_REGISTRATION = "rr"  # arg: request id
    OPEN_TASK = "t"  # arg: task id
    SET_PERCENT = "p"  # args: task id, percent
    COMPLETE = "d"  # arg: task id
    REPORT_BLOCKER = "b"  # arg: task id
    ASK_EXTENSION = "x"  # arg: task id
    APPROVE_EXTENSION = "xa"  # arg: extension request id
    REFUSE_EXTENSION = "xr"  # arg: extension request id
    WITHDRAW_EXTENSION = "xw"  # arg: extension request id (the requester's own)
    REFUSE_WITHOUT_REASON = "xn"  # arg: extension request id
    LANGUAGE = "l"  # arg: locale
    CANCEL = "c"
    PERCENT_MENU = "pm"  # arg: task id
    SNOOZE = "z"  # args: task id, working days
    REPORT_FILE = "rf"  # args: format number, quarter, year, unit id (0: none)
    UNLINK_CHAT = "ku"  # arg: chat identity id (one of the writer's own chats)
    CANCEL_LEAVE = "lc"  # arg: leave id (one of the writer's own)
    OPEN_DASHBOARD = "od"  # the writer's own dashboard link (/theodoi)
    CONFIRM_COMPLETION = "cc"  # arg: progress update id (a completion awaiting confirmation)
    RETURN_COMPLETION = "cr"  # arg: progress update id (asks the reason first)
    PLAN_UNIT = "pu"  # args: plan upload id, preview token, unit id (0: a new unit)
    PLAN_CONFIRM = "pc"  # args: plan upload id, preview token
    PLAN_CANCEL = "px"  # arg: plan upload id
    PLAN_ISSUED_ON = "pd"  # args: plan upload id, preview token: type the day it was signed
    PLAN_REVISES = "pr"  # args: plan upload id, preview token, plan id: the file revises it


_ARITY = {
    Action.REGISTER_COMMUNE: 1,
    Action.REGISTER_UNIT: 1,
    Action.REGISTER_NAME: 0,
    Action.APPROVE_REGISTRATION: 1,
    Action.REFUSE_REGISTRATION: 1,
    Action.OPEN_TASK: 1,
    Action.SET_PERCENT: 2,
    Action.COMPLETE: 1,
    Action.REPORT_BLOCKER: 1,
    Action.ASK_EXTENSION: 1,
    Action.APPROVE_EXTENSION: 1,
    Action.REFUSE_EXTENSION: 1,
    Action.WITHDRAW_EXTENSION: 1,
    Action.REFUSE_WITHOUT_REASON: 1,
    Action.LANGUAGE: 1,
    Action.CANCEL: 0,
    Action.PERCENT_MENU: 1,
    Action.SNOOZE: 2,
    Action.REPORT_FILE: 4,
    Action.UNLINK_CHAT: 1,
    Action.CANCEL_LEAVE: 1,
    Action.OPEN_DASHBOARD: 0,
    Action.CONFIRM_COMPLETION: 1,
    Action.RETURN_COMPLETION: 1,
    Action.PLAN_UNIT: 3,
    Action.PLAN_CONFIRM: 2,
    Action.PLAN_CANCEL: 1,
    Action.PLAN_ISSUED_ON: 2,
    Action.PLAN_REVISES: 3,
}
# Every action must say how many arguments it takes.
assert set(_ARITY) == set(Action), set(Action) - set(_ARITY)
_NUMBER = re.compile(r"^[0-9]{1,12}$")
_LOCALE = re.compile(r"^[a-z]{2}$")
MAX_DATA = 64


@dataclass(frozen=True)
class Picked:
    """A decoded choice."""

    action: Action
    args: tuple[str, ...] = ()

    def number(self, index: int = 0) -> int:
        """Return argument ``index`` as an integer (decoding guaranteed it is one)."""
        return int(self.args[index])


def encode(action: Action, *args: int | str) -> str:
    """Return the data of a choice."""
    data = ":".join((action.value, *map(str, args)))
    assert len(data.encode()) <= MAX_DATA, data
    return data


def decode(data: str) -> Picked | None:
    """Return the choice ``data`` stands for, or None when it is not one of ours."""
    if len(data.encode("utf-8", "replace")) > MAX_DATA:
        return None
    action_code, *args = data.split(":")
    try:
        action = Action(action_code)
    except ValueError:
        return None
    if len(args) != _ARITY[action]:
        return None
    if action is Action.LANGUAGE:
        return Picked(action, tuple(args)) if _LOCALE.match(args[0]) else None
    if not all(_NUMBER.match(arg) for arg in args):
        return None
    return Picked(action, tuple(args))
