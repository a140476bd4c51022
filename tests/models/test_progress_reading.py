"""How a one-line progress reply is read (models.progress.read_progress)."""

from __future__ import annotations

import pytest

from models.progress import ProgressError, ProgressReading, read_progress


@pytest.mark.parametrize(
    ("line", "reading"),
    [
        ("50% đã gửi dự thảo", ProgressReading(50, "đã gửi dự thảo")),
        ("xong", ProgressReading(100, "")),
        ("đã hoàn thành, số 31/BC-UBND", ProgressReading(100, "số 31/BC-UBND", "31/BC-UBND")),
        # The product's number right after "xong": finished, the number kept as the product.
        ("xong số 45/BC-UBND", ProgressReading(100, "số 45/BC-UBND", "45/BC-UBND")),
        ("xong so 45/BC-UBND", ProgressReading(100, "so 45/BC-UBND", "45/BC-UBND")),
        # "xong" running into other words is not a finished task.
        ("xong phần 1, còn phần 2", ProgressReading(None, "xong phần 1, còn phần 2")),
        ("xong số liệu quý III", ProgressReading(None, "xong số liệu quý III")),
    ],
)
def test_a_line_reads_as_an_official_means_it(line: str, reading: ProgressReading) -> None:
    assert read_progress(line) == reading


@pytest.mark.parametrize("line", ["150%", "-5", "", "   ", "50,5%"])
def test_a_line_that_cannot_be_recorded_is_refused(line: str) -> None:
    with pytest.raises(ProgressError):
        read_progress(line)
