"""«Пароль изменён»: every contact was told, and «Войдите в личный кабинет» with the new
password, the login filled in."""

from __future__ import annotations

from collections.abc import Awaitable

from PySide6.QtWidgets import QLabel, QLineEdit

from ...recovery import FlowState
from ..flow_page import FlowPage
from ..page_ids import PageId
from ..page_services import PageServices
from .page_height import PageHeight


class DonePage(FlowPage):
    page_id = PageId.DONE
    form_name = "done_page"

    def __init__(self, services: PageServices) -> None:
        super().__init__(services)
        PageHeight(self)
        assert self.form is not None
        self.login_edit = self.form.find(QLineEdit, "signInLoginEdit")
        self.login_label = self.form.find(QLabel, "signInLoginLabel")
        self.keychain_note = self.form.find(QLabel, "keychainNoteLabel")
        self.keychain_note.hide()
        self._keychain_saved: bool | None = None

    def retranslate(self) -> None:
        self.setTitle(self.tr("Password changed"))
        self._draw_keychain_note()

    def draw(self, state: FlowState) -> None:
        super().draw(state)
        if self.login_edit.text() != state.login:
            self.login_edit.setText(state.login)
            self.login_edit.setCursorPosition(0)
        # A resumed recovery knows no login (the draft keeps none): the sign-in page asks for it.
        self.login_label.setVisible(bool(state.login))
        self.login_edit.setVisible(bool(state.login))

    def next_button_text(self) -> str:
        return self.tr("Sign in with the new password")

    def next_action(self) -> Awaitable[object]:
        return self.services.flow.sign_in_with_new_password()

    def show_keychain_outcome(self, saved: bool) -> None:
        """The new password page saved the password in the keychain (or could not)."""
        self._keychain_saved = saved
        self._draw_keychain_note()

    def page_left(self) -> None:
        super().page_left()
        self._keychain_saved = None
        self._draw_keychain_note()

    def _draw_keychain_note(self) -> None:
        if self._keychain_saved is None:
            self.keychain_note.hide()
            return
        if self._keychain_saved:
            text = self.tr("The new password is saved on this computer, in the system's storage.")
        else:
            text = self.tr(
                "The password could not be saved on this computer. Please write it down."
            )
        self.keychain_note.setText(text)
        self.keychain_note.setAccessibleDescription(text)
        self.keychain_note.show()
