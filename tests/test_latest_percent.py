"""An archived task's details read its percent as the report does.

The task's percent folds each milestone on its own and stands as the report rolls them
up (models.report); tests/test_unit_shares.py checks the same on random plans.
"""

from __future__ import annotations

from datetime import date

from sqlmodel import Session, select

from models.clock import VIETNAM
from models.progress import latest_percent
from models.report import build_report
from models.tables import ProgressUpdate, Review, Task, Unit
from tests.test_unit_shares import at, line_of, row, small_officers, small_plan, task_of, write


def test_latest_percent_agrees_with_the_report_on_a_task_with_two_milestones(
    session: Session,
) -> None:
    """pa finished 30/09 and works on 31/12; pb is still on 30/09. The report stands the
    task on 30/09, the milestone being worked on: (100 + 40) // 2 = 70. The latest
    percent of each part, milestones aside, gave (60 + 40) // 2 = 50."""
    plan = small_plan(session, "two", [{"lead": ["pa", "pb"], "deadline": "Quý III,IV/2025"}])
    officers = small_officers(session, plan)
    units = {
        unit.code: row(unit.id)
        for unit in session.exec(select(Unit).where(Unit.organisation_id == plan.organisation_id))
    }
    task = task_of(session, plan, "1")
    assert write(session, plan, "1", officers["pa"], at("2025-10-01"), 100) == date(2025, 9, 30)
    assert write(session, plan, "1", officers["pb"], at("2025-10-02"), 40) == date(2025, 9, 30)
    assert write(session, plan, "1", officers["pa"], at("2025-10-03"), 60) == date(2025, 12, 31)

    def agrees(task_percent: int, parts: dict[str, int]) -> None:
        line = line_of(build_report(session, plan, now=at("2025-10-20")), "1")
        assert (line.task_percent, {s.unit.code: s.percent for s in line.shares}) == (
            task_percent,
            parts,
        )
        assert latest_percent(session, task, zone=VIETNAM) == task_percent
        for code, percent in parts.items():
            assert latest_percent(session, task, zone=VIETNAM, unit_id=units[code]) == percent

    agrees(70, {"pa": 60, "pb": 40})
    # pb's completion of 30/09, returned by the coordinator, is as if unwritten: the old
    # fold read it as pb's latest 100%.
    write(session, plan, "1", officers["pb"], at("2025-10-04"), 100)
    returned = session.exec(
        select(ProgressUpdate).where(ProgressUpdate.task_id == task, ProgressUpdate.percent == 100)
    ).all()[-1]
    returned.review, returned.reviewed_at = Review.RETURNED, at("2025-10-05")
    session.add(returned)
    session.commit()
    agrees(70, {"pa": 60, "pb": 40})
    # Once every part of 30/09 is done, the task stands on 31/12: (60 + 0) // 2.
    write(session, plan, "1", officers["pb"], at("2025-10-06"), 100)
    agrees(30, {"pa": 60, "pb": 0})
    # The details of the task once a revision removed it read the same.
    removed = session.get(Task, task)
    assert removed is not None
    removed.archived_at = at("2025-10-21")
    session.add(removed)
    session.commit()
    assert latest_percent(session, task, zone=VIETNAM) == 30
