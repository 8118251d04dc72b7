"""The service calls of the documents page: in a worker thread, shown busy, failures in words
the page translates, one Idempotency-Key per user action (reused for its retries)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Hashable
from typing import TypeVar

from dek_desktop.api.api_error import ApiError
from dek_desktop.api.models import IdempotencyKey
from dek_desktop.recovery import Clock, InputIssue
from dek_desktop.recovery.page_problem import page_problem

from .application_state import ApplicationAction, ApplicationFlowState
from .state_feed import ApplicationStateFeed

log = logging.getLogger("dek_desktop.applications")

T = TypeVar("T")


class ApplicationCalls:
    def __init__(self, feed: ApplicationStateFeed, clock: Clock) -> None:
        self._feed = feed
        self._clock = clock
        self._keys: dict[ApplicationAction, tuple[Hashable, IdempotencyKey]] = {}

    async def run(self, action: ApplicationAction, call: Callable[[], T]) -> T:
        """Busy while `call` runs; raises its ApiError (busy cleared) for the caller to word."""
        self._feed.update(busy=action, problem=None, input_issues=())
        try:
            return await asyncio.to_thread(call)
        finally:
            self._feed.update(busy=None)

    def failed(self, failure: ApiError, **changes: object) -> ApplicationFlowState:
        log.info("documents page: %s", type(failure).__name__)
        problem = page_problem(failure, self._clock.now())
        return self._feed.update(busy=None, problem=problem, input_issues=(), **changes)

    def refuse(self, issues: tuple[InputIssue, ...]) -> ApplicationFlowState:
        """What was typed cannot be sent: the page shows why, nothing is called."""
        return self._feed.update(input_issues=issues, problem=None)

    def key_for(self, action: ApplicationAction, inputs: Hashable) -> IdempotencyKey:
        held = self._keys.get(action)
        if held is not None and held[0] == inputs:
            return held[1]
        key = IdempotencyKey()
        self._keys[action] = (inputs, key)
        return key

    def succeeded(self, action: ApplicationAction) -> None:
        """The action's key is spent: pressing the button again is a new action."""
        self._keys.pop(action, None)
