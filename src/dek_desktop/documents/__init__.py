"""Files → one PDF per document: sniff, decode, orient, downscale, merge, thumbnails.

No Qt here: the documents page drives `DocumentPipeline` from the event loop.
"""

from dek_desktop.documents.jobs import WorkerInfo
from dek_desktop.documents.messages import Language, Message, Notice, Rejection, kind_title
from dek_desktop.documents.model import (
    BuildResult,
    CheckedFile,
    DocumentPdf,
    FileStatus,
    PreparedPage,
    Progress,
    Stage,
)
from dek_desktop.documents.pipeline import DocumentPipeline
from dek_desktop.documents.policy import DocumentPolicy, KindRule
from dek_desktop.documents.sniff import FILE_NAME_PATTERNS, SourceType

__all__ = [
    "FILE_NAME_PATTERNS",
    "BuildResult",
    "CheckedFile",
    "DocumentPdf",
    "DocumentPipeline",
    "DocumentPolicy",
    "FileStatus",
    "KindRule",
    "Language",
    "Message",
    "Notice",
    "PreparedPage",
    "Progress",
    "Rejection",
    "SourceType",
    "Stage",
    "WorkerInfo",
    "kind_title",
]
