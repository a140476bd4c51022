"""The web application: its routes, and the pages each answers with.

| Route | What |
|---|---|
| ``GET /d/<token>`` | the dashboard of the link's person (``?unit=&section=&period=``) |
| ``GET /d/<token>/t/<task id>`` | one task in full, with its history |
| ``GET /f/<token>`` | one report file (Word, Excel, chart), rebuilt from the aggregation |
| ``GET /app`` | the Telegram Mini App's entry page (Telegram's script, then ours) |
| ``POST /app/session`` | checks Telegram's ``initData`` and redirects to a signed dashboard |
| ``GET /static/...`` | the style sheet and the Mini App's script |
| ``GET /healthz`` | ``ok``, for a reverse proxy |

Every route but the static files and ``/healthz`` needs a valid signature or Telegram's;
what a page shows is decided when it is opened (:mod:`bot.web.access`). Endpoints that
read the database are plain functions, which Starlette runs in its thread pool, so the
channels sharing the event loop never wait for a report or a file.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from sqlalchemy import Engine
from sqlmodel import Session
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp

from bot.web.access import active_card, commune_scope
from bot.web.dashboard import (
    CityPage,
    CommunePage,
    Filters,
    Links,
    Notice,
    TaskPage,
    dashboard_page,
    task_page,
)
from bot.web.guard import MAX_BODY_BYTES, Guard, RateLimiter
from bot.web.initdata import InitDataRefused, Refusal, validate_init_data
from bot.web.signing import (
    DEFAULT_TTL,
    Claims,
    FileSpec,
    LinkExpired,
    LinkRefused,
    Purpose,
    Signer,
)
from bot.web.texts import labels
from handlers.i18n import Translator, translator
from handlers.reporting.files import FileFormat, report_file
from models.clock import Clock
from models.officers import OfficerCard, officer_by_identity
from models.periods import Windows
from models.report import ReportError
from models.tables import Channel

WEB_DIR = Path(__file__).resolve().parent
TEMPLATES_DIR = WEB_DIR / "templates"
STATIC_DIR = WEB_DIR / "static"
# A dashboard opened from Telegram's menu lives as long as a working day.
MINI_APP_TTL = timedelta(hours=12)
TELEGRAM_SCRIPT_ORIGIN = "https://telegram.org"
# Telegram's web client frames a Mini App; its mobile and desktop apps use a web view.
TELEGRAM_FRAMERS = "https://web.telegram.org"
_MINI_APP_POLICY = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; "
    f"script-src 'self' {TELEGRAM_SCRIPT_ORIGIN}; connect-src 'self'; form-action 'self'; "
    f"base-uri 'none'; frame-ancestors {TELEGRAM_FRAMERS}"
)
_FRAMED_BY_TELEGRAM = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
    f"base-uri 'none'; frame-ancestors {TELEGRAM_FRAMERS}"
)
_MEDIA_TYPES = {
    FileFormat.DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    FileFormat.XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    FileFormat.PNG: "image/png",
}


@dataclass
class WebFace:
    """What the web application needs from the running bot."""

    engine: Engine
    clock: Clock  # the bot's clock: what day the reports are as of
    signer: Signer
    base_url: str  # links start with it: NHACVIEC_WEB_URL, or the local address
    telegram_token: str | None = None  # the Mini App is checked with it
    locale: str = "vi"  # pages shown before anyone is known
    windows: Windows = Windows.CALENDAR  # how a file's quarter or half-year is cut, as /baocao
    wall: Callable[[], float] = time.time  # real time, for Telegram's auth_date

    def dashboard_link(self, officer_id: int, *, ttl: timedelta = DEFAULT_TTL) -> str:
        """A link to the dashboard, signed for one officer."""
        return f"{self.base_url}/d/{self.signer.sign(officer_id, Purpose.DASHBOARD, ttl=ttl)}"

    def file_link(self, officer_id: int, spec: FileSpec, *, ttl: timedelta = DEFAULT_TTL) -> str:
        """A link to one report file, signed for one officer."""
        token = self.signer.sign(officer_id, Purpose.FILE, file=spec, ttl=ttl)
        return f"{self.base_url}/f/{token}"


def create_app(
    face: WebFace, *, limiter: RateLimiter | None = None, max_body: int = MAX_BODY_BYTES
) -> ASGIApp:
    """The application, guarded (headers, rate, body size)."""
    pages = Pages(face)
    endpoints = _Endpoints(face, pages)
    app = Starlette(
        routes=[
            Route("/", endpoints.home),
            Route("/healthz", endpoints.health),
            Route("/d/{token}", endpoints.dashboard),
            Route("/d/{token}/t/{task_id:int}", endpoints.task),
            Route("/f/{token}", endpoints.file),
            Route("/app", endpoints.mini_app),
            Route("/app/session", endpoints.mini_app_session, methods=["POST"]),
            Mount("/static", StaticFiles(directory=STATIC_DIR), name="static"),
        ],
        exception_handlers={HTTPException: endpoints.http_error, Exception: endpoints.crash},
    )
    return Guard(app, refusal=pages.refusal, limiter=limiter, max_body=max_body)


class Pages:
    """The templates, rendered in a person's language."""

    def __init__(self, face: WebFace) -> None:
        self.face = face
        self.env = Environment(
            loader=FileSystemLoader(TEMPLATES_DIR),
            autoescape=True,
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )

    def html(
        self,
        template: str,
        *,
        tr: Translator,
        title: str,
        status: int = 200,
        policy: str | None = None,
        footer: str = "",
        **context: Any,
    ) -> HTMLResponse:
        """A page; ``policy`` replaces the guard's strict default (the Mini App's pages)."""
        body = self.env.get_template(template).render(
            lang=tr.locale,
            t=labels(tr),
            title=title,
            static=f"{self.face.base_url}/static",
            footer=footer,
            **context,
        )
        headers = {"content-security-policy": policy} if policy else None
        return HTMLResponse(body, status_code=status, headers=headers)

    def message(
        self,
        tr: Translator,
        status: int,
        title: str,
        message: str,
        *,
        kind: str = "refused",
        policy: str | None = None,
    ) -> HTMLResponse:
        """A page that only says something: a refusal, an expired link, nothing to show."""
        return self.html(
            "message.html",
            tr=tr,
            title=title,
            status=status,
            policy=policy,
            message=message,
            kind=kind,
        )

    def refusal(self, status: int) -> tuple[bytes, dict[str, str]]:
        """The guard's own refusals (413, 429), in the installation's language."""
        tr = translator(self.face.locale)
        if status == 429:
            response = self.message(
                tr,
                429,
                tr.gettext("Too many requests"),
                tr.gettext("Please wait a minute and try again."),
            )
        else:
            response = self.message(
                tr,
                status,
                tr.gettext("Request too large"),
                tr.gettext("The request is too large."),
            )
        return bytes(response.body), {"content-type": "text/html; charset=utf-8"}


