"""A cancelled leave gives the officer their reminders back, through the real sweep."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine

from handlers.choices import Action, decode
from tests.scheduler.test_sweep import KINHTE, World, at, make_world


def cancel_choice(world: World) -> str:
    [listed] = world.say(KINHTE, "/nghiphep")
    [data] = [
        choice.data
        for row in listed.choices
        for choice in row
        if (picked := decode(choice.data)) is not None and picked.action is Action.CANCEL_LEAVE
    ]
    return data


async def test_reminders_resume_once_a_leave_is_cancelled(seeded_engine: Engine) -> None:
    # Kinh tế's officer is reminded of task 12 on 05/12, 10/12 and 12/12.
    world = make_world(seeded_engine, at(date(2025, 12, 1), 6))
    world.say(KINHTE, "/nghiphep 4/12 - 12/12")
    await world.at(at(date(2025, 12, 5)))
    assert not world.channel.to(KINHTE)  # on leave
    world.clock.set(at(date(2025, 12, 5), 10))
    world.say(KINHTE, choice=cancel_choice(world))  # back at work: the leave ends on 04/12
    await world.at(at(date(2025, 12, 10)))
    [(when, reminder)] = world.channel.to(KINHTE)
    assert when == at(date(2025, 12, 10))
    assert "• 12 · " in reminder.text


async def test_a_leave_kept_still_holds_reminders_back(seeded_engine: Engine) -> None:
    world = make_world(seeded_engine, at(date(2025, 12, 1), 6))
    world.say(KINHTE, "/nghiphep 4/12 - 12/12")
    for day in (5, 10, 12):
        await world.at(at(date(2025, 12, day)))
    assert not world.channel.to(KINHTE)
    await world.at(at(date(2025, 12, 16)))
    assert world.channel.to(KINHTE)
