"""Choices for channels without buttons: a numbered list, answered with the number.

The terminal uses it now and the Zalo channel will: the core's choices are written
as "1. Duyệt  2. Từ chối" and, for a while after they were offered, a reply of
"1" picks the first one.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from handlers.i18n import Translator
from handlers.types import Choice

CHOICE_LIFETIME = 30 * 60.0


@dataclass
class _Offer:
    choices: list[Choice]
    offered_at: float


@dataclass
class NumberedChoices:
    """Remembers, per chat, the choices last offered, and reads a number back."""

    lifetime: float = CHOICE_LIFETIME
    _offers: dict[str, _Offer] = field(default_factory=dict)

    def render(self, chat: str, rows: tuple[tuple[Choice, ...], ...], tr: Translator) -> str:
        """Write the choices as a numbered list and remember them for ``chat``."""
        choices = [choice for row in rows for choice in row]
        if not choices:
            return ""
        self._offers[chat] = _Offer(choices, time.monotonic())
        lines = [f"  {number}. {choice.label}" for number, choice in enumerate(choices, start=1)]
        numbers = [str(number) for number in range(1, len(choices) + 1)]
        hint = (
            tr.gettext("Reply {number}.", number=numbers[0])
            if len(numbers) == 1
            else tr.gettext(
                "Reply {numbers} or {last}.", numbers=", ".join(numbers[:-1]), last=numbers[-1]
            )
        )
        return "\n".join([*lines, hint])

    def pick(self, chat: str, text: str) -> str | None:
        """Return the choice data a bare number picks, or None when the text is not one."""
        offer = self._offers.get(chat)
        stripped = text.strip().rstrip(".")
        if offer is None or not stripped.isdigit():
            return None
        if time.monotonic() - offer.offered_at > self.lifetime:
            del self._offers[chat]
            return None
        index = int(stripped) - 1
        return offer.choices[index].data if 0 <= index < len(offer.choices) else None
