"""One rule reads a reason typed in answer to a question (handlers.answers.read_reason)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from handlers.answers import MAX_REASON, ReasonProblem, ReasonReading, is_cancel, read_reason


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Thiếu số liệu", ReasonReading("Thiếu số liệu")),
        (
            "  Hạn do UBND huyện\n giao,\tkhông lùi  ",
            ReasonReading("Hạn do UBND huyện giao, không lùi"),
        ),
        ("3 hồ sơ chưa ký", ReasonReading("3 hồ sơ chưa ký")),
        ("...", ReasonReading("...", ReasonProblem.NO_LETTERS)),
        ("123", ReasonReading("123", ReasonProblem.NO_LETTERS)),
        (" ? ! 15/12 ", ReasonReading("? ! 15/12", ReasonProblem.NO_LETTERS)),
        ("", ReasonReading("", ReasonProblem.EMPTY)),
        (" \n\t ", ReasonReading("", ReasonProblem.EMPTY)),
        ("huỷ", ReasonReading("", ReasonProblem.CANCELLED)),
        (" Huỷ  bỏ ", ReasonReading("", ReasonProblem.CANCELLED)),
        ("cancel", ReasonReading("", ReasonProblem.CANCELLED)),
        # A cancel word within a sentence is a reason, not a cancellation.
        ("huỷ vì trùng việc", ReasonReading("huỷ vì trùng việc")),
    ],
)
def test_a_reason_is_read_or_its_problem_named(written: str, expected: ReasonReading) -> None:
    assert read_reason(written) == expected


def test_the_limit_counts_the_folded_reason() -> None:
    assert read_reason("x" * MAX_REASON) == ReasonReading("x" * MAX_REASON)
    assert read_reason("x" * (MAX_REASON + 1)).problem is ReasonProblem.TOO_LONG
    # White space folded first: 250 words of two letters fit in 749 characters, not 500.
    long_words = " ".join(["ab"] * 250)
    assert read_reason(long_words).problem is ReasonProblem.TOO_LONG
    assert read_reason("ab   cd", limit=5) == ReasonReading("ab cd")
    assert read_reason("ab   cde", limit=5) == ReasonReading("ab cde", ReasonProblem.TOO_LONG)


def test_too_long_is_told_before_no_letters() -> None:
    assert read_reason("." * 600) == ReasonReading("." * 600, ReasonProblem.TOO_LONG)


@given(st.text(max_size=80))
def test_a_usable_reason_is_folded_has_a_letter_and_fits(written: str) -> None:
    reading = read_reason(written, limit=40)
    if reading.problem is None:
        assert reading.text == " ".join(written.split())
        assert any(character.isalpha() for character in reading.text)
        assert 0 < len(reading.text) <= 40
        assert not is_cancel(written)
    elif reading.problem is ReasonProblem.CANCELLED:
        assert is_cancel(written)
