"""Plan files made the way commune clerks make them, with python-docx and openpyxl.

One plan (Phường Hòa Xuân's 2026 plan) is written with any set of habits: each habit
changes how the file looks, never what it means, so every variant reads back as the
same tasks (:data:`EXPECTED`), up to the section codes letters give.

The ward's economy office is "Phòng Kinh tế, Hạ tầng và Đô thị" (:data:`KTHT`); a commune's
is "Phòng Kinh tế". A plan for a commune writes its own office's name (``economy=``): a
commune that has Phòng Kinh tế is asked what the ward's name means, never given a second
economy office.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import docx
from docx.shared import Pt
from openpyxl import Workbook

from models.planfile import UnitSpec

HABITS = (
    "title_rows",  # issuer, number, date and title above the table / on the first page
    "synonyms",  # "Nhiệm vụ", "Đơn vị chủ trì", "Tiến độ thực hiện" ... as headers
    "two_row_header",  # "Cơ quan thực hiện" over "Chủ trì" and "Phối hợp"
    "column_numbers",  # a "(1) (2) ... (6)" row under the header
    "letter_sections",  # sections numbered "A/" and "B." instead of "I." and "II."
    "merged_stt",  # the STT cell of task 2 merged down over its two rows
    "lettered_subs",  # task 2's rows numbered "a", "b" under a heading row "2"
    "unit_separators",  # several units by line breaks, bullets and commas, not "; "
    "all_phrases",  # "all units" as "Các phòng, đơn vị thuộc UBND phường", "Các cơ quan, đơn vị"
    "split_tables",  # Word: the appendix in two tables, the second without a header
)

EXISTING_UNITS = (
    UnitSpec("vanphong", "Văn phòng HĐND và UBND phường"),
    UnitSpec("vhxh", "Phòng Văn hoá - Xã hội", ("Phòng VH-XH",)),
)
ALL_CODES = ("vanphong", "vhxh", "ktht", "pvhcc")
TITLE = "Kế hoạch cải cách hành chính phường Hòa Xuân năm 2026"
NUMBER = "45/KH-UBND"

VHXH = "Phòng Văn hoá - Xã hội"
VANPHONG = "Văn phòng HĐND và UBND phường"
KTHT = "Phòng Kinh tế, Hạ tầng và Đô thị"
KINHTE = "Phòng Kinh tế"  # a commune's economy office, the same office as KTHT
PVHCC = "Trung tâm Phục vụ hành chính công"


@dataclass(frozen=True)
class Expected:
    """A task as it must read back: code, section, title, lead and coordinating codes."""

    code: str
    section: str
    title: str
    lead: tuple[str, ...]
    coordinating: tuple[str, ...]
    deadline: str
    product: str


EXPECTED = (
    Expected(
        "1",
        "I",
        "Ban hành Kế hoạch CCHC năm 2026",
        ("vhxh",),
        ("vanphong", "ktht", "pvhcc"),
        "Tháng 01/2026",
        "Kế hoạch",
    ),
    Expected(
        "2.1", "I", "Tự kiểm tra công tác CCHC (Đợt 1)", ("vhxh",), (), "Quý II/2026", "Báo cáo"
    ),
    Expected(
        "2.2", "I", "Tự kiểm tra công tác CCHC (Đợt 2)", ("ktht",), (), "Quý IV/2026", "Báo cáo"
    ),
    Expected(
        "3",
        "II",
        "Rà soát thủ tục hành chính",
        ("vanphong",),
        ("ktht", "pvhcc"),
        "Trước ngày 30/6/2026",
        "Danh mục TTHC",
    ),
    Expected(
        "4",
        "II",
        "Số hoá hồ sơ, kết quả giải quyết TTHC",
        ("pvhcc", "vanphong"),
        ("vhxh",),
        "Thường xuyên",
        "Hồ sơ số",
    ),
    Expected("5", "II", "Niêm yết công khai TTHC", ALL_CODES, (), "Hằng quý", "Báo cáo"),
)


def expected(habits: Iterable[str]) -> list[Expected]:
    """The tasks the plan reads as, with the section codes the habits give."""
    letters = "letter_sections" in set(habits)
    return [
        Expected(
            task.code,
            {"I": "A", "II": "B"}[task.section] if letters else task.section,
            task.title,
            task.lead,
            task.coordinating,
            task.deadline,
            task.product,
        )
        for task in EXPECTED
    ]


@dataclass(frozen=True)
class Row:
    """A row of the appendix as cells, and which of its cells are merged from above."""

    cells: tuple[str, ...]
    merged_down: tuple[int, ...] = ()  # columns merged with the row above


def appendix_rows(
    habits: Sequence[str], *, economy: str = KTHT
) -> tuple[list[list[str]], list[Row]]:
    """The header rows and the body rows of the appendix, as the habits write them, the
    economy office (task 2.2's lead, task 3's partner) written as ``economy``."""
    habit = set(habits)
    if "two_row_header" in habit:
        header = [
            [
                "STT",
                "Nội dung nhiệm vụ",
                "Cơ quan thực hiện",
                "",
                "Thời gian hoàn thành",
                "Sản phẩm",
            ],
            ["", "", "Chủ trì", "Phối hợp", "", ""],
        ]
    elif "synonyms" in habit:
        header = [
            [
                "STT",
                "Nhiệm vụ",
                "Đơn vị chủ trì",
                "Đơn vị phối hợp",
                "Tiến độ thực hiện",
                "Kết quả/Sản phẩm",
            ]
        ]
    else:
        header = [
            [
                "TT",
                "Nội dung nhiệm vụ",
                "Cơ quan chủ trì",
                "Cơ quan phối hợp",
                "Thời gian thực hiện",
                "Sản phẩm",
            ]
        ]
    if "column_numbers" in habit:
        header.append(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"])
    everyone = "Các phòng, ban, ngành; đơn vị có liên quan"
    others = everyone
    if "all_phrases" in habit:
        everyone, others = "Các phòng, đơn vị thuộc UBND phường", "Các cơ quan, đơn vị"
    if "unit_separators" in habit:
        coord3 = f"{economy}, {PVHCC}"
        lead4 = f"- Trung tâm PVHCC\n- {VANPHONG}"
    else:
        coord3 = f"{economy}; {PVHCC}"
        lead4 = f"Trung tâm PVHCC; {VANPHONG}"
    one, two = ("A/", "B.") if "letter_sections" in habit else ("I.", "II.")
    rows = [Row((one, "Công tác chỉ đạo, điều hành", "", "", "", ""))]
    rows.append(
        Row(
            (
                "1",
                "Ban hành Kế hoạch CCHC năm 2026",
                "Phòng VH-XH",
                others,
                "Tháng 01/2026",
                "Kế hoạch",
            )
        )
    )
    rows.extend(_task_two(habit, economy))
    rows.append(Row((two, "Cải cách thủ tục hành chính", "", "", "", "")))
    rows.append(
        Row(
            (
                "3",
                "Rà soát thủ tục hành chính",
                VANPHONG,
                coord3,
                "Trước ngày 30/6/2026",
                "Danh mục TTHC",
            )
        )
    )
    rows.append(
        Row(
            ("4", "Số hoá hồ sơ, kết quả giải quyết TTHC", lead4, VHXH, "Thường xuyên", "Hồ sơ số")
        )
    )
    rows.append(Row(("5", "Niêm yết công khai TTHC", everyone, "", "Hằng quý", "Báo cáo")))
    return header, rows


def _task_two(habit: set[str], economy: str) -> list[Row]:
    title = "Tự kiểm tra công tác CCHC"
    if "merged_stt" in habit:
        return [
            Row(("2", f"{title}\n- Đợt 1", VHXH, "", "Quý II/2026", "Báo cáo")),
            Row(("2", "- Đợt 2", economy, "", "Quý IV/2026", "Báo cáo"), merged_down=(0,)),
        ]
    first, second = ("a", "b") if "lettered_subs" in habit else ("2.1", "2.2")
    return [
        Row(("2", title, "", "", "", "")),
        Row((first, "- Đợt 1", VHXH, "", "Quý II/2026", "Báo cáo")),
        Row((second, "- Đợt 2", economy, "", "Quý IV/2026", "Báo cáo")),
    ]


def title_lines(issuer: str = "PHƯỜNG HÒA XUÂN", number: str = NUMBER) -> list[str]:
    """The first page's lines, as a clerk copies them above the table."""
    return [
        "ỦY BAN NHÂN DÂN",
        issuer,
        f"Số: {number}",
        "Hòa Xuân, ngày 10 tháng 01 năm 2026",
        "KẾ HOẠCH",
        "Cải cách hành chính phường Hòa Xuân năm 2026",
    ]


