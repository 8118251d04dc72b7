"""A private D-Bus bus (dbus-daemon from Debian's dbus-daemon package) for one test."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

STAND_IN_LOGIND = Path(__file__).with_name("stand_in_logind.py")


class PrivateBus:
    def __init__(self) -> None:
        daemon = shutil.which("dbus-daemon")
        if daemon is None:
            raise RuntimeError("dbus-daemon is not installed (Debian: apt install dbus-daemon)")
        self._daemon = subprocess.Popen(
            [daemon, "--session", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert self._daemon.stdout is not None
        self.address = self._daemon.stdout.readline().strip()
        self._services: list[subprocess.Popen[str]] = []

    def start_logind(self) -> subprocess.Popen[str]:
        """The stand-in logind, once it owns its name on this bus."""
        service = subprocess.Popen(
            [sys.executable, str(STAND_IN_LOGIND), self.address],
            stdout=subprocess.PIPE,
            text=True,
        )
        self._services.append(service)
        assert service.stdout is not None
        first = service.stdout.readline().strip()
        assert first == "ready", first
        return service

    def close(self) -> None:
        for service in self._services:
            service.kill()
            service.wait()
        self._daemon.terminate()
        self._daemon.wait()
