"""Fixtures for the recovery flow: the real client over HTTP against the reference service.

Tests written as `async def` run in a fresh event loop each (`asyncio.run`), the way the app
runs the flow on qasync's loop: every client call goes through `asyncio.to_thread`.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from dek_desktop.api import RecoveryClient, RetryPolicy
from dek_desktop.recovery import DraftStore, RecoveryFlow
from tests.conftest import RunningService

# A dropped connection is retried quickly here; the product's own backoff is the client's.
QUICK_RETRY = RetryPolicy(
    max_attempts=2, base_delay_seconds=0.05, max_delay_seconds=0.1, budget_seconds=1.0
)


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    if not inspect.iscoroutinefunction(pyfuncitem.obj):
        return None
    names = pyfuncitem._fixtureinfo.argnames
    asyncio.run(pyfuncitem.obj(**{name: pyfuncitem.funcargs[name] for name in names}))
    return True


@pytest.fixture
def client(service: RunningService) -> Iterator[RecoveryClient]:
    with RecoveryClient(service.base_url, retry=QUICK_RETRY) as made:
        yield made


@pytest.fixture
def draft_dir(tmp_path: Path) -> Path:
    return tmp_path / "user-data"


@pytest.fixture
def drafts(draft_dir: Path) -> DraftStore:
    return DraftStore(draft_dir)


@pytest.fixture
def flow(client: RecoveryClient, drafts: DraftStore, service: RunningService) -> RecoveryFlow:
    return RecoveryFlow(client, drafts, clock=service.clock, app_version="test")


@pytest.fixture
def second_app(service: RunningService, tmp_path: Path) -> Iterator[RecoveryFlow]:
    """A second app on the same computer (its own client and draft dir)."""
    with RecoveryClient(service.base_url, retry=QUICK_RETRY) as other:
        yield RecoveryFlow(other, DraftStore(tmp_path / "other-app"), clock=service.clock)


@pytest.fixture
def relaunch(service: RunningService, draft_dir: Path) -> Iterator[Callable[[], RecoveryFlow]]:
    """The app started again: a new client and flow on the same user data dir."""
    clients: list[RecoveryClient] = []

    def start() -> RecoveryFlow:
        clients.append(RecoveryClient(service.base_url, retry=QUICK_RETRY))
        return RecoveryFlow(clients[-1], DraftStore(draft_dir), clock=service.clock)

    yield start
    for made in clients:
        made.close()
