"""`User-Agent: dek-desktop/<version> (<os>)`."""

from __future__ import annotations

import platform
import re
from importlib import metadata

_UNSAFE_HEADER_CHARACTERS = re.compile(r"[^\x20-\x7e]")


def app_version() -> str:
    try:
        return metadata.version("dek-desktop")
    except metadata.PackageNotFoundError:
        # A bundle built without the package metadata still says which app it is.
        return "0+unknown"


def os_description() -> str:
    system = platform.system()
    if system == "Darwin":
        return f"macOS {platform.mac_ver()[0]}"
    if system == "Windows":
        return f"Windows {platform.version()}"
    if system == "Linux":
        try:
            release = platform.freedesktop_os_release().get("PRETTY_NAME", "")
        except OSError:
            release = ""
        kernel = platform.release()
        return f"Linux {kernel}; {release}" if release else f"Linux {kernel}"
    return f"{system} {platform.release()}".strip()


def user_agent() -> str:
    text = f"dek-desktop/{app_version()} ({os_description()})"
    return _UNSAFE_HEADER_CHARACTERS.sub("?", text)
