"""`ApplicationFlow`: recovery by documents as plain async Python (no Qt).

One method per user action of the documents page: read what is needed, agree to the
processing of personal data, create an application or open one from a service centre, put
files into the slots (checked and prepared by the documents pipeline in worker processes),
send each document kind as one PDF (`ApplicationSending`), submit, read the receipt and the
status. The page draws each new `ApplicationFlowState` the flow publishes.

The application's token goes to the keychain (nowhere when it is off, as in kiosk mode), never
to the draft; the draft keeps the number, the files and the uploads' addresses, so an app
closed half-way continues where it was. Generated PDFs and thumbnails are deleted after
submit, when the application is dropped, and on quit.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from dek_desktop.api import problems
from dek_desktop.api.api_error import ApiError
from dek_desktop.api.client import RecoveryClient
from dek_desktop.api.models import ApplicationState, Policy
from dek_desktop.api.secret import ApplicationToken, Pin
from dek_desktop.api.vocabulary import (
    ApplicationReason,
    ApplicationStatus,
    DocumentKind,
    NextStep,
)
from dek_desktop.documents import BuildResult, Language
from dek_desktop.keychain import Keychain
from dek_desktop.recovery import Clock, InputIssue, IssueCode, PageProblem, SystemClock
from dek_desktop.recovery.page_problem import ProblemKind

from . import application_input, slot_editing
from .application_calls import ApplicationCalls
from .application_draft import ApplicationDraft
from .application_draft_store import ApplicationDraftKeeping
from .application_sending import ApplicationSending
from .application_state import (
    ApplicationAction,
    ApplicationField,
    ApplicationFlowState,
    Receipt,
    View,
)
from .document_workshop import DocumentWorkshop
from .draft_keeping import ApplicationDraftKeeper
from .keep_awake import KeepAwake, NoKeepAwake
from .slot_model import DocumentSlot
from .state_feed import ApplicationStateFeed, Listener

log = logging.getLogger("dek_desktop.applications")

#: `PageProblem.type` when the application's token is not on this computer any more.
TOKEN_MISSING = "dek-desktop:application-token-missing"  # noqa: S105 (a name, not a token)


class ApplicationFlow:
    def __init__(
        self,
        client: RecoveryClient,
        drafts: ApplicationDraftKeeping,
        keychain: Keychain,
        *,
        keep_awake: KeepAwake | None = None,
        clock: Clock | None = None,
        known_policy: Callable[[], Policy | None] | None = None,
        language: Callable[[], Language] | None = None,
        workers: int | None = None,
    ) -> None:
        """`known_policy`: the policy the recovery flow already fetched (None: fetch it);
        `language`: the interface's language, for the PDFs' titles; `workers`: of the
        documents pipeline (None: cores − 1)."""
        self._client = client
        self._keychain = keychain
        self._clock = clock or SystemClock()
        self._known_policy = known_policy or (lambda: None)
        self._policy: Policy | None = None
        self._feed = ApplicationStateFeed()
        self._calls = ApplicationCalls(self._feed, self._clock)
        self._drafts = ApplicationDraftKeeper(drafts)
        self._workshop = DocumentWorkshop(workers)
        self._sending = ApplicationSending(
            client,
            self._feed,
            self._calls,
            self._workshop,
            self._drafts,
            keep_awake=keep_awake or NoKeepAwake(),
            clock=self._clock,
            language=language or (lambda: "ru"),
        )
        self._entry_numbers = itertools.count(1)
        self._removed: slot_editing.RemovedEntry | None = None

    # --- observing ---------------------------------------------------------------------------

    @property
    def state(self) -> ApplicationFlowState:
        return self._feed.state

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """`listener(state)` runs on the event loop after every change; returns unsubscribe."""
        return self._feed.subscribe(listener)

    @property
    def workspace(self) -> Path | None:
        """The private temp dir of the generated PDFs and thumbnails (None: none now)."""
        return self._workshop.workspace

    @property
    def made(self) -> BuildResult | None:
        """The PDFs last made for sending."""
        return self._workshop.made

    @property
    def can_undo_remove(self) -> bool:
        return self._removed is not None

    # --- the first views ---------------------------------------------------------------------

    async def open_page(self) -> ApplicationFlowState:
        """The page comes on screen: the policy's kinds and consent text (fetched once)."""
        await self._ensure_policy()
        return self.state

    def read_needs(self) -> ApplicationFlowState:
        """«Что понадобится» was read: on to the consent."""
        if self.state.view is not View.NEEDS or not self.state.kinds_known:
            return self.state
        return self._feed.update(view=View.CONSENT, problem=None, input_issues=())

    def agree(self, consent_given: bool) -> ApplicationFlowState:
        """The consent's «Далее»: only with the box ticked."""
        if self.state.view is not View.CONSENT:
            return self.state
        if not consent_given or self.state.consent is None:
            return self._calls.refuse(
                (InputIssue(ApplicationField.CONSENT, IssueCode.CONSENT_MISSING),)
            )
        return self._feed.update(view=View.START, consent_given=True, problem=None, input_issues=())

    def go_to(self, view: View) -> ApplicationFlowState:
        """Back within the page (the consent, «Что понадобится»), or between the documents,
        the receipt and the status; never past what the application already is."""
        state = self.state
        takes_documents = state.status is None or state.status.next is NextStep.UPLOAD
        allowed = {
            View.NEEDS: state.number is None,
            View.CONSENT: state.number is None,
            View.START: state.number is None and state.consent_given,
            View.DOCUMENTS: state.number is not None and takes_documents,
            View.RECEIPT: state.receipt is not None,
            View.STATUS: state.status is not None,
        }
        if not allowed[view]:
            return state
        return self._feed.update(view=view, problem=None, input_issues=())

    # --- the application ---------------------------------------------------------------------

    async def create(
        self,
        *,
        reason: ApplicationReason,
        full_name: str,
        contact: str,
        login: str | None = None,
        recovery_id: str | None = None,
    ) -> ApplicationFlowState:
        """A new application: the reason, the full name and a contact to answer to."""
        policy = await self._ensure_policy()
        if policy is None or self.state.number is not None:
            return self.state
        typed = application_input.new_application(full_name, contact)
        if isinstance(typed, tuple):
            return self._calls.refuse(typed)
        if not self.state.consent_given:
            return self._calls.refuse(
                (InputIssue(ApplicationField.CONSENT, IssueCode.CONSENT_MISSING),)
            )
        version = policy.consent.version
        key = self._calls.key_for(
            ApplicationAction.CREATE, (reason, typed, login, recovery_id, version)
        )
        try:
            access = await self._calls.run(
                ApplicationAction.CREATE,
                lambda: self._client.create_application(
                    reason,
                    typed.full_name,
                    typed.contact,
                    version,
                    login=login or None,
                    recovery_id=recovery_id,
                    idempotency_key=key,
                ),
            )
        except problems.ConsentRequired as failure:
            return await self._consent_changed(failure)
        except ApiError as failure:
            return self._calls.failed(failure)
        self._calls.succeeded(ApplicationAction.CREATE)
        await self._keychain.keep_application_token(access.number, access.token.reveal())
        self._drafts.begin(access.number, from_service_centre=False)
        return self._feed.update(
            view=View.DOCUMENTS,
            number=access.number,
            contact=typed.contact,
            from_service_centre=False,
            problem=None,
            input_issues=(),
            attempts_left=None,
        )

    async def open(self, number_text: str, pin_text: str) -> ApplicationFlowState:
        """An application a service centre or support started: its number and PIN."""
        policy = await self._ensure_policy()
        if policy is None or self.state.number is not None:
            return self.state
        number = application_input.application_number(number_text)
        pin = application_input.pin(pin_text)
        if isinstance(number, InputIssue) or isinstance(pin, InputIssue):
            issues = tuple(item for item in (number, pin) if isinstance(item, InputIssue))
            return self._calls.refuse(issues)
        secret = Pin(pin)

        def call() -> tuple[ApplicationToken, ApplicationState]:
            access = self._client.open_application(number, secret)
            return access.token, self._client.get_application(access.number)

        try:
            token, status = await self._calls.run(ApplicationAction.OPEN, call)
        except problems.InvalidCode as failure:
            return self._calls.failed(failure, attempts_left=failure.attempts_left)
        except ApiError as failure:
            return self._calls.failed(failure, attempts_left=None)
        await self._keychain.keep_application_token(number, token.reveal())
        self._drafts.begin(number, from_service_centre=True)
        takes_documents = status.next is NextStep.UPLOAD
        return self._feed.update(
            view=View.DOCUMENTS if takes_documents else View.STATUS,
            number=number,
            from_service_centre=True,
            status=status,
            slots=_slots_for_status(self.state.slots, status, first_look=True),
            missing=status.missing if takes_documents else (),
            problem=None,
            input_issues=(),
            attempts_left=None,
        )

    # --- files -------------------------------------------------------------------------------

    async def add_files(self, kind: DocumentKind, paths: Sequence[Path]) -> ApplicationFlowState:
        """Files chosen in the dialog or dropped onto a slot: checked by content in the
        workers, each shown as soon as it is done."""
        policy = self._policy
        if policy is None or not paths or not self._editable(kind):
            return self.state
        lines = [(self._new_entry_id(), Path(path)) for path in paths]
        self._set_slots(slot_editing.with_checking(self.state.slots, kind, lines))

        async def check(entry_id: str, path: Path) -> None:
            checked = await self._workshop.check(policy, path)
            self._set_slots(slot_editing.with_checked(self.state.slots, entry_id, checked))

        await asyncio.gather(*(check(entry_id, path) for entry_id, path in lines))
        return self.state

    def move_entry(self, kind: DocumentKind, entry_id: str, to_index: int) -> ApplicationFlowState:
        """A page dragged to another place, or moved up or down."""
        if not self._editable(kind):
            return self.state
        return self._set_slots(slot_editing.moved(self.state.slots, kind, entry_id, to_index))

    def remove_entry(self, kind: DocumentKind, entry_id: str) -> ApplicationFlowState:
        """Taken out of the slot; `undo_remove()` puts the last one back where it was."""
        if not self._editable(kind):
            return self.state
        slots, taken = slot_editing.removed(self.state.slots, kind, entry_id)
        if taken is None:
            return self.state
        self._removed = taken
        return self._set_slots(slots)

    def undo_remove(self) -> ApplicationFlowState:
        taken, self._removed = self._removed, None
        if taken is None or not self._editable(taken.kind):
            return self.state
        return self._set_slots(slot_editing.restored(self.state.slots, taken))

    # --- sending -----------------------------------------------------------------------------

    def start_sending(self) -> None:
        """«Отправить документы» or «Продолжить»: runs in the background; the state says how
        it goes, and the page may be left meanwhile."""
        if self._policy is not None:
            self._sending.start(self._policy)

    def pause(self) -> None:
        """Stops the upload within a second; `start_sending()` goes on from where it stopped."""
        self._sending.pause()

    async def wait_sent(self) -> ApplicationFlowState:
        """Until the sending under way ends (done, paused or stopped)."""
        return await self._sending.wait()

    async def send(self) -> ApplicationFlowState:
        """The sending, awaited: made PDFs of every document not yet sent, uploaded in turn."""
        policy = await self._ensure_policy()
        if policy is None:
            return self.state
        self._sending.start(policy)
        return await self._sending.wait()

    # --- submitting and following ------------------------------------------------------------

    async def submit(self) -> ApplicationFlowState:
        """«Подать заявление»: the service checks that every required document is there."""
        number = self.state.number
        if number is None or self.state.sending:
            return self.state
        sent = tuple(slot.kind for slot in self.state.slots if slot.sent)
        key = self._calls.key_for(ApplicationAction.SUBMIT, (number, sent))
        try:
            answer = await self._calls.run(
                ApplicationAction.SUBMIT,
                lambda: self._client.submit_application(number, idempotency_key=key),
            )
        except problems.ApplicationIncomplete as failure:
            return self._calls.failed(failure, missing=failure.missing)
        except ApiError as failure:
            return self._calls.failed(failure)
        self._calls.succeeded(ApplicationAction.SUBMIT)
        self._removed = None
        await self._workshop.drop()
        self._drafts.submitted(answer.submitted_at, sent)
        return self._feed.update(
            view=View.RECEIPT,
            receipt=Receipt(number, answer.submitted_at, answer.documents),
            status=None,
            upload=None,
            preview=None,
            build_notices=(),
            missing=(),
            slots=tuple(replace(slot, entries=(), asked_again=False) for slot in self.state.slots),
            problem=None,
            input_issues=(),
        )

    async def check_status(self) -> ApplicationFlowState:
        """The status in words and what comes next; `needs_more` opens the slots it names."""
        number = self.state.number
        if number is None:
            return self.state
        try:
            status = await self._calls.run(
                ApplicationAction.CHECK_STATUS, lambda: self._client.get_application(number)
            )
        except ApiError as failure:
            return self._calls.failed(failure)
        takes_documents = status.next is NextStep.UPLOAD
        return self._feed.update(
            view=View.STATUS,
            status=status,
            slots=_slots_for_status(self.state.slots, status, first_look=False),
            missing=status.missing if takes_documents else (),
            problem=None,
            input_issues=(),
        )

    # --- after a restart ---------------------------------------------------------------------

    def saved_draft(self) -> ApplicationDraft | None:
        """An application left on this computer when the app was closed."""
        return self._drafts.saved()

    def discard_saved(self) -> None:
        """«Начать заново»: the saved application is not continued on this computer."""
        self._drafts.forget()

    async def continue_saved(self, draft: ApplicationDraft) -> ApplicationFlowState:
        """Back to that application: its token from the keychain, its status from the
        service, its files checked again, and a sending that was under way goes on."""
        policy = await self._ensure_policy()
        if policy is None:
            return self.state
        token = await self._keychain.application_token(draft.number)
        if token is None:
            return self._lost()
        self._client.remember_application(draft.number, ApplicationToken(token))
        try:
            status = await self._calls.run(
                ApplicationAction.CONTINUE, lambda: self._client.get_application(draft.number)
            )
        except problems.Unauthorized:
            return self._lost()
        except ApiError as failure:
            return self._calls.failed(failure)
        self._drafts.take_up(draft)
        slots = tuple(
            replace(slot, entries=(), sent=_saved_as_sent(draft, slot.kind))
            for slot in self.state.slots
        )
        takes_documents = status.next is NextStep.UPLOAD
        self._feed.update(
            view=View.DOCUMENTS if takes_documents else View.STATUS,
            number=draft.number,
            from_service_centre=draft.from_service_centre,
            consent_given=True,
            status=status,
            slots=_slots_for_status(slots, status, first_look=False),
            missing=status.missing if takes_documents else (),
            resumed=True,
            problem=None,
        )
        if not takes_documents:
            self._drafts.without_files()
            return self.state
        await self._check_saved_files(policy, draft)
        if draft.sending:
            self._sending.start(policy)
        return self.state

    # --- closing -----------------------------------------------------------------------------

    async def drop_application(self) -> ApplicationFlowState:
        """The user gives this application up here (asked first): the sending stops, the
        generated files and the draft go, the token leaves the keychain; the page starts
        again from «Что понадобится»."""
        number = self.state.number
        await self._sending.stop()
        await self._workshop.drop()
        self._drafts.forget()
        self._removed = None
        if number is not None:
            await self._keychain.forget_application_token(number)
            self._client.forget_application(number)
        state = self.state
        return self._feed.publish(
            ApplicationFlowState(
                consent=state.consent,
                kinds_known=state.kinds_known,
                slots=tuple(DocumentSlot(slot.kind, slot.required) for slot in state.slots),
                max_file_bytes=state.max_file_bytes,
                max_total_bytes=state.max_total_bytes,
            )
        )

    def close(self) -> None:
        """Quit: the upload stops (the service keeps what it got), the workers end, the
        generated files are deleted. The draft stays, so the next start continues."""
        self._sending.close()
        self._workshop.close()

    # --- inside ------------------------------------------------------------------------------

    async def _ensure_policy(self) -> Policy | None:
        if self._policy is None:
            self._policy = self._known_policy()
        if self._policy is None:
            try:
                self._policy = await self._calls.run(
                    ApplicationAction.LOAD_POLICY, self._client.get_policy
                )
            except ApiError as failure:
                self._calls.failed(failure)
                return None
        if not self.state.kinds_known:
            self._apply_policy(self._policy)
        return self._policy

    def _apply_policy(self, policy: Policy) -> None:
        rules = policy.documents
        kept = {slot.kind: slot for slot in self.state.slots}
        self._feed.update(
            consent=policy.consent,
            kinds_known=True,
            slots=tuple(
                kept.get(rule.kind, DocumentSlot(rule.kind, rule.required)) for rule in rules.kinds
            ),
            max_file_bytes=rules.max_file_bytes,
            max_total_bytes=rules.max_total_bytes,
        )

    async def _consent_changed(self, failure: problems.ConsentRequired) -> ApplicationFlowState:
        """The consent text changed since the page showed it: read and agree again."""
        try:
            self._policy = await asyncio.to_thread(self._client.get_policy)
        except ApiError as again:
            return self._calls.failed(again)
        return self._calls.failed(
            failure, view=View.CONSENT, consent=self._policy.consent, consent_given=False
        )

    def _lost(self) -> ApplicationFlowState:
        """The token is not here (kiosk, another keychain): this computer cannot go on with
        the application; its number still identifies it to support."""
        self._drafts.forget()
        problem = PageProblem(ProblemKind.UNAUTHORIZED, TOKEN_MISSING)
        return self._feed.update(busy=None, view=View.NEEDS, problem=problem, number=None)

    def _new_entry_id(self) -> str:
        return f"entry{next(self._entry_numbers):04d}"

    def _editable(self, kind: DocumentKind) -> bool:
        slot = self.state.slot(kind)
        return slot is not None and not slot.sent and not self.state.sending

    def _set_slots(self, slots: tuple[DocumentSlot, ...]) -> ApplicationFlowState:
        state = self._feed.update(slots=slots, input_issues=(), build_problems=())
        self._drafts.save(state.slots)
        return state

    async def _check_saved_files(self, policy: Policy, draft: ApplicationDraft) -> None:
        """The saved pages, their files checked anew, in the saved order."""
        for saved in draft.documents:
            slot = self.state.slot(saved.kind)
            if slot is None or slot.sent or not saved.pages:
                continue
            paths = list(dict.fromkeys(page.path for page in saved.pages))
            waiting = [(self._new_entry_id(), path) for path in paths]
            self._feed.update(
                slots=slot_editing.with_checking(self.state.slots, saved.kind, waiting)
            )
            checked = dict(zip(paths, await self._workshop.check_all(policy, paths), strict=True))
            self._feed.update(
                slots=slot_editing.with_saved_pages(
                    self.state.slots, saved.kind, saved.pages, checked, self._new_entry_id
                )
            )


def _slots_for_status(
    slots: tuple[DocumentSlot, ...], status: ApplicationState, *, first_look: bool
) -> tuple[DocumentSlot, ...]:
    """What the service says about the documents: a required kind it does not miss is with
    it (learnt on first opening an application made elsewhere); in `needs_more` the kinds the
    reviewer named take documents again."""
    if status.next is not NextStep.UPLOAD:
        return slots
    missing = set(status.missing)
    asked = status.status is ApplicationStatus.NEEDS_MORE
    changed = []
    for slot in slots:
        if slot.kind in missing:
            changed.append(replace(slot, sent=False, asked_again=asked))
        elif first_look and slot.required:
            changed.append(replace(slot, sent=True))
        else:
            changed.append(slot)
    return tuple(changed)


def _saved_as_sent(draft: ApplicationDraft, kind: DocumentKind) -> bool:
    saved = draft.document(kind)
    return saved is not None and saved.sent
