"""Unexpected errors: logged in full, and told to the user calmly, once, in plain words.

Installed as `sys.excepthook` (exceptions in Qt slots and qasync's asyncSlots end there) and
as the asyncio loop's exception handler (a task's exception nobody awaited). A cancelled task
is normal, not an error. The app goes on: one faulty button must not end the recovery.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Mapping
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication

from .dialogs import Dialogs

log = logging.getLogger("dek_desktop")
translate = QCoreApplication.translate


class CalmErrors:
    def __init__(self, dialogs: Dialogs) -> None:
        self._dialogs = dialogs
        self._telling = False
        self.reported: list[BaseException] = []

    def install(self, loop: asyncio.AbstractEventLoop) -> None:
        sys.excepthook = self.excepthook
        loop.set_exception_handler(self.loop_exception)

    def excepthook(
        self,
        kind: type[BaseException],
        error: BaseException,
        traceback: TracebackType | None,
    ) -> None:
        if issubclass(kind, asyncio.CancelledError | KeyboardInterrupt):
            return
        log.error("unexpected error", exc_info=(kind, error, traceback))
        self.reported.append(error)
        self._tell()

    def loop_exception(self, loop: asyncio.AbstractEventLoop, context: Mapping[str, Any]) -> None:
        error = context.get("exception")
        if isinstance(error, BaseException):
            self.excepthook(type(error), error, error.__traceback__)
        else:
            log.error("event loop: %s", context.get("message", context))

    def _tell(self) -> None:
        if self._telling:
            return
        self._telling = True
        try:
            closed = self._dialogs.tell(
                name="errorDialog",
                title=translate("CalmErrors", "Something went wrong"),
                text=translate(
                    "CalmErrors",
                    "Something went wrong inside the app. What you typed is kept; please try "
                    "that step again.",
                ),
                informative=translate(
                    "CalmErrors", "If it happens again, please call support: the number is below."
                ),
                warning=True,
            )
        except RuntimeError:  # no event loop running (the app is closing)
            self._telling = False
            return

        def told(_: asyncio.Future[None]) -> None:
            self._telling = False

        closed.add_done_callback(told)
