"""The application's draft as it changes: kept in memory, written after every change that a
restart needs (files, upload addresses, what was sent), cleared when the application goes."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from dek_desktop.api.vocabulary import DocumentKind
from dek_desktop.documents import DocumentPdf, Language

from . import slot_editing
from .application_draft import ApplicationDraft, SavedDocument, SavedUpload
from .application_draft_store import ApplicationDraftKeeping
from .document_sending import DocumentToSend
from .slot_model import DocumentSlot

log = logging.getLogger("dek_desktop.applications")


class ApplicationDraftKeeper:
    def __init__(self, store: ApplicationDraftKeeping) -> None:
        self._store = store
        self._draft: ApplicationDraft | None = None

    @property
    def draft(self) -> ApplicationDraft | None:
        return self._draft

    def saved(self) -> ApplicationDraft | None:
        """What the last run left on disk."""
        return self._store.load()

    def begin(self, number: str, *, from_service_centre: bool) -> None:
        self._draft = ApplicationDraft(number=number, from_service_centre=from_service_centre)
        self._write()

    def take_up(self, draft: ApplicationDraft) -> None:
        """The saved draft continues in this run."""
        self._draft = draft

    def forget(self) -> None:
        self._draft = None
        self._store.clear()

    def making(self, now: datetime, language: Language) -> tuple[datetime, Language]:
        """When and in which language the PDFs are made: fixed at the first make, so a make
        after a restart gives the same bytes."""
        draft = self._draft
        assert draft is not None
        if draft.made_at is None:
            draft = replace(draft, made_at=now, made_in=language)
            self._draft = draft
        assert draft.made_at is not None
        return draft.made_at, draft.made_in

    def to_send(self, pdfs: Sequence[DocumentPdf]) -> list[DocumentToSend]:
        """Each PDF with the upload of the same bytes begun earlier (the same sha256)."""
        draft = self._draft
        assert draft is not None
        documents = {doc.kind: doc for doc in draft.documents}
        sending: list[DocumentToSend] = []
        for pdf in pdfs:
            kind = DocumentKind(pdf.kind)
            saved = documents.get(kind, SavedDocument(kind))
            earlier = saved.upload
            same_bytes = earlier is not None and earlier.sha256 == pdf.sha256
            url = earlier.upload_url if earlier is not None and same_bytes else None
            sending.append(DocumentToSend(kind, pdf, url))
            documents[kind] = replace(saved, upload=SavedUpload(pdf.sha256, pdf.size_bytes, url))
        self._draft = replace(draft, documents=tuple(documents.values()))
        return sending

    def upload_created(self, kind: DocumentKind, url: str) -> None:
        draft = self._draft
        saved = draft.document(kind) if draft is not None else None
        if draft is None or saved is None or saved.upload is None:
            return
        upload = replace(saved.upload, upload_url=url)
        self._draft = _with_document(draft, replace(saved, upload=upload))
        self._write()

    def save(self, slots: Sequence[DocumentSlot], *, sending: bool | None = None) -> None:
        """The slots' files and pages as they are now (a sent document keeps only that)."""
        draft = self._draft
        if draft is None:
            return
        documents = {doc.kind: doc for doc in draft.documents}
        for slot in slots:
            saved = documents.get(slot.kind, SavedDocument(slot.kind))
            if slot.sent:
                documents[slot.kind] = SavedDocument(slot.kind, sent=True)
            elif slot.entries or saved.pages:
                documents[slot.kind] = replace(saved, pages=slot_editing.saved_pages(slot))
        draft = replace(draft, documents=tuple(documents.values()))
        self._draft = draft if sending is None else replace(draft, sending=sending)
        self._write()

    def submitted(self, at: datetime, kinds: Sequence[DocumentKind]) -> None:
        """After a submit only the number and what was sent stay: no more files."""
        draft = self._draft
        if draft is None:
            return
        self._draft = replace(
            draft,
            sending=False,
            submitted_at=at,
            documents=tuple(SavedDocument(kind, sent=True) for kind in kinds),
        )
        self._write()

    def without_files(self) -> None:
        """An application that takes no documents any more keeps no file paths."""
        draft = self._draft
        if draft is None:
            return
        documents = tuple(SavedDocument(doc.kind, sent=doc.sent) for doc in draft.documents)
        self._draft = replace(draft, sending=False, documents=documents)
        self._write()

    def _write(self) -> None:
        if self._draft is None:
            return
        try:
            self._store.save(self._draft)
        except OSError as error:
            log.warning("the application draft could not be saved (%s); going on", error)


def _with_document(draft: ApplicationDraft, document: SavedDocument) -> ApplicationDraft:
    documents = {doc.kind: doc for doc in draft.documents}
    documents[document.kind] = document
    return replace(draft, documents=tuple(documents.values()))
