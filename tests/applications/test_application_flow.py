"""The application flow over the real reference service: consent, a new application, three
documents made into PDFs and sent, submit, the receipt, and the statuses a reviewer sets."""

from __future__ import annotations

import asyncio
import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from dek_desktop.api import RecoveryClient
from dek_desktop.api.models import ApplicationState
from dek_desktop.api.vocabulary import (
    ApplicationReason,
    ApplicationStatus,
    DocumentKind,
    NextStep,
)
from dek_desktop.applications import (
    TOKEN_MISSING,
    ApplicationDraft,
    ApplicationDraftStore,
    ApplicationField,
    ApplicationFlow,
    ApplicationFlowState,
    EntryState,
    EphemeralApplicationDraftStore,
    UploadPhase,
    View,
)
from dek_desktop.keychain import Keychain
from dek_desktop.recovery import IssueCode, ProblemKind
from dek_recovery_service.application_status import ApplicationStatus as ServiceStatus
from dek_recovery_service.application_status import change_application_status
from dek_recovery_service.seed import demo_account
from tests.applications.conftest import FileKeyring
from tests.applications.document_files import (
    inn_scan,
    passport_photos,
    snils_photo,
    text_named_jpg,
)
from tests.applications.flow_parts import NEW_PHONE_E164, created, make_flow, sent_all, until
from tests.conftest import RunningService

PASSPORT, INN, SNILS = DocumentKind.PASSPORT, DocumentKind.INN, DocumentKind.SNILS


def service_uploads(service: RunningService, number: str) -> list[dict[str, Any]]:
    rows = service.context.db.all(
        "SELECT kind, length, offset, complete, sha256 FROM uploads WHERE application_number = ?",
        (number,),
    )
    return [dict(row) for row in rows]


def test_consent_application_three_documents_receipt_and_the_statuses_that_follow(
    service: RunningService, tmp_path: Path, draft_dir: Path, keyring_file: Path
) -> None:
    account = demo_account("compromised")
    flow = make_flow(service.base_url, draft_dir, keyring_file)
    seen: list[ApplicationFlowState] = []
    flow.subscribe(seen.append)

    async def scenario() -> None:
        state = await flow.open_page()
        assert state.view is View.NEEDS
        assert [slot.kind for slot in state.slots] == [PASSPORT, INN, SNILS, DocumentKind.OTHER]
        assert [slot.required for slot in state.slots] == [True, True, True, False]
        assert state.consent is not None and state.consent.version
        state = await created(flow, login=account.number)
        assert state.view is View.DOCUMENTS
        assert state.contact == NEW_PHONE_E164
        number = state.number
        assert number is not None

        await flow.add_files(PASSPORT, passport_photos(tmp_path / "passport"))
        await flow.add_files(INN, [inn_scan(tmp_path / "inn")])
        await flow.add_files(SNILS, [snils_photo(tmp_path / "snils")])
        passport = flow.state.slot(PASSPORT)
        assert passport is not None
        assert [entry.state for entry in passport.entries] == [EntryState.READY] * 2
        assert all(
            entry.page is not None and entry.page.thumbnail.exists() for entry in passport.entries
        )
        assert flow.state.can_send and not flow.state.can_submit

        state = await flow.send()
        assert sent_all(state), state.problem
        assert all(flow.state.slot(kind).sent for kind in (PASSPORT, INN, SNILS))  # type: ignore[union-attr]
        assert flow.made is not None
        made = {document.kind: document for document in flow.made.documents}
        assert made["passport"].page_count == 2
        workspace = flow.workspace
        assert workspace is not None and workspace.exists()

        state = await flow.submit()
        assert state.view is View.RECEIPT
        receipt = state.receipt
        assert receipt is not None and receipt.number == number
        by_kind = {document.kind: document for document in receipt.documents}
        assert set(by_kind) == {PASSPORT, INN, SNILS}
        on_service = {row["kind"]: row for row in service_uploads(service, number)}
        for kind, document in by_kind.items():
            assert document.sha256 == made[kind.value].sha256 == on_service[kind.value]["sha256"]
            assert document.bytes == made[kind.value].size_bytes
        assert not workspace.exists()  # made PDFs and thumbnails deleted after submit
        assert flow.workspace is None

        state = await flow.check_status()
        assert state.view is View.STATUS
        assert state.status is not None and state.status.status is ApplicationStatus.SUBMITTED
        assert state.status.next is NextStep.WAIT

        service.clock.advance(3600)  # a reviewer looks at it an hour later
        change_application_status(
            service.context,
            number,
            ServiceStatus.NEEDS_MORE,
            comment="СНИЛС не читается",
            missing=["snils"],
        )
        state = await flow.check_status()
        status = state.status
        assert status is not None and status.status is ApplicationStatus.NEEDS_MORE
        assert status.comment == "СНИЛС не читается" and status.next is NextStep.UPLOAD
        assert state.missing == (SNILS,)
        snils = state.slot(SNILS)
        assert snils is not None and not snils.sent and snils.asked_again
        assert state.slot(PASSPORT).sent  # type: ignore[union-attr]
        state = flow.go_to(View.DOCUMENTS)
        assert state.view is View.DOCUMENTS
        await flow.add_files(SNILS, [snils_photo(tmp_path / "snils-again", band=2)])
        assert sent_all(await flow.send())
        state = await flow.submit()
        assert state.view is View.RECEIPT and state.receipt is not None
        assert [d.kind for d in state.receipt.documents].count(SNILS) == 2

        service.clock.advance(3600)
        change_application_status(service.context, number, ServiceStatus.APPROVED)
        state = await flow.check_status()
        assert state.status is not None and state.status.status is ApplicationStatus.APPROVED
        assert state.status.next is NextStep.RECOVER
        assert state.contact == NEW_PHONE_E164  # where a recovery code can go now

    try:
        asyncio.run(scenario())
    finally:
        flow.close()
    views = [state.view for state in seen]
    assert views.index(View.CONSENT) < views.index(View.START) < views.index(View.DOCUMENTS)
    account_row = service.context.db.one(
        "SELECT phone, lock_reason FROM accounts WHERE number = ?", (account.number,)
    )
    assert account_row is not None
    assert account_row["phone"] == NEW_PHONE_E164 and account_row["lock_reason"] is None


