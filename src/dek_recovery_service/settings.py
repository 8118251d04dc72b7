"""Every number the reference service enforces, in one frozen record.

The limits are settings so that a benchmark may raise them; nothing turns them off.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .consent_text import CONSENT_TEXT_EN, CONSENT_TEXT_RU

MIB = 1024 * 1024


@dataclass(frozen=True)
class Argon2Cost:
    """Argon2id parameters (RFC 9106 second recommendation by default)."""

    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 1


@dataclass(frozen=True)
class DocumentKind:
    """A kind of document an application takes (`GET /v1/policy` documents.kinds)."""

    id: str  # passport, inn, snils, other
    required: bool


DOCUMENT_KINDS = (
    DocumentKind("passport", required=True),
    DocumentKind("inn", required=True),
    DocumentKind("snils", required=True),
    DocumentKind("other", required=False),
)


#: Cheap but still real Argon2id work, for tests that create many services.
TEST_ARGON2 = Argon2Cost(time_cost=1, memory_kib=1024, parallelism=1)


@dataclass(frozen=True)
class ServiceSettings:
    timezone: str = "Asia/Vladivostok"
    portal_url: str = "https://lk.dvec.ru"
    support_phone: str = "+7 800 100-15-52"
    support_email: str = "support@dvec.ru"
    support_hours: str = "08:00-20:00"
    support_url: str = "https://www.dvec.ru/contacts/"
    support_timezone: str = "Asia/Vladivostok"  # the IANA zone support_hours are in
    support_ticket_prefix: str = "SUP"

    # Channels a recovery code can go by
    channels: tuple[str, ...] = ("email", "sms")

    # Recovery codes
    code_length: int = 6
    code_ttl_s: int = 600
    resend_after_s: int = 60
    max_code_attempts: int = 5
    reset_ttl_s: int = 900
    identity_ttl_s: int = 900
    identity_max_attempts: int = 3

    # Recovery requests per contact and per client address (one hour windows)
    recovery_contact_captcha_after: int = 3
    recovery_contact_max: int = 10
    recovery_address_captcha_after: int = 10
    recovery_address_max: int = 60
    recovery_window_s: int = 3600

    # Sign-in
    signin_captcha_after: int = 3
    signin_lock_after: int = 5
    signin_lock_s: int = 900
    address_failures_captcha: int = 20
    address_failures_window_s: int = 600
    session_ttl_s: int = 3600

    # Captcha pictures
    captcha_ttl_s: int = 300
    captcha_digits: int = 5

    # Applications (recovery by documents)
    pin_max_attempts: int = 5
    pin_lock_s: int = 3600
    max_file_bytes: int = 10 * MIB
    max_total_bytes: int = 40 * MIB
    max_uploads: int = 20
    accepted_media_types: tuple[str, ...] = ("application/pdf", "image/jpeg", "image/png")
    document_kinds: tuple[DocumentKind, ...] = DOCUMENT_KINDS
    upload_stall_s: float = 30.0

    # Passwords
    password_min_length: int = 8
    password_max_length: int = 128
    password_forbid_login: bool = True
    password_forbid_previous: bool = True
    argon2: Argon2Cost = field(default_factory=Argon2Cost)

    # Personal data consent (152-FZ)
    consent_version: str = "2026-11-01"
    consent_text_ru: str = CONSENT_TEXT_RU
    consent_text_en: str = CONSENT_TEXT_EN

    # HTTP
    max_json_body_bytes: int = 64 * 1024
    latency_ms: int = 0
