"""`loginPage`: sign in with an account number, e-mail or phone and the password.

Besides the two fields it helps with what most often goes wrong (the seed's first step: check
the layout and Caps Lock): a warning when Caps Lock is on, when Russian letters are typed where
Latin ones are meant, the keyboard's language by each field, and after a failed sign-in the
login as the same keys give it in the Latin layout. Wrong passwords say how many attempts are
left; the picture with digits comes when the service asks for it. «Где найти номер лицевого
счёта?» opens a sample bill with the number framed.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ...recovery import ProblemKind, Step
from ...recovery.login_layout import (
    login_in_wrong_layout,
    login_typed_in_latin,
    password_in_wrong_layout,
)
from ..flow_page import FlowPage
from ..page_ids import PageId
from ..problem_texts import general_issue_text, general_problem_text
from .caps_lock_watch import CapsLockWatch
from .captcha_box import CaptchaBox
from .keyboard_language import KeyboardLanguageWatch, short_name
from .page_height import PageHeight
from .remember_me import RememberMe
from .svg_pictures import svg_icon, svg_pixmap

if TYPE_CHECKING:
    from ...recovery import FlowState, InputIssue, PageProblem
    from ..page_services import PageServices

BILL_PICTURE = "bill_account_number"
# A failed sign-in after which the login may have been typed in the wrong layout.
_CREDENTIAL_PROBLEMS = frozenset(
    {ProblemKind.INVALID_CREDENTIALS, ProblemKind.CAPTCHA_REQUIRED, ProblemKind.CAPTCHA_WRONG}
)
_CAPTCHA_PROBLEMS = frozenset({ProblemKind.CAPTCHA_REQUIRED, ProblemKind.CAPTCHA_WRONG})


class LoginPage(FlowPage):
    page_id = PageId.LOGIN
    form_name = "login_page"
    field_widgets: ClassVar[dict[str, str]] = {
        "login": "loginEdit",
        "password": "passwordEdit",
        "captcha": "captchaEdit",
    }

    def __init__(self, services: PageServices) -> None:
        super().__init__(services)
        form = self.form
        assert form is not None
        self.login_edit = form.find(QLineEdit, "loginEdit")
        self.password_edit = form.find(QLineEdit, "passwordEdit")
        self.password_edit.setProperty("secret", True)  # forgotten on leaving, shown or not
        self.show_password_button = form.find(QPushButton, "showPasswordButton")
        self.login_language_label = form.find(QLabel, "loginLanguageLabel")
        self.password_language_label = form.find(QLabel, "passwordLanguageLabel")
        self.login_hint = form.find(QLabel, "loginHint")
        self.login_layout_warning = form.find(QLabel, "loginLayoutWarning")
        self.password_layout_warning = form.find(QLabel, "passwordLayoutWarning")
        self.caps_lock_warning = form.find(QLabel, "capsLockWarning")
        self.retyped_login_panel = form.find(QFrame, "retypedLoginPanel")
        self.retyped_login_button = form.find(QPushButton, "retypedLoginButton")
        self.bill_link = form.find(QPushButton, "billLink")
        self.bill_panel = form.find(QFrame, "billPanel")
        self.bill_picture = form.find(QLabel, "billPicture")
        self.remember_check = form.find(QCheckBox, "rememberCheck")
        self.captcha = CaptchaBox(form)
        self.forgot_link = form.find(QPushButton, "forgotLink")
        self.documents_link = form.find(QPushButton, "documentsLink")

        PageHeight(self)  # the window scrolls when a panel opens, never squeezes the page
        self.caps_lock = CapsLockWatch(self)
        self.caps_lock.watch(self.login_edit)
        self.caps_lock.watch(self.password_edit)
        self.caps_lock.changed.connect(self._show_warnings)
        self.keyboard = KeyboardLanguageWatch(self)
        self.keyboard.changed.connect(self._show_keyboard_language)
        self.remember_me = RememberMe(
            services.keychain,
            self.remember_check,
            form.find(QLabel, "keychainNote"),
            kiosk=services.config.kiosk,
        )
        self.remember_me.remembered.connect(self._fill_in_remembered)

        self.login_edit.textChanged.connect(self._login_changed)
        self.password_edit.textChanged.connect(self._show_warnings)
        self.show_password_button.toggled.connect(self._show_password)
        self.bill_link.toggled.connect(self._show_bill)
        form.find(QPushButton, "hideBillButton").clicked.connect(self._hide_bill)
        self.retyped_login_button.clicked.connect(self._use_retyped_login)
        self.captcha.new_picture_button.clicked.connect(self._new_picture)
        self.forgot_link.clicked.connect(self._go_forgot)
        self.documents_link.clicked.connect(services.flow.go_documents)

        self._drawn_login = ""
        self._focused_problem: PageProblem | None = None
        self._offer: str | None = None
        self._contacts_task: asyncio.Task[object] | None = None
        self._select_password_on_focus = False
        self.password_edit.installEventFilter(self)
        self.password_edit.textEdited.connect(self._password_edited)
        self._show_password(False)
        self.remember_me.load()

    # --- FlowPage ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setTitle(self.tr("Personal account sign-in"))
        self.forgot_link.setAccessibleDescription(
            self.tr("Get a code by e-mail or SMS and set a new password")
        )
        self.documents_link.setAccessibleDescription(
            self.tr("Restore access by sending scans of your documents")
        )
        self.remember_check.setAccessibleDescription(
            self.tr("Your login is remembered anyway; tick to keep the password too")
        )
        self.captcha.retranslate()
        self._show_password(self.show_password_button.isChecked())
        self._show_keyboard_language()
        self._show_warnings()
        self._show_offer()

    def next_button_text(self) -> str:
        return self.tr("Sign in")

    def next_action(self) -> Awaitable[object]:
        return self._sign_in(
            self.login_edit.text(),
            self.password_edit.text(),
            self.captcha.answer,
            remember_password=self.remember_check.isChecked(),
        )

    def draw(self, state: FlowState) -> None:
        if state.login != self._drawn_login:
            self._drawn_login = state.login
            if state.login and self.login_edit.text() != state.login:
                self.login_edit.setText(state.login)  # a login prefilled by the flow
        self.captcha.show(state.captcha, state.support_contacts)
        if state.captcha is not None and state.support_contacts is None:
            self._load_support_phone()
        self.draw_problem(state)
        self._focus_on_new_problem(state)
        self._show_offer()
        self._describe_fields()

    def problem_text(self, problem: PageProblem) -> str | None:
        if problem.kind is ProblemKind.INVALID_CREDENTIALS:
            return self._wrong_password_text()
        if problem.kind is ProblemKind.CAPTCHA_REQUIRED:
            return self.tr(
                "To protect your account, please also type the digits from the picture "
                "and press “Sign in” again."
            )
        if problem.kind is ProblemKind.CAPTCHA_WRONG:
            return self.tr(
                "The digits did not match the picture. Here is a new picture: "
                "please type its digits."
            )
        return None

    def issue_text(self, issue: InputIssue) -> str | None:
        if str(issue.field) == "captcha" and str(issue.code) == "required":
            return self.tr("Please type the digits from the picture.")
        return None

    def forget_secrets(self) -> None:
        super().forget_secrets()
        self.show_password_button.setChecked(False)

    def page_left(self) -> None:
        super().page_left()
        self.caps_lock.forget()

    # --- Qt ----------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # After a wrong password the whole password is selected, so typing replaces it; the
        # wizard may move the focus away and back meanwhile, which would drop the selection.
        if (
            watched is self.password_edit
            and event.type() == QEvent.Type.FocusIn
            and self._select_password_on_focus
        ):
            self.password_edit.selectAll()
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._show_password(self.show_password_button.isChecked())
            if self.bill_panel.isVisible():
                self._draw_bill()
        super().changeEvent(event)

    # --- actions -----------------------------------------------------------------------------

    async def _sign_in(
        self, login: str, password: str, captcha_answer: str, *, remember_password: bool
    ) -> None:
        state = await self.services.flow.sign_in(login, password, captcha_answer)
        if state.step is Step.SIGNED_IN:
            await self.remember_me.keep(login.strip(), password if remember_password else None)

    def _go_forgot(self) -> None:
        self.services.flow.go_forgot(typed_login=self.login_edit.text())

    def _new_picture(self) -> None:
        self.run_busy(
            self.services.flow.refresh_captcha(), status=self.tr("Getting a new picture…")
        )

    def _password_edited(self) -> None:
        self._select_password_on_focus = False

    def _use_retyped_login(self) -> None:
        if self._offer is None:
            return
        self.login_edit.setText(self._offer)
        self.password_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.password_edit.selectAll()

    def _fill_in_remembered(self, login: str, password: str) -> None:
        if self.login_edit.text():
            return  # the user began typing meanwhile
        self.login_edit.setText(login)
        if password and not self.password_edit.text():
            self.password_edit.setText(password)
            self.remember_check.setChecked(True)

    def _load_support_phone(self) -> None:
        """The phone for «позвоните нам», fetched beside the page's own call (no busy state)."""
        if self._contacts_task is None or self._contacts_task.done():
            self._contacts_task = asyncio.ensure_future(self.services.flow.load_support_contacts())

    # --- drawing -----------------------------------------------------------------------------

    def _wrong_password_text(self) -> str:
        state = self.last_state
        text = self.tr("Wrong login or password.")
        left = state.attempts_left if state is not None else None
        if left is not None:
            text += " " + self.tr("%n attempt(s) left.", "", left)
        return (
            text
            + "\n"
            + self.tr(
                "Check the keyboard language and that Caps Lock is off. Not sure of the "
                "password? Press “Forgot your password?”."
            )
        )

    def _focus_on_new_problem(self, state: FlowState) -> None:
        """A wrong password puts the focus on the password, a picture on its digits."""
        problem = state.problem
        if problem is None or problem is self._focused_problem:
            return
        self._focused_problem = problem
        if problem.kind is ProblemKind.INVALID_CREDENTIALS:
            target: QWidget = self.password_edit
            self._select_password_on_focus = True
        elif problem.kind in _CAPTCHA_PROBLEMS and state.captcha is not None:
            target = self.captcha.edit
        else:
            return
        self.show_problem(self._problem_words(problem), focus=target, describe_focus=False)

    def _problem_words(self, problem: PageProblem) -> Callable[[], str]:
        return lambda: self.problem_text(problem) or general_problem_text(problem)

    def _show_offer(self) -> None:
        """After a failed sign-in: the login as the same keys type it in the Latin layout."""
        state = self.last_state
        offer = None
        if (
            state is not None
            and state.problem is not None
            and state.problem.kind in _CREDENTIAL_PROBLEMS
            and self.login_edit.text().strip() == state.login.strip()
        ):
            offer = login_typed_in_latin(state.login)
        self._offer = offer
        if offer is not None:
            self.retyped_login_button.setText(offer)
            question = self.tr("Did you mean:")  # the label's words, in this language now
            self.retyped_login_button.setAccessibleName(f"{question} {offer}")
            self.retyped_login_button.setAccessibleDescription(
                self.tr("Puts this login into the field")
            )
        self.retyped_login_panel.setVisible(offer is not None)

    def _login_changed(self) -> None:
        self._show_warnings()
        self._show_offer()

    def _show_warnings(self) -> None:
        login_wrong = login_in_wrong_layout(self.login_edit.text())
        self.login_layout_warning.setText(
            self.tr(
                "The login has Russian letters. Perhaps the keyboard is set to Russian: "
                "switch it to English (the letters next to the field show EN) and type "
                "the login again."
            )
        )
        self.login_layout_warning.setVisible(login_wrong)
        password_wrong = password_in_wrong_layout(self.password_edit.text())
        self.password_layout_warning.setText(
            self.tr(
                "The password is being typed in Russian letters. If your password is in "
                "English letters, switch the keyboard to English (the letters next to the "
                "field show EN)."
            )
        )
        self.password_layout_warning.setVisible(password_wrong)
        self.caps_lock_warning.setVisible(self.caps_lock.is_on)
        self._describe_fields()

    def _show_keyboard_language(self) -> None:
        locale = self.keyboard.locale
        code = short_name(locale)
        names = {"EN": self.tr("English"), "RU": self.tr("Russian")}
        name = names.get(code) or locale.nativeLanguageName() or code
        said = self.tr("Keyboard language: %1").replace("%1", name)
        for badge in (self.login_language_label, self.password_language_label):
            badge.setText(code)
            badge.setToolTip(said)
            badge.setAccessibleDescription(said)
        self._describe_fields()

    def _show_password(self, shown: bool) -> None:
        button = self.show_password_button
        self.password_edit.setEchoMode(
            QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        )
        color = button.palette().color(QPalette.ColorRole.ButtonText)
        size = button.fontMetrics().height()
        button.setIcon(
            svg_icon(
                "eye_closed" if shown else "eye_open", size, color, ratio=self.devicePixelRatioF()
            )
        )
        button.setIconSize(QSize(size, size))
        button.setText(self.tr("Hide") if shown else self.tr("Show"))
        button.setAccessibleName(
            self.tr("Hide the password") if shown else self.tr("Show the password")
        )

    def _show_bill(self, shown: bool) -> None:
        if shown:
            self._draw_bill()
        self.bill_panel.setVisible(shown)

    def _hide_bill(self) -> None:
        self.bill_link.setChecked(False)
        self.bill_link.setFocus(Qt.FocusReason.OtherFocusReason)

    def _draw_bill(self) -> None:
        width = min(32 * self.fontMetrics().averageCharWidth() * 2, 720)
        self.bill_picture.setPixmap(svg_pixmap(BILL_PICTURE, width, ratio=self.devicePixelRatioF()))
        self.bill_picture.setAccessibleName(self.tr("Sample DEK bill"))
        self.bill_picture.setAccessibleDescription(
            self.tr(
                "At the top of the bill, under the DEK name: “Лицевой счёт: 100 200 301”, "
                "framed in red. Your bill shows your own number there."
            )
        )

    def _describe_fields(self) -> None:
        """Each field's accessible description says what is wrong with it and what to mind."""
        state = self.last_state
        said: dict[QWidget, list[str]] = {
            self.login_edit: [],
            self.password_edit: [],
            self.captcha.edit: [],
        }
        if state is not None:
            for issue in state.input_issues:
                field = self.field_widget(issue.field)
                if field in said:
                    said[field].append(self.issue_text(issue) or general_issue_text(issue))
            problem = state.problem
            if problem is not None and problem.kind is ProblemKind.INVALID_CREDENTIALS:
                said[self.password_edit].append(self._wrong_password_text())
            elif problem is not None and problem.kind in _CAPTCHA_PROBLEMS:
                said[self.captcha.edit].append(self.problem_text(problem) or "")
        for warning, field in (
            (self.login_layout_warning, self.login_edit),
            (self.caps_lock_warning, self.password_edit),
            (self.password_layout_warning, self.password_edit),
        ):
            if not warning.isHidden():
                said[field].append(warning.text())
        said[self.login_edit].append(self.login_hint.text())
        said[self.password_edit].append(self.password_language_label.accessibleDescription())
        for field, texts in said.items():
            field.setAccessibleDescription("\n".join(text for text in texts if text))
