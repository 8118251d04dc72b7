"""Keeping a Linux computer awake while documents are sent: systemd-logind's inhibitor lock.

`Inhibit("sleep:idle", who, why, "block")` on the system bus hands back a file descriptor;
logind blocks suspend and idle (the desktops' own idle suspend goes through logind) for as
long as any copy of it is open, and forgets the lock by itself if the app dies. Called
asynchronously, so a slow or missing bus never holds up the window. Only the string-typed
login1 call is used: Qt for Python cannot type a D-Bus uint32, which the ScreenSaver
interface's UnInhibit needs.
"""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QObject
from PySide6.QtDBus import (
    QDBusConnection,
    QDBusMessage,
    QDBusPendingCallWatcher,
    QDBusUnixFileDescriptor,
)

from ..applications.keep_awake import KeepAwake, NoKeepAwake, native_keep_awake

log = logging.getLogger("dek_desktop.wizard")

LOGIN1_SERVICE = "org.freedesktop.login1"
LOGIN1_PATH = "/org/freedesktop/login1"
LOGIN1_MANAGER = "org.freedesktop.login1.Manager"
WHO = "DEK: access to your personal account"
WHY = "Sending documents"
_CALL_TIMEOUT_MS = 10_000


class LogindKeepAwake(QObject):
    def __init__(self, bus: QDBusConnection | None = None, parent: QObject | None = None) -> None:
        """`bus`: the system bus (None); tests give a private bus with their own logind."""
        super().__init__(parent)
        self._bus = bus if bus is not None else QDBusConnection.systemBus()
        self._wanted = False
        self._descriptor: int | None = None
        self._asking = False

    @property
    def held(self) -> bool:
        """logind holds the lock for us now."""
        return self._descriptor is not None

    def hold(self) -> None:
        if self._wanted:
            return
        self._wanted = True
        if self._descriptor is not None or self._asking:
            return
        if not self._bus.isConnected():
            log.info("no system bus: the computer may sleep while documents are sent")
            return
        message = QDBusMessage.createMethodCall(
            LOGIN1_SERVICE, LOGIN1_PATH, LOGIN1_MANAGER, "Inhibit"
        )
        message.setArguments(["sleep:idle", WHO, WHY, "block"])
        pending = self._bus.asyncCall(message, timeout=_CALL_TIMEOUT_MS)
        watcher = QDBusPendingCallWatcher(pending, self)
        watcher.finished.connect(self._answered)
        self._asking = True

    def release(self) -> None:
        self._wanted = False
        descriptor, self._descriptor = self._descriptor, None
        if descriptor is not None:
            os.close(descriptor)

    def _answered(self, watcher: QDBusPendingCallWatcher) -> None:
        self._asking = False
        descriptor = _descriptor_of(watcher.reply())
        # Every Qt copy of the descriptor must go, or the lock outlives release(): the reply
        # dies with this call, the watcher with the next turn of the event loop.
        watcher.deleteLater()
        if descriptor is None:
            return
        if self._wanted:
            self._descriptor = descriptor
        else:
            os.close(descriptor)  # released while logind was answering


def _descriptor_of(reply: QDBusMessage) -> int | None:
    if reply.type() != QDBusMessage.MessageType.ReplyMessage:
        log.info("logind did not keep the computer awake: %s", reply.errorMessage())
        return None
    arguments = reply.arguments()
    handle = arguments[0] if arguments else None
    if not isinstance(handle, QDBusUnixFileDescriptor) or not handle.isValid():
        log.info("logind answered Inhibit without a lock")
        return None
    return os.dup(handle.fileDescriptor())


def keep_awake_for_this_computer() -> KeepAwake:
    """Windows and macOS through their own calls, Linux through logind, else nothing."""
    native = native_keep_awake()
    if native is not None:
        return native
    if sys.platform.startswith("linux"):
        return LogindKeepAwake()
    return NoKeepAwake()
