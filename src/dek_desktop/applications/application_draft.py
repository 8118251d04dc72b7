"""The part of an application that survives a closed window: enough to continue sending.

The number, the files chosen for each document (paths and pages in the user's order), and for
each document being sent its upload's address and the size and sha256 of the PDF made from
those pages, with the time and language it was made in: the same pages made again at that time
give the same bytes, so the upload goes on from the byte the service holds. Never the
application's token (the keychain holds it) or its PIN.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from dek_desktop.api.vocabulary import DocumentKind
from dek_desktop.documents import Language

APPLICATION_DRAFT_FORMAT = "dek-desktop/application-draft"
APPLICATION_DRAFT_VERSION = 1


class ApplicationDraftUnreadable(ValueError):
    """The JSON is not an application draft of this version."""


@dataclass(frozen=True)
class SavedPage:
    path: Path
    page_index: int  # 0-based, within its file


@dataclass(frozen=True)
class SavedUpload:
    """A PDF being sent: what it was made of, and where its upload stands."""

    sha256: str
    size_bytes: int
    upload_url: str | None = None


@dataclass(frozen=True)
class SavedDocument:
    kind: DocumentKind
    pages: tuple[SavedPage, ...] = ()
    sent: bool = False
    upload: SavedUpload | None = None


@dataclass(frozen=True)
class ApplicationDraft:
    number: str
    from_service_centre: bool = False
    documents: tuple[SavedDocument, ...] = ()
    sending: bool = False  # the app was closed while sending: go on when it opens again
    made_at: datetime | None = None  # the PDFs' creation time
    made_in: Language = "ru"  # the PDFs' language
    submitted_at: datetime | None = None

    def document(self, kind: DocumentKind) -> SavedDocument | None:
        return next((doc for doc in self.documents if doc.kind is kind), None)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": APPLICATION_DRAFT_FORMAT,
            "version": APPLICATION_DRAFT_VERSION,
            "number": self.number,
            "from_service_centre": self.from_service_centre,
            "sending": self.sending,
            "made_at": self.made_at.isoformat() if self.made_at else None,
            "made_in": self.made_in,
            "submitted_at": self.submitted_at.isoformat() if self.submitted_at else None,
            "documents": [_document_json(document) for document in self.documents],
        }

    @classmethod
    def from_json(cls, data: object) -> ApplicationDraft:
        if not isinstance(data, dict):
            raise ApplicationDraftUnreadable("not an object")
        if (
            data.get("format") != APPLICATION_DRAFT_FORMAT
            or data.get("version") != APPLICATION_DRAFT_VERSION
        ):
            raise ApplicationDraftUnreadable("another format or version")
        try:
            made_in = data.get("made_in")
            if made_in not in ("ru", "en"):
                raise ApplicationDraftUnreadable("made_in: not ru or en")
            documents = data.get("documents")
            if not isinstance(documents, list):
                raise ApplicationDraftUnreadable("documents: not a list")
            return cls(
                number=_text(data, "number"),
                from_service_centre=_flag(data, "from_service_centre"),
                sending=_flag(data, "sending"),
                made_at=_moment(data, "made_at"),
                made_in=made_in,
                submitted_at=_moment(data, "submitted_at"),
                documents=tuple(_document(item) for item in documents),
            )
        except (TypeError, ValueError, KeyError) as error:
            if isinstance(error, ApplicationDraftUnreadable):
                raise
            raise ApplicationDraftUnreadable(str(error)) from error


def _document_json(document: SavedDocument) -> dict[str, Any]:
    upload = document.upload
    return {
        "kind": document.kind.value,
        "sent": document.sent,
        "pages": [{"path": str(page.path), "page": page.page_index} for page in document.pages],
        "upload": None
        if upload is None
        else {"sha256": upload.sha256, "bytes": upload.size_bytes, "url": upload.upload_url},
    }


def _document(data: object) -> SavedDocument:
    if not isinstance(data, dict):
        raise ApplicationDraftUnreadable("document: not an object")
    pages = data.get("pages")
    if not isinstance(pages, list):
        raise ApplicationDraftUnreadable("pages: not a list")
    upload = data.get("upload")
    saved_upload = None
    if upload is not None:
        if not isinstance(upload, dict):
            raise ApplicationDraftUnreadable("upload: not an object")
        url = upload.get("url")
        saved_upload = SavedUpload(
            sha256=_text(upload, "sha256"),
            size_bytes=_count(upload, "bytes"),
            upload_url=url if isinstance(url, str) and url else None,
        )
    return SavedDocument(
        kind=DocumentKind(_text(data, "kind")),
        sent=_flag(data, "sent"),
        pages=tuple(_page(page) for page in pages),
        upload=saved_upload,
    )


def _page(data: object) -> SavedPage:
    if not isinstance(data, dict):
        raise ApplicationDraftUnreadable("page: not an object")
    index = data.get("page")
    if not isinstance(index, int) or isinstance(index, bool) or index < 0:
        raise ApplicationDraftUnreadable("page: not a page index")
    return SavedPage(Path(_text(data, "path")), index)


def _text(data: dict[str, Any], key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value:
        raise ApplicationDraftUnreadable(f"{key}: not a text")
    return value


def _flag(data: dict[str, Any], key: str) -> bool:
    value = data.get(key, False)
    if not isinstance(value, bool):
        raise ApplicationDraftUnreadable(f"{key}: not true or false")
    return value


def _count(data: dict[str, Any], key: str) -> int:
    value = data.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ApplicationDraftUnreadable(f"{key}: not a whole number")
    return value


def _moment(data: dict[str, Any], key: str) -> datetime | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ApplicationDraftUnreadable(f"{key}: not a time")
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is None:
        raise ApplicationDraftUnreadable(f"{key}: no time zone")
    return moment