def test_submit_with_documents_missing_names_them(
    service: RunningService, tmp_path: Path, draft_dir: Path, keyring_file: Path
) -> None:
    flow = make_flow(service.base_url, draft_dir, keyring_file)

    async def scenario() -> ApplicationFlowState:
        await created(flow)
        await flow.add_files(PASSPORT, passport_photos(tmp_path))
        assert sent_all(await flow.send())
        assert flow.state.can_submit
        return await flow.submit()

    try:
        state = asyncio.run(scenario())
    finally:
        flow.close()
    assert state.view is View.DOCUMENTS
    assert state.problem is not None and state.problem.type.endswith("application-incomplete")
    assert state.missing == (INN, SNILS)
    assert state.receipt is None


def test_the_demo_application_opens_with_its_number_and_pin(
    service: RunningService, draft_dir: Path, keyring_file: Path
) -> None:
    from dek_recovery_service.seed import DEMO_APPLICATION_NUMBER, DEMO_APPLICATION_PIN

    flow = make_flow(service.base_url, draft_dir, keyring_file)

    async def scenario() -> ApplicationFlowState:
        await flow.open_page()
        flow.read_needs()
        flow.agree(True)
        spaced = DEMO_APPLICATION_NUMBER.replace("-", " ")
        return await flow.open(f" {spaced} ", DEMO_APPLICATION_PIN)

    try:
        state = asyncio.run(scenario())
    finally:
        flow.close()
    assert state.number == DEMO_APPLICATION_NUMBER and state.from_service_centre
    assert state.view is View.DOCUMENTS
    assert isinstance(state.status, ApplicationState)
    assert state.missing == (PASSPORT, INN, SNILS)
    assert not any(slot.sent for slot in state.slots)
    saved = json.loads((draft_dir / "application-draft.json").read_text("utf-8"))
    assert saved["number"] == DEMO_APPLICATION_NUMBER and saved["from_service_centre"]
    assert DEMO_APPLICATION_PIN not in json.dumps(saved)


def test_a_wrong_pin_counts_down_and_the_fifth_locks_for_an_hour(
    service: RunningService, draft_dir: Path, keyring_file: Path
) -> None:
    from dek_recovery_service.seed import DEMO_APPLICATION_NUMBER

    flow = make_flow(service.base_url, draft_dir, keyring_file)

    async def scenario() -> list[ApplicationFlowState]:
        await flow.open_page()
        flow.read_needs()
        flow.agree(True)
        return [await flow.open(DEMO_APPLICATION_NUMBER, "000000") for _ in range(5)]

    try:
        answers = asyncio.run(scenario())
    finally:
        flow.close()
    assert [state.attempts_left for state in answers[:4]] == [4, 3, 2, 1]
    assert all(state.problem is not None for state in answers)
    assert answers[0].problem.kind is ProblemKind.INVALID_CODE  # type: ignore[union-attr]
    locked = answers[4].problem
    assert locked is not None and locked.kind is ProblemKind.RATE_LIMITED
    assert locked.retry_at is not None
    wait = locked.retry_at - datetime.now(UTC)  # the flow counts on the computer's clock
    assert 3500 < wait.total_seconds() <= 3600
    assert answers[4].number is None and answers[4].attempts_left is None


