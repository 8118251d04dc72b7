"""A blocked account's owner proves the contact: the code page tells the lock and its ways out."""

from __future__ import annotations

import pytest

from dek_desktop.api import Action, LockReason
from dek_desktop.recovery import DraftStore, RecoveryFlow, Step
from dek_recovery_service.lock_reasons import ALLOWED_ACTIONS
from dek_recovery_service.lock_reasons import LockReason as ServiceLockReason
from dek_recovery_service.seed import demo_account
from tests.conftest import RunningService
from tests.recovery.scenario import code_for, request_code


@pytest.mark.parametrize("key", ["compromised", "suspicious", "terms", "recovery_violation"])
async def test_a_lock_without_recover_blocks_after_the_code(
    flow: RecoveryFlow, service: RunningService, drafts: DraftStore, key: str
) -> None:
    await request_code(flow, key)

    blocked = await flow.verify(code_for(service, key))

    assert blocked.step is Step.BLOCKED
    assert blocked.lock is not None
    reason = demo_account(key).lock_reason or ""
    assert blocked.lock.reason is LockReason(reason)
    service_actions = ALLOWED_ACTIONS[ServiceLockReason(reason)]
    assert blocked.lock.actions == tuple(Action(action) for action in service_actions)
    assert drafts.load() is None


async def test_a_dormant_account_recovers_by_code_and_signs_in(
    flow: RecoveryFlow, service: RunningService
) -> None:
    blocked = await flow.sign_in(demo_account("dormant").number, demo_account("dormant").password)
    assert blocked.lock is not None and blocked.lock.actions == (Action.RECOVER,)
    flow.go_forgot()
    await flow.start_recovery(blocked.channel, demo_account("dormant").email or "")

    on_password = await flow.verify(code_for(service, "dormant"))
    assert on_password.step is Step.NEW_PASSWORD
    await flow.set_new_password("Сахалинский-туман-7", "Сахалинский-туман-7")

    signed_in = await flow.sign_in_with_new_password()
    assert signed_in.step is Step.SIGNED_IN  # the password change cleared the inactivity lock
    assert signed_in.login == demo_account("dormant").number  # typed on the login page
