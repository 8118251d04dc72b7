"""«Код не пришёл?» → the other channel: a new request by SMS instead of e-mail (or back)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from dek_desktop.api import Channel, RecoveryClient
from dek_desktop.recovery import DraftStore, RecoveryFlow, Step
from tests.conftest import RunningService
from tests.recovery.conftest import QUICK_RETRY
from tests.recovery.scenario import request_code


async def test_the_other_channel_leads_to_a_fresh_request_page_by_sms(
    flow: RecoveryFlow, service: RunningService
) -> None:
    await flow.start()
    on_code = await request_code(flow, "active", Channel.EMAIL)
    assert flow.saved_draft() is not None

    forgot = flow.try_other_channel()

    assert forgot.step is Step.FORGOT
    assert forgot.channel is Channel.SMS
    assert forgot.contact == ""  # the e-mail address is no phone number
    assert forgot.delivery is None
    assert flow.saved_draft() is None  # nothing left to continue on the code page
    again = await flow.start_recovery(Channel.SMS, "8 914 100-00-01")
    assert again.step is Step.CODE
    assert again.recovery_id != on_code.recovery_id
    assert again.destination_masked == "+7 914 ***-**-01"
    assert flow.try_other_channel().channel is Channel.EMAIL


async def test_the_flow_reads_the_time_from_its_clock(
    flow: RecoveryFlow, service: RunningService
) -> None:
    assert flow.clock.now() == service.clock.now()
    service.clock.advance(42)
    assert flow.clock.now() == service.clock.now()


async def test_with_one_channel_in_the_policy_there_is_no_other(
    service_factory: Callable[..., RunningService], tmp_path: Path
) -> None:
    email_only = service_factory(channels=("email",))
    with RecoveryClient(email_only.base_url, retry=QUICK_RETRY) as client:
        flow = RecoveryFlow(client, DraftStore(tmp_path / "drafts"), clock=email_only.clock)
        await flow.start()
        on_code = await request_code(flow, "active", Channel.EMAIL)

        assert flow.try_other_channel() == on_code
