"""Every method of RecoveryClient on its success path, over real HTTP, against the reference
service (in demo mode, in this process, on a loopback port)."""

from __future__ import annotations

import hashlib
import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from dek_desktop.api import (
    ApplicationReason,
    ApplicationStatus,
    Channel,
    Diagnostics,
    DocumentKind,
    IdentityAnswer,
    IdentityAsked,
    Language,
    NextStep,
    Password,
    Pin,
    QuestionKind,
    RecoveryLink,
    ResetGranted,
    SupportRequest,
    Unauthorized,
    parse_recovery_link,
)
from dek_recovery_service.seed import DEMO_APPLICATION_NUMBER, DEMO_APPLICATION_PIN, demo_account
from tests.api.documents_on_disk import write_pdf
from tests.api.service_session import client_on, code_sent_to, latest_message
from tests.conftest import RunningService

ACTIVE = demo_account("active")
IDENTITY = demo_account("identity")
SHARED = demo_account("shared_flat")


def test_policy_and_support(service: RunningService) -> None:
    with client_on(service) as client:
        policy = client.get_policy()
        contacts = client.get_support_contacts()
        ticket = client.create_support_ticket(
            SupportRequest(
                name="Анна",
                contact="anna.ivanova@example.ru",
                subject="Не приходит код",
                description="Жду уже десять минут",
                diagnostics=Diagnostics(
                    app_version="0.1.0",
                    os="Linux",
                    locale="ru_RU",
                    step="codePage",
                    last_problem_type="urn:dek:problem:invalid-code",
                    last_request_ids=client.recent_request_ids(),
                ),
            )
        )
    settings = service.settings
    assert policy.code_length == settings.code_length
    assert policy.code_ttl == timedelta(seconds=settings.code_ttl_s)
    assert policy.channels == (Channel.EMAIL, Channel.SMS)
    assert policy.consent.version == settings.consent_version
    assert policy.documents.max_file_bytes == settings.max_file_bytes
    assert [slot.kind for slot in policy.documents.kinds] == list(DocumentKind)
    assert contacts.phone == settings.support_phone and contacts.timezone == "Asia/Vladivostok"
    assert ticket.ticket_number.startswith(settings.support_ticket_prefix)


def test_sign_in_profile_contact_change_and_sign_out(service: RunningService) -> None:
    with client_on(service) as client:
        signed_in = client.sign_in(ACTIVE.number, Password(ACTIVE.password))
        assert client.is_signed_in
        assert signed_in.account.display_name == ACTIVE.display_name
        assert signed_in.expires_in == timedelta(seconds=service.settings.session_ttl_s)
        assert signed_in.account.contacts_confirmed_at is not None
        assert signed_in.account.contacts_confirmed_at.tzinfo is not None

        profile = client.get_profile()
        assert profile.email_masked and "@" in profile.email_masked

        change = client.start_contact_change(Channel.EMAIL, "anna.new@example.ru")
        assert change.expires_in > timedelta(0)
        client.confirm_contact_change(
            change.verification_id, code_sent_to(service, "anna.new@example.ru")
        )
        assert client.get_profile().email_confirmed

        client.sign_out()
        assert not client.is_signed_in
        with pytest.raises(Unauthorized):
            client.get_profile()


def test_captcha_is_a_png(service: RunningService) -> None:
    with client_on(service) as client:
        captcha = client.new_captcha()
    assert captcha.image_png.startswith(b"\x89PNG\r\n\x1a\n")
    assert captcha.expires_in == timedelta(seconds=service.settings.captcha_ttl_s)


def test_recovery_by_code_with_a_resend_then_a_new_password(service: RunningService) -> None:
    with client_on(service) as client:
        started = client.request_recovery(ACTIVE.email or "", Channel.EMAIL, login=ACTIVE.number)
        assert started.code_length == 6 and "@" in started.destination_masked
        service.clock.advance(started.resend_in.total_seconds())
        resent = client.resend_code(started.recovery_id)
        assert resent.expires_in == timedelta(seconds=service.settings.code_ttl_s)

        granted = client.verify_recovery(
            started.recovery_id, code_sent_to(service, ACTIVE.email or "")
        )
        assert isinstance(granted, ResetGranted)
        assert len(granted.accounts) == 1
        new_password = Password("Ussuri tiger sleeps at noon")
        client.set_password(started.recovery_id, granted.reset_token, new_password)
        # A lost answer can be repeated: the identical call answers 204 again.
        client.set_password(started.recovery_id, granted.reset_token, new_password)

        assert client.sign_in(ACTIVE.number, new_password).account.login


