"""One Idempotency-Key per user action, reused for every retry of that action.

A retry is the same action with the same inputs (a captcha answer is not an input: the service
leaves it out of the comparison). Once the action succeeded its key is dropped, so pressing the
button again later is a new action with a new key.
"""

from __future__ import annotations

from collections.abc import Hashable

from dek_desktop.api.models import IdempotencyKey

from .step import UserAction


class ActionKeys:
    def __init__(self) -> None:
        self._keys: dict[UserAction, tuple[Hashable, IdempotencyKey]] = {}

    def key_for(self, action: UserAction, inputs: Hashable) -> IdempotencyKey:
        held = self._keys.get(action)
        if held is not None and held[0] == inputs:
            return held[1]
        key = IdempotencyKey()
        self._keys[action] = (inputs, key)
        return key

    def completed(self, action: UserAction) -> None:
        self._keys.pop(action, None)
