"""Which document to squeeze next so that every PDF and all of them together fit the policy.

A document walks down its own list of settings: the picture quality ladder first, and, when it
holds PDF pages, turning those into pictures as the last resort (a document of PDF pages only
walks the same ladder with its pages as pictures). Pure decisions, no I/O.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from dek_desktop.documents.resolution import FIRST_LEVEL, LAST_LEVEL, QUALITY_LADDER


@dataclass(frozen=True)
class Setting:
    level: int  # index into QUALITY_LADDER for the pictures
    rasterize_pdf: bool


def settings_for(*, has_pictures: bool, has_pdf_pages: bool) -> tuple[Setting, ...]:
    levels = range(len(QUALITY_LADDER))
    if not has_pictures:
        # PDF pages only: vector first, then pictures of the pages down the same ladder.
        rasterized = [Setting(level, rasterize_pdf=True) for level in levels]
        return (Setting(FIRST_LEVEL, rasterize_pdf=False), *rasterized)
    steps = [Setting(level, rasterize_pdf=False) for level in levels]
    if has_pdf_pages:
        steps.append(Setting(LAST_LEVEL, rasterize_pdf=True))
    return tuple(steps)


@dataclass(frozen=True)
class Verdict:
    fits: bool
    shrink: str | None = None  # the document to move one setting down next
    too_big: tuple[str, ...] = ()  # documents over the per-file limit with nothing left to try
    total_too_big: bool = False


def next_move(
    sizes: Mapping[str, int],
    steps: Mapping[str, int],
    step_counts: Mapping[str, int],
    max_file_bytes: int,
    max_total_bytes: int,
) -> Verdict:
    def can_shrink(kind: str) -> bool:
        return steps[kind] + 1 < step_counts[kind]

    total = sum(sizes.values())
    over_file = sorted(
        (kind for kind in sizes if sizes[kind] > max_file_bytes),
        key=lambda kind: sizes[kind],
        reverse=True,
    )
    for kind in over_file:
        if can_shrink(kind):
            return Verdict(fits=False, shrink=kind)
    if over_file:
        return Verdict(fits=False, too_big=tuple(over_file), total_too_big=total > max_total_bytes)
    if total > max_total_bytes:
        candidates = [kind for kind in sizes if can_shrink(kind)]
        if candidates:
            return Verdict(fits=False, shrink=max(candidates, key=lambda kind: sizes[kind]))
        return Verdict(fits=False, total_too_big=True)
    return Verdict(fits=True)
