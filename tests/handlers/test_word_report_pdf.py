"""The Word reports laid out by LibreOffice: "Nơi nhận" and the signature share a page.

A report is filed on paper, so what counts is where a word processor puts the page
breaks. The commune report is rendered with its body made longer and longer (one
officer's note grows by a few lines at a time), so that over the sweep the signature
block meets the foot of a page. Every rendering keeps the closing sentence, the
recipients and the signature on one page, and none has a blank page; the same documents
stripped of their keep-together properties do split, which shows the sweep reaches the
foot of a page. The unit report is rendered as well, its head's title and name on the
page of its recipients.

LibreOffice comes from Debian's packages (libreoffice-writer-nogui, fonts-liberation2
for Times New Roman's metrics, poppler-utils for pdftotext); .ci/run installs them when
they are missing. Without them the test is skipped with that reason.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from collections.abc import Iterator, Mapping
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from sqlalchemy import Engine
from sqlmodel import Session, select

from handlers.i18n import translator
from handlers.reporting.files import FileFormat, report_file
from handlers.reporting.issuer import committee_issuer
from handlers.reporting.outlook import outlook
from handlers.reporting.word import word_report
from models.clock import VIETNAM
from models.report import LastUpdate, build_report
from models.status import TaskStatus
from models.tables import Organisation, Plan, Role
from tests.builders import register_officers

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
PDFTOTEXT = shutil.which("pdftotext")
pytestmark = pytest.mark.skipif(
    SOFFICE is None or PDFTOTEXT is None,
    reason=(
        "rendering the Word report needs LibreOffice (soffice) and pdftotext: Debian's "
        "libreoffice-writer-nogui, fonts-liberation2 and poppler-utils, which .ci/run "
        "installs when they are missing"
    ),
)

FILED_AT = datetime(2026, 2, 5, 8, 0, tzinfo=VIETNAM)
HEAD = "Nguyễn Văn Kiên"
# About four lines of body text more at each step, less than the signature block's
# height, over two and a half pages: some step puts the block across a page break.
PADDING = "đã gửi dự thảo xin ý kiến các phòng, ban "
STEPS = 12
REPEATS_PER_STEP = 14
# What the closing sentence, the recipients and the signature of the commune report
# print: each of these lines must be on the one page.
COMMUNE_BLOCK = (
    "Trên đây là báo cáo",
    "Nghi Dương./.",
    "Nơi nhận:",
    "TM. ỦY BAN NHÂN DÂN",
    "CHỦ TỊCH",
    "- Lưu: VT, VHXH.",
)
UNIT_BLOCK = ("Nơi nhận:", "TRƯỞNG PHÒNG", HEAD, "- Lưu: VT, KT.")
KEEP_TOGETHER = ("w:cantSplit", "w:keepNext", "w:keepLines")


def pdf_pages(documents: Mapping[str, bytes], folder: Path) -> dict[str, list[str]]:
    """Render every document with one LibreOffice run; each one's pages as text."""
    assert SOFFICE is not None and PDFTOTEXT is not None
    for name, content in documents.items():
        (folder / f"{name}.docx").write_bytes(content)
    # A profile of its own, so that two test runs side by side do not share LibreOffice's.
    profile = (folder / "profile").as_uri()
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            *(str(folder / f"{name}.docx") for name in documents),
        ],
        check=True,
        capture_output=True,
        timeout=600,
    )
    pages = {}
    for name in documents:
        text = subprocess.run(
            [PDFTOTEXT, "-layout", str(folder / f"{name}.pdf"), "-"],
            check=True,
            capture_output=True,
            text=True,
            timeout=60,
        ).stdout
        # pdftotext ends every page with a form feed; justified lines may space words out.
        pages[name] = [" ".join(page.split()) for page in text.split("\f")[:-1]]
    return pages


def pages_holding(pages: list[str], lines: tuple[str, ...]) -> dict[str, set[int]]:
    """For each of ``lines``, the numbers of the pages it is printed on."""
    return {
        line: {number for number, page in enumerate(pages, start=1) if line in page}
        for line in lines
    }


