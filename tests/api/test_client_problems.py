"""Every problem type of API.md, provoked on the reference service through the client: the
exception class, its typed members, the request id and the `instance` that names it."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import TypeVar

import pytest

from dek_desktop.api import (
    AccountLocked,
    Action,
    ApplicationClosed,
    ApplicationIncomplete,
    ApplicationReason,
    ApplicationStatus,
    CaptchaAnswer,
    CaptchaRequired,
    Channel,
    Code,
    ConsentRequired,
    DocumentKind,
    IdempotencyKey,
    IdempotencyKeyReused,
    IdentityAnswer,
    IdentityAsked,
    IdentityMismatch,
    InternalError,
    InvalidCode,
    InvalidCredentials,
    LockReason,
    NotFound,
    Password,
    PasswordRejected,
    PayloadTooLarge,
    Pin,
    ProblemError,
    RateLimited,
    RecoveryClient,
    RecoveryExpired,
    RecoveryLocked,
    ResetGranted,
    ResetToken,
    ResetTokenInvalid,
    Unauthorized,
    UnsupportedMediaType,
    UploadOffsetMismatch,
    ValidationFailed,
)
from dek_desktop.api.transport import Transport
from dek_desktop.api.tus_upload import TusUpload
from dek_desktop.api.upload_progress import ProgressMeter
from dek_recovery_service.seed import DEMO_APPLICATION_NUMBER, DEMO_APPLICATION_PIN, demo_account
from tests.api.documents_on_disk import write_pdf
from tests.api.service_session import client_on, code_sent_to
from tests.conftest import RunningService

P = TypeVar("P", bound=ProblemError)
ACTIVE = demo_account("active")


def provoke(client: RecoveryClient, kind: type[P], call: Callable[[], object]) -> P:
    """Runs `call`, which must fail with `kind`; checks what every problem carries."""
    with pytest.raises(kind) as caught:
        call()
    problem = caught.value
    assert type(problem) is kind
    assert problem.type == f"urn:dek:problem:{kind.slug}"
    assert problem.request_id == client.recent_request_ids()[-1]
    assert problem.instance == f"urn:uuid:{problem.request_id}"
    assert problem.detail
    return problem


def wrong_code(right: Code) -> Code:
    return Code("000000" if right.reveal() != "000000" else "111111")


def test_validation_failed_names_the_field(service: RunningService) -> None:
    with client_on(service) as client:
        problem = provoke(
            client,
            ValidationFailed,
            lambda: client.request_recovery("not an address", Channel.EMAIL),
        )
    assert problem.status == 422
    assert "contact" in {error.field for error in problem.errors}


def test_the_sign_in_ladder(service: RunningService) -> None:
    """attempts_left counts down; after three failures a captcha; a wrong answer says so; the
    fifth failure is the lock itself, with its reason, end and ways out."""
    with client_on(service) as client:
        attempts = [
            provoke(
                client,
                InvalidCredentials,
                lambda: client.sign_in(ACTIVE.number, Password("wrong one")),
            ).attempts_left
            for _ in range(3)
        ]
        assert attempts == [4, 3, 2]
        demand = provoke(
            client, CaptchaRequired, lambda: client.sign_in(ACTIVE.number, Password("wrong one"))
        )
        assert demand.status == 428 and not demand.invalid_answer
        assert demand.captcha.image_png.startswith(b"\x89PNG")
        wrong_answer = CaptchaAnswer(demand.captcha.id, "00000")
        again = provoke(
            client,
            CaptchaRequired,
            lambda: client.sign_in(ACTIVE.number, Password("wrong one"), captcha=wrong_answer),
        )
        assert again.invalid_answer
        answered = CaptchaAnswer(again.captcha.id, service.captcha_answer(again.captcha.id))
        last = provoke(
            client,
            InvalidCredentials,
            lambda: client.sign_in(ACTIVE.number, Password("wrong one"), captcha=answered),
        )
        assert last.attempts_left == 1
        demand = provoke(
            client, CaptchaRequired, lambda: client.sign_in(ACTIVE.number, Password("wrong one"))
        )
        answered = CaptchaAnswer(demand.captcha.id, service.captcha_answer(demand.captcha.id))
        lock = provoke(
            client,
            AccountLocked,
            lambda: client.sign_in(ACTIVE.number, Password("wrong one"), captcha=answered),
        )
    assert lock.status == 423
    assert lock.reason is LockReason.TOO_MANY_ATTEMPTS
    assert lock.actions == (Action.WAIT, Action.RECOVER)
    assert lock.locked_until == service.clock.now() + timedelta(
        seconds=service.settings.signin_lock_s
    )


def test_a_lock_for_another_reason_is_told_to_the_right_password(service: RunningService) -> None:
    compromised = demo_account("compromised")
    with client_on(service) as client:
        lock = provoke(
            client,
            AccountLocked,
            lambda: client.sign_in(compromised.number, Password(compromised.password)),
        )
    assert lock.reason is LockReason.SUSPECTED_COMPROMISE
    assert lock.locked_until is None
    assert set(lock.actions) == {Action.DOCUMENTS, Action.SUPPORT}


def test_code_problems(service: RunningService) -> None:
    email = ACTIVE.email or ""
    with client_on(service) as client:
        started = client.request_recovery(email, Channel.EMAIL)
        too_soon = provoke(client, RateLimited, lambda: client.resend_code(started.recovery_id))
        assert too_soon.status == 429
        assert timedelta(0) < too_soon.retry_after <= timedelta(seconds=60)

        right = code_sent_to(service, email)
        left = [
            provoke(
                client,
                InvalidCode,
                lambda: client.verify_recovery(started.recovery_id, wrong_code(right)),
            ).attempts_left
            for _ in range(4)
        ]
        assert left == [4, 3, 2, 1]
        provoke(
            client,
            RecoveryLocked,
            lambda: client.verify_recovery(started.recovery_id, wrong_code(right)),
        )

        expiring = client.request_recovery(email, Channel.EMAIL, login=ACTIVE.number)
        service.clock.advance(service.settings.code_ttl_s + 1)
        expired = provoke(
            client,
            RecoveryExpired,
            lambda: client.verify_recovery(expiring.recovery_id, code_sent_to(service, email)),
        )
        assert expired.status == 410
        provoke(client, NotFound, lambda: client.resend_code("no-such-recovery"))


def test_identity_and_password_problems(service: RunningService) -> None:
    identity = demo_account("identity")
    email = identity.email or ""
    with client_on(service) as client:
        started = client.request_recovery(email, Channel.EMAIL)
        asked = client.verify_recovery(started.recovery_id, code_sent_to(service, email))
        assert isinstance(asked, IdentityAsked)
        wrong = {key: IdentityAnswer("0000") for key in identity.identity_answers}
        consent = provoke(
            client,
            ConsentRequired,
            lambda: client.answer_identity(
                started.recovery_id, asked.identity_token, wrong, "1999-01-01"
            ),
        )
        assert consent.consent_version == service.settings.consent_version
        mismatch = provoke(
            client,
            IdentityMismatch,
            lambda: client.answer_identity(
                started.recovery_id, asked.identity_token, wrong, consent.consent_version
            ),
        )
        assert mismatch.attempts_left == 2

        provoke(
            client,
            ResetTokenInvalid,
            lambda: client.set_password(
                started.recovery_id, ResetToken("x" * 43), Password("Any long phrase 1")
            ),
        )

        plain = client.request_recovery(ACTIVE.email or "", Channel.EMAIL)
        granted = client.verify_recovery(
            plain.recovery_id, code_sent_to(service, ACTIVE.email or "")
        )
        assert isinstance(granted, ResetGranted)
        rejected = provoke(
            client,
            PasswordRejected,
            lambda: client.set_password(plain.recovery_id, granted.reset_token, Password("gfhjkm")),
        )
        assert rejected.status == 422
        assert "too_short" in rejected.violations and "too_common" in rejected.violations


def test_unauthorized_without_a_session(service: RunningService) -> None:
    with client_on(service) as client:
        assert provoke(client, Unauthorized, client.get_profile).status == 401


def test_idempotency_key_reused_with_another_body(service: RunningService) -> None:
    key = IdempotencyKey()
    with client_on(service) as client:
        first = client.request_recovery(ACTIVE.email or "", Channel.EMAIL, idempotency_key=key)
        again = client.request_recovery(ACTIVE.email or "", Channel.EMAIL, idempotency_key=key)
        assert again == first  # the stored answer, not a second recovery
        provoke(
            client,
            IdempotencyKeyReused,
            lambda: client.request_recovery(ACTIVE.phone or "", Channel.SMS, idempotency_key=key),
        )


def test_internal_error_when_the_service_breaks(service: RunningService) -> None:
    with service.context.db.transaction() as connection:
        connection.execute("DROP TABLE captchas")  # a real fault: the service's storage is damaged
    with client_on(service) as client:
        assert provoke(client, InternalError, client.new_captcha).status == 500


def test_document_problems(service_factory: Callable[..., RunningService], tmp_path: Path) -> None:
    service = service_factory(max_file_bytes=64 * 1024)
    with client_on(service) as client:
        access = client.create_application(
            ApplicationReason.NO_CONTACT_ACCESS,
            "Галина Зайцева",
            "+79141000012",
            client.get_policy().consent.version,
        )
        incomplete = provoke(
            client, ApplicationIncomplete, lambda: client.submit_application(access.number)
        )
        assert set(incomplete.missing) == {
            DocumentKind.PASSPORT,
            DocumentKind.INN,
            DocumentKind.SNILS,
        }

        big = write_pdf(tmp_path / "big.pdf", payload_bytes=100 * 1024)
        too_large = provoke(
            client,
            PayloadTooLarge,
            lambda: client.upload_document(access.number, DocumentKind.PASSPORT, big),
        )
        assert too_large.max_bytes == 64 * 1024

        text = tmp_path / "scan.pdf"
        text.write_text("Это не PDF, а текст с расширением .pdf", encoding="utf-8")
        unsupported = provoke(
            client,
            UnsupportedMediaType,
            lambda: client.upload_document(access.number, DocumentKind.INN, text),
        )
        assert set(unsupported.accepted) == {"application/pdf", "image/jpeg", "image/png"}

        for kind in (DocumentKind.PASSPORT, DocumentKind.INN, DocumentKind.SNILS):
            client.upload_document(access.number, kind, write_pdf(tmp_path / f"{kind.value}.pdf"))
        client.submit_application(access.number)
        closed = provoke(
            client,
            ApplicationClosed,
            lambda: client.upload_document(
                access.number, DocumentKind.OTHER, write_pdf(tmp_path / "late.pdf")
            ),
        )
        assert closed.application_status is ApplicationStatus.SUBMITTED


def test_upload_offset_mismatch_carries_the_offset(service: RunningService, tmp_path: Path) -> None:
    """The upload loop resolves this problem itself; here one PATCH at a wrong offset shows the
    service's answer is typed with the offset to resume from."""
    document = write_pdf(tmp_path / "passport.pdf", payload_bytes=20_000)
    with client_on(service, upload_chunk_bytes=8192) as client:
        access = client.open_application(DEMO_APPLICATION_NUMBER, Pin(DEMO_APPLICATION_PIN))
        transport: Transport = client._transport
        upload = TusUpload(
            transport,
            collection_url=f"{client.base_url}/v1/applications/{access.number}/documents",
            token=access.token,
            chunk_bytes=8192,
            resume_seconds=5,
            progress=None,
            cancel=None,
        )
        url = upload._create(DocumentKind.PASSPORT, document, document.stat().st_size)
        region = document.read_bytes()[4096:8192]
        checksum = base64.b64encode(hashlib.sha256(region).digest()).decode()
        with pytest.raises(UploadOffsetMismatch) as caught, document.open("rb") as source:
            upload._patch(url, source, 4096, 4096, checksum, ProgressMeter(1, None))
    assert caught.value.offset == 0
    assert caught.value.status == 409
