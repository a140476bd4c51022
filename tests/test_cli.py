"""The ``nhacviec`` command as a person runs it."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from bot.cli import app


def test_main_job_on_a_new_machine_loads_the_bundled_plan(tmp_path: Path) -> None:
    # The console script itself, in an empty directory, with nothing configured.
    script = Path(sys.executable).with_name("nhacviec")
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("NHACVIEC_", "DATABASE_URL", "TELEGRAM_"))
    }
    env["NHACVIEC_CLOCK_START"] = "2025-12-01T08:00:00+07:00"
    env["NHACVIEC_WEB_PORT"] = "0"  # the terminal chat's dashboard: any free port, never 8080
    result = subprocess.run(
        [str(script)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Kế hoạch cải cách hành chính xã Nghi Dương 6 tháng cuối năm 2025" in result.stdout
    assert "35 nhiệm vụ" in result.stdout
    assert "thứ Ba, 09/12/2025  12" in result.stdout
    assert (tmp_path / "nhacviec.db").exists()
    # Without a token the terminal chat opens, and a closed input ends it cleanly.
    assert "Anh/chị muốn dùng thử trong vai ai?" in result.stdout
    assert result.stdout.rstrip().endswith("Tạm biệt.")


def test_main_job_twice_does_not_load_the_plan_twice(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DATABASE_URL", database_url)
    runner = CliRunner()
    assert runner.invoke(app, []).exit_code == 0
    second = runner.invoke(app, ["plan", "show", "--json"])
    assert len(json.loads(second.stdout)) == 35


def test_plan_show_names_the_plan_its_number_and_period(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DATABASE_URL", database_url)
    shown = CliRunner().invoke(app, ["plan", "show"], env={"COLUMNS": "200"})
    assert shown.exit_code == 0
    assert "Kế hoạch cải cách hành chính xã Nghi Dương 6 tháng cuối năm 2025" in shown.stdout
    # The bundled plan's number is left blank in the original, as it is shown.
    assert "cchc-2025-h2 · Số …/QĐ-UBND, từ 01/07/2025 đến 31/12/2025." in shown.stdout


def test_deadline_json_has_the_promised_shape() -> None:
    result = CliRunner().invoke(app, ["deadline", "Quý III,IV/2025", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {
        "text": "Quý III,IV/2025",
        "kind": "milestones",
        "due_dates": ["2025-09-30", "2025-12-31"],
        "explanation": "Hạn vào cuối mỗi quý đã nêu: 30/09/2025, 31/12/2025.",
    }


def test_deadline_takes_the_period_from_the_options() -> None:
    result = CliRunner().invoke(
        app, ["deadline", "Hàng quý", "--from", "2026-01-01", "--to", "2026-06-30", "--json"]
    )
    assert json.loads(result.stdout)["due_dates"] == ["2026-03-31", "2026-06-30"]


def test_deadline_human_output_writes_weekdays() -> None:
    result = CliRunner().invoke(app, ["deadline", "Trước ngày 10/12/2025"])
    assert "thứ Ba, 09/12/2025" in result.stdout


def test_a_badly_written_period_is_explained_in_vietnamese() -> None:
    result = CliRunner().invoke(app, ["deadline", "Quý IV", "--from", "đầu kỳ"])
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        "--from: “đầu kỳ” không phải là một ngày; hãy ghi theo dạng dd/mm/yyyy hoặc "
        "YYYY-MM-DD, ví dụ 01/07/2025."
    )


def test_the_period_may_be_written_as_in_the_chat() -> None:
    result = CliRunner().invoke(
        app, ["deadline", "Hàng quý", "--from", "01/01/2026", "--to", "30/6/2026", "--json"]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["due_dates"] == ["2026-03-31", "2026-06-30"]


def test_a_reversed_period_is_refused() -> None:
    result = CliRunner().invoke(
        app, ["deadline", "Quý IV", "--from", "2025-12-31", "--to", "2025-07-01"]
    )
    assert result.exit_code == 2
    assert "Ngày kết thúc kế hoạch ở trước ngày bắt đầu." in result.stderr


def test_simulate_json_follows_the_promised_shape(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DATABASE_URL", database_url)
    result = CliRunner().invoke(
        app, ["simulate", "--from", "2025-12-01", "--to", "2025-12-12", "--json"]
    )
    assert result.exit_code == 0, result.output
    messages = json.loads(result.stdout)
    first_12 = next(m for m in messages if m["task"] == "12")
    assert first_12 == {
        "at": "2025-12-02T08:00:00+07:00",
        "task": "12",
        "unit": "vanphong",
        "recipient": "Văn phòng HĐND và UBND xã",
        "kind": "before",
        "days": 7,
    }
    assert {m["kind"] for m in messages} <= {"before", "due", "overdue", "checkin", "digest"}
    assert all("2025-12-01" <= m["at"][:10] <= "2025-12-12" for m in messages)


def test_simulate_follows_the_settings(database_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("NHACVIEC_REMINDER_DAYS", "2")
    monkeypatch.setenv("NHACVIEC_REMINDER_TIME", "07:45")
    result = CliRunner().invoke(
        app, ["simulate", "--from", "2025-12-01", "--to", "2025-12-09", "--json"]
    )
    twelve = [
        m for m in json.loads(result.stdout) if m["task"] == "12" and m["unit"] == "vanphong"
    ]
    assert [m["at"] for m in twelve] == ["2025-12-05T07:45:00+07:00"]


def test_simulate_prints_totals(database_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", database_url)
    result = CliRunner().invoke(app, ["simulate", "--from", "2025-12-01", "--to", "2025-12-05"])
    assert "Tổng cộng" in result.stdout and "Theo đơn vị:" in result.stdout


@pytest.mark.parametrize("file_format", ["docx", "xlsx", "png"])
def test_report_files_from_the_command_line(
    database_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, file_format: str
) -> None:
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("NHACVIEC_CLOCK_START", "2026-02-05T09:00:00+07:00")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(
        app, ["report", "--format", file_format, "--quarter", "4", "--year", "2025"]
    )
    assert result.exit_code == 0, result.output
    [made] = list(tmp_path.glob(f"*.{file_format}"))
    assert "quy4-2025" in made.name
    content = made.read_bytes()
    if file_format == "docx":
        document = docx.Document(io.BytesIO(content))
        header = document.tables[0]
        text = "\n".join(cell.text for row in header.rows for cell in row.cells)
        assert "Nghi Dương, ngày 05 tháng 02 năm 2026" in text
    elif file_format == "xlsx":
        assert load_workbook(io.BytesIO(content)).sheetnames[0] == "Nhiệm vụ"
    else:
        assert content.startswith(b"\x89PNG")


def test_report_to_a_named_file(
    database_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("DATABASE_URL", database_url)
    target = tmp_path / "bao-cao.json"
    result = CliRunner().invoke(app, ["report", "--format", "json", "--out", str(target)])
    assert result.exit_code == 0
    assert json.loads(target.read_text(encoding="utf-8"))["totals"]["tasks"] == 35


@pytest.mark.parametrize(
    ("content", "expected"),
    [("units: [[[\n", "Tệp YAML sai cú pháp"), (None, "Không đọc được tệp")],
)
def test_a_broken_seed_plan_file_is_explained_not_traced(
    database_url: str,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    content: str | None,
    expected: str,
) -> None:
    plan_file = tmp_path / "ke-hoach.yaml"
    if content is not None:
        plan_file.write_text(content, encoding="utf-8")
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("NHACVIEC_PLAN_FILE", str(plan_file))
    result = CliRunner().invoke(app, ["plan", "show"])
    assert result.exit_code == 2
    assert expected in result.stderr and "ke-hoach.yaml" in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)
    # Nothing was loaded: the next run with a good file seeds the database.
    monkeypatch.delenv("NHACVIEC_PLAN_FILE")
    assert len(json.loads(CliRunner().invoke(app, ["plan", "show", "--json"]).stdout)) == 35


def test_names_print_as_typed_not_as_markup(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DATABASE_URL", database_url)
    name = "Lê [/] Văn [bold]Cường"
    added = CliRunner().invoke(
        app,
        [
            "officer",
            "add",
            "--telegram-id",
            "77",
            "--name",
            name,
            "--unit",
            "vhxh",
            "--role",
            "officer",
        ],
    )
    assert added.exit_code == 0, added.output
    assert name in added.stdout
    listed = CliRunner().invoke(app, ["officer", "list"])
    assert listed.exit_code == 0, listed.output
    assert "[/]" in listed.stdout and "[bold]" in listed.stdout
