"""The work done in worker processes: top-level functions only (spawn and PyInstaller need them
importable by name). Each takes its job id first, for its cancellation checkpoints; none lets
an exception about a file's content escape — a bad file becomes a rejection, never a crash.

The imaging and PDF libraries are imported inside the jobs: the window's process imports this
module only to name the jobs, and stays free of Pillow, pikepdf and PDFium.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from dek_desktop.documents import messages
from dek_desktop.documents.cancellation import JobCancelled, checkpoint_for
from dek_desktop.documents.messages import Rejection
from dek_desktop.documents.model import FileReport, PreparedPage
from dek_desktop.documents.placements import Bookmark, PdfDescription, Placement, WrittenPdf
from dek_desktop.documents.resolution import QUALITY_LADDER
from dek_desktop.documents.sniff import SourceType, sniff

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class WorkerInfo:
    pid: int
    niceness: int | None  # POSIX only


def describe_worker(job_id: int) -> WorkerInfo:
    niceness = None if sys.platform == "win32" else os.getpriority(os.PRIO_PROCESS, 0)
    return WorkerInfo(pid=os.getpid(), niceness=niceness)


def warm_up(job_id: int) -> WorkerInfo:
    """Loads the imaging and PDF libraries with Pillow's readers and the HEIF one, so that the
    first file does not wait for them (about a third of a second)."""
    from dek_desktop.documents import images, pdf_input, pdf_merge  # noqa: F401

    images.register_heif()
    return describe_worker(job_id)


def check_file(job_id: int, source: Path, out_dir: Path, file_id: str) -> FileReport:
    checkpoint = checkpoint_for(job_id)
    found = sniff(source)
    if isinstance(found, Rejection):
        return FileReport(source_type=None, pages=(), rejection=found)
    out_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    result: tuple[PreparedPage, ...] | Rejection
    try:
        if found is SourceType.PDF:
            from dek_desktop.documents.pdf_input import prepare_pdf

            result = prepare_pdf(source, out_dir, file_id, checkpoint)
        else:
            from dek_desktop.documents.images import prepare_picture

            result = prepare_picture(source, found, out_dir, file_id, QUALITY_LADDER[0], checkpoint)
    except JobCancelled:
        shutil.rmtree(out_dir, ignore_errors=True)
        raise
    except Exception:
        # A reader library failing in a way we did not foresee is still a bad file.
        log.exception("unexpected failure reading a %s file", found.label)
        result = messages.PDF_DAMAGED if found is SourceType.PDF else messages.PICTURE_DAMAGED
    if isinstance(result, Rejection):
        shutil.rmtree(out_dir, ignore_errors=True)
        return FileReport(source_type=found, pages=(), rejection=result)
    return FileReport(source_type=found, pages=result, rejection=None)


def recompress_picture(job_id: int, page: PreparedPage, level: int, destination: Path) -> int:
    from dek_desktop.documents.images import recompress_page

    checkpoint_for(job_id)()
    return recompress_page(page, QUALITY_LADDER[level], destination)


def rasterize_pdf_page(
    job_id: int, pdf_path: Path, index: int, level: int, destination: Path
) -> int:
    from dek_desktop.documents.pdf_render import rasterize_page

    checkpoint_for(job_id)()
    return rasterize_page(pdf_path, index, QUALITY_LADDER[level], destination)


def combine_document(
    job_id: int,
    placements: Sequence[Placement],
    destination: Path,
    description: PdfDescription,
) -> WrittenPdf:
    from dek_desktop.documents.pdf_merge import combine_to_pdf

    return combine_to_pdf(placements, destination, description, checkpoint_for(job_id))


def combine_preview(
    job_id: int, bookmarks: Sequence[Bookmark], destination: Path, description: PdfDescription
) -> WrittenPdf:
    from dek_desktop.documents.pdf_merge import combine_with_bookmarks

    checkpoint_for(job_id)()
    return combine_with_bookmarks(bookmarks, destination, description)
