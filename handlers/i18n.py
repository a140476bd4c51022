"""Translations and the Vietnamese way of writing dates and numbers.

Every string a person reads goes through a :class:`Translator`. The catalogues are
the ``.po`` files under ``locales/`` (msgids in English, Vietnamese the default and
always complete); they are read with Babel at first use, so no compiled ``.mo``
file has to be built or committed.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

from babel.dates import format_date
from babel.messages.pofile import read_po
from babel.numbers import format_decimal

from models.text import Text

LOCALES_DIR = Path(__file__).resolve().parent.parent / "locales"
DEFAULT_LOCALE = "vi"
SUPPORTED_LOCALES = ("vi", "en")
DOMAIN = "messages"


@cache
def _catalogue(locale: str) -> dict[str, str]:
    path = LOCALES_DIR / locale / "LC_MESSAGES" / f"{DOMAIN}.po"
    if not path.exists():
        return {}
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=locale)
    return {
        message.id: message.string
        for message in catalog
        if isinstance(message.id, str)
        and isinstance(message.string, str)
        and message.id
        and message.string
        and not message.fuzzy
    }


class Translator:
    """Translates msgids into one language and formats values the way it writes them."""

    def __init__(self, locale: str = DEFAULT_LOCALE) -> None:
        self.locale = locale if locale in SUPPORTED_LOCALES else DEFAULT_LOCALE
        self._messages = _catalogue(self.locale)

    def gettext(self, msgid: str, /, **args: object) -> str:
        """Translate ``msgid`` and fill in ``args`` (``str.format`` placeholders)."""
        translated = self._messages.get(msgid, msgid)
        return translated.format(**args) if args else translated

    def render(self, value: Text) -> str:
        """Translate a :class:`~models.text.Text` produced by the domain layer."""
        return value.render(lambda msgid: self._messages.get(msgid, msgid))

    def date(self, day: dt.date) -> str:
        """Write a day as dd/mm/yyyy, the form Vietnamese documents use."""
        return day.strftime("%d/%m/%Y")

    def weekday_date(self, day: dt.date) -> str:
        """Write a day with its weekday: ``thứ Ba, 09/12/2025``."""
        weekday = format_date(day, "EEEE", locale=self.locale)
        if self.locale == "vi":
            # CLDR capitalises "Thứ Ba"; mid-sentence an official writes "thứ Ba", "Chủ nhật".
            weekday = (
                "Chủ nhật" if weekday.lower() == "chủ nhật" else weekday[0].lower() + weekday[1:]
            )
        return f"{weekday}, {self.date(day)}"

    def percent(self, ratio: float) -> str:
        """Write a ratio (0.625) as a percentage the way reports do: ``62,5%``."""
        return format_decimal(round(ratio * 100, 1), "#,##0.#", locale=self.locale) + "%"


def translator(locale: str | None = None) -> Translator:
    """Return the translator of ``locale`` (Vietnamese when None or unsupported)."""
    return Translator(locale or DEFAULT_LOCALE)
