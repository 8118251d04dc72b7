"""Recovery by documents as plain Python (no Qt): the application, its slots, the sending,
the receipt and the status, and the draft that lets a closed app continue."""

from .application_draft import ApplicationDraft, SavedDocument, SavedPage, SavedUpload
from .application_draft_store import (
    ApplicationDraftKeeping,
    ApplicationDraftStore,
    EphemeralApplicationDraftStore,
)
from .application_flow import TOKEN_MISSING, ApplicationFlow
from .application_sending import PDF_UNREADABLE
from .application_state import (
    ApplicationAction,
    ApplicationField,
    ApplicationFlowState,
    ApplicationIssue,
    Receipt,
    View,
)
from .document_sending import DOCUMENT_CHUNK_BYTES
from .keep_awake import KeepAwake, NoKeepAwake, native_keep_awake
from .slot_editing import RemovedEntry
from .slot_model import DocumentSlot, EntryState, SlotEntry
from .upload_state import UploadPhase, UploadState

__all__ = [
    "DOCUMENT_CHUNK_BYTES",
    "PDF_UNREADABLE",
    "TOKEN_MISSING",
    "ApplicationAction",
    "ApplicationDraft",
    "ApplicationDraftKeeping",
    "ApplicationDraftStore",
    "ApplicationField",
    "ApplicationFlow",
    "ApplicationFlowState",
    "ApplicationIssue",
    "DocumentSlot",
    "EntryState",
    "EphemeralApplicationDraftStore",
    "KeepAwake",
    "NoKeepAwake",
    "Receipt",
    "RemovedEntry",
    "SavedDocument",
    "SavedPage",
    "SavedUpload",
    "SlotEntry",
    "UploadPhase",
    "UploadState",
    "View",
    "native_keep_awake",
]
