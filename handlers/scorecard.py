"""The units' scorecard in words: a short ranking under ``/baocao``, and the leaders'
monthly digest (scheduler.digests). The figures are :mod:`models.scorecard`'s."""

from __future__ import annotations

from babel.numbers import format_decimal

from handlers.i18n import Translator
from handlers.reporting.periods import period_name
from models.report import Report
from models.scorecard import Scorecard, ScoreLine, Weights

# Under /baocao: the best and the last few units, so that the ranking fits a phone screen.
RANKING_FEW = 2


def ranking_lines(card: Scorecard, tr: Translator, *, few: int = RANKING_FEW) -> list[str]:
    """The short ranking of a commune's ``/baocao``: the best and the last ``few`` units
    (all of them when that leaves out at most one); nothing when no unit has a milestone
    judged yet."""
    best, last = card.ends(few)
    if not best:
        return []
    lines = ["", tr.gettext("Units ranked by their milestones:")]
    lines += [score_line(line, tr) for line in best]
    if last:
        lines.append("…")
        lines += [score_line(line, tr) for line in last]
    return lines


def own_place_lines(card: Scorecard, unit_code: str, tr: Translator) -> list[str]:
    """A unit's ``/baocao``: its own place among the units, nothing while unranked."""
    ranked = card.ranked
    line = next((line for line in ranked if line.code == unit_code), None)
    if line is None:
        return []
    return [
        "",
        tr.gettext(
            "Place among the units: {rank}/{count}; {summary}.",
            rank=line.rank,
            count=len(ranked),
            summary=_summary(line, tr),
        ),
    ]


def score_line(line: ScoreLine, tr: Translator) -> str:
    """``1. Phòng Kinh tế: đúng hạn 5/6 (83,3%), hoàn thành muộn 1, quá hạn 0; điểm 91,7%``."""
    return tr.gettext(
        "{rank}. {unit}: {summary}", rank=line.rank, unit=line.name, summary=_summary(line, tr)
    )


def _summary(line: ScoreLine, tr: Translator) -> str:
    return tr.gettext(
        "on time {on_time}/{judged} ({rate}), late {late}, overdue {overdue}; score {score}",
        on_time=line.on_time,
        judged=line.judged,
        rate=tr.percent(line.on_time_rate or 0.0),
        late=line.late,
        overdue=line.overdue,
        score=tr.percent(line.score or 0.0),
    )


def weights_phrase(weights: Weights, tr: Translator) -> str:
    """How the score is made: ``Điểm = đúng hạn x 1, hoàn thành muộn x 0,5, quá hạn x 0``."""
    return tr.gettext(
        "Score: on time x {on_time}, late x {late}, overdue x {overdue}, over the milestones "
        "judged (done, or overdue).",
        on_time=_number(weights.on_time, tr),
        late=_number(weights.late, tr),
        overdue=_number(weights.overdue, tr),
    )


def _number(value: float, tr: Translator) -> str:
    # A weight as the reader writes numbers: 0,5 in Vietnamese, 0.5 in English.
    return format_decimal(value, "#,##0.##", locale=tr.locale)


def scorecard_message(report: Report, card: Scorecard, tr: Translator) -> str | None:
    """The leaders' monthly digest: every unit's line, best first; None when no unit has
    a milestone in the period."""
    if not card.lines:
        return None
    period = period_name(report, tr) or tr.gettext("the whole plan")
    parts = [
        tr.gettext(
            "🏆 The units' milestones, {period}, as of {day}",
            period=period,
            day=tr.weekday_date(report.as_of),
        ),
        weights_phrase(card.weights, tr),
        "",
    ]
    parts += [score_line(line, tr) for line in card.ranked]
    waiting = [line.name for line in card.lines if line.rank is None]
    if waiting:
        parts += ["", tr.gettext("No milestone judged yet: {units}.", units=", ".join(waiting))]
    awaiting = sum(line.awaiting for line in card.lines)
    if awaiting:
        parts += [
            "",
            tr.gettext(
                "Reported done and awaiting the coordinator's confirmation: {count} "
                "(not counted as done yet).",
                count=awaiting,
            ),
        ]
    return "\n".join(parts)
