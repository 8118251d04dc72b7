"""`forgotPage`: where to send the recovery code («Запрос на восстановление»).

The old password is not needed: the user picks e-mail or SMS (only the channels of the
policy), types the contact (the flow checks and normalises it: a phone in any common Russian
form), optionally the account number, and the digits of a picture when the service asks.
«Получить код» sends the request; the code page then says where the code went.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Mapping
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QPushButton, QRadioButton

from ...api.vocabulary import Channel
from ...recovery import Field, ProblemKind
from ..flow_page import FlowPage
from ..page_ids import PageId
from .captcha_box import CaptchaBox
from .page_height import PageHeight
from .svg_pictures import svg_pixmap

if TYPE_CHECKING:
    from ...recovery import FlowState, PageProblem
    from ..page_services import PageServices

_BOTH_CHANNELS = (Channel.EMAIL, Channel.SMS)
_CAPTCHA_PROBLEMS = (ProblemKind.CAPTCHA_REQUIRED, ProblemKind.CAPTCHA_WRONG)
#: The login page's picture of a bill, the account number framed (resources/images).
BILL_PICTURE = "bill_account_number"
_BILL_CHARS = 60


class ForgotPage(FlowPage):
    page_id = PageId.FORGOT
    form_name = "forgot_page"
    field_widgets: ClassVar[Mapping[str, str]] = {
        Field.CHANNEL.value: "emailRadio",
        Field.CONTACT.value: "contactEdit",
        Field.ACCOUNT_NUMBER.value: "accountEdit",
        "login": "accountEdit",  # the service's name for the account number
        Field.CAPTCHA.value: "captchaEdit",
    }

    def __init__(self, services: PageServices) -> None:
        super().__init__(services)
        PageHeight(self)  # the window scrolls when the page grows, never squeezes it
        assert self.form is not None
        find = self.form.find
        self.email_radio = find(QRadioButton, "emailRadio")
        self.sms_radio = find(QRadioButton, "smsRadio")
        self.contact_label = find(QLabel, "contactLabel")
        self.contact_edit = find(QLineEdit, "contactEdit")
        self.contact_hint = find(QLabel, "contactHint")
        self.account_edit = find(QLineEdit, "accountEdit")
        self.where_button = find(QPushButton, "whereButton")
        self.bill_frame = find(QFrame, "billFrame")
        self.bill_picture = find(QLabel, "billPicture")
        self.captcha = CaptchaBox(self.form)  # the sign-in page's, on this form
        self.account_edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)

        self._shown_channel = Channel.EMAIL
        self._typed: dict[Channel, str] = {}  # what was typed for each channel
        self._drawn_choice: tuple[Channel, str] | None = None
        self._drawn_account: str | None = None
        self._focused_captcha_problem: PageProblem | None = None
        self._side_tasks: set[asyncio.Task[object]] = set()

        self.email_radio.toggled.connect(self._channel_toggled)
        self.where_button.toggled.connect(self._show_bill)
        self.captcha.new_picture_button.clicked.connect(self._new_picture)
        self._show_channel_texts()

    # --- FlowPage ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setTitle(self.tr("Password recovery"))
        self.captcha.retranslate()
        self.bill_picture.setAccessibleName(
            self.tr("A sample bill: the account number is at the top, framed in red")
        )
        self.where_button.setAccessibleDescription(
            self.tr("Shows where the account number is printed on the bill")
        )
        self._show_channel_texts()

    def next_button_text(self) -> str:
        return self.tr("Get the code")

    def next_action(self) -> Awaitable[object]:
        return self.services.flow.start_recovery(
            self.channel, self.contact_edit.text(), self.account_edit.text(), self.captcha.answer
        )

    def draw(self, state: FlowState) -> None:
        channels = state.policy.channels if state.policy is not None else _BOTH_CHANNELS
        self.email_radio.setVisible(Channel.EMAIL in channels)
        self.sms_radio.setVisible(Channel.SMS in channels)
        choice = (state.channel, state.contact)
        if choice != self._drawn_choice:
            self._drawn_choice = choice
            if state.contact:
                self._typed[state.channel] = state.contact
            self._choose(state.channel, restore=True)
        if self.channel not in channels and channels:
            self._choose(channels[0], restore=True)
        if state.account_number != self._drawn_account:
            self._drawn_account = state.account_number
            if state.account_number:
                self.account_edit.setText(state.account_number)
        self.captcha.show(state.captcha, state.support_contacts)
        if state.captcha is not None and state.support_contacts is None:
            self._beside(self.services.flow.load_support_contacts())  # «позвоните нам»
        self.draw_problem(state)
        problem = state.problem
        new_captcha_problem = problem != self._focused_captcha_problem
        if problem is not None and problem.kind in _CAPTCHA_PROBLEMS and new_captcha_problem:
            self._focused_captcha_problem = problem
            self.show_problem(lambda: self._problem_words(problem) or "", focus=self.captcha.edit)

    def problem_text(self, problem: PageProblem) -> str | None:
        return self._problem_words(problem)

    # --- the page ----------------------------------------------------------------------------

    @property
    def channel(self) -> Channel:
        return Channel.SMS if self.sms_radio.isChecked() else Channel.EMAIL

    def _problem_words(self, problem: PageProblem) -> str | None:
        if problem.kind is ProblemKind.CAPTCHA_REQUIRED:
            return self.tr(
                "Please type the digits from the picture and press “Get the code” again."
            )
        if problem.kind is ProblemKind.CAPTCHA_WRONG:
            return self.tr(
                "The digits were not right. Here is a new picture: please type its digits."
            )
        return None

    def _choose(self, channel: Channel, *, restore: bool) -> None:
        radio = self.sms_radio if channel is Channel.SMS else self.email_radio
        if not radio.isChecked():
            radio.setChecked(True)  # _channel_toggled swaps the contact's text
        elif restore:
            self.contact_edit.setText(self._typed.get(channel, ""))

    def _channel_toggled(self) -> None:
        previous, now = self._shown_channel, self.channel
        if previous is now:
            return
        self._typed[previous] = self.contact_edit.text()
        self._shown_channel = now
        self.clear_problem()  # what was wrong with the other kind of contact no longer is
        self.contact_edit.setText(self._typed.get(now, ""))
        self._show_channel_texts()

    def _show_channel_texts(self) -> None:
        if self.channel is Channel.SMS:
            self.contact_label.setText(self.tr("Mobile phone number *"))
            self.contact_hint.setText(self.tr("For example: 8 914 123-45-67 or +7 914 123-45-67"))
            self.contact_edit.setPlaceholderText("8 914 123-45-67")
            self.contact_edit.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        else:
            self.contact_label.setText(self.tr("E-mail address *"))
            self.contact_hint.setText(self.tr("For example: name@mail.ru"))
            self.contact_edit.setPlaceholderText("name@mail.ru")
            self.contact_edit.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
        self.contact_edit.setAccessibleDescription(self.contact_hint.text())

    def _show_bill(self, shown: bool) -> None:
        if shown:
            width = self.fontMetrics().averageCharWidth() * _BILL_CHARS
            self.bill_picture.setPixmap(
                svg_pixmap(BILL_PICTURE, width, ratio=self.devicePixelRatioF())
            )
        self.bill_frame.setVisible(shown)

    def _new_picture(self) -> None:
        self.run_busy(self.services.flow.refresh_captcha())

    def _beside(self, work: Awaitable[object]) -> None:
        """A call beside the page's own (no busy state), kept until it ends."""
        task: asyncio.Task[object] = asyncio.ensure_future(work)
        self._side_tasks.add(task)
        task.add_done_callback(self._side_tasks.discard)
