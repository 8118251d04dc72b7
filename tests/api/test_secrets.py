"""Secrets never show themselves in repr, str, f-strings, dataclass reprs or exceptions."""

from __future__ import annotations

from datetime import timedelta

from dek_desktop.api import (
    AccessToken,
    ApplicationAccess,
    ApplicationStatus,
    ApplicationToken,
    Code,
    IdentityAnswer,
    LinkToken,
    Password,
    Pin,
    RecoveryLink,
    ResetGranted,
    ResetToken,
)

VALUE = "correct horse battery staple"


def test_every_secret_type_hides_its_value() -> None:
    for kind in (
        Password,
        Code,
        LinkToken,
        ResetToken,
        AccessToken,
        ApplicationToken,
        Pin,
        IdentityAnswer,
    ):
        secret = kind(VALUE)
        for shown in (repr(secret), str(secret), f"{secret}", "%s" % (secret,), f"{secret!r}"):  # noqa: UP031 - logging formats this way
            assert VALUE not in shown
            assert kind.__name__ in shown
        assert secret.reveal() == VALUE


def test_results_that_carry_secrets_hide_them_in_their_repr() -> None:
    results = [
        ResetGranted(ResetToken(VALUE), timedelta(minutes=15), ()),
        ApplicationAccess("A-1", ApplicationToken(VALUE), ApplicationStatus.DRAFT),
        RecoveryLink("r-1", LinkToken(VALUE)),
    ]
    for result in results:
        assert VALUE not in repr(result)
        assert VALUE not in str(result)


def test_secrets_compare_by_value_and_kind() -> None:
    assert Code("123456") == Code("123456")
    assert Code("123456") != Code("654321")
    assert Code("123456") != Pin("123456")
    assert len({Code("1"), Code("1"), Code("2")}) == 2
