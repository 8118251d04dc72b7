"""What people type, normalised or refused with a stable code (no service needed)."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dek_desktop.api import Channel, Code, IdempotencyKey, PasswordRules, RecoveryLink
from dek_desktop.recovery import Field, InputIssue, IssueCode, UserAction, check_new_password
from dek_desktop.recovery.action_keys import ActionKeys
from dek_desktop.recovery.code_input import read_code_field
from dek_desktop.recovery.contact_input import (
    RecoveryContact,
    account_number,
    normalised_login,
    recovery_contact,
)

RULES = PasswordRules(min_length=8, max_length=128, forbid_login=True, forbid_previous=True)


@pytest.mark.parametrize(
    "typed", ["8 914 123-45-67", "+7 (914) 123-45-67", "9141234567", "89141234567", "+79141234567"]
)
def test_every_russian_way_of_writing_a_mobile_number_is_one_number(typed: str) -> None:
    assert recovery_contact(Channel.SMS, typed) == RecoveryContact(Channel.SMS, "+79141234567")
    assert normalised_login(typed) == "+79141234567"


def test_an_e_mail_address_is_checked_for_form_and_lower_cased() -> None:
    assert recovery_contact(Channel.EMAIL, " Anna.Ivanova@Example.RU ") == RecoveryContact(
        Channel.EMAIL, "anna.ivanova@example.ru"
    )
    assert recovery_contact(Channel.EMAIL, "anna@@example.ru") == InputIssue(
        Field.CONTACT, IssueCode.EMAIL_INVALID
    )
    assert recovery_contact(Channel.EMAIL, "  ") == InputIssue(Field.CONTACT, IssueCode.REQUIRED)


def test_account_numbers_keep_their_digits() -> None:
    assert account_number("100 200-301") == "100200301"
    assert account_number("   ") is None
    assert account_number("100 200 3O1") == InputIssue(
        Field.ACCOUNT_NUMBER, IssueCode.ACCOUNT_NUMBER_INVALID
    )
    assert normalised_login("100 200-301") == "100200301"
    assert normalised_login("Кто-то") == "Кто-то"  # sent as typed; the service answers it


def test_the_code_field_takes_a_code_or_a_link() -> None:
    assert read_code_field("123 456", code_length=6) == Code("123456")
    link = read_code_field("<https://lk.dvec.ru/recover#rid=abc&t=XYZ>", code_length=6)
    assert isinstance(link, RecoveryLink) and link.recovery_id == "abc"
    assert read_code_field("1234567", code_length=6) == InputIssue(
        Field.CODE, IssueCode.CODE_WRONG_LENGTH
    )


def test_one_key_per_action_reused_until_it_succeeds() -> None:
    keys = ActionKeys()
    first = keys.key_for(UserAction.REQUEST_RECOVERY, ("email", "a@b.ru"))

    assert keys.key_for(UserAction.REQUEST_RECOVERY, ("email", "a@b.ru")) is first  # a retry
    other = keys.key_for(UserAction.REQUEST_RECOVERY, ("sms", "+79141234567"))
    assert other != first  # other inputs: another action
    assert keys.key_for(UserAction.SEND_SUPPORT_REQUEST, ("sms", "+79141234567")) != other

    keys.completed(UserAction.REQUEST_RECOVERY)
    again = keys.key_for(UserAction.REQUEST_RECOVERY, ("sms", "+79141234567"))
    assert isinstance(again, IdempotencyKey) and again != other  # pressed again later: new key


def test_length_is_counted_in_code_points_after_nfkc() -> None:
    ligatures = "\ufb03" * 3  # «ﬃ» three times: 3 characters typed, 9 after NFKC
    assert check_new_password(ligatures, ligatures, RULES).long_enough
    combining = "е\u0308" * 7  # «ё» as two code points each, composed to 7
    assert not check_new_password(combining, combining, RULES).long_enough


def test_the_login_in_any_case_is_not_a_password() -> None:
    checklist = check_new_password("Anna@Example.ru", "Anna@Example.ru", RULES, ["anna@example.ru"])
    assert not checklist.not_the_login
    assert checklist.issues() == (InputIssue(Field.NEW_PASSWORD, IssueCode.SAME_AS_LOGIN),)


@given(st.text(max_size=140), st.text(max_size=140))
def test_the_checklist_passes_exactly_when_it_reports_no_issue(new: str, repeated: str) -> None:
    checklist = check_new_password(new, repeated, RULES, ["100200301"])

    assert checklist.passed == (checklist.issues() == ())
    length = len(unicodedata.normalize("NFKC", new))
    assert checklist.long_enough == (length >= RULES.min_length)
    assert checklist.not_too_long == (length <= RULES.max_length)
