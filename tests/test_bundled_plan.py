"""The bundled plan holds every row of the seed's appendix, read as the seed means it."""

from __future__ import annotations

import json
from typing import Any

import pytest
from typer.testing import CliRunner

from bot.cli import app

OTHERS_THAN_VHXH = ["vanphong", "kinhte", "pvhcc", "snc"]
OTHERS_THAN_VANPHONG = ["vhxh", "kinhte", "pvhcc", "snc"]
OTHERS_THAN_KINHTE = ["vhxh", "vanphong", "pvhcc", "snc"]
OTHERS_THAN_PVHCC = ["vhxh", "vanphong", "kinhte", "snc"]
ALL = ["vhxh", "vanphong", "kinhte", "pvhcc", "snc"]
Q3_Q4 = ["2025-09-30", "2025-12-31"]
END = ["2025-12-31"]

# code: (section, leads, coordinating, deadline text, kind, due dates)
EXPECTED: dict[str, tuple[str, list[str], list[str], str, str, list[str]]] = {
    "1.1": ("I", ["vhxh"], OTHERS_THAN_VHXH, "Trong tháng 7/2025", "once", ["2025-07-31"]),
    "1.2": ("I", ALL, [], "Trong tháng 7/2025", "once", ["2025-07-31"]),
    "2": (
        "I",
        ["vhxh"],
        OTHERS_THAN_VHXH,
        "Trước ngày 20 của tháng cuối quý",
        "recurring",
        ["2025-09-19", "2025-12-19"],
    ),
    "3": ("I", ["vhxh"], OTHERS_THAN_VHXH, "Quý IV/2025", "once", END),
    "4": ("I", ["vhxh"], OTHERS_THAN_VHXH, "Quý III, IV/2025", "milestones", Q3_Q4),
    "5": (
        "I",
        ["vhxh"],
        OTHERS_THAN_VHXH,
        "Theo thời gian đánh giá hàng năm của Bộ Y tế",
        "unknown",
        [],
    ),
    "6": ("I", ["vhxh"], OTHERS_THAN_VHXH, "Cả năm 2025", "once", END),
    "7": ("I", ["vhxh"], OTHERS_THAN_VHXH, "Quý III,IV/2025", "milestones", Q3_Q4),
    "8": ("I", ["kinhte"], OTHERS_THAN_KINHTE, "Cả năm 2025", "once", END),
    "9": ("I", ["vhxh"], OTHERS_THAN_VHXH, "Cả năm 2025", "once", END),
    "10": ("I", ["vhxh"], OTHERS_THAN_VHXH, "Quý III,IV/2025", "milestones", Q3_Q4),
    "11": ("II", ["vanphong"], OTHERS_THAN_VANPHONG, "Quý III,IV/2025", "milestones", Q3_Q4),
    "12": (
        "II",
        ["vanphong"],
        OTHERS_THAN_VANPHONG,
        "Trước ngày 10/12/2025",
        "once",
        ["2025-12-09"],
    ),
    "13": ("II", ["vanphong"], OTHERS_THAN_VANPHONG, "Quý IV/2025", "once", END),
    "14": ("II", ["vanphong"], OTHERS_THAN_VANPHONG, "Quý IV/2025", "once", END),
    "15.1": ("III", OTHERS_THAN_VANPHONG, ["vanphong"], "Cả năm 2025", "once", END),
    "15.2": ("III", ["vanphong"], [], "Thường xuyên", "ongoing", []),
    "15.3": ("III", ["vanphong"], OTHERS_THAN_VANPHONG, "Quý III-IV/2025", "milestones", Q3_Q4),
    "16": ("III", ALL, [], "Thường xuyên", "ongoing", []),
    "17": ("III", ["pvhcc"], OTHERS_THAN_PVHCC, "", "unknown", []),
    "18": ("III", ["pvhcc"], [], "Kết hợp báo cáo công tác KSTTHC quý, năm", "recurring", Q3_Q4),
    "19": ("III", ["vanphong"], OTHERS_THAN_VANPHONG, "Hàng quý", "recurring", Q3_Q4),
    "20": ("III", ["pvhcc"], OTHERS_THAN_PVHCC, "Thường xuyên", "ongoing", []),
    "21": ("IV", ["vhxh"], OTHERS_THAN_VHXH, "Quý III,IV/2025", "milestones", Q3_Q4),
    "22": ("IV", ["vhxh"], OTHERS_THAN_VHXH, "Quý III,IV/2025", "milestones", Q3_Q4),
    "23": ("IV", ["vhxh"], OTHERS_THAN_VHXH, "Quý IV/2025", "once", END),
    "24": ("V", ["vhxh"], OTHERS_THAN_VHXH, "Quý III,IV/2025", "milestones", Q3_Q4),
    "25": ("V", ["vhxh"], OTHERS_THAN_VHXH, "Quý III,IV/2025", "milestones", Q3_Q4),
    "26": ("VI", ["kinhte"], OTHERS_THAN_KINHTE, "Quý III,IV/2025", "milestones", Q3_Q4),
    "27": ("VI", ["kinhte"], OTHERS_THAN_KINHTE, "Cả năm 2025", "once", END),
    "28": ("VII", ["vhxh"], OTHERS_THAN_VHXH, "Cả năm 2025", "once", END),
    "29": ("VII", ["vanphong"], OTHERS_THAN_VANPHONG, "Thường xuyên", "ongoing", []),
    "30": ("VII", ALL, [], "Thường xuyên", "ongoing", []),
    "31": ("VII", ["kinhte"], OTHERS_THAN_KINHTE, "Theo lộ trình năm 2025", "once", END),
    "32": ("VII", ["vanphong"], OTHERS_THAN_VANPHONG, "Quý III,IV/2025", "milestones", Q3_Q4),
}


