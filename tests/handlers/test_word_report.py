"""The Word report: opened again with python-docx and checked against the report it renders."""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date, datetime

import docx
import pytest
from docx.document import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.section import Section
from docx.shared import Length, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from sqlalchemy import Engine
from sqlmodel import Session, select

from handlers.i18n import Translator, translator
from handlers.reporting.issuer import Issuer, committee_issuer, issuing_body_lines
from handlers.reporting.outlook import Outlook, outlook
from handlers.reporting.word import official_date_line, overall_sentence, word_report
from models.clock import VIETNAM
from models.db import session_scope
from models.deadline import ScheduleKind
from models.plans import task_by_code
from models.progress import ProgressReading, record_progress
from models.report import Counts, LastUpdate, Report, TaskLine, build_report
from models.status import TaskStatus
from models.tables import Organisation, Plan
from tests.builders import register_unit_officers

FONT = "Times New Roman"
ISSUED_ON = date(2026, 2, 5)
# Filed in February: the quarter-IV report looks at the plan as it stood on 31/12/2025.
FILED_AT = datetime(2026, 2, 5, 8, 0, tzinfo=VIETNAM)
ALL_UNITS_VI = "Các phòng, ban, ngành; đơn vị có liên quan"
STATUS_VI = {
    TaskStatus.DONE_ON_TIME: "Hoàn thành đúng hạn",
    TaskStatus.DONE_LATE: "Hoàn thành quá hạn",
    TaskStatus.IN_PROGRESS: "Đang thực hiện",
    TaskStatus.OVERDUE: "Quá hạn",
    TaskStatus.NOT_STARTED: "Chưa triển khai",
    TaskStatus.NO_DEADLINE: "Chưa có thời hạn",
}
# Drafted inside the quarter: its 31/12 milestones are still ahead, not missed.
IN_QUARTER = datetime(2025, 12, 15, 8, 0, tzinfo=VIETNAM)


def label(line: TaskLine) -> str:
    """The status a report writes for a task: awaiting confirmation, or its status."""
    return "Chờ xác nhận" if line.awaiting else STATUS_VI[line.status]


# (task, unit of the officer, when, percent, note): one on time, one late, one halfway.
UPDATES = (
    (
        "3",
        "vhxh",
        datetime(2025, 12, 20, 9, 0, tzinfo=VIETNAM),
        100,
        "đã ban hành Báo cáo số 215/BC-UBND",
    ),
    (
        "12",
        "vanphong",
        datetime(2025, 12, 15, 9, 0, tzinfo=VIETNAM),
        100,
        "trình HĐND xã thông qua",
    ),
    (
        "13",
        "vanphong",
        datetime(2025, 12, 10, 9, 0, tzinfo=VIETNAM),
        50,
        "đã gửi dự thảo xin ý kiến",
    ),
    ("26", "kinhte", datetime(2025, 11, 10, 9, 0, tzinfo=VIETNAM), 100, ""),
)
OFFICERS = {"vhxh": "Trần Thị Hoa", "vanphong": "Lê Văn Cường", "kinhte": "Phạm Thị Dung"}


@pytest.fixture
def progressed(seeded_engine: Engine) -> Engine:
    """The bundled plan with a few tasks reported on by officers of three units."""
    officer_ids = register_unit_officers(
        seeded_engine, OFFICERS, now=datetime(2025, 7, 2, 8, 0, tzinfo=VIETNAM)
    )
    with session_scope(seeded_engine) as session:
        plan = session.exec(select(Plan)).one()
        assert plan.id is not None
        for code, unit_code, when, percent, note in UPDATES:
            task = task_by_code(session, plan.id, code)
            assert task is not None and task.id is not None
            record_progress(
                session,
                task_id=task.id,
                officer_id=officer_ids[unit_code],
                now=when,
                reading=ProgressReading(percent, note),
            )
    return seeded_engine


@pytest.fixture
def db(progressed: Engine) -> Iterator[Session]:
    with Session(progressed) as session:
        yield session


@pytest.fixture
def organisation(db: Session) -> Organisation:
    return db.exec(select(Organisation)).one()


