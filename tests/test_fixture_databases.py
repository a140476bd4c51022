"""The suite's PostgreSQL test databases: a run drops only what a killed run of its own left."""

from __future__ import annotations

import math

from tests.conftest import _started


def test_a_database_of_the_fixture_is_dated_by_its_run() -> None:
    assert _started("nv_1764547200_a1b2c3_migrated") == 1764547200.0
    assert _started("nv_1764547200_a1b2c3_seeded") == 1764547200.0
    assert _started("nv_1764547200_a1b2c3_t_0123456789ab") == 1764547200.0


def test_a_database_not_of_its_making_is_never_old() -> None:
    for name in ("nv_badname", "nv_prod", "nhacviec", "nv_1764547200_a1b2c3_users", "test"):
        assert math.isinf(_started(name)), name
