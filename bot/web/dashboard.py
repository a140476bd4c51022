"""What the dashboard shows one person: their role's picture, read from the one aggregation.

Every number on a page is a :class:`models.report.Counts` that :func:`build_report` or
:func:`build_reports` made, exactly as ``/baocao`` reads it: nothing here counts tasks
again. Who sees what follows the chat (:mod:`bot.web.access`): an officer or a unit head
their unit's report, a coordinator or a leader the commune's (and any unit's), an officer
of a city its communes. The page only chooses what to list and how wide a bar is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlmodel import Session, col, select

from bot.web.access import Scope, city_scope, commune_scope
from bot.web.signing import FileSpec
from handlers.i18n import Translator
from handlers.reporting.files import FileFormat
from handlers.reports import CommuneReport, rate_phrase
from handlers.tasks import status_label
from models.officers import OfficerCard
from models.periods import Windows
from models.planfile import ALL_UNITS_LABEL
from models.progress import history
from models.report import Counts, GroupLine, Report, ReportError, TaskLine, sum_counts
from models.status import DONE_STATUSES, TaskStatus, next_due_date
from models.tables import Officer, Plan, ProgressKind, UnitRole

# The lists of deadlines look this many days ahead, as /hanchot does.
COMING_DAYS = 14
HISTORY_ENTRIES = 20
# The five states a task of a report is in, in the order the official reports name them.
STATE_KEYS = ("done_on_time", "done_late", "within", "overdue", "no_deadline")
_STATE_OF = {
    TaskStatus.DONE_ON_TIME: "done_on_time",
    TaskStatus.DONE_LATE: "done_late",
    TaskStatus.IN_PROGRESS: "within",
    TaskStatus.NOT_STARTED: "within",
    TaskStatus.OVERDUE: "overdue",
    TaskStatus.NO_DEADLINE: "no_deadline",
}
# Quarters are written in Roman numerals, as /baocao and the official reports write them.
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
_UNIT_CODE = re.compile(r"^[a-z0-9_-]{1,32}$")
_SECTION_CODE = re.compile(r"^[A-Za-z0-9.]{1,16}$")
_PERIOD = re.compile(r"^([1-4])-(\d{4})$")


@dataclass(frozen=True)
class Filters:
    """What a person narrowed the dashboard to; anything unreadable is ignored."""

    unit: str | None = None
    section: str | None = None
    quarter: int | None = None
    year: int | None = None

    @classmethod
    def from_query(cls, query: Mapping[str, str]) -> Filters:
        """Read ``?unit=kinhte&section=II&period=4-2025``."""
        unit = query.get("unit", "").strip().lower()
        section = query.get("section", "").strip()
        period = _PERIOD.match(query.get("period", "").strip())
        return cls(
            unit=unit if _UNIT_CODE.match(unit) else None,
            section=section if _SECTION_CODE.match(section) else None,
            quarter=int(period.group(1)) if period else None,
            year=int(period.group(2)) if period else None,
        )

    @property
    def period(self) -> str:
        """The period as the filter form writes it ("4-2025"), or "" for the whole plan."""
        return f"{self.quarter}-{self.year}" if self.quarter and self.year else ""


class Links:
    """Where a page's links lead; the web application fills them in."""

    def __init__(
        self,
        *,
        task: Callable[[int], str],
        file: Callable[[FileSpec], str],
        dashboard: str,
        static: str,
    ) -> None:
        self.task = task
        self.file = file
        self.dashboard = dashboard
        self.static = static


@dataclass(frozen=True)
class Segment:
    """One state's share of a bar, as a width from 0 to 100 (a CSS class ``w-N``)."""

    key: str
    width: int
    count: int


@dataclass(frozen=True)
class Bar:
    """A group's line: its name, its rate in words, and its states as one bar."""

    name: str
    summary: str
    segments: tuple[Segment, ...]
    chosen: bool = False


@dataclass(frozen=True)
class State:
    """One of the five totals: the key the page colours it by, its name, its count."""

    key: str
    label: str
    count: int


@dataclass(frozen=True)
class TaskItem:
    """A task in a list, with what the list is about (days overdue, the date ahead)."""

    code: str
    title: str
    lead: str
    state: str
    status: str
    percent: int
    detail: str
    href: str


@dataclass(frozen=True)
class Option:
    """One choice of a filter."""

    value: str
    label: str
    selected: bool


@dataclass(frozen=True)
class FileLink:
    """A report file, behind a link signed for the person."""

    label: str
    href: str


