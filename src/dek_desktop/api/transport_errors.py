"""Failures below the contract: the service could not be reached, or did not answer properly.

Each class says what happened in words a user (or the person on the support line) can act on;
the wizard shows its own translated text chosen by the class and keeps this one for «Подробнее».
"""

from __future__ import annotations

from enum import StrEnum

from .api_error import ApiError


class TransportError(ApiError):
    """No usable answer came back from the service."""


class UnreachableCause(StrEnum):
    REFUSED = "refused"
    NAME_NOT_FOUND = "name_not_found"
    NO_ROUTE = "no_route"
    PROXY = "proxy"
    OTHER = "other"


_UNREACHABLE_ADVICE = {
    UnreachableCause.REFUSED: "nothing accepts connections there; the service may be down",
    UnreachableCause.NAME_NOT_FOUND: "the name could not be looked up; check the internet "
    "connection and the address",
    UnreachableCause.NO_ROUTE: "there is no network route to it; check the internet connection",
    UnreachableCause.PROXY: "the proxy server refused or failed; check the proxy settings",
    UnreachableCause.OTHER: "the connection could not be made; check the internet connection",
}


class ServiceUnreachable(TransportError):
    def __init__(self, host: str, cause: UnreachableCause, *, request_id: str | None) -> None:
        super().__init__(
            f"Cannot connect to {host}: {_UNREACHABLE_ADVICE[cause]}", request_id=request_id
        )
        self.host = host
        self.cause = cause


class ConnectionDropped(TransportError):
    def __init__(self, host: str, *, request_id: str | None) -> None:
        super().__init__(
            f"The connection to {host} was cut before the answer arrived; try again",
            request_id=request_id,
        )
        self.host = host


class ServiceTimeout(TransportError):
    """The service took longer than the configured time."""

    def __init__(self, message: str, *, seconds: float, request_id: str | None) -> None:
        super().__init__(message, request_id=request_id)
        self.seconds = seconds


class ConnectTimedOut(ServiceTimeout):
    def __init__(self, host: str, *, seconds: float, request_id: str | None) -> None:
        super().__init__(
            f"{host} did not accept a connection within {seconds:g} s; "
            "check the internet connection",
            seconds=seconds,
            request_id=request_id,
        )
        self.host = host


class ReadTimedOut(ServiceTimeout):
    def __init__(self, host: str, *, seconds: float, request_id: str | None) -> None:
        super().__init__(
            f"{host} accepted the request but did not answer within {seconds:g} s; "
            "the service may be overloaded, try again later",
            seconds=seconds,
            request_id=request_id,
        )
        self.host = host


class ResponseTooSlow(ServiceTimeout):
    def __init__(self, host: str, *, seconds: float, request_id: str | None) -> None:
        super().__init__(
            f"The answer from {host} kept arriving for more than {seconds:g} s and was abandoned",
            seconds=seconds,
            request_id=request_id,
        )
        self.host = host


class TlsFailure(TransportError):
    """The secure connection could not be established or trusted."""

    def __init__(self, message: str, *, host: str, request_id: str | None) -> None:
        super().__init__(message, request_id=request_id)
        self.host = host


class CertificateNotTrusted(TlsFailure):
    def __init__(self, host: str, *, request_id: str | None) -> None:
        super().__init__(
            f"The certificate of {host} is not signed by an authority this computer trusts. "
            "The network may be intercepting the connection (a public Wi-Fi sign-in page, a "
            "company proxy); try another network, or ask the administrator to install the "
            "company's certificate or configure it as the CA bundle",
            host=host,
            request_id=request_id,
        )


class CertificateHostMismatch(TlsFailure):
    def __init__(self, host: str, *, request_id: str | None) -> None:
        super().__init__(
            f"The server at {host} presented a certificate made out for another name. "
            "Check the service address in the settings; if it is right, the connection may be "
            "intercepted: do not enter passwords, and call support",
            host=host,
            request_id=request_id,
        )


class CertificateExpired(TlsFailure):
    def __init__(self, host: str, *, request_id: str | None) -> None:
        super().__init__(
            f"The certificate of {host} has expired or is not valid yet. Check that this "
            "computer's date and time are right; if they are, call support",
            host=host,
            request_id=request_id,
        )


