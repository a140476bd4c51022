"""The report as a picture: each lead unit's milestones as one bar split by official state.

A bar counts the unit's own parts of the milestones due in the report's period
(:attr:`models.report.GroupLine.milestones`: a milestone led by several units is one part
for each), in the four official states and "no deadline yet", so the bars are the units'
milestone lines of the JSON, the Word report and the workbook. A unit's report draws two
bars: its parts of the milestones it leads (its milestone totals) and, apart, the tasks it
coordinates. Those awaiting confirmation are counted as not completed and said under the
title, on a line of their own.

Drawn on a bare :class:`matplotlib.figure.Figure` with its own Agg canvas, never through
``pyplot``, so that charts made at the same time in one process share no global state,
and every text names its font itself (DejaVu Sans, shipped with matplotlib, has every
Vietnamese letter) instead of trusting whatever ``rcParams`` say. Names from the plan
and the database are cleaned of control characters and never read as mathtext (a
"$...$" in a unit name is printed as written, not parsed).
"""

from __future__ import annotations

import io
import math
import textwrap
from collections.abc import Callable
from dataclasses import dataclass

from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.ticker import MaxNLocator

from handlers.i18n import Translator
from handlers.reporting.excel import scope_line
from handlers.reporting.periods import awaiting_line, official_states
from models.report import NO_TASKS, Counts, GroupLine, Report
from models.vntext import clean_text

FONT_FAMILY = "DejaVu Sans"
DPI = 150
WIDTH_PX, HEIGHT_PX = 1600, 900
# A unit name longer than this goes on two lines beside its bar.
NAME_LINE_CHARS = 26
# Room on the right of the longest bar for its "done/total, rate" label.
RIGHT_MARGIN = 1.25
# Points between the bars and the title: room for the two lines of the subtitle under it.
TITLE_PAD = 44
SUBTITLE_LINE_PT = 16  # more room for each further line of the subtitle
# The five states' names do not fit on one line under the bars: three, then two.
LEGEND_COLUMNS = 3


@dataclass(frozen=True)
class Segment:
    """One of the four official statuses: its label, colours and count in a group."""

    label: str
    colour: str
    text_colour: str  # of the numbers written inside the segment
    count: Callable[[Counts], int]


# The colours of the states, in the order official_states gives them.
_STATE_COLOURS = (
    ("#2E7D32", "white"),  # completed on time
    ("#9CCC65", "black"),  # completed late
    ("#FBC02D", "black"),  # not completed, within the deadline
    ("#C62828", "white"),  # not completed, overdue
    ("#BDBDBD", "black"),  # no deadline yet
)


def official_segments(tr: Translator) -> tuple[Segment, ...]:
    """The four states of an official report, then "no deadline yet", in reading order;
    named as /baocao, the Word report and the workbook name them."""
    labels = [state.label for state in official_states(NO_TASKS, tr)]
    counters = (_done_on_time, _done_late, _in_progress, _overdue, _no_deadline)
    return tuple(
        Segment(label, colour, text_colour, count)
        for label, (colour, text_colour), count in zip(
            labels, _STATE_COLOURS, counters, strict=True
        )
    )


def _done_on_time(counts: Counts) -> int:
    return counts.done_on_time


def _done_late(counts: Counts) -> int:
    return counts.done_late


def _in_progress(counts: Counts) -> int:
    return counts.in_progress


def _overdue(counts: Counts) -> int:
    return counts.overdue


def _no_deadline(counts: Counts) -> int:
    return counts.no_deadline


def chart_png(report: Report, tr: Translator) -> bytes:
    """The chart of :func:`status_chart` as a PNG of 1600x900 pixels at 150 dpi."""
    figure = status_chart(report, tr)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=DPI)
    return buffer.getvalue()


def status_chart(report: Report, tr: Translator) -> Figure:
    """A horizontal stacked bar per lead unit, split into the official states."""
    figure = Figure(figsize=(WIDTH_PX / DPI, HEIGHT_PX / DPI), dpi=DPI, layout="constrained")
    FigureCanvasAgg(figure)  # attaches itself: the figure renders without pyplot
    axes = figure.add_subplot()
    groups = chart_groups(report, tr)
    positions = list(range(len(groups)))
    left = [0] * len(groups)
    for segment in official_segments(tr):
        values = [segment.count(group.counts) for group in groups]
        bars = axes.barh(positions, values, left=left, color=segment.colour, label=segment.label)
        axes.bar_label(
            bars,
            labels=[str(value) if value > 0 else "" for value in values],
            label_type="center",
            color=segment.text_colour,
            fontproperties=_font(10, bold=True),
        )
        left = [start + value for start, value in zip(left, values, strict=True)]
    _label_totals(axes, groups, tr)
    _dress_axes(axes, groups, positions, max(left, default=0), tr)
    _titles(axes, report, tr)
    return figure


