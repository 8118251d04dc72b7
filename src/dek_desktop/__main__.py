"""`dek-desktop`: the command line, read before anything heavy is imported, then the app."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .config import (
    LANGUAGES,
    OFFICIAL_API_URL,
    ConfigError,
    ConfigFiles,
    ConfigLayer,
    Language,
    language_of_locale,
    load_config,
)

log = logging.getLogger("dek_desktop")


def app_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("dek-desktop")
    except PackageNotFoundError:
        return "unknown"


class PrintVersion(argparse.Action):
    """--version, looked up only when asked for (importlib.metadata is slow to import)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        print(f"{parser.prog} {app_version()}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dek-desktop",
        description="Get back into your DEK personal account: sign in, recover access by a "
        "code, by identity questions or by documents, contact support. "
        "With no API address configured (and the reference service installed, as in a "
        "development checkout) it starts in demo mode with its own local service.",
        epilog="Settings are read from the site and user config.toml (platformdirs, "
        "'dek-desktop'), then DEK_API_URL, DEK_LANG, DEK_CA_BUNDLE and DEK_KIOSK, then this "
        "command line; each later one wins. See README, 'Configuration'.",
    )
    parser.add_argument(
        "--api-url",
        metavar="URL",
        help=f"address of the recovery service (the official one is {OFFICIAL_API_URL}); "
        "no demo mode when it is set",
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help="language of the interface: ru (the default) or en (the default on an English system)",
    )
    parser.add_argument(
        "--ca-bundle",
        type=Path,
        metavar="FILE",
        help="extra certificate authorities (PEM) to trust besides the system's",
    )
    parser.add_argument(
        "--kiosk",
        action="store_true",
        default=None,
        help="kiosk mode for service centres; this version reads the switch and turns off the "
        "keychain, the kiosk lockdown itself comes in a later version",
    )
    parser.add_argument("--version", action=PrintVersion, help="show the version and exit")
    return parser


def command_line_layer(argv: list[str] | None) -> ConfigLayer:
    args = build_parser().parse_args(argv)
    ca_bundle: Path | None = args.ca_bundle
    return ConfigLayer(
        api_url=args.api_url,
        language=args.lang,
        ca_bundle=ca_bundle.resolve() if ca_bundle is not None else None,
        kiosk=args.kiosk,
    )


def system_language() -> Language:
    from PySide6.QtCore import QLocale

    return language_of_locale(QLocale.system().name())


def main(argv: list[str] | None = None) -> int:
    command_line = command_line_layer(argv)
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    try:
        loaded = load_config(
            command_line,
            environ=os.environ,
            files=ConfigFiles.standard(),
            system_language=system_language(),
        )
    except ConfigError as error:
        print(f"dek-desktop: {error}", file=sys.stderr)
        from .app import show_config_problem

        return show_config_problem(str(error))
    for warning in loaded.warnings:
        log.warning("%s", warning)
    from .app import run_app

    return run_app(loaded.config)


if __name__ == "__main__":
    sys.exit(main())
