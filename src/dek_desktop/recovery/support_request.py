"""What a support request sends: the user's text and the app's diagnostics, never a secret."""

from __future__ import annotations

import platform
from importlib import metadata

from dek_desktop.api.models import Diagnostics, IdempotencyKey, SupportRequest

from .action_keys import ActionKeys
from .flow_state import FlowState
from .step import Step, UserAction

DISTRIBUTION = "dek-desktop"


def installed_app_version() -> str:
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return "unknown"


def diagnostics_for(
    state: FlowState, *, locale: str, request_ids: tuple[str, ...], app_version: str
) -> Diagnostics:
    """`step` is the page the user asked for help from, not the support page itself."""
    step = state.return_step if state.step is Step.SUPPORT and state.return_step else state.step
    return Diagnostics(
        app_version=app_version,
        os=platform.platform(terse=True),
        locale=locale,
        step=step.value,
        last_problem_type=state.last_problem_type,
        last_request_ids=request_ids,
    )


class SupportRequests:
    """One request per user action: a retry sends the very same body (diagnostics included)
    under the same Idempotency-Key, so a lost answer is replayed, not refused as reused."""

    def __init__(self, keys: ActionKeys) -> None:
        self._keys = keys
        self._pending: tuple[IdempotencyKey, SupportRequest] | None = None

    def pending(
        self, text: tuple[str, str, str, str], diagnostics: Diagnostics
    ) -> tuple[IdempotencyKey, SupportRequest]:
        """`text`: name, contact, subject, description as the user typed them (trimmed)."""
        key = self._keys.key_for(UserAction.SEND_SUPPORT_REQUEST, text)
        if self._pending is None or self._pending[0] != key:
            name, contact, subject, description = text
            request = SupportRequest(name, contact, subject, description, diagnostics)
            self._pending = (key, request)
        return self._pending

    def sent(self) -> None:
        self._keys.completed(UserAction.SEND_SUPPORT_REQUEST)
        self._pending = None