def chart_groups(report: Report, tr: Translator) -> tuple[GroupLine, ...]:
    """The bars, each a group whose ``counts`` it draws: every lead unit's parts of the
    period's milestones, or a unit's own parts and the tasks it coordinates."""
    own = report.unit_line
    if own is None:
        return tuple(GroupLine(group.code, group.name, group.milestones) for group in report.units)
    return (
        GroupLine(own.code, tr.gettext("Milestones the unit leads (its part)"), own.milestones),
        GroupLine(own.code, tr.gettext("Tasks the unit coordinates"), own.coordinating),
    )


def _label_totals(axes: Axes, groups: tuple[GroupLine, ...], tr: Translator) -> None:
    """Write "done/total, rate" just past the end of each bar."""
    for position, group in enumerate(groups):
        axes.annotate(
            _rate(group.counts, tr),
            xy=(group.counts.tasks, position),
            xytext=(6, 0),
            textcoords="offset points",
            va="center",
            fontproperties=_font(10),
        )


def _rate(counts: Counts, tr: Translator) -> str:
    # The wording of /baocao ("2/8, đạt 25%"); handlers.reports imports this module, so its
    # rate_phrase cannot be imported back.
    return tr.gettext(
        "{done}/{total}, {rate}",
        done=counts.done,
        total=counts.tasks,
        rate=tr.percent(counts.completion_rate),
    )


def _dress_axes(
    axes: Axes,
    groups: tuple[GroupLine, ...],
    positions: list[int],
    longest: int,
    tr: Translator,
) -> None:
    axes.set_yticks(
        positions,
        [_two_lines(clean_text(group.name)) for group in groups],
        fontproperties=_font(10),
        parse_math=False,
    )
    axes.tick_params(axis="y", length=0)
    axes.invert_yaxis()  # the first unit of the plan on top, as in the written report
    axes.set_xlim(0, max(longest, 1) * RIGHT_MARGIN)
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    axes.tick_params(axis="x", labelfontfamily=FONT_FAMILY, labelsize=9)
    axes.set_xlabel(tr.gettext("Number of milestones"), fontproperties=_font(10))
    axes.grid(axis="x", color="#DDDDDD", linewidth=0.8)
    axes.set_axisbelow(True)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    axes.legend(
        loc="upper center",
        bbox_to_anchor=(0.5, -0.1),
        ncol=LEGEND_COLUMNS,
        frameon=False,
        handlelength=1.5,
        columnspacing=1.5,
        prop=_font(9.5),
    )


def _titles(axes: Axes, report: Report, tr: Translator) -> None:
    """The title, then the plan and the report day, centred over the bars like the legend."""
    title = (
        tr.gettext("Milestones of the period by lead unit")
        if report.unit is None
        else tr.gettext("Milestones of the period of the unit")
    )
    subtitle = [report.plan_title, scope_line(report, tr)]
    if report.milestone_totals.awaiting:
        subtitle.append(awaiting_line(report.milestone_totals, tr))
    axes.set_title(
        title,
        fontproperties=_font(15, bold=True),
        pad=TITLE_PAD + SUBTITLE_LINE_PT * (len(subtitle) - 2),
    )
    axes.annotate(
        clean_text("\n".join(subtitle)),
        xy=(0.5, 1.0),
        xycoords="axes fraction",
        xytext=(0, 8),
        textcoords="offset points",
        ha="center",
        va="bottom",
        color="#333333",
        fontproperties=_font(11),
        parse_math=False,
    )


def _two_lines(name: str) -> str:
    """Break a long unit name into two lines of about the same length."""
    if len(name) <= NAME_LINE_CHARS:
        return name
    width = math.ceil(len(name) / 2)
    # Words do not split evenly; widen until the name fits on two lines.
    while len(lines := textwrap.wrap(name, width)) > 2:
        width += 1
    return "\n".join(lines)


def _font(size: float, *, bold: bool = False) -> FontProperties:
    return FontProperties(family=FONT_FAMILY, size=size, weight="bold" if bold else "normal")
