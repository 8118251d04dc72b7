"""The computer is kept awake while documents are sent: on Linux by a logind inhibitor lock
over Qt's D-Bus, tested on a private bus against a stand-in logind (a real D-Bus peer in its
own process). Windows' SetThreadExecutionState and macOS' IOKit assertion cannot run here:
only their choice by platform is tested."""

from __future__ import annotations

import os
import select
import subprocess
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from dek_desktop.applications import NoKeepAwake, native_keep_awake
from dek_desktop.wizard.logind_keep_awake import (
    WHY,
    LogindKeepAwake,
    keep_awake_for_this_computer,
)
from tests.app.dbus.private_bus import PrivateBus


class Lines:
    """A child's stdout read without blocking the test's event loop."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        assert process.stdout is not None
        self._fd = process.stdout.fileno()
        os.set_blocking(self._fd, False)
        self._buffer = ""
        self.seen: list[str] = []

    def poll(self) -> list[str]:
        while select.select([self._fd], [], [], 0)[0]:
            chunk = os.read(self._fd, 4096)
            if not chunk:
                break
            self._buffer += chunk.decode()
        *complete, self._buffer = self._buffer.split("\n")
        self.seen += [line for line in complete if line]
        return self.seen


@pytest.fixture
def bus(qapp: object) -> Iterator[tuple[PrivateBus, QDBusConnection]]:
    private = PrivateBus()
    name = f"keep-awake-test-{id(private)}"
    connection = QDBusConnection.connectToBus(private.address, name)
    assert connection.isConnected()
    yield private, connection
    QDBusConnection.disconnectFromBus(name)
    private.close()


def test_logind_holds_the_lock_while_sending_and_lets_go_after(
    qtbot: QtBot, bus: tuple[PrivateBus, QDBusConnection]
) -> None:
    private, connection = bus
    logind = Lines(private.start_logind())
    awake = LogindKeepAwake(connection)

    awake.hold()
    awake.hold()  # a second hold asks nothing more
    qtbot.waitUntil(lambda: awake.held, timeout=10_000)
    assert logind.poll() == [f"inhibit sleep:idle|DEK: access to your personal account|{WHY}|block"]

    awake.release()
    qtbot.waitUntil(lambda: "released" in logind.poll(), timeout=10_000)
    assert not awake.held

    awake.hold()  # the next sending takes a new lock
    qtbot.waitUntil(lambda: awake.held, timeout=10_000)
    awake.release()
    qtbot.waitUntil(lambda: logind.poll().count("released") == 2, timeout=10_000)
    assert (
        logind.poll().count(f"inhibit sleep:idle|DEK: access to your personal account|{WHY}|block")
        == 2
    )


def test_released_before_logind_answered_leaves_no_lock(
    qtbot: QtBot, bus: tuple[PrivateBus, QDBusConnection]
) -> None:
    private, connection = bus
    logind = Lines(private.start_logind())
    awake = LogindKeepAwake(connection)
    awake.hold()
    awake.release()  # the sending ended at once
    qtbot.waitUntil(lambda: "released" in logind.poll(), timeout=10_000)
    assert not awake.held


def test_no_logind_on_the_bus_is_quiet(
    qtbot: QtBot, bus: tuple[PrivateBus, QDBusConnection], caplog: pytest.LogCaptureFixture
) -> None:
    _private, connection = bus
    awake = LogindKeepAwake(connection)
    with caplog.at_level("INFO", logger="dek_desktop.wizard"):
        awake.hold()
        qtbot.waitUntil(lambda: "did not keep the computer awake" in caplog.text, timeout=10_000)
    assert not awake.held
    awake.release()


def test_each_system_gets_its_own_way() -> None:
    assert sys.platform.startswith("linux")
    assert native_keep_awake() is None  # Windows and macOS only
    assert isinstance(keep_awake_for_this_computer(), LogindKeepAwake)
    quiet = NoKeepAwake()
    quiet.hold()
    quiet.release()
