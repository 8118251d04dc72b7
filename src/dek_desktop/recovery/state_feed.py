"""The current `FlowState` and who listens to it: a signal-free hook a Qt page can connect."""

from __future__ import annotations

import logging
from collections.abc import Callable

from .flow_state import FlowState

log = logging.getLogger("dek_desktop.recovery")

Listener = Callable[[FlowState], None]


class StateFeed:
    def __init__(self, first: FlowState, complete: Callable[[FlowState], FlowState]) -> None:
        """`complete` adds what every published state carries (the policy, once known)."""
        self._state = first
        self._complete = complete
        self._listeners: list[Listener] = []

    @property
    def state(self) -> FlowState:
        return self._state

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def publish(self, state: FlowState) -> FlowState:
        """Makes `state` current and tells every listener, unless nothing changed."""
        state = self._complete(state)
        if state == self._state:
            return self._state
        if state.step is not self._state.step:
            log.info("recovery flow: %s -> %s", self._state.step.value, state.step.value)
        self._state = state
        for listener in tuple(self._listeners):
            listener(state)
        return state
