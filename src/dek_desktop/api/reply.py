"""One HTTP answer as the transport hands it up: status, headers, the (capped) body."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

_JSON_MEDIA_TYPES = frozenset({"application/json", "application/problem+json"})
_HTML_MEDIA_TYPES = frozenset({"text/html", "application/xhtml+xml"})


@dataclass(frozen=True)
class Reply:
    status: int
    headers: Mapping[str, str]  # names in lower case
    body: bytes = field(repr=False)
    request_id: str
    url: str

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())

    @property
    def content_type(self) -> str | None:
        return self.header("content-type")

    @property
    def media_type(self) -> str:
        return (self.content_type or "").split(";", 1)[0].strip().lower()

    @property
    def is_json(self) -> bool:
        return self.media_type in _JSON_MEDIA_TYPES or self.media_type.endswith("+json")

    @property
    def is_html(self) -> bool:
        return self.media_type in _HTML_MEDIA_TYPES

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300
