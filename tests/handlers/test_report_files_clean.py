"""Word, Excel and chart built from a database that holds raw control characters.

Rows written by older versions (before input was cleaned) may hold characters XML
forbids; every writer cleans what it writes, so each file still opens in its library.
"""

from __future__ import annotations

import io
from datetime import datetime

import docx
import pytest
from matplotlib.image import imread
from openpyxl import load_workbook
from sqlalchemy import Engine, update
from sqlmodel import Session, col, select

from handlers.i18n import Translator
from handlers.reporting.files import FileFormat, report_file
from models.clock import VIETNAM
from models.db import session_scope
from models.officers import add_officer, find_unit
from models.plans import latest_plan, task_by_code
from models.tables import (
    Channel,
    Organisation,
    Plan,
    ProgressKind,
    ProgressUpdate,
    Role,
    Task,
    Unit,
)

NOW = datetime(2025, 12, 5, 8, 0, tzinfo=VIETNAM)
TR = Translator("vi")
# No NUL: PostgreSQL cannot store it at all (text fields refuse 0x00).
CONTROLS = "\x01\x08\x0b\x0c\x1b\x1f\x7f\x85\x9f\r"
NOTE = "Đã gửi\x0b dự thảo\x1b lần 2\r\nchờ\x7f ý kiến"


@pytest.fixture
def poisoned(seeded_engine: Engine) -> Engine:
    """A note, an officer's name, a unit, the plan and the commune holding control characters."""
    with session_scope(seeded_engine) as session:
        organisation = session.exec(select(Organisation)).one()
        assert organisation.id is not None
        plan = latest_plan(session, organisation.id)
        assert plan is not None and plan.id is not None
        task = task_by_code(session, plan.id, "12")
        unit = find_unit(session, "vanphong")
        assert task is not None and task.id is not None and unit is not None
        officer = add_officer(
            session,
            unit=unit,
            full_name="Trần\x0b Thị\x1b B",
            role=Role.OFFICER,
            channel=Channel.TELEGRAM,
            external_id="777",
            now=NOW,
        )
        session.add(
            ProgressUpdate(
                task_id=task.id,
                officer_id=officer.id,
                created_at=datetime(2025, 12, 4, 9, 0, tzinfo=VIETNAM),
                kind=ProgressKind.PROGRESS,
                percent=40,
                note=NOTE,
            )
        )
        # "$...$" would be read as mathtext by matplotlib: a unit name is printed as written.
        session.execute(
            update(Unit).where(col(Unit.id) == unit.id).values(name="Văn phòng\x0c $\\frac$ HĐND")
        )
        session.execute(
            update(Task).where(col(Task.id) == task.id).values(title=Task.title + CONTROLS)
        )
        session.execute(
            update(Plan).where(col(Plan.id) == plan.id).values(title=Plan.title + "\x0b\x1f")
        )
        session.execute(
            update(Organisation)
            .where(col(Organisation.id) == organisation.id)
            .values(authority=Organisation.authority + "\x0c", name=Organisation.name + "\x1b")
        )
    return seeded_engine


def build(engine: Engine, file_format: FileFormat) -> bytes:
    with Session(engine) as session:
        plan = session.exec(select(Plan)).one()
        return report_file(session, plan, file_format, now=NOW, tr=TR).content


def has_control(text: str) -> bool:
    return any(character in text for character in CONTROLS)


def test_the_word_report_opens_with_the_note_cleaned(poisoned: Engine) -> None:
    document = docx.Document(io.BytesIO(build(poisoned, FileFormat.DOCX)))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    written = "\n".join([paragraph.text for paragraph in document.paragraphs] + cells)
    assert "Đã gửi dự thảo lần 2\nchờ ý kiến" in written
    assert r"Văn phòng $\frac$ HĐND" in written
    assert not has_control(written)


def test_the_workbook_opens_with_the_note_and_name_cleaned(poisoned: Engine) -> None:
    workbook = load_workbook(io.BytesIO(build(poisoned, FileFormat.XLSX)))
    values = [
        str(cell.value)
        for sheet in workbook.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if cell.value is not None
    ]
    assert "Đã gửi dự thảo lần 2\nchờ ý kiến" in values
    assert "Trần Thị B" in values
    assert not has_control("".join(values))


def test_the_chart_draws_with_control_characters_and_dollars_in_names(poisoned: Engine) -> None:
    picture = imread(io.BytesIO(build(poisoned, FileFormat.PNG)))
    assert picture.shape[:2] == (900, 1600)
