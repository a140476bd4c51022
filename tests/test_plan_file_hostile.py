"""Hostile and broken plan files: each is a plan-file problem in Vietnamese, never a trace.

Every case goes through the function (:func:`read_plan_file`, then :func:`import_plan`)
and through ``nhacviec plan import``, and leaves the database as it was.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_file
from sqlalchemy import Engine
from sqlmodel import Session
from typer.testing import CliRunner

import models.planfile
from bot.cli import app
from bot.settings import BUNDLED_PLAN
from handlers.i18n import translator
from handlers.reporting.chart import chart_png
from models.clock import VIETNAM
from models.db import session_scope
from models.planfile import (
    MAX_ALIASES,
    MAX_DEPTH,
    MAX_FILE_BYTES,
    MAX_ROWS,
    PlanFileError,
    read_plan_file,
)
from models.plans import find_plan, import_plan
from models.report import build_report
from tests.test_plan_import import snapshot

LATER = datetime(2025, 9, 1, 9, 0, tzinfo=VIETNAM)
HEADER = "TT;Nội dung nhiệm vụ;Cơ quan chủ trì;Thời gian thực hiện\nI;Chỉ đạo điều hành\n"


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _laughs(levels: int) -> bytes:
    """A "billion laughs" YAML: each level holds nine aliases of the one before."""
    lines = ['l0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, levels + 1):
        aliases = ", ".join([f"*l{level - 1}"] * 9)
        lines.append(f"l{level}: &l{level} [{aliases}]")
    lines.append(f"sections: *l{levels}")
    return ("\n".join(lines) + "\n").encode()


def _bundled_with_title(title: str) -> bytes:
    """The bundled plan with another plan title (the first `  title:` is the plan's).

    The title ends with a vertical tab written as a YAML escape (``\\v``): a control
    character the importer must drop."""
    content = BUNDLED_PLAN.read_text(encoding="utf-8")
    quoted = '"' + title.replace("\\", "\\\\").replace('"', '\\"') + '\\v"'
    return re.sub(r"(?m)^  title: .*$", lambda _: f"  title: {quoted}", content, count=1).encode()


# (file name, content, words the first problem's Vietnamese message holds)
HOSTILE_FILES: list[tuple[str, bytes, str]] = [
    ("deep-lists.yaml", b"[" * 10_000 + b"]" * 10_000, f"quá {MAX_DEPTH} cấp"),
    ("deep-maps.yaml", b"a: " + b"{b: " * 10_000 + b"1" + b"}" * 10_000, f"quá {MAX_DEPTH} cấp"),
    (
        "deep-blocks.yaml",
        "".join(" " * level + "-\n" for level in range(3000)).encode(),
        f"quá {MAX_DEPTH} cấp",
    ),
    ("laughs.yaml", _laughs(12), f"quá {MAX_ALIASES} bí danh"),
    ("utf16.yaml", "plan: Kế hoạch".encode("utf-16"), "UTF-8"),
    ("binary.yaml", bytes(range(256)) * 40, "UTF-8"),
    ("binary.csv", bytes(range(256)) * 40, "UTF-8"),
    ("nul.yaml", b"plan: a\x00b\n", "YAML"),
    (
        "bad-date.yaml",
        b"plan:\n  code: a\n  title: b\n  period: {from: 2025-13-45, to: 2025-12-31}\n",
        "không đọc được",
    ),
    ("long-number.yaml", b"plan: " + b"7" * 5000 + b"\n", "không đọc được"),
    ("text.xlsx", b"this is not a workbook", "Excel"),
    ("binary.xlsx", bytes(range(256)) * 40, "Excel"),
    ("other-zip.xlsx", _zip({"hello.txt": b"hi"}), "Excel"),
    ("broken-parts.xlsx", _zip({"[Content_Types].xml": b"<not xml"}), "Excel"),
    ("zip-bomb.xlsx", _zip({"xl/bomb.xml": b"\0" * (60 * 1024 * 1024)}), "MB"),
    ("big-cell.csv", (HEADER + '1;"' + "x" * 200_000 + '";vhxh;Quý IV/2025\n').encode(), "CSV"),
    (
        "many-rows.csv",
        (HEADER + "".join(f"{n};Việc;vhxh;Quý IV/2025\n" for n in range(1, MAX_ROWS))).encode(),
        f"quá {MAX_ROWS} dòng",
    ),
    ("huge.yaml", b"# " + b"a" * MAX_FILE_BYTES, f"lớn hơn {MAX_FILE_BYTES // 1024 // 1024} MB"),
    # A phone that lost the file on the way sends 0 bytes: not "not a zip", nor "no task".
    ("empty.docx", b"", "Tệp trống"),
    ("empty.xlsx", b"", "Tệp trống"),
    ("blank.csv", b"\n\n  \n", "Tệp trống"),
]


@pytest.mark.parametrize(
    ("name", "content", "words"), HOSTILE_FILES, ids=[case[0] for case in HOSTILE_FILES]
)
def test_hostile_file_is_a_plan_file_problem(
    seeded_engine: Engine, name: str, content: bytes, words: str
) -> None:
    before = snapshot(seeded_engine)
    with pytest.raises(PlanFileError) as raised, session_scope(seeded_engine) as session:
        import_plan(session, read_plan_file(name, content), now=LATER)
    message = translator("vi").render(raised.value.problems[0].message)
    assert words in message
    assert snapshot(seeded_engine) == before


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [HOSTILE_FILES[0], HOSTILE_FILES[3], HOSTILE_FILES[5], HOSTILE_FILES[10]],
    ids=["deep", "laughs", "binary-yaml", "text-xlsx"],
)
def test_cli_reports_a_hostile_file_without_a_trace(
    seeded_engine: Engine,
    database_url: str,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    name: str,
    content: bytes,
    words: str,
) -> None:
    monkeypatch.setenv("DATABASE_URL", database_url)
    before = snapshot(seeded_engine)
    path = tmp_path / name
    path.write_bytes(content)
    result = CliRunner().invoke(app, ["plan", "import", str(path)])
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "không thay đổi gì" in result.stderr and words in result.stderr
    assert "Traceback" not in result.output
    assert snapshot(seeded_engine) == before


def test_cli_never_reads_an_endless_file_whole(
    seeded_engine: Engine, database_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("DATABASE_URL", database_url)
    huge = tmp_path / "huge.yaml"
    with huge.open("wb") as handle:  # a sparse file of 1 GB: reading it whole would show
        handle.truncate(1024 * 1024 * 1024)
    result = CliRunner().invoke(app, ["plan", "import", str(huge)])
    assert result.exit_code == 1
    assert "lớn hơn 5 MB" in result.stderr


@pytest.mark.parametrize(
    "title",
    [
        r"Kế hoạch CCHC $\frac{a}{$ năm 2025",
        "Kế hoạch $x^2$ và $$ {0} {plan} %s %(name)s",
        "Kế hoạch [/bold] [link=http://x] [/]",
    ],
)
def test_markup_in_a_plan_title_is_plain_text_everywhere(
    seeded_engine: Engine,
    database_url: str,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    title: str,
) -> None:
    monkeypatch.setenv("DATABASE_URL", database_url)
    path = tmp_path / "ke-hoach.yaml"
    path.write_bytes(_bundled_with_title(title))
    runner = CliRunner()
    imported = runner.invoke(app, ["plan", "import", str(path)])
    assert imported.exit_code == 0, imported.output
    with Session(seeded_engine) as session:
        plan = find_plan(session, None)
        assert plan is not None
        assert plan.title == title  # stored as written, without the control character
        report = build_report(session, plan, now=LATER)
    assert chart_png(report, translator("vi")).startswith(b"\x89PNG")
    shown = runner.invoke(app, ["plan", "show"], env={"COLUMNS": "400"})
    assert shown.exit_code == 0, shown.output
    assert title in shown.stdout


def test_overlong_yaml_text_names_its_field(seeded_engine: Engine) -> None:
    before = snapshot(seeded_engine)
    with pytest.raises(PlanFileError) as raised:
        read_plan_file("plan.yaml", _bundled_with_title("K" * 600))
    problem = raised.value.problems[0]
    assert problem.column == "title" and problem.row is not None
    assert "600" in problem.message.render()
    assert snapshot(seeded_engine) == before


# What the libraries say in English (PyYAML, openpyxl's zipfile, csv, the C library):
# none of it may reach a coordinator.
ENGLISH = (
    "zip file",
    "No such file",
    "while ",
    "found ",
    "expected",
    "mapping values",
    "Errno",
    "line contains",
    "field larger",
    "must be in",
    "Exceeds",
    "is not",
)


@pytest.mark.parametrize(
    ("name", "content", "words"), HOSTILE_FILES, ids=[case[0] for case in HOSTILE_FILES]
)
def test_no_library_english_reaches_the_coordinator(name: str, content: bytes, words: str) -> None:
    with pytest.raises(PlanFileError) as raised:
        read_plan_file(name, content)
    for problem in raised.value.problems:
        message = translator("vi").render(problem.message)
        assert not [english for english in ENGLISH if english in message], message
        assert "`" not in message


@pytest.mark.parametrize(
    ("content", "row", "words"),
    [
        (b"plan:\n  code: a\n  title: b: c\n", 3, "dòng 3, cột 11 có dấu “:” ở chỗ không được có"),
        (b"plan:\n\tcode: a\n", 2, "dòng 2, cột 1 có ký tự Tab"),
        (b"plan:\n  code: a\n title: b\n", 3, "cách thụt lề ở dòng 3, cột 2 không khớp"),
        ('plan:\n  title: "chưa đóng\n'.encode(), 3, "có đoạn chữ trong ngoặc kép chưa được đóng"),
        (b"units: [vhxh, kinhte\nplan: a\n", 2, "danh sách trong [ ] hoặc khối trong { }"),
        (b"plan: *khong_co\n", 1, "dùng bí danh (*tên) chưa được khai báo"),
    ],
)
def test_a_yaml_mistake_is_explained_with_its_line_and_column(
    content: bytes, row: int, words: str
) -> None:
    with pytest.raises(PlanFileError) as raised:
        read_plan_file("ke-hoach.yaml", content)
    [problem] = raised.value.problems
    assert problem.row == row
    message = translator("vi").render(problem.message)
    assert message.startswith("Tệp YAML sai cú pháp") and words in message, message


def test_a_file_named_xlsx_that_is_no_workbook_is_explained() -> None:
    with pytest.raises(PlanFileError) as raised:
        read_plan_file("ke-hoach.xlsx", "TT;Nội dung nhiệm vụ\n".encode())
    message = translator("vi").render(raised.value.problems[0].message)
    assert message.startswith("Tệp không phải bảng tính Excel (.xlsx): tệp .xlsx là một tệp nén")
    assert "tệp .xls cũ" in message


def test_plan_file_messages_quote_names_without_backticks() -> None:
    # models.planfile is a package: every module of it.
    package = Path(models.planfile.__file__).parent
    msgids = [
        message
        for source in sorted(package.glob("*.py"))
        for _, message, _, _ in extract_from_file("python", source, {"N_": None})
    ]
    assert len(msgids) > 20
    assert [msgid for msgid in msgids if "`" in msgid] == []
    assert "“plan” must be a mapping." in msgids
