"""A unit's Word report is the unit's: its header, number symbol, title and head's signature.

The commune's report, from the same database, stays the People's Committee's. The files
are made as the chat and the command line make them (report_file) and opened again with
python-docx.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from datetime import datetime

import docx
import pytest
from docx.document import Document
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.table import _Cell
from docx.text.paragraph import Paragraph
from sqlalchemy import Engine
from sqlmodel import Session, select

from handlers.i18n import translator
from handlers.reporting.docx_kit import HEADER_PT, capitals_width_mm, inside
from handlers.reporting.files import FileFormat, report_file
from handlers.reporting.issuer import (
    committee_short_name,
    head_title,
    unit_issuer,
    unit_symbol,
)
from handlers.reporting.word import HEADER_COLUMNS_MM
from models.clock import VIETNAM
from models.db import session_scope
from models.plans import task_by_code
from models.progress import ProgressReading, record_progress
from models.report import Report, build_report
from models.status import TaskStatus
from models.tables import Plan, Role
from tests.builders import register_officers

FILED_AT = datetime(2026, 2, 5, 8, 0, tzinfo=VIETNAM)
# Drafted inside quarter IV: its 31/12 milestones are still ahead (once the quarter is
# over, those not done were missed, and the tasks are overdue rather than not started).
IN_QUARTER = datetime(2025, 12, 15, 8, 0, tzinfo=VIETNAM)
STATUS_VI = {
    TaskStatus.DONE_ON_TIME: "Hoàn thành đúng hạn",
    TaskStatus.DONE_LATE: "Hoàn thành quá hạn",
    TaskStatus.IN_PROGRESS: "Đang thực hiện",
    TaskStatus.OVERDUE: "Quá hạn",
    TaskStatus.NOT_STARTED: "Chưa triển khai",
    TaskStatus.NO_DEADLINE: "Chưa có thời hạn",
}
HEAD = "Nguyễn Văn Kiên"
VI = translator("vi")


@pytest.fixture
def staffed(seeded_engine: Engine) -> Engine:
    """A coordinator in Phòng Văn hoá - Xã hội, Phòng Kinh tế's head and one of its officers,
    who has reported on a task the unit leads (8) and one it coordinates (3)."""
    _coordinator, _head, officer = register_officers(
        seeded_engine,
        [
            ("vhxh", "Trần Thị Hoa", Role.COORDINATOR, "100"),
            ("kinhte", HEAD, Role.UNIT_HEAD, "200"),
            ("kinhte", "Phạm Thị Dung", Role.OFFICER, "300"),
        ],
        now=datetime(2025, 7, 2, 8, 0, tzinfo=VIETNAM),
    )
    with session_scope(seeded_engine) as session:
        plan = session.exec(select(Plan)).one()
        assert plan.id is not None
        for code, percent, note in (("8", 60, "đang tổng hợp số liệu"), ("3", 30, "")):
            task = task_by_code(session, plan.id, code)
            assert task is not None and task.id is not None
            record_progress(
                session,
                task_id=task.id,
                officer_id=officer,
                now=datetime(2025, 12, 10, 9, 0, tzinfo=VIETNAM),
                reading=ProgressReading(percent, note),
            )
    return seeded_engine


def word_file(engine: Engine, unit_code: str | None, now: datetime = FILED_AT) -> Document:
    with Session(engine) as session:
        plan = session.exec(select(Plan)).one()
        made = report_file(
            session,
            plan,
            FileFormat.DOCX,
            now=now,
            tr=VI,
            unit_code=unit_code,
            quarter=4,
            year=2025,
        )
    return docx.Document(io.BytesIO(made.content))


def unit_report(engine: Engine, unit_code: str, now: datetime = FILED_AT) -> Report:
    with Session(engine) as session:
        plan = session.exec(select(Plan)).one()
        return build_report(session, plan, now=now, unit_code=unit_code, quarter=4, year=2025)


def texts(paragraphs: Iterable[Paragraph]) -> list[str]:
    return [paragraph.text for paragraph in paragraphs if paragraph.text.strip()]


def written(document: Document) -> list[str]:
    return texts(document.paragraphs)


def header_left(document: Document) -> _Cell:
    return document.tables[0].rows[0].cells[0]


def signature(document: Document) -> tuple[_Cell, _Cell]:
    left, right = document.tables[1].rows[0].cells
    return left, right


def rule_width_mm(paragraph: Paragraph, space_mm: float) -> float:
    indent = paragraph.paragraph_format.left_indent
    assert indent is not None
    return space_mm - 2 * float(indent.mm)


# --- The unit's report ----------------------------------------------------------------------


def test_a_unit_report_is_headed_by_the_unit_under_its_committee(staffed: Engine) -> None:
    left = header_left(word_file(staffed, "kinhte"))
    assert texts(left.paragraphs) == ["UBND XÃ NGHI DƯƠNG", "PHÒNG KINH TẾ", "Số: .../BC-KT"]
    committee, unit, number = (p for p in left.paragraphs if p.text.strip())
    # ND 30: the body above, upper case and upright; the issuing body upper case and bold.
    assert not committee.runs[0].bold and unit.runs[0].bold and not number.runs[0].bold
    assert {run.font.size for p in (committee, unit, number) for run in p.runs} == {Pt(13)}
    # The short rule is right under the issuing body, a third to a half of its line.
    paragraphs = list(left.paragraphs)
    rule = paragraphs[paragraphs.index(next(p for p in paragraphs if p.text == unit.text)) + 1]
    assert rule._p.find(f"{qn('w:pPr')}/{qn('w:pBdr')}/{qn('w:bottom')}") is not None
    width = rule_width_mm(rule, inside(HEADER_COLUMNS_MM[0]))
    text_width = capitals_width_mm("PHÒNG KINH TẾ", HEADER_PT)
    assert text_width / 3 <= width <= text_width / 2


def test_a_unit_report_is_titled_opened_and_closed_in_the_units_name(staffed: Engine) -> None:
    body = written(word_file(staffed, "kinhte"))
    assert "BÁO CÁO" in body
    title = body[body.index("BÁO CÁO") + 1]
    assert title == (
        "Kết quả thực hiện nhiệm vụ cải cách hành chính quý IV năm 2025 của Phòng Kinh tế"
    )
    assert any(
        text.startswith("Thực hiện Kế hoạch cải cách hành chính xã Nghi Dương")
        and "Phòng Kinh tế báo cáo kết quả thực hiện các nhiệm vụ được giao" in text
        for text in body
    )
    assert (
        "Trên đây là báo cáo kết quả thực hiện nhiệm vụ cải cách hành chính quý IV năm 2025 "
        "của Phòng Kinh tế./."
    ) in body
    assert "(Kèm theo Báo cáo số .../BC-KT ngày 05/02/2026 của Phòng Kinh tế)" in body
    assert not [text for text in body if "Ủy ban nhân dân xã Nghi Dương báo cáo" in text]


def test_a_unit_report_is_signed_by_the_unit_head_by_name(staffed: Engine) -> None:
    left, right = signature(word_file(staffed, "kinhte"))
    assert texts(right.paragraphs) == ["TRƯỞNG PHÒNG", HEAD]
    for paragraph in right.paragraphs:
        assert all(run.bold and run.font.size == Pt(14) for run in paragraph.runs)
    # Room for the signature and the seal between the title and the name.
    lines = [paragraph.text for paragraph in right.paragraphs]
    assert lines[1:-1] == [""] * 4
    assert texts(left.paragraphs) == [
        "Nơi nhận:",
        "- UBND xã Nghi Dương (để báo cáo);",
        "- Phòng Văn hoá - Xã hội (để tổng hợp);",
        "- Lưu: VT, KT.",
    ]


def test_without_one_registered_head_the_name_is_left_to_be_written(
    staffed: Engine,
) -> None:
    # Văn phòng has no unit head: the title, then room for the signature and a blank name.
    _left, right = signature(word_file(staffed, "vanphong"))
    assert texts(right.paragraphs) == ["CHÁNH VĂN PHÒNG"]
    assert [paragraph.text for paragraph in right.paragraphs] == ["CHÁNH VĂN PHÒNG"] + [""] * 5
    # Two heads registered alike (a head and a deputy): the report cannot tell who signs.
    register_officers(staffed, [("kinhte", "Lê Thị Mai", Role.UNIT_HEAD, "400")], now=FILED_AT)
    _left, right = signature(word_file(staffed, "kinhte"))
    assert texts(right.paragraphs) == ["TRƯỞNG PHÒNG"]


def test_the_coordinators_own_unit_sends_its_report_to_the_committee_only(
    staffed: Engine,
) -> None:
    left, right = signature(word_file(staffed, "vhxh"))
    assert texts(left.paragraphs) == [
        "Nơi nhận:",
        "- UBND xã Nghi Dương (để báo cáo);",
        "- Lưu: VT, VHXH.",
    ]
    assert texts(right.paragraphs) == ["TRƯỞNG PHÒNG"]


@pytest.mark.parametrize(
    ("unit_code", "body", "number", "signer"),
    [
        ("pvhcc", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", "Số: .../BC-TTPVHCC", "GIÁM ĐỐC"),
        (
            "snc",
            "TRUNG TÂM SỰ NGHIỆP CÔNG VÀ CỔNG THÔNG TIN ĐIỆN TỬ XÃ",
            "Số: .../BC-TTSNC",
            "GIÁM ĐỐC",
        ),
        ("vanphong", "VĂN PHÒNG HĐND VÀ UBND XÃ", "Số: .../BC-VP", "CHÁNH VĂN PHÒNG"),
        ("vhxh", "PHÒNG VĂN HOÁ - XÃ HỘI", "Số: .../BC-VHXH", "TRƯỞNG PHÒNG"),
    ],
)
def test_every_unit_of_the_commune_issues_and_signs_as_its_kind(
    staffed: Engine, unit_code: str, body: str, number: str, signer: str
) -> None:
    document = word_file(staffed, unit_code)
    assert texts(header_left(document).paragraphs) == ["UBND XÃ NGHI DƯƠNG", body, number]
    _left, right = signature(document)
    assert texts(right.paragraphs)[0] == signer
    assert not [text for text in written(document) if text.startswith("TM.")]


def test_a_unit_report_names_its_own_tasks_not_started_on_one_line(staffed: Engine) -> None:
    report = unit_report(staffed, "kinhte", IN_QUARTER)
    own = [line for line in report.tasks if "kinhte" in {unit.code for unit in line.leads}]
    waiting = [line.code for line in own if line.status is TaskStatus.NOT_STARTED]
    assert len(waiting) > 3
    body = written(word_file(staffed, "kinhte", IN_QUARTER))
    assert f"Chưa triển khai (0%): nhiệm vụ {', '.join(waiting)}." in body
    assert sum("Chưa triển khai (0%)" in text for text in body) == 1


def test_a_unit_report_names_the_tasks_it_coordinates_apart_from_its_own(
    staffed: Engine,
) -> None:
    report = unit_report(staffed, "kinhte")
    helped = [line for line in report.tasks if "kinhte" not in {u.code for u in line.leads}]
    assert len(helped) > 3
    by_status: dict[TaskStatus, list[str]] = {}
    for line in helped:
        by_status.setdefault(line.status, []).append(line.code)
    groups = "; ".join(
        f"{STATUS_VI[status]}: nhiệm vụ {', '.join(by_status[status])}"
        for status in TaskStatus
        if status in by_status
    )
    body = written(word_file(staffed, "kinhte"))
    assert f"Phối hợp thực hiện {len(helped)} nhiệm vụ do đơn vị khác chủ trì: {groups}." in body
    # Task 3 (led by Phòng Văn hoá - Xã hội, reported on by this unit's officer) is named
    # there, never among the unit's own results; task 8 is the unit's own, its note quoted.
    assert "3" in [line.code for line in helped]
    results = body[: body.index("II. TỒN TẠI, HẠN CHẾ")]
    assert not [text for text in results if text.startswith("- 3. ")]
    [own] = [text for text in results if text.startswith("- 8. ")]
    # 60% when quarter IV closed: its 31/12 milestone was missed.
    assert own.endswith(
        "Quá hạn (60%). Phạm Thị Dung báo cáo ngày 10/12/2025: “đang tổng hợp số liệu”."
    )


# --- The commune's report, from the same database -------------------------------------------


def test_the_commune_report_stays_the_committees_whatever_heads_are_registered(
    staffed: Engine,
) -> None:
    document = word_file(staffed, None)
    assert texts(header_left(document).paragraphs) == [
        "ỦY BAN NHÂN DÂN",
        "XÃ NGHI DƯƠNG",
        "Số: .../BC-UBND",
    ]
    committee, commune, _number = (p for p in header_left(document).paragraphs if p.text.strip())
    assert committee.runs[0].bold and commune.runs[0].bold
    body = written(document)
    assert body[body.index("BÁO CÁO") + 1] == (
        "Kết quả thực hiện Kế hoạch cải cách hành chính quý IV năm 2025"
    )
    left, right = signature(document)
    assert texts(right.paragraphs) == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]
    assert "- Sở Nội vụ;" in texts(left.paragraphs)
    assert HEAD not in "\n".join(body + texts(right.paragraphs))


def test_the_recipients_and_the_signature_are_kept_together_on_one_page(
    staffed: Engine,
) -> None:
    for unit_code in (None, "kinhte"):
        document = word_file(staffed, unit_code)
        [row] = document.tables[1].rows
        assert row._tr.find(f"{qn('w:trPr')}/{qn('w:cantSplit')}") is not None
        for cell in row.cells:
            paragraphs = cell.paragraphs
            assert all(p.paragraph_format.keep_together for p in paragraphs)
            assert all(p.paragraph_format.keep_with_next for p in paragraphs[:-1])
        # The closing sentence goes to the signature's page with it.
        closing = next(p for p in document.paragraphs if p.text.startswith("Trên đây"))
        assert closing.paragraph_format.keep_with_next
        following = closing._p.getnext()
        assert following is not None and following.tag == qn("w:tbl")


# --- The rules ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "symbol"),
    [
        ("Phòng Kinh tế", "KT"),
        ("Phòng Văn hoá - Xã hội", "VHXH"),
        ("Phòng Văn hóa - Xã hội", "VHXH"),
        ("Văn phòng HĐND và UBND xã", "VP"),
        ("Trung tâm Phục vụ hành chính công", "TTPVHCC"),
        ("Trung tâm Sự nghiệp công và Cổng thông tin điện tử xã", "TTSNC"),
        ("Phòng Kinh tế, Hạ tầng và Đô thị", "KTHTĐT"),
        ("Ban Chỉ huy Quân sự xã", "BCHQS"),
        ("Trạm Y tế xã", "TYT"),
        ("Phòng", "TEST"),
    ],
)
def test_unit_symbols_are_the_initials_of_the_units_name(name: str, symbol: str) -> None:
    assert unit_symbol("test", name) == symbol


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("Phòng Kinh tế", "TRƯỞNG PHÒNG"),
        ("phòng văn hoá - xã hội", "TRƯỞNG PHÒNG"),
        ("Văn phòng HĐND và UBND xã", "CHÁNH VĂN PHÒNG"),
        ("Trung tâm Phục vụ hành chính công", "GIÁM ĐỐC"),
        ("Ban Chỉ huy Quân sự xã", "TRƯỞNG BAN"),
        ("Trạm Y tế xã", "TRƯỞNG TRẠM"),
        ("Công an xã", "THỦ TRƯỞNG ĐƠN VỊ"),
    ],
)
def test_the_head_signs_with_the_title_of_the_units_kind(name: str, title: str) -> None:
    assert head_title(name) == title


@pytest.mark.parametrize(
    ("authority", "short"),
    [
        ("Ủy ban nhân dân xã Nghi Dương", "UBND xã Nghi Dương"),
        ("Uỷ ban nhân dân phường Hồng Bàng", "UBND phường Hồng Bàng"),
        ("Ban Chỉ đạo cải cách hành chính", "Ban Chỉ đạo cải cách hành chính"),
    ],
)
def test_the_committee_above_a_unit_is_written_short(authority: str, short: str) -> None:
    assert committee_short_name(authority) == short
    issuer = unit_issuer(authority, "kt", "Phòng Kinh tế", head=None, compiler=None)
    assert issuer.parent == short.upper()
    assert issuer.reports_to == short