@pytest.fixture
def report(db: Session) -> Report:
    plan = db.exec(select(Plan)).one()
    return build_report(db, plan, now=FILED_AT, quarter=4, year=2025)


@pytest.fixture
def plan_now(db: Session) -> Report:
    """The whole plan as it stands on the day the quarter-IV report is filed."""
    return build_report(db, db.exec(select(Plan)).one(), now=FILED_AT)


@pytest.fixture
def vi() -> Translator:
    return translator("vi")


def render(
    report: Report,
    organisation: Organisation,
    coming: Outlook | None = None,
    *,
    issued_on: date = ISSUED_ON,
    issuer: Issuer | None = None,
) -> Document:
    ahead = coming or outlook(report, report, issued_on=issued_on)
    data = word_report(
        report,
        organisation=organisation,
        issuer=issuer or committee_issuer(organisation.authority),
        outlook=ahead,
        issued_on=issued_on,
        tr=translator("vi"),
    )
    return docx.Document(io.BytesIO(data))


@pytest.fixture
def document(report: Report, organisation: Organisation, plan_now: Report) -> Document:
    return render(report, organisation, outlook(report, plan_now, issued_on=ISSUED_ON))


def texts(paragraphs: Iterable[Paragraph]) -> list[str]:
    return [paragraph.text for paragraph in paragraphs if paragraph.text.strip()]


def all_runs(document: Document) -> Iterator[Run]:
    for paragraph in document.paragraphs:
        yield from paragraph.runs
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    yield from paragraph.runs
    for section in document.sections:
        for paragraph in section.header.paragraphs:
            yield from paragraph.runs


def paragraph_with(document: Document, text: str) -> Paragraph:
    found = [paragraph for paragraph in document.paragraphs if paragraph.text == text]
    assert found, f"no paragraph reads {text!r}"
    return found[0]


def appendix(document: Document) -> Table:
    return document.tables[-1]


def appendix_rows(document: Document, report: Report) -> dict[str, list[str]]:
    """The appendix's task rows by task code (the STT cell)."""
    codes = {line.code for line in report.tasks}
    rows: dict[str, list[str]] = {}
    for row in appendix(document).rows[1:]:
        cells = [cell.text for cell in row.cells]
        if cells[0] in codes:
            assert cells[0] not in rows, f"task {cells[0]} has two rows"
            rows[cells[0]] = cells
    return rows


def lead_vi(line: TaskLine, separator: str) -> str:
    return ALL_UNITS_VI if line.lead_is_all_units else separator.join(u.name for u in line.leads)


def assert_mm(actual: Length | None, expected: float) -> None:
    assert actual is not None
    assert abs(actual.mm - expected) <= 0.5, (actual.mm, expected)


# --- The page ---------------------------------------------------------------------------------


def test_the_report_is_on_a4_portrait_with_the_margins_of_decree_30(document: Document) -> None:
    page = document.sections[0]
    assert page.orientation == WD_ORIENT.PORTRAIT
    assert_mm(page.page_width, 210)
    assert_mm(page.page_height, 297)
    assert_mm(page.top_margin, 20)
    assert_mm(page.bottom_margin, 20)
    assert_mm(page.left_margin, 30)
    assert_mm(page.right_margin, 15)


def test_everything_is_in_times_new_roman_and_the_body_in_14_point(document: Document) -> None:
    normal = document.styles["Normal"]
    assert normal.font.name == FONT
    assert normal.font.size == Pt(14)
    fonts = normal.element.rPr.rFonts
    assert fonts.get(qn("w:eastAsia")) == FONT
    layout = normal.paragraph_format
    assert layout.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
    assert_mm(layout.first_line_indent, 10)
    assert layout.space_after == Pt(6)
    runs = list(all_runs(document))
    assert runs
    for run in runs:
        assert run.font.name == FONT, run.text
        fonts = run._r.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
        assert fonts is not None and fonts.get(qn("w:eastAsia")) == FONT, run.text


def test_the_pages_after_the_first_are_numbered_in_the_header(document: Document) -> None:
    first = document.sections[0]
    assert first.different_first_page_header_footer
    header = first.header
    assert not header.is_linked_to_previous
    instructions = [node.text for node in header._element.iter(qn("w:instrText"))]
    assert [text.strip() for text in instructions] == ["PAGE"]
    assert header.paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.CENTER
    # The appendix's first page is page 5 or so, and is numbered like the others.
    assert not document.sections[1].different_first_page_header_footer
    assert document.sections[1].header.is_linked_to_previous


