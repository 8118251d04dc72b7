"""Plain words for the flow's problems and input issues that every page shares.

A page says its own, more exact words first (`FlowPage.problem_text`, `issue_text`: the
attempts left, the code's length); these are what is said otherwise. Matched by the values of
`ProblemKind` and `IssueCode` (StrEnums), so this module does not import the flow.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from ..recovery import InputIssue, PageProblem

translate = QCoreApplication.translate


def minutes_until(moment: datetime, now: datetime) -> int:
    return max(1, math.ceil((moment - now).total_seconds() / 60))


def general_problem_text(problem: PageProblem, now: datetime | None = None) -> str:
    now = now or datetime.now(UTC)
    kind = str(problem.kind)
    if kind == "no_connection":
        return translate(
            "ProblemTexts",
            "No connection to the service. Check that the internet works and press “Try again”.",
        )
    if kind == "timeout":
        return translate(
            "ProblemTexts", "The service did not answer in time. Press “Try again” in a minute."
        )
    if kind == "insecure_connection":
        return translate(
            "ProblemTexts",
            "The connection is not safe: the server could not prove it is the real one. "
            "Nothing was sent. Please call support.",
        )
    if kind == "bad_answer":
        return translate(
            "ProblemTexts",
            "The service sent an answer the app cannot read. Press “Try again”; if it "
            "happens again, please call support.",
        )
    if kind in ("rate_limited", "unavailable"):
        if problem.retry_at is not None:
            minutes = minutes_until(problem.retry_at, now)
            if kind == "rate_limited":
                return translate(
                    "ProblemTexts",
                    "Too many attempts. Please try again in %n minute(s).",
                    None,
                    minutes,
                )
            return translate(
                "ProblemTexts",
                "The service is closed for maintenance. Please try again in %n minute(s).",
                None,
                minutes,
            )
        if kind == "rate_limited":
            return translate("ProblemTexts", "Too many attempts. Please try again a little later.")
        return translate(
            "ProblemTexts", "The service is closed for maintenance. Please try again later."
        )
    if kind == "internal":
        return translate(
            "ProblemTexts",
            "Something went wrong on the service's side. Press “Try again”; if it happens "
            "again, please call support.",
        )
    if kind == "invalid_credentials":
        return translate("ProblemTexts", "Wrong login or password.")
    if kind == "captcha_required":
        return translate("ProblemTexts", "Please type the digits from the picture.")
    if kind == "captcha_wrong":
        return translate(
            "ProblemTexts", "The digits from the picture are not right. Please type the new ones."
        )
    if kind == "invalid_code":
        return translate("ProblemTexts", "The code is not right.")
    if kind == "recovery_expired":
        return translate(
            "ProblemTexts", "The code is no longer valid. Please start again to get a new one."
        )
    if kind == "recovery_locked":
        return translate(
            "ProblemTexts", "The code was entered wrong too many times. Please start again."
        )
    if kind == "identity_mismatch":
        return translate("ProblemTexts", "The answers do not match what we know about the account.")
    if kind == "reset_window_over":
        return translate(
            "ProblemTexts", "The time to set a new password is over. Please start again."
        )
    if kind == "password_rejected":
        return translate("ProblemTexts", "This password cannot be used. Please choose another one.")
    if kind == "consent_changed":
        return translate(
            "ProblemTexts", "The consent text has changed. Please read it and agree again."
        )
    if kind == "account_locked":
        return translate("ProblemTexts", "The account is blocked.")
    if kind == "validation_failed":
        return translate("ProblemTexts", "Some fields are not filled in right. Please check them.")
    if kind == "not_found":
        return translate(
            "ProblemTexts", "This request is no longer known to the service. Please start again."
        )
    if kind == "unauthorized":
        return translate("ProblemTexts", "The session has ended. Please sign in again.")
    if problem.detail:
        return translate("ProblemTexts", "The service could not do this: %1").replace(
            "%1", problem.detail
        )
    return translate(
        "ProblemTexts", "The service could not do this. Please try again or call support."
    )


def general_issue_text(issue: InputIssue) -> str:
    code = str(issue.code)
    texts = {
        "required": translate("ProblemTexts", "Please fill in this field."),
        "email_invalid": translate(
            "ProblemTexts", "This does not look like an e-mail address (like name@mail.ru)."
        ),
        "phone_invalid": translate(
            "ProblemTexts", "This does not look like a phone number (like 8 914 123-45-67)."
        ),
        "phone_not_mobile": translate(
            "ProblemTexts", "The code comes by SMS: please enter a mobile number."
        ),
        "account_number_invalid": translate(
            "ProblemTexts", "The account number has digits only; it is printed on your bill."
        ),
        "channel_unavailable": translate(
            "ProblemTexts", "The code cannot be sent this way now. Please choose the other way."
        ),
        "code_wrong_length": translate(
            "ProblemTexts", "The code has a different number of digits. Please check it."
        ),
        "code_not_digits": translate(
            "ProblemTexts",
            "The code has digits only. You may also paste the whole link from the message.",
        ),
        "link_unreadable": translate(
            "ProblemTexts",
            "This link cannot be read. Copy the whole link from the message, or type the code.",
        ),
        "link_of_other_request": translate(
            "ProblemTexts", "This link is from an earlier request. Please use the newest message."
        ),
        "digits_only": translate(
            "ProblemTexts", "Digits only, please (spaces and dashes are fine)."
        ),
        "consent_missing": translate(
            "ProblemTexts", "Please agree to the processing of personal data to go on."
        ),
        "unknown_account": translate(
            "ProblemTexts", "Please choose one of the accounts in the list."
        ),
        "too_short": translate("ProblemTexts", "The password is too short."),
        "too_long": translate("ProblemTexts", "The password is too long."),
        "same_as_login": translate(
            "ProblemTexts", "The password must not be the same as the login."
        ),
        "mismatch": translate("ProblemTexts", "The two passwords are not the same."),
    }
    return texts.get(code, translate("ProblemTexts", "Please check this field."))
