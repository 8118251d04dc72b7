"""The picture with digits the service asks for after several wrong passwords: the PNG, the
field for its digits, «another picture», and the support phone for those who cannot read it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRegularExpression
from PySide6.QtGui import QPixmap, QRegularExpressionValidator
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QPushButton

from ...support_hours import phone_for_display

if TYPE_CHECKING:
    from ...api.models import Captcha, SupportContacts
    from ..designer_forms import DesignerForm

translate = QCoreApplication.translate


class CaptchaBox:
    """`captchaPanel` of a form; shown while the flow's state holds a captcha."""

    def __init__(self, form: DesignerForm) -> None:
        self.panel = form.find(QFrame, "captchaPanel")
        self.picture = form.find(QLabel, "captchaPicture")
        self.edit = form.find(QLineEdit, "captchaEdit")
        self.new_picture_button = form.find(QPushButton, "newCaptchaButton")
        self.help_label = form.find(QLabel, "captchaHelpLabel")
        self.edit.setValidator(QRegularExpressionValidator(QRegularExpression("[0-9]*"), self.edit))
        self._shown: Captcha | None = None
        self._contacts: SupportContacts | None = None

    @property
    def answer(self) -> str:
        return self.edit.text().strip() if self._shown is not None else ""

    def show(self, captcha: Captcha | None, contacts: SupportContacts | None) -> None:
        if captcha is not self._shown:
            if captcha is None or self._shown is None or captcha.id != self._shown.id:
                self.edit.clear()  # a new picture has new digits
            self._shown = captcha
            if captcha is not None:
                pixmap = QPixmap()
                pixmap.loadFromData(captcha.image_png, "PNG")
                self.picture.setPixmap(pixmap)
        self.panel.setVisible(captcha is not None)
        if contacts is not self._contacts:
            self._contacts = contacts
            self.retranslate()

    def retranslate(self) -> None:
        self.picture.setAccessibleName(translate("CaptchaBox", "Picture with digits"))
        self.picture.setAccessibleDescription(
            translate(
                "CaptchaBox", "If you cannot read it, press “Show another picture” or call us."
            )
        )
        self.new_picture_button.setAccessibleDescription(
            translate("CaptchaBox", "The digits of a new picture may be easier to read")
        )
        contacts = self._contacts
        if contacts is None:
            text = translate(
                "CaptchaBox",
                "Cannot read it? Call us: the phone number is at the foot of the window.",
            )
        else:
            text = translate("CaptchaBox", "Cannot read it? Call us: %1").replace(
                "%1", phone_for_display(contacts.phone)
            )
        self.help_label.setText(text)