@pytest.fixture
def plan_json(database_url: str, monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    monkeypatch.setenv("DATABASE_URL", database_url)
    result = CliRunner().invoke(app, ["plan", "show", "--json"])
    assert result.exit_code == 0, result.output
    rows: list[dict[str, Any]] = json.loads(result.stdout)
    return rows


def test_every_row_of_the_appendix_is_there_in_order(plan_json: list[dict[str, Any]]) -> None:
    assert [row["code"] for row in plan_json] == list(EXPECTED)
    # 32 numbered tasks; task 1 has two sub-rows and task 15 three.
    assert len({row["code"].split(".")[0] for row in plan_json}) == 32


@pytest.mark.parametrize("code", list(EXPECTED))
def test_row_matches_the_seed(plan_json: list[dict[str, Any]], code: str) -> None:
    row = next(row for row in plan_json if row["code"] == code)
    section, leads, coordinating, deadline, kind, dates = EXPECTED[code]
    assert row["section"] == section
    assert [unit["code"] for unit in row["leads"]] == leads
    assert [unit["code"] for unit in row["coordinating"]] == coordinating
    assert row["deadline_text"] == deadline
    assert row["schedule"]["kind"] == kind
    assert row["schedule"]["due_dates"] == dates
    assert row["title"] and row["product"]


def test_lead_is_one_unit_or_every_unit(plan_json: list[dict[str, Any]]) -> None:
    by_code = {row["code"]: row for row in plan_json}
    assert by_code["12"]["lead"] == {"code": "vanphong", "name": "Văn phòng HĐND và UBND xã"}
    assert by_code["16"]["lead"] == {
        "code": "all",
        "name": "Các phòng, ban, ngành; đơn vị có liên quan",
    }
    assert by_code["15.1"]["lead"]["code"] == "all"
    assert by_code["1.1"]["coordinating"][0] == {
        "code": "vanphong",
        "name": "Văn phòng HĐND và UBND xã",
    }


def test_unknown_deadlines_explain_themselves(plan_json: list[dict[str, Any]]) -> None:
    by_code = {row["code"]: row for row in plan_json}
    assert "Bộ Y tế" in by_code["5"]["schedule"]["explanation"]
    assert by_code["17"]["schedule"]["explanation"]
    assert "09/12/2025" in by_code["12"]["schedule"]["explanation"]