class TlsHandshakeFailed(TlsFailure):
    def __init__(self, host: str, *, request_id: str | None) -> None:
        super().__init__(
            f"A secure connection to {host} could not be set up; the address may not be a "
            "secure (https) service, or something on the network interferes",
            host=host,
            request_id=request_id,
        )


class RedirectRefused(TransportError):
    def __init__(self, location: str, *, request_id: str | None) -> None:
        super().__init__(
            f"The service tried to send the app to another address ({location}); "
            "the app only talks to the address it was configured with",
            request_id=request_id,
        )
        self.location = location


class BadResponse(TransportError):
    """Something answered, but not the way the contract says the service answers."""

    def __init__(
        self,
        message: str,
        *,
        status: int | None,
        content_type: str | None,
        request_id: str | None,
    ) -> None:
        status_text = f"HTTP {status}" if status is not None else "an answer"
        super().__init__(f"{status_text}: {message}", request_id=request_id)
        self.status = status
        self.content_type = content_type


class HtmlErrorPage(BadResponse):
    """An HTML page, typically a proxy's or gateway's own error page."""

    def __init__(self, *, status: int, content_type: str | None, request_id: str | None) -> None:
        super().__init__(
            "a web page came back instead of the service's answer; a proxy or gateway "
            "between this computer and the service is failing",
            status=status,
            content_type=content_type,
            request_id=request_id,
        )


class EmptyBody(BadResponse):
    def __init__(self, *, status: int, content_type: str | None, request_id: str | None) -> None:
        super().__init__(
            "the answer was empty", status=status, content_type=content_type, request_id=request_id
        )


class TruncatedBody(BadResponse):
    def __init__(
        self, *, status: int | None, content_type: str | None, request_id: str | None
    ) -> None:
        super().__init__(
            "the answer was cut off before its end",
            status=status,
            content_type=content_type,
            request_id=request_id,
        )


class CorruptBody(BadResponse):
    def __init__(
        self, *, status: int | None, content_type: str | None, request_id: str | None
    ) -> None:
        super().__init__(
            "the answer's compression is damaged",
            status=status,
            content_type=content_type,
            request_id=request_id,
        )


class UnexpectedContentType(BadResponse):
    def __init__(self, *, status: int, content_type: str | None, request_id: str | None) -> None:
        super().__init__(
            f"expected JSON, got {content_type or 'no content type'}",
            status=status,
            content_type=content_type,
            request_id=request_id,
        )


class MalformedJson(BadResponse):
    def __init__(
        self, reason: str, *, status: int, content_type: str | None, request_id: str | None
    ) -> None:
        super().__init__(
            f"the JSON could not be read ({reason})",
            status=status,
            content_type=content_type,
            request_id=request_id,
        )
        self.reason = reason


class ContractMismatch(BadResponse):
    """Well-formed JSON (or headers) that does not match API.md."""

    def __init__(
        self,
        *,
        where: str,
        expected: str,
        status: int,
        content_type: str | None,
        request_id: str | None,
    ) -> None:
        super().__init__(
            f"{where} does not match the API contract (expected {expected})",
            status=status,
            content_type=content_type,
            request_id=request_id,
        )
        self.where = where
        self.expected = expected


class ResponseTooLarge(BadResponse):
    def __init__(
        self, *, limit_bytes: int, status: int, content_type: str | None, request_id: str | None
    ) -> None:
        super().__init__(
            f"the answer is larger than {limit_bytes} bytes and was refused",
            status=status,
            content_type=content_type,
            request_id=request_id,
        )
        self.limit_bytes = limit_bytes


class GarbledResponse(BadResponse):
    """Bytes came back that are not HTTP at all."""

    def __init__(self, *, request_id: str | None) -> None:
        super().__init__(
            "the answer is not HTTP; the address may point at another kind of server",
            status=None,
            content_type=None,
            request_id=request_id,
        )


class UnexpectedStatus(BadResponse):
    """A status the contract does not give for this call, without a body that explains it."""

    def __init__(self, *, status: int, content_type: str | None, request_id: str | None) -> None:
        super().__init__(
            "the service gave a status this call does not expect",
            status=status,
            content_type=content_type,
            request_id=request_id,
        )