def blank_pages(pages: list[str]) -> list[int]:
    """Pages with nothing on them but their number."""
    return [
        number
        for number, page in enumerate(pages, start=1)
        if not [word for word in page.split() if not word.isdigit()]
    ]


def without_keep_together(content: bytes) -> bytes:
    """The same document with every "keep" property taken out, to show what they prevent."""
    document = docx.Document(io.BytesIO(content))
    for tag in KEEP_TOGETHER:
        for element in list(document.element.body.iter(qn(tag))):
            element.getparent().remove(element)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def growing_commune_reports(engine: Engine) -> Iterator[tuple[str, bytes]]:
    """The quarter-IV commune report, filed in February, its body longer at each step.

    The overdue task 12 carries an officer's note that grows by about four lines a step;
    its status stays what the aggregation says (a note moves no figure).
    """
    vi = translator("vi")
    with Session(engine) as session:
        plan = session.exec(select(Plan)).one()
        organisation = session.exec(select(Organisation)).one()
        report = build_report(session, plan, now=FILED_AT, quarter=4, year=2025)
        plan_now = build_report(session, plan, now=FILED_AT)
    [overdue] = [line for line in report.tasks if line.code == "12"]
    assert overdue.status is TaskStatus.OVERDUE
    for step in range(STEPS):
        note = (PADDING * REPEATS_PER_STEP * step).strip() or "đã gửi dự thảo"
        update = LastUpdate(datetime(2025, 12, 1, 9, 0, tzinfo=VIETNAM), None, note, "Lê Văn A")
        lines = tuple(
            line._replace(last_update=update) if line.code == "12" else line
            for line in report.tasks
        )
        longer = replace(report, tasks=lines)
        yield (
            f"commune-{step:02d}",
            word_report(
                longer,
                organisation=organisation,
                issuer=committee_issuer(organisation.authority),
                outlook=outlook(longer, plan_now, issued_on=FILED_AT.date()),
                issued_on=FILED_AT.date(),
                tr=vi,
            ),
        )


def unit_word_report(engine: Engine) -> bytes:
    register_officers(engine, [("kinhte", HEAD, Role.UNIT_HEAD, "200")], now=FILED_AT)
    with Session(engine) as session:
        plan = session.exec(select(Plan)).one()
        made = report_file(
            session,
            plan,
            FileFormat.DOCX,
            now=FILED_AT,
            tr=translator("vi"),
            unit_code="kinhte",
            quarter=4,
            year=2025,
        )
    return made.content


def test_the_recipients_and_the_signature_are_printed_on_one_page(
    seeded_engine: Engine, tmp_path: Path
) -> None:
    reports = dict(growing_commune_reports(seeded_engine))
    documents = dict(reports)
    documents.update({f"{name}-loose": without_keep_together(c) for name, c in reports.items()})
    documents["kinhte"] = unit_word_report(seeded_engine)
    rendered = pdf_pages(documents, tmp_path)

    signature_pages = set()
    for name in reports:
        pages = rendered[name]
        where = pages_holding(pages, COMMUNE_BLOCK)
        assert all(len(found) == 1 for found in where.values()), (name, where)
        [page] = {number for found in where.values() for number in found}
        # The report runs over pages: the block is never on the first one, alone.
        assert page > 1, name
        assert blank_pages(pages) == [], name
        signature_pages.add(page)
    # The sweep moves the block from page to page...
    assert len(signature_pages) > 1
    # ... and so across a page break: without their keep-together properties, some of
    # the same documents put the recipients or the signature on another page than the rest.
    split = [
        name
        for name in reports
        if len(set().union(*pages_holding(rendered[f"{name}-loose"], COMMUNE_BLOCK).values())) > 1
    ]
    assert split, "the sweep never reached the foot of a page"

    unit_pages = rendered["kinhte"]
    where = pages_holding(unit_pages, UNIT_BLOCK)
    assert all(len(found) == 1 for found in where.values()), where
    assert len({number for found in where.values() for number in found}) == 1
    assert blank_pages(unit_pages) == []
