"""The day a plan was signed: read from its first page (or --issued-on), stored, shown, kept.

"Hòa Xuân, ngày 10 tháng 01 năm 2026" under the plan's number is the day the plan was
issued. It goes into ``Plan.issued_on`` on import; a revision whose file does not say
keeps the day known, one that says another day replaces it; the command line gives it
with ``--issued-on`` when the document leaves it blank; the YAML file carries it as
``plan.issued_on``, refusing a value that is no date.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, select
from typer.testing import CliRunner

from bot.cli import app
from handlers.i18n import translator
from models.clock import VIETNAM
from models.db import session_scope
from models.planfile import parse_yaml, read_yaml, write_yaml
from models.planimport import apply_preview, preview_file
from models.plans import export_plan, find_plan
from models.tables import Plan
from tests.planfile.clerk import title_lines, word

NOW = datetime(2026, 1, 15, 9, 0, tzinfo=VIETNAM)
PLAN = "kh-45-2026"


def ward_plan(day_line: str) -> bytes:
    """The ward's Word plan with its date line written as ``day_line``."""
    lines = title_lines()
    lines[3] = day_line
    return word(lines=lines)


def import_ward(engine: Engine, data: bytes) -> bool:
    """Import the ward's plan; whether it made a new plan."""
    with session_scope(engine) as session:
        preview = preview_file(session, "hoa-xuan.docx", data, commune="hoa-xuan")
        assert preview.problems == ()
        return apply_preview(session, preview, now=NOW).new_plan


def issued_on(engine: Engine) -> date | None:
    with Session(engine) as session:
        return session.exec(select(Plan).where(Plan.code == PLAN)).one().issued_on


def test_the_day_on_the_first_page_is_stored_and_kept_by_a_revision_without_one(
    seeded_engine: Engine,
) -> None:
    assert import_ward(seeded_engine, ward_plan("Hòa Xuân, ngày 10 tháng 01 năm 2026"))
    assert issued_on(seeded_engine) == date(2026, 1, 10)
    # A copy whose date line is left blank revises the plan and keeps the day known.
    assert not import_ward(seeded_engine, ward_plan("Hòa Xuân, ngày   tháng   năm 2026"))
    assert issued_on(seeded_engine) == date(2026, 1, 10)
    # The plan re-issued on another day: the file's day wins.
    assert not import_ward(seeded_engine, ward_plan("Hòa Xuân, ngày 20 tháng 01 năm 2026"))
    assert issued_on(seeded_engine) == date(2026, 1, 20)
    with Session(seeded_engine) as session:
        plan = find_plan(session, PLAN)
        assert plan is not None
        exported = export_plan(session, plan)
    assert exported.plan is not None and exported.plan.issued_on == date(2026, 1, 20)
    assert "  issued_on: 2026-01-20\n" in write_yaml(exported)


def test_the_command_line_gives_the_day_a_document_leaves_blank(
    seeded_engine: Engine, database_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("DATABASE_URL", database_url)
    path = tmp_path / "ke-hoach.docx"
    path.write_bytes(ward_plan("Hòa Xuân, ngày   tháng   năm 2026"))
    runner = CliRunner()
    args = ["plan", "import", str(path), "--commune", "hoa-xuan"]
    shown = runner.invoke(app, [*args, "--dry-run"])
    assert shown.exit_code == 0, shown.output
    assert "số 45/KH-UBND, từ 01/01/2026 đến 31/12/2026." in shown.stdout
    bad = runner.invoke(app, [*args, "--issued-on", "31/02/2026"])
    assert bad.exit_code != 0 and "--issued-on" in bad.stderr
    dated = [*args, "--issued-on", "15/01/2026"]
    shown = runner.invoke(app, [*dated, "--dry-run"])
    assert shown.exit_code == 0, shown.output
    assert (
        "Kế hoạch: Kế hoạch cải cách hành chính phường Hòa Xuân năm 2026 (kh-45-2026, mới), "
        "số 45/KH-UBND ngày 15/01/2026, từ 01/01/2026 đến 31/12/2026."
    ) in " ".join(shown.stdout.split())
    assert not _plan_exists(seeded_engine)  # a dry run
    done = runner.invoke(app, dated)
    assert done.exit_code == 0, done.output
    assert issued_on(seeded_engine) == date(2026, 1, 15)


def _plan_exists(engine: Engine) -> bool:
    with Session(engine) as session:
        return session.exec(select(Plan).where(Plan.code == PLAN)).first() is not None


YAML = """\
organisation: {code: xa-a, name: Xã A, authority: Ủy ban nhân dân xã A, place: A}
units: [{code: vp, name: Văn phòng}]
plan:
  code: kh-a
  title: Kế hoạch cải cách hành chính năm 2026
  decision: 7/KH-UBND
  issued_on: %s
  period: {from: 2026-01-01, to: 2026-12-31}
sections:
  - code: I
    title: Chỉ đạo
    tasks: [{code: "1", title: Báo cáo, lead: vp, deadline: Quý IV/2026}]
"""


def test_yaml_carries_the_day_and_refuses_what_is_no_date() -> None:
    document = read_yaml((YAML % "2025-12-28").encode())
    assert document.plan is not None and document.plan.issued_on == date(2025, 12, 28)
    again = read_yaml(write_yaml(document).encode())
    assert again.plan == document.plan
    # A timestamp counts for its day; no key at all is no day.
    timed = read_yaml((YAML % "2025-12-28 08:00:00").encode())
    assert timed.plan is not None and timed.plan.issued_on == date(2025, 12, 28)
    undated = read_yaml((YAML.replace("  issued_on: %s\n", "")).encode())
    assert undated.plan is not None and undated.plan.issued_on is None
    assert "issued_on" not in write_yaml(undated)
    parsed = parse_yaml((YAML % "28/12/2025").encode())
    tr = translator("vi")
    assert [(tr.render(problem.message), problem.row) for problem in parsed.problems] == [
        ("“plan.issued_on” phải là một ngày theo dạng YYYY-MM-DD.", 4)
    ]
