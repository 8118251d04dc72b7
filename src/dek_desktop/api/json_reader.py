"""Typed reading of decoded JSON: every wrong shape becomes a `ContractViolation` naming where."""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import Enum
from typing import TypeVar

E = TypeVar("E", bound=Enum)

# Tokens go into an Authorization header: visible ASCII only, or the header would break.
_TOKEN_PATTERN = re.compile(r"[\x21-\x7e]{1,4096}")
_LONGEST_DURATION_SECONDS = 10 * 366 * 24 * 3600


class ContractViolation(Exception):
    """The JSON does not have the shape API.md promises."""

    def __init__(self, where: str, expected: str) -> None:
        super().__init__(f"{where}: expected {expected}")
        self.where = where
        self.expected = expected


class InvalidJson(Exception):
    """The bytes are not JSON at all (or not UTF-8, or nested beyond reason)."""


def decode_json(body: bytes) -> object:
    try:
        text = body.decode("utf-8")
        return json.loads(text, parse_constant=_refuse_constant)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise InvalidJson(str(exc)[:200]) from None


def _refuse_constant(name: str) -> object:
    raise ValueError(f"{name} is not JSON")


@dataclass(frozen=True)
class JsonObject:
    """One JSON object and the path it was found at, for messages."""

    data: Mapping[str, object]
    where: str = "$"

    @classmethod
    def of(cls, value: object, where: str = "$") -> JsonObject:
        if not isinstance(value, dict):
            raise ContractViolation(where, "an object")
        return cls(value, where)

    def has(self, key: str) -> bool:
        return self.data.get(key) is not None

    def _path(self, key: str) -> str:
        return f"{self.where}.{key}"

    def _required(self, key: str) -> object:
        if key not in self.data:
            raise ContractViolation(self._path(key), "a value")
        return self.data[key]

    def text(self, key: str) -> str:
        value = self._required(key)
        if not isinstance(value, str):
            raise ContractViolation(self._path(key), "a string")
        return value

    def optional_text(self, key: str) -> str | None:
        if self.data.get(key) is None:
            return None
        return self.text(key)

    def token(self, key: str) -> str:
        value = self.text(key)
        if not _TOKEN_PATTERN.fullmatch(value):
            raise ContractViolation(self._path(key), "a token of visible ASCII characters")
        return value

    def integer(self, key: str) -> int:
        value = self._required(key)
        if isinstance(value, bool) or not isinstance(value, int):
            raise ContractViolation(self._path(key), "an integer")
        return value

    def count(self, key: str) -> int:
        value = self.integer(key)
        if value < 0:
            raise ContractViolation(self._path(key), "a non-negative integer")
        return value

    def boolean(self, key: str) -> bool:
        value = self._required(key)
        if not isinstance(value, bool):
            raise ContractViolation(self._path(key), "true or false")
        return value

    def seconds(self, key: str) -> timedelta:
        value = self.count(key)
        if value > _LONGEST_DURATION_SECONDS:
            raise ContractViolation(self._path(key), "a duration of at most ten years")
        return timedelta(seconds=value)

    def moment(self, key: str) -> datetime:
        return _parse_moment(self.text(key), self._path(key))

    def optional_moment(self, key: str) -> datetime | None:
        if self.data.get(key) is None:
            return None
        return self.moment(key)

    def choice(self, key: str, kind: type[E]) -> E:
        return _choose(self._required(key), kind, self._path(key))

    def png(self, key: str) -> bytes:
        try:
            image = base64.b64decode(self.text(key), validate=True)
        except binascii.Error:
            raise ContractViolation(self._path(key), "base64") from None
        if not image.startswith(b"\x89PNG\r\n\x1a\n"):
            raise ContractViolation(self._path(key), "a PNG image")
        return image

    def obj(self, key: str) -> JsonObject:
        return JsonObject.of(self._required(key), self._path(key))

    def _array(self, key: str) -> list[object]:
        value = self._required(key)
        if not isinstance(value, list):
            raise ContractViolation(self._path(key), "an array")
        return value

    def objects(self, key: str) -> tuple[JsonObject, ...]:
        path = self._path(key)
        return tuple(
            JsonObject.of(item, f"{path}[{index}]") for index, item in enumerate(self._array(key))
        )

    def texts(self, key: str) -> tuple[str, ...]:
        items = self._array(key)
        for index, item in enumerate(items):
            if not isinstance(item, str):
                raise ContractViolation(f"{self._path(key)}[{index}]", "a string")
        return tuple(str(item) for item in items)

    def choices(self, key: str, kind: type[E]) -> tuple[E, ...]:
        path = self._path(key)
        return tuple(
            _choose(item, kind, f"{path}[{index}]") for index, item in enumerate(self._array(key))
        )


def _choose(value: object, kind: type[E], where: str) -> E:
    try:
        return kind(value)
    except (ValueError, TypeError):
        names = ", ".join(str(member.value) for member in kind)
        raise ContractViolation(where, f"one of {names}") from None


def _parse_moment(text: str, where: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
        if moment.tzinfo is None:
            raise ContractViolation(where, "an RFC 3339 time with its offset")
        return moment.astimezone(UTC)
    except (ValueError, OverflowError):
        raise ContractViolation(where, "an RFC 3339 time") from None
