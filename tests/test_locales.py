"""Every user-facing string is translated, and Vietnamese is written the Vietnamese way."""

from __future__ import annotations

from datetime import date

import pytest

from bot import catalogue
from handlers.i18n import Translator


def test_catalogues_are_complete_and_current() -> None:
    assert catalogue.check() == []


def test_check_notices_a_msgid_missing_from_the_catalogues(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    template = catalogue.extract()
    template.add("A message nobody translated yet")
    monkeypatch.setattr(catalogue, "extract", lambda: template)
    problems = catalogue.check()
    assert "messages.pot is stale: run `python -m bot.catalogue update`" in problems
    assert "vi: missing msgid 'A message nobody translated yet'" in problems


@pytest.mark.parametrize(
    ("day", "written"),
    [
        (date(2025, 12, 9), "thứ Ba, 09/12/2025"),
        (date(2025, 12, 7), "Chủ nhật, 07/12/2025"),
        (date(2025, 9, 1), "thứ Hai, 01/09/2025"),
    ],
)
def test_weekday_dates(day: date, written: str) -> None:
    assert Translator("vi").weekday_date(day) == written


@pytest.mark.parametrize(
    ("ratio", "written"), [(0.625, "62,5%"), (1.0, "100%"), (20 / 32, "62,5%"), (0.0, "0%")]
)
def test_percentages(ratio: float, written: str) -> None:
    assert Translator("vi").percent(ratio) == written


def test_vietnamese_is_the_default_and_english_falls_back_to_the_msgid() -> None:
    assert Translator().gettext("Task {code} has no content.", code="12") == (
        "Nhiệm vụ 12 chưa có nội dung."
    )
    assert Translator("en").gettext("Task {code} has no content.", code="12") == (
        "Task 12 has no content."
    )
    assert Translator("fr").locale == "vi"