def test_what_was_typed_is_checked_before_anything_is_sent(
    service: RunningService, draft_dir: Path, keyring_file: Path
) -> None:
    flow = make_flow(service.base_url, draft_dir, keyring_file)

    async def scenario() -> list[ApplicationFlowState]:
        await flow.open_page()
        flow.read_needs()
        no_consent = flow.agree(False)
        flow.agree(True)
        empty = await flow.create(reason=ApplicationReason.OTHER, full_name=" ", contact="")
        bad_contact = await flow.create(
            reason=ApplicationReason.OTHER, full_name="Иван", contact="ivan@"
        )
        landline = await flow.create(
            reason=ApplicationReason.OTHER, full_name="Иван", contact="8 423 222-33-44"
        )
        bad_number = await flow.open("12-34", "12345")
        return [no_consent, empty, bad_contact, landline, bad_number]

    try:
        no_consent, empty, bad_contact, landline, bad_number = asyncio.run(scenario())
    finally:
        flow.close()
    assert [(i.field, i.code) for i in no_consent.input_issues] == [
        (ApplicationField.CONSENT, IssueCode.CONSENT_MISSING)
    ]
    assert [(i.field, i.code) for i in empty.input_issues] == [
        (ApplicationField.FULL_NAME, IssueCode.REQUIRED),
        (ApplicationField.CONTACT, IssueCode.REQUIRED),
    ]
    assert [i.code for i in bad_contact.input_issues] == [IssueCode.EMAIL_INVALID]
    assert [i.code for i in landline.input_issues] == [IssueCode.PHONE_NOT_MOBILE]
    assert [(i.field, i.code) for i in bad_number.input_issues] == [
        (ApplicationField.NUMBER, "application_number_invalid"),
        (ApplicationField.PIN, "pin_invalid"),
    ]
    count = service.context.db.one("SELECT COUNT(*) AS n FROM applications")
    assert count is not None and count["n"] == 1  # only the seeded one


def test_files_are_checked_reordered_removed_and_put_back(
    service: RunningService, tmp_path: Path, draft_dir: Path, keyring_file: Path
) -> None:
    flow = make_flow(service.base_url, draft_dir, keyring_file)

    async def scenario() -> None:
        await created(flow)
        spread, registration = passport_photos(tmp_path)
        await flow.add_files(PASSPORT, [spread, text_named_jpg(tmp_path), registration])
        slot = flow.state.slot(PASSPORT)
        assert slot is not None
        assert [entry.state for entry in slot.entries] == [
            EntryState.READY,
            EntryState.REJECTED,
            EntryState.READY,
        ]
        refused = slot.entries[1]
        assert refused.rejection is not None and refused.rejection.code == "text-file"
        assert "текстовый файл" in refused.rejection.text("ru")

        flow.remove_entry(PASSPORT, refused.entry_id)
        last = slot.entries[2]
        flow.move_entry(PASSPORT, last.entry_id, 0)
        names = [e.name for e in flow.state.slot(PASSPORT).entries]  # type: ignore[union-attr]
        assert names == [registration.name, spread.name]
        first = flow.state.slot(PASSPORT).entries[0]  # type: ignore[union-attr]
        flow.remove_entry(PASSPORT, first.entry_id)
        assert len(flow.state.slot(PASSPORT).entries) == 1  # type: ignore[union-attr]
        flow.undo_remove()
        names = [e.name for e in flow.state.slot(PASSPORT).entries]  # type: ignore[union-attr]
        assert names == [registration.name, spread.name]
        saved = json.loads((draft_dir / "application-draft.json").read_text("utf-8"))
        passport = next(doc for doc in saved["documents"] if doc["kind"] == "passport")
        assert [Path(page["path"]).name for page in passport["pages"]] == names

    try:
        asyncio.run(scenario())
    finally:
        flow.close()


def test_the_draft_and_its_file_hold_no_token(
    service: RunningService, tmp_path: Path, draft_dir: Path, keyring_file: Path
) -> None:
    flow = make_flow(service.base_url, draft_dir, keyring_file)

    async def scenario() -> str:
        state = await created(flow)
        await flow.add_files(PASSPORT, passport_photos(tmp_path))
        await flow.send()
        assert state.number is not None
        token = await Keychain(backend=FileKeyring(keyring_file)).application_token(state.number)
        assert token is not None
        return token

    try:
        token = asyncio.run(scenario())
    finally:
        flow.close()
    draft_file = draft_dir / "application-draft.json"
    assert token not in draft_file.read_text("utf-8")
    assert token not in repr(flow.state)
    assert draft_file.stat().st_mode & 0o077 == 0


