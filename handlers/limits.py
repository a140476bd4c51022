"""Limits as the conversation applies them: a polite refusal instead of the action."""

from __future__ import annotations

from handlers.context import Turn
from models.limits import Limit, exceeded, record_event, subject_of


def writer_subject(turn: Turn) -> str:
    """The writer's chat account as a limit's subject."""
    person = turn.incoming.person
    return subject_of(person.channel.value, person.external_id)


def within_limit(turn: Turn, limit: Limit) -> bool:
    """Count one action of the writer; when they used up the limit, say so and return False.

    Use it before anything that makes the bot write to other people (a registration
    request, a problem report, a completion or leave notice): one person's burst must
    not flood the coordinators.
    """
    subject = writer_subject(turn)
    if exceeded(turn.session, limit, subject, turn.now):
        minutes = int(limit.window.total_seconds() // 60)
        turn.say(
            turn.tr.gettext(
                "You have done this {count} times in the last {minutes} minutes, which is as "
                "many as I pass on to others; please try again later or call the coordinator.",
                count=limit.times,
                minutes=minutes,
            )
        )
        return False
    record_event(turn.session, limit, subject, turn.now)
    return True