# --- The heading block and the title ----------------------------------------------------------


def test_the_commune_report_is_issued_by_the_committee_in_two_bold_lines_and_dated(
    document: Document,
) -> None:
    heading = document.tables[0]
    left, right = heading.rows[0].cells
    assert texts(left.paragraphs) == ["ỦY BAN NHÂN DÂN", "XÃ NGHI DƯƠNG", "Số: .../BC-UBND"]
    assert texts(right.paragraphs) == [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Nghi Dương, ngày 05 tháng 02 năm 2026",
    ]
    # The committee issues it and has no body above it in the header: its whole name is
    # the issuing body's, bold (ND 30), and the number is not.
    body, commune, number = (p for p in left.paragraphs if p.text.strip())
    assert body.runs[0].bold and commune.runs[0].bold and not number.runs[0].bold
    assert {run.font.size for p in (body, commune, number) for run in p.runs} == {Pt(13)}
    title, motto, date_line = (p for p in right.paragraphs if p.text.strip())
    assert title.runs[0].bold and title.runs[0].font.size == Pt(13)
    assert motto.runs[0].bold and motto.runs[0].font.size == Pt(14)
    assert date_line.runs[0].italic and date_line.runs[0].font.size == Pt(14)


def test_the_heading_table_has_no_borders(document: Document) -> None:
    borders = document.tables[0]._tbl.tblPr.find(qn("w:tblBorders"))
    assert borders is not None
    assert {edge.get(qn("w:val")) for edge in borders} == {"nil"}


def test_a_later_month_is_written_without_a_leading_zero(
    report: Report, organisation: Organisation
) -> None:
    document = render(report, organisation, issued_on=date(2025, 8, 15))
    right = document.tables[0].rows[0].cells[1]
    assert "Nghi Dương, ngày 15 tháng 8 năm 2025" in texts(right.paragraphs)


@pytest.mark.parametrize(
    ("day", "written"),
    [
        (date(2026, 1, 1), "Nghi Dương, ngày 01 tháng 01 năm 2026"),
        (date(2026, 2, 5), "Nghi Dương, ngày 05 tháng 02 năm 2026"),
        (date(2025, 8, 15), "Nghi Dương, ngày 15 tháng 8 năm 2025"),
        (date(2025, 12, 31), "Nghi Dương, ngày 31 tháng 12 năm 2025"),
    ],
)
def test_official_date_lines_pad_days_and_only_the_first_two_months(
    day: date, written: str, vi: Translator
) -> None:
    assert official_date_line("Nghi Dương", day, vi) == written


@pytest.mark.parametrize(
    ("authority", "lines"),
    [
        ("Ủy ban nhân dân xã Nghi Dương", ("ỦY BAN NHÂN DÂN", "XÃ NGHI DƯƠNG")),
        ("Ủy ban nhân dân phường Hồng Bàng", ("ỦY BAN NHÂN DÂN", "PHƯỜNG HỒNG BÀNG")),
        ("Ủy ban nhân dân đặc khu Cát Hải", ("ỦY BAN NHÂN DÂN", "ĐẶC KHU CÁT HẢI")),
        ("Ban Chỉ đạo cải cách hành chính", ("BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH",)),
    ],
)
def test_the_issuing_body_splits_before_the_commune(
    authority: str, lines: tuple[str, ...]
) -> None:
    assert issuing_body_lines(authority) == lines


def test_an_issuing_body_that_cannot_be_split_stays_one_bold_line(
    report: Report, organisation: Organisation
) -> None:
    organisation.authority = "Ban Chỉ đạo cải cách hành chính"
    left = render(report, organisation).tables[0].rows[0].cells[0]
    body = next(p for p in left.paragraphs if p.text.strip())
    assert body.text == "BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH"
    assert body.runs[0].bold


