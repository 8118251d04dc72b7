"""`FlowPage`: the base of every wizard page, so that every page behaves the same way.

A page is a view of the flow's state. It
- shows its Designer form (`form_name` = "login_page" loads ui/login_page.ui),
- draws itself from each new `FlowState` in `draw(state)` (the wizard calls it for the
  page on screen), and says the state's problem or input issues in its `problemLabel`,
- runs the flow's actions with `run_busy(...)`: the form is disabled, a moving bar, what is
  happening and a Cancel button show; Cancel, Esc or leaving the page cancel the call, and an
  answer that arrives after the page was left is dropped,
- starts its main action from the wizard's Next button (`next_action`); the flow's answer
  decides which page comes next, never the page,
- sets its own texts in `retranslate()`, called again on every language switch,
- keeps what was typed when the user goes back and forth, except secrets (`forget_secrets`).

Strings of this base class use `QCoreApplication.translate("FlowPage", ...)`: `self.tr()`
would look them up in the context of the subclass.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from .busy_indicator import BusyIndicator
from .live_text import LiveText, resolve
from .page_ids import PageId
from .problem_label import ProblemLabel
from .problem_texts import general_issue_text, general_problem_text

if TYPE_CHECKING:
    from ..recovery import FlowState, InputIssue, PageProblem
    from .designer_forms import DesignerForm
    from .page_services import PageServices

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

T = TypeVar("T")

_INPUTS = (QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QListView)


class FlowPage(QWizardPage):
    #: Which step of the flow this page shows; also gives its objectName.
    page_id: ClassVar[PageId]
    #: ui/<form_name>.ui is loaded as the page's content; None: build `self.content` in code.
    form_name: ClassVar[str | None] = None
    #: The flow's field names (`recovery.Field` values) -> objectNames of the widgets that
    #: take them: an input issue about a field puts the focus there and describes it.
    field_widgets: ClassVar[Mapping[str, str]] = {}
    #: True: the content takes the page's spare height (a list); False: the problem and busy
    #: lines sit right under the form and the spare height stays below.
    content_stretches: ClassVar[bool] = False

    busy_changed = Signal(bool)

    def __init__(self, services: PageServices) -> None:
        super().__init__()
        self.services = services
        self.setObjectName(self.page_id.object_name)
        self.form: DesignerForm | None = None
        if self.form_name is not None:
            self.form = services.forms.load(self.form_name, self)
            self.content = self.form.widget
        else:
            self.content = QWidget(self)
        self.content.setObjectName(self.content.objectName() or "pageContent")
        self.problem_label = ProblemLabel(self)
        self.retry_button = QPushButton(self)
        self.retry_button.setObjectName("retryButton")
        self.retry_button.hide()
        self.retry_button.clicked.connect(self._retry_clicked)
        self.busy_indicator = BusyIndicator(self)
        self.busy_indicator.cancel_requested.connect(self.cancel_busy)

        problem_row = QHBoxLayout()
        problem_row.addWidget(self.problem_label, 1)
        problem_row.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.content, 1 if self.content_stretches else 0)
        layout.addLayout(problem_row)
        layout.addWidget(self.busy_indicator)
        if not self.content_stretches:
            layout.addStretch(1)

        self._busy_task: asyncio.Task[Any] | None = None
        self._focus_before_busy: QWidget | None = None
        self._focus_after_busy: QWidget | None = None
        self._problem: LiveText | None = None
        self._problem_focus: QWidget | None = None
        self._retry: Callable[[], object] | None = None
        self._described: dict[QWidget, str] = {}
        self._drawn_trouble: object = None
        self._last_state: FlowState | None = None

    # --- what a page writes ------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set the page's own texts (title, button texts, texts set in code). Designer texts
        retranslate themselves. Called once when the page is added and on every switch."""

    def draw(self, state: FlowState) -> None:
        """Draw the page from the flow's state; the default says its problem. Called for the
        page on screen after every change of the state, and after a language switch, so it
        must not overwrite what the user is typing with the same value."""
        self.draw_problem(state)

    def next_action(self) -> Awaitable[object] | None:
        """The wizard's Next button: the flow's call (e.g. `self.services.flow.verify(...)`),
        run busy. None (the default): the page has no Next button."""
        return None

    @property
    def has_next_action(self) -> bool:
        return type(self).next_action is not FlowPage.next_action

    def next_button_text(self) -> str | None:
        """The Next button's words on this page («Войти», «Получить код»); None: Qt's Next."""
        return None

    def is_ready(self) -> bool:
        """Whether Next may be pressed now; call `update_ready()` when the answer changes."""
        return True

    def problem_text(self, problem: PageProblem) -> str | None:
        """This page's own words for a problem (None: the shared words of problem_texts)."""
        return None

    def issue_text(self, issue: InputIssue) -> str | None:
        """This page's own words for an input issue (None: the shared words)."""
        return None

    def initial_focus(self) -> QWidget | None:
        """Where the keyboard focus goes when the page is shown: the first enabled field."""
        for widget in self.content.findChildren(QWidget):
            if (
                isinstance(widget, _INPUTS)
                and widget.isEnabled()
                and widget.isVisibleTo(self)
                and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
            ):
                return widget
        return None

    def forget_secrets(self) -> None:
        """Clears what must not be kept once the page is left: every password field."""
        for field in self.content.findChildren(QLineEdit):
            if field.echoMode() != QLineEdit.EchoMode.Normal or field.property("secret"):
                field.clear()

    # --- what a page calls -------------------------------------------------------------------

    def show_problem(
        self,
        text: LiveText,
        *,
        focus: QWidget | None = None,
        retry: Callable[[], object] | None = None,
        describe_focus: bool = True,
    ) -> None:
        """Says `text` in problemLabel (announced to screen readers); puts the focus on the
        field to fix, which gets the same text as its accessible description (unless
        `describe_focus` is False: the caller described it); `retry` adds a button."""
        self._problem, self._retry = text, retry
        self._problem_focus = focus
        said = resolve(text)
        self.problem_label.say(said)
        self.retry_button.setVisible(retry is not None)
        if focus is not None:
            if describe_focus:
                self._describe(focus, said)
            if self.is_busy:
                self._focus_after_busy = focus  # disabled while busy: focus it once enabled
            else:
                _focus_field(focus)

    def clear_problem(self) -> None:
        self._problem = self._retry = self._problem_focus = None
        self.problem_label.clear_problem()
        self.retry_button.hide()
        self._restore_descriptions()

    def run_busy(self, work: Awaitable[T], *, status: LiveText | None = None) -> asyncio.Task[T]:
        """Runs `work` (a coroutine: the flow's action) as the page's one pending call."""
        self.cancel_busy()
        task: asyncio.Task[T] = asyncio.ensure_future(work)
        self._busy_task = task
        self._set_busy(True, status)
        task.add_done_callback(self._busy_done)
        return task

    def cancel_busy(self) -> None:
        task = self._busy_task
        if task is not None and not task.done():
            task.cancel()

    @property
    def is_busy(self) -> bool:
        return self._busy_task is not None

    def update_ready(self) -> None:
        self.completeChanged.emit()

    @property
    def last_state(self) -> FlowState | None:
        return self._last_state

    def draw_problem(self, state: FlowState) -> None:
        """Says the state's problem, else its input issues, else nothing. The focus moves to
        the field to fix only when the trouble is new, not on every redraw."""
        trouble = (state.problem, state.input_issues)
        is_new = trouble != self._drawn_trouble
        self._drawn_trouble = trouble
        self._restore_descriptions()
        if state.problem is not None:
            problem = state.problem
            retry = self._retry_flow if state.can_retry else None
            self.show_problem(
                lambda: self.problem_text(problem) or general_problem_text(problem), retry=retry
            )
            return
        if state.input_issues:
            issues = state.input_issues
            texts = [self.issue_text(issue) or general_issue_text(issue) for issue in issues]
            for issue, text in zip(issues, texts, strict=True):
                widget = self.field_widget(issue.field)
                if widget is not None:
                    self._describe(widget, text)
            first = self.field_widget(issues[0].field)
            self.show_problem(
                lambda: "\n".join(
                    dict.fromkeys(
                        self.issue_text(issue) or general_issue_text(issue) for issue in issues
                    )
                ),
                focus=first if is_new else None,
                describe_focus=False,
            )
            return
        self.clear_problem()

    def field_widget(self, field: str) -> QWidget | None:
        name = self.field_widgets.get(str(field))
        return self.findChild(QWidget, name) if name else None

    # --- called by the wizard ----------------------------------------------------------------

    def show_state(self, state: FlowState) -> None:
        self._last_state = state
        self.draw(state)

    def page_entered(self) -> None:
        self._apply_next_button_text()
        focus = self.initial_focus()
        if focus is not None and not self.is_busy:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def page_left(self) -> None:
        """The wizard moved on: the pending call is cancelled, unless the move is that call's
        own answer arriving (then the call is simply no longer this page's); secrets typed
        here are forgotten."""
        task = self._busy_task
        if task is not None and task is not asyncio.current_task():
            task.cancel()
        if task is not None:
            self._busy_task = None
            self._set_busy(False, None)
        self.forget_secrets()

    def retranslate_page(self) -> None:
        self.retry_button.setText(translate("FlowPage", "Try again"))
        self.retry_button.setAccessibleDescription(
            translate("FlowPage", "Send the same request once more")
        )
        self.busy_indicator.retranslate()
        self.retranslate()
        self._apply_next_button_text()
        if self._last_state is not None:
            self.draw(self._last_state)
        elif self._problem is not None:
            self.show_problem(self._problem, retry=self._retry)

    # --- Qt ----------------------------------------------------------------------------------

    def isComplete(self) -> bool:
        return not self.is_busy and self.is_ready()

    def validatePage(self) -> bool:
        """Next starts the page's action; the page changes when the flow's answer says so."""
        if not self.is_busy:
            action = self.next_action()
            if action is not None:
                self.run_busy(action)
        return False

    def cleanupPage(self) -> None:
        """Going back: keep what was typed (QWizard would reset it), forget the secrets."""
        self.forget_secrets()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_page()
        super().changeEvent(event)

    # --- inside ------------------------------------------------------------------------------

    def _apply_next_button_text(self) -> None:
        text = self.next_button_text()
        if text:
            self.setButtonText(QWizard.WizardButton.NextButton, text)

    def _set_busy(self, busy: bool, status: LiveText | None) -> None:
        if busy:
            focused = self.focusWidget()
            self._focus_before_busy = focused if focused is not self.retry_button else None
            self.content.setEnabled(False)
            self.retry_button.setEnabled(False)
            self.busy_indicator.start(status)
            self.busy_indicator.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.content.setEnabled(True)
            self.retry_button.setEnabled(True)
            had_focus = self.busy_indicator.cancel_button.hasFocus()
            self.busy_indicator.stop()
            if self._focus_after_busy is not None:
                _focus_field(self._focus_after_busy)
            elif had_focus and self._focus_before_busy is not None:
                self._focus_before_busy.setFocus(Qt.FocusReason.OtherFocusReason)
            self._focus_before_busy = self._focus_after_busy = None
        self.busy_changed.emit(busy)
        self.completeChanged.emit()

    def _busy_done(self, task: asyncio.Task[Any]) -> None:
        if task is not self._busy_task:
            return  # replaced by a newer call, or the page was left
        self._busy_task = None
        self._set_busy(False, None)
        if task.cancelled():
            return
        error = task.exception()
        if error is not None:
            sys.excepthook(type(error), error, error.__traceback__)

    def _retry_clicked(self) -> None:
        if self._retry is not None:
            self._retry()

    def _retry_flow(self) -> None:
        self.run_busy(self.services.flow.retry())

    def _restore_descriptions(self) -> None:
        for widget, description in self._described.items():
            widget.setAccessibleDescription(description)
        self._described.clear()

    def _describe(self, widget: QWidget, text: str) -> None:
        if widget not in self._described:
            self._described[widget] = widget.accessibleDescription()
        widget.setAccessibleDescription(text)


def _focus_field(widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    if isinstance(widget, QLineEdit):
        widget.selectAll()
