"""The documents page's current state and who listens to it (the page, tests)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace

from .application_state import ApplicationFlowState

log = logging.getLogger("dek_desktop.applications")

Listener = Callable[[ApplicationFlowState], None]


class ApplicationStateFeed:
    def __init__(self) -> None:
        self._state = ApplicationFlowState()
        self._listeners: list[Listener] = []

    @property
    def state(self) -> ApplicationFlowState:
        return self._state

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def publish(self, state: ApplicationFlowState) -> ApplicationFlowState:
        """Makes `state` current and tells every listener, unless nothing changed."""
        if state == self._state:
            return self._state
        if state.view is not self._state.view:
            log.info("documents page: %s -> %s", self._state.view.value, state.view.value)
        self._state = state
        for listener in tuple(self._listeners):
            listener(state)
        return state

    def update(self, **changes: object) -> ApplicationFlowState:
        return self.publish(replace(self._state, **changes))  # type: ignore[arg-type]