def test_dropping_the_application_deletes_files_draft_and_token(
    service: RunningService, tmp_path: Path, draft_dir: Path, keyring_file: Path
) -> None:
    flow = make_flow(service.base_url, draft_dir, keyring_file)

    async def scenario() -> tuple[Path, ApplicationFlowState, str | None]:
        state = await created(flow)
        await flow.add_files(PASSPORT, passport_photos(tmp_path))
        workspace = flow.workspace
        assert workspace is not None and any(workspace.rglob("*.jpg"))
        dropped = await flow.drop_application()
        assert state.number is not None
        keychain = Keychain(backend=FileKeyring(keyring_file))
        return workspace, dropped, await keychain.application_token(state.number)

    try:
        workspace, dropped, token = asyncio.run(scenario())
    finally:
        flow.close()
    assert not workspace.exists()
    assert not (draft_dir / "application-draft.json").exists()
    assert token is None
    assert dropped.view is View.NEEDS and dropped.number is None
    assert all(not slot.entries for slot in dropped.slots)


def test_waiting_for_a_state_sees_the_upload_move(
    service: RunningService, tmp_path: Path, draft_dir: Path, keyring_file: Path
) -> None:
    flow = make_flow(service.base_url, draft_dir, keyring_file)
    phases: list[UploadPhase] = []
    flow.subscribe(lambda state: phases.append(state.upload.phase) if state.upload else None)

    async def scenario() -> None:
        await created(flow)
        await flow.add_files(INN, [inn_scan(tmp_path)])
        flow.start_sending()
        await until(flow, sent_all)

    try:
        asyncio.run(scenario())
    finally:
        flow.close()
    assert phases[0] is UploadPhase.PREPARING
    assert UploadPhase.SENDING in phases and phases[-1] is UploadPhase.DONE


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_kiosk_mode_keeps_nothing_and_a_lost_token_is_said_in_words(
    service: RunningService, tmp_path: Path, draft_dir: Path, keyring_file: Path
) -> None:
    kiosk = ApplicationFlow(
        RecoveryClient(service.base_url),
        EphemeralApplicationDraftStore(),
        Keychain.off(),
        workers=1,
    )

    async def in_the_kiosk() -> ApplicationFlowState:
        return await created(kiosk)

    try:
        state = asyncio.run(in_the_kiosk())
    finally:
        kiosk.close()
    assert state.number is not None
    assert not draft_dir.exists() and not keyring_file.exists()  # nothing on disk

    # A draft whose token is not in this computer's keychain cannot be continued here.
    ApplicationDraftStore(draft_dir).save(ApplicationDraft(number=state.number, sending=True))
    elsewhere = make_flow(service.base_url, draft_dir, keyring_file)

    async def on_another_computer() -> ApplicationFlowState:
        draft = elsewhere.saved_draft()
        assert draft is not None
        return await elsewhere.continue_saved(draft)

    try:
        lost = asyncio.run(on_another_computer())
    finally:
        elsewhere.close()
    assert lost.problem is not None and lost.problem.type == TOKEN_MISSING
    assert lost.number is None and lost.view is View.NEEDS
    assert elsewhere.saved_draft() is None


def test_a_rejected_application_sends_to_support(
    service: RunningService, tmp_path: Path, draft_dir: Path, keyring_file: Path
) -> None:
    flow = make_flow(service.base_url, draft_dir, keyring_file)

    async def scenario() -> ApplicationFlowState:
        state = await created(flow)
        assert state.number is not None
        await flow.add_files(PASSPORT, passport_photos(tmp_path / "passport"))
        await flow.add_files(INN, [inn_scan(tmp_path / "inn")])
        await flow.add_files(SNILS, [snils_photo(tmp_path / "snils")])
        await flow.send()
        await flow.submit()
        service.clock.advance(3600)
        change_application_status(
            service.context, state.number, ServiceStatus.REJECTED, comment="Документы нечитаемы"
        )
        return await flow.check_status()

    try:
        state = asyncio.run(scenario())
    finally:
        flow.close()
    assert state.status is not None and state.status.status is ApplicationStatus.REJECTED
    assert state.status.next is NextStep.SUPPORT and state.status.comment == "Документы нечитаемы"
    assert flow.go_to(View.DOCUMENTS).view is View.STATUS  # it takes no more documents
