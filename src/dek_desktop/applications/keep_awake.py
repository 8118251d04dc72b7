"""Keeping the computer from sleeping while documents are being sent.

`KeepAwake` is what the application flow holds during a sending. Windows and macOS are asked
through their C interfaces (ctypes); Linux through logind over D-Bus, which needs Qt's D-Bus
module and so lives in the wizard (`wizard/logind_keep_awake.py`). Every implementation is
quiet when the system says no: a sending never fails because the computer could not be kept
awake.
"""

from __future__ import annotations

import ctypes
import logging
import sys
from typing import Any, Protocol

log = logging.getLogger("dek_desktop.applications")

REASON = "Sending documents to DEK"


class KeepAwake(Protocol):
    def hold(self) -> None:
        """Asks the system not to sleep until `release()`; a second call changes nothing."""

    def release(self) -> None: ...


class NoKeepAwake:
    """Where the system offers no way (or kiosk machines that never sleep)."""

    def hold(self) -> None:
        return None

    def release(self) -> None:
        return None


class WindowsKeepAwake:
    """SetThreadExecutionState on the thread that holds (the window's thread)."""

    ES_CONTINUOUS = 0x80000000
    ES_SYSTEM_REQUIRED = 0x00000001

    def __init__(self) -> None:
        self._held = False

    def hold(self) -> None:
        if self._held:
            return
        self._held = self._set(self.ES_CONTINUOUS | self.ES_SYSTEM_REQUIRED)

    def release(self) -> None:
        if self._held:
            self._set(self.ES_CONTINUOUS)
            self._held = False

    @staticmethod
    def _set(flags: int) -> bool:
        kernel32: Any = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
        kernel32.SetThreadExecutionState.restype = ctypes.c_uint32
        kernel32.SetThreadExecutionState.argtypes = [ctypes.c_uint32]
        previous = kernel32.SetThreadExecutionState(flags)
        if previous == 0:
            log.info("Windows refused to keep the computer awake")
            return False
        return True


class MacKeepAwake:
    """An IOKit power assertion that stops idle sleep (the screen may still dim)."""

    ASSERTION_TYPE = b"PreventUserIdleSystemSleep"
    ASSERTION_LEVEL_ON = 255
    CF_STRING_ENCODING_UTF8 = 0x08000100

    def __init__(self) -> None:
        self._assertion: ctypes.c_uint32 | None = None

    def hold(self) -> None:
        if self._assertion is not None:
            return
        try:
            iokit = ctypes.cdll.LoadLibrary("/System/Library/Frameworks/IOKit.framework/IOKit")
            foundation = ctypes.cdll.LoadLibrary(
                "/System/Library/Frameworks/CoreFoundation.framework/CoreFoundation"
            )
        except OSError as error:
            log.info("IOKit not available (%s); the computer may sleep", error)
            return
        foundation.CFStringCreateWithCString.restype = ctypes.c_void_p
        foundation.CFStringCreateWithCString.argtypes = [
            ctypes.c_void_p,
            ctypes.c_char_p,
            ctypes.c_uint32,
        ]
        foundation.CFRelease.argtypes = [ctypes.c_void_p]
        kind = foundation.CFStringCreateWithCString(
            None, self.ASSERTION_TYPE, self.CF_STRING_ENCODING_UTF8
        )
        name = foundation.CFStringCreateWithCString(
            None, REASON.encode("utf-8"), self.CF_STRING_ENCODING_UTF8
        )
        assertion = ctypes.c_uint32(0)
        iokit.IOPMAssertionCreateWithName.argtypes = [
            ctypes.c_void_p,
            ctypes.c_uint32,
            ctypes.c_void_p,
            ctypes.POINTER(ctypes.c_uint32),
        ]
        result = iokit.IOPMAssertionCreateWithName(
            kind, self.ASSERTION_LEVEL_ON, name, ctypes.byref(assertion)
        )
        foundation.CFRelease(kind)
        foundation.CFRelease(name)
        if result != 0:
            log.info("macOS refused to keep the computer awake (IOReturn %#x)", result)
            return
        self._assertion = assertion
        self._iokit = iokit

    def release(self) -> None:
        if self._assertion is not None:
            self._iokit.IOPMAssertionRelease.argtypes = [ctypes.c_uint32]
            self._iokit.IOPMAssertionRelease(self._assertion)
            self._assertion = None


def native_keep_awake() -> KeepAwake | None:
    """The Windows or macOS way; None on other systems (Linux: the wizard's D-Bus one)."""
    if sys.platform == "win32":
        return WindowsKeepAwake()
    if sys.platform == "darwin":
        return MacKeepAwake()
    return None
