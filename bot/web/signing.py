"""Links signed for one person: the dashboard, or one report file, for a short time.

A token is ``<payload>.<signature>``. The payload says, in plain ASCII fields separated
by dots, which officer the link is for, what it opens and until when (Unix seconds); the
signature is HMAC-SHA256 of the payload under a key derived from the server secret, in
unpadded base64url. The signature is checked in constant time before anything in the
payload is believed, and the expiry only after that, so an altered link is refused as
altered whatever date it claims. Nothing secret is in the payload: the officer's number
and the report asked for are no secret, the signature is what cannot be forged.

What a link opens is still decided when it is opened: the officer must still be active,
and sees what their role sees then (:mod:`bot.web.access`), so a link never outlives a
change of unit or role.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum

from handlers.reporting.files import FileFormat

# How long a link the bot hands out stays valid.
DEFAULT_TTL = timedelta(hours=24)
# Longer tokens are refused before any work is done on them.
MAX_TOKEN_LENGTH = 256
_VERSION = "1"
_KEY_LABEL = b"nhacviec web links v1"
_TOKEN = re.compile(r"^[A-Za-z0-9_.-]+$")
_FIELD = re.compile(r"^[a-z0-9_-]{0,32}$")


class Purpose(StrEnum):
    """What a link opens."""

    DASHBOARD = "d"  # the dashboard, from a link the bot sent; never framed
    MINI_APP = "a"  # the dashboard inside Telegram, once Telegram vouched for the person
    FILE = "f"  # one report file


@dataclass(frozen=True)
class FileSpec:
    """Which report file a link is for: its format, and the report's unit and period."""

    format: FileFormat
    unit: str | None = None
    quarter: int | None = None
    year: int | None = None
    half: int | None = None


@dataclass(frozen=True)
class Claims:
    """What a valid link says."""

    officer_id: int
    purpose: Purpose
    expires_at: int  # Unix seconds
    file: FileSpec | None = None


class LinkRefused(Exception):
    """A link that opens nothing."""


class LinkInvalid(LinkRefused):
    """Not a link this server signed: altered, truncated, or meant for something else."""


class LinkExpired(LinkRefused):
    """A link this server signed whose time is over."""


class Signer:
    """Signs and checks links with a key derived from the server secret.

    ``wall`` is the real time in Unix seconds (not the bot's clock, which a demo may
    set to another day): a link lives 24 real hours whatever the bot's calendar says.
    """

    def __init__(self, secret: bytes, wall: Callable[[], float] = time.time) -> None:
        if len(secret) < 16:
            raise ValueError("the signing secret is too short")
        self._key = hmac.new(secret, _KEY_LABEL, hashlib.sha256).digest()
        self._wall = wall

    def sign(
        self,
        officer_id: int,
        purpose: Purpose,
        *,
        file: FileSpec | None = None,
        ttl: timedelta = DEFAULT_TTL,
    ) -> str:
        """A token for ``officer_id`` that opens ``purpose`` (one ``file``) for ``ttl``."""
        if (purpose is Purpose.FILE) != (file is not None):
            raise ValueError("a file link names exactly one file, other links none")
        expires_at = int(self._wall() + ttl.total_seconds())
        fields = [_VERSION, str(officer_id), purpose.value, str(expires_at)]
        if file is not None:
            fields += [
                file.format.value,
                file.unit or "",
                str(file.quarter or ""),
                str(file.year or ""),
                str(file.half or ""),
            ]
        if not all(_FIELD.match(field) for field in fields):
            raise ValueError(f"a link cannot carry {fields!r}")
        payload = ".".join(fields)
        return f"{payload}.{self._mac(payload)}"

    def open(self, token: str, *purposes: Purpose) -> Claims:
        """The claims of a valid, unexpired token for one of ``purposes``.

        Raises :class:`LinkInvalid` for anything this server did not sign for those
        purposes and :class:`LinkExpired` for a genuine link whose time is over.
        """
        if len(token) > MAX_TOKEN_LENGTH or not _TOKEN.match(token):
            raise LinkInvalid
        payload, _, mac = token.rpartition(".")
        if not payload or not hmac.compare_digest(self._mac(payload), mac):
            raise LinkInvalid
        claims = _claims(payload)
        if claims.purpose not in purposes:
            raise LinkInvalid  # a file link does not open the dashboard, nor the reverse
        if claims.expires_at <= self._wall():
            raise LinkExpired
        return claims

    def _mac(self, payload: str) -> str:
        digest = hmac.new(self._key, payload.encode("ascii"), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def _claims(payload: str) -> Claims:
    """Read a payload this server signed; a version it no longer writes is refused."""
    fields = payload.split(".")
    try:
        version, officer, purpose_code, expires = fields[:4]
        if version != _VERSION:
            raise LinkInvalid
        purpose = Purpose(purpose_code)
        file = None
        if purpose is Purpose.FILE:
            file_format, unit, quarter, year, half = fields[4:]
            file = FileSpec(
                FileFormat(file_format),
                unit or None,
                int(quarter) if quarter else None,
                int(year) if year else None,
                int(half) if half else None,
            )
        elif len(fields) != 4:
            raise LinkInvalid
        return Claims(int(officer), purpose, int(expires), file)
    except ValueError as error:  # wrong field count, unknown purpose or format, not a number
        raise LinkInvalid from error
