"""Blocking client calls in worker threads: busy while they run, cancellable, and an answer that
arrives after the user moved on is dropped."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Any, TypeVar

from dek_desktop.api.api_error import ApiError

from .clock import Clock
from .flow_state import FlowState
from .state_feed import StateFeed
from .step import UserAction

log = logging.getLogger("dek_desktop.recovery")

T = TypeVar("T")


class WorkerCalls:
    def __init__(self, feed: StateFeed, clock: Clock) -> None:
        self._feed = feed
        self._clock = clock
        self._generation = 0  # bumped by every call and every departure; older answers drop
        self._running: asyncio.Task[Any] | None = None

    async def run(
        self,
        action: UserAction,
        call: Callable[[], T],
        on_answer: Callable[[T], FlowState],
        on_failure: Callable[[FlowState, ApiError, datetime], FlowState],
    ) -> FlowState:
        """Runs `call` off the event loop; publishes busy, then the answer's or problem's state."""
        self._generation += 1
        generation = self._generation
        self._running = asyncio.current_task()
        feed = self._feed
        feed.publish(replace(feed.state, busy=action))
        try:
            answer = await asyncio.to_thread(call)
        except ApiError as failure:
            if generation != self._generation:
                return feed.state
            log.info("%s on %s: %s", action.value, feed.state.step.value, type(failure).__name__)
            return feed.publish(on_failure(feed.state, failure, self._clock.now()))
        except asyncio.CancelledError:
            if generation == self._generation:
                feed.publish(replace(feed.state, busy=None))
            raise
        finally:
            if generation == self._generation:
                self._running = None
        if generation != self._generation:
            return feed.state
        return feed.publish(replace(on_answer(answer), busy=None))

    def use_clock(self, clock: Clock) -> None:
        self._clock = clock

    def cancel(self) -> None:
        """The page's Cancel: the call under way ends with CancelledError, the page stays."""
        if self._running is not None and not self._running.done():
            self._running.cancel()

    def leave(self) -> None:
        """The user moves on: the call under way is cancelled and its answer dropped."""
        self._generation += 1
        running, self._running = self._running, None
        if running is not None and not running.done():
            running.cancel()