def test_the_title_and_the_quarter_subject_are_bold_and_centred(document: Document) -> None:
    for text in ("BÁO CÁO", "Kết quả thực hiện Kế hoạch cải cách hành chính quý IV năm 2025"):
        paragraph = paragraph_with(document, text)
        assert paragraph.alignment == WD_ALIGN_PARAGRAPH.CENTER
        assert all(run.bold for run in paragraph.runs)
        assert paragraph.runs[0].font.size == Pt(14)


def test_a_report_on_the_whole_plan_is_titled_by_its_year(
    db: Session, organisation: Organisation
) -> None:
    plan = db.exec(select(Plan)).one()
    whole = build_report(db, plan, now=FILED_AT)
    document = render(whole, organisation)
    paragraph_with(document, "Kết quả thực hiện Kế hoạch cải cách hành chính năm 2025")


def test_the_opening_names_the_plan_and_the_day_of_the_figures(
    document: Document, report: Report
) -> None:
    opening = next(p.text for p in document.paragraphs if p.text.startswith("Thực hiện "))
    assert report.plan_title in opening
    assert "31/12/2025" in opening
    assert report.as_of == date(2025, 12, 31)


def opening_of(document: Document) -> str:
    return next(p.text for p in document.paragraphs if p.text.startswith("Thực hiện "))


def test_the_opening_cites_the_plans_number_and_the_day_it_was_signed(
    db: Session, organisation: Organisation
) -> None:
    plan = db.exec(select(Plan)).one()
    # The bundled plan's number is left blank ("…/QĐ-UBND") and its day unknown: the
    # opening cites its title alone.
    plain = build_report(db, plan, now=FILED_AT, quarter=4, year=2025)
    assert (plain.plan_number, plain.plan_issued_on) == ("…/QĐ-UBND", None)
    assert opening_of(render(plain, organisation)).startswith(f"Thực hiện {plan.title}, ")
    plan.decision_number, plan.issued_on = "45/KH-UBND", date(2025, 7, 15)
    dated = build_report(db, plan, now=FILED_AT, quarter=4, year=2025)
    assert opening_of(render(dated, organisation)).startswith(
        f"Thực hiện {plan.title} (số 45/KH-UBND ngày 15/07/2025), Ủy ban nhân dân xã Nghi Dương "
    )
    undated = replace(dated, plan_issued_on=None)
    assert opening_of(render(undated, organisation)).startswith(
        f"Thực hiện {plan.title} (số 45/KH-UBND), "
    )
    unnumbered = replace(dated, plan_number="")
    assert opening_of(render(unnumbered, organisation)).startswith(
        f"Thực hiện {plan.title} (ngày 15/07/2025), "
    )


# --- I. Results -----------------------------------------------------------------------------


def vi_rate(done: int, total: int) -> str:
    return f"{round(100 * done / total, 1):g}".replace(".", ",") + "%"


def test_the_overall_figures_are_written_from_the_report_totals(
    document: Document, report: Report
) -> None:
    t = report.totals
    # The fixture covers each kind of line the sentence counts.
    assert t.done_on_time and t.done_late and t.overdue and t.within_deadline
    expected = (
        f"Tổng số nhiệm vụ: {t.tasks}; đã đến hạn: {t.due}. "
        f"Đã hoàn thành {t.done}/{t.tasks} nhiệm vụ, đạt {vi_rate(t.done, t.tasks)}, "
        f"trong đó đúng hạn {t.done_on_time}, quá hạn {t.done_late}; "
        f"chưa hoàn thành {t.tasks - t.done}, trong đó trong hạn {t.within_deadline}, "
        f"quá hạn {t.overdue}."
    )
    paragraph_with(document, expected)


def test_the_overall_sentence_reads_like_an_official_report(vi: Translator) -> None:
    counts = Counts(
        tasks=35, due=20, done_on_time=18, done_late=2, in_progress=12, overdue=3, no_deadline=0
    )
    assert overall_sentence(counts, vi) == (
        "Tổng số nhiệm vụ: 35; đã đến hạn: 20. Đã hoàn thành 20/35 nhiệm vụ, đạt 57,1%, "
        "trong đó đúng hạn 18, quá hạn 2; chưa hoàn thành 15, trong đó trong hạn 12, quá hạn 3."
    )


