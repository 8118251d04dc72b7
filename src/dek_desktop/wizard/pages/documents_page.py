"""`documentsPage`: recovery by documents, the seed's «Отправка документов».

One page in views that follow the application's way (`applications.View`): «Что
понадобится» (which papers, how to photograph them), the consent to the processing of
personal data (text and version from the policy), a new application or one from a service
centre (number and PIN), one slot per document kind with its pages, the sending with its
progress, the receipt, and the status with what comes next. Every action goes through
`ApplicationFlow`; the page draws the state it publishes and never decides the way itself.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QTimer, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
)
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from ...api.vocabulary import ApplicationReason, DocumentKind
from ...applications import (
    ApplicationDraft,
    ApplicationField,
    ApplicationFlowState,
    UploadPhase,
    View,
)
from ...documents import FILE_NAME_PATTERNS, Language
from ...recovery import PageProblem
from ..flow_page import FlowPage
from ..page_ids import PageId
from .application_problem_texts import application_issue_words, application_problem_words
from .application_status_view import ApplicationStatusView
from .application_texts import kind_name, kinds_in_sentence, reason_words
from .document_slot_view import DocumentSlotView, local_files
from .page_height import PageHeight
from .receipt_view import ReceiptView
from .rich_text import bullets, large
from .upload_progress_view import UploadProgressView

if TYPE_CHECKING:
    from ...recovery import FlowState
    from ..page_services import PageServices

_VIEW_WIDGETS = {
    View.NEEDS: "needsView",
    View.CONSENT: "consentView",
    View.START: "startView",
    View.DOCUMENTS: "documentsView",
    View.RECEIPT: "receiptView",
    View.STATUS: "statusView",
}


class DocumentsPage(FlowPage):
    page_id = PageId.DOCUMENTS
    form_name = "documents_page"
    field_widgets: ClassVar[Mapping[str, str]] = {
        ApplicationField.CONSENT.value: "consentCheck",
        ApplicationField.FULL_NAME.value: "fullNameEdit",
        ApplicationField.CONTACT.value: "contactEdit",
        ApplicationField.NUMBER.value: "applicationEdit",
        ApplicationField.PIN.value: "pinEdit",
    }

    #: Every file dialog and print dialog the page opens (tests and kiosk scripts answer them).
    file_dialog_opened = Signal(QFileDialog)
    print_dialog_opened = Signal(QPrintDialog)

    def __init__(self, services: PageServices) -> None:
        super().__init__(services)
        assert self.form is not None
        find = self.form.find
        self.applications = services.applications
        self.view_stack = find(QWidget, "viewStack")
        self.views = {view: find(QWidget, name) for view, name in _VIEW_WIDGETS.items()}
        # «Что понадобится» and the consent
        self.needs_list = find(QLabel, "needsList")
        self.tips_list = find(QLabel, "tipsList")
        self.consent_text = find(QTextBrowser, "consentText")
        self.consent_version = find(QLabel, "consentVersionLabel")
        self.consent_check = find(QCheckBox, "consentCheck")
        # a new application or one from a service centre
        self.new_radio = find(QRadioButton, "newRadio")
        self.open_radio = find(QRadioButton, "openRadio")
        self.new_box = find(QWidget, "newBox")
        self.open_box = find(QWidget, "openBox")
        self.reason_label = find(QLabel, "reasonLabel")
        self.full_name_edit = find(QLineEdit, "fullNameEdit")
        self.contact_edit = find(QLineEdit, "contactEdit")
        self.application_edit = find(QLineEdit, "applicationEdit")
        self.pin_edit = find(QLineEdit, "pinEdit")
        # the documents
        self.number_label = find(QLabel, "numberLabel")
        self.copy_number_button = find(QPushButton, "copyNumberButton")
        self.resumed_label = find(QLabel, "resumedLabel")
        self.asked_label = find(QLabel, "askedLabel")
        slots_layout = find(QWidget, "slotsBox").layout()
        assert isinstance(slots_layout, QVBoxLayout)
        self.slots_layout: QVBoxLayout = slots_layout
        self.undo_bar = find(QFrame, "undoBar")
        self.undo_label = find(QLabel, "undoLabel")
        self.undo_button = find(QPushButton, "undoButton")
        self.build_notes = find(QLabel, "buildNotesLabel")
        self.drop_button = find(QPushButton, "dropApplicationButton")
        self.upload_button = find(QPushButton, "uploadButton")
        self.submit_button = find(QPushButton, "submitButton")
        self.upload = UploadProgressView(self.form, services)
        self.receipt = ReceiptView(
            self.form,
            services,
            file_dialog_opened=self.file_dialog_opened.emit,
            print_dialog_opened=self.print_dialog_opened.emit,
        )
        self.status = ApplicationStatusView(self.form, services)

        self.slot_views: dict[DocumentKind, DocumentSlotView] = {}
        self._state = self.applications.state
        self._drawn_view: View | None = None
        self._drawn_trouble: object = None
        self._retry: Callable[[], object] | None = None
        self._removed_name: str | None = None
        self._copied = False
        self._tasks: set[asyncio.Task[Any]] = set()

        self._connect(find)
        PageHeight(self)  # the window scrolls when the page grows, never squeezes it
        self.setAcceptDrops(True)
        self.applications.subscribe(self._application_changed)
        QTimer.singleShot(0, self._offer_saved_application)

    def _connect(self, find: Any) -> None:
        apps = self.applications
        find(QPushButton, "consentBackButton").clicked.connect(lambda: apps.go_to(View.NEEDS))
        find(QPushButton, "startBackButton").clicked.connect(lambda: apps.go_to(View.CONSENT))
        self.new_radio.toggled.connect(self._draw_start_choice)
        self.copy_number_button.clicked.connect(self._copy_number)
        self.undo_button.clicked.connect(self._undo_remove)
        self.upload.pause_button.clicked.connect(apps.pause)
        self.upload.resume_button.clicked.connect(self._send)
        self.upload_button.clicked.connect(self._send)
        self.upload.preview_button.clicked.connect(self._open_preview)
        self.drop_button.clicked.connect(self._ask_to_drop)
        self.submit_button.clicked.connect(lambda: self._run(apps.submit))
        status = self.status
        status.receipt_button.clicked.connect(lambda: apps.go_to(View.RECEIPT))
        status.add_more_button.clicked.connect(lambda: apps.go_to(View.DOCUMENTS))
        status.recover_button.clicked.connect(self._recover_by_code)
        status.support_button.clicked.connect(
            lambda: self.run_busy(self.services.flow.go_support())
        )

    # --- FlowPage ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setTitle(self.tr("Access by documents"))
        self.needs_list.setText(
            bullets(
                [
                    self.tr(
                        "<b>Passport</b>: the main spread with the photo and the page with "
                        "the registration."
                    ),
                    self.tr("<b>INN</b>: the certificate with your taxpayer number."),
                    self.tr("<b>SNILS</b>: the green card or the notice with the number."),
                    self.tr(
                        "<b>Other papers</b>, if needed: a power of attorney when you apply "
                        "for someone else, a marriage certificate after a change of name."
                    ),
                ]
            )
        )
        self.tips_list.setText(
            bullets(
                [
                    self.tr(
                        "Use a scanner or a phone camera: every field of the document must be "
                        "clearly visible and not distorted."
                    ),
                    self.tr(
                        "Put the document flat, in good daylight; the whole page must be in "
                        "the photo, all four corners."
                    ),
                    self.tr("No glare or shadows: do not use the flash."),
                    self.tr(
                        "PDF, JPEG and PNG files fit; photos from an iPhone (HEIC) and other "
                        "pictures are converted by the app, which also turns, shrinks and "
                        "joins them into one file per document."
                    ),
                ]
            )
        )
        self.status.retranslate()
        self.pin_edit.setAccessibleDescription(self.tr("Six digits from the service centre"))
        self._drawn_trouble = None
        self._draw(self._state)

    def draw(self, state: FlowState) -> None:
        self._draw_start_reason(state)
        self._draw_problems()

    def next_action(self) -> Awaitable[object] | None:
        """The wizard's Next: the current view's way forward (the documents view has its
        own buttons to send and to submit, so Next waits there)."""
        apps, view = self.applications, self._state.view
        self._retry = None
        if view is View.NEEDS:
            return _done(apps.read_needs)
        if view is View.CONSENT:
            consent_given = self.consent_check.isChecked()
            return _done(lambda: apps.agree(consent_given))
        if view is View.START:
            return self._start_application()
        if view in (View.RECEIPT, View.STATUS):
            self._retry = lambda: self.run_busy(apps.check_status())
            return apps.check_status()
        return None

    def next_button_text(self) -> str:
        view = self._state.view
        if view is View.START:
            if self.open_radio.isChecked():
                return self.tr("Open the application")
            return self.tr("Create the application")
        if view is View.RECEIPT:
            return self.tr("Check the status")
        if view is View.STATUS:
            return self.tr("Check again")
        return self.tr("Next >")

    def is_ready(self) -> bool:
        return self._state.view is not View.DOCUMENTS

    def page_entered(self) -> None:
        if not self._state.kinds_known:
            self._run(self.applications.open_page)
        super().page_entered()

    def initial_focus(self) -> QWidget | None:
        view = self._state.view
        focus: dict[View, QWidget | None] = {
            View.NEEDS: self.needs_list,
            View.CONSENT: self.consent_check,
            View.START: self.full_name_edit
            if self.new_radio.isChecked()
            else self.application_edit,
            View.DOCUMENTS: next(
                (v.add_button for v in self.slot_views.values() if v.add_button.isEnabled()),
                self.upload_button,
            ),
            View.RECEIPT: self.receipt.number,
            View.STATUS: self.status.title,
        }
        return focus[view]

    # --- drops onto the page -----------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_files(event) and self._drop_kind() is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files, kind = local_files(event), self._drop_kind()
        if files and kind is not None:
            event.acceptProposedAction()
            self.add_files(kind, files)
        else:
            event.ignore()

    # --- actions -----------------------------------------------------------------------------

    def add_files(self, kind: DocumentKind, paths: list[Path]) -> None:
        """Files chosen or dropped: checked in the background, each shown when done."""
        self._removed_name = None
        self._keep(self.applications.add_files(kind, paths))

    def choose_files(self, kind: DocumentKind) -> None:
        """`addFilesButton`: a file dialog for pictures and PDFs (opened, never executed)."""
        dialog = QFileDialog(self, self.tr("Photos or scans: %1").replace("%1", kind_name(kind)))
        dialog.setObjectName("documentFileDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        patterns = " ".join(
            pattern for lower in FILE_NAME_PATTERNS for pattern in (lower, lower.upper())
        )
        dialog.setNameFilters(
            [
                self.tr("Photos, scans and PDF (%1)").replace("%1", patterns),
                self.tr("All files (*)"),
            ]
        )
        dialog.filesSelected.connect(lambda files: self.add_files(kind, [Path(f) for f in files]))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.file_dialog_opened.emit(dialog)

    def _start_application(self) -> Awaitable[object]:
        apps = self.applications
        if self.open_radio.isChecked():
            number, pin = self.application_edit.text(), self.pin_edit.text()
            self._retry = lambda: self.run_busy(apps.open(number, pin))
            return apps.open(number, pin)
        flow_state = self.services.flow.state
        reason = flow_state.documents_reason or ApplicationReason.OTHER
        login = flow_state.login.strip() or None
        full_name, contact = self.full_name_edit.text(), self.contact_edit.text()

        def create() -> Awaitable[object]:
            return apps.create(
                reason=reason,
                full_name=full_name,
                contact=contact,
                login=login,
                recovery_id=flow_state.recovery_id,
            )

        self._retry = lambda: self.run_busy(create())
        return create()

    def _send(self) -> None:
        self._removed_name = None
        self._retry = self._send
        self.applications.start_sending()

    def _undo_remove(self) -> None:
        self._removed_name = None
        self.applications.undo_remove()

    def _remove(self, kind: DocumentKind, entry_id: str) -> None:
        slot = self._state.slot(kind)
        entry = slot.entry(entry_id) if slot is not None else None
        self._removed_name = entry.name if entry is not None else None
        self.applications.remove_entry(kind, entry_id)

    def _move(self, kind: DocumentKind, entry_id: str, to_index: int) -> None:
        self._removed_name = None
        self.applications.move_entry(kind, entry_id, to_index)

    def _ask_to_drop(self) -> None:
        self.services.dialogs.confirm(
            name="dropApplicationDialog",
            title=self.tr("Cancel the application"),
            text=self.tr("Cancel application No. %1 on this computer?").replace(
                "%1", self._state.number or ""
            ),
            informative=self.tr(
                "The chosen files stay where they are; what was prepared from them is "
                "deleted, and the application is no longer continued here."
            ),
            yes=self.tr("Cancel the application"),
            no=self.tr("Keep it"),
            then=lambda: self._run(self.applications.drop_application),
        )

    def _recover_by_code(self) -> None:
        contact = self._state.contact
        self.services.flow.go_forgot(contact or None)

    def _copy_number(self) -> None:
        if self._state.number:
            QGuiApplication.clipboard().setText(self._state.number)
            self._copied = True
            self.copy_number_button.setText(self.tr("Copied"))

    def _open_preview(self) -> None:
        if self._state.preview is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._state.preview)))

    # --- an application saved when the app was closed ----------------------------------------

    def _offer_saved_application(self) -> None:
        draft = self.applications.saved_draft()
        if draft is not None:
            self._keep(self._ask_to_continue(draft))

    async def _ask_to_continue(self, draft: ApplicationDraft) -> None:
        if draft.submitted_at is not None:
            text = self.tr("Application No. %1 was submitted from this computer. See its status?")
        elif draft.sending:
            text = self.tr(
                "Application No. %1 was being sent when the app closed. Continue sending?"
            )
        else:
            text = self.tr("Application No. %1 is not finished. Continue with it?")
        answer = await self.services.dialogs.ask(
            name="continueApplicationDialog",
            title=self.tr("Your application"),
            text=text.replace("%1", draft.number),
            yes=self.tr("Continue"),
            no=self.tr("Not now"),
            default_yes=True,
        )
        if answer:
            self.services.flow.go_documents()
            self.run_busy(self.applications.continue_saved(draft))

    # --- drawing -----------------------------------------------------------------------------

    def _application_changed(self, state: ApplicationFlowState) -> None:
        previous, self._state = self._state, state
        if state.number != previous.number:
            self._copied = False
            self.pin_edit.clear()  # the PIN did its job; it is not kept on screen
        self._draw(state)

    def _draw(self, state: ApplicationFlowState) -> None:
        for view, widget in self.views.items():
            widget.setVisible(view is state.view)  # the page is as tall as this view alone
        self._draw_consent(state)
        self._draw_start_choice()
        self._draw_documents(state)
        self.receipt.draw(state)
        self.status.draw(state)
        self._draw_problems()
        if state.view is not self._drawn_view:
            self._drawn_view = state.view
            self._draw_next_button()
            focus = self.initial_focus()
            if focus is not None and self.isVisible() and not self.is_busy:
                focus.setFocus()

    def _draw_consent(self, state: ApplicationFlowState) -> None:
        consent = state.consent
        if consent is None:
            return
        text = consent.text_ru if self._language == "ru" else consent.text_en
        if self.consent_text.toPlainText() != text:
            self.consent_text.setPlainText(text)
        self.consent_version.setText(self.tr("Consent version %1").replace("%1", consent.version))
        if state.view is View.CONSENT and not state.consent_given and state.problem:
            self.consent_check.setChecked(False)  # the text changed: read and agree again

    def _draw_start_choice(self) -> None:
        opening = self.open_radio.isChecked()
        self.new_box.setVisible(not opening)
        self.open_box.setVisible(opening)
        self._draw_next_button()

    def _draw_next_button(self) -> None:
        self.setButtonText(QWizard.WizardButton.NextButton, self.next_button_text())
        self.update_ready()

    def _draw_start_reason(self, flow_state: FlowState) -> None:
        reason = flow_state.documents_reason or ApplicationReason.OTHER
        self.reason_label.setText(reason_words(reason))

    def _draw_documents(self, state: ApplicationFlowState) -> None:
        number = state.number or ""
        self.number_label.setText(large(number))
        self.number_label.setAccessibleName(self.tr("Application number %1").replace("%1", number))
        self.copy_number_button.setText(self.tr("Copied") if self._copied else self.tr("Copy"))
        self.resumed_label.setVisible(state.resumed)
        self.resumed_label.setText(
            self.tr(
                "This is your application from last time: its files are checked again, and "
                "what was being sent goes on from where it stopped."
            )
        )
        asked = state.missing if state.status is not None else ()
        self.asked_label.setVisible(bool(asked))
        self.asked_label.setText(
            self.tr("Still needed: %1. Add it, send it and submit the application.").replace(
                "%1", kinds_in_sentence(asked)
            )
        )
        self._draw_slots(state)
        self.undo_bar.setVisible(
            self._removed_name is not None and self.applications.can_undo_remove
        )
        self.undo_label.setText(
            self.tr("«%1» was taken out.").replace("%1", self._removed_name or "")
        )
        notes = [notice.text(self._language) for notice in state.build_notices]
        self.build_notes.setText("\n".join(notes))
        self.build_notes.setVisible(bool(notes))
        self.upload.draw(state)
        self.upload_button.setEnabled(state.can_send)
        self.submit_button.setEnabled(state.can_submit)
        self.drop_button.setVisible(state.number is not None and not state.sending)

    def _draw_slots(self, state: ApplicationFlowState) -> None:
        for slot in state.slots:
            view = self.slot_views.get(slot.kind)
            if view is None:
                view = DocumentSlotView(slot.kind, self)
                view.add_requested.connect(self.choose_files)
                view.files_dropped.connect(self.add_files)
                view.move_requested.connect(self._move)
                view.remove_requested.connect(self._remove)
                self.slots_layout.addWidget(view)
                self.slot_views[slot.kind] = view
            view.draw(slot, editable=not state.sending, language=self._language)

    # --- problems ----------------------------------------------------------------------------

    def _draw_problems(self) -> None:
        flow_state = self.last_state
        if flow_state is not None and flow_state.problem is not None:
            self.draw_problem(flow_state)
            return
        state = self._state
        trouble = (state.problem, state.input_issues, state.build_problems)
        is_new = trouble != self._drawn_trouble
        self._drawn_trouble = trouble
        problem = state.problem
        if problem is not None:
            retry = self._retry_for(problem)
            now = self.services.flow.clock.now()
            self.show_problem(
                lambda: application_problem_words(problem, self._state, now), retry=retry
            )
        elif state.input_issues:
            issues = state.input_issues
            first = self.field_widget(str(issues[0].field))
            self.show_problem(
                lambda: "\n".join(application_issue_words(issue) for issue in issues),
                focus=first if is_new else None,
            )
        elif state.build_problems:
            rejections = state.build_problems
            self.show_problem(lambda: "\n".join(item.text(self._language) for item in rejections))
        else:
            self.clear_problem()

    def _retry_for(self, problem: PageProblem) -> Callable[[], object] | None:
        if not problem.retryable:
            return None
        upload = self._state.upload
        if upload is not None and upload.phase is UploadPhase.STOPPED:
            return self._send
        return self._retry

    # --- inside ------------------------------------------------------------------------------

    @property
    def _language(self) -> Language:
        return "en" if self.services.language.language == "en" else "ru"

    def _run(self, action: Callable[[], Awaitable[object]]) -> None:
        """A call the page shows busy; «Повторить» runs it again after a retryable problem."""
        self._retry = lambda: self._run(action)
        self.run_busy(action())

    def _keep(self, work: Awaitable[object]) -> None:
        task = asyncio.ensure_future(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _drop_kind(self) -> DocumentKind | None:
        """Where files dropped onto the page (not onto a slot) go: the first document still
        without pages, else «Другие документы»."""
        state = self._state
        if state.view is not View.DOCUMENTS or state.sending:
            return None
        editable = [slot for slot in state.slots if not slot.sent]
        empty = next((slot.kind for slot in editable if slot.required and not slot.entries), None)
        if empty is not None:
            return empty
        return next(
            (slot.kind for slot in editable if slot.kind is DocumentKind.OTHER),
            editable[0].kind if editable else None,
        )


async def _done(action: Callable[[], object]) -> object:
    """A step that asks the service nothing, as the awaitable the wizard's Next runs."""
    return action()
