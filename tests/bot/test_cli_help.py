"""The command line speaks the reader's language: help, mistakes, the start-up banner."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from bot.cli import COMMANDS, app
from bot.cli.run import show_status
from bot.runtime import open_runtime
from bot.settings import Settings

SUB_COMMANDS = {"plan": ("show", "import", "export"), "officer": ("add", "list", "remove")}
EVERY_COMMAND = [
    [],
    *([name] for name in COMMANDS),
    *([group, name] for group, names in SUB_COMMANDS.items() for name in names),
]


def _invoke(args: list[str]) -> Result:
    return CliRunner().invoke(app, args, prog_name="nhacviec")


@pytest.mark.parametrize("command", EVERY_COMMAND, ids=" ".join)
def test_every_help_is_in_vietnamese(command: list[str]) -> None:
    result = _invoke([*command, "--help"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"Cách dùng: nhacviec {' '.join(command)}".rstrip())
    assert "Tùy chọn:" in result.stdout and "Xem hướng dẫn này rồi thoát." in result.stdout
    for english in ("Usage:", "Options:", "Show this message", "default:", "required]"):
        assert english not in result.stdout


def test_the_list_of_commands_says_what_each_does() -> None:
    shown = _invoke(["--help"]).stdout
    assert "Lệnh:" in shown
    assert "simulate  Mọi lời nhắc và bản tổng hợp bot sẽ gửi" in shown
    assert "officer   Đăng ký, liệt kê và xoá cán bộ." in shown


def test_help_follows_the_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NHACVIEC_LOCALE", "en")
    shown = _invoke(["plan", "--help"]).stdout
    assert shown.startswith("Usage: nhacviec plan [OPTIONS] COMMAND [ARGS]...")
    assert "Show, import and export the plan." in shown and "Commands:" in shown


def test_report_help_names_every_format() -> None:
    shown = " ".join(_invoke(["report", "--help"]).stdout.split())
    assert "--format <json|docx|xlsx|png>" in shown
    for described in (
        "json (dữ liệu",
        "docx (báo cáo Word)",
        "xlsx (bảng tính Excel)",
        "png (biểu",
    ):
        assert described in shown
    assert "[mặc định: json]" in shown


@pytest.mark.parametrize(
    ("command", "said"),
    [
        (["report", "--format", "pdf"], "“pdf” không phải giá trị của --format: hãy dùng một"),
        (["report", "--quarter", "IV"], "--quarter cần một số nguyên, không phải “IV”."),
        (["plan", "export", "--format", "csv"], "“csv” không phải giá trị của --format"),
        (["officer", "add", "--name", "Lê Văn An"], "nhacviec officer add cần có --telegram-id"),
        (["officer", "remove", "hai"], "NUMBER cần một số nguyên, không phải “hai”."),
        (["plan", "show", "--jsn"], "không có tùy chọn --jsn. Ý anh/chị là --json?"),
        (["plann"], "Không có lệnh “plann”. Ý anh/chị là “nhacviec plan”?"),
        (["officer", "lst"], "Không có lệnh “lst”. Ý anh/chị là “nhacviec officer list”?"),
        (["deadline"], "nhacviec deadline cần có TEXT"),
        (["deadline", "Quý IV", "thừa"], "Có phần thừa không hiểu được: thừa"),
        (["deadline", "Quý IV", "--from", "32/13/2025"], "--from: "),
        (["report", "--format"], "--format cần một giá trị"),
        (["plan", "show", "--json=có"], "--json không nhận giá trị"),
    ],
)
def test_a_mistake_on_the_command_line_is_one_vietnamese_line(
    command: list[str], said: str
) -> None:
    result = _invoke(command)
    assert result.exit_code == 2, result.output
    assert said in result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stdout == ""
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_a_setting_that_cannot_be_used_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NHACVIEC_TIMEZONE", "Sao Hoả/Căn cứ")
    result = _invoke(["plan", "show"])
    assert result.exit_code == 2
    assert result.stderr == (
        "Không dùng được giá trị “Sao Hoả/Căn cứ” của cài đặt NHACVIEC_TIMEZONE.\n"
    )


def test_a_database_that_cannot_be_opened_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", "khong-phai://dia-chi")
    result = _invoke(["officer", "list"])
    assert result.exit_code == 2
    assert result.stderr.startswith("Không mở được cơ sở dữ liệu ghi trong DATABASE_URL")
    assert result.stderr.count("\n") == 1


def test_the_banner_lines_up_its_columns(
    database_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # 17/09/2025: task 2 falls due on Friday 19/09, task 15.3 and others on Tuesday 30/09.
    monkeypatch.setenv("NHACVIEC_CLOCK_START", "2025-09-17T08:00:00+07:00")
    monkeypatch.setenv("COLUMNS", "200")
    with open_runtime(Settings(DATABASE_URL=database_url)) as runtime:
        capsys.readouterr()
        show_status(runtime)
    lines = capsys.readouterr().out.splitlines()
    upcoming = _block(lines, "Đến hạn trong 14 ngày tới:")
    undated = _block(lines, "Nhiệm vụ chưa có thời hạn cụ thể, cán bộ đầu mối cần đặt ngày:")
    assert any(line.startswith("  thứ Sáu, 19/09/2025  2 ") for line in upcoming)
    assert any(line.startswith("  thứ Ba, 30/09/2025   15.3  ") for line in upcoming)
    for block in (upcoming, undated):
        starts = {
            tuple(match.start() for match in re.finditer(r"(?<=  )\S", line)) for line in block
        }
        assert len(starts) == 1, block


def _block(lines: list[str], heading: str) -> list[str]:
    start = lines.index(heading) + 1
    block = []
    for line in lines[start:]:
        if not line.startswith("  "):
            break
        block.append(line)
    assert len(block) >= 2, lines
    return block


def test_the_console_script_runs_the_package() -> None:
    script = Path(sys.executable).with_name("nhacviec")
    assert "from bot.cli import main" in script.read_text(encoding="utf-8")
