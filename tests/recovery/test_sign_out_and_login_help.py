"""Signing out, the support phone fetched beside a page, «Забыли пароль?» with the login as
typed, and logins typed with the Russian keyboard layout on."""

from __future__ import annotations

import asyncio

import pytest
import requests

from dek_desktop.api import Channel, RecoveryClient
from dek_desktop.recovery import RecoveryFlow, Step, UserAction
from dek_desktop.recovery.login_layout import (
    is_russian_address,
    login_in_wrong_layout,
    login_typed_in_latin,
    password_in_wrong_layout,
)
from dek_recovery_service.seed import demo_account
from tests.conftest import RunningService


async def test_sign_out_ends_the_session_and_keeps_the_login(
    flow: RecoveryFlow, client: RecoveryClient, service: RunningService
) -> None:
    anna = demo_account("active")
    signed_in = await flow.sign_in(anna.email or "", anna.password)
    assert signed_in.step is Step.SIGNED_IN
    assert client.is_signed_in
    seen: list[UserAction | None] = []
    flow.subscribe(lambda state: seen.append(state.busy))

    signed_out = await flow.sign_out()

    assert signed_out.step is Step.LOGIN
    assert signed_out.signed_in is None
    assert signed_out.login == anna.email
    assert signed_out.busy is None and signed_out.problem is None
    assert UserAction.SIGN_OUT in seen
    assert not client.is_signed_in


async def test_sign_out_without_a_connection_still_signs_out_here(
    flow: RecoveryFlow, client: RecoveryClient, service: RunningService
) -> None:
    anna = demo_account("active")
    await flow.sign_in(anna.number, anna.password)
    service.stop()

    signed_out = await flow.sign_out()

    assert signed_out.step is Step.LOGIN
    assert signed_out.signed_in is None and signed_out.problem is None
    assert not client.is_signed_in


async def test_support_contacts_are_fetched_without_leaving_the_page(
    flow: RecoveryFlow, service: RunningService
) -> None:
    url = f"{service.base_url}/v1/support/contacts"
    published = (await asyncio.to_thread(requests.get, url, timeout=5)).json()
    seen: list[UserAction | None] = []
    flow.subscribe(lambda state: seen.append(state.busy))

    state = await flow.load_support_contacts()

    assert state.step is Step.LOGIN
    assert state.support_contacts is not None
    assert state.support_contacts.phone == published["phone"]
    assert seen == [None]  # one new state, never busy
    assert await flow.load_support_contacts() is state  # fetched once


async def test_support_contacts_stay_unknown_without_a_connection(
    flow: RecoveryFlow, service: RunningService
) -> None:
    service.stop()

    state = await flow.load_support_contacts()

    assert state.support_contacts is None and state.problem is None


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("фтт@учфьзду.ru", "ann@example.ru"),
        ("фттфюшмфтщмф@учфьзду.ru", "anna.ivanova@example.ru"),
        ('фттфюшмфтщмф"учфьздуюкг', "anna.ivanova@example.ru"),
        (" Фттф@учфьзду.ru ", "Anna@example.ru"),
    ],
)
def test_a_login_typed_with_the_russian_layout_is_offered_in_latin(typed: str, meant: str) -> None:
    assert login_in_wrong_layout(typed)
    assert login_typed_in_latin(typed) == meant


@pytest.mark.parametrize(
    "typed", ["100 200 301", "8 914 100-00-01", "anna.ivanova@example.ru", "иван@почта.рф", ""]
)
def test_a_login_in_the_right_layout_is_left_alone(typed: str) -> None:
    assert not login_in_wrong_layout(typed)
    assert login_typed_in_latin(typed) is None


def test_russian_addresses_and_russian_passwords() -> None:
    assert is_russian_address("Иван@Почта.РФ")
    assert not is_russian_address("фтт@учфьзду.кг")  # «.ru» typed with the Russian layout on
    assert password_in_wrong_layout("Фьгк-Ешпук-2026")
    assert not password_in_wrong_layout("Amur-Tiger-2026")


def test_forgot_with_the_login_as_typed_prefills_the_contact(flow: RecoveryFlow) -> None:
    state = flow.go_forgot(typed_login="8 914 100-00-01")

    assert state.step is Step.FORGOT
    assert state.login == "8 914 100-00-01"
    assert (state.channel, state.contact) == (Channel.SMS, "8 914 100-00-01")
    assert flow.go_back().login == "8 914 100-00-01"
