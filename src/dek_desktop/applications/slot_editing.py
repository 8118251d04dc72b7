"""Changes to the slots as plain functions: each takes the slots and gives new ones."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from dek_desktop.api.vocabulary import DocumentKind
from dek_desktop.documents import CheckedFile, FileStatus

from .application_draft import SavedPage
from .slot_model import DocumentSlot, EntryState, SlotEntry

Slots = tuple[DocumentSlot, ...]


@dataclass(frozen=True)
class RemovedEntry:
    """What «Удалить» took away, so that «Вернуть» can put it back where it was."""

    kind: DocumentKind
    index: int
    entry: SlotEntry


def changed_slot(
    slots: Slots, kind: DocumentKind, change: Callable[[DocumentSlot], DocumentSlot]
) -> Slots:
    return tuple(change(slot) if slot.kind is kind else slot for slot in slots)


def with_checking(slots: Slots, kind: DocumentKind, files: Sequence[tuple[str, Path]]) -> Slots:
    """Files just added (entry id, path), shown as "checking" at the end of the slot."""
    added = tuple(SlotEntry(entry_id, path, EntryState.CHECKING) for entry_id, path in files)
    return changed_slot(slots, kind, lambda slot: replace(slot, entries=slot.entries + added))


def with_checked(slots: Slots, entry_id: str, checked: CheckedFile) -> Slots:
    """A checked file takes its "checking" line's place: one line per page, or the refusal.
    A line the user removed meanwhile stays removed."""
    return tuple(
        replace(slot, entries=_replaced(slot.entries, entry_id, _entries_of(entry_id, checked)))
        for slot in slots
    )


def moved(slots: Slots, kind: DocumentKind, entry_id: str, to_index: int) -> Slots:
    def move(slot: DocumentSlot) -> DocumentSlot:
        entries = list(slot.entries)
        at = next((i for i, entry in enumerate(entries) if entry.entry_id == entry_id), None)
        if at is None:
            return slot
        entry = entries.pop(at)
        entries.insert(max(0, min(to_index, len(entries))), entry)
        return replace(slot, entries=tuple(entries))

    return changed_slot(slots, kind, move)


def removed(slots: Slots, kind: DocumentKind, entry_id: str) -> tuple[Slots, RemovedEntry | None]:
    slot = next((slot for slot in slots if slot.kind is kind), None)
    if slot is None:
        return slots, None
    at = next((i for i, entry in enumerate(slot.entries) if entry.entry_id == entry_id), None)
    if at is None:
        return slots, None
    taken = RemovedEntry(kind, at, slot.entries[at])
    entries = slot.entries[:at] + slot.entries[at + 1 :]
    return changed_slot(slots, kind, lambda s: replace(s, entries=entries)), taken


def restored(slots: Slots, taken: RemovedEntry) -> Slots:
    def put_back(slot: DocumentSlot) -> DocumentSlot:
        if slot.entry(taken.entry.entry_id) is not None:
            return slot
        index = min(taken.index, len(slot.entries))
        return replace(slot, entries=(*slot.entries[:index], taken.entry, *slot.entries[index:]))

    return changed_slot(slots, taken.kind, put_back)


def saved_pages(slot: DocumentSlot) -> tuple[SavedPage, ...]:
    """The slot's pages as the draft keeps them: file and page, in the user's order."""
    return tuple(
        SavedPage(entry.source, entry.page_number - 1)
        for entry in slot.entries
        if entry.page is not None
    )


def with_saved_pages(
    slots: Slots,
    kind: DocumentKind,
    pages: Sequence[SavedPage],
    checked: Mapping[Path, CheckedFile],
    new_id: Callable[[], str],
) -> Slots:
    """A slot filled again after the app reopened: the saved pages in the saved order, from
    their files checked anew; a file that cannot be used any more shows why, once."""
    entries: list[SlotEntry] = []
    refused: set[Path] = set()
    for saved in pages:
        file = checked.get(saved.path)
        if file is None:
            continue
        lines = _entries_of(new_id(), file)
        if lines[0].page is None:
            if saved.path not in refused:
                refused.add(saved.path)
                entries.append(lines[0])
        elif saved.page_index < len(lines):
            entries.append(replace(lines[saved.page_index], entry_id=new_id()))
    return changed_slot(slots, kind, lambda slot: replace(slot, entries=tuple(entries)))


def _entries_of(entry_id: str, checked: CheckedFile) -> tuple[SlotEntry, ...]:
    if checked.status is FileStatus.REJECTED or not checked.pages:
        return (
            SlotEntry(
                entry_id,
                checked.source,
                EntryState.REJECTED,
                rejection=checked.rejection,
                notices=checked.notices,
            ),
        )
    state = EntryState.CONVERTED if checked.status is FileStatus.CONVERTED else EntryState.READY
    count = len(checked.pages)
    return tuple(
        SlotEntry(
            entry_id if count == 1 else f"{entry_id}.{number}",
            checked.source,
            state,
            page=page,
            page_number=number,
            page_count=count,
            notices=page.notices,
        )
        for number, page in enumerate(checked.pages, start=1)
    )


def _replaced(
    entries: tuple[SlotEntry, ...], entry_id: str, by: tuple[SlotEntry, ...]
) -> tuple[SlotEntry, ...]:
    at = next((i for i, entry in enumerate(entries) if entry.entry_id == entry_id), None)
    if at is None:
        return entries
    return entries[:at] + by + entries[at + 1 :]
