"""Small pieces of writing shared by every message: shortened titles and sentence ends."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from handlers.formatting import sentence_end, short_title

# Task 29 of the bundled plan: its first sentence ends just before the cut.
BUDGET = (
    "Tiếp tục đổi mới, tăng cường kỷ cương thu, chi ngân sách. Phấn đấu vượt chỉ tiêu "
    "thu ngân sách năm 2025 được giao"
)


def test_a_title_cut_after_a_full_stop_shows_no_doubled_stop() -> None:
    assert short_title(BUDGET) == "Tiếp tục đổi mới, tăng cường kỷ cương thu, chi ngân sách…"


def test_a_short_title_is_kept_whole() -> None:
    assert short_title("  Ban hành   Kế hoạch  ") == "Ban hành Kế hoạch"


@given(st.text(alphabet=st.sampled_from(list("abc .,;:!?-")), max_size=120))
def test_no_cut_title_ends_with_punctuation_before_the_ellipsis(title: str) -> None:
    cut = short_title(title, 20)
    assert len(cut) <= 20
    if cut == " ".join(title.split()):
        return  # not cut: the title as written
    assert cut.endswith("…")
    assert not cut.endswith(("..", ".…", ",…", " …", ";…", ":…", "-…", "….", "?…", "!…"))


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Đã gửi", "Đã gửi."),
        ("Tiếp tục đổi mới…", "Tiếp tục đổi mới…"),
        ("Đã gửi.", "Đã gửi."),
        ("Xong?", "Xong?"),
        ("nhiệm vụ “Tiếp tục…”", "nhiệm vụ “Tiếp tục…”"),
        ("nhiệm vụ (Tiếp tục…)", "nhiệm vụ (Tiếp tục…)"),
        ("nhiệm vụ “Ban hành”", "nhiệm vụ “Ban hành”."),
        ("", ""),
    ],
)
def test_a_sentence_ends_once(written: str, expected: str) -> None:
    assert sentence_end(written) == expected


def test_a_sentence_ending_in_a_short_title_has_one_stop() -> None:
    sentence = sentence_end(f"Đã hoàn thành nhiệm vụ 29: {short_title(BUDGET)}")
    assert sentence.endswith("ngân sách…")
