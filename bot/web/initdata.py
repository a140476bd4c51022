"""Telegram Mini App ``initData``: who opened the Mini App, as Telegram vouches for it.

Telegram hands the Mini App a query string (``Telegram.WebApp.initData``) signed with
the bot's token; the page posts it to the server, which checks it the documented way
(core.telegram.org/bots/webapps, "Validating data received via the Mini App"):

    secret_key = HMAC_SHA256(key="WebAppData", msg=bot_token)
    hash       = hex(HMAC_SHA256(key=secret_key, msg=data_check_string))

where ``data_check_string`` is every received field but ``hash``, as ``key=value``,
sorted by key and joined with line feeds. The comparison is constant-time, and
``auth_date`` must be recent: a captured string stops working after ``max_age``.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import parse_qsl

# How long Telegram's signature on a Mini App launch is accepted.
MAX_AGE_SECONDS = 24 * 3600
# A launch dated this far in the future is refused too (clocks differ a little).
CLOCK_SKEW_SECONDS = 300
MAX_INIT_DATA_LENGTH = 8192
_HEX_DIGEST = re.compile(r"[0-9a-fA-F]{64}")


class Refusal(StrEnum):
    """Why ``initData`` was refused."""

    MALFORMED = "malformed"  # not a query string with one hash, a date and a user
    FORGED = "forged"  # the hash does not match: not signed with this bot's token
    STALE = "stale"  # signed, but too long ago (or in the future)


class InitDataRefused(Exception):
    """``initData`` that does not prove who opened the Mini App."""

    def __init__(self, reason: Refusal) -> None:
        super().__init__(reason.value)
        self.reason = reason


@dataclass(frozen=True)
class TelegramUser:
    """The Telegram account that opened the Mini App."""

    id: int
    first_name: str
    auth_date: int


def validate_init_data(
    init_data: str, bot_token: str, *, now: float, max_age: float = MAX_AGE_SECONDS
) -> TelegramUser:
    """The user of a genuine, fresh ``initData``; raises :class:`InitDataRefused` otherwise."""
    fields = _fields(init_data)
    received = fields.pop("hash", "")
    if not _HEX_DIGEST.fullmatch(received):
        raise InitDataRefused(Refusal.MALFORMED)
    if not hmac.compare_digest(sign_init_data(fields, bot_token), received.lower()):
        raise InitDataRefused(Refusal.FORGED)
    # Only what Telegram signed is read from here on.
    try:
        auth_date = int(fields["auth_date"])
        user = json.loads(fields["user"])
        user_id = int(user["id"])
        first_name = str(user.get("first_name", ""))
    except (KeyError, ValueError, TypeError, AttributeError) as error:
        raise InitDataRefused(Refusal.MALFORMED) from error
    if not now - max_age <= auth_date <= now + CLOCK_SKEW_SECONDS:
        raise InitDataRefused(Refusal.STALE)
    return TelegramUser(user_id, first_name, auth_date)


def data_check_string(fields: dict[str, str]) -> str:
    """The fields as Telegram signs them: ``key=value`` lines sorted by key."""
    return "\n".join(f"{key}={fields[key]}" for key in sorted(fields))


def sign_init_data(fields: dict[str, str], bot_token: str) -> str:
    """The ``hash`` Telegram would give these fields (for tests and local trials)."""
    secret_key = hmac.new(b"WebAppData", bot_token.encode(), hashlib.sha256).digest()
    return hmac.new(secret_key, data_check_string(fields).encode(), hashlib.sha256).hexdigest()


def _fields(init_data: str) -> dict[str, str]:
    """The fields of the query string; a repeated or unreadable field refuses it all."""
    if not init_data or len(init_data) > MAX_INIT_DATA_LENGTH:
        raise InitDataRefused(Refusal.MALFORMED)
    try:
        pairs = parse_qsl(init_data, keep_blank_values=True, strict_parsing=True)
    except ValueError as error:
        raise InitDataRefused(Refusal.MALFORMED) from error
    fields = dict(pairs)
    if len(fields) != len(pairs):
        raise InitDataRefused(Refusal.MALFORMED)  # which of two values was signed?
    return fields
