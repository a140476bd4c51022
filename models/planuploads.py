"""Plan files sent in the chat, kept while their coordinator looks at the preview (issue 14).

A file waits in :class:`~models.tables.PlanUpload` from the preview to the confirmation:
each coordinator has at most one (a newer file replaces it), and none outlives
:data:`UPLOAD_HOURS`. Confirming claims the row with one conditional DELETE, so of two
presses of the same button (two workers, a double tap) exactly one imports.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete
from sqlmodel import Session, col

from models.tables import PlanUpload

UPLOAD_HOURS = 24


def keep_upload(
    session: Session, *, officer_id: int, file_name: str, content: bytes, now: datetime
) -> PlanUpload:
    """Keep a file sent for preview, in place of the officer's earlier one.

    Every other coordinator's stale upload goes too: nothing else sweeps the table, and
    a file is only sent now and then, so this keeps it to the previews still open.
    """
    prune_uploads(session, now)
    session.execute(delete(PlanUpload).where(col(PlanUpload.officer_id) == officer_id))
    upload = PlanUpload(
        officer_id=officer_id, file_name=file_name, content=content, answers={}, created_at=now
    )
    session.add(upload)
    session.flush()
    return upload


def is_expired(upload: PlanUpload, now: datetime) -> bool:
    """Whether the preview is older than :data:`UPLOAD_HOURS`: to be sent again."""
    return upload.created_at <= now - timedelta(hours=UPLOAD_HOURS)


def prune_uploads(session: Session, now: datetime) -> int:
    """Drop every upload older than :data:`UPLOAD_HOURS`; return how many went."""
    result = session.execute(
        delete(PlanUpload)
        .where(col(PlanUpload.created_at) <= now - timedelta(hours=UPLOAD_HOURS))
        .execution_options(synchronize_session=False)
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def claim_upload(session: Session, upload_id: int) -> bool:
    """Take the upload out for good; False when someone (another press) took it first."""
    result = session.execute(
        delete(PlanUpload)
        .where(col(PlanUpload.id) == upload_id)
        .execution_options(synchronize_session=False)
    )
    return int(result.rowcount or 0) == 1  # type: ignore[attr-defined]


def drop_upload(session: Session, upload: PlanUpload) -> None:
    """Forget an upload (cancelled, expired, or a file that cannot be imported)."""
    session.delete(upload)


def drop_uploads_of(session: Session, officer_id: int) -> bool:
    """Forget the file waiting for this officer's confirmation; whether there was one."""
    result = session.execute(
        delete(PlanUpload)
        .where(col(PlanUpload.officer_id) == officer_id)
        .execution_options(synchronize_session=False)
    )
    return int(result.rowcount or 0) > 0  # type: ignore[attr-defined]
