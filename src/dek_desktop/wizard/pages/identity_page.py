"""`identityPage`: the service asks a few questions after the code (the last digits of SNILS,
the passport's series and number, the service address).

The consent to processing personal data comes first: its text and version from the policy in
a scrollable read-only box, and `consentCheck`; Next stays off until it is ticked. Then one
field per question, labelled in the language the service answered in; digits-only fields
accept spaces and dashes. A mismatch says the attempts left; the last one ends on the blocked
page (the flow's route).
"""

from __future__ import annotations

from collections.abc import Awaitable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...api.vocabulary import QuestionKind
from ...recovery import Field, ProblemKind, answer_field
from ..flow_page import FlowPage
from ..page_ids import PageId
from .page_height import PageHeight

if TYPE_CHECKING:
    from ...api.models import ConsentText, IdentityQuestion
    from ...recovery import FlowState, PageProblem
    from ..page_services import PageServices

_DIGITS_WITH_SEPARATORS = QRegularExpression(r"[0-9 \-]*")
#: How many lines of the consent show at once (it scrolls), so it grows with the zoom.
_CONSENT_LINES = 7


class IdentityPage(FlowPage):
    page_id = PageId.IDENTITY
    form_name = "identity_page"

    def __init__(self, services: PageServices) -> None:
        super().__init__(services)
        PageHeight(self)  # the window scrolls when the page grows, never squeezes it
        assert self.form is not None
        find = self.form.find
        self.consent_label = find(QLabel, "consentLabel")
        self.consent_text = find(QPlainTextEdit, "consentText")
        self.consent_check = find(QCheckBox, "consentCheck")
        self.questions_box = find(QGroupBox, "questionsBox")
        layout = self.questions_box.layout()
        assert isinstance(layout, QVBoxLayout)
        self._questions_layout = layout
        self.consent_check.toggled.connect(self.update_ready)
        self._drawn_consent: ConsentText | None = None
        self._drawn_questions: tuple[IdentityQuestion, ...] = ()
        self._answer_edits: dict[str, QLineEdit] = {}
        self._hints: list[QLabel] = []
        self._focused_problem: PageProblem | None = None
        self._fit_consent_height()

    # --- FlowPage ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setTitle(self.tr("A few questions"))
        for hint in self._hints:
            hint.setText(self._digits_hint())
        for edit in self._answer_edits.values():
            if edit.validator() is not None:
                edit.setAccessibleDescription(self._digits_hint())
        if self._drawn_consent is not None:
            self._show_consent(self._drawn_consent)

    def next_button_text(self) -> str:
        return self.tr("Confirm")

    def is_ready(self) -> bool:
        return self.consent_check.isChecked()

    def next_action(self) -> Awaitable[object]:
        answers = {question_id: edit.text() for question_id, edit in self._answer_edits.items()}
        return self.services.flow.answer_identity(
            answers, consent_given=self.consent_check.isChecked()
        )

    def draw(self, state: FlowState) -> None:
        if state.policy is not None and state.policy.consent != self._drawn_consent:
            if self._drawn_consent is not None:
                self.consent_check.setChecked(False)  # a new text needs a new consent
            self._show_consent(state.policy.consent)
        if state.identity_questions and state.identity_questions != self._drawn_questions:
            self._ask(state.identity_questions)
        self.draw_problem(state)
        problem = state.problem
        if problem is not None and problem != self._focused_problem:
            self._focused_problem = problem
            focus = self._field_to_fix(problem)
            if focus is not None:
                self.show_problem(lambda: self._problem_words(problem) or "", focus=focus)

    def problem_text(self, problem: PageProblem) -> str | None:
        return self._problem_words(problem)

    def field_widget(self, field: str) -> QWidget | None:
        if field == Field.CONSENT.value:
            return self.consent_check
        for question_id, edit in self._answer_edits.items():
            if field == answer_field(question_id):
                return edit
        return None

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_consent_height()

    # --- the page ----------------------------------------------------------------------------

    def _problem_words(self, problem: PageProblem) -> str | None:
        state = self.last_state
        left = state.attempts_left if state is not None else None
        if problem.kind is ProblemKind.IDENTITY_MISMATCH and left is not None:
            return self.tr(
                "The answers do not match what DEK knows. Please check them. %n attempt(s) left.",
                "",
                left,
            )
        if problem.kind is ProblemKind.CONSENT_CHANGED:
            return self.tr(
                "The consent text has just changed. Please read the new text and tick the "
                "box again."
            )
        return None

    def _field_to_fix(self, problem: PageProblem) -> QWidget | None:
        if problem.kind is ProblemKind.CONSENT_CHANGED:
            return self.consent_check
        if problem.kind is ProblemKind.IDENTITY_MISMATCH and self._answer_edits:
            return next(iter(self._answer_edits.values()))
        return None

    def _show_consent(self, consent: ConsentText) -> None:
        self._drawn_consent = consent
        english = self.services.language.language == "en"
        text = consent.text_en if english else consent.text_ru
        if self.consent_text.toPlainText() != text:
            self.consent_text.setPlainText(text)
        self.consent_label.setText(
            self.tr("Please read the consent (version %1):").replace("%1", consent.version)
        )

    def _ask(self, questions: tuple[IdentityQuestion, ...]) -> None:
        self._drawn_questions = questions
        while self._questions_layout.count():
            item = self._questions_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._answer_edits.clear()
        self._hints.clear()
        for number, question in enumerate(questions):
            if number:
                self._questions_layout.addSpacing(self.fontMetrics().height() // 2)
            label = QLabel(f"{question.label} *", self.questions_box)
            label.setWordWrap(True)
            edit = QLineEdit(self.questions_box)
            edit.setObjectName(f"answerEdit_{question.id}")
            edit.setProperty("secret", True)  # answers are personal: forgotten on leaving
            edit.setMaxLength(200)
            label.setBuddy(edit)
            self._questions_layout.addWidget(label)
            self._questions_layout.addWidget(edit)
            if question.kind is QuestionKind.DIGITS:
                edit.setValidator(QRegularExpressionValidator(_DIGITS_WITH_SEPARATORS, edit))
                edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
                hint = QLabel(self._digits_hint(), self.questions_box)
                hint.setWordWrap(True)
                edit.setAccessibleDescription(hint.text())
                self._questions_layout.addWidget(hint)
                self._hints.append(hint)
            self._answer_edits[question.id] = edit
        self.update_ready()

    def _digits_hint(self) -> str:
        return self.tr("Digits only; spaces and dashes are fine.")

    def _fit_consent_height(self) -> None:
        lines = self.consent_text.fontMetrics().lineSpacing() * _CONSENT_LINES
        self.consent_text.setFixedHeight(lines + 2 * self.consent_text.frameWidth() + 8)
