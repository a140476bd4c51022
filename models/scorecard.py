"""The units' scorecard: per lead unit, its milestones due, done on time, late, overdue, ranked.

Read from a :class:`~models.report.Report` alone (its units' lines' milestone counts,
:attr:`models.report.GroupLine.milestones`), so it cannot disagree with ``/baocao``, the
JSON or the files: the same period, the same parts (a unit is scored on its own part of
each milestone it leads; coordinating is never scored).

A unit is judged on the milestones that have an outcome by the report day: done (on time
or late, whenever they were due) or overdue. A milestone still within its deadline, or
without one, is not judged yet. So:

- ``on_time_rate`` = done on time / judged;
- ``score`` = (on time x ``on_time`` + late x ``late`` + overdue x ``overdue``) / judged,
  with the weights of ``NHACVIEC_SCORECARD_WEIGHTS`` (default ``on_time=1,late=0.5,
  overdue=0``: a late completion earns half of an on-time one);
- ranked by score, then on-time rate, best first; units with equal score and rate share
  a rank (1, 2, 2, 4), the one with more judged milestones listed first; units with
  nothing judged yet come last, unranked; a unit without a milestone in the period is
  left out.

Milestones reported done and awaiting the coordinator's confirmation are not done yet:
they are shown beside the unit's figures, never scored as done.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # Only for the types: the settings read the weights at every start of the command
    # line, which must not pay for importing the aggregation and the database layer.
    from models.report import Counts, Report

WEIGHT_NAMES = ("on_time", "late", "overdue")


@dataclass(frozen=True)
class Weights:
    """What each outcome of a milestone is worth, from 0 to 1."""

    on_time: float = 1.0
    late: float = 0.5
    overdue: float = 0.0


DEFAULT_WEIGHTS = Weights()


def parse_weights(text: str) -> Weights:
    """Read ``"on_time=1,late=0.5,overdue=0"``; an outcome left out keeps its default.

    Raises ValueError, with what is wrong, for an unknown name, a repeated one, or a
    weight that is not a number from 0 to 1.
    """
    values: dict[str, float] = {}
    for item in (part.strip() for part in text.split(",")):
        if not item:
            continue
        name, equals, value = (piece.strip() for piece in item.partition("="))
        if not equals or name not in WEIGHT_NAMES:
            raise ValueError(f"write the weights as on_time=1,late=0.5,overdue=0, not {item!r}")
        if name in values:
            raise ValueError(f"the weight {name} is given twice")
        try:
            weight = float(value)
        except ValueError:
            raise ValueError(f"the weight {name} is a number from 0 to 1, not {value!r}") from None
        if not 0 <= weight <= 1:
            raise ValueError(f"the weight {name} is a number from 0 to 1, not {value!r}")
        values[name] = weight
    return Weights(**values)


def weights_text(weights: Weights) -> str:
    """The weights as the setting writes them: ``on_time=1,late=0.5,overdue=0``."""
    return ",".join(f"{name}={getattr(weights, name):g}" for name in WEIGHT_NAMES)


@dataclass(frozen=True)
class ScoreLine:
    """One lead unit's milestones in the period, and its place."""

    code: str
    name: str
    milestones: int  # its parts of the milestones due in the period
    due: int  # of them, due by the report day
    on_time: int
    late: int
    overdue: int
    awaiting: int  # reported done, awaiting confirmation (not counted as done)
    score: float | None  # None: nothing judged yet
    rank: int | None  # 1 is the best; None: nothing judged yet

    @property
    def judged(self) -> int:
        """The milestones with an outcome: done (on time or late) or overdue."""
        return self.on_time + self.late + self.overdue

    @property
    def on_time_rate(self) -> float | None:
        """Done on time / judged; None when nothing is judged yet."""
        return self.on_time / self.judged if self.judged else None


@dataclass(frozen=True)
class Scorecard:
    """Every lead unit's line, best first, then those with nothing judged yet."""

    lines: tuple[ScoreLine, ...]
    weights: Weights

    @property
    def ranked(self) -> tuple[ScoreLine, ...]:
        """The lines with a rank, best first."""
        return tuple(line for line in self.lines if line.rank is not None)

    def ends(self, few: int) -> tuple[tuple[ScoreLine, ...], tuple[ScoreLine, ...]]:
        """The ``few`` best and the ``few`` last ranked lines, without repeating a line:
        every ranked line in the first part when leaving some out would save at most one."""
        ranked = self.ranked
        if len(ranked) <= 2 * few + 1:
            return ranked, ()
        return ranked[:few], ranked[-few:]


def score_of(counts: Counts, weights: Weights) -> float | None:
    """The weighted share of a unit's judged milestones; None when none is judged."""
    judged = counts.done_on_time + counts.done_late + counts.overdue
    if not judged:
        return None
    earned = (
        counts.done_on_time * weights.on_time
        + counts.done_late * weights.late
        + counts.overdue * weights.overdue
    )
    return earned / judged


def scorecard(report: Report, weights: Weights = DEFAULT_WEIGHTS) -> Scorecard:
    """Rank the units of ``report`` by their milestones in its period."""
    unranked = [
        _line(group.code, group.name, group.milestones, weights)
        for group in report.units
        if group.milestones.tasks
    ]
    judged = sorted(
        (line for line in unranked if line.score is not None),
        key=lambda line: (-_key(line)[0], -_key(line)[1], -line.judged),
    )
    ranked: list[ScoreLine] = []
    for place, line in enumerate(judged, start=1):
        tied = ranked and _key(ranked[-1]) == _key(line)
        rank = ranked[-1].rank if tied else place
        ranked.append(replace(line, rank=rank))
    waiting = [line for line in unranked if line.score is None]
    return Scorecard((*ranked, *waiting), weights)


def _line(code: str, name: str, counts: Counts, weights: Weights) -> ScoreLine:
    return ScoreLine(
        code=code,
        name=name,
        milestones=counts.tasks,
        due=counts.due,
        on_time=counts.done_on_time,
        late=counts.done_late,
        overdue=counts.overdue,
        awaiting=counts.awaiting,
        score=score_of(counts, weights),
        rank=None,
    )


def _key(line: ScoreLine) -> tuple[float, float]:
    # Rounded, so that 2/3 and 4/6 tie whatever the floating point says.
    return round(line.score or 0.0, 9), round(line.on_time_rate or 0.0, 9)
