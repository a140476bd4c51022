"""Serving the web face: in the bot's event loop beside the channels, or beside the terminal chat.

``nhacviec run`` starts it with the channels (:func:`start_web_face`, awaited in
``bot.runner.serve``) on ``NHACVIEC_WEB_LISTEN:NHACVIEC_WEB_PORT``; the terminal chat
starts it in a thread of its own on 127.0.0.1 (:func:`start_web_thread`), since the chat
blocks on the keyboard. Either way the socket is bound here first: when the port is
taken, a warning says so and the bot runs without its web face rather than failing.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import logging
import socket
import threading
import time
from collections.abc import Callable, Generator
from dataclasses import dataclass

import uvicorn

from bot.runtime import Runtime
from bot.web.app import WebFace, create_app
from bot.web.links import WebLinks
from bot.web.secret import web_secret
from bot.web.signing import Signer
from models.db import session_scope
from models.officers import officer_by_identity
from models.tables import Channel

log = logging.getLogger(__name__)
LOCAL_HOST = "127.0.0.1"
# Connections served at once; beyond them uvicorn answers 503 at once.
MAX_CONNECTIONS = 64
_STARTED_WITHIN = 10.0  # seconds


def build_face(runtime: Runtime, *, port: int) -> WebFace:
    """The web face of ``runtime``, its links starting with NHACVIEC_WEB_URL or the local
    address it listens on."""
    settings = runtime.settings
    secret = web_secret(settings, runtime.engine, now=runtime.clock.now())
    token = settings.telegram_bot_token
    return WebFace(
        engine=runtime.engine,
        clock=runtime.clock,
        signer=Signer(secret),
        base_url=settings.web_url or _local_url(settings.web_listen, port),
        telegram_token=token.get_secret_value() if token is not None else None,
        locale=settings.locale,
        windows=settings.report_windows,
    )


def _local_url(host: str, port: int) -> str:
    if host in ("", "0.0.0.0", "::"):
        host = LOCAL_HOST
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def bind(host: str, port: int) -> socket.socket | None:
    """A listening socket, or None (with a warning saying why) when it cannot be had."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(128)
    except OSError as error:
        sock.close()
        reason = "the port is taken" if error.errno == errno.EADDRINUSE else str(error)
        log.warning(
            "The web dashboard is off: cannot listen on %s:%d (%s). Set NHACVIEC_WEB_PORT "
            "to a free port to have it.",
            host,
            port,
            reason,
        )
        return None
    sock.set_inheritable(True)
    return sock


class _EmbeddedServer(uvicorn.Server):
    """uvicorn without its own signal handlers: the bot's runner owns SIGTERM and SIGINT
    and stops the server with everything else."""

    @contextlib.contextmanager
    def capture_signals(self) -> Generator[None, None, None]:
        yield


@dataclass
class WebFaceRunning:
    """A web face being served; ``stop`` (or ``stop_thread``) ends it."""

    face: WebFace
    server: uvicorn.Server
    sock: socket.socket
    task: asyncio.Task[None] | None = None
    thread: threading.Thread | None = None
    links: WebLinks | None = None  # the chat's links to this face, withdrawn when it stops

    def __post_init__(self) -> None:
        # The port it listens on (the one chosen when NHACVIEC_WEB_PORT is 0), kept:
        # the socket is closed once the server stops.
        self.port = int(self.sock.getsockname()[1])

    async def stop(self) -> None:
        """Stop serving, letting the requests under way finish (a few seconds at most)."""
        if self.links is not None:
            self.links.detach()
        self.server.should_exit = True
        if self.task is not None:
            await self.task

    def stop_thread(self) -> None:
        """Stop the server a thread serves."""
        if self.links is not None:
            self.links.detach()
        self.server.should_exit = True
        if self.thread is not None:
            self.thread.join(timeout=10)


def _server(face: WebFace) -> uvicorn.Server:
    config = uvicorn.Config(
        create_app(face),
        lifespan="off",
        log_config=None,  # the bot's logging, not uvicorn's
        access_log=False,  # a request line holds a signed link: never logged
        server_header=False,
        # Behind a reverse proxy on this machine, the client is its X-Forwarded-For.
        proxy_headers=True,
        limit_concurrency=MAX_CONNECTIONS,
        timeout_graceful_shutdown=5,
    )
    return _EmbeddedServer(config)


def _prepare(runtime: Runtime, host: str) -> tuple[WebFace, socket.socket] | None:
    sock = bind(host, runtime.settings.web_port)
    if sock is None:
        return None
    return build_face(runtime, port=int(sock.getsockname()[1])), sock


async def start_web_face(runtime: Runtime) -> WebFaceRunning | None:
    """Serve the web face in this event loop; None when it cannot listen (logged)."""
    prepared = _prepare(runtime, runtime.settings.web_listen)
    if prepared is None:
        return None
    face, sock = prepared
    server = _server(face)
    running = WebFaceRunning(face, server, sock)
    running.task = asyncio.create_task(server.serve(sockets=[sock]), name="web-face")
    # uvicorn tells that it listens only by this flag.
    while not server.started and not running.task.done():  # noqa: ASYNC110
        await asyncio.sleep(0.01)
    if running.task.done():
        running.task.result()  # it failed to start: say why
    log.info("The web dashboard is served at %s", face.base_url)
    if runtime.settings.web_url:
        runtime.web.attach(face)
        running.links = runtime.web
    else:
        # A link to this machine's own address opens on no phone, and Zalo cannot fetch
        # a photo from it: the chat says the dashboard is not set up instead.
        log.info(
            "The chat sends no dashboard or file links: set NHACVIEC_WEB_URL to the address "
            "people reach this server at"
        )
    return running


def start_web_thread(runtime: Runtime, host: str = LOCAL_HOST) -> WebFaceRunning | None:
    """Serve the web face from a thread of its own (beside the terminal chat)."""
    prepared = _prepare(runtime, host)
    if prepared is None:
        return None
    face, sock = prepared
    server = _server(face)
    thread = threading.Thread(
        target=server.run, kwargs={"sockets": [sock]}, name="web-face", daemon=True
    )
    thread.start()
    deadline = time.monotonic() + _STARTED_WITHIN
    while not server.started and thread.is_alive() and time.monotonic() < deadline:
        time.sleep(0.01)
    if not server.started:
        log.warning("The web dashboard did not start; the chat goes on without it")
        server.should_exit = True
        return None
    # Beside the terminal chat the person is at this machine: local links open.
    runtime.web.attach(face)
    return WebFaceRunning(face, server, sock, thread=thread, links=runtime.web)


def terminal_links(running: WebFaceRunning) -> Callable[[str], str | None]:
    """The dashboard link of a person played in the terminal chat, by their chat id."""
    face = running.face

    def link(external_id: str) -> str | None:
        with session_scope(face.engine) as session:
            card = officer_by_identity(session, Channel.TERMINAL, external_id)
        return None if card is None else face.dashboard_link(card.id)

    return link