# --- Excel ------------------------------------------------------------------------------


def excel(
    habits: Sequence[str] = (), *, lines: Sequence[str] | None = None, economy: str = KTHT
) -> bytes:
    """The appendix as a clerk's workbook, the economy office written as ``economy``."""
    habit = set(habits)
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Phụ lục"
    above = list(lines) if lines is not None else (title_lines() if "title_rows" in habit else [])
    for line in above:
        sheet.append([line])
    if above:
        sheet.append([])
    header, rows = appendix_rows(habits, economy=economy)
    for cells in header:
        sheet.append(cells)
    if "two_row_header" in habit:
        top = sheet.max_row - (2 if "column_numbers" in habit else 1)
        sheet.merge_cells(start_row=top, start_column=3, end_row=top, end_column=4)
        for column in (1, 2, 5, 6):
            sheet.merge_cells(
                start_row=top, start_column=column, end_row=top + 1, end_column=column
            )
    for row in rows:
        sheet.append(list(row.cells))
        for column in row.merged_down:
            here = sheet.max_row
            sheet.cell(here, column + 1).value = None
            sheet.merge_cells(
                start_row=here - 1, start_column=column + 1, end_row=here, end_column=column + 1
            )
        if row.cells[0] in {"I.", "II.", "A/", "B."}:
            sheet.merge_cells(
                start_row=sheet.max_row, start_column=2, end_row=sheet.max_row, end_column=6
            )
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


