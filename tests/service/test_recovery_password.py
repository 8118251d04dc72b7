"""PUT /v1/recovery/{id}/password: the policy, the reset window, and what a change sets right."""

from __future__ import annotations

import pytest
import requests

from dek_recovery_service.password_blocklist import load_blocklist
from dek_recovery_service.seed import demo_account
from tests.conftest import RunningService
from tests.service.recovery_calls import (
    last_message_to,
    problem_of,
    reset_granted,
    set_password,
)

ANNA = demo_account("active")
ANNA_EMAIL = "anna.ivanova@example.ru"
GOOD = "тихий океан 2026 волна"


def _sign_in(service: RunningService, login: str, password: str) -> requests.Response:
    return requests.post(
        f"{service.base_url}/v1/session", json={"login": login, "password": password}, timeout=30
    )


def _violations(service: RunningService, password: str) -> list[str]:
    recovery_id, granted = reset_granted(service, ANNA_EMAIL)
    answer = set_password(service, recovery_id, granted["reset_token"], password)
    body = problem_of(answer, "password-rejected", 422)
    violations: list[str] = body["violations"]
    return violations


@pytest.mark.parametrize(
    ("password", "violations"),
    [
        ("Tiger-7", ["too_short"]),
        ("ж" * 129, ["too_long"]),
        ("100200301", ["same_as_login"]),
        ("Anna.Ivanova@Example.RU", ["same_as_login"]),
        ("89141000001", ["same_as_login"]),
        ("+7 914 100-00-01", ["same_as_login"]),
        (ANNA.password, ["same_as_current"]),
        ("Ａｍｕｒ-Tiger-2026", ["same_as_current"]),  # fullwidth, the same after NFKC
        ("password1", ["too_common"]),
        ("ＰＡＳＳＷＯＲＤ", ["too_common"]),  # fullwidth, NFKC-normalised
        ("qwertyuiop", ["too_common"]),
        ("йцукенгшщз", ["too_common"]),
        ("Пароль123", ["too_common"]),
        ("gfhjkm123", ["too_common"]),  # пароль123 typed with the Latin layout on
        ("GFHJKMGFHJKM", ["too_common"]),  # парольпароль, case-insensitive
        ("k.,k.nt,z", ["too_common"]),  # люблютебя typed with the Latin layout on
        ("пароль", ["too_short", "too_common"]),
    ],
)
def test_the_policy_names_every_rule_a_password_breaks(
    service: RunningService, password: str, violations: list[str]
) -> None:
    assert _violations(service, password) == violations


def test_the_blocklist_is_large_and_russian_aware() -> None:
    blocklist = load_blocklist()
    assert len(blocklist) >= 10_000
    assert "zxcvbn" in blocklist.source
    for word in ("пароль", "gfhjkm", "йцукен", "qwerty", "Солнышко", "cjkysirj", "ЛЮБОВЬ"):
        assert word in blocklist
    assert "тихий океан 2026 волна" not in blocklist


def test_length_counts_code_points_and_is_never_truncated(service: RunningService) -> None:
    longest = "ёж" * 64  # 128 code points, 256 bytes in UTF-8
    assert len(longest) == 128
    recovery_id, granted = reset_granted(service, ANNA_EMAIL)
    assert set_password(service, recovery_id, granted["reset_token"], longest).status_code == 204
    assert _sign_in(service, ANNA.number, longest).status_code == 201
    assert _sign_in(service, ANNA.number, longest[:127]).status_code == 401


def test_spaces_and_any_unicode_are_allowed_and_nfkc_applies(service: RunningService) -> None:
    password = "  мой кот любит рыбу 🐟  "
    recovery_id, granted = reset_granted(service, ANNA_EMAIL)
    assert set_password(service, recovery_id, granted["reset_token"], password).status_code == 204
    assert _sign_in(service, ANNA_EMAIL, password).status_code == 201
    short = "ｆｉｓｈ ｃａｔ"  # fullwidth: the same password after NFKC
    recovery_id, granted = reset_granted(service, ANNA_EMAIL)
    assert set_password(service, recovery_id, granted["reset_token"], short).status_code == 204
    assert _sign_in(service, ANNA_EMAIL, "fish cat").status_code == 201


def test_success_ends_sessions_and_lets_the_new_password_sign_in(
    service: RunningService,
) -> None:
    signed_in = _sign_in(service, ANNA.number, ANNA.password)
    assert signed_in.status_code == 201
    bearer = {"Authorization": f"Bearer {signed_in.json()['access_token']}"}
    assert requests.get(f"{service.base_url}/v1/profile", headers=bearer, timeout=5).ok
    recovery_id, granted = reset_granted(service, ANNA_EMAIL)
    assert set_password(service, recovery_id, granted["reset_token"], GOOD).status_code == 204
    ended = requests.get(f"{service.base_url}/v1/profile", headers=bearer, timeout=5)
    problem_of(ended, "unauthorized", 401)
    assert _sign_in(service, ANNA.number, ANNA.password).status_code == 401
    assert _sign_in(service, ANNA.number, GOOD).status_code == 201
    stored = service.context.db.one(
        "SELECT password_hash FROM accounts WHERE number = ?", (ANNA.number,)
    )
    assert stored is not None and stored["password_hash"].startswith("$argon2id$")


