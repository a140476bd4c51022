"""``nhacviec officer`` and the files commands write, as a coordinator uses them."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from bot.cli import app


@pytest.fixture(autouse=True)
def _database(database_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", database_url)


def _invoke(*args: str) -> Result:
    return CliRunner().invoke(app, list(args), prog_name="nhacviec")


def _add(telegram_id: str, name: str, unit: str, role: str, *more: str) -> Result:
    return _invoke(
        "officer",
        "add",
        "--telegram-id",
        telegram_id,
        "--name",
        name,
        "--unit",
        unit,
        "--role",
        role,
        *more,
    )


def _row_of(listing: str, name: str) -> list[str]:
    line = next(line for line in listing.splitlines() if name in line)
    return [cell.strip() for cell in line.split("│")[1:-1]]


def test_the_list_names_roles_as_people_do() -> None:
    for telegram_id, name, unit, role in (
        ("1", "Trần Thị Hoa", "vhxh", "coordinator"),
        ("2", "Lê Văn Cường", "vanphong", "officer"),
        ("3", "Đỗ Minh Hải", "vhxh", "unit_head"),
        ("4", "Nguyễn Văn Bình", "vanphong", "leader"),
    ):
        assert _add(telegram_id, name, unit, role).exit_code == 0
    listing = _invoke("officer", "list").stdout
    assert _row_of(listing, "Trần Thị Hoa")[2:] == ["vhxh", "cán bộ đầu mối", "telegram:1"]
    assert _row_of(listing, "Lê Văn Cường")[3] == "cán bộ"
    assert _row_of(listing, "Đỗ Minh Hải")[3] == "trưởng đơn vị"
    assert _row_of(listing, "Nguyễn Văn Bình")[3] == "lãnh đạo"
    assert not {"coordinator", "unit_head", "leader"} & set(listing.split())


def test_adding_a_registered_id_says_what_it_would_change_and_changes_nothing() -> None:
    added = _add("77", "Lê Văn An", "vanphong", "officer")
    assert added.stdout == (
        "Đã đăng ký Lê Văn An (cán bộ) thuộc Văn phòng HĐND và UBND xã, số cán bộ 1.\n"
    )
    refused = _add("77", "Lê Văn Ân", "kinhte", "coordinator")
    assert refused.exit_code == 1
    assert refused.stderr == (
        "Telegram id này đã là của Lê Văn An (cán bộ số 1); đăng ký lại sẽ đổi "
        "họ tên “Lê Văn An” → “Lê Văn Ân”; đơn vị vanphong → kinhte; "
        "vai trò cán bộ → cán bộ đầu mối. Thêm --update để thay đổi.\n"
    )
    assert _row_of(_invoke("officer", "list").stdout, "telegram:77")[1:4] == [
        "Lê Văn An",
        "vanphong",
        "cán bộ",
    ]


def test_update_changes_the_officer_in_place() -> None:
    _add("77", "Lê Văn An", "vanphong", "officer")
    updated = _add("77", "Lê Văn An", "kinhte", "unit_head", "--update")
    assert updated.exit_code == 0, updated.output
    assert updated.stdout == (
        "Đã cập nhật cán bộ số 1: đơn vị vanphong → kinhte; vai trò cán bộ → trưởng đơn vị.\n"
    )
    listing = _invoke("officer", "list").stdout
    # The same officer (number 1, their history with them), not a new one.
    assert _row_of(listing, "telegram:77") == [
        "1",
        "Lê Văn An",
        "kinhte",
        "trưởng đơn vị",
        "telegram:77",
    ]
    assert listing.count("telegram:77") == 1


def test_adding_the_same_officer_again_changes_nothing() -> None:
    _add("77", "Lê Văn An", "vanphong", "officer")
    again = _add("77", "Lê  Văn An ", "vanphong", "officer")
    assert again.exit_code == 0
    assert again.stdout == (
        "Lê Văn An đã được đăng ký đúng như vậy (cán bộ số 1); không có gì thay đổi.\n"
    )


@pytest.mark.parametrize(
    "command",
    [
        ("report", "--format", "json"),
        ("report", "--format", "docx"),
        ("report", "--format", "json", "--all"),
        ("plan", "export", "--format", "xlsx"),
        ("plan", "export", "--format", "yaml"),
    ],
    ids=" ".join,
)
def test_out_into_a_missing_folder_is_one_line(tmp_path: Path, command: tuple[str, ...]) -> None:
    target = tmp_path / "chua-co" / "bao-cao.out"
    result = _invoke(*command, "--out", str(target))
    assert result.exit_code == 2
    assert result.stderr == (
        f"Không ghi được tệp {target}: thư mục {target.parent} không tồn tại.\n"
    )
    assert not target.parent.exists()


def test_out_onto_a_folder_is_one_line(tmp_path: Path) -> None:
    result = _invoke("report", "--format", "json", "--out", str(tmp_path))
    assert result.exit_code == 2
    assert result.stderr == f"Không ghi được tệp {tmp_path}: đây là thư mục, không phải tệp.\n"


@pytest.mark.parametrize(
    ("name", "reason"),
    [("khong-co.yaml", "không có tệp hoặc thư mục này"), ("", "đây là thư mục, không phải tệp")],
)
def test_a_plan_file_that_cannot_be_read_is_one_line(
    tmp_path: Path, name: str, reason: str
) -> None:
    path = tmp_path / name
    result = _invoke("plan", "import", str(path))
    assert result.exit_code == 2
    assert result.stderr == f"Không đọc được tệp {path}: {reason}.\n"
