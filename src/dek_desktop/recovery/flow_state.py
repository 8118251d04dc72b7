"""Everything a page needs to draw itself, as one frozen value; never a secret.

Passwords, codes, link tokens, reset and identity tokens and identity answers are held by the
flow in memory (`HeldSecrets`), never here: a state may be logged, compared or shown.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from dek_desktop.api.models import (
    Account,
    AccountChoice,
    Captcha,
    IdentityQuestion,
    Policy,
    SupportContacts,
    SupportTicket,
)
from dek_desktop.api.vocabulary import Action, ApplicationReason, Channel, LockReason

from .input_issue import InputIssue
from .page_problem import PageProblem
from .step import Step, UserAction


class RecoveryOver(StrEnum):
    """The recovery request cannot go on: the code page offers to start again."""

    EXPIRED = "expired"  # the code, link or reset window ran out
    LOCKED = "locked"  # too many wrong codes


@dataclass(frozen=True)
class CodeDelivery:
    """Where the code went and its times (aware datetimes from the answer's durations)."""

    recovery_id: str
    channel: Channel
    destination_masked: str
    code_length: int
    sent_at: datetime
    valid_until: datetime
    resend_available_at: datetime
    resent: bool = False  # then: use the code from the newest message, sent at `sent_at`


@dataclass(frozen=True)
class AccountLock:
    reason: LockReason
    locked_until: datetime | None
    actions: tuple[Action, ...]


@dataclass(frozen=True)
class FlowState:
    step: Step = Step.LOGIN
    busy: UserAction | None = None  # a call is under way; the page shows it and may cancel

    # What the user typed (kept when going back and forth; secrets aside)
    login: str = ""
    channel: Channel = Channel.EMAIL
    contact: str = ""
    account_number: str = ""

    # The recovery request
    delivery: CodeDelivery | None = None
    recovery_over: RecoveryOver | None = None
    resumed: bool = False  # continued from a draft after the app was closed

    attempts_left: int | None = None  # of the secret the current page asks for
    captcha: Captcha | None = None  # the picture to answer with the current page's action
    lock: AccountLock | None = None
    identity_questions: tuple[IdentityQuestion, ...] = ()
    accounts: tuple[AccountChoice, ...] = ()
    chosen_account: AccountChoice | None = None
    reset_valid_until: datetime | None = None
    password_violations: tuple[str, ...] = ()
    signed_in: Account | None = None

    # Documents and support pages
    documents_reason: ApplicationReason | None = None
    return_step: Step | None = None  # where Back leads from support and documents
    support_contacts: SupportContacts | None = None
    support_ticket: SupportTicket | None = None

    # What went wrong
    input_issues: tuple[InputIssue, ...] = ()
    problem: PageProblem | None = None  # the current page's problem, None once it is over
    last_problem_type: str | None = None  # kept across pages for the support diagnostics

    policy: Policy | None = field(default=None, repr=False)  # every limit comes from here

    @property
    def recovery_id(self) -> str | None:
        return self.delivery.recovery_id if self.delivery else None

    @property
    def destination_masked(self) -> str | None:
        return self.delivery.destination_masked if self.delivery else None

    @property
    def code_sent_at(self) -> datetime | None:
        return self.delivery.sent_at if self.delivery else None

    @property
    def code_valid_until(self) -> datetime | None:
        return self.delivery.valid_until if self.delivery else None

    @property
    def resend_available_at(self) -> datetime | None:
        return self.delivery.resend_available_at if self.delivery else None

    @property
    def can_retry(self) -> bool:
        return self.problem is not None and self.problem.retryable and self.busy is None
