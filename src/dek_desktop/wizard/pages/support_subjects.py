"""The subject a support request starts with: what the user was doing on the page they asked
for help from (they may change it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...recovery import FlowState, Step
from .lock_reason_texts import lock_reason_title

translate = QCoreApplication.translate


def subject_for(state: FlowState) -> str:
    step = state.return_step or Step.LOGIN
    if step is Step.BLOCKED and state.lock is not None:
        reason = lock_reason_title(str(state.lock.reason))
        return translate("SupportSubjects", "The account is blocked: %1").replace(
            "%1", reason[:1].lower() + reason[1:]
        )
    subjects = {
        Step.LOGIN: translate("SupportSubjects", "I cannot sign in to my personal account"),
        Step.FORGOT: translate("SupportSubjects", "I cannot ask for a recovery code"),
        Step.CODE: translate("SupportSubjects", "The code does not come or does not fit"),
        Step.ACCOUNT_CHOICE: translate("SupportSubjects", "Choosing my account"),
        Step.IDENTITY: translate("SupportSubjects", "Questions to check my identity"),
        Step.NEW_PASSWORD: translate("SupportSubjects", "I cannot set a new password"),
        Step.DONE: translate("SupportSubjects", "Signing in after changing the password"),
        Step.SIGNED_IN: translate("SupportSubjects", "A question about my personal account"),
        Step.BLOCKED: translate("SupportSubjects", "The account is blocked"),
        Step.DOCUMENTS: translate("SupportSubjects", "Restoring access with documents"),
        Step.CONTACTS: translate("SupportSubjects", "Updating my e-mail or phone"),
    }
    return subjects.get(step, translate("SupportSubjects", "A question about my personal account"))
