"""The documents an application holds: what is still missing, and the receipt of a submit."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from .application_access import Application
from .context import ServiceContext


def missing_kinds(ctx: ServiceContext, application: Application) -> list[str]:
    """Required kinds without a complete upload; in `needs_more` also the kinds the reviewer
    asked for that have no complete upload since that request."""
    rows = ctx.db.all(
        "SELECT kind, completed_at FROM uploads WHERE application_number = ? AND complete = 1",
        (application.number,),
    )
    have = {row["kind"] for row in rows}
    asked_at = datetime.fromisoformat(application.updated_at)
    have_since_request = {
        row["kind"] for row in rows if datetime.fromisoformat(row["completed_at"]) >= asked_at
    }
    wanted: set[str] = set()
    for kind in ctx.settings.document_kinds:
        if kind.required and kind.id not in have:
            wanted.add(kind.id)
    if application.status == "needs_more":
        wanted |= {kind for kind in application.missing if kind not in have_since_request}
    return [kind.id for kind in ctx.settings.document_kinds if kind.id in wanted]


def receipt_documents(ctx: ServiceContext, number: str) -> list[dict[str, Any]]:
    rows = ctx.db.all(
        "SELECT kind, filename, length, sha256 FROM uploads"
        " WHERE application_number = ? AND complete = 1 ORDER BY completed_at, rowid",
        (number,),
    )
    return [
        {
            "kind": row["kind"],
            "filename": row["filename"],
            "bytes": row["length"],
            "sha256": row["sha256"],
        }
        for row in rows
    ]