@dataclass(frozen=True)
class Totals:
    """The headline: how many tasks, due, the rate, the five states and their bar."""

    counts: Counts
    line: str
    rate: str
    states: tuple[State, ...]
    bar: tuple[Segment, ...]


@dataclass(frozen=True)
class CommunePage:
    """A commune's picture, or a unit's within it."""

    organisation: str
    plan_title: str
    headings: tuple[str, ...]  # the unit, the quarter, the day, as the chat writes them
    totals: Totals
    units: tuple[Bar, ...]
    parts_note: str
    sections: tuple[Bar, ...]
    coordinated: str
    overdue: tuple[TaskItem, ...]
    coming: tuple[TaskItem, ...]
    needs_date: tuple[TaskItem, ...]
    stale: tuple[TaskItem, ...]
    coordinated_overdue: tuple[TaskItem, ...]
    all_tasks: tuple[tuple[str, tuple[TaskItem, ...]], ...]
    unit_options: tuple[Option, ...]
    section_options: tuple[Option, ...]
    period_options: tuple[Option, ...]
    files: tuple[FileLink, ...]
    notices: tuple[str, ...] = ()


@dataclass(frozen=True)
class CityPage:
    """A city's picture: its communes' totals added up, and a bar per commune."""

    city: str
    headings: tuple[str, ...]
    totals: Totals
    communes: tuple[Bar, ...]


@dataclass(frozen=True)
class Notice:
    """A page with only a message (no plan yet, a quarter outside the plan)."""

    title: str
    message: str


@dataclass(frozen=True)
class HistoryItem:
    """One entry of a task's history."""

    at: str
    who: str
    what: str


@dataclass(frozen=True)
class TaskPage:
    """One task in full, with its history."""

    code: str
    title: str
    section: str
    lead: str
    coordinating: str
    product: str
    deadline_text: str
    due_dates: tuple[str, ...]
    state: str
    status: str
    percent: int
    parts: tuple[TaskItem, ...]
    history: tuple[HistoryItem, ...] = field(default_factory=tuple)


def dashboard_page(
    session: Session,
    card: OfficerCard,
    filters: Filters,
    *,
    now: datetime,
    tr: Translator,
    links: Links,
    windows: Windows = Windows.CALENDAR,
) -> CommunePage | CityPage | Notice:
    """The dashboard as ``card``'s role sees it, narrowed by ``filters``."""
    communes = city_scope(session, card, now=now)
    if communes:
        return _city_page(card.organisation.name, communes, tr)
    scope = commune_scope(session, card, filters)
    if scope is None:
        return Notice(tr.gettext("Nothing to show"), tr.gettext("Your commune has no plan yet."))
    try:
        report = scope.report(session, now=now, windows=windows)
    except ReportError as error:
        return Notice(tr.gettext("Nothing to show"), tr.render(error.message))
    return _commune_page(scope, report, filters, tr, links)


def task_page(
    session: Session,
    card: OfficerCard,
    task_id: int,
    *,
    now: datetime,
    tr: Translator,
    windows: Windows = Windows.CALENDAR,
) -> TaskPage | None:
    """One task as ``card`` sees it in the chat; None when it is not theirs to see."""
    if city_scope(session, card, now=now):
        return None  # a city sees its communes' totals, as /baocao shows it, not their tasks
    scope = commune_scope(session, card, Filters())
    if scope is None:
        return None
    report = scope.report(session, now=now, windows=windows)
    line = next((line for line in report.tasks if line.id == task_id), None)
    if line is None:
        return None
    return TaskPage(
        code=line.code,
        title=line.title,
        section=line.section,
        lead=_lead(line, tr),
        coordinating=", ".join(unit.name for unit in line.coordinating),
        product=line.product,
        deadline_text=line.deadline_text,
        due_dates=tuple(tr.weekday_date(due) for due in line.due_dates),
        state=_STATE_OF[line.task_status],
        status=status_label(tr, line.task_status),
        percent=line.task_percent,
        parts=tuple(
            TaskItem(
                code=line.code,
                title=share.unit.name,
                lead=share.unit.name,
                state=_STATE_OF[share.status],
                status=status_label(tr, share.status),
                percent=share.percent,
                detail="",
                href="",
            )
            for share in line.shares
        ),
        history=_history(session, task_id, now, tr),
    )


# --- The commune's page -----------------------------------------------------------------------


