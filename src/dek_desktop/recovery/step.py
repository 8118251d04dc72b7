"""What the wizard shows: one value per page, and the user actions that move between them."""

from __future__ import annotations

from enum import StrEnum


class Step(StrEnum):
    LOGIN = "login"
    FORGOT = "forgot"
    CODE = "code"
    ACCOUNT_CHOICE = "account_choice"
    IDENTITY = "identity"
    NEW_PASSWORD = "new_password"  # noqa: S105 (a name, not a password)
    DONE = "done"
    SIGNED_IN = "signed_in"
    BLOCKED = "blocked"
    DOCUMENTS = "documents"
    SUPPORT = "support"
    CONTACTS = "contacts"


class UserAction(StrEnum):
    """A call the flow makes on the user's behalf; a page shows it as busy while it runs."""

    LOAD_POLICY = "load_policy"
    SIGN_IN = "sign_in"
    SIGN_OUT = "sign_out"
    REFRESH_CAPTCHA = "refresh_captcha"
    REQUEST_RECOVERY = "request_recovery"
    RESEND_CODE = "resend_code"
    VERIFY = "verify"
    ANSWER_IDENTITY = "answer_identity"
    SET_PASSWORD = "set_password"  # noqa: S105 (a name, not a password)
    LOAD_SUPPORT_CONTACTS = "load_support_contacts"
    SEND_SUPPORT_REQUEST = "send_support_request"