def test_every_contact_is_told_that_the_password_changed(service: RunningService) -> None:
    recovery_id, granted = reset_granted(service, ANNA_EMAIL)
    assert set_password(service, recovery_id, granted["reset_token"], GOOD).status_code == 204
    for to, channel in ((ANNA_EMAIL, "email"), ("+79141000001", "sms")):
        notice = last_message_to(service, to)
        assert notice["channel"] == channel
        assert notice["subject"] == "Пароль личного кабинета ДЭК изменён"
        assert "*****0301" in notice["body"]
        assert "(UTC+10)" in notice["body"]
        assert service.settings.support_phone in notice["body"]
        assert GOOD not in notice["body"]


def test_a_too_many_attempts_lock_is_cleared(service: RunningService) -> None:
    locked = demo_account("locked_attempts")
    assert locked.email is not None and locked.phone is not None
    before = problem_of(_sign_in(service, locked.number, locked.password), "account-locked", 423)
    assert before["reason"] == "too_many_attempts"
    recovery_id, granted = reset_granted(service, locked.phone, "sms")
    assert set_password(service, recovery_id, granted["reset_token"], GOOD).status_code == 204
    for login in (locked.number, locked.email, locked.phone):
        assert _sign_in(service, login, GOOD).status_code == 201


def test_an_inactivity_lock_is_cleared(service: RunningService) -> None:
    dormant = demo_account("dormant")
    assert dormant.email is not None
    problem_of(_sign_in(service, dormant.number, dormant.password), "account-locked", 423)
    recovery_id, granted = reset_granted(service, dormant.email)
    assert set_password(service, recovery_id, granted["reset_token"], GOOD).status_code == 204
    assert _sign_in(service, dormant.number, GOOD).status_code == 201
    row = service.context.db.one(
        "SELECT lock_reason FROM accounts WHERE number = ?", (dormant.number,)
    )
    assert row is not None and row["lock_reason"] is None


def test_a_shared_contact_needs_the_account_id(service: RunningService) -> None:
    flat, dacha = demo_account("shared_flat"), demo_account("shared_dacha")
    recovery_id, granted = reset_granted(service, "+79141000010", "sms")
    token = granted["reset_token"]
    ids = {a["number_masked"][-4:]: a["id"] for a in granted["accounts"]}
    missing = problem_of(set_password(service, recovery_id, token, GOOD), "validation-failed", 422)
    assert missing["errors"] == [{"field": "account_id", "code": "missing"}]
    stranger = set_password(service, recovery_id, token, GOOD, account_id="999999")
    unknown = problem_of(stranger, "validation-failed", 422)
    assert unknown["errors"] == [{"field": "account_id", "code": "unknown"}]
    answer = set_password(service, recovery_id, token, GOOD, account_id=ids["0311"])
    assert answer.status_code == 204
    assert _sign_in(service, dacha.number, GOOD).status_code == 201
    assert _sign_in(service, flat.number, flat.password).status_code == 201
    # the repeated call must name the same account
    other = set_password(service, recovery_id, token, GOOD, account_id=ids["0310"])
    problem_of(other, "reset-token-invalid", 401)


def test_the_same_call_repeated_answers_204_again(service: RunningService) -> None:
    recovery_id, granted = reset_granted(service, ANNA_EMAIL)
    token = granted["reset_token"]
    assert set_password(service, recovery_id, token, GOOD).status_code == 204
    service.clock.advance(service.settings.reset_ttl_s - 1)
    assert set_password(service, recovery_id, token, GOOD).status_code == 204
    different = set_password(service, recovery_id, token, GOOD + "!")
    problem_of(different, "reset-token-invalid", 401)
    notices = [m for m in service.outbox() if m["subject"] == "Пароль личного кабинета ДЭК изменён"]
    assert len(notices) == 2  # e-mail and SMS once: the repeat changed nothing
    service.clock.advance(1)
    problem_of(set_password(service, recovery_id, token, GOOD), "recovery-expired", 410)


def test_the_reset_token_is_valid_for_fifteen_minutes(service: RunningService) -> None:
    recovery_id, granted = reset_granted(service, ANNA_EMAIL)
    assert granted["reset_expires_in"] == 900
    service.clock.advance(899)
    assert set_password(service, recovery_id, granted["reset_token"], GOOD).status_code == 204


def test_the_reset_window_ends_at_fifteen_minutes(service: RunningService) -> None:
    recovery_id, granted = reset_granted(service, ANNA_EMAIL)
    service.clock.advance(900)
    answer = set_password(service, recovery_id, granted["reset_token"], GOOD)
    problem_of(answer, "recovery-expired", 410)
    assert _sign_in(service, ANNA.number, ANNA.password).status_code == 201


def test_a_wrong_reset_token_is_refused(service: RunningService) -> None:
    recovery_id, granted = reset_granted(service, ANNA_EMAIL)
    problem_of(set_password(service, recovery_id, "x" * 43, GOOD), "reset-token-invalid", 401)
    other_id, _ = reset_granted(service, "+79141000002", "sms")
    borrowed = set_password(service, other_id, granted["reset_token"], GOOD)
    problem_of(borrowed, "reset-token-invalid", 401)
    problem_of(set_password(service, "0" * 32, "x" * 43, GOOD), "not-found", 404)


def test_the_password_is_stored_nowhere_but_as_argon2id(service: RunningService) -> None:
    recovery_id, granted = reset_granted(service, ANNA_EMAIL)
    assert set_password(service, recovery_id, granted["reset_token"], GOOD).status_code == 204
    db = service.context.db
    for table in ("accounts", "recoveries", "sessions", "login_failures", "rate_events"):
        for row in db.all(f"SELECT * FROM {table}"):
            assert GOOD not in " ".join(str(value) for value in tuple(row))
    assert granted["reset_token"] not in " ".join(
        str(value) for row in db.all("SELECT * FROM recoveries") for value in tuple(row)
    )
