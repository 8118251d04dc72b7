"""No password, code, link token or identity answer ever reaches the draft file or a state."""

from __future__ import annotations

import re

from dek_desktop.api import Channel
from dek_desktop.recovery import DraftStore, FlowState, RecoveryFlow, Step
from dek_recovery_service.seed import demo_account
from tests.conftest import RunningService
from tests.recovery.scenario import contact_of, newest_message, request_code

NEW_PASSWORD = "Маяк-Эгершельд-1876"


class Witness:
    """Every published state, and the draft file's bytes at that moment."""

    def __init__(self, flow: RecoveryFlow, drafts: DraftStore) -> None:
        self.states: list[FlowState] = []
        self.files: list[bytes] = []
        self._drafts = drafts
        flow.subscribe(self._seen)

    def _seen(self, state: FlowState) -> None:
        self.states.append(state)
        if self._drafts.path.exists():
            self.files.append(self._drafts.path.read_bytes())

    def assert_never_holds(self, secrets: list[str]) -> None:
        assert self.files, "the draft was never written"
        for secret in secrets:
            encoded = secret.encode("utf-8")
            assert not any(encoded in file for file in self.files), secret
            assert not any(secret in repr(state) for state in self.states), secret


async def test_a_recovery_with_identity_questions_leaves_no_secret_behind(
    flow: RecoveryFlow, service: RunningService, drafts: DraftStore
) -> None:
    witness = Witness(flow, drafts)
    account = demo_account("identity")
    email = contact_of("identity", Channel.EMAIL)

    await flow.sign_in(account.number, "Старый-пароль-не-тот")
    await request_code(flow, "identity")
    wrong_code = await flow.verify("000000")
    assert wrong_code.attempts_left is not None
    service.clock.advance(60)
    await flow.resend()
    message = newest_message(service, email)
    link_token = re.findall(r"[#&]t=([^&]+)", message["link"])[0]
    await flow.verify(message["link"])
    answers = account.identity_answers
    assert (await flow.answer_identity(answers, consent_given=True)).step is Step.NEW_PASSWORD
    await flow.set_new_password(NEW_PASSWORD, NEW_PASSWORD)
    assert (await flow.sign_in_with_new_password()).step is Step.SIGNED_IN

    codes = [m["code"] for m in service.outbox() if m["to"] == email and m["code"]]
    assert len(codes) == 2
    witness.assert_never_holds(
        [*codes, link_token, NEW_PASSWORD, "Старый-пароль-не-тот", *answers.values()]
    )
    # The contact as typed is shown back to the user, but never written to the draft.
    assert not any(email.encode() in file for file in witness.files)