@dataclass(frozen=True)
class Viewer:
    """Who opens a signed page: the link's claims, its officer, their language, and
    where the page's links lead."""

    claims: Claims
    card: OfficerCard
    tr: Translator
    links: Links

    @property
    def policy(self) -> str | None:
        """The page's framing policy (:func:`_policy`)."""
        return _policy(self.claims)


class _Endpoints:
    """The routes' functions, sharing the face and the pages."""

    def __init__(self, face: WebFace, pages: Pages) -> None:
        self.face = face
        self.pages = pages
        # Files are built one at a time: a chart or a Word report keeps a core busy for a
        # moment, and the bot's own work shares the machine.
        self._building = threading.BoundedSemaphore(1)

    # --- what anyone may reach ---

    def home(self, _request: Request) -> Response:
        tr = translator(self.face.locale)
        return self.pages.message(
            tr,
            200,
            tr.gettext("Progress of the administrative-reform plan"),
            tr.gettext(
                "Open the dashboard from the link the bot sends you, or from the bot's menu in "
                "Telegram."
            ),
            kind="info",
        )

    def health(self, _request: Request) -> Response:
        return PlainTextResponse("ok")

    def http_error(self, _request: Request, error: Exception) -> Response:
        tr = translator(self.face.locale)
        status = error.status_code if isinstance(error, HTTPException) else 500
        if status == 405:
            return self.pages.message(
                tr, 405, tr.gettext("Not allowed"), tr.gettext("This page can only be read.")
            )
        return self._not_found(tr)

    def crash(self, _request: Request, _error: Exception) -> Response:
        tr = translator(self.face.locale)
        return self.pages.message(
            tr,
            500,
            tr.gettext("Something went wrong"),
            tr.gettext("Something went wrong on the server. Please try again in a moment."),
        )

    # --- the dashboard and its tasks ---

    def dashboard(self, request: Request) -> Response:
        with Session(self.face.engine) as session:
            viewer = self._viewer(session, request, Purpose.DASHBOARD, Purpose.MINI_APP)
            if isinstance(viewer, Response):
                return viewer
            tr = viewer.tr
            page = dashboard_page(
                session,
                viewer.card,
                Filters.from_query(request.query_params),
                now=self.face.clock.now(),
                tr=tr,
                links=viewer.links,
                windows=self.face.windows,
            )
        if isinstance(page, Notice):
            return self._say(viewer, 200, page.title, page.message, kind="info")
        if isinstance(page, CityPage):
            title = tr.gettext("Progress of the communes' administrative-reform plans")
            return self._show(viewer, "city.html", title, page)
        title = tr.gettext("Progress of the administrative-reform plan")
        return self._show(viewer, "commune.html", title, page)

    def task(self, request: Request) -> Response:
        with Session(self.face.engine) as session:
            viewer = self._viewer(session, request, Purpose.DASHBOARD, Purpose.MINI_APP)
            if isinstance(viewer, Response):
                return viewer
            tr = viewer.tr
            page = task_page(
                session,
                viewer.card,
                int(request.path_params["task_id"]),
                now=self.face.clock.now(),
                tr=tr,
                windows=self.face.windows,
            )
        if page is None:
            return self._say(
                viewer,
                404,
                tr.gettext("Page not found"),
                tr.gettext("This task is not among those you can see."),
            )
        return self._show(viewer, "task.html", tr.gettext("Task {code}", code=page.code), page)

    def _viewer(self, session: Session, request: Request, *purposes: Purpose) -> Viewer | Response:
        """Who opens the page: the link's officer, still in Nhắc việc, in their language;
        or the page that says why the link opens nothing."""
        token = request.path_params["token"]
        claims = self._claims(token, *purposes)
        if isinstance(claims, Response):
            return claims
        card = active_card(session, claims.officer_id)
        if card is None:
            return self._gone_officer(claims)
        return Viewer(claims, card, translator(card.officer.locale), self._links(token, card))

    def _links(self, token: str, card: OfficerCard) -> Links:
        base = self.face.base_url
        return Links(
            task=lambda task_id: f"{base}/d/{token}/t/{task_id}",
            file=lambda spec: self.face.file_link(card.id, spec),
            dashboard=f"{base}/d/{token}",
            static=f"{base}/static",
        )

    def _show(
        self, viewer: Viewer, template: str, title: str, page: CityPage | CommunePage | TaskPage
    ) -> Response:
        """A page of the dashboard, with the link's footer and framing policy."""
        return self.pages.html(
            template,
            tr=viewer.tr,
            title=title,
            policy=viewer.policy,
            footer=self._footer(viewer.tr, viewer.claims),
            page=page,
            links=viewer.links,
        )

    def _say(
        self, viewer: Viewer, status: int, title: str, message: str, *, kind: str = "refused"
    ) -> Response:
        """A message to the viewer, framed as their dashboard is."""
        return self.pages.message(
            viewer.tr, status, title, message, kind=kind, policy=viewer.policy
        )

    # --- report files ---

    def file(self, request: Request) -> Response:
        with Session(self.face.engine) as session:
            viewer = self._viewer(session, request, Purpose.FILE)
            if isinstance(viewer, Response):
                return viewer
            spec = viewer.claims.file
            assert spec is not None, "a file's link carries its file"
            tr = viewer.tr
            # The link's unit and quarter, narrowed by what the role sees today.
            scope = commune_scope(
                session, viewer.card, Filters(unit=spec.unit, quarter=spec.quarter, year=spec.year)
            )
            if scope is None:
                return self._not_found(tr)
            try:
                with self._building:
                    made = report_file(
                        session,
                        scope.plan,
                        spec.format,
                        now=self.face.clock.now(),
                        tr=tr,
                        unit_code=scope.unit_code,
                        quarter=scope.quarter,
                        half=spec.half,
                        year=scope.year,
                        windows=self.face.windows,
                    )
            except ReportError as error:
                return self.pages.message(
                    tr, 404, tr.gettext("Nothing to show"), tr.render(error.message)
                )
        disposition = "inline" if spec.format is FileFormat.PNG else "attachment"
        return Response(
            made.content,
            media_type=_MEDIA_TYPES[spec.format],
            headers={"content-disposition": f"{disposition}; filename*=UTF-8''{quote(made.name)}"},
        )

    # --- the Telegram Mini App ---

    def mini_app(self, _request: Request) -> Response:
        tr = translator(self.face.locale)
        if not self.face.telegram_token:
            return self._no_mini_app(tr)
        return self.pages.html(
            "app.html",
            tr=tr,
            title=tr.gettext("Progress of the administrative-reform plan"),
            policy=_MINI_APP_POLICY,
            session_url=f"{self.face.base_url}/app/session",
        )

    async def mini_app_session(self, request: Request) -> Response:
        body = await request.body()  # the guard caps its size
        fields = parse_qs(body.decode("utf-8", errors="replace"), max_num_fields=4)
        init_data = (fields.get("init_data") or [""])[0]
        return await run_in_threadpool(self._open_mini_app, init_data)

    def _open_mini_app(self, init_data: str) -> Response:
        tr = translator(self.face.locale)
        if not self.face.telegram_token:
            return self._no_mini_app(tr)
        try:
            user = validate_init_data(init_data, self.face.telegram_token, now=self.face.wall())
        except InitDataRefused as refused:
            return self._telegram_refused(tr, refused.reason)
        with Session(self.face.engine) as session:
            card = officer_by_identity(session, Channel.TELEGRAM, str(user.id))
        if card is None:
            return self.pages.message(
                tr,
                403,
                tr.gettext("Not registered"),
                tr.gettext(
                    "You are not registered in Nhắc việc yet. Send /dangky to the bot to register."
                ),
                policy=_MINI_APP_POLICY,
            )
        token = self.face.signer.sign(card.id, Purpose.MINI_APP, ttl=MINI_APP_TTL)
        response = RedirectResponse(f"{self.face.base_url}/d/{token}", status_code=303)
        response.headers["content-security-policy"] = _FRAMED_BY_TELEGRAM
        return response

    def _telegram_refused(self, tr: Translator, reason: Refusal) -> Response:
        if reason is Refusal.STALE:
            message = tr.gettext(
                "This Telegram session is too old. Close the dashboard and open it again from "
                "the bot's menu."
            )
        else:
            message = tr.gettext(
                "Telegram did not confirm who you are. Open the dashboard again from the bot's "
                "menu in Telegram."
            )
        return self.pages.message(
            tr, 403, tr.gettext("Not confirmed by Telegram"), message, policy=_MINI_APP_POLICY
        )

    def _no_mini_app(self, tr: Translator) -> Response:
        return self.pages.message(
            tr,
            404,
            tr.gettext("Page not found"),
            tr.gettext("The Telegram Mini App is not set up on this server."),
        )

    # --- refusals ---

    def _claims(self, token: str, *purposes: Purpose) -> Claims | Response:
        """The link's claims, or the page that says why it opens nothing."""
        tr = translator(self.face.locale)
        try:
            return self.face.signer.open(token, *purposes)
        except LinkExpired:
            return self.pages.message(
                tr,
                410,
                tr.gettext("The link has expired"),
                tr.gettext(
                    "Links to the dashboard and to report files are valid for 24 hours. Ask "
                    "the bot for a new one."
                ),
                kind="expired",
            )
        except LinkRefused:
            return self.pages.message(
                tr,
                403,
                tr.gettext("The link is not valid"),
                tr.gettext(
                    "This link was altered or is incomplete. Open the link exactly as the bot "
                    "sent it, or ask the bot for a new one."
                ),
            )

    def _gone_officer(self, claims: Claims) -> Response:
        tr = translator(self.face.locale)
        return self.pages.message(
            tr,
            403,
            tr.gettext("Access refused"),
            tr.gettext("This link belongs to someone who no longer uses Nhắc việc."),
            policy=_policy(claims),
        )

    def _not_found(self, tr: Translator) -> Response:
        return self.pages.message(
            tr, 404, tr.gettext("Page not found"), tr.gettext("There is nothing at this address.")
        )

    def _footer(self, tr: Translator, claims: Claims) -> str:
        until = datetime.fromtimestamp(claims.expires_at, tz=self.face.clock.tz)
        moment = until.strftime("%H:%M ") + tr.date(until.date())
        return tr.gettext("This link is for you alone and is valid until {time}.", time=moment)


def _policy(claims: Claims) -> str | None:
    """A dashboard opened in the Mini App may be framed by Telegram's web client; one
    opened from a link may not be framed at all (the guard's default)."""
    return _FRAMED_BY_TELEGRAM if claims.purpose is Purpose.MINI_APP else None
