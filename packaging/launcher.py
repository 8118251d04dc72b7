"""The frozen app's entry point (PyInstaller runs a script, not a package's __main__).

A frozen executable has no `python -m`: demo mode starts its service as
`<executable> -m dek_recovery_service ...`, which this launcher serves in a demo build. The
documents pipeline's worker processes are spawned from the same executable, hence
`freeze_support()` first.
"""

from __future__ import annotations

import multiprocessing
import sys


def main() -> int:
    multiprocessing.freeze_support()
    if sys.argv[1:3] == ["-m", "dek_recovery_service"]:
        from dek_recovery_service.__main__ import main as service_main

        return service_main(sys.argv[3:])
    from dek_desktop.__main__ import main as app_main

    return app_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
