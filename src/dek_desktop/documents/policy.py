"""The service's limits on documents, as the pipeline needs them.

The lead maps `GET /v1/policy`'s `documents` object onto `DocumentPolicy`; nothing in this
package knows the numbers themselves.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

PDF_MEDIA_TYPE = "application/pdf"


@dataclass(frozen=True)
class KindRule:
    """One document kind the service takes (`passport`, `inn`, `snils`, `other`, ...)."""

    id: str
    required: bool


@dataclass(frozen=True)
class DocumentPolicy:
    max_file_bytes: int
    max_total_bytes: int
    accepted: tuple[str, ...]
    kinds: tuple[KindRule, ...]

    def __post_init__(self) -> None:
        if self.max_file_bytes <= 0 or self.max_total_bytes <= 0:
            raise ValueError("size limits must be positive")
        if PDF_MEDIA_TYPE not in self.accepted:
            # Every document leaves the pipeline as one PDF, so a service that refuses PDF
            # cannot be served by it.
            raise ValueError("the service must accept application/pdf")

    @property
    def kind_ids(self) -> tuple[str, ...]:
        return tuple(kind.id for kind in self.kinds)

    def knows_kind(self, kind_id: str) -> bool:
        return kind_id in self.kind_ids

    def missing_required(self, present: Collection[str]) -> tuple[str, ...]:
        """Required kinds that have no pages yet, in the policy's order."""
        return tuple(kind.id for kind in self.kinds if kind.required and kind.id not in present)

    def accepts_media_type(self, media_type: str) -> bool:
        return media_type in self.accepted
