"""Document uploads: tus 1.0.0 core + creation + checksum under
`/v1/applications/{number}/documents` (API.md, Documents).

`Tus-Resumable: 1.0.0` is on every answer of these routes, problems included; a request with
another or no `Tus-Resumable` is 412 with `Tus-Version`. The bearer is the application token.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Request
from fastapi.routing import APIRoute
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from ..application_access import AuthorisedApplication
from ..application_status import ensure_takes_documents
from ..content_check import ACCEPTED_MEDIA_TYPES
from ..context import Ctx, ServiceContext
from ..models import problem_responses
from ..problems import PROBLEM_MEDIA_TYPE, Problem
from ..secrets_store import new_id
from ..tus_protocol import (
    CHECKSUM_ALGORITHMS,
    CHUNK_MEDIA_TYPE,
    TUS_EXTENSIONS,
    TUS_VERSION,
    display_filename,
    encode_metadata,
    invalid_header,
    parse_checksum,
    parse_metadata,
    parse_non_negative,
    require_tus_version,
    tus_problem,
)
from ..upload_chunk import ChunkRequest, receive_chunk
from ..upload_claims import ACTIVE_PATCHES
from ..upload_records import find_upload, held_offset
from ..upload_store import UploadFiles


class TusRoute(APIRoute):
    """Puts `Tus-Resumable` on every answer of the route, problems included."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handle = super().get_route_handler()

        async def handle_with_tus_header(request: Request) -> Response:
            try:
                response = await handle(request)
            except Problem as problem:
                problem.headers.setdefault("Tus-Resumable", TUS_VERSION)
                raise
            response.headers["Tus-Resumable"] = TUS_VERSION
            return response

        return handle_with_tus_header


router = APIRouter(tags=["documents"], route_class=TusRoute)


def tus_resumable(
    tus_resumable: Annotated[
        str | None,
        Header(
            alias="Tus-Resumable",
            description="Must be 1.0.0.",
            json_schema_extra={"enum": [TUS_VERSION]},
        ),
    ] = None,
) -> None:
    require_tus_version(tus_resumable)


TusVersion = Depends(tus_resumable)
OptionalHeader = Annotated[str | None, Header()]

