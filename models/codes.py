"""One-time codes (invites, chat links): how they are made, read back and used up.

A code is read aloud and typed on phones, so it uses 32 letters and digits that
cannot be mistaken for one another (no 0/O, no 1/I), is read without regard to case,
spaces or dashes, and is used up by one conditional UPDATE: of two people racing for
the same code, the database lets exactly one through.
"""

from __future__ import annotations

import secrets
import unicodedata
from datetime import datetime

from sqlalchemy import update
from sqlmodel import Session, col

from models.tables import Invite, LinkCode

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: codes get read aloud
INVITE_LENGTH = 8  # 32^8 ≈ 10^12 codes
LINK_CODE_LENGTH = 10  # 32^10 ≈ 10^15: a link code hands over an officer's identity
_IGNORED = frozenset(" -\t\n\r")


def new_code(length: int) -> str:
    """Return a random code of ``length`` characters of :data:`CODE_ALPHABET`."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(length))


def normalise_code(text: str) -> str:
    """Read a typed code: upper case, full-width forms folded, spaces and dashes dropped."""
    folded = unicodedata.normalize("NFKC", text).upper()
    return "".join(char for char in folded if char not in _IGNORED)


def grouped(code: str) -> str:
    """Show a long code in groups of five, easier to read and type (ABCDE-FGHJK)."""
    return "-".join(code[start : start + 5] for start in range(0, len(code), 5))


def claim_invite(session: Session, invite_id: int, now: datetime) -> bool:
    """Use up an invite if it is still unused and unexpired; False when someone was first."""
    return _claim(session, Invite, invite_id, now)


def claim_link_code(session: Session, link_id: int, now: datetime) -> bool:
    """Use up a link code if it is still unused and unexpired; False when someone was first."""
    return _claim(session, LinkCode, link_id, now)


def _claim(
    session: Session, table: type[Invite] | type[LinkCode], code_id: int, now: datetime
) -> bool:
    # One statement, not a read then a write: PostgreSQL makes the second writer wait
    # for the first and then re-check the WHERE; SQLite lets one writer in at a time.
    # Either way exactly one of the racers changes the row.
    statement = (
        update(table)
        .where(
            col(table.id) == code_id,
            col(table.used_at).is_(None),
            col(table.expires_at) > now,
        )
        .values(used_at=now)
        .execution_options(synchronize_session=False)
    )
    outcome = session.execute(statement)
    return int(outcome.rowcount or 0) == 1  # type: ignore[attr-defined]
