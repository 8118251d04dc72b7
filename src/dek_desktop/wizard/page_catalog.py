"""The wizard's pages, one class per step of the flow.

A page helper adds its class to PAGE_CLASSES. This module (and so every page, the flow and
the API client behind them) is imported in a worker thread after the window has painted.
"""

from __future__ import annotations

from .flow_page import FlowPage
from .pages.account_choice_page import AccountChoicePage
from .pages.blocked_page import BlockedPage
from .pages.code_page import CodePage
from .pages.documents_page import DocumentsPage
from .pages.done_page import DonePage
from .pages.forgot_page import ForgotPage
from .pages.identity_page import IdentityPage
from .pages.login_page import LoginPage
from .pages.new_password_page import NewPasswordPage
from .pages.signed_in_page import SignedInPage
from .pages.support_page import SupportPage

PAGE_CLASSES: tuple[type[FlowPage], ...] = (
    LoginPage,
    SignedInPage,
    ForgotPage,
    CodePage,
    AccountChoicePage,
    IdentityPage,
    NewPasswordPage,
    DonePage,
    BlockedPage,
    SupportPage,
    DocumentsPage,
)
