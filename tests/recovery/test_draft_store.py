"""The draft file: private, written atomically, tolerant of a corrupt or foreign file."""

from __future__ import annotations

import json
import logging
import os
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from dek_desktop.api import Channel
from dek_desktop.recovery import Draft, DraftStore, EphemeralDraftStore, Step

SENT = datetime(2026, 11, 25, 4, 5, tzinfo=UTC)


def a_draft(recovery_id: str = "3f2a9c") -> Draft:
    return Draft(
        recovery_id=recovery_id,
        step=Step.CODE,
        channel=Channel.SMS,
        destination_masked="+7 914 ***-**-01",
        code_length=6,
        code_sent_at=SENT,
        code_valid_until=SENT + timedelta(minutes=10),
        resend_available_at=SENT + timedelta(minutes=1),
    )


def test_a_saved_draft_loads_back_equal(drafts: DraftStore) -> None:
    assert drafts.load() is None
    drafts.save(a_draft())

    assert drafts.load() == a_draft()
    assert json.loads(drafts.path.read_text("utf-8"))["version"] == 1


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_the_file_is_readable_by_its_owner_only(drafts: DraftStore) -> None:
    previous = os.umask(0o022)
    try:
        drafts.save(a_draft())
    finally:
        os.umask(previous)

    assert stat.S_IMODE(drafts.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(drafts.directory.stat().st_mode) == 0o700


def test_a_reader_of_the_old_draft_never_sees_half_of_the_new_one(drafts: DraftStore) -> None:
    drafts.save(a_draft("first"))
    old_bytes = drafts.path.read_bytes()

    with drafts.path.open("rb") as reader:  # open across the save, as another process might be
        drafts.save(a_draft("second"))
        assert reader.read() == old_bytes  # written beside it and renamed over it, not in place

    assert drafts.load() == a_draft("second")
    assert sorted(p.name for p in drafts.directory.iterdir()) == [drafts.path.name]


@pytest.mark.parametrize(
    "content",
    [
        b"\x00\xff\xfe not text",
        b'{"format": "dek-desktop/recovery-draft", "version": 1, "recovery_id": ',
        b"[1, 2, 3]",
        json.dumps({"format": "someone-elses-app", "version": 1}).encode(),
        json.dumps({**a_draft().to_json(), "version": 99}).encode(),
        json.dumps({**a_draft().to_json(), "step": "nowhere"}).encode(),
        json.dumps({**a_draft().to_json(), "code_length": "six"}).encode(),
        json.dumps({**a_draft().to_json(), "code_sent_at": "2026-11-25T04:05:00"}).encode(),
        b"[" * 100_000,
    ],
    ids=[
        "binary",
        "truncated",
        "not-an-object",
        "foreign",
        "other-version",
        "unknown-step",
        "wrong-type",
        "naive-time",
        "deep",
    ],
)
def test_a_corrupt_or_foreign_file_is_removed_with_one_log_line(
    drafts: DraftStore, caplog: pytest.LogCaptureFixture, content: bytes
) -> None:
    drafts.directory.mkdir(parents=True)
    drafts.path.write_bytes(content)

    with caplog.at_level(logging.INFO, logger="dek_desktop.recovery"):
        assert drafts.load() is None

    assert not drafts.path.exists()
    assert len(caplog.records) == 1
    assert caplog.records[0].levelno == logging.WARNING
    assert drafts.load() is None  # and quietly nothing afterwards
    assert len(caplog.records) == 1


def test_clearing_without_a_draft_is_fine(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "never-created")
    store.clear()
    assert store.load() is None


def test_the_kiosk_store_keeps_nothing_on_disk(tmp_path: Path) -> None:
    store = EphemeralDraftStore()
    store.save(a_draft())
    assert store.load() == a_draft()
    store.clear()
    assert store.load() is None
    assert list(tmp_path.iterdir()) == []