# --- Word -------------------------------------------------------------------------------


def word(
    habits: Sequence[str] = ("title_rows",),
    *,
    lines: Sequence[str] | None = None,
    extra_tasks: int = 0,
    economy: str = KTHT,
) -> bytes:
    """The plan's Word document: a first page, a body, and the appendix table(s), the
    economy office written as ``economy``."""
    habit = set(habits)
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(13)
    above = list(lines) if lines is not None else (title_lines() if "title_rows" in habit else [])
    if above[:2] == ["ỦY BAN NHÂN DÂN", "PHƯỜNG HÒA XUÂN"] or above[:1] == ["ỦY BAN NHÂN DÂN"]:
        # The heading as documents lay it out: a borderless table of two columns.
        top = document.add_table(rows=1, cols=2)
        top.cell(0, 0).text = "\n".join([*above[:2], "-------", above[2]])
        top.cell(0, 1).text = "\n".join(
            ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", above[3]]
        )
        above = above[4:]
    for line in above:
        document.add_paragraph(line)
    document.add_paragraph("I. MỤC ĐÍCH, YÊU CẦU")
    document.add_paragraph(
        "Tiếp tục triển khai thực hiện có hiệu quả Chương trình tổng thể cải cách hành chính "
        "nhà nước giai đoạn 2021 - 2030 theo Kế hoạch số 12/KH-UBND của UBND thành phố."
    )
    document.add_page_break()  # type: ignore[no-untyped-call]
    document.add_paragraph("PHỤ LỤC")
    document.add_paragraph("DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026")
    header, rows = appendix_rows(habits, economy=economy)
    rows = rows + _extra_rows(extra_tasks)
    if "split_tables" in habit:
        cut = next(i for i, row in enumerate(rows) if row.cells[0] in {"II.", "B."})
        _word_table(document, header, rows[:cut], habit)
        document.add_paragraph("")
        _word_table(document, [], rows[cut:], habit)
    else:
        _word_table(document, header, rows, habit)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _extra_rows(count: int) -> list[Row]:
    return [
        Row(
            (
                str(number),
                f"Nhiệm vụ bổ sung số {number}",
                VHXH,
                f"{VANPHONG}; {PVHCC}",
                f"Trước ngày {number % 28 + 1}/12/2026",
                "Báo cáo",
            )
        )
        for number in range(6, 6 + count)
    ]


def _word_table(
    document: object, header: list[list[str]], rows: list[Row], habit: set[str]
) -> None:
    table = document.add_table(rows=len(header) + len(rows), cols=6)  # type: ignore[attr-defined]
    table.style = "Table Grid"
    for index, cells in enumerate(header):
        for column, value in enumerate(cells):
            if value:
                table.cell(index, column).text = value
    if "two_row_header" in habit and header:
        table.cell(0, 2).merge(table.cell(0, 3))
        table.cell(0, 2).text = "Cơ quan thực hiện"
        for column in (0, 1, 4, 5):
            merged = table.cell(0, column).merge(table.cell(1, column))
            merged.text = header[0][column]
    for offset, row in enumerate(rows):
        index = len(header) + offset
        for column, value in enumerate(row.cells):
            if column not in row.merged_down:
                table.cell(index, column).text = value
        for column in row.merged_down:
            above = table.cell(index - 1, column)
            value = above.text
            merged = above.merge(table.cell(index, column))
            merged.text = value
        if row.cells[0] in {"I.", "II.", "A/", "B."}:
            merged = table.cell(index, 1).merge(table.cell(index, 5))
            merged.text = row.cells[1]
