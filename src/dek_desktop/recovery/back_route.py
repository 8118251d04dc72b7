"""Where Back leads from each page; None where going back makes no sense (the code is spent)."""

from __future__ import annotations

from .flow_state import FlowState
from .step import Step

_BACK: dict[Step, Step | None] = {
    Step.LOGIN: None,
    Step.FORGOT: Step.LOGIN,
    Step.CODE: Step.FORGOT,
    Step.IDENTITY: None,
    Step.ACCOUNT_CHOICE: None,
    Step.NEW_PASSWORD: None,
    Step.DONE: None,
    Step.SIGNED_IN: None,
    Step.BLOCKED: Step.LOGIN,
    Step.CONTACTS: Step.SIGNED_IN,
}


def back_step(state: FlowState) -> Step | None:
    if state.step in (Step.SUPPORT, Step.DOCUMENTS):
        return state.return_step or Step.LOGIN
    if state.step is Step.NEW_PASSWORD and len(state.accounts) > 1:
        return Step.ACCOUNT_CHOICE
    return _BACK[state.step]
