"""The words of the web pages, as msgids the catalogues translate.

The templates hold no language of their own: they print ``t.<key>``, filled here from
English msgids marked with ``N_`` (so ``python -m bot.catalogue update`` finds them in a
Python file) and translated into the person's language when a page is rendered.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from handlers.i18n import Translator
from models.text import N_

LABELS: Mapping[str, str] = MappingProxyType(
    {
        "by_unit": N_("By lead unit"),
        "by_section": N_("By area"),
        "by_commune": N_("By commune"),
        "overdue_tasks": N_("Overdue tasks"),
        "coming": N_("Deadlines in the next 14 days"),
        "needs_date": N_("Tasks needing a date"),
        "stale": N_("No progress report for 14 days"),
        "coordinated_overdue": N_("Overdue tasks the unit coordinates"),
        "all_tasks": N_("All tasks"),
        "files": N_("The report as a file"),
        "filters": N_("Filter"),
        "unit": N_("Unit"),
        "section": N_("Area"),
        "period": N_("Period"),
        "show": N_("Show"),
        "nothing": N_("None."),
        "lead_units": N_("Lead units"),
        "coordinating_units": N_("Coordinating units"),
        "product": N_("Product"),
        "deadline": N_("Deadline"),
        "due_dates": N_("Due dates"),
        "status": N_("Status"),
        "parts": N_("Each lead unit's part"),
        "history": N_("Progress history"),
        "no_history": N_("No progress reported yet."),
        "back": N_("Back to the dashboard"),
        "read_only": N_("Read only: progress is reported in the chat."),
        "open_dashboard": N_("Open the dashboard"),
        "opening": N_("Opening the dashboard…"),
        "needs_script": N_(
            "The dashboard inside Telegram needs JavaScript. Ask the bot for a dashboard "
            "link instead."
        ),
    }
)


def labels(tr: Translator) -> dict[str, str]:
    """Every label of the pages in ``tr``'s language."""
    return {key: tr.gettext(msgid) for key, msgid in LABELS.items()}