def test_each_area_with_tasks_has_its_heading_figures_and_task_lines(
    document: Document, report: Report
) -> None:
    written = texts(document.paragraphs)
    areas = [group for group in report.sections if group.counts.tasks]
    assert areas
    for number, group in enumerate(areas, start=1):
        heading = written.index(f"{number}. {group.name}")
        c = group.counts
        assert written[heading + 1] == (
            f"Hoàn thành {c.done}/{c.tasks} nhiệm vụ, đạt {vi_rate(c.done, c.tasks)}; "
            f"chưa hoàn thành {c.tasks - c.done} (trong hạn {c.within_deadline}, "
            f"quá hạn {c.overdue})."
        )
        # The tasks not started are named on one line of their own (see below).
        lines = [
            line
            for line in report.tasks
            if line.section == group.code and line.status is not TaskStatus.NOT_STARTED
        ]
        for offset, line in enumerate(lines, start=2):
            assert written[heading + offset].startswith(
                f"- {line.code}. {line.title}: {label(line)} ({line.percent}%)."
            )


def test_a_task_line_quotes_the_latest_note_as_its_writers(document: Document) -> None:
    paragraph = next(p for p in document.paragraphs if p.text.startswith("- 13. "))
    # Half done when quarter IV closed: its 31/12 milestone was missed.
    assert paragraph.text.endswith(
        "Quá hạn (50%). Lê Văn Cường báo cáo ngày 10/12/2025: “đã gửi dự thảo xin ý kiến”."
    )
    # The officer's own words stand apart: quoted and in italics, the rest upright.
    quoted = [run for run in paragraph.runs if run.text.startswith("“")]
    assert [run.text for run in quoted] == ["“đã gửi dự thảo xin ý kiến”."]
    assert quoted[0].italic and not paragraph.runs[0].italic


def test_the_tasks_not_started_are_one_line_grouped_by_lead_unit(
    db: Session, organisation: Organisation
) -> None:
    # Drafted inside the quarter, when many of its tasks have not started yet (once the
    # quarter is over, those missed its deadlines: they are overdue).
    plan = db.exec(select(Plan)).one()
    report = build_report(db, plan, now=IN_QUARTER, quarter=4, year=2025)
    document = render(report, organisation, issued_on=IN_QUARTER.date())
    waiting = [line for line in report.tasks if line.status is TaskStatus.NOT_STARTED]
    assert len(waiting) > 10
    written = texts(document.paragraphs)
    [line] = [text for text in written if text.startswith("Chưa triển khai (0%): ")]
    groups = line.removeprefix("Chưa triển khai (0%): ").removesuffix(".").split("; ")
    expected = []
    for unit in report.units:
        codes = [task.code for task in waiting if unit.code in {u.code for u in task.leads}]
        if codes:
            expected.append(f"{unit.name}: nhiệm vụ {', '.join(codes)}")
    assert groups == expected
    # Every task not started is named under each unit leading it, and under no other.
    named = {code for group in groups for code in group.split(": nhiệm vụ ")[1].split(", ")}
    assert named == {task.code for task in waiting}
    # ... and nowhere else in the body: no repeated "Chưa triển khai (0%)" paragraphs.
    assert sum("Chưa triển khai (0%)" in text for text in written) == 1
    # It comes right after the overall figures.
    assert written[written.index(line) - 1] == overall_sentence(report.totals, translator("vi"))


def test_a_body_with_every_task_started_has_no_not_started_line(
    report: Report, organisation: Organisation
) -> None:
    started = [line for line in report.tasks if line.status is not TaskStatus.NOT_STARTED]
    written = texts(render(_with_tasks(report, started), organisation).paragraphs)
    assert not [text for text in written if "Chưa triển khai" in text]


def test_a_note_ending_a_sentence_is_quoted_without_a_second_full_stop(
    report: Report, organisation: Organisation
) -> None:
    when = datetime(2025, 12, 11, 15, 30, tzinfo=VIETNAM)
    lines = [
        line._replace(last_update=LastUpdate(when, 50, "Đã trình ký.\n", None))
        if line.code == "13"
        else line
        for line in report.tasks
    ]
    written = texts(render(_with_tasks(report, lines), organisation).paragraphs)
    line = next(text for text in written if text.startswith("- 13. "))
    # A system entry has no officer: the note is dated, and still quoted.
    assert line.endswith("Quá hạn (50%). Cập nhật ngày 11/12/2025: “Đã trình ký”.")


