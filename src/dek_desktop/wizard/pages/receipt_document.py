"""The receipt of a submitted application as a person keeps it: copied as text, saved as a PDF
or printed (a QTextDocument laid out on the printer's page). Sizes and sha256 are the ones
the service reported, so the paper proves what it received."""

from __future__ import annotations

import html
from datetime import tzinfo

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from ...applications import Receipt
from .application_texts import kind_name, size_words

translate = QCoreApplication.translate


def submitted_words(receipt: Receipt, zone: tzinfo) -> str:
    local = receipt.submitted_at.astimezone(zone)
    return (
        translate("ReceiptDocument", "Submitted on %1 at %2")
        .replace("%1", local.strftime("%d.%m.%Y"))
        .replace("%2", local.strftime("%H:%M"))
    )


def receipt_text(receipt: Receipt, zone: tzinfo, locale: QLocale) -> str:
    lines = [
        translate("ReceiptDocument", "DEK: application for access to the personal account"),
        translate("ReceiptDocument", "Application number: %1").replace("%1", receipt.number),
        submitted_words(receipt, zone),
        translate("ReceiptDocument", "Documents received:"),
    ]
    for document in receipt.documents:
        lines.append(
            f"- {kind_name(document.kind)}: {document.filename}, "
            f"{size_words(document.bytes, locale)}"
        )
        lines.append(f"  SHA-256: {document.sha256}")
    return "\n".join(lines)


def receipt_html(receipt: Receipt, zone: tzinfo, locale: QLocale) -> str:
    rows = "".join(
        "<tr>"
        f"<td>{html.escape(kind_name(document.kind))}</td>"
        f"<td>{html.escape(document.filename)}</td>"
        f"<td align='right'>{html.escape(size_words(document.bytes, locale))}</td>"
        "</tr>"
        f"<tr><td></td><td colspan='2'><small>SHA-256: <tt>{document.sha256}</tt></small></td></tr>"
        for document in receipt.documents
    )
    title = translate("ReceiptDocument", "DEK: application for access to the personal account")
    number = translate("ReceiptDocument", "Application number: %1").replace(
        "%1", f"<b>{html.escape(receipt.number)}</b>"
    )
    headings = (
        translate("ReceiptDocument", "Document"),
        translate("ReceiptDocument", "File"),
        translate("ReceiptDocument", "Size"),
    )
    received = translate("ReceiptDocument", "Documents received:")
    keep = translate(
        "ReceiptDocument",
        "Keep this receipt. Tell the number to support when you ask about the application.",
    )
    return (
        f"<h2>{html.escape(title)}</h2>"
        f"<p style='font-size:x-large'>{number}</p>"
        f"<p>{html.escape(submitted_words(receipt, zone))}</p>"
        f"<p>{html.escape(received)}</p>"
        "<table cellpadding='4' cellspacing='0' border='1' width='100%'>"
        f"<tr>{''.join(f'<th align=left>{html.escape(h)}</th>' for h in headings)}</tr>"
        f"{rows}</table>"
        f"<p>{html.escape(keep)}</p>"
    )


def print_receipt(receipt_markup: str, printer: QPrinter) -> None:
    """Lays the receipt out on the printer's page (A4, 2 cm margins) and prints it."""
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(20, 20, 20, 20),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = QTextDocument()
    document.setHtml(receipt_markup)
    document.print_(printer)
