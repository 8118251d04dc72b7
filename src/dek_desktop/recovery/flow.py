"""`RecoveryFlow`: one async method per user action; pages ask it what to show next.

Every call of the blocking client runs in a worker thread (`asyncio.to_thread`), so the event
loop (qasync's, under Qt) never waits. The flow publishes a new frozen `FlowState` to its
listeners whenever something changes: a call begins (`busy`), an answer or a problem arrives,
the user navigates. An answer that arrives after the user moved on (Back, start again, another
action) is dropped. Secrets stay in memory (`HeldSecrets`) and never enter a state or the draft.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import replace
from datetime import datetime
from typing import Any, TypeVar

from dek_desktop.api import problems
from dek_desktop.api.api_error import ApiError
from dek_desktop.api.client import RecoveryClient
from dek_desktop.api.models import (
    Captcha,
    CaptchaAnswer,
    CodeResent,
    Diagnostics,
    IdempotencyKey,
    IdentityAsked,
    Policy,
    RecoveryLink,
    RecoveryStarted,
    ResetGranted,
    SignedIn,
    SupportContacts,
    SupportRequest,
    SupportTicket,
)
from dek_desktop.api.recovery_link import parse_recovery_link
from dek_desktop.api.secret import Code, LinkToken, Password
from dek_desktop.api.vocabulary import ApplicationReason, Channel

from . import transitions
from .action_keys import ActionKeys
from .back_route import back_step
from .clock import Clock, SystemClock
from .code_input import read_code_field
from .contact_input import account_number, normalised_login, recovery_contact
from .draft import Draft
from .draft_store import DraftKeeping
from .flow_state import CodeDelivery, FlowState, RecoveryOver
from .held_secrets import HeldSecrets
from .identity_input import identity_answers
from .input_issue import Field, InputIssue, IssueCode
from .password_checklist import PasswordChecklist, check_new_password
from .step import Step, UserAction
from .support_diagnostics import app_version, diagnostics_for

log = logging.getLogger("dek_desktop.recovery")

T = TypeVar("T")
# Pages after which a saved recovery cannot be continued.
_DRAFT_ENDS = frozenset(
    {Step.IDENTITY, Step.ACCOUNT_CHOICE, Step.NEW_PASSWORD, Step.DONE, Step.BLOCKED}
)
Listener = Callable[[FlowState], None]


class RecoveryFlow:
    def __init__(
        self,
        client: RecoveryClient,
        draft_store: DraftKeeping,
        *,
        clock: Clock | None = None,
        version: str | None = None,
    ) -> None:
        self._client = client
        self._drafts = draft_store
        self._clock: Clock = clock or SystemClock()
        self._version = version or app_version()
        self._state = FlowState()
        self._listeners: list[Listener] = []
        self._secrets = HeldSecrets()
        self._keys = ActionKeys()
        self._policy: Policy | None = None
        self._policy_lock = threading.Lock()
        self._generation = 0  # bumped by every action and navigation; older answers are dropped
        self._running: asyncio.Task[Any] | None = None
        self._last_action: Callable[[], Awaitable[FlowState]] | None = None
        self._support_request: tuple[IdempotencyKey, SupportRequest] | None = None

    # --- observing ---------------------------------------------------------------------------

    @property
    def state(self) -> FlowState:
        return self._state

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """`listener(state)` runs on the event loop after every change; returns unsubscribe."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    @property
    def back_step(self) -> Step | None:
        """Where Back leads from the current page (None: no Back there)."""
        return back_step(self._state)

    # --- starting, resuming ------------------------------------------------------------------

    async def start(self) -> FlowState:
        """Fetches the policy (once per run); the login page works without it meanwhile."""
        self._last_action = self.start
        await self._ensure_policy()
        return self._state

    def saved_draft(self) -> Draft | None:
        """A recovery left on the code page when the app was closed: offer to continue it."""
        return self._drafts.load()

    def discard_draft(self) -> None:
        self._drafts.clear()

    def resume(self, draft: Draft) -> FlowState:
        """Back on the code page of the draft's recovery (the contact as typed is not kept)."""
        self._leave()
        now = self._clock.now()
        delivery = CodeDelivery(
            recovery_id=draft.recovery_id,
            channel=draft.channel,
            destination_masked=draft.destination_masked,
            code_length=draft.code_length,
            sent_at=draft.code_sent_at,
            valid_until=draft.code_valid_until,
            resend_available_at=draft.resend_available_at,
        )
        expired = now >= draft.code_valid_until
        if expired:
            self._drafts.clear()
        return self._publish(
            transitions.moved(
                FlowState(policy=self._policy),
                Step.CODE,
                channel=draft.channel,
                delivery=delivery,
                resumed=True,
                recovery_over=RecoveryOver.EXPIRED if expired else None,
            )
        )

    # --- navigation (no call to the service) -------------------------------------------------

    def go_back(self) -> FlowState:
        target = back_step(self._state)
        if target is None:
            return self._state
        self._leave()
        return self._publish(transitions.moved(self._state, target))

    def go_login(self) -> FlowState:
        self._leave()
        return self._publish(transitions.moved(self._state, Step.LOGIN, lock=None))

    def go_forgot(self) -> FlowState:
        """«Забыли пароль?» or a lock's `recover` action; a login that is a contact prefills it."""
        self._leave()
        state = self._state
        changes: dict[str, object] = {}
        if not state.contact.strip() and state.login.strip():
            if "@" in state.login:
                changes = {"channel": Channel.EMAIL, "contact": state.login.strip()}
            elif not isinstance(recovery_contact(Channel.SMS, state.login), InputIssue):
                changes = {"channel": Channel.SMS, "contact": state.login.strip()}
        return self._publish(transitions.moved(state, Step.FORGOT, lock=None, **changes))

    def go_documents(self) -> FlowState:
        """«Нет доступа к почте и телефону», or a lock's `documents` action."""
        self._leave()
        state = self._state
        reason = (
            ApplicationReason.ACCOUNT_BLOCKED
            if state.step is Step.BLOCKED
            else ApplicationReason.NO_CONTACT_ACCESS
        )
        return self._publish(
            transitions.moved(
                state, Step.DOCUMENTS, documents_reason=reason, return_step=self._came_from()
            )
        )

    def go_contacts(self) -> FlowState:
        """After signing in: confirm or update the e-mail and phone (the seed's last step)."""
        self._leave()
        return self._publish(transitions.moved(self._state, Step.CONTACTS))

    def start_again(self) -> FlowState:
        """A new recovery request: the channel and the contact as typed are kept."""
        self._leave()
        self._secrets.forget()
        self._drafts.clear()
        return self._publish(
            transitions.moved(
                self._state,
                Step.FORGOT,
                delivery=None,
                recovery_over=None,
                resumed=False,
                identity_questions=(),
                accounts=(),
                chosen_account=None,
                reset_valid_until=None,
                lock=None,
            )
        )

    def choose_account(self, account_id: str) -> FlowState:
        state = self._state
        chosen = next((a for a in state.accounts if a.id == account_id), None)
        if chosen is None:
            return self._publish(
                replace(state, input_issues=(InputIssue(Field.ACCOUNT, IssueCode.UNKNOWN_ACCOUNT),))
            )
        self._leave()
        return self._publish(transitions.moved(state, Step.NEW_PASSWORD, chosen_account=chosen))

    def password_checklist(self, new_password: str, repeated: str) -> PasswordChecklist | None:
        """The policy's rules ticked off live; None until the policy is known."""
        if self._policy is None:
            return None
        return check_new_password(new_password, repeated, self._policy.password, self._logins())

    # --- pending calls -----------------------------------------------------------------------

    def cancel(self) -> None:
        """Cancels the call under way (the page's Cancel); the page stays as it was."""
        if self._running is not None and not self._running.done():
            self._running.cancel()

    async def retry(self) -> FlowState:
        """Repeats the last action with what was typed, after a retryable problem."""
        if not self._state.can_retry or self._last_action is None:
            return self._state
        return await self._last_action()

    # --- sign-in -----------------------------------------------------------------------------

    async def sign_in(
        self, login: str, password: str | Password, captcha_answer: str = ""
    ) -> FlowState:
        secret = password if isinstance(password, Password) else Password(password)
        self._last_action = lambda: self.sign_in(login, secret, captcha_answer)
        state = replace(self._state, login=login)
        issues = [
            *([InputIssue(Field.LOGIN, IssueCode.REQUIRED)] if not login.strip() else []),
            *([InputIssue(Field.PASSWORD, IssueCode.REQUIRED)] if not secret.reveal() else []),
            *self._captcha_issues(state, captcha_answer),
        ]
        if issues:
            return self._publish(replace(state, input_issues=tuple(issues), problem=None))
        self._publish(state)
        return await self._sign_in(normalised_login(login), secret, captcha_answer)

    async def sign_in_with_new_password(self) -> FlowState:
        """From the done page: the login prefilled, the password just set (held in memory)."""
        new_password = self._secrets.new_password
        if new_password is None:
            return self.go_login()
        self._last_action = self.sign_in_with_new_password
        return await self._sign_in(normalised_login(self._state.login), new_password, "")

    async def _sign_in(self, login: str, password: Password, captcha_answer: str) -> FlowState:
        captcha = self._captcha(captcha_answer)

        def answered(answer: SignedIn) -> FlowState:
            self._secrets.forget()
            return transitions.signed_in(self._state, answer)

        return await self._run(
            UserAction.SIGN_IN,
            lambda: self._client.sign_in(login, password, captcha=captcha),
            answered,
            transitions.sign_in_failed,
        )

    async def refresh_captcha(self) -> FlowState:
        """A new picture for the captcha on the current page."""
        self._last_action = self.refresh_captcha

        def answered(captcha: Captcha) -> FlowState:
            return replace(self._state, captcha=captcha, problem=None, input_issues=())

        return await self._run(
            UserAction.REFRESH_CAPTCHA, self._client.new_captcha, answered, transitions.failed
        )

    # --- recovery ----------------------------------------------------------------------------

    async def start_recovery(
        self,
        channel: Channel,
        contact: str,
        account_number_text: str = "",
        captcha_answer: str = "",
    ) -> FlowState:
        """The forgot page's request: where to send the code (the old password is not needed)."""
        self._last_action = lambda: self.start_recovery(
            channel, contact, account_number_text, captcha_answer
        )
        self._publish(
            replace(
                self._state, channel=channel, contact=contact, account_number=account_number_text
            )
        )
        policy = await self._ensure_policy()
        if policy is None:
            return self._state
        state = self._state
        issues: list[InputIssue] = []
        if channel not in policy.channels:
            issues.append(InputIssue(Field.CHANNEL, IssueCode.CHANNEL_UNAVAILABLE))
        normalised = recovery_contact(channel, contact)
        if isinstance(normalised, InputIssue):
            issues.append(normalised)
        number = account_number(account_number_text)
        if isinstance(number, InputIssue):
            issues.append(number)
        issues.extend(self._captcha_issues(state, captcha_answer))
        if issues or isinstance(normalised, InputIssue) or isinstance(number, InputIssue):
            return self._publish(replace(state, input_issues=tuple(issues), problem=None))
        contact_value = normalised.value
        key = self._keys.key_for(UserAction.REQUEST_RECOVERY, (channel, contact_value, number))
        captcha = self._captcha(captcha_answer)

        def answered(started: RecoveryStarted) -> FlowState:
            self._keys.completed(UserAction.REQUEST_RECOVERY)
            self._secrets.forget()
            return transitions.recovery_started(self._state, started, self._clock.now())

        next_state = await self._run(
            UserAction.REQUEST_RECOVERY,
            lambda: self._client.request_recovery(
                contact_value, channel, login=number, captcha=captcha, idempotency_key=key
            ),
            answered,
            transitions.recovery_request_failed,
        )
        self._keep_draft()
        return next_state

    async def resend(self) -> FlowState:
        delivery = self._state.delivery
        if not self._on(Step.CODE) or delivery is None or self._state.recovery_over:
            return self._state
        self._last_action = self.resend

        def answered(resent: CodeResent) -> FlowState:
            return transitions.code_resent(self._state, resent, self._clock.now())

        next_state = await self._run(
            UserAction.RESEND_CODE,
            lambda: self._client.resend_code(delivery.recovery_id),
            answered,
            transitions.resend_failed,
        )
        self._keep_draft()
        return next_state

    async def verify(self, code_or_link: str) -> FlowState:
        """The code typed, or the whole link pasted from the message (mail-client noise and all)."""
        delivery = self._state.delivery
        if not self._on(Step.CODE) or delivery is None or self._state.recovery_over:
            return self._state
        self._last_action = lambda: self.verify(code_or_link)
        read = read_code_field(code_or_link, code_length=delivery.code_length)
        if isinstance(read, InputIssue):
            return self._publish(replace(self._state, input_issues=(read,), problem=None))
        if isinstance(read, RecoveryLink) and read.recovery_id != delivery.recovery_id:
            issue = InputIssue(Field.CODE, IssueCode.LINK_OF_OTHER_REQUEST)
            return self._publish(replace(self._state, input_issues=(issue,), problem=None))
        proof = read if isinstance(read, Code) else read.link_token
        return await self._verify(delivery.recovery_id, proof)

    async def open_link(self, link: str) -> FlowState:
        """A recovery link handed to the app from outside (a link handler, the demo inbox)."""
        parsed = parse_recovery_link(link)
        if not isinstance(parsed, RecoveryLink):
            issue = InputIssue(Field.CODE, IssueCode.LINK_UNREADABLE)
            return self._publish(replace(self._state, input_issues=(issue,), problem=None))
        self._last_action = lambda: self.open_link(link)
        delivery = self._state.delivery
        if delivery is None or delivery.recovery_id != parsed.recovery_id:
            now = self._clock.now()
            delivery = CodeDelivery(
                recovery_id=parsed.recovery_id,
                channel=Channel.EMAIL,  # links come by e-mail only
                destination_masked="",
                code_length=self._policy.code_length if self._policy else 0,
                sent_at=now,
                valid_until=now,
                resend_available_at=now,
            )
        self._leave()
        self._publish(
            transitions.moved(self._state, Step.CODE, delivery=delivery, recovery_over=None)
        )
        return await self._verify(parsed.recovery_id, parsed.link_token)

    async def _verify(self, recovery_id: str, proof: Code | LinkToken) -> FlowState:
        def send() -> ResetGranted | IdentityAsked:
            self._known_policy()  # the next pages need it: fetched before the code is spent
            return self._client.verify_recovery(recovery_id, proof)

        def answered(answer: ResetGranted | IdentityAsked) -> FlowState:
            if isinstance(answer, ResetGranted):
                self._secrets.reset_token = answer.reset_token
            else:
                self._secrets.identity_token = answer.identity_token
            return transitions.verified(self._state, answer, self._clock.now())

        next_state = await self._run(UserAction.VERIFY, send, answered, transitions.verify_failed)
        self._keep_draft()
        return next_state

    async def answer_identity(
        self, answers: Mapping[str, str], *, consent_given: bool
    ) -> FlowState:
        """The identity page: the consent to personal data (the policy's version) and answers."""
        recovery_id, token = self._state.recovery_id, self._secrets.identity_token
        if not self._on(Step.IDENTITY) or recovery_id is None or token is None:
            return self._state
        typed = dict(answers)
        self._last_action = lambda: self.answer_identity(typed, consent_given=consent_given)
        policy = await self._ensure_policy()
        if policy is None:
            return self._state
        checked = identity_answers(self._state.identity_questions, typed)
        issues = list(checked) if isinstance(checked, tuple) else []
        if not consent_given:
            issues.insert(0, InputIssue(Field.CONSENT, IssueCode.CONSENT_MISSING))
        if issues or isinstance(checked, tuple):
            return self._publish(replace(self._state, input_issues=tuple(issues), problem=None))
        sent_answers = checked
        consent_version = policy.consent.version

        def send() -> ResetGranted:
            try:
                return self._client.answer_identity(
                    recovery_id, token, sent_answers, consent_version
                )
            except problems.ConsentRequired:
                self._known_policy(refresh=True)  # the page must show the new text
                raise

        def answered(granted: ResetGranted) -> FlowState:
            self._secrets.identity_token = None
            self._secrets.reset_token = granted.reset_token
            return transitions.reset_granted(self._state, granted, self._clock.now())

        next_state = await self._run(
            UserAction.ANSWER_IDENTITY, send, answered, transitions.identity_failed
        )
        self._keep_draft()
        return next_state

    async def set_new_password(self, new_password: str, repeated: str) -> FlowState:
        """The new password typed twice; checked against the policy here, then by the service."""
        state = self._state
        recovery_id, token = state.recovery_id, self._secrets.reset_token
        if not self._on(Step.NEW_PASSWORD) or recovery_id is None or token is None:
            return self._state
        self._last_action = lambda: self.set_new_password(new_password, repeated)
        policy = await self._ensure_policy()
        if policy is None:
            return self._state
        checklist = check_new_password(new_password, repeated, policy.password, self._logins())
        issues = list(checklist.issues())
        several = len(state.accounts) > 1
        if several and state.chosen_account is None:
            issues.append(InputIssue(Field.ACCOUNT, IssueCode.REQUIRED))
        if issues:
            return self._publish(replace(self._state, input_issues=tuple(issues), problem=None))
        account_id = state.chosen_account.id if several and state.chosen_account else None
        secret = Password(new_password)

        def answered(_: None) -> FlowState:
            self._secrets.forget()
            self._secrets.new_password = secret
            self._drafts.clear()
            return transitions.password_set(self._state, self._login_after_recovery())

        return await self._run(
            UserAction.SET_PASSWORD,
            lambda: self._client.set_password(recovery_id, token, secret, account_id=account_id),
            answered,
            transitions.password_failed,
        )

    # --- support -----------------------------------------------------------------------------

    async def go_support(self) -> FlowState:
        """The support page, from any page: the service's contacts and a request form."""
        if self._state.step is not Step.SUPPORT:
            self._leave()
            self._publish(
                transitions.moved(
                    self._state, Step.SUPPORT, return_step=self._came_from(), support_ticket=None
                )
            )
        if self._state.support_contacts is not None:
            return self._state
        self._last_action = self.go_support

        def answered(contacts: SupportContacts) -> FlowState:
            return replace(self._state, support_contacts=contacts, problem=None)

        return await self._run(
            UserAction.LOAD_SUPPORT_CONTACTS,
            self._client.get_support_contacts,
            answered,
            transitions.failed,
        )

    def support_diagnostics(self, locale: str) -> Diagnostics:
        """Exactly what a support request will send about the app (shown on the form)."""
        return diagnostics_for(
            self._state,
            locale=locale,
            request_ids=self._client.recent_request_ids(),
            version=self._version,
        )

    async def send_support_request(
        self, *, name: str, contact: str, subject: str, description: str, locale: str
    ) -> FlowState:
        self._last_action = lambda: self.send_support_request(
            name=name, contact=contact, subject=subject, description=description, locale=locale
        )
        required = (
            (Field.SUPPORT_NAME, name),
            (Field.SUPPORT_CONTACT, contact),
            (Field.SUPPORT_DESCRIPTION, description),
        )
        issues = tuple(
            InputIssue(f, IssueCode.REQUIRED) for f, text in required if not text.strip()
        )
        if issues:
            return self._publish(replace(self._state, input_issues=issues, problem=None))
        text = (name.strip(), contact.strip(), subject.strip(), description.strip())
        key = self._keys.key_for(UserAction.SEND_SUPPORT_REQUEST, text)
        # A retry sends the very same body (diagnostics included) under the same key, so a lost
        # answer is replayed instead of refused as `idempotency-key-reused`.
        held = self._support_request
        if held is None or held[0] != key:
            name_text, contact_text, subject_text, description_text = text
            diagnostics = self.support_diagnostics(locale)
            held = (
                key,
                SupportRequest(
                    name_text, contact_text, subject_text, description_text, diagnostics
                ),
            )
            self._support_request = held
        request = held[1]

        def answered(ticket: SupportTicket) -> FlowState:
            self._keys.completed(UserAction.SEND_SUPPORT_REQUEST)
            self._support_request = None
            return replace(self._state, support_ticket=ticket, problem=None, input_issues=())

        return await self._run(
            UserAction.SEND_SUPPORT_REQUEST,
            lambda: self._client.create_support_ticket(request, idempotency_key=key),
            answered,
            transitions.failed,
        )

    # --- plumbing ----------------------------------------------------------------------------

    async def _run(
        self,
        action: UserAction,
        call: Callable[[], T],
        on_answer: Callable[[T], FlowState],
        on_failure: Callable[[FlowState, ApiError, datetime], FlowState],
    ) -> FlowState:
        """Runs `call` in a worker thread; publishes busy, then the answer's or problem's state."""
        self._generation += 1
        generation = self._generation
        self._running = asyncio.current_task()
        self._publish(replace(self._state, busy=action))
        try:
            answer = await asyncio.to_thread(call)
        except ApiError as failure:
            if generation != self._generation:
                return self._state
            log.info(
                "%s failed on %s: %s", action.value, self._state.step.value, type(failure).__name__
            )
            return self._publish(on_failure(self._state, failure, self._clock.now()))
        except asyncio.CancelledError:
            if generation == self._generation:
                self._publish(replace(self._state, busy=None))
            raise
        finally:
            if generation == self._generation:
                self._running = None
        if generation != self._generation:
            return self._state  # the user moved on: this answer is no longer wanted
        return self._publish(replace(on_answer(answer), busy=None))

    async def _ensure_policy(self) -> Policy | None:
        """The policy (fetched at most once per run); None when it could not be fetched."""
        if self._policy is not None:
            if self._state.policy is None:
                self._publish(replace(self._state, policy=self._policy))
            return self._policy

        def answered(policy: Policy) -> FlowState:
            return replace(self._state, policy=policy, problem=None)

        await self._run(UserAction.LOAD_POLICY, self._known_policy, answered, transitions.failed)
        return self._policy

    def _known_policy(self, *, refresh: bool = False) -> Policy:
        """Worker-thread side: fetches the policy unless it is known."""
        with self._policy_lock:
            if self._policy is None or refresh:
                self._policy = self._client.get_policy()
            return self._policy

    def _publish(self, state: FlowState) -> FlowState:
        if self._policy is not None and state.policy is not self._policy:
            state = replace(state, policy=self._policy)
        if state == self._state:
            return state
        if state.step is not self._state.step:
            log.info("recovery flow: %s -> %s", self._state.step.value, state.step.value)
        self._state = state
        for listener in tuple(self._listeners):
            listener(state)
        return state

    def _leave(self) -> None:
        """The user moves on: answers of calls still under way are dropped."""
        self._generation += 1
        if self._running is not None and not self._running.done():
            self._running.cancel()
        self._running = None
        if self._state.busy is not None:
            self._state = replace(self._state, busy=None)

    def _on(self, step: Step) -> bool:
        if self._state.step is step:
            return True
        log.warning(
            "an action of the %s page arrived on the %s page; ignored", step, self._state.step
        )
        return False

    def _came_from(self) -> Step:
        state = self._state
        if state.step in (Step.SUPPORT, Step.DOCUMENTS):
            return state.return_step or Step.LOGIN
        return state.step

    def _captcha(self, answer: str) -> CaptchaAnswer | None:
        captcha = self._state.captcha
        if captcha is None or not answer.strip():
            return None
        return CaptchaAnswer(captcha.id, answer.strip())

    @staticmethod
    def _captcha_issues(state: FlowState, answer: str) -> list[InputIssue]:
        if state.captcha is not None and not answer.strip():
            return [InputIssue(Field.CAPTCHA, IssueCode.REQUIRED)]
        return []

    def _logins(self) -> tuple[str, ...]:
        """What the user is known by, as typed and normalised (for «не логин»)."""
        state = self._state
        known = [state.login, normalised_login(state.login), state.contact]
        contact = recovery_contact(state.channel, state.contact)
        if not isinstance(contact, InputIssue):
            known.append(contact.value)
        return tuple(login for login in known if login.strip())

    def _login_after_recovery(self) -> str:
        """The login prefilled on the done page: the one typed, else the contact proven."""
        state = self._state
        if state.login.strip():
            return state.login
        return state.contact

    def _keep_draft(self) -> None:
        """Saved while the code page shows a live recovery; removed once the code is spent or
        the request is over (the tokens after it live in memory only: nothing to resume)."""
        state = self._state
        delivery = state.delivery
        if state.step is Step.CODE and delivery is not None and state.recovery_over is None:
            draft = Draft(
                recovery_id=delivery.recovery_id,
                step=state.step,
                channel=delivery.channel,
                destination_masked=delivery.destination_masked,
                code_length=delivery.code_length,
                code_sent_at=delivery.sent_at,
                code_valid_until=delivery.valid_until,
                resend_available_at=delivery.resend_available_at,
            )
            try:
                self._drafts.save(draft)
            except OSError as error:
                log.warning(
                    "the recovery draft could not be saved (%s); going on without it", error
                )
        elif state.step in _DRAFT_ENDS or state.recovery_over is not None:
            self._drafts.clear()