def _commune_page(
    scope: Scope, report: Report, filters: Filters, tr: Translator, links: Links
) -> CommunePage:
    section = next((group for group in report.sections if group.code == filters.section), None)
    led = _in_section(report.led, section)
    shown = {line.id for line in led}

    def in_view(lines: Iterable[TaskLine]) -> Iterator[TaskLine]:
        """The lines among the tasks shown (those led, in the section chosen)."""
        return (line for line in lines if line.id in shown)

    counts = report.totals if section is None else section.counts
    headings = [tr.gettext("As of {day}.", day=tr.weekday_date(report.as_of))]
    if report.unit is not None:
        headings.insert(0, tr.gettext("Unit: {unit}", unit=report.unit.name))
    if report.quarter is not None:
        year = report.year or report.period_end.year
        quarter = ROMAN[report.quarter]
        headings.insert(-1, tr.gettext("Quarter {quarter}/{year}", quarter=quarter, year=year))
    if section is not None:
        headings.insert(-1, f"{section.code}. {section.name}")
    return CommunePage(
        organisation=report.organisation_name,
        plan_title=report.plan_title,
        headings=tuple(headings),
        totals=_totals(counts, tr, unit_report=report.unit is not None),
        units=() if report.unit is not None or section else _bars(report.units, tr),
        parts_note=_parts_note(report, tr) if section is None else "",
        sections=_bars(
            (group for group in report.sections if group.counts.tasks),
            tr,
            named=lambda group: f"{group.code}. {group.name}",
            chosen=filters.section,
        ),
        coordinated=_coordinated(report, tr),
        overdue=_overdue_items(in_view(report.overdue), tr, links),
        coming=_coming(led, report.as_of, tr, links),
        needs_date=_items(in_view(report.no_deadline), tr, links),
        stale=_items(in_view(report.stale), tr, links),
        coordinated_overdue=_overdue_items(
            (
                line
                for line in _in_section(report.coordinated, section)
                if line.status is TaskStatus.OVERDUE
            ),
            tr,
            links,
        ),
        all_tasks=_by_section(report, section, tr, links),
        unit_options=_unit_options(scope, report, tr),
        section_options=_section_options(report, filters, tr),
        period_options=_period_options(scope.plan, report, tr),
        files=_files(report, tr, links),
        notices=scope.notices(tr),
    )


def _in_section(lines: Sequence[TaskLine], section: GroupLine | None) -> tuple[TaskLine, ...]:
    if section is None:
        return tuple(lines)
    return tuple(line for line in lines if line.section == section.code)


def _totals(counts: Counts, tr: Translator, *, unit_report: bool = False) -> Totals:
    if unit_report:
        line = tr.gettext(
            "Tasks the unit leads: {tasks}; due so far: {due}.", tasks=counts.tasks, due=counts.due
        )
    else:
        line = tr.gettext("Tasks: {tasks}; due so far: {due}.", tasks=counts.tasks, due=counts.due)
    labels = {
        "done_on_time": tr.gettext("Completed on time"),
        "done_late": tr.gettext("Completed late"),
        "within": tr.gettext("Not completed, within the deadline"),
        "overdue": tr.gettext("Not completed, overdue"),
        "no_deadline": tr.gettext("No deadline yet"),
    }
    values = state_counts(counts)
    return Totals(
        counts=counts,
        line=line,
        rate=rate_phrase(counts, tr),
        states=tuple(State(key, labels[key], values[key]) for key in STATE_KEYS),
        bar=segments(counts),
    )


def state_counts(counts: Counts) -> dict[str, int]:
    """The five states of a group, which add up to its tasks."""
    return {
        "done_on_time": counts.done_on_time,
        "done_late": counts.done_late,
        "within": counts.in_progress,
        "overdue": counts.overdue,
        "no_deadline": counts.no_deadline,
    }


def segments(counts: Counts) -> tuple[Segment, ...]:
    """The bar of a group: each state's width in whole percents, adding up to 100.

    Largest remainders: the widths are rounded down, and the points left over go to the
    states that lost the most by it, so that a bar is always exactly full.
    """
    values = state_counts(counts)
    total = sum(values.values())
    if total == 0:
        return tuple(Segment(key, 0, 0) for key in STATE_KEYS)
    exact = {key: values[key] * 100 / total for key in STATE_KEYS}
    widths = {key: int(exact[key]) for key in STATE_KEYS}
    left = 100 - sum(widths.values())
    for key in sorted(STATE_KEYS, key=lambda key: widths[key] - exact[key])[:left]:
        widths[key] += 1
    return tuple(Segment(key, widths[key], values[key]) for key in STATE_KEYS)


