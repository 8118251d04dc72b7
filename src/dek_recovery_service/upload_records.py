"""The `uploads` rows: one resumable upload each, its declared type, length and offset."""

from __future__ import annotations

from dataclasses import dataclass

from .context import ServiceContext
from .problems import Problem
from .tus_protocol import TUS_VERSION
from .upload_store import UploadFiles, is_upload_id


@dataclass(frozen=True)
class UploadRecord:
    id: str
    application_number: str
    kind: str
    filename: str
    content_type: str
    length: int
    offset: int
    complete: bool


def find_upload(ctx: ServiceContext, application_number: str, upload_id: str) -> UploadRecord:
    """The upload, if it belongs to this application; else `not-found`."""
    row = (
        ctx.db.one(
            "SELECT id, application_number, kind, filename, content_type, length, offset,"
            " complete FROM uploads WHERE id = ? AND application_number = ?",
            (upload_id, application_number),
        )
        if is_upload_id(upload_id)
        else None
    )
    if row is None:
        raise Problem("not-found", headers={"Tus-Resumable": TUS_VERSION})
    return UploadRecord(
        id=row["id"],
        application_number=row["application_number"],
        kind=row["kind"],
        filename=row["filename"],
        content_type=row["content_type"],
        length=int(row["length"]),
        offset=int(row["offset"]),
        complete=bool(row["complete"]),
    )


def save_offset(ctx: ServiceContext, upload_id: str, offset: int) -> None:
    ctx.db.execute("UPDATE uploads SET offset = ? WHERE id = ?", (offset, upload_id))


def mark_complete(ctx: ServiceContext, upload_id: str, length: int, sha256: str) -> None:
    ctx.db.execute(
        "UPDATE uploads SET offset = ?, complete = 1, sha256 = ?, completed_at = ? WHERE id = ?",
        (length, sha256, ctx.clock.now().isoformat(), upload_id),
    )


def forget_upload(ctx: ServiceContext, upload_id: str) -> None:
    ctx.db.execute("DELETE FROM uploads WHERE id = ?", (upload_id,))


def held_offset(ctx: ServiceContext, upload: UploadRecord) -> int:
    """The offset the service can stand behind: never more than the file really holds."""
    if upload.complete:
        return upload.length
    held = min(upload.offset, UploadFiles(ctx.data_dir).size(upload.id))
    if held != upload.offset:
        save_offset(ctx, upload.id, held)
    return held