def test_recovery_by_pasted_link_with_identity_questions(service: RunningService) -> None:
    with client_on(service, language=Language.EN) as client:
        started = client.request_recovery(IDENTITY.email or "", Channel.EMAIL)
        message = latest_message(service, IDENTITY.email or "")
        pasted = f"  <{message['link'][:30]}\n> {message['link'][30:]}>  "
        link = parse_recovery_link(pasted)
        assert isinstance(link, RecoveryLink)
        assert link.recovery_id == started.recovery_id

        asked = client.verify_recovery(link.recovery_id, link.link_token)
        assert isinstance(asked, IdentityAsked)
        assert {question.kind for question in asked.questions} == {
            QuestionKind.DIGITS,
            QuestionKind.TEXT,
        }
        labels = {question.id: question.label for question in asked.questions}
        assert labels["snils_last4"] == "Last 4 digits of SNILS"  # Accept-Language: en

        policy = client.get_policy()
        granted = client.answer_identity(
            started.recovery_id,
            asked.identity_token,
            {key: IdentityAnswer(value) for key, value in IDENTITY.identity_answers.items()},
            policy.consent.version,
        )
        client.set_password(
            started.recovery_id, granted.reset_token, Password("Taiga rain on Svetlaya")
        )


def test_two_accounts_on_one_phone_pick_one(service: RunningService) -> None:
    with client_on(service) as client:
        started = client.request_recovery(SHARED.phone or "", Channel.SMS)
        granted = client.verify_recovery(
            started.recovery_id, code_sent_to(service, SHARED.phone or "")
        )
        assert isinstance(granted, ResetGranted)
        assert len(granted.accounts) == 2
        dacha = next(choice for choice in granted.accounts if "СНТ" in choice.address_hint)
        client.set_password(
            started.recovery_id,
            granted.reset_token,
            Password("Nadezhdinsky dacha 41"),
            account_id=dacha.id,
        )
        assert client.sign_in(
            demo_account("shared_dacha").number, Password("Nadezhdinsky dacha 41")
        )


def test_application_from_creation_to_submitted_receipt(
    service: RunningService, tmp_path: Path
) -> None:
    files = {
        kind: write_pdf(tmp_path / f"{kind.value} скан.pdf")
        for kind in (DocumentKind.PASSPORT, DocumentKind.INN, DocumentKind.SNILS)
    }
    with client_on(service) as client:
        policy = client.get_policy()
        access = client.create_application(
            ApplicationReason.NO_CONTACT_ACCESS,
            "Анна Петровна Иванова",
            "+79141000001",
            policy.consent.version,
        )
        assert access.status is ApplicationStatus.DRAFT
        for kind, path in files.items():
            uploaded = client.upload_document(access.number, kind, path)
            assert uploaded.size_bytes == path.stat().st_size
            assert client.base_url in uploaded.upload_url
        receipt = client.submit_application(access.number)
        state = client.get_application(access.number)

    assert receipt.status is ApplicationStatus.SUBMITTED
    assert receipt.submitted_at.tzinfo is UTC
    assert abs(receipt.submitted_at - service.clock.now()) < timedelta(seconds=5)
    by_kind = {document.kind: document for document in receipt.documents}
    for kind, path in files.items():
        assert by_kind[kind].sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
        assert by_kind[kind].bytes == path.stat().st_size
        assert by_kind[kind].filename == path.name
    assert state.status is ApplicationStatus.SUBMITTED
    assert state.next is NextStep.WAIT
    assert isinstance(state.updated_at, datetime)


def test_service_centre_application_by_number_and_pin(service: RunningService) -> None:
    with client_on(service) as client:
        access = client.open_application(DEMO_APPLICATION_NUMBER, Pin(DEMO_APPLICATION_PIN))
        state = client.get_application(access.number)
    assert access.number == DEMO_APPLICATION_NUMBER
    assert state.status is ApplicationStatus.DRAFT
    assert state.next is NextStep.UPLOAD
    assert set(state.missing) == {DocumentKind.PASSPORT, DocumentKind.INN, DocumentKind.SNILS}


def test_an_application_token_from_the_keychain_is_used_after_a_restart(
    service: RunningService,
) -> None:
    with client_on(service) as first:
        access = first.open_application(DEMO_APPLICATION_NUMBER, Pin(DEMO_APPLICATION_PIN))
    with client_on(service) as restarted:
        with pytest.raises(Unauthorized):
            restarted.get_application(access.number)
        restarted.remember_application(access.number, access.token)
        assert restarted.get_application(access.number).status is ApplicationStatus.DRAFT


def test_every_request_is_identified_and_logged_without_its_body(
    service: RunningService, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="dek_desktop.api")
    with client_on(service, language=Language.EN) as client:
        client.sign_in(ACTIVE.number, Password(ACTIVE.password))
        client.get_profile()
        ids = client.recent_request_ids()
    assert len(ids) == 2 and len(set(ids)) == 2
    lines = [record.getMessage() for record in caplog.records if record.name == "dek_desktop.api"]
    assert lines[0].startswith("POST /v1/session -> 201 in ") and lines[0].endswith(
        f"ms [{ids[0]}]"
    )
    assert lines[1].startswith("GET /v1/profile -> 200 in ")
    everything = "\n".join(caplog.messages)
    assert ACTIVE.password not in everything
    assert ACTIVE.number not in everything
