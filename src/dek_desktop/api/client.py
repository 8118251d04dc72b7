"""`RecoveryClient`: one typed method per operationId of API.md."""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from pathlib import Path
from types import TracebackType
from typing import Self

from . import decoders
from .connection_abort import CancelSignal
from .models import (
    ApplicationAccess,
    ApplicationState,
    Captcha,
    CaptchaAnswer,
    CodeResent,
    ContactVerification,
    IdempotencyKey,
    IdentityAsked,
    Policy,
    Profile,
    RecoveryStarted,
    ResetGranted,
    SignedIn,
    SubmissionReceipt,
    SupportContacts,
    SupportRequest,
    SupportTicket,
    UploadedDocument,
    UploadProgress,
)
from .reply_reading import expect_no_content, read_answer
from .retry_policy import RetryPolicy
from .secret import (
    AccessToken,
    ApplicationToken,
    Code,
    IdentityAnswer,
    IdentityToken,
    LinkToken,
    Password,
    Pin,
    ResetToken,
)
from .service_address import ServiceAddress
from .timeouts import Timeouts
from .transport import DEFAULT_MAX_JSON_BYTES, Transport
from .tus_upload import DEFAULT_CHUNK_BYTES, TusUpload
from .vocabulary import ApplicationReason, Channel, DocumentKind, Language