# --- II. Shortcomings and III. Next tasks -------------------------------------------------


def section_text(document: Document, start: str, end: str) -> list[str]:
    written = texts(document.paragraphs)
    return written[written.index(start) + 1 : written.index(end)]


def test_section_ii_lists_every_overdue_task_and_the_undated_ones(
    document: Document, report: Report
) -> None:
    assert report.overdue and report.no_deadline
    shortcomings = section_text(
        document, "II. TỒN TẠI, HẠN CHẾ", "III. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI"
    )
    assert f"Nhiệm vụ quá hạn chưa hoàn thành ({len(report.overdue)} nhiệm vụ):" in shortcomings
    for line in report.overdue:
        assert (
            f"- {line.code}. {line.title} (chủ trì: {lead_vi(line, ', ')}), "
            f"quá hạn {line.days_overdue} ngày."
        ) in shortcomings
    for line in report.no_deadline:
        assert f"- {line.code}. {line.title} (chủ trì: {lead_vi(line, ', ')})." in shortcomings


def test_section_ii_says_so_when_nothing_is_overdue(
    report: Report, organisation: Organisation
) -> None:
    on_track = [line for line in report.tasks if line.status is not TaskStatus.OVERDUE]
    calm = render(_with_tasks(report, on_track), organisation)
    shortcomings = section_text(
        calm, "II. TỒN TẠI, HẠN CHẾ", "III. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI"
    )
    assert shortcomings[0] == "Không có nhiệm vụ quá hạn chưa hoàn thành."


def _with_tasks(report: Report, lines: list[TaskLine]) -> Report:
    return replace(report, tasks=tuple(lines))


DRAFTED_AT = datetime(2025, 9, 12, 8, 0, tzinfo=VIETNAM)  # the quarter-III draft's day


def section_iii(document: Document) -> list[str]:
    written = texts(document.paragraphs)
    start = written.index("III. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI")
    end = next(i for i, text in enumerate(written) if text.startswith("Trên đây là báo cáo"))
    return written[start + 1 : end]


@pytest.fixture
def third_quarter_draft(db: Session, organisation: Organisation) -> tuple[Document, Report]:
    """The quarter-III report as the scheduler drafts it on 12/09/2025, and the plan that day."""
    plan = db.exec(select(Plan)).one()
    report = build_report(db, plan, now=DRAFTED_AT, quarter=3, year=2025)
    plan_then = build_report(db, plan, now=DRAFTED_AT)
    coming = outlook(report, plan_then, issued_on=DRAFTED_AT.date())
    return render(report, organisation, coming, issued_on=DRAFTED_AT.date()), plan_then


def ddmmyyyy(text: str) -> date:
    day, month, year = (int(part) for part in text.split("/"))
    return date(year, month, day)


DUE_LINE = re.compile(r"^- (?P<code>[\d.]+)\. .* \(chủ trì: .*; thời hạn: (?P<dates>[^)]*)\)\.$")


def test_section_iii_lists_coming_due_dates_only_with_real_dates(
    third_quarter_draft: tuple[Document, Report],
) -> None:
    document, plan_then = third_quarter_draft
    coming = section_iii(document)
    assert coming[0] == "Tiếp tục triển khai thực hiện Kế hoạch, tập trung vào các nhiệm vụ sau:"
    listed = {}
    for text in coming[1:]:
        if text.startswith("- "):
            match = DUE_LINE.match(text)
            assert match, text
            listed[match["code"]] = [ddmmyyyy(day) for day in match["dates"].split(", ")]
    lines = {line.code: line for line in plan_then.tasks}
    horizon = date(2025, 12, 31)  # the end of the quarter after quarter III
    expected = {
        line.code
        for line in plan_then.tasks
        if line.status not in {TaskStatus.DONE_ON_TIME, TaskStatus.DONE_LATE}
        and any(DRAFTED_AT.date() <= day <= horizon for day in line.due_dates)
    }
    assert set(listed) == expected and len(expected) > 10
    for code, days in listed.items():
        # Real dates, none already past on the draft's day (never an overdue one).
        assert days and all(DRAFTED_AT.date() <= day <= horizon for day in days), code
        assert lines[code].status is not TaskStatus.OVERDUE
    # Task 1.1 was due in July and is overdue on 12/09: section II's, not section III's.
    assert lines["1.1"].status is TaskStatus.OVERDUE and "1.1" not in listed
    # A quarterly task shows both of its dates still ahead; the nearest date comes first.
    assert listed["2"] == [date(2025, 9, 19), date(2025, 12, 19)]
    firsts = [days[0] for days in listed.values()]
    assert firsts == sorted(firsts)
    assert not [text for text in coming if "thời hạn: )" in text or "thời hạn:  " in text]


