"""The one text-cleaning rule: what it drops, what it keeps, and that the writers take it."""

from __future__ import annotations

import io
import unicodedata

import docx
import openpyxl
from hypothesis import given, settings
from hypothesis import strategies as st

from models.vntext import clean_text

# Every character Python can hold, surrogates and controls included, with the awkward
# ones drawn often enough to meet each other (\r before \n, controls beside them).
AWKWARD = "\x00\x08\x0b\x0c\r\n\t\x1b\x7f\x85\x9f\ud800\udfff\ufffe\uffff\u2028\ufeff"
ANY_CHARACTER = st.one_of(st.sampled_from(AWKWARD), st.characters(exclude_categories=()))
ANY_TEXT = st.text(ANY_CHARACTER, max_size=60)


def forbidden(character: str) -> bool:
    """A character no stored or written text may hold."""
    category = unicodedata.category(character)
    if character in "\n\t":
        return False
    return category in ("Cc", "Cs") or character in "\ufffe\uffff"


@given(ANY_TEXT)
def test_no_forbidden_character_is_left(value: str) -> None:
    cleaned = clean_text(value)
    assert not [character for character in cleaned if forbidden(character)]
    assert "\r" not in cleaned


@given(ANY_TEXT)
def test_cleaning_twice_changes_nothing(value: str) -> None:
    assert clean_text(clean_text(value)) == clean_text(value)


@given(st.text(st.characters(exclude_categories=("Cc", "Cs")) | st.sampled_from("\n\t")))
def test_text_without_controls_is_kept_as_it_is(value: str) -> None:
    if "\ufffe" in value or "\uffff" in value:
        return
    assert clean_text(value) == value


def test_examples() -> None:
    assert clean_text("Đã xong\x0b 50%\r\nghi chú\rdòng 3\t✓") == "Đã xong 50%\nghi chú\ndòng 3\t✓"
    assert clean_text("a\x00b\x1fc\x7fd\x9fe\ud800f\uffffg") == "abcdefg"
    # Letters of every script, emoji with joiners, non-breaking spaces stay.
    kept = "Nghị quyết 01 — Phường Bến Nghé \u00a0👩\u200d💻 日本"
    assert clean_text(kept) == kept


@settings(max_examples=60, deadline=None)
@given(ANY_TEXT)
def test_python_docx_takes_any_cleaned_text(value: str) -> None:
    document = docx.Document()
    document.add_paragraph().add_run(clean_text(value))
    buffer = io.BytesIO()
    document.save(buffer)
    reopened = docx.Document(io.BytesIO(buffer.getvalue()))
    assert len(reopened.paragraphs) == 1


@settings(max_examples=60, deadline=None)
@given(ANY_TEXT)
def test_openpyxl_takes_any_cleaned_text(value: str) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    cell = sheet.cell(1, 1)
    cell.value = clean_text(value)
    cell.data_type = "s"
    buffer = io.BytesIO()
    workbook.save(buffer)
    reopened = openpyxl.load_workbook(io.BytesIO(buffer.getvalue())).active
    assert reopened is not None
    assert (reopened.cell(1, 1).value or "") == (clean_text(value) or "")