def _bars(
    groups: Iterable[GroupLine],
    tr: Translator,
    *,
    named: Callable[[GroupLine], str] = lambda group: group.name,
    chosen: str | None = None,
) -> tuple[Bar, ...]:
    return tuple(_bar(named(group), group.counts, tr, group.code == chosen) for group in groups)


def _bar(name: str, counts: Counts, tr: Translator, chosen: bool = False) -> Bar:
    """A group's line: its rate and overdue tasks in words, its states as one bar."""
    summary = tr.gettext(
        "completed {rate}; overdue {overdue}", rate=rate_phrase(counts, tr), overdue=counts.overdue
    )
    return Bar(name, summary, segments(counts), chosen)


def _parts_note(report: Report, tr: Translator) -> str:
    """Why the units' lines add up to more than the tasks, when they do (as /baocao says)."""
    parts = report.parts
    if report.unit is not None or parts.tasks == report.totals.tasks:
        return ""
    return tr.gettext(
        "Each lead unit is counted for its own part: {parts} parts in {tasks} tasks, "
        "{done} of them done. A task led by several units is done when every one of "
        "them has done its part.",
        parts=parts.tasks,
        tasks=report.totals.tasks,
        done=parts.done,
    )


def _coordinated(report: Report, tr: Translator) -> str:
    """A unit's report: the tasks it coordinates, apart, since they are not its to count."""
    own = report.unit_line
    if own is None:
        return ""
    counts = own.coordinating
    return tr.gettext(
        "Tasks the unit coordinates (not counted above): {tasks}; the lead units have "
        "completed {rate}; overdue {overdue}.",
        tasks=counts.tasks,
        rate=rate_phrase(counts, tr),
        overdue=counts.overdue,
    )


def _lead(line: TaskLine, tr: Translator) -> str:
    if line.lead_is_all_units:
        return tr.gettext(ALL_UNITS_LABEL)
    return ", ".join(unit.name for unit in line.leads)


def _items(
    lines: Iterable[TaskLine],
    tr: Translator,
    links: Links,
    detail: Callable[[TaskLine], str] | None = None,
) -> tuple[TaskItem, ...]:
    return tuple(_item(line, tr, links, detail(line) if detail else "") for line in lines)


def _overdue_items(
    lines: Iterable[TaskLine], tr: Translator, links: Links
) -> tuple[TaskItem, ...]:
    """Overdue tasks, each with how many days it is overdue."""
    return _items(
        lines, tr, links, lambda line: tr.gettext("{days} days overdue", days=line.days_overdue)
    )


def _item(line: TaskLine, tr: Translator, links: Links, detail: str) -> TaskItem:
    return TaskItem(
        code=line.code,
        title=line.title,
        lead=_lead(line, tr),
        state=_STATE_OF[line.status],
        status=status_label(tr, line.status),
        percent=line.percent,
        detail=detail,
        href=links.task(line.id),
    )


def _coming(
    lines: Sequence[TaskLine], as_of: date, tr: Translator, links: Links
) -> tuple[TaskItem, ...]:
    """Tasks not done with a due date in the next 14 days, the nearest first."""
    ahead = []
    for line in lines:
        if line.status in DONE_STATUSES:
            continue
        due = next_due_date(line.due_dates, as_of)
        if due is not None and due <= as_of + timedelta(days=COMING_DAYS):
            ahead.append((due, line))
    ahead.sort(key=lambda pair: pair[0])
    return tuple(_item(line, tr, links, _due_phrase(due, as_of, tr)) for due, line in ahead)


def _due_phrase(due: date, as_of: date, tr: Translator) -> str:
    days = (due - as_of).days
    left = tr.gettext("due today") if days == 0 else tr.gettext("{days} days left", days=days)
    return f"{tr.weekday_date(due)} ({left})"


def _by_section(
    report: Report, section: GroupLine | None, tr: Translator, links: Links
) -> tuple[tuple[str, tuple[TaskItem, ...]], ...]:
    groups = []
    for group in report.sections:
        if section is not None and group.code != section.code:
            continue
        lines = [line for line in report.tasks if line.section == group.code]
        if lines:
            items = tuple(_item(line, tr, links, _share_phrase(line, tr)) for line in lines)
            groups.append((f"{group.code}. {group.name}", items))
    return tuple(groups)


def _share_phrase(line: TaskLine, tr: Translator) -> str:
    """The percent; a task the unit only coordinates says so, since it is not its to count."""
    if line.role is UnitRole.COORDINATING:
        return tr.gettext("{percent}% (coordinating)", percent=line.percent)
    return f"{line.percent}%"


