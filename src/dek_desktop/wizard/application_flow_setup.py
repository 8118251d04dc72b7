"""The documents page's `ApplicationFlow` as the running app makes it: beside the recovery
flow (whose policy and clock it shares), its draft next to the recovery draft (memory only in
kiosk mode), its tokens in the keychain, the computer kept awake the platform's way."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from ..api import RecoveryClient
from ..applications import ApplicationDraftStore, ApplicationFlow, EphemeralApplicationDraftStore
from ..i18n.language_switch import LanguageSwitch
from ..keychain import Keychain
from ..recovery import RecoveryFlow
from .logind_keep_awake import keep_awake_for_this_computer


class _RecoveryFlowClock:
    """Whatever clock the recovery flow uses now (tests give it the service's)."""

    def __init__(self, flow: RecoveryFlow) -> None:
        self._flow = flow

    def now(self) -> datetime:
        return self._flow.clock.now()


def application_flow_for(
    client: RecoveryClient,
    recovery: RecoveryFlow,
    keychain: Keychain,
    language: LanguageSwitch,
    *,
    kiosk: bool,
    draft_dir: Path | None,
) -> ApplicationFlow:
    drafts = EphemeralApplicationDraftStore() if kiosk else ApplicationDraftStore(draft_dir)
    return ApplicationFlow(
        client,
        drafts,
        keychain,
        keep_awake=keep_awake_for_this_computer(),
        clock=_RecoveryFlowClock(recovery),
        known_policy=lambda: recovery.state.policy,
        language=lambda: "en" if language.language == "en" else "ru",
    )
