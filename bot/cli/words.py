"""Words and columns the commands print: kinds of deadline, roles, short titles."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from handlers.i18n import Translator
from models.deadline import ScheduleKind
from models.standing import StandingKind
from models.text import N_

# By value: the engine's kinds (ScheduleKind) and the kinds as they stand (StandingKind).
_KINDS: dict[str, str] = {
    ScheduleKind.ONCE: N_("once"),
    ScheduleKind.MILESTONES: N_("milestones"),
    ScheduleKind.RECURRING: N_("recurring"),
    ScheduleKind.ONGOING: N_("ongoing"),
    ScheduleKind.UNKNOWN: N_("unknown"),
    StandingKind.SET_BY_COORDINATOR: N_("set by the coordinator"),
}

# The roles as the chat names them (models.tables.Role values are the keys).
_ROLES = {
    "officer": N_("officer"),
    "unit_head": N_("unit head"),
    "coordinator": N_("coordinator"),
    "leader": N_("leader"),
}


def kind_label(kind: ScheduleKind | StandingKind, tr: Translator) -> str:
    """What kind of deadline it is, in the reader's language."""
    return tr.gettext(_KINDS[kind])


def role_label(role: str, tr: Translator) -> str:
    """A role as people call it: "cán bộ đầu mối", not "coordinator"."""
    return tr.gettext(_ROLES[role]) if role in _ROLES else role


def short(title: str, limit: int = 70) -> str:
    """A title cut to ``limit`` characters, with an ellipsis when cut."""
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"


def columns(rows: Sequence[Sequence[str]], indent: str = "  ", gap: str = "  ") -> list[str]:
    """Rows laid out in aligned columns (the last column is left as it is).

    Text is composed (NFC) first: a Vietnamese letter with its marks is then one
    character, one column wide, so ``str.ljust`` lines the columns up.
    """
    composed = [[unicodedata.normalize("NFC", cell) for cell in row] for row in rows]
    if not composed:
        return []
    widths = [max(len(row[index]) for row in composed) for index in range(len(composed[0]) - 1)]
    return [
        indent
        + gap.join(
            [cell.ljust(width) for cell, width in zip(row, widths, strict=False)] + [row[-1]]
        )
        for row in composed
    ]