def test_section_iii_names_ongoing_and_undated_tasks_without_an_empty_deadline(
    third_quarter_draft: tuple[Document, Report],
) -> None:
    document, plan_then = third_quarter_draft
    coming = section_iii(document)
    ongoing = [
        line.code
        for line in plan_then.tasks
        if line.kind is ScheduleKind.ONGOING and line.status is not TaskStatus.NO_DEADLINE
    ]
    undated = [line.code for line in plan_then.tasks if line.status is TaskStatus.NO_DEADLINE]
    assert ongoing and undated
    assert f"Thực hiện thường xuyên: nhiệm vụ {', '.join(ongoing)}." in coming
    assert (
        f"Xác định thời hạn hoàn thành đối với nhiệm vụ {', '.join(undated)} (nêu tại mục II)."
    ) in coming
    for code in ongoing + undated:
        assert not [text for text in coming if text.startswith(f"- {code}. ")]


def test_section_iii_shows_only_the_due_dates_still_to_come(
    db: Session, organisation: Organisation
) -> None:
    plan = db.exec(select(Plan)).one()
    first_of_october = datetime(2025, 10, 1, 8, 0, tzinfo=VIETNAM)
    third_quarter = build_report(db, plan, now=first_of_october, quarter=3, year=2025)
    assert third_quarter.as_of == date(2025, 9, 30)
    plan_then = build_report(db, plan, now=first_of_october)
    coming = outlook(third_quarter, plan_then, issued_on=first_of_october.date())
    # Task 4 is due at the end of quarters III and IV; on 01/10 only 31/12 is ahead.
    task_4 = next(line for line in plan_then.tasks if line.code == "4")
    assert task_4.due_dates == (date(2025, 9, 30), date(2025, 12, 31))
    written = section_iii(render(third_quarter, organisation, coming, issued_on=date(2025, 10, 1)))
    assert (
        f"- 4. {task_4.title} (chủ trì: Phòng Văn hoá - Xã hội; thời hạn: 31/12/2025)." in written
    )


def test_section_iii_of_a_report_filed_after_the_plan_says_it_has_ended(
    document: Document,
) -> None:
    # Quarter IV is filed in February: every due date of the plan is behind.
    assert section_iii(document) == [
        "Kế hoạch đã kết thúc ngày 31/12/2025, không còn mốc thời hạn nào sắp tới."
    ]


def test_section_iii_says_so_when_nothing_falls_due(
    report: Report, organisation: Organisation
) -> None:
    nothing = Outlook(
        start=date(2025, 12, 1),
        until=date(2026, 3, 31),
        plan_end=date(2025, 12, 31),
        coming=(),
        ongoing=(),
        undated=(),
    )
    assert section_iii(render(report, organisation, nothing)) == [
        "Không có nhiệm vụ nào của Kế hoạch đến hạn trong thời gian tới."
    ]


# --- The signature block ------------------------------------------------------------------


