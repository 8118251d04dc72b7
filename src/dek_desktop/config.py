"""Settings of the app: defaults < site config < user config < environment < command line.

Each layer may set any of the keys of `AppConfig`; a later layer wins. The files are TOML
(`config.toml` in the platformdirs site and user config dirs of "dek-desktop"); the
environment knows DEK_API_URL, DEK_LANG, DEK_CA_BUNDLE and DEK_KIOSK. A release build ships
`release_defaults.toml` next to this module with the official API address; a development
checkout has none, so with nothing configured the app starts demo mode.

This module is Qt-free and imports nothing heavy: it runs before the first window.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

APP_NAME = "dek-desktop"
CONFIG_FILE_NAME = "config.toml"

#: The address of DEK's own service; any other address gets a banner naming its host.
OFFICIAL_API_URL = "https://api.lk.dvec.ru"

Language = Literal["ru", "en"]
LANGUAGES: tuple[Language, ...] = ("ru", "en")

RELEASE_DEFAULTS_FILE = Path(__file__).with_name("release_defaults.toml")

_TRUE_WORDS = frozenset({"1", "true", "yes", "on"})
_FALSE_WORDS = frozenset({"0", "false", "no", "off", ""})
_LINE_IN_TOML_ERROR = re.compile(r"\(at line (\d+), column (\d+)\)")


class ConfigError(Exception):
    """A setting cannot be used; the message names the file (and line) or variable to fix."""


@dataclass(frozen=True)
class AppConfig:
    api_url: str | None = None  # None: demo mode when the reference service is installed
    language: Language | None = None  # None: from the system's language
    ca_bundle: Path | None = None
    kiosk: bool = False  # carried for kiosk mode, which a later version implements

    @property
    def is_official_service(self) -> bool:
        return self.api_url is not None and same_service(self.api_url, OFFICIAL_API_URL)

    @property
    def service_host(self) -> str | None:
        """host[:port] of the configured address, as a person reads it."""
        if self.api_url is None:
            return None
        return urlsplit(self.api_url).netloc.lower() or self.api_url


@dataclass(frozen=True)
class ConfigLayer:
    """What one layer (a file, the environment, the command line) sets; None: not set there."""

    api_url: str | None = None
    language: Language | None = None
    ca_bundle: Path | None = None
    kiosk: bool | None = None


@dataclass(frozen=True)
class ConfigFiles:
    """Where the settings files are read from, lowest priority first."""

    release_defaults: Path | None = RELEASE_DEFAULTS_FILE
    site: tuple[Path, ...] = ()
    user: Path | None = None

    @classmethod
    def standard(cls) -> ConfigFiles:
        import platformdirs

        dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False, multipath=True)
        site = tuple(
            Path(directory) / CONFIG_FILE_NAME
            for directory in reversed(dirs.site_config_dir.split(os.pathsep))
        )
        return cls(site=site, user=Path(dirs.user_config_dir) / CONFIG_FILE_NAME)


@dataclass(frozen=True)
class LoadedConfig:
    config: AppConfig
    warnings: tuple[str, ...] = field(default=())


def same_service(url: str, other: str) -> bool:
    def key(text: str) -> tuple[str, str, int | None, str]:
        parts = urlsplit(text.strip())
        scheme = parts.scheme.lower()
        try:
            port = parts.port
        except ValueError:
            port = None
        if port == {"https": 443, "http": 80}.get(scheme):
            port = None
        return scheme, (parts.hostname or "").lower(), port, parts.path.rstrip("/")

    return key(url) == key(other)


def load_config(
    command_line: ConfigLayer,
    *,
    environ: Mapping[str, str],
    files: ConfigFiles,
    system_language: Language,
) -> LoadedConfig:
    """Every layer read and merged; raises ConfigError with a message for a person."""
    config = AppConfig()
    warnings: list[str] = []
    layers = [files.release_defaults, *files.site, files.user]
    for path in layers:
        if path is not None and path.is_file():
            config = replace(config, **_read_file(path, warnings))
    config = replace(config, **_read_environment(environ))
    given: dict[str, Any] = {
        name: value for name, value in vars(command_line).items() if value is not None
    }
    if isinstance(given.get("api_url"), str):
        given["api_url"] = _api_url("--api-url", given["api_url"])
    config = replace(config, **given)
    if config.language is None:
        config = replace(config, language=system_language)
    return LoadedConfig(config, tuple(warnings))


def _read_file(path: Path, warnings: list[str]) -> dict[str, Any]:
    import tomllib  # only when there is a file: its regular expressions take a while to build

    try:
        text = path.read_text("utf-8")
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: the file is not UTF-8 text; save it as UTF-8") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    try:
        table = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(_describe_toml_error(path, text, exc)) from None
    values: dict[str, Any] = {}
    for key, value in table.items():
        if key == "api_url":
            url = _string(path, key, value)
            values["api_url"] = _api_url(f"{path}: 'api_url'", url) if url else None
        elif key == "language":
            values["language"] = _language(f"{path}: '{key}'", _string(path, key, value))
        elif key == "ca_bundle":
            values["ca_bundle"] = _ca_bundle(path.parent, _string(path, key, value))
        elif key == "kiosk":
            if not isinstance(value, bool):
                raise ConfigError(f"{path}: 'kiosk' must be true or false, not {value!r}")
            values["kiosk"] = value
        else:
            known = ", ".join(AppConfig.__dataclass_fields__)
            warnings.append(f"{path}: unknown setting '{key}' ignored (known: {known})")
    return values


def _describe_toml_error(path: Path, text: str, error: ValueError) -> str:
    reason = str(error)
    found = _LINE_IN_TOML_ERROR.search(reason)
    if found is not None:
        line = int(found.group(1))
        reason = reason[: found.start()].rstrip()
    else:
        line = max(1, text.count("\n") + (0 if text.endswith("\n") else 1))
        reason = reason.replace(" (at end of document)", " at the end of the file")
    lines = text.splitlines()
    quoted = f"\n    {lines[line - 1].strip()}" if 0 < line <= len(lines) else ""
    return f"{path}, line {line}: {reason[:1].lower()}{reason[1:]}{quoted}"


def _string(path: Path, key: str, value: object) -> str:
    if not isinstance(value, str):
        raise ConfigError(f"{path}: '{key}' must be text in quotes, not {value!r}")
    return value.strip()


def _api_url(where: str, value: str) -> str:
    parts = urlsplit(value.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise ConfigError(
            f"{where}: {value!r} is not a web address; write it as https://host/ "
            "(for example https://api.lk.dvec.ru)"
        )
    return value.strip()


def _language(where: str, value: str) -> Language:
    for language in LANGUAGES:
        if value.lower() == language:
            return language
    raise ConfigError(f'{where} must be "ru" or "en", not {value!r}')


def _ca_bundle(relative_to: Path, value: str) -> Path | None:
    if not value:
        return None
    path = Path(value).expanduser()
    return path if path.is_absolute() else relative_to / path


def _read_environment(environ: Mapping[str, str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    if api_url := environ.get("DEK_API_URL", "").strip():
        values["api_url"] = _api_url("DEK_API_URL", api_url)
    if language := environ.get("DEK_LANG", "").strip():
        values["language"] = _language("DEK_LANG", language)
    if ca_bundle := environ.get("DEK_CA_BUNDLE", "").strip():
        values["ca_bundle"] = _ca_bundle(Path.cwd(), ca_bundle)
    if "DEK_KIOSK" in environ:
        values["kiosk"] = parse_switch("DEK_KIOSK", environ["DEK_KIOSK"])
    return values


def parse_switch(name: str, text: str) -> bool:
    word = text.strip().lower()
    if word in _TRUE_WORDS:
        return True
    if word in _FALSE_WORDS:
        return False
    raise ConfigError(f"{name} must be 1 or 0 (or true/false, yes/no, on/off), not {text!r}")


def language_of_locale(locale_name: str) -> Language:
    """English for an English system ("en_GB.UTF-8", "en-US"), Russian for every other one."""
    return "en" if locale_name.lower().replace("-", "_").split("_")[0] == "en" else "ru"
