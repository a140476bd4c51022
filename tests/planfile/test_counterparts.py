"""A commune's Phòng Kinh tế and a ward's Phòng Kinh tế, Hạ tầng và Đô thị are one office.

A plan copied from the other kind of commune names the one this commune lacks: the name
is read whole and asked about (the chat offers the commune's units; the command line
wants ``--unit``), never added as a second economy office with nobody in it.
"""

from __future__ import annotations

import pytest

from models.planfile import UnitSpec
from models.planfile.units import UnitIndex, split_units

COMMUNE = (
    UnitSpec("vanphong", "Văn phòng HĐND và UBND xã"),
    UnitSpec("kinhte", "Phòng Kinh tế"),
)
WARD = (
    UnitSpec("vanphong", "Văn phòng HĐND và UBND phường"),
    UnitSpec("ktht", "Phòng Kinh tế, Hạ tầng và Đô thị"),
)
WARD_NAMES = (
    "Phòng Kinh tế, Hạ tầng và Đô thị",
    "Phòng Kinh tế Hạ tầng và Đô thị",
    "Phòng KT-HT&ĐT",
)


@pytest.mark.parametrize("written", WARD_NAMES)
def test_a_commune_is_asked_what_a_wards_economy_office_means(written: str) -> None:
    [found] = split_units(written, UnitIndex(COMMUNE))
    assert found.unknown
    assert found.written == written  # whole, not cut at its comma


def test_a_ward_is_asked_what_a_communes_economy_office_means() -> None:
    [found] = split_units("Phòng Kinh tế", UnitIndex(WARD))
    assert found.unknown


def test_each_finds_its_own_office_under_its_own_names() -> None:
    [found] = split_units("Phòng KT", UnitIndex(COMMUNE))
    assert found.code == "kinhte"
    [found] = split_units("Phòng KTHT&ĐT", UnitIndex(WARD))
    assert found.code == "ktht"


def test_a_commune_without_either_office_gets_the_one_its_plan_names() -> None:
    index = UnitIndex([UnitSpec("vanphong", "Văn phòng HĐND và UBND xã")])
    [found] = split_units("Phòng Kinh tế, Hạ tầng và Đô thị; Văn phòng HĐND và UBND xã", index)[:1]
    assert found.standard is not None and found.standard.code == "ktht"


def test_a_name_answered_once_is_known_the_next_time() -> None:
    aliased = (
        COMMUNE[0],
        UnitSpec("kinhte", "Phòng Kinh tế", ("Phòng Kinh tế, Hạ tầng và Đô thị",)),
    )
    [found] = split_units("Phòng Kinh tế, Hạ tầng và Đô thị", UnitIndex(aliased))
    assert found.code == "kinhte"


def test_one_answer_teaches_every_spelling_of_the_office() -> None:
    """The answer is kept as an alias of Phòng Kinh tế; a unit known by one of the ward
    office's names is known by all of them."""
    aliased = (COMMUNE[0], UnitSpec("kinhte", "Phòng Kinh tế", ("Phòng KT-HT&ĐT",)))
    for written in WARD_NAMES:
        [found] = split_units(written, UnitIndex(aliased))
        assert found.code == "kinhte", written
