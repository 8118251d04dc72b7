"""`RecoveryFlow`: one async method per user action; pages ask it what to show next.

Every call of the blocking client runs in a worker thread (`WorkerCalls`), so the event loop
(qasync's, under Qt) never waits. The flow publishes a new frozen `FlowState` to its listeners
whenever something changes: a call begins (`busy`), an answer or a problem arrives, the user
navigates. An answer that arrives after the user moved on is dropped. Secrets stay in memory
(`HeldSecrets`) and never enter a state or the draft.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import replace
from datetime import datetime

from dek_desktop.api import problems
from dek_desktop.api.api_error import ApiError
from dek_desktop.api.client import RecoveryClient
from dek_desktop.api.models import (
    Captcha,
    CaptchaAnswer,
    CodeResent,
    Diagnostics,
    IdentityAsked,
    Policy,
    RecoveryLink,
    RecoveryStarted,
    ResetGranted,
    SignedIn,
    SupportContacts,
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
from .draft import Draft, draft_of
from .draft_store import DraftKeeping
from .flow_state import CodeDelivery, FlowState, RecoveryOver
from .held_secrets import HeldSecrets
from .identity_input import identity_answers
from .input_issue import Field, InputIssue, IssueCode
from .password_checklist import PasswordChecklist, check_new_password
from .policy_source import PolicySource
from .state_feed import Listener, StateFeed
from .step import Step, UserAction
from .support_request import SupportRequests, diagnostics_for, installed_app_version
from .worker_calls import WorkerCalls

log = logging.getLogger("dek_desktop.recovery")

# Pages after which a saved recovery cannot be continued (its tokens live in memory only).
_DRAFT_ENDS = frozenset(
    {Step.IDENTITY, Step.ACCOUNT_CHOICE, Step.NEW_PASSWORD, Step.DONE, Step.BLOCKED}
)


class RecoveryFlow:
    def __init__(
        self,
        client: RecoveryClient,
        draft_store: DraftKeeping,
        *,
        clock: Clock | None = None,
        app_version: str | None = None,
    ) -> None:
        self._client = client
        self._drafts = draft_store
        self._clock: Clock = clock or SystemClock()
        self._app_version = app_version or installed_app_version()
        self._policy = PolicySource(client)
        self._feed = StateFeed(FlowState(), self._with_policy)
        self._calls = WorkerCalls(self._feed, self._clock)
        self._secrets = HeldSecrets()
        self._keys = ActionKeys()
        self._support_requests = SupportRequests(self._keys)
        self._last_action: Callable[[], Awaitable[FlowState]] | None = None

    # --- observing ---------------------------------------------------------------------------

    @property
    def state(self) -> FlowState:
        return self._feed.state

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """`listener(state)` runs on the event loop after every change; returns unsubscribe."""
        return self._feed.subscribe(listener)

    @property
    def clock(self) -> Clock:
        """The flow's sense of time: pages count their countdowns down by it."""
        return self._clock

    def use_clock(self, clock: Clock) -> None:
        """Shares another clock from now on (tests: the reference service's movable one)."""
        self._clock = clock
        self._calls.use_clock(clock)

    @property
    def back_step(self) -> Step | None:
        """Where Back leads from the current page (None: no Back there)."""
        return back_step(self.state)

    def password_checklist(self, new_password: str, repeated: str) -> PasswordChecklist | None:
        """The policy's rules ticked off live while typing; None until the policy is known."""
        policy = self._policy.known
        if policy is None:
            return None
        return check_new_password(new_password, repeated, policy.password, self._logins())

    # --- starting, resuming ------------------------------------------------------------------

    async def start(self) -> FlowState:
        """Fetches the policy (once per run); the login page works without it meanwhile."""
        self._last_action = self.start
        await self._ensure_policy()
        return self.state

    def saved_draft(self) -> Draft | None:
        """A recovery left on the code page when the app was closed: offer to continue it."""
        return self._drafts.load()

    def discard_draft(self) -> None:
        self._drafts.clear()

    def resume(self, draft: Draft) -> FlowState:
        """Back on the code page of the draft's recovery (the contact as typed is not kept)."""
        self._calls.leave()
        expired = self._clock.now() >= draft.code_valid_until
        if expired:
            self._drafts.clear()
        delivery = CodeDelivery(
            recovery_id=draft.recovery_id,
            channel=draft.channel,
            destination_masked=draft.destination_masked,
            code_length=draft.code_length,
            sent_at=draft.code_sent_at,
            valid_until=draft.code_valid_until,
            resend_available_at=draft.resend_available_at,
        )
        return self._feed.publish(
            transitions.moved(
                FlowState(),
                Step.CODE,
                channel=draft.channel,
                delivery=delivery,
                resumed=True,
                recovery_over=RecoveryOver.EXPIRED if expired else None,
            )
        )

    # --- navigation (no call to the service) -------------------------------------------------

    def go_back(self) -> FlowState:
        target = back_step(self.state)
        if target is None:
            return self.state
        return self._move(target)

    def go_login(self) -> FlowState:
        """Also a lock's `wait` action once its countdown is over."""
        return self._move(Step.LOGIN, lock=None)

    def go_forgot(self, typed_login: str | None = None) -> FlowState:
        """«Забыли пароль?» or a lock's `recover` action; a login that is a contact prefills it.
        `typed_login`: what the sign-in page's field holds now (kept for Back, like a sign-in)."""
        if typed_login is not None:
            self._feed.publish(replace(self.state, login=typed_login))
        state = self.state
        login = state.login.strip()
        changes: dict[str, object] = {}
        if login and not state.contact.strip():
            if "@" in login:
                changes = {"channel": Channel.EMAIL, "contact": login}
            elif not isinstance(recovery_contact(Channel.SMS, login), InputIssue):
                changes = {"channel": Channel.SMS, "contact": login}
        return self._move(Step.FORGOT, lock=None, **changes)

    def go_documents(self) -> FlowState:
        """«Нет доступа к почте и телефону», or a lock's `documents` action."""
        blocked = self.state.step is Step.BLOCKED
        reason = (
            ApplicationReason.ACCOUNT_BLOCKED if blocked else ApplicationReason.NO_CONTACT_ACCESS
        )
        return self._move(Step.DOCUMENTS, documents_reason=reason, return_step=self._came_from())

    def go_contacts(self) -> FlowState:
        """After signing in: confirm or update the e-mail and phone (the seed's last step)."""
        return self._move(Step.CONTACTS)

    def start_again(self) -> FlowState:
        """A new recovery request (ask the user first): the channel and contact are kept."""
        return self._new_request()

    def try_other_channel(self) -> FlowState:
        """«Код не пришёл?»: a new request by the policy's other channel (SMS instead of
        e-mail, or back); the contact of that kind is typed anew. Nothing happens when the
        policy offers one channel only."""
        policy = self._policy.known
        channel = self.state.channel
        others = [other for other in (policy.channels if policy else ()) if other is not channel]
        if not others:
            return self.state
        return self._new_request(channel=others[0], contact="")

    def choose_account(self, account_id: str) -> FlowState:
        chosen = next((a for a in self.state.accounts if a.id == account_id), None)
        if chosen is None:
            return self._refuse((InputIssue(Field.ACCOUNT, IssueCode.UNKNOWN_ACCOUNT),))
        return self._move(Step.NEW_PASSWORD, chosen_account=chosen)

    # --- pending calls -----------------------------------------------------------------------

    def cancel(self) -> None:
        """Cancels the call under way (the page's Cancel); the page stays as it was."""
        self._calls.cancel()

    async def retry(self) -> FlowState:
        """Repeats the last action with what was typed, after a retryable problem."""
        if not self.state.can_retry or self._last_action is None:
            return self.state
        return await self._last_action()

    # --- sign-in -----------------------------------------------------------------------------

    async def sign_in(
        self, login: str, password: str | Password, captcha_answer: str = ""
    ) -> FlowState:
        secret = password if isinstance(password, Password) else Password(password)
        self._last_action = lambda: self.sign_in(login, secret, captcha_answer)
        self._feed.publish(replace(self.state, login=login))
        issues = [
            *([InputIssue(Field.LOGIN, IssueCode.REQUIRED)] if not login.strip() else []),
            *([InputIssue(Field.PASSWORD, IssueCode.REQUIRED)] if not secret.reveal() else []),
            *self._captcha_issues(captcha_answer),
        ]
        if issues:
            return self._refuse(tuple(issues))
        return await self._sign_in(normalised_login(login), secret, captcha_answer)

    async def sign_in_with_new_password(self) -> FlowState:
        """From the done page: the login prefilled, the password just set (held in memory).
        A recovery resumed from the draft does not know the login (the draft keeps no
        contact): the sign-in page asks for it instead of sending an empty one."""
        new_password = self._secrets.new_password
        login = normalised_login(self.state.login)
        if new_password is None or not login:
            self._secrets.forget()
            return self.go_login()
        self._last_action = self.sign_in_with_new_password
        return await self._sign_in(login, new_password, "")

    async def _sign_in(self, login: str, password: Password, captcha_answer: str) -> FlowState:
        captcha = self._captcha(captcha_answer)

        def answered(answer: SignedIn) -> FlowState:
            self._secrets.forget()
            return transitions.signed_in(self.state, answer)

        return await self._calls.run(
            UserAction.SIGN_IN,
            lambda: self._client.sign_in(login, password, captcha=captcha),
            answered,
            transitions.sign_in_failed,
        )

    async def sign_out(self) -> FlowState:
        """«Выйти»: the session ends on the service, then the sign-in page with the login kept.
        The client forgets its token whatever the answer, so a failed call (no connection)
        still signs out here; the service's session then runs out on its own."""

        def signed_out(_: object = None) -> FlowState:
            return transitions.moved(self.state, Step.LOGIN, signed_in=None, lock=None)

        def failed(_state: FlowState, failure: ApiError, _now: datetime) -> FlowState:
            log.info("sign-out not confirmed by the service (%s)", type(failure).__name__)
            return signed_out()

        return await self._calls.run(UserAction.SIGN_OUT, self._client.sign_out, signed_out, failed)

    async def load_support_contacts(self) -> FlowState:
        """The support phone for the page on screen (the captcha's «позвоните нам»), fetched
        beside the page's own calls: no busy state, and a failure leaves it unknown."""
        if self.state.support_contacts is not None:
            return self.state
        try:
            contacts = await asyncio.to_thread(self._client.get_support_contacts)
        except ApiError as failure:
            log.info("support contacts not loaded (%s)", type(failure).__name__)
            return self.state
        return self._feed.publish(replace(self.state, support_contacts=contacts))

    async def refresh_captcha(self) -> FlowState:
        """A new picture for the captcha on the current page."""
        self._last_action = self.refresh_captcha

        def answered(captcha: Captcha) -> FlowState:
            return replace(self.state, captcha=captcha, problem=None, input_issues=())

        return await self._calls.run(
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
        typed = replace(
            self.state, channel=channel, contact=contact, account_number=account_number_text
        )
        self._feed.publish(typed)
        policy = await self._ensure_policy()
        if policy is None:
            return self.state
        normalised = recovery_contact(channel, contact)
        number = account_number(account_number_text)
        issues = [
            *(
                [InputIssue(Field.CHANNEL, IssueCode.CHANNEL_UNAVAILABLE)]
                if channel not in policy.channels
                else []
            ),
            *([normalised] if isinstance(normalised, InputIssue) else []),
            *([number] if isinstance(number, InputIssue) else []),
            *self._captcha_issues(captcha_answer),
        ]
        if issues or isinstance(normalised, InputIssue) or isinstance(number, InputIssue):
            return self._refuse(tuple(issues))
        contact_value = normalised.value
        key = self._keys.key_for(UserAction.REQUEST_RECOVERY, (channel, contact_value, number))
        captcha = self._captcha(captcha_answer)

        def answered(started: RecoveryStarted) -> FlowState:
            self._keys.completed(UserAction.REQUEST_RECOVERY)
            self._secrets.forget()
            return transitions.recovery_started(self.state, started, self._clock.now())

        await self._calls.run(
            UserAction.REQUEST_RECOVERY,
            lambda: self._client.request_recovery(
                contact_value, channel, login=number, captcha=captcha, idempotency_key=key
            ),
            answered,
            transitions.recovery_request_failed,
        )
        return self._keep_draft()

    async def resend(self) -> FlowState:
        """«Отправить код ещё раз»: a new code; the earlier ones of this request stop working."""
        delivery = self.state.delivery
        if not self._on(Step.CODE) or delivery is None or self.state.recovery_over:
            return self.state
        self._last_action = self.resend

        def answered(resent: CodeResent) -> FlowState:
            return transitions.code_resent(self.state, resent, self._clock.now())

        await self._calls.run(
            UserAction.RESEND_CODE,
            lambda: self._client.resend_code(delivery.recovery_id),
            answered,
            transitions.resend_failed,
        )
        return self._keep_draft()

    async def verify(self, code_or_link: str) -> FlowState:
        """The code typed, or the whole link pasted from the message (mail-client noise and all)."""
        delivery = self.state.delivery
        if not self._on(Step.CODE) or delivery is None or self.state.recovery_over:
            return self.state
        self._last_action = lambda: self.verify(code_or_link)
        read = read_code_field(code_or_link, code_length=delivery.code_length)
        if isinstance(read, InputIssue):
            return self._refuse((read,))
        if isinstance(read, RecoveryLink) and read.recovery_id != delivery.recovery_id:
            return self._refuse((InputIssue(Field.CODE, IssueCode.LINK_OF_OTHER_REQUEST),))
        proof = read if isinstance(read, Code) else read.link_token
        return await self._verify(delivery.recovery_id, proof)

    async def open_link(self, link: str) -> FlowState:
        """A recovery link handed to the app from outside (a link handler, the demo inbox)."""
        parsed = parse_recovery_link(link)
        if not isinstance(parsed, RecoveryLink):
            return self._refuse((InputIssue(Field.CODE, IssueCode.LINK_UNREADABLE),))
        self._last_action = lambda: self.open_link(link)
        policy = await self._ensure_policy()
        if policy is None:
            return self.state
        delivery = self.state.delivery
        if delivery is None or delivery.recovery_id != parsed.recovery_id:
            # A request this app did not make: its times are unknown, the policy bounds them.
            now = self._clock.now()
            delivery = CodeDelivery(
                recovery_id=parsed.recovery_id,
                channel=Channel.EMAIL,  # links come by e-mail only
                destination_masked="",
                code_length=policy.code_length,
                sent_at=now,
                valid_until=now + policy.code_ttl,
                resend_available_at=now,
            )
        self._move(Step.CODE, delivery=delivery, recovery_over=None)
        return await self._verify(parsed.recovery_id, parsed.link_token)

    async def _verify(self, recovery_id: str, proof: Code | LinkToken) -> FlowState:
        def send() -> ResetGranted | IdentityAsked:
            self._policy.fetch()  # the next pages need it: fetched before the code is spent
            return self._client.verify_recovery(recovery_id, proof)

        def answered(answer: ResetGranted | IdentityAsked) -> FlowState:
            if isinstance(answer, ResetGranted):
                self._secrets.reset_token = answer.reset_token
            else:
                self._secrets.identity_token = answer.identity_token
            return transitions.verified(self.state, answer, self._clock.now())

        await self._calls.run(UserAction.VERIFY, send, answered, transitions.verify_failed)
        return self._keep_draft()

    async def answer_identity(
        self, answers: Mapping[str, str], *, consent_given: bool
    ) -> FlowState:
        """The identity page: the consent to personal data (the policy's version) and answers."""
        recovery_id, token = self.state.recovery_id, self._secrets.identity_token
        if not self._on(Step.IDENTITY) or recovery_id is None or token is None:
            return self.state
        typed = dict(answers)
        self._last_action = lambda: self.answer_identity(typed, consent_given=consent_given)
        policy = await self._ensure_policy()
        if policy is None:
            return self.state
        checked = identity_answers(self.state.identity_questions, typed)
        issues = [
            *([InputIssue(Field.CONSENT, IssueCode.CONSENT_MISSING)] if not consent_given else []),
            *(checked if isinstance(checked, tuple) else ()),
        ]
        if issues or isinstance(checked, tuple):
            return self._refuse(tuple(issues))
        sent_answers, consent_version = checked, policy.consent.version

        def send() -> ResetGranted:
            try:
                return self._client.answer_identity(
                    recovery_id, token, sent_answers, consent_version
                )
            except problems.ConsentRequired:
                self._policy.fetch(refresh=True)  # the page must show the new text
                raise

        def answered(granted: ResetGranted) -> FlowState:
            self._secrets.identity_token = None
            self._secrets.reset_token = granted.reset_token
            return transitions.reset_granted(self.state, granted, self._clock.now())

        await self._calls.run(
            UserAction.ANSWER_IDENTITY, send, answered, transitions.identity_failed
        )
        return self._keep_draft()

    async def set_new_password(self, new_password: str, repeated: str) -> FlowState:
        """The new password typed twice; checked against the policy here, then by the service."""
        state = self.state
        recovery_id, token = state.recovery_id, self._secrets.reset_token
        if not self._on(Step.NEW_PASSWORD) or recovery_id is None or token is None:
            return state
        self._last_action = lambda: self.set_new_password(new_password, repeated)
        policy = await self._ensure_policy()
        if policy is None:
            return self.state
        several = len(state.accounts) > 1
        issues = [
            *check_new_password(new_password, repeated, policy.password, self._logins()).issues(),
            *(
                [InputIssue(Field.ACCOUNT, IssueCode.REQUIRED)]
                if several and state.chosen_account is None
                else []
            ),
        ]
        if issues:
            return self._refuse(tuple(issues))
        account_id = state.chosen_account.id if several and state.chosen_account else None
        secret = Password(new_password)

        def answered(_: None) -> FlowState:
            self._secrets.forget()
            self._secrets.new_password = secret  # for «войти с новым паролем», in memory only
            return transitions.password_set(self.state, self._login_after_recovery())

        await self._calls.run(
            UserAction.SET_PASSWORD,
            lambda: self._client.set_password(recovery_id, token, secret, account_id=account_id),
            answered,
            transitions.password_failed,
        )
        return self._keep_draft()

    # --- support -----------------------------------------------------------------------------

    async def go_support(self) -> FlowState:
        """The support page, from any page: the service's contacts and a request form."""
        if self.state.step is not Step.SUPPORT:
            self._move(Step.SUPPORT, return_step=self._came_from(), support_ticket=None)
        if self.state.support_contacts is not None:
            return self.state
        self._last_action = self.go_support

        def answered(contacts: SupportContacts) -> FlowState:
            return replace(self.state, support_contacts=contacts, problem=None)

        return await self._calls.run(
            UserAction.LOAD_SUPPORT_CONTACTS,
            self._client.get_support_contacts,
            answered,
            transitions.failed,
        )

    def support_diagnostics(self, locale: str) -> Diagnostics:
        """Exactly what a support request will send about the app (shown on the form)."""
        return diagnostics_for(
            self.state,
            locale=locale,
            request_ids=self._client.recent_request_ids(),
            app_version=self._app_version,
        )

    async def send_support_request(
        self, *, name: str, contact: str, subject: str, description: str, locale: str
    ) -> FlowState:
        """The request form; offline, the same request is sent again by `retry()`."""
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
            return self._refuse(issues)
        text = (name.strip(), contact.strip(), subject.strip(), description.strip())
        key, request = self._support_requests.pending(text, self.support_diagnostics(locale))

        def answered(ticket: SupportTicket) -> FlowState:
            self._support_requests.sent()
            return replace(self.state, support_ticket=ticket, problem=None, input_issues=())

        return await self._calls.run(
            UserAction.SEND_SUPPORT_REQUEST,
            lambda: self._client.create_support_ticket(request, idempotency_key=key),
            answered,
            transitions.failed,
        )

    # --- plumbing ----------------------------------------------------------------------------

    def _move(self, step: Step, **changes: object) -> FlowState:
        """The user goes to another page: a call still under way is dropped."""
        self._calls.leave()
        return self._feed.publish(transitions.moved(self.state, step, **changes))

    def _new_request(self, **changes: object) -> FlowState:
        self._secrets.forget()
        self._drafts.clear()
        return self._move(
            Step.FORGOT,
            **changes,
            delivery=None,
            recovery_over=None,
            resumed=False,
            identity_questions=(),
            accounts=(),
            chosen_account=None,
            reset_valid_until=None,
            lock=None,
        )

    def _refuse(self, issues: tuple[InputIssue, ...]) -> FlowState:
        """What was typed cannot be sent: the page shows the issues, nothing is called."""
        return self._feed.publish(replace(self.state, input_issues=issues, problem=None))

    async def _ensure_policy(self) -> Policy | None:
        """The policy (fetched at most once per run); None when it could not be fetched."""
        if self._policy.known is not None:
            return self._policy.known
        loop = asyncio.get_running_loop()

        def fetch() -> Policy:
            policy = self._policy.fetch()
            # A move to another page drops this call's answer: the policy still reaches the state.
            loop.call_soon_threadsafe(self._show_policy)
            return policy

        def answered(policy: Policy) -> FlowState:
            return replace(self.state, policy=policy, problem=None)

        await self._calls.run(UserAction.LOAD_POLICY, fetch, answered, transitions.failed)
        return self._policy.known

    def _show_policy(self) -> None:
        self._feed.publish(self.state)  # the feed completes every state with the known policy

    def _with_policy(self, state: FlowState) -> FlowState:
        policy = self._policy.known
        return state if state.policy is policy or policy is None else replace(state, policy=policy)

    def _on(self, step: Step) -> bool:
        if self.state.step is step:
            return True
        log.warning("an action of the %s page came on the %s page; ignored", step, self.state.step)
        return False

    def _came_from(self) -> Step:
        state = self.state
        if state.step in (Step.SUPPORT, Step.DOCUMENTS):
            return state.return_step or Step.LOGIN
        return state.step

    def _captcha(self, answer: str) -> CaptchaAnswer | None:
        captcha = self.state.captcha
        if captcha is None or not answer.strip():
            return None
        return CaptchaAnswer(captcha.id, answer.strip())

    def _captcha_issues(self, answer: str) -> list[InputIssue]:
        if self.state.captcha is not None and not answer.strip():
            return [InputIssue(Field.CAPTCHA, IssueCode.REQUIRED)]
        return []

    def _logins(self) -> tuple[str, ...]:
        """What the user is known by, as typed and normalised (for «не логин»)."""
        state = self.state
        known = [state.login, normalised_login(state.login), state.contact]
        contact = recovery_contact(state.channel, state.contact)
        if not isinstance(contact, InputIssue):
            known.append(contact.value)
        return tuple(login for login in known if login.strip())

    def _login_after_recovery(self) -> str:
        """The login prefilled on the done page: the one typed, else the contact proven."""
        state = self.state
        return state.login if state.login.strip() else state.contact

    def _keep_draft(self) -> FlowState:
        """Saved while the code page shows a live recovery; removed once the code is spent or
        the request is over."""
        state = self.state
        draft = draft_of(state)
        if draft is not None:
            try:
                self._drafts.save(draft)
            except OSError as error:
                log.warning("the recovery draft could not be saved (%s); going on", error)
        elif state.step in _DRAFT_ENDS or state.recovery_over is not None:
            self._drafts.clear()
        return state
