"""JSON answers of API.md -> frozen dataclasses (ContractViolation when the shape is wrong)."""

from __future__ import annotations

from .json_reader import JsonObject
from .models import (
    Account,
    AccountChoice,
    ApplicationAccess,
    ApplicationState,
    Captcha,
    CodeResent,
    ConsentText,
    ContactVerification,
    DocumentRules,
    DocumentSlot,
    IdentityAsked,
    IdentityQuestion,
    PasswordRules,
    Policy,
    Profile,
    ReceiptDocument,
    RecoveryStarted,
    ResetGranted,
    SignedIn,
    SubmissionReceipt,
    SupportContacts,
    SupportTicket,
)
from .secret import AccessToken, ApplicationToken, IdentityToken, ResetToken
from .vocabulary import (
    ApplicationStatus,
    Channel,
    DocumentKind,
    NextStep,
    QuestionKind,
)


def policy(body: JsonObject) -> Policy:
    consent = body.obj("consent")
    password = body.obj("password")
    documents = body.obj("documents")
    return Policy(
        channels=body.choices("channels", Channel),
        code_length=body.count("code_length"),
        code_ttl=body.seconds("code_ttl"),
        resend_after=body.seconds("resend_after"),
        max_code_attempts=body.count("max_code_attempts"),
        reset_ttl=body.seconds("reset_ttl"),
        consent=ConsentText(
            version=consent.text("version"),
            text_ru=consent.text("text_ru"),
            text_en=consent.text("text_en"),
        ),
        password=PasswordRules(
            min_length=password.count("min_length"),
            max_length=password.count("max_length"),
            forbid_login=password.boolean("forbid_login"),
            forbid_previous=password.boolean("forbid_previous"),
        ),
        documents=DocumentRules(
            accepted=documents.texts("accepted"),
            max_file_bytes=documents.count("max_file_bytes"),
            max_total_bytes=documents.count("max_total_bytes"),
            kinds=tuple(
                DocumentSlot(
                    kind=slot.choice("id", DocumentKind), required=slot.boolean("required")
                )
                for slot in documents.objects("kinds")
            ),
        ),
    )


def support_contacts(body: JsonObject) -> SupportContacts:
    return SupportContacts(
        phone=body.text("phone"),
        email=body.text("email"),
        hours=body.text("hours"),
        timezone=body.text("timezone"),
        url=body.text("url"),
    )


def support_ticket(body: JsonObject) -> SupportTicket:
    return SupportTicket(ticket_number=body.text("ticket_number"))


def captcha(body: JsonObject) -> Captcha:
    return Captcha(
        id=body.text("id"),
        image_png=body.png("image_png_base64"),
        expires_in=body.seconds("expires_in"),
    )


def session(body: JsonObject) -> tuple[AccessToken, SignedIn]:
    account = body.obj("account")
    signed_in = SignedIn(
        account=Account(
            login=account.text("login"),
            display_name=account.text("display_name"),
            email_masked=account.optional_text("email_masked"),
            phone_masked=account.optional_text("phone_masked"),
            contacts_confirmed_at=account.optional_moment("contacts_confirmed_at"),
        ),
        expires_in=body.seconds("expires_in"),
    )
    return AccessToken(body.token("access_token")), signed_in


def recovery_started(body: JsonObject) -> RecoveryStarted:
    return RecoveryStarted(
        recovery_id=body.text("recovery_id"),
        channel=body.choice("channel", Channel),
        destination_masked=body.text("destination_masked"),
        code_length=body.count("code_length"),
        expires_in=body.seconds("expires_in"),
        resend_in=body.seconds("resend_in"),
    )


def code_resent(body: JsonObject) -> CodeResent:
    return CodeResent(expires_in=body.seconds("expires_in"), resend_in=body.seconds("resend_in"))


def reset_granted(body: JsonObject) -> ResetGranted:
    return ResetGranted(
        reset_token=ResetToken(body.token("reset_token")),
        reset_expires_in=body.seconds("reset_expires_in"),
        accounts=tuple(
            AccountChoice(
                id=item.text("id"),
                number_masked=item.text("number_masked"),
                address_hint=item.text("address_hint"),
            )
            for item in body.objects("accounts")
        ),
    )


def verification(body: JsonObject) -> ResetGranted | IdentityAsked:
    if body.has("identity_token"):
        return IdentityAsked(
            identity_token=IdentityToken(body.token("identity_token")),
            questions=tuple(
                IdentityQuestion(
                    id=item.text("id"),
                    label=item.text("label"),
                    kind=item.choice("kind", QuestionKind),
                )
                for item in body.objects("identity_questions")
            ),
        )
    return reset_granted(body)


def profile(body: JsonObject) -> Profile:
    return Profile(
        email_masked=body.optional_text("email_masked"),
        phone_masked=body.optional_text("phone_masked"),
        email_confirmed=body.boolean("email_confirmed"),
        phone_confirmed=body.boolean("phone_confirmed"),
    )


def contact_verification(body: JsonObject) -> ContactVerification:
    return ContactVerification(
        verification_id=body.text("verification_id"),
        destination_masked=body.text("destination_masked"),
        expires_in=body.seconds("expires_in"),
    )


def application_created(body: JsonObject) -> ApplicationAccess:
    return application_access(body.text("application_number"), body)


def application_access(number: str, body: JsonObject) -> ApplicationAccess:
    return ApplicationAccess(
        number=number,
        token=ApplicationToken(body.token("application_token")),
        status=body.choice("status", ApplicationStatus),
    )


def submission_receipt(body: JsonObject) -> SubmissionReceipt:
    receipt = body.obj("receipt")
    return SubmissionReceipt(
        status=body.choice("status", ApplicationStatus),
        submitted_at=body.moment("submitted_at"),
        documents=tuple(
            ReceiptDocument(
                kind=item.choice("kind", DocumentKind),
                filename=item.text("filename"),
                bytes=item.count("bytes"),
                sha256=item.text("sha256"),
            )
            for item in receipt.objects("documents")
        ),
    )


def application_state(body: JsonObject) -> ApplicationState:
    return ApplicationState(
        status=body.choice("status", ApplicationStatus),
        updated_at=body.moment("updated_at"),
        comment=body.optional_text("comment"),
        missing=body.choices("missing", DocumentKind),
        next=body.choice("next", NextStep),
    )
