"""Days typed on the command line: 2025-07-01, or as in the chat (01/07/2025, 1/7, mai).

One reader for the chat and the command line (:func:`models.chatdates.read_day`); the
ISO form is read first because scripts write it. A day written without a year is the
nearest such day to today, before or after: ``--from 1/7 --to 31/12`` typed in
December is this year's second half.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from bot.cli.base import fail, os_reason
from bot.runtime import build_clock
from bot.settings import Settings
from handlers.i18n import Translator
from models.chatdates import DateError, read_day
from models.clock import today
from models.deadline import Period
from models.planfile import PERIOD_REVERSED, PlanFileError, read_plan_file
from models.text import text


def settings_today(settings: Settings) -> date:
    """Today on the bot's clock (``NHACVIEC_CLOCK_START`` moves it)."""
    return today(build_clock(settings))


def read_option_day(value: str, option: str, on: date, tr: Translator) -> date:
    """The day ``value`` names, or an end with one line saying how to write it."""
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        pass
    try:
        day = read_day(value, on, future=False)
    except DateError as error:
        fail(tr.gettext("{option}: {problem}", option=option, problem=tr.render(error.message)))
    if day is None:
        fail(
            tr.gettext(
                "{option}: “{value}” is not a day; write it as dd/mm/yyyy or YYYY-MM-DD, "
                "e.g. 01/07/2025.",
                option=option,
                value=value,
            )
        )
    return day


def read_period(
    start: str | None,
    end: str | None,
    default: Callable[[], Period],
    on: date,
    tr: Translator,
) -> Period:
    """The span of ``--from`` and ``--to``; a missing end is ``default()``'s."""
    first = read_option_day(start, "--from", on, tr) if start else None
    last = read_option_day(end, "--to", on, tr) if end else None
    if first is None or last is None:
        fallback = default()
        first, last = first or fallback.start, last or fallback.end
    if first > last:
        fail(tr.render(text(PERIOD_REVERSED)))
    return Period(first, last)


def bundled_period(settings: Settings, tr: Translator) -> Period:
    """The period of the plan file the settings name, read from the file (no database)."""
    path = settings.plan_file
    try:
        document = read_plan_file(path.name, path.read_bytes())
    except OSError as error:
        fail(
            tr.gettext(
                "Cannot read {file}: {reason}.", file=str(path), reason=os_reason(error, tr)
            )
        )
    except PlanFileError:
        fail(
            tr.gettext(
                "The plan file {file} cannot be read; give --from and --to.", file=str(path)
            )
        )
    if document.plan is None:
        fail(
            tr.gettext("The plan file {file} has no period; give --from and --to.", file=str(path))
        )
    return Period(document.plan.start, document.plan.end)