_PROBLEM_CONTENT = {PROBLEM_MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/ProblemOut"}}}


def _tus_responses(*slugs: str) -> dict[int | str, dict[str, Any]]:
    responses = problem_responses("unauthorized", *slugs)
    responses[412] = {
        "description": "validation-failed: Tus-Resumable is not 1.0.0 (answered with Tus-Version)",
        "content": _PROBLEM_CONTENT,
    }
    return responses


def _header(description: str) -> dict[str, Any]:
    return {"description": description, "schema": {"type": "string"}}


DOCUMENTS_PATH = "/v1/applications/{number}/documents"
UPLOAD_PATH = "/v1/applications/{number}/documents/{upload_id}"


@router.options(
    DOCUMENTS_PATH,
    operation_id="upload_document_options",
    status_code=204,
    responses={
        204: {
            "description": "The tus protocol this endpoint speaks",
            "headers": {
                "Tus-Version": _header("1.0.0"),
                "Tus-Extension": _header(TUS_EXTENSIONS),
                "Tus-Max-Size": _header("max_file_bytes"),
                "Tus-Checksum-Algorithm": _header("sha1,sha256"),
            },
        },
        **problem_responses(),
    },
    summary="tus discovery: version, extensions, the size limit and checksum algorithms",
)
def upload_document_options(ctx: Ctx, number: str) -> Response:
    return Response(
        status_code=204,
        headers={
            "Tus-Version": TUS_VERSION,
            "Tus-Extension": TUS_EXTENSIONS,
            "Tus-Max-Size": str(ctx.settings.max_file_bytes),
            "Tus-Checksum-Algorithm": ",".join(CHECKSUM_ALGORITHMS),
        },
    )


def _create_upload(
    ctx: ServiceContext,
    number: str,
    length: int,
    kind: str,
    filename: str,
    content_type: str,
) -> str:
    settings = ctx.settings
    upload_id = new_id()
    with ctx.db.transaction() as conn:
        held = conn.execute(
            "SELECT COUNT(*) AS uploads, COALESCE(SUM(length), 0) AS bytes FROM uploads"
            " WHERE application_number = ?",
            (number,),
        ).fetchone()
        if int(held["uploads"]) >= settings.max_uploads:
            raise invalid_header("Upload-Length", "too_many_uploads")
        if int(held["bytes"]) + length > settings.max_total_bytes:
            raise tus_problem("payload-too-large", max_bytes=settings.max_total_bytes)
        conn.execute(
            "INSERT INTO uploads (id, application_number, kind, filename, content_type, length,"
            " offset, complete, created_at) VALUES (?, ?, ?, ?, ?, ?, 0, 0, ?)",
            (upload_id, number, kind, filename, content_type, length, ctx.clock.now().isoformat()),
        )
    UploadFiles(ctx.data_dir).create(upload_id)
    return upload_id


@router.post(
    DOCUMENTS_PATH,
    operation_id="upload_document",
    status_code=201,
    dependencies=[TusVersion],
    responses={
        201: {
            "description": "Upload created",
            "headers": {"Location": _header("the upload's URL (relative to this one's origin)")},
        },
        **_tus_responses("payload-too-large", "unsupported-media-type", "application-closed"),
    },
    summary="Create a resumable upload (tus creation): Upload-Length and Upload-Metadata"
    " (kind, filename, content_type)",
)
def upload_document(
    request: Request,
    ctx: Ctx,
    application: AuthorisedApplication,
    upload_length: Annotated[str | None, Header(alias="Upload-Length")] = None,
    upload_metadata: Annotated[
        str | None,
        Header(
            alias="Upload-Metadata",
            description="kind, filename, content_type: `key base64,key base64`",
        ),
    ] = None,
) -> Response:
    settings = ctx.settings
    ensure_takes_documents(application.status)
    length = parse_non_negative("Upload-Length", upload_length)
    if length == 0:
        raise invalid_header("Upload-Length", "empty")
    if length > settings.max_file_bytes:
        raise tus_problem("payload-too-large", max_bytes=settings.max_file_bytes)
    metadata = parse_metadata(upload_metadata)
    kind = metadata.get("kind", "")
    if kind not in {known.id for known in settings.document_kinds}:
        raise invalid_header("Upload-Metadata.kind", "unknown_kind")
    content_type = (metadata.get("content_type") or metadata.get("filetype") or "").lower()
    if content_type not in ACCEPTED_MEDIA_TYPES:
        raise tus_problem("unsupported-media-type", accepted=list(ACCEPTED_MEDIA_TYPES))
    filename = display_filename(metadata.get("filename") or metadata.get("name") or "")
    upload_id = _create_upload(ctx, application.number, length, kind, filename, content_type)
    return Response(status_code=201, headers={"Location": f"{request.url.path}/{upload_id}"})


@router.head(
    UPLOAD_PATH,
    operation_id="upload_document_offset",
    dependencies=[TusVersion],
    responses={
        200: {
            "description": "How far the upload is",
            "headers": {
                "Upload-Offset": _header("bytes the service holds"),
                "Upload-Length": _header("the upload's whole length"),
                "Upload-Metadata": _header("the upload's metadata"),
                "Cache-Control": _header("no-store"),
            },
        },
        **_tus_responses("not-found"),
    },
    summary="Where to resume an upload (tus HEAD)",
)
def upload_document_offset(
    ctx: Ctx, application: AuthorisedApplication, upload_id: str
) -> Response:
    upload = find_upload(ctx, application.number, upload_id)
    held = held_offset(ctx, upload)
    metadata = {
        "kind": upload.kind,
        "filename": upload.filename,
        "content_type": upload.content_type,
    }
    return Response(
        status_code=200,
        headers={
            "Upload-Offset": str(held),
            "Upload-Length": str(upload.length),
            "Upload-Metadata": encode_metadata(metadata),
            "Cache-Control": "no-store",
        },
    )


@router.patch(
    UPLOAD_PATH,
    operation_id="upload_document_chunk",
    status_code=204,
    dependencies=[TusVersion],
    responses={
        204: {
            "description": "Chunk appended",
            "headers": {"Upload-Offset": _header("bytes the service now holds")},
        },
        400: {
            "description": "validation-failed: Upload-Checksum algorithm unsupported or malformed",
            "content": _PROBLEM_CONTENT,
        },
        **_tus_responses(
            "not-found",
            "upload-offset-mismatch",
            "checksum-mismatch",
            "payload-too-large",
            "unsupported-media-type",
            "application-closed",
        ),
    },
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {CHUNK_MEDIA_TYPE: {"schema": {"type": "string", "format": "binary"}}},
        }
    },
    summary="Append a chunk at Upload-Offset (tus PATCH, optional Upload-Checksum sha1/sha256)",
)
async def upload_document_chunk(
    request: Request,
    ctx: Ctx,
    application: AuthorisedApplication,
    upload_id: str,
    content_type: OptionalHeader = None,
    content_length: Annotated[str | None, Header(include_in_schema=False)] = None,
    upload_offset: Annotated[str | None, Header(alias="Upload-Offset")] = None,
    upload_checksum: Annotated[str | None, Header(alias="Upload-Checksum")] = None,
) -> Response:
    ensure_takes_documents(application.status)
    upload = await run_in_threadpool(find_upload, ctx, application.number, upload_id)
    if (content_type or "").split(";")[0].strip().lower() != CHUNK_MEDIA_TYPE:
        raise tus_problem("unsupported-media-type", accepted=[CHUNK_MEDIA_TYPE])
    offset = parse_non_negative("Upload-Offset", upload_offset)
    checksum = parse_checksum(upload_checksum)
    declared = parse_non_negative("Content-Length", content_length) if content_length else None
    if not ACTIVE_PATCHES.claim(upload.id):
        raise tus_problem("upload-offset-mismatch", offset=upload.offset)
    try:
        upload = await run_in_threadpool(find_upload, ctx, application.number, upload_id)
        held = await run_in_threadpool(held_offset, ctx, upload)
        if offset != held:
            raise tus_problem("upload-offset-mismatch", offset=held)
        if upload.complete:
            if declared:
                raise tus_problem("payload-too-large", max_bytes=0)
            reached = held
        else:
            reached = await receive_chunk(
                ctx,
                request,
                ChunkRequest(upload=upload, start=held, checksum=checksum, declared_bytes=declared),
            )
    finally:
        ACTIVE_PATCHES.release(upload.id)
    return Response(status_code=204, headers={"Upload-Offset": str(reached)})
