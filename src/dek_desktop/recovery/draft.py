"""The part of a recovery that survives a closed window: enough to show the code page again.

Never a password, code, link, token or identity answer; not the contact as typed either (the
masked destination is enough to recognise it, and the file need not hold personal data).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from dek_desktop.api.vocabulary import Channel

from .flow_state import FlowState
from .step import Step

DRAFT_FORMAT = "dek-desktop/recovery-draft"
DRAFT_VERSION = 1


class DraftUnreadable(ValueError):
    """The JSON is not a draft of this version."""


@dataclass(frozen=True)
class Draft:
    recovery_id: str
    step: Step
    channel: Channel
    destination_masked: str
    code_length: int
    code_sent_at: datetime
    code_valid_until: datetime
    resend_available_at: datetime

    def to_json(self) -> dict[str, Any]:
        return {
            "format": DRAFT_FORMAT,
            "version": DRAFT_VERSION,
            "recovery_id": self.recovery_id,
            "step": self.step.value,
            "channel": self.channel.value,
            "destination_masked": self.destination_masked,
            "code_length": self.code_length,
            "code_sent_at": self.code_sent_at.isoformat(),
            "code_valid_until": self.code_valid_until.isoformat(),
            "resend_available_at": self.resend_available_at.isoformat(),
        }

    @classmethod
    def from_json(cls, data: object) -> Draft:
        if not isinstance(data, dict):
            raise DraftUnreadable("not an object")
        if data.get("format") != DRAFT_FORMAT or data.get("version") != DRAFT_VERSION:
            raise DraftUnreadable("another format or version")
        try:
            return cls(
                recovery_id=_text(data, "recovery_id"),
                step=Step(_text(data, "step")),
                channel=Channel(_text(data, "channel")),
                destination_masked=_text(data, "destination_masked"),
                code_length=_count(data, "code_length"),
                code_sent_at=_moment(data, "code_sent_at"),
                code_valid_until=_moment(data, "code_valid_until"),
                resend_available_at=_moment(data, "resend_available_at"),
            )
        except ValueError as error:
            raise DraftUnreadable(str(error)) from error


def draft_of(state: FlowState) -> Draft | None:
    """The draft of a code page showing a live recovery; None on any other page."""
    delivery = state.delivery
    if state.step is not Step.CODE or delivery is None or state.recovery_over is not None:
        return None
    return Draft(
        recovery_id=delivery.recovery_id,
        step=state.step,
        channel=delivery.channel,
        destination_masked=delivery.destination_masked,
        code_length=delivery.code_length,
        code_sent_at=delivery.sent_at,
        code_valid_until=delivery.valid_until,
        resend_available_at=delivery.resend_available_at,
    )


def _text(data: dict[str, Any], key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value:
        raise DraftUnreadable(f"{key}: not a text")
    return value


def _count(data: dict[str, Any], key: str) -> int:
    value = data.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        raise DraftUnreadable(f"{key}: not a positive whole number")
    return value


def _moment(data: dict[str, Any], key: str) -> datetime:
    moment = datetime.fromisoformat(_text(data, key))
    if moment.tzinfo is None:
        raise DraftUnreadable(f"{key}: no time zone")
    return moment
