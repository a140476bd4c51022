"""Many communes in one deployment, and a city that sees them all."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from bot.cli import app
from bot.settings import BUNDLED_PLAN
from handlers.conversation import Conversation
from handlers.types import Incoming, Person
from models.calendar import WorkingCalendar
from models.clock import VIETNAM, FixedClock
from models.db import make_engine
from models.tables import Channel
from tests.builders import confirm_completions_at_once


def commune_plan(tmp_path: Path, code: str, name: str, place: str) -> Path:
    data = yaml.safe_load(BUNDLED_PLAN.read_text(encoding="utf-8"))
    data["organisation"].update(
        code=code,
        name=name,
        authority=f"Ủy ban nhân dân {name.lower()}",
        place=place,
        parent="hai-phong",
        parent_name="Thành phố Hải Phòng",
    )
    path = tmp_path / f"{code}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def say(conversation: Conversation, telegram_id: str, text: str) -> str:
    person = Person(Channel.TELEGRAM, telegram_id, "")
    return "\n".join(
        r.text
        for r in conversation.handle(Incoming(person, telegram_id, text=text))
        if r.to is None
    )


def test_two_communes_and_their_city(
    database_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("DATABASE_URL", database_url)
    runner = CliRunner()
    for code, name, place in (
        ("nghi-duong", "Xã Nghi Dương", "Nghi Dương"),
        ("tan-lap", "Xã Tân Lập", "Tân Lập"),
    ):
        result = runner.invoke(
            app, ["plan", "import", str(commune_plan(tmp_path, code, name, place))]
        )
        assert result.exit_code == 0, result.output
    ambiguous = runner.invoke(
        app,
        [
            "officer",
            "add",
            "--telegram-id",
            "1",
            "--name",
            "Hoa",
            "--unit",
            "vhxh",
            "--role",
            "coordinator",
        ],
    )
    assert ambiguous.exit_code == 2 and "--commune" in ambiguous.stderr
    for telegram_id, commune, unit, role in (
        ("1", "nghi-duong", "vhxh", "coordinator"),
        ("2", "tan-lap", "vhxh", "coordinator"),
        ("3", "tan-lap", "kinhte", "officer"),
        ("9", "hai-phong", "snv", "leader"),
    ):
        added = runner.invoke(
            app,
            [
                "officer",
                "add",
                "--telegram-id",
                telegram_id,
                "--name",
                f"Cán bộ {telegram_id}",
                "--unit",
                unit,
                "--role",
                role,
                "--commune",
                commune,
            ],
        )
        assert added.exit_code == 0, added.output
    engine = make_engine(database_url)
    # Completions count at once here: this test is about communes, not confirmation.
    confirm_completions_at_once(engine)
    try:
        clock = FixedClock(datetime(2025, 12, 5, 9, 0, tzinfo=VIETNAM))
        conversation = Conversation(engine, clock, WorkingCalendar())
        say(conversation, "3", "/capnhat 8 100 xong")
        nghi_duong = say(conversation, "1", "/baocao")
        tan_lap = say(conversation, "2", "/baocao")
        assert "Đã hoàn thành 0/35" in nghi_duong and "Đã hoàn thành 1/35" in tan_lap
        # Each coordinator works in their own commune only: task 8 here is Nghi Dương's.
        say(conversation, "1", "/capnhat 8 50 một nửa")
        assert "Đã hoàn thành 1/35" in say(conversation, "2", "/baocao")
        city = say(conversation, "9", "/baocao")
        assert "Thành phố Hải Phòng" in city
        assert "Số xã, phường: 2" in city and "Theo xã, phường:" in city
        assert "• Xã Tân Lập: hoàn thành 1/35" in city
        assert "• Xã Nghi Dương: hoàn thành 0/35" in city
    finally:
        engine.dispose()
    every = runner.invoke(app, ["report", "--format", "json", "--all"])
    assert every.exit_code == 0, every.output
    data = json.loads(every.stdout)
    assert [c["code"] for c in data["communes"]] == ["nghi-duong", "tan-lap"]
    assert data["totals"]["tasks"] == 70
    assert data["totals"]["done_on_time"] == 1
