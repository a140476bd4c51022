"""/theodoi: the person's own link to the web dashboard (bot/web), on any channel.

The link is signed for the writer and shows what their role sees in the chat. The core
asks the runtime for it (:class:`handlers.context.WebLinks`), which has one only while the
web face serves at an address the writer can open; otherwise the answer says so and
points at /baocao, the same picture in the chat.
"""

from __future__ import annotations

from handlers.context import Turn


def dashboard_command(turn: Turn, _args: str) -> None:
    """/theodoi: send the writer their dashboard link, or say the web face is off."""
    tr = turn.tr
    web = turn.settings.web
    link = web.dashboard_link(turn.me.id) if web is not None else None
    if link is None:
        turn.say(
            tr.gettext(
                "The web dashboard is not set up on this server. Type /baocao to see the "
                "report in the chat."
            )
        )
        return
    turn.say(
        tr.gettext(
            "Your dashboard (a link for you alone, valid for 24 hours; it shows what /baocao "
            "shows you): {url}",
            url=link,
        )
    )
