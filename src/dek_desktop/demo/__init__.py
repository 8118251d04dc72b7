"""Demo mode: the reference service as a child process, its outbox, its demo accounts.

This package is the one place dek_desktop uses dek_recovery_service (and only when demo mode
starts). Qt-free; the demo inbox window is `wizard/demo_inbox.py`.
"""

from __future__ import annotations

import importlib.util

from ..config import AppConfig

SERVICE_PACKAGE = "dek_recovery_service"


def service_installed() -> bool:
    return importlib.util.find_spec(SERVICE_PACKAGE) is not None


def wants_demo(config: AppConfig) -> bool:
    """Demo mode: no API address configured, and the reference service is installed."""
    return config.api_url is None and service_installed()
