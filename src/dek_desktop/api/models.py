"""What the recovery API answers and what its calls take, as frozen dataclasses."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from .secret import ApplicationToken, IdentityToken, LinkToken, ResetToken
from .vocabulary import (
    ApplicationStatus,
    Channel,
    DocumentKind,
    NextStep,
    QuestionKind,
)


@dataclass(frozen=True)
class IdempotencyKey:
    """One per user action; every retry of that action (also with a captcha added) reuses it."""

    value: str = field(default_factory=lambda: str(uuid.uuid4()))


# --- policy and support ---------------------------------------------------------------------


@dataclass(frozen=True)
class ConsentText:
    version: str
    text_ru: str
    text_en: str


@dataclass(frozen=True)
class PasswordRules:
    min_length: int
    max_length: int
    forbid_login: bool
    forbid_previous: bool


@dataclass(frozen=True)
class DocumentSlot:
    kind: DocumentKind
    required: bool


@dataclass(frozen=True)
class DocumentRules:
    accepted: tuple[str, ...]
    max_file_bytes: int
    max_total_bytes: int
    kinds: tuple[DocumentSlot, ...]


@dataclass(frozen=True)
class Policy:
    channels: tuple[Channel, ...]
    code_length: int
    code_ttl: timedelta
    resend_after: timedelta
    max_code_attempts: int
    reset_ttl: timedelta
    consent: ConsentText
    password: PasswordRules
    documents: DocumentRules


@dataclass(frozen=True)
class SupportContacts:
    phone: str
    email: str
    hours: str
    timezone: str
    url: str


@dataclass(frozen=True)
class Diagnostics:
    """What a support ticket tells about the app; never a secret."""

    app_version: str
    os: str
    locale: str
    step: str
    last_problem_type: str | None
    last_request_ids: tuple[str, ...]


@dataclass(frozen=True)
class SupportRequest:
    name: str
    contact: str
    subject: str
    description: str
    diagnostics: Diagnostics


@dataclass(frozen=True)
class SupportTicket:
    ticket_number: str


# --- sign-in and captcha --------------------------------------------------------------------


@dataclass(frozen=True)
class Captcha:
    id: str
    image_png: bytes = field(repr=False)
    expires_in: timedelta


@dataclass(frozen=True)
class CaptchaAnswer:
    id: str
    answer: str


@dataclass(frozen=True)
class Account:
    login: str
    display_name: str
    email_masked: str | None
    phone_masked: str | None
    contacts_confirmed_at: datetime | None


@dataclass(frozen=True)
class SignedIn:
    """A session began; the client keeps its access token for the calls that need it."""

    account: Account
    expires_in: timedelta


# --- recovery ------------------------------------------------------------------------------


@dataclass(frozen=True)
class RecoveryStarted:
    recovery_id: str
    channel: Channel
    destination_masked: str
    code_length: int
    expires_in: timedelta
    resend_in: timedelta


@dataclass(frozen=True)
class CodeResent:
    expires_in: timedelta
    resend_in: timedelta


@dataclass(frozen=True)
class AccountChoice:
    """One account the proven contact belongs to; also the reminder of its number."""

    id: str
    number_masked: str
    address_hint: str


@dataclass(frozen=True)
class ResetGranted:
    reset_token: ResetToken
    reset_expires_in: timedelta
    accounts: tuple[AccountChoice, ...]


@dataclass(frozen=True)
class IdentityQuestion:
    id: str
    label: str
    kind: QuestionKind


@dataclass(frozen=True)
class IdentityAsked:
    """The code was right, but the service asks identity questions before a reset."""

    identity_token: IdentityToken
    questions: tuple[IdentityQuestion, ...]


@dataclass(frozen=True)
class RecoveryLink:
    """What a pasted recovery link carries."""

    recovery_id: str
    link_token: LinkToken


# --- profile -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Profile:
    email_masked: str | None
    phone_masked: str | None
    email_confirmed: bool
    phone_confirmed: bool


@dataclass(frozen=True)
class ContactVerification:
    verification_id: str
    destination_masked: str
    expires_in: timedelta


# --- applications and uploads ---------------------------------------------------------------


@dataclass(frozen=True)
class ApplicationAccess:
    """An application the client may now act on; store the token in the keychain to come back."""

    number: str
    token: ApplicationToken
    status: ApplicationStatus


@dataclass(frozen=True)
class ReceiptDocument:
    kind: DocumentKind
    filename: str
    bytes: int
    sha256: str


@dataclass(frozen=True)
class SubmissionReceipt:
    status: ApplicationStatus
    submitted_at: datetime
    documents: tuple[ReceiptDocument, ...]


@dataclass(frozen=True)
class ApplicationState:
    status: ApplicationStatus
    updated_at: datetime
    comment: str | None
    missing: tuple[DocumentKind, ...]
    next: NextStep


@dataclass(frozen=True)
class UploadProgress:
    sent_bytes: int
    total_bytes: int
    bytes_per_second: float


@dataclass(frozen=True)
class UploadedDocument:
    upload_url: str
    size_bytes: int
