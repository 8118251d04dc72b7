"""`dek_desktop.api` stands alone: no Qt, no reference service, importable in a bare process."""

from __future__ import annotations

import subprocess
import sys


def test_the_api_package_imports_no_qt_and_no_service() -> None:
    probe = (
        "import sys, dek_desktop.api\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        "{'PySide6', 'shiboken6', 'qasync', 'dek_recovery_service'})\n"
        "print(','.join(bad))\n"
    )
    found = subprocess.run(
        [sys.executable, "-c", probe], check=True, capture_output=True, text=True
    ).stdout.strip()
    assert found == ""