def _unit_options(scope: Scope, report: Report, tr: Translator) -> tuple[Option, ...]:
    """The units to narrow to: only for those who see the whole commune."""
    if not scope.whole_commune:
        return ()
    chosen = report.unit.code if report.unit else ""
    units = ((group.code, group.name) for group in report.units)
    return _options(tr.gettext("Whole commune"), units, chosen)


def _section_options(report: Report, filters: Filters, tr: Translator) -> tuple[Option, ...]:
    """Every area with tasks; a section chosen that has none is not kept."""
    sections = [
        (group.code, f"{group.code}. {group.name}")
        for group in report.sections
        if group.counts.tasks
    ]
    chosen = filters.section or ""
    if chosen not in (code for code, _ in sections):
        chosen = ""
    return _options(tr.gettext("All areas"), sections, chosen)


def _period_options(plan: Plan, report: Report, tr: Translator) -> tuple[Option, ...]:
    """The whole plan, and each quarter the plan's period touches."""
    chosen = f"{report.quarter}-{report.year}" if report.quarter and report.year else ""
    quarters = []
    year, quarter = plan.period_start.year, (plan.period_start.month - 1) // 3 + 1
    while (year, quarter) <= (plan.period_end.year, (plan.period_end.month - 1) // 3 + 1):
        label = tr.gettext("Quarter {quarter}/{year}", quarter=ROMAN[quarter], year=year)
        quarters.append((f"{quarter}-{year}", label))
        year, quarter = (year + 1, 1) if quarter == 4 else (year, quarter + 1)
    return _options(tr.gettext("Whole plan"), quarters, chosen)


def _options(
    everything: str, choices: Iterable[tuple[str, str]], chosen: str
) -> tuple[Option, ...]:
    """A filter's choices: ``everything`` (no narrowing, the value ""), then each
    (value, label) of ``choices``; the one whose value is ``chosen`` is selected."""
    return (
        Option("", everything, chosen == ""),
        *(Option(value, label, value == chosen) for value, label in choices),
    )


def _files(report: Report, tr: Translator, links: Links) -> tuple[FileLink, ...]:
    """The same report (unit, quarter) as Word, Excel and chart, each behind its own link."""
    unit = report.unit.code if report.unit else None
    labels = {
        FileFormat.DOCX: tr.gettext("Word report"),
        FileFormat.XLSX: tr.gettext("Excel workbook"),
        FileFormat.PNG: tr.gettext("Chart"),
    }
    return tuple(
        FileLink(label, links.file(FileSpec(file_format, unit, report.quarter, report.year)))
        for file_format, label in labels.items()
    )


# --- A city's page ------------------------------------------------------------------------------


def _city_page(city: str, communes: list[CommuneReport], tr: Translator) -> CityPage:
    """As /baocao shows a city: the sum over its communes, then each commune, lowest rate first."""
    totals = sum_counts(item.report.totals for item in communes)
    ranked = sorted(communes, key=lambda item: item.report.totals.completion_rate)
    return CityPage(
        city=city,
        headings=(
            tr.gettext("As of {day}.", day=tr.weekday_date(communes[0].report.as_of)),
            tr.gettext(
                "Communes: {count}; tasks: {tasks}; due so far: {due}.",
                count=len(communes),
                tasks=totals.tasks,
                due=totals.due,
            ),
        ),
        totals=_totals(totals, tr),
        communes=tuple(_bar(item.organisation.name, item.report.totals, tr) for item in ranked),
    )


# --- A task's history ---------------------------------------------------------------------------


def _history(
    session: Session, task_id: int, now: datetime, tr: Translator
) -> tuple[HistoryItem, ...]:
    entries = history(session, task_id, limit=HISTORY_ENTRIES)
    ids = {entry.officer_id for entry in entries if entry.officer_id is not None}
    names = dict(
        session.exec(select(Officer.id, Officer.full_name).where(col(Officer.id).in_(ids))).all()
    )
    items = []
    for entry in entries:
        when = entry.created_at.astimezone(now.tzinfo)
        who = names.get(entry.officer_id, "—") if entry.officer_id else "—"
        what = f"{entry.percent}%" if entry.percent is not None else ""
        if entry.kind == ProgressKind.BLOCKER:
            what = tr.gettext("problem:")
        document = f"[{entry.document_ref}]" if entry.document_ref else ""
        note = " ".join(part for part in (what, entry.note, document) if part)
        items.append(HistoryItem(f"{when:%d/%m/%Y %H:%M}", who, note))
    return tuple(items)