class RecoveryClient:
    """Synchronous and thread-safe; call it from worker threads, never from the GUI thread.

    Every method returns frozen dataclasses or raises an `ApiError`: a `ProblemError` subclass
    for each problem type of API.md, or a `TransportError` subclass when no usable answer came.
    """

    def __init__(
        self,
        base_url: str,
        *,
        language: Language = Language.RU,
        timeouts: Timeouts | None = None,
        retry: RetryPolicy | None = None,
        ca_bundle: Path | None = None,
        max_json_bytes: int = DEFAULT_MAX_JSON_BYTES,
        upload_chunk_bytes: int = DEFAULT_CHUNK_BYTES,
        upload_resume_seconds: float = 300.0,
    ) -> None:
        self._address = ServiceAddress.parse(base_url)
        self._transport = Transport(
            self._address,
            language=language,
            timeouts=timeouts or Timeouts(),
            retry=retry or RetryPolicy(),
            ca_bundle=ca_bundle,
            max_json_bytes=max_json_bytes,
        )
        self._upload_chunk_bytes = upload_chunk_bytes
        self._upload_resume_seconds = upload_resume_seconds
        self._lock = threading.Lock()
        self._access_token: AccessToken | None = None
        self._application_tokens: dict[str, ApplicationToken] = {}

    # --- the client itself -------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return self._address.base_url

    @property
    def is_loopback(self) -> bool:
        return self._address.is_loopback

    def set_language(self, language: Language) -> None:
        self._transport.set_language(language)

    def recent_request_ids(self) -> tuple[str, ...]:
        """The X-Request-IDs of the last requests, oldest first, for the support page."""
        return self._transport.request_ids.latest()

    def close(self) -> None:
        self._transport.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def _url(self, template: str, **params: str) -> str:
        return self._address.url_for(template, **params)

    # --- policy and support ------------------------------------------------------------------

    def get_policy(self) -> Policy:
        template = "/v1/policy"
        reply = self._transport.request("GET", self._url(template), template=template)
        return read_answer(reply, decoders.policy)

    def get_support_contacts(self) -> SupportContacts:
        template = "/v1/support/contacts"
        reply = self._transport.request("GET", self._url(template), template=template)
        return read_answer(reply, decoders.support_contacts)

    def create_support_ticket(
        self, request: SupportRequest, *, idempotency_key: IdempotencyKey | None = None
    ) -> SupportTicket:
        template = "/v1/support/tickets"
        diagnostics = request.diagnostics
        reply = self._transport.request(
            "POST",
            self._url(template),
            template=template,
            idempotency_key=idempotency_key or IdempotencyKey(),
            json_body={
                "name": request.name,
                "contact": request.contact,
                "subject": request.subject,
                "description": request.description,
                "diagnostics": {
                    "app_version": diagnostics.app_version,
                    "os": diagnostics.os,
                    "locale": diagnostics.locale,
                    "step": diagnostics.step,
                    "last_problem_type": diagnostics.last_problem_type,
                    "last_request_ids": list(diagnostics.last_request_ids),
                },
            },
        )
        return read_answer(reply, decoders.support_ticket)

    # --- sign-in -----------------------------------------------------------------------------

    @property
    def is_signed_in(self) -> bool:
        return self._access_token is not None

    def sign_in(
        self, login: str, password: Password, *, captcha: CaptchaAnswer | None = None
    ) -> SignedIn:
        template = "/v1/session"
        body: dict[str, object] = {"login": login, "password": password.reveal()}
        if captcha is not None:
            body["captcha"] = {"id": captcha.id, "answer": captcha.answer}
        reply = self._transport.request(
            "POST", self._url(template), template=template, json_body=body
        )
        access_token, signed_in = read_answer(reply, decoders.session)
        with self._lock:
            self._access_token = access_token
        return signed_in

    def sign_out(self) -> None:
        """Ends the session on the service; the token is forgotten here whatever happens."""
        template = "/v1/session"
        with self._lock:
            token, self._access_token = self._access_token, None
        if token is None:
            return
        reply = self._transport.request(
            "DELETE", self._url(template), template=template, bearer=token
        )
        expect_no_content(reply)

    def new_captcha(self) -> Captcha:
        template = "/v1/captcha"
        reply = self._transport.request("POST", self._url(template), template=template)
        return read_answer(reply, decoders.captcha)

    # --- recovery ----------------------------------------------------------------------------

    def request_recovery(
        self,
        contact: str,
        channel: Channel,
        *,
        login: str | None = None,
        captcha: CaptchaAnswer | None = None,
        idempotency_key: IdempotencyKey | None = None,
    ) -> RecoveryStarted:
        """Pass the same `idempotency_key` when repeating the same user action (with a captcha)."""
        template = "/v1/recovery"
        body: dict[str, object] = {"contact": contact, "channel": channel.value}
        if login:
            body["login"] = login
        if captcha is not None:
            body["captcha"] = {"id": captcha.id, "answer": captcha.answer}
        reply = self._transport.request(
            "POST",
            self._url(template),
            template=template,
            json_body=body,
            idempotency_key=idempotency_key or IdempotencyKey(),
        )
        return read_answer(reply, decoders.recovery_started)

    def resend_code(self, recovery_id: str) -> CodeResent:
        template = "/v1/recovery/{id}/resend"
        reply = self._transport.request(
            "POST", self._url(template, id=recovery_id), template=template
        )
        return read_answer(reply, decoders.code_resent)

    def verify_recovery(
        self, recovery_id: str, proof: Code | LinkToken
    ) -> ResetGranted | IdentityAsked:
        """`proof` is the code the user typed or the token of the link they pasted."""
        template = "/v1/recovery/{id}/verify"
        key = "link_token" if isinstance(proof, LinkToken) else "code"
        reply = self._transport.request(
            "POST",
            self._url(template, id=recovery_id),
            template=template,
            json_body={key: proof.reveal()},
        )
        return read_answer(reply, decoders.verification)

    def answer_identity(
        self,
        recovery_id: str,
        identity_token: IdentityToken,
        answers: Mapping[str, IdentityAnswer],
        consent_version: str,
    ) -> ResetGranted:
        template = "/v1/recovery/{id}/identity"
        reply = self._transport.request(
            "POST",
            self._url(template, id=recovery_id),
            template=template,
            json_body={
                "identity_token": identity_token.reveal(),
                "answers": {question: answer.reveal() for question, answer in answers.items()},
                "consent_version": consent_version,
            },
        )
        return read_answer(reply, decoders.reset_granted)

    def set_password(
        self,
        recovery_id: str,
        reset_token: ResetToken,
        new_password: Password,
        *,
        account_id: str | None = None,
    ) -> None:
        """Safe to repeat: the service answers the same identical call with 204 again."""
        template = "/v1/recovery/{id}/password"
        body: dict[str, object] = {
            "reset_token": reset_token.reveal(),
            "new_password": new_password.reveal(),
        }
        if account_id is not None:
            body["account_id"] = account_id
        reply = self._transport.request(
            "PUT", self._url(template, id=recovery_id), template=template, json_body=body
        )
        expect_no_content(reply)

    # --- profile -----------------------------------------------------------------------------

    def get_profile(self) -> Profile:
        template = "/v1/profile"
        reply = self._transport.request(
            "GET", self._url(template), template=template, bearer=self._access_token
        )
        return read_answer(reply, decoders.profile)

    def start_contact_change(self, channel: Channel, value: str) -> ContactVerification:
        """A new e-mail address (Channel.EMAIL) or phone number (Channel.SMS) to confirm."""
        template = "/v1/profile/contacts"
        key = "email" if channel is Channel.EMAIL else "phone"
        reply = self._transport.request(
            "POST",
            self._url(template),
            template=template,
            bearer=self._access_token,
            json_body={key: value},
        )
        return read_answer(reply, decoders.contact_verification)

    def confirm_contact_change(self, verification_id: str, code: Code) -> None:
        template = "/v1/profile/contacts/{verification_id}/verify"
        reply = self._transport.request(
            "POST",
            self._url(template, verification_id=verification_id),
            template=template,
            bearer=self._access_token,
            json_body={"code": code.reveal()},
        )
        expect_no_content(reply)

    # --- applications ------------------------------------------------------------------------

    def create_application(
        self,
        reason: ApplicationReason,
        full_name: str,
        contact: str,
        consent_version: str,
        *,
        login: str | None = None,
        recovery_id: str | None = None,
        idempotency_key: IdempotencyKey | None = None,
    ) -> ApplicationAccess:
        template = "/v1/applications"
        body: dict[str, object] = {
            "reason": reason.value,
            "full_name": full_name,
            "contact": contact,
            "consent_version": consent_version,
        }
        if login:
            body["login"] = login
        if recovery_id:
            body["recovery_id"] = recovery_id
        reply = self._transport.request(
            "POST",
            self._url(template),
            template=template,
            json_body=body,
            idempotency_key=idempotency_key or IdempotencyKey(),
        )
        access = read_answer(reply, decoders.application_created)
        self.remember_application(access.number, access.token)
        return access

    def open_application(self, number: str, pin: Pin) -> ApplicationAccess:
        template = "/v1/applications/{number}/access"
        reply = self._transport.request(
            "POST",
            self._url(template, number=number),
            template=template,
            json_body={"pin": pin.reveal()},
        )
        access = read_answer(reply, lambda answer: decoders.application_access(number, answer))
        self.remember_application(access.number, access.token)
        return access

    def remember_application(self, number: str, token: ApplicationToken) -> None:
        """For an application whose token came back from the keychain after a restart."""
        with self._lock:
            self._application_tokens[number] = token

    def forget_application(self, number: str) -> None:
        with self._lock:
            self._application_tokens.pop(number, None)

    def _application_token(self, number: str) -> ApplicationToken | None:
        with self._lock:
            return self._application_tokens.get(number)

    def upload_document(
        self,
        number: str,
        kind: DocumentKind,
        path: Path,
        *,
        progress: Callable[[UploadProgress], None] | None = None,
        cancel: CancelSignal | None = None,
        upload_url: str | None = None,
        on_upload_created: Callable[[str], None] | None = None,
    ) -> UploadedDocument:
        """The whole resumable (tus) upload of one file.

        `upload_url` continues an upload stored before the app closed; `on_upload_created`
        receives a new upload's URL so it can be stored (it holds no secret). Raises
        `UploadCancelled` when `cancel` is set.
        """
        upload = TusUpload(
            self._transport,
            collection_url=self._url("/v1/applications/{number}/documents", number=number),
            token=self._application_token(number),
            chunk_bytes=self._upload_chunk_bytes,
            resume_seconds=self._upload_resume_seconds,
            progress=progress,
            cancel=cancel,
        )
        return upload.run(kind, path, upload_url=upload_url, on_created=on_upload_created)

    def submit_application(
        self, number: str, *, idempotency_key: IdempotencyKey | None = None
    ) -> SubmissionReceipt:
        template = "/v1/applications/{number}/submit"
        reply = self._transport.request(
            "POST",
            self._url(template, number=number),
            template=template,
            bearer=self._application_token(number),
            idempotency_key=idempotency_key or IdempotencyKey(),
        )
        return read_answer(reply, decoders.submission_receipt)

    def get_application(self, number: str) -> ApplicationState:
        template = "/v1/applications/{number}"
        reply = self._transport.request(
            "GET",
            self._url(template, number=number),
            template=template,
            bearer=self._application_token(number),
        )
        return read_answer(reply, decoders.application_state)
