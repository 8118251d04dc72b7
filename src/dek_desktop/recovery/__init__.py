"""The recovery flow as plain async Python (no Qt): steps, what comes next, the draft.

A Qt page asks `RecoveryFlow` what to show (`flow.state.step`) and calls one async method per
user action; it never decides the route itself.
"""

from .back_route import back_step
from .clock import Clock, SystemClock
from .draft import Draft
from .draft_store import DraftKeeping, DraftStore, EphemeralDraftStore
from .flow import RecoveryFlow
from .flow_state import AccountLock, CodeDelivery, FlowState, RecoveryOver
from .input_issue import Field, InputIssue, IssueCode, answer_field
from .page_problem import PageProblem, ProblemKind
from .password_checklist import PasswordChecklist, check_new_password
from .step import Step, UserAction

__all__ = [
    "AccountLock",
    "Clock",
    "CodeDelivery",
    "Draft",
    "DraftKeeping",
    "DraftStore",
    "EphemeralDraftStore",
    "Field",
    "FlowState",
    "InputIssue",
    "IssueCode",
    "PageProblem",
    "PasswordChecklist",
    "ProblemKind",
    "RecoveryFlow",
    "RecoveryOver",
    "Step",
    "SystemClock",
    "UserAction",
    "answer_field",
    "back_step",
    "check_new_password",
]
