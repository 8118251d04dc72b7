from __future__ import annotations

import asyncio
from collections.abc import Coroutine, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest

from dek_desktop.documents import CheckedFile, DocumentPipeline, DocumentPolicy, KindRule

T = TypeVar("T")

MEGABYTE = 1_000_000


def run(coroutine: Coroutine[Any, Any, T]) -> T:
    return asyncio.run(coroutine)


def make_policy(max_file_bytes: int = 10 * MEGABYTE, max_total_bytes: int = 30 * MEGABYTE):
    return DocumentPolicy(
        max_file_bytes=max_file_bytes,
        max_total_bytes=max_total_bytes,
        accepted=("application/pdf", "image/jpeg", "image/png"),
        kinds=(
            KindRule("passport", required=True),
            KindRule("inn", required=True),
            KindRule("snils", required=True),
            KindRule("other", required=False),
        ),
    )


@pytest.fixture(scope="session")
def policy() -> DocumentPolicy:
    return make_policy()


@pytest.fixture(scope="module")
def pipeline(policy: DocumentPolicy) -> Iterator[DocumentPipeline]:
    with DocumentPipeline(policy) as shared:
        shared.warm_up()
        yield shared


def check_one(pipeline: DocumentPipeline, path: Path) -> CheckedFile:
    return run(pipeline.check_files([path]))[0]
