"""The configured API address: HTTPS required, plain HTTP only to this computer."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from urllib.parse import quote, urljoin, urlsplit

_DEFAULT_PORTS = {"http": 80, "https": 443}


class BaseUrlRefused(ValueError):
    """The configured address cannot be used; the message says why and what to write instead."""


def is_loopback_host(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class Origin:
    scheme: str
    host: str
    port: int

    @classmethod
    def of(cls, url: str) -> Origin | None:
        try:
            parts = urlsplit(url)
            port = parts.port
        except ValueError:
            return None
        scheme = parts.scheme.lower()
        if scheme not in _DEFAULT_PORTS or not parts.hostname:
            return None
        return cls(scheme, parts.hostname.lower(), port or _DEFAULT_PORTS[scheme])


@dataclass(frozen=True)
class ServiceAddress:
    """`base_url` checked once; every request URL is built from it."""

    base_url: str
    origin: Origin
    host_label: str  # host[:port] as people read it, for messages

    @classmethod
    def parse(cls, base_url: str) -> ServiceAddress:
        text = base_url.strip()
        try:
            parts = urlsplit(text)
            parts.port  # noqa: B018 - validates the port number
        except ValueError as exc:
            raise BaseUrlRefused(f"{text!r} is not a valid address: {exc}") from None
        scheme = parts.scheme.lower()
        host = (parts.hostname or "").lower()
        if scheme not in _DEFAULT_PORTS or not host:
            raise BaseUrlRefused(
                f"{text!r} is not a web address; write it as https://host/ (for example "
                "https://api.example.ru/)"
            )
        if parts.username is not None or parts.password is not None:
            raise BaseUrlRefused("the address must not contain a user name or password")
        if parts.query or parts.fragment:
            raise BaseUrlRefused("the address must not contain '?' or '#' parts")
        if scheme == "http" and not is_loopback_host(host):
            raise BaseUrlRefused(
                f"plain http:// is allowed only for this computer (127.0.0.1, ::1, localhost); "
                f"use https://{parts.netloc}{parts.path} so the connection is encrypted and the "
                "server's identity is checked"
            )
        origin = Origin.of(text)
        assert origin is not None
        prefix = parts.path.rstrip("/")
        return cls(f"{scheme}://{parts.netloc.lower()}{prefix}", origin, parts.netloc.lower())

    @property
    def is_loopback(self) -> bool:
        return is_loopback_host(self.origin.host)

    def url_for(self, path_template: str, **params: str) -> str:
        """`/v1/recovery/{id}/verify` with each parameter percent-encoded as one segment."""
        path = path_template.format(
            **{name: quote(value, safe="") for name, value in params.items()}
        )
        return f"{self.base_url}{path}"

    def resolve(self, reference: str, against: str) -> str | None:
        """An absolute URL for a Location header, or None when it leaves this origin."""
        absolute = urljoin(against, reference.strip())
        return absolute if Origin.of(absolute) == self.origin else None

    def owns(self, url: str) -> bool:
        return Origin.of(url) == self.origin