def test_the_signature_block_lists_the_recipients_and_signs_for_the_committee(
    document: Document,
) -> None:
    signature = document.tables[1]
    left, right = signature.rows[0].cells
    assert texts(left.paragraphs) == [
        "Nơi nhận:",
        "- Sở Nội vụ;",
        "- TT Đảng ủy, TT HĐND xã;",
        "- Chủ tịch, các PCT UBND xã;",
        "- Lưu: VT, VHXH.",
    ]
    heading, *recipients = (p for p in left.paragraphs if p.text.strip())
    assert heading.runs[0].bold and heading.runs[0].italic
    assert heading.runs[0].font.size == Pt(12)
    assert {p.runs[0].font.size for p in recipients} == {Pt(11)}
    assert texts(right.paragraphs) == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]
    for paragraph in right.paragraphs:
        assert paragraph.alignment == WD_ALIGN_PARAGRAPH.CENTER
        assert all(run.bold and run.font.size == Pt(14) for run in paragraph.runs)


# --- The appendix -------------------------------------------------------------------------


def test_the_appendix_is_a_landscape_section_on_a_new_page(document: Document) -> None:
    assert len(document.sections) == 2
    landscape: Section = document.sections[1]
    assert landscape.start_type == WD_SECTION.NEW_PAGE
    assert landscape.orientation == WD_ORIENT.LANDSCAPE
    assert_mm(landscape.page_width, 297)
    assert_mm(landscape.page_height, 210)
    written = texts(document.paragraphs)
    at = written.index("PHỤ LỤC")
    assert written[at + 1].startswith("Kết quả thực hiện các nhiệm vụ quý IV năm 2025 theo ")
    assert written[at + 2] == (
        "(Kèm theo Báo cáo số .../BC-UBND ngày 05/02/2026 của Ủy ban nhân dân xã Nghi Dương)"
    )


def test_the_appendix_table_has_the_plan_columns_in_a_repeated_bold_header(
    document: Document,
) -> None:
    table = appendix(document)
    assert table.style is not None and table.style.name == "Table Grid"
    header = table.rows[0]
    assert [cell.text for cell in header.cells] == [
        "STT",
        "Nội dung nhiệm vụ",
        "Cơ quan chủ trì",
        "Cơ quan phối hợp",
        "Thời hạn",
        "Sản phẩm",
        "Kết quả / tiến độ",
    ]
    assert all(run.bold for cell in header.cells for p in cell.paragraphs for run in p.runs)
    assert header._tr.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None
    sizes = {
        run.font.size
        for row in table.rows
        for cell in row.cells
        for paragraph in cell.paragraphs
        for run in paragraph.runs
    }
    assert sizes <= {Pt(11), Pt(12)}


def test_every_task_of_the_report_has_one_appendix_row_in_plan_order(
    document: Document, report: Report
) -> None:
    rows = appendix_rows(document, report)
    assert list(rows) == [line.code for line in report.tasks]
    for line in report.tasks:
        _code, title, lead, _coordinating, deadline, product, result = rows[line.code]
        assert title == line.title
        assert lead == lead_vi(line, "; ")
        dates = ", ".join(due.strftime("%d/%m/%Y") for due in line.due_dates)
        assert deadline.splitlines() == [text for text in (line.deadline_text, dates) if text]
        assert product == line.product
        assert result.splitlines()[0] == f"{label(line)} ({line.percent}%)"


def test_an_appendix_row_shows_the_latest_note_and_the_coordinating_units(
    document: Document, report: Report
) -> None:
    rows = appendix_rows(document, report)
    result = rows["3"][6].splitlines()
    assert result == [
        "Hoàn thành đúng hạn (100%)",
        "Trần Thị Hoa báo cáo ngày 20/12/2025: “đã ban hành Báo cáo số 215/BC-UBND”.",
    ]
    overdue = report.overdue[0]
    assert rows[overdue.code][6].splitlines()[1] == f"quá hạn {overdue.days_overdue} ngày"
    # Task 3 is coordinated by every other unit, which the plan writes as one collective name.
    assert rows["3"][3] == ALL_UNITS_VI
    named = next(
        line for line in report.tasks if line.coordinating and not _all_others(line, report)
    )
    assert rows[named.code][3] == "; ".join(unit.name for unit in named.coordinating)


def _all_others(line: TaskLine, report: Report) -> bool:
    """Whether every unit but the leads coordinates ``line``."""
    everyone = {group.code for group in report.units}
    others = everyone - {unit.code for unit in line.leads}
    return len(others) > 1 and {unit.code for unit in line.coordinating} == others
