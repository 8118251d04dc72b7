"""The documents page's receipt: the number large, the date, each document with its size and
(under «Подробнее») the sha256 the service computed, what happens next; «Копировать»,
«Сохранить в PDF» (a save dialog) and «Печать» (the print dialog), each dialog opened with
open(), never exec()."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QPushButton

from ...applications import ApplicationFlowState, Receipt
from .application_texts import contact_words, kind_name, size_words
from .receipt_document import print_receipt, receipt_html, receipt_text, submitted_words
from .rich_text import bullets, large

if TYPE_CHECKING:
    from ..designer_forms import DesignerForm
    from ..page_services import PageServices

translate = QCoreApplication.translate


class ReceiptView(QObject):
    def __init__(
        self,
        form: DesignerForm,
        services: PageServices,
        *,
        file_dialog_opened: Callable[[QFileDialog], None],
        print_dialog_opened: Callable[[QPrintDialog], None],
    ) -> None:
        """The `…_opened` callbacks hear of every dialog (tests and kiosk scripts answer them)."""
        super().__init__(form.widget)
        self._services = services
        self._form = form
        self._file_dialog_opened = file_dialog_opened
        self._print_dialog_opened = print_dialog_opened
        self.number = form.find(QLabel, "receiptNumberLabel")
        self.date = form.find(QLabel, "receiptDateLabel")
        self.documents = form.find(QLabel, "receiptDocumentsLabel")
        self.details_button = form.find(QPushButton, "receiptDetailsButton")
        self.details = form.find(QLabel, "receiptDetailsLabel")
        self.next_label = form.find(QLabel, "receiptNextLabel")
        self._receipt: Receipt | None = None
        self.details_button.toggled.connect(self.details.setVisible)
        form.find(QPushButton, "copyReceiptButton").clicked.connect(self.copy)
        form.find(QPushButton, "saveReceiptButton").clicked.connect(self.save_as_pdf)
        form.find(QPushButton, "printReceiptButton").clicked.connect(self.print)

    def draw(self, state: ApplicationFlowState) -> None:
        receipt = self._receipt = state.receipt
        if receipt is None:
            return
        locale = self._services.language.locale()
        self.number.setText(large(receipt.number))
        self.date.setText(submitted_words(receipt, self._services.local_zone))
        received = [
            f"<b>{kind_name(doc.kind)}</b>: {html.escape(doc.filename)}, "
            f"{size_words(doc.bytes, locale)}"
            for doc in receipt.documents
        ]
        heading = translate("ReceiptView", "The service received:")
        self.documents.setText(f"<p>{heading}</p>{bullets(received)}")
        self.details.setVisible(self.details_button.isChecked())
        self.details.setText(
            "<p>"
            + translate(
                "ReceiptView", "Checksums (SHA-256) the service computed for what it received:"
            )
            + "</p>"
            + "".join(
                f"<p>{kind_name(doc.kind)}:<br><tt>{doc.sha256}</tt></p>"
                for doc in receipt.documents
            )
        )
        if state.contact:
            next_text = translate(
                "ReceiptView",
                "A reviewer will check the documents and write to %1. You can also check the "
                "status here at any time.",
            ).replace("%1", contact_words(state.contact))
        else:
            next_text = translate(
                "ReceiptView",
                "A reviewer will check the documents and write to the contact of the "
                "application. You can also check the status here at any time.",
            )
        self.next_label.setText(next_text)

    # --- actions -----------------------------------------------------------------------------

    def copy(self) -> None:
        if self._receipt is not None:
            locale = self._services.language.locale()
            QGuiApplication.clipboard().setText(
                receipt_text(self._receipt, self._services.local_zone, locale)
            )

    def save_as_pdf(self) -> None:
        receipt = self._receipt
        if receipt is None:
            return
        dialog = QFileDialog(self._form.widget, translate("ReceiptView", "Save the receipt"))
        dialog.setObjectName("receiptFileDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.setNameFilter(translate("ReceiptView", "PDF files (*.pdf)"))
        dialog.selectFile(translate("ReceiptView", "Receipt %1.pdf").replace("%1", receipt.number))
        dialog.fileSelected.connect(self._write_pdf)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self._file_dialog_opened(dialog)

    def print(self) -> None:
        if self._receipt is None:
            return
        printer = self._printer()
        dialog = QPrintDialog(printer, self._form.widget)
        dialog.setObjectName("printReceiptDialog")
        dialog.accepted.connect(lambda: print_receipt(self._markup(), printer))
        dialog.finished.connect(dialog.deleteLater)
        QDialog.open(dialog)  # QPrintDialog's own open() wants a slot to call
        self._print_dialog_opened(dialog)

    def _write_pdf(self, path: str) -> None:
        printer = self._printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(path)
        print_receipt(self._markup(), printer)

    def _printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        number = self._receipt.number if self._receipt is not None else ""
        printer.setDocName(translate("ReceiptView", "Receipt %1").replace("%1", number))
        return printer

    def _markup(self) -> str:
        assert self._receipt is not None
        locale = self._services.language.locale()
        return receipt_html(self._receipt, self._services.local_zone, locale)
