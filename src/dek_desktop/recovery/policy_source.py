"""The service's policy (`GET /v1/policy`): fetched once per run, the source of every limit."""

from __future__ import annotations

import threading

from dek_desktop.api.client import RecoveryClient
from dek_desktop.api.models import Policy


class PolicySource:
    def __init__(self, client: RecoveryClient) -> None:
        self._client = client
        self._lock = threading.Lock()
        self._policy: Policy | None = None

    @property
    def known(self) -> Policy | None:
        return self._policy

    def fetch(self, *, refresh: bool = False) -> Policy:
        """Worker-thread side: the policy, asked from the service unless it is already known
        (`refresh`: the service said its consent text changed)."""
        with self._lock:
            if self._policy is None or refresh:
                self._policy = self._client.get_policy()
            return self._policy
