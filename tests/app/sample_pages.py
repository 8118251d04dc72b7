"""Two small pages on the shell's foundation, as a page helper writes them: the shell's own
tests drive the page base (busy, cancel, problems, focus, Back, live retranslation) with them.

Their .ui files are in tests/app/ui and their translations in tests/app/translations.
"""

from __future__ import annotations

from collections.abc import Awaitable
from pathlib import Path
from typing import ClassVar

from PySide6.QtWidgets import QLineEdit, QPushButton

from dek_desktop.wizard.flow_page import FlowPage
from dek_desktop.wizard.page_ids import PageId
from dek_desktop.wizard.page_services import PageServices

SAMPLE_UI = Path(__file__).with_name("ui")
SAMPLE_TRANSLATIONS = Path(__file__).with_name("translations")


class SampleLoginPage(FlowPage):
    page_id = PageId.LOGIN
    form_name = "sample_login_page"
    field_widgets: ClassVar[dict[str, str]] = {"login": "loginEdit", "password": "passwordEdit"}

    def __init__(self, services: PageServices) -> None:
        super().__init__(services)
        assert self.form is not None
        self.login_edit = self.form.find(QLineEdit, "loginEdit")
        self.password_edit = self.form.find(QLineEdit, "passwordEdit")
        self.form.find(QPushButton, "forgotLink").clicked.connect(
            lambda: services.flow.go_forgot(self.login_edit.text())
        )

    def retranslate(self) -> None:
        self.setTitle(self.tr("Sign in"))

    def next_button_text(self) -> str:
        return self.tr("Sign in")

    def next_action(self) -> Awaitable[object]:
        return self.services.flow.sign_in(self.login_edit.text(), self.password_edit.text())


class SampleForgotPage(FlowPage):
    page_id = PageId.FORGOT
    form_name = "sample_forgot_page"

    def retranslate(self) -> None:
        self.setTitle(self.tr("Forgot password"))


class SampleSupportPage(FlowPage):
    """No .ui: content built in code."""

    page_id = PageId.SUPPORT

    def retranslate(self) -> None:
        self.setTitle(self.tr("Support"))


SAMPLE_PAGES: tuple[type[FlowPage], ...] = (SampleLoginPage, SampleForgotPage, SampleSupportPage)
