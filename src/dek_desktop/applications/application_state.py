"""Everything the documents page draws, as one frozen value; never a token or a PIN."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from dek_desktop.api.models import ApplicationState, ConsentText, ReceiptDocument
from dek_desktop.api.vocabulary import DocumentKind
from dek_desktop.documents import Notice, Rejection
from dek_desktop.recovery import InputIssue, PageProblem

from .slot_model import DocumentSlot
from .upload_state import UploadState


class View(StrEnum):
    """The part of the documents page on screen."""

    NEEDS = "needs"  # «Что понадобится»
    CONSENT = "consent"  # the consent to the processing of personal data
    START = "start"  # a new application, or one from a service centre (number and PIN)
    DOCUMENTS = "documents"  # one slot per document kind, sending, submitting
    RECEIPT = "receipt"
    STATUS = "status"


class ApplicationAction(StrEnum):
    """A call the page shows as busy while it runs (and may cancel)."""

    LOAD_POLICY = "load_policy"
    CREATE = "create"
    OPEN = "open"
    CONTINUE = "continue"  # an application saved before the app was closed
    SUBMIT = "submit"
    CHECK_STATUS = "check_status"


class ApplicationField(StrEnum):
    CONSENT = "consent"
    FULL_NAME = "full_name"
    CONTACT = "contact"
    NUMBER = "number"
    PIN = "pin"
    DOCUMENTS = "documents"


class ApplicationIssue(StrEnum):
    """Codes of `InputIssue` the documents page adds to the flow's own (`IssueCode`)."""

    NUMBER_INVALID = "application_number_invalid"
    PIN_INVALID = "pin_invalid"
    NOTHING_TO_SEND = "nothing_to_send"
    STILL_CHECKING = "still_checking"


@dataclass(frozen=True)
class Receipt:
    """What the service confirmed on submit: sizes and sha256 as it computed them."""

    number: str
    submitted_at: datetime
    documents: tuple[ReceiptDocument, ...]


@dataclass(frozen=True)
class ApplicationFlowState:
    view: View = View.NEEDS
    busy: ApplicationAction | None = None
    consent: ConsentText | None = None  # from the policy
    consent_given: bool = False
    kinds_known: bool = False  # the policy's document kinds are in `slots`

    number: str | None = None  # shown large and copyable once known
    from_service_centre: bool = False
    contact: str = ""  # the contact given when created here: «восстановить по коду» uses it
    slots: tuple[DocumentSlot, ...] = ()
    upload: UploadState | None = None
    preview: Path | None = None  # every document in one PDF, a bookmark each
    build_notices: tuple[Notice, ...] = ()  # e.g. pictures compressed more to fit
    build_problems: tuple[Rejection, ...] = ()  # a document too big even after compression
    missing: tuple[DocumentKind, ...] = ()  # named by application-incomplete or needs_more
    receipt: Receipt | None = None
    status: ApplicationState | None = None  # the service's last word on the application
    resumed: bool = False  # continued from a draft after the app was closed

    problem: PageProblem | None = None
    input_issues: tuple[InputIssue, ...] = ()
    attempts_left: int | None = None  # of the PIN
    max_file_bytes: int | None = field(default=None, repr=False)
    max_total_bytes: int | None = field(default=None, repr=False)

    def slot(self, kind: DocumentKind) -> DocumentSlot | None:
        return next((slot for slot in self.slots if slot.kind is kind), None)

    @property
    def sending(self) -> bool:
        return self.upload is not None and self.upload.active

    @property
    def can_send(self) -> bool:
        return (
            self.number is not None
            and not self.sending
            and any(slot.to_send for slot in self.slots)
            and not any(slot.checking for slot in self.slots)
        )

    @property
    def can_submit(self) -> bool:
        return (
            self.number is not None
            and not self.sending
            and any(slot.sent for slot in self.slots)
            and not any(slot.to_send for slot in self.slots)
        )
