"""Benchmark: importing a 100-task Word plan, read, checked and previewed (no chat).

A ward's plan as its clerk writes it (a first page laid out in a two-column table, a
body, then the appendix: a two-row header, a row of column numbers, Roman sections,
a task whose STT cell is merged over two rows, several units in a cell) with 100 tasks,
made with python-docx. Timed: :func:`models.planimport.preview_file`, which reads the
.docx, checks it against the ward's units, works out its commune and plan, and diffs
it against the plan it revises; that is everything the bot does before showing the
coordinator a preview. Measured twice: as a new plan of a new ward, and as a revision
of that plan once imported (the diff then reads 100 tasks back). The first run of a
process pays python-docx's import, so it is reported apart from the median of the rest.
"""

from __future__ import annotations

import io
import statistics
import tempfile
import time
from datetime import datetime
from pathlib import Path

import docx
from sqlalchemy import Engine

from bench.measure import Outcome
from models.clock import VIETNAM
from models.db import make_engine, migrate, session_scope
from models.planimport import ImportPreview, apply_preview, preview_file

NAME = "Plan import (100-task Word plan)"
TARGET_SECONDS = 2.0
TASKS = 100
RUNS = 7
NOW = datetime(2026, 1, 15, 9, 0, tzinfo=VIETNAM)
UNITS = (
    "Văn phòng HĐND và UBND phường",
    "Phòng Kinh tế, Hạ tầng và Đô thị",
    "Phòng Văn hoá - Xã hội",
    "Trung tâm Phục vụ hành chính công",
)
DEADLINES = (
    "Quý IV/2026",
    "Trước ngày 15/12/2026",
    "Thường xuyên",
    "Hằng quý",
    "Định kỳ 6 tháng, năm",
    "Từ tháng 7 đến tháng 12/2026",
)


def plan_document(tasks: int = TASKS) -> bytes:
    """A ward's Word plan with ``tasks`` tasks in its appendix."""
    document = docx.Document()
    top = document.add_table(rows=1, cols=2)
    top.cell(0, 0).text = "ỦY BAN NHÂN DÂN\nPHƯỜNG HÒA XUÂN\n-------\nSố: 45/KH-UBND"
    top.cell(0, 1).text = (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Hòa Xuân, ngày 10 tháng 01 năm 2026"
    )
    for line in ("KẾ HOẠCH", "Cải cách hành chính phường Hòa Xuân năm 2026"):
        document.add_paragraph(line)
    for _ in range(30):
        document.add_paragraph(
            "Tiếp tục triển khai thực hiện có hiệu quả Chương trình tổng thể cải cách hành "
            "chính nhà nước giai đoạn 2021 - 2030; xây dựng chính quyền phục vụ Nhân dân."
        )
    document.add_page_break()  # type: ignore[no-untyped-call]
    document.add_paragraph("PHỤ LỤC")
    document.add_paragraph("DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026")
    sections = 5
    table = document.add_table(rows=3 + sections + tasks + 1, cols=6)
    table.style = "Table Grid"
    for column, value in enumerate(
        ("STT", "Nội dung nhiệm vụ", "Cơ quan thực hiện", "", "Thời gian hoàn thành", "Sản phẩm")
    ):
        table.cell(0, column).text = value
    table.cell(1, 2).text, table.cell(1, 3).text = "Chủ trì", "Phối hợp"
    for column in range(6):
        table.cell(2, column).text = f"({column + 1})"
    row = 3
    per_section = tasks // sections
    for number in range(1, tasks + 1):
        if (number - 1) % per_section == 0 and row < 3 + sections + tasks:
            roman = ("I", "II", "III", "IV", "V")[(number - 1) // per_section]
            table.cell(row, 0).text = f"{roman}."
            table.cell(row, 1).text = f"Lĩnh vực {roman}"
            row += 1
        lead = UNITS[number % len(UNITS)]
        coordinating = "; ".join(unit for unit in UNITS if unit != lead)
        cells = (
            str(number),
            f"Nhiệm vụ số {number}: rà soát, đánh giá và báo cáo kết quả thực hiện",
            lead,
            coordinating if number % 3 else "Các phòng, đơn vị thuộc UBND phường",
            DEADLINES[number % len(DEADLINES)],
            "Báo cáo",
        )
        for column, value in enumerate(cells):
            table.cell(row, column).text = value
        row += 1
    # The last task in two rows under one STT cell: a sub-row of its own.
    table.cell(row, 1).text = "- Đợt 2"
    table.cell(row, 2).text = UNITS[0]
    table.cell(row, 4).text = "Quý IV/2026"
    above = table.cell(row - 1, 0)
    text = above.text
    above.merge(table.cell(row, 0)).text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _timed(engine: Engine, data: bytes, commune: str) -> tuple[float, ImportPreview]:
    started = time.perf_counter()
    with session_scope(engine) as session:
        preview = preview_file(session, "ke-hoach.docx", data, commune=commune)
    return time.perf_counter() - started, preview


def run() -> Outcome:
    """Time the preview of a new 100-task plan, then of its revision."""
    outcome = Outcome(NAME)
    data = plan_document()
    with tempfile.TemporaryDirectory() as folder:
        engine = make_engine(f"sqlite:///{Path(folder) / 'planimport.db'}")
        try:
            migrate(engine)
            first, preview = _timed(engine, data, "hoa-xuan")
            assert preview.ok, preview.problems
            new = [_timed(engine, data, "hoa-xuan")[0] for _ in range(RUNS)]
            with session_scope(engine) as session:
                again = preview_file(session, "ke-hoach.docx", data, commune="hoa-xuan")
                apply_preview(session, again, now=NOW)
            revision = [_timed(engine, data, "hoa-xuan") for _ in range(RUNS)]
        finally:
            engine.dispose()
    last = revision[-1][1]
    assert last.ok and not last.new_plan and len(last.changes.unchanged) == TASKS + 1
    outcome.add(
        "file",
        f"{len(data) / 1024:.0f} KiB, {TASKS + 1} tasks, "
        f"{len(preview.reading.new_units)} units set up",
    )
    outcome.add("first preview in the process (imports python-docx)", f"{first:.2f} s")
    for label, times in (
        ("new plan: read + check + preview, median", new),
        ("revision: read + check + diff of 101 tasks, median", [t for t, _ in revision]),
    ):
        median = statistics.median(times)
        outcome.add(label, f"{median:.3f} s", f"< {TARGET_SECONDS:.0f} s", median < TARGET_SECONDS)
    outcome.notes.append(
        "Preview of a 100-task Word plan: python-docx parse, appendix table to grid, header "
        "of the first page, unit matching, commune and plan identity, diff against the plan."
    )
    return outcome
