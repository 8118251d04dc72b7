"""HTTPS everywhere except this computer; no switch turns verification off."""

from __future__ import annotations

import inspect

import pytest

from dek_desktop.api import BaseUrlRefused, RecoveryClient


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8080",
        "http://127.10.20.30",
        "http://[::1]:9000/",
        "http://localhost:8080/base/",
        "https://api.dvec.ru",
        "https://api.dvec.ru:8443/prefix",
        "HTTPS://API.DVEC.RU/",
    ],
)
def test_accepted_addresses(url: str) -> None:
    with RecoveryClient(url) as client:
        assert client.base_url.startswith(("http://", "https://"))
        assert not client.base_url.endswith("/")


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("http://api.dvec.ru", "plain http:// is allowed only for this computer"),
        ("http://192.168.1.10:8080", "use https://192.168.1.10:8080"),
        ("http://localhost.evil.example", "plain http://"),
        ("http://127.0.0.1.nip.io", "plain http://"),
        ("http://[::ffff:10.0.0.1]", "plain http://"),
        ("ftp://api.dvec.ru", "not a web address"),
        ("api.dvec.ru", "not a web address"),
        ("https://user:secret@api.dvec.ru", "user name or password"),
        ("https://api.dvec.ru/?debug=1", "'?' or '#'"),
        ("https://api.dvec.ru:99999", "not a valid address"),
    ],
)
def test_refused_addresses(url: str, words: str) -> None:
    with pytest.raises(BaseUrlRefused) as caught:
        RecoveryClient(url)
    assert words in str(caught.value)


def test_there_is_no_switch_that_turns_verification_off() -> None:
    parameters = inspect.signature(RecoveryClient).parameters
    assert not {"verify", "insecure", "verify_tls", "ssl_verify"} & set(parameters)


def test_loopback_is_reported_for_the_trust_banner() -> None:
    with (
        RecoveryClient("http://127.0.0.1:1") as local,
        RecoveryClient("https://api.dvec.ru") as remote,
    ):
        assert local.is_loopback
        assert not remote.is_loopback
