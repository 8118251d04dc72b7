"""An application's statuses, what each lets the user do next, and the one way to change it.

Every change is stored with its time and notifies the application's contact; an approval also
makes that contact the named account's confirmed contact (see `application_approval.py`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from enum import StrEnum

from .application_approval import confirm_contact_of_approved
from .application_notice import status_notice
from .context import ServiceContext
from .problems import Problem


class ApplicationStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    IN_REVIEW = "in_review"
    NEEDS_MORE = "needs_more"
    APPROVED = "approved"
    REJECTED = "rejected"


NEXT_STEP: dict[ApplicationStatus, str] = {
    ApplicationStatus.DRAFT: "upload",
    ApplicationStatus.NEEDS_MORE: "upload",
    ApplicationStatus.SUBMITTED: "wait",
    ApplicationStatus.IN_REVIEW: "wait",
    ApplicationStatus.APPROVED: "recover",
    ApplicationStatus.REJECTED: "support",
}

#: Statuses in which documents may be uploaded and the application submitted.
TAKES_DOCUMENTS = frozenset({ApplicationStatus.DRAFT, ApplicationStatus.NEEDS_MORE})


def ensure_takes_documents(status: str) -> None:
    if ApplicationStatus(status) not in TAKES_DOCUMENTS:
        raise Problem("application-closed", application_status=status)


def change_application_status(
    ctx: ServiceContext,
    number: str,
    status: ApplicationStatus,
    *,
    comment: str = "",
    missing: Iterable[str] = (),
    only_from: frozenset[ApplicationStatus] | None = None,
) -> None:
    """Moves an application to `status` (as a reviewer or the submit call does) and tells its
    contact. `comment` is shown to the user and must hold no personal data. With `only_from`,
    an application in another status is `application-closed` (checked in the same
    transaction, so two submits cannot both pass)."""
    now = ctx.clock.now()
    missing_kinds = list(dict.fromkeys(missing))
    known_kinds = {kind.id for kind in ctx.settings.document_kinds}
    if not set(missing_kinds) <= known_kinds:
        raise Problem("validation-failed", errors=[{"field": "missing", "code": "unknown_kind"}])
    with ctx.db.transaction() as conn:
        row = conn.execute(
            "SELECT status, comment, missing, contact, login, recovery_id FROM applications"
            " WHERE number = ?",
            (number,),
        ).fetchone()
        if row is None:
            raise Problem("not-found")
        if only_from is not None and ApplicationStatus(row["status"]) not in only_from:
            raise Problem("application-closed", application_status=row["status"])
        unchanged = (row["status"], row["comment"]) == (status.value, comment) and (
            status is not ApplicationStatus.NEEDS_MORE
            or json.loads(row["missing"]) == missing_kinds
        )
        if unchanged:
            return
        conn.execute(
            "UPDATE applications SET status = ?, comment = ?, missing = ?, updated_at = ?,"
            " submitted_at = CASE WHEN ? = 'submitted' THEN ? ELSE submitted_at END"
            " WHERE number = ?",
            (
                status.value,
                comment,
                json.dumps(missing_kinds),
                now.isoformat(),
                status.value,
                now.isoformat(),
                number,
            ),
        )
        if status is ApplicationStatus.APPROVED:
            confirm_contact_of_approved(
                conn,
                login=row["login"],
                recovery_id=row["recovery_id"],
                contact=row["contact"],
                now=now,
            )
    ctx.messenger.send(
        status_notice(
            ctx.settings,
            number=number,
            contact=row["contact"],
            status=status.value,
            missing=missing_kinds,
            at=now,
        )
    )
