"""Translatable text produced by the domain layer.

``models/`` may not know how the product speaks to a person (that is the job of
``handlers/``), yet its rules have things to say: why a deadline reads as it does,
what is wrong in row 7 of a plan file. They say it as a :class:`Text`: an English
gettext msgid marked with :func:`N_` so that ``pybabel extract`` finds it, plus the
arguments to put into it once it has been translated.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType


def N_(msgid: str) -> str:
    """Mark ``msgid`` for extraction without translating it now."""
    return msgid


def _identity(msgid: str) -> str:
    return msgid


@dataclass(frozen=True)
class Text:
    """A msgid waiting for a translator, with its ``str.format`` arguments."""

    msgid: str
    args: Mapping[str, str | int] = field(default_factory=lambda: MappingProxyType({}))

    def render(self, gettext: Callable[[str], str] = _identity) -> str:
        """Translate with ``gettext`` and fill in the arguments."""
        return gettext(self.msgid).format(**self.args)


def text(msgid: str, /, **args: str | int) -> Text:
    """Build a :class:`Text`; ``msgid`` must already be marked with :func:`N_`."""
    return Text(msgid, MappingProxyType(dict(args)))
