"""Who sees what on the web: the chat's rules (handlers.access, /baocao), applied per request.

A link or a Mini App session names an officer; what they see is decided when the page
is opened, from who they are then: an officer or a unit head sees their unit's report
(whatever unit a link or a filter asks for), a coordinator or a leader the commune's and
any of its units', an officer of a city the communes under it. A deactivated officer
sees nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlmodel import Session

from handlers.access import sees_whole_plan
from handlers.i18n import Translator
from handlers.reports import CommuneReport, city_reports
from models.officers import OfficerCard, officer_card
from models.periods import Windows
from models.plans import latest_plan
from models.report import Report, build_report
from models.tables import Plan, row_id

if TYPE_CHECKING:
    from bot.web.dashboard import Filters


def active_card(session: Session, officer_id: int) -> OfficerCard | None:
    """The officer a link names, while they still use the bot."""
    card = officer_card(session, officer_id)
    if card is None or not card.officer.active:
        return None
    return card


def city_scope(session: Session, card: OfficerCard, *, now: datetime) -> list[CommuneReport]:
    """The communes' reports an officer of a city sees (as /baocao); empty for a commune's."""
    return city_reports(session, row_id(card.organisation.id), now=now)


@dataclass(frozen=True)
class Scope:
    """The report a person of a commune may see, as narrowed by what they asked."""

    plan: Plan
    unit_code: str | None
    whole_commune: bool  # a coordinator or a leader: the commune and any of its units
    quarter: int | None = None
    year: int | None = None
    asked_unit: str | None = None

    def report(
        self, session: Session, *, now: datetime, windows: Windows = Windows.CALENDAR
    ) -> Report:
        """The report, from the one aggregation, its quarter cut as ``windows`` says (the
        chat's NHACVIEC_REPORT_WINDOWS); ReportError for a unit or quarter that does not
        fit, as in the chat."""
        return build_report(
            session,
            self.plan,
            now=now,
            unit_code=self.unit_code,
            quarter=self.quarter,
            year=self.year,
            windows=windows,
        )

    def notices(self, tr: Translator) -> tuple[str, ...]:
        """What the page says about a filter the role does not allow."""
        if not self.whole_commune and self.asked_unit not in (None, self.unit_code):
            return (tr.gettext("You can see the report of your own unit only; here it is."),)
        return ()


def commune_scope(session: Session, card: OfficerCard, filters: Filters) -> Scope | None:
    """What ``card`` sees of their commune's latest plan; None when it has no plan."""
    plan = latest_plan(session, card.organisation.id)
    if plan is None:
        return None
    whole = sees_whole_plan(card)
    return Scope(
        plan=plan,
        unit_code=filters.unit if whole else card.unit.code,
        whole_commune=whole,
        quarter=filters.quarter,
        year=filters.year,
        asked_unit=filters.unit,
    )
