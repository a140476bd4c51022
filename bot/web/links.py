"""The web face's links as the chat hands them out: to the dashboard, and to report files.

One :class:`WebLinks` per process (``Runtime.web``), made before anything runs: the
conversation (``/theodoi``, through :class:`handlers.context.WebLinks`) and the Zalo channel
hold it from the start, and the web face is attached to it once it serves. Links are
handed out only where they open for the people who read them: with ``nhacviec run``, when
``NHACVIEC_WEB_URL`` gives the address phones reach (and Zalo's servers, which fetch a
photo by its URL); beside the terminal chat, on this machine. Otherwise every link is
None, and the chat says why instead.

Importing this module is cheap: the command line builds a Runtime for every command.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.web.app import WebFace
    from handlers.types import ReportOf


class WebLinks:
    """Signed links of the web face that serves, or None while none does."""

    def __init__(self) -> None:
        self._face: WebFace | None = None

    @property
    def face(self) -> WebFace | None:
        """The web face whose links are handed out, if any."""
        return self._face

    def attach(self, face: WebFace) -> None:
        """Hand out ``face``'s links from now on."""
        self._face = face

    def detach(self) -> None:
        """The web face stopped: no more links."""
        self._face = None

    def dashboard_link(self, officer_id: int) -> str | None:
        """A link to the officer's dashboard, signed for them (24 hours)."""
        face = self._face
        return None if face is None else face.dashboard_link(officer_id)

    def file_link(self, officer_id: int, report: ReportOf) -> str | None:
        """A link to one report file, signed for the officer (24 hours); None when no web
        face serves, or for a report a link cannot name."""
        face = self._face
        if face is None:
            return None
        from bot.web.signing import FileSpec
        from handlers.reporting.files import FileFormat

        try:
            spec = FileSpec(
                FileFormat(report.format), report.unit, report.quarter, report.year, report.half
            )
            return face.file_link(officer_id, spec)
        except ValueError:  # a format or a unit code no link carries
            return None
