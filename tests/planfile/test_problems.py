"""A broken plan file: every problem listed in one pass, by row and column, in Vietnamese."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import Engine
from typer.testing import CliRunner

from bot.cli import app
from handlers.i18n import translator
from models.clock import VIETNAM
from models.db import session_scope
from models.planfile import read_plan
from models.planimport import preview_file
from tests.planfile.clerk import EXISTING_UNITS, title_lines, word
from tests.test_plan_import import snapshot

NOW = datetime(2026, 1, 15, 9, 0, tzinfo=VIETNAM)


def broken_workbook() -> bytes:
    """A ward's appendix with one mistake of each kind, in rows 8 to 13."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for line in title_lines():
        sheet.append([line])  # rows 1-6
    sheet.append(
        ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Tiến độ thực hiện", "Sản phẩm"]
    )  # row 7
    sheet.append(["I.", "Chỉ đạo, điều hành"])  # row 8
    sheet.append(["1", "Việc đúng", "Phòng VH-XH", "", "Quý I/2026", "Báo cáo"])  # 9
    sheet.append(["1x", "Số thứ tự sai", "Phòng VH-XH", "", "Quý I/2026", "Báo cáo"])  # 10
    sheet.append(["2", "", "Phòng VH-XH", "", "Quý I/2026", "Báo cáo"])  # 11: no content
    sheet.append(["3", "Không có chủ trì", "", "", "Quý I/2026", "Báo cáo"])  # 12
    sheet.append(
        ["4", "Đơn vị lạ", "Phòng Tư pháp", "Ban Chỉ huy Quân sự", "Quý I/2026", ""]
    )  # 13
    sheet.append(["1", "Trùng số", "Phòng VH-XH", "", "Quý I/2026", "Báo cáo"])  # 14
    sheet.append(["5", "Ngày không có", "Phòng VH-XH", "", "Trước ngày 32/12/2026", ""])  # 15
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def rendered(problems: object) -> list[tuple[int | None, str | None, str]]:
    tr = translator("vi")
    assert isinstance(problems, tuple)
    return [(p.row, p.column, tr.render(p.message)) for p in problems]


def test_every_problem_of_the_file_in_one_pass() -> None:
    reading = read_plan("ke-hoach.xlsx", broken_workbook(), EXISTING_UNITS)
    found = rendered(reading.problems)
    assert [(row, column) for row, column, _ in found] == [
        (10, "STT"),
        (11, "Nhiệm vụ"),
        (12, "Đơn vị chủ trì"),
        (13, "Đơn vị chủ trì"),
        (13, "Đơn vị phối hợp"),
        (14, "STT"),
    ]
    messages = [message for _, _, message in found]
    assert "“1x”" in messages[0]
    assert messages[1] == "Nhiệm vụ 2 chưa có nội dung."
    assert "Phòng Tư pháp" in messages[3] and "Ban Chỉ huy Quân sự" in messages[4]
    assert "dòng 9" in messages[5]
    assert [unit.name for unit in reading.unknown_units] == [
        "Phòng Tư pháp",
        "Ban Chỉ huy Quân sự",
    ]


def test_import_lists_file_commune_and_plan_problems_together(seeded_engine: Engine) -> None:
    before = snapshot(seeded_engine)
    with session_scope(seeded_engine) as session:
        preview = preview_file(session, "kh.xlsx", broken_workbook(), commune="nghi-duong")
    found = rendered(preview.problems)
    # The ward's plan is refused for Nghi Dương, and its rows' problems come with it (its
    # unit names are not matched against another commune's units).
    assert found[0][2].startswith("Kế hoạch do phường Hòa Xuân ban hành, không phải xã Nghi Dương")
    assert [row for row, _, _ in found[1:]] == [10, 11, 12, 14]
    assert snapshot(seeded_engine) == before


def test_a_word_plan_missing_its_title_number_and_period_asks_for_them(engine: Engine) -> None:
    lines = [
        "ỦY BAN NHÂN DÂN",
        "PHƯỜNG HÒA XUÂN",
        "Số:      /KH-UBND",
        "Hòa Xuân, ngày   tháng 01 năm 2026",
    ]
    data = word(("title_rows",), lines=lines)
    with session_scope(engine) as session:
        preview = preview_file(session, "ke-hoach.docx", data, commune="hoa-xuan")
    tr = translator("vi")
    said = [(problem.column, tr.render(problem.message)) for problem in preview.problems]
    assert (
        said
        == [
            ("--title", "Tệp không ghi tên kế hoạch: ghi tên bằng --title."),
            (
                "--number",
                "Văn bản không ghi số của kế hoạch (dòng Số: .../KH-UBND để trống hoặc không có): "
                "ghi số bằng --number.",
            ),
        ]
        or said[0][0] == "--title"
    )
    # The appendix heading says "năm 2026": the period is read, not asked for.
    assert all(column != "--from/--to" for column, _ in said)


def test_cli_prints_every_problem_and_changes_nothing(
    seeded_engine: Engine, database_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("DATABASE_URL", database_url)
    before = snapshot(seeded_engine)
    path = tmp_path / "ke-hoach.xlsx"
    path.write_bytes(broken_workbook())
    result = CliRunner().invoke(app, ["plan", "import", str(path), "--commune", "hoa-xuan"])
    assert result.exit_code == 1, result.output
    errors = result.stderr
    assert "không thay đổi gì" in errors
    for row in ("Dòng 10", "Dòng 11", "Dòng 12", "Dòng 13", "Dòng 14"):
        assert row in errors
    assert "--unit “TÊN=MÃ”" in errors and "“Phòng Tư pháp”" in errors
    assert snapshot(seeded_engine) == before


def _zip(members: dict[str, bytes]) -> bytes:
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"not a document", "tệp .docx là một tệp nén"),
        (_zip({"hello.txt": b"hi"}), "thiếu hoặc hỏng một phần"),
        (_zip({"[Content_Types].xml": b"<not xml"}), "thiếu hoặc hỏng một phần"),
        (
            _zip({"word/bomb.xml": b"\0" * (60 * 1024 * 1024)}),
            "Văn bản khi giải nén lên tới 60 MB",
        ),
    ],
    ids=["text", "other-zip", "broken-xml", "zip-bomb"],
)
def test_a_broken_word_file_is_one_vietnamese_problem(content: bytes, words: str) -> None:
    [problem] = read_plan("ke-hoach.docx", content, EXISTING_UNITS).problems
    assert words in translator("vi").render(problem.message)
