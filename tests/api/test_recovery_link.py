"""`parse_recovery_link` on what people really paste: links mangled by mail clients, or a code."""

from __future__ import annotations

import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dek_desktop.api import Code, LinkToken, RecoveryLink, parse_recovery_link

URL_SAFE = string.ascii_letters + string.digits + "-_"
recovery_ids = st.uuids().map(str)
link_tokens = st.text(alphabet=URL_SAFE, min_size=22, max_size=64)
portals = st.sampled_from(
    ["https://lk.dvec.ru", "https://portal.example.ru:8443", "http://127.0.0.1:8080"]
)


@st.composite
def mangled_links(draw: st.DrawFn) -> tuple[str, str, str]:
    recovery_id = draw(recovery_ids)
    token = draw(link_tokens)
    link = f"{draw(portals)}/recover#rid={recovery_id}&t={token}"
    # Line breaks a mail client inserted while wrapping, optionally with reply quoting.
    for _ in range(draw(st.integers(0, 4))):
        at = draw(st.integers(1, len(link) - 1))
        wrap = draw(st.sampled_from(["\n", "\r\n", "\n> ", "\n>> ", " \n", "\u00a0\n"]))
        link = link[:at] + wrap + link[at:]
    opening, closing = draw(
        st.sampled_from(
            [("", ""), ("<", ">"), ('"', '"'), ("'", "'"), ("«", "»"), ("“", "”"), ("<URL:", ">")]
        )
    )
    before = draw(st.sampled_from(["", " ", "  \t", "\n", "\u200b"]))
    after = draw(st.sampled_from(["", " ", "\n", "\r\n\r\n", "\u00a0"]))
    return f"{before}{opening}{link}{closing}{after}", recovery_id, token


@settings(max_examples=300, deadline=None)
@given(mangled_links())
def test_generated_links_in_mail_client_noise_give_the_right_pair(
    case: tuple[str, str, str],
) -> None:
    pasted, recovery_id, token = case
    parsed = parse_recovery_link(pasted)
    assert parsed == RecoveryLink(recovery_id, LinkToken(token)), repr(pasted)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text_gives_a_link_a_code_or_nothing(text: str) -> None:
    assert isinstance(parse_recovery_link(text, code_length=6), RecoveryLink | Code | type(None))


def test_a_link_rewritten_by_a_mail_scanner() -> None:
    pasted = (
        "https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Flk.dvec.ru%2Frecover"
        "%23rid%3Dabc-123%26t%3DtOkEn_42-xyz&data=05%7C01&reserved=0"
    )
    assert parse_recovery_link(pasted) == RecoveryLink("abc-123", LinkToken("tOkEn_42-xyz"))


@pytest.mark.parametrize(
    ("pasted", "code"),
    [
        ("123456", "123456"),
        (" 123 456 ", "123456"),
        ("123-456\n", "123456"),
        ("Код: 482913. Действует до 14:15 (UTC+10)", "482913"),
    ],
)
def test_just_the_code(pasted: str, code: str) -> None:
    assert parse_recovery_link(pasted, code_length=6) == Code(code)


@pytest.mark.parametrize(
    "pasted",
    [
        "",
        "hello",
        "https://lk.dvec.ru/recover",
        "https://lk.dvec.ru/recover#rid=abc",  # the token was lost
        "12345",  # too short for a 6-digit code
        "123456 654321",  # which one?
    ],
)
def test_not_a_link(pasted: str) -> None:
    assert parse_recovery_link(pasted, code_length=6) is None
