"""A PDF the user chose → a checked, unencrypted copy of it whose pages stay vector.

qpdf (through pikepdf) repairs many damaged files silently and only says so in warnings; a
warning here means the file is damaged, because a repaired guess is not a document we may send
in the customer's name.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import pikepdf
import pypdfium2 as pdfium

from dek_desktop.documents import messages, thumbnails
from dek_desktop.documents.messages import Rejection
from dek_desktop.documents.model import PreparedPage
from dek_desktop.documents.pdf_render import open_with_pdfium
from dek_desktop.documents.safety_limits import MAX_PAGES_PER_FILE

log = logging.getLogger(__name__)

Checkpoint = Callable[[], None]


def prepare_pdf(
    source: Path, out_dir: Path, file_id: str, checkpoint: Checkpoint
) -> tuple[PreparedPage, ...] | Rejection:
    copy = out_dir / f"{file_id}.pdf"
    problem = _write_checked_copy(source, copy, checkpoint)
    if problem is not None:
        return problem
    checkpoint()
    try:
        document = open_with_pdfium(copy)
    except (pdfium.PdfiumError, OSError):
        return messages.PDF_DAMAGED
    try:
        pages = []
        for index in range(len(document)):
            checkpoint()
            page_id = f"{file_id}-{index}"
            thumbnail = out_dir / f"{page_id}-thumbnail.jpg"
            thumbnails.save_pdf_page_thumbnail(document, index, thumbnail)
            width_pt, height_pt = _shown_size(document, index)
            pages.append(
                PreparedPage(
                    page_id=page_id,
                    file_id=file_id,
                    source_name=source.name,
                    content=copy,
                    pdf_page_index=index,
                    width_pt=width_pt,
                    height_pt=height_pt,
                    pixel_width=0,
                    pixel_height=0,
                    greyscale=False,
                    thumbnail=thumbnail,
                )
            )
        return tuple(pages)
    except pdfium.PdfiumError:
        return messages.PDF_DAMAGED
    finally:
        document.close()


def _write_checked_copy(source: Path, copy: Path, checkpoint: Checkpoint) -> Rejection | None:
    try:
        with pikepdf.open(source) as pdf:
            problems = list(pdf.get_warnings())
            page_count = len(pdf.pages)
            if not problems and page_count == 0:
                return messages.PDF_EMPTY
            if not problems and page_count > MAX_PAGES_PER_FILE:
                return messages.too_many_pages(MAX_PAGES_PER_FILE)
            if not problems:
                # Parses every content stream: damage inside a page shows up here.
                problems.extend(pdf.check_pdf_syntax())
            if problems:
                log.info("damaged PDF: %s", problems[:5])
                return messages.PDF_DAMAGED
            checkpoint()
            # Saving without `encryption` writes the copy unencrypted (a PDF that opened
            # without a password carries only an owner password, i.e. printing restrictions).
            pdf.save(copy, object_stream_mode=pikepdf.ObjectStreamMode.generate)
            late_problems = pdf.get_warnings()
            if late_problems:
                log.info("damaged PDF (found while copying): %s", late_problems[:5])
                return messages.PDF_DAMAGED
    except pikepdf.PasswordError:
        return messages.PDF_ENCRYPTED
    except FileNotFoundError:
        return messages.FILE_MISSING
    except (pikepdf.PdfError, pikepdf.ForeignObjectError, OSError, RuntimeError, ValueError):
        return messages.PDF_DAMAGED
    return None


def _shown_size(document: pdfium.PdfDocument, index: int) -> tuple[float, float]:
    page = document[index]
    try:
        width, height = page.get_size()
        return round(float(width), 2), round(float(height), 2)
    finally:
        page.close()
