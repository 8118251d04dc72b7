"""When and how long to wait before repeating a call that is safe to repeat."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

RETRYABLE_STATUSES = frozenset({429, 502, 503, 504})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})


@dataclass(frozen=True)
class RetryPolicy:
    """Capped exponential backoff with full jitter, `Retry-After` honoured, a total budget."""

    max_attempts: int = 4
    base_delay_seconds: float = 0.5
    max_delay_seconds: float = 8.0
    # No retry starts once this much time has passed since the call began (or would pass
    # during the wait before it).
    budget_seconds: float = 30.0

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")

    def delay_before(self, attempt: int, retry_after: float | None, rng: random.Random) -> float:
        """Seconds to wait before attempt number `attempt` (2, 3, ...)."""
        ceiling = min(self.max_delay_seconds, self.base_delay_seconds * 2 ** (attempt - 2))
        jittered = rng.uniform(0.0, ceiling)
        return max(jittered, retry_after or 0.0)

    def allows(self, attempt: int, elapsed: float, delay: float) -> bool:
        return attempt <= self.max_attempts and elapsed + delay <= self.budget_seconds


NO_RETRIES = RetryPolicy(max_attempts=1)


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds from a `Retry-After` header: delta-seconds or an HTTP date; None when absent."""
    if value is None:
        return None
    text = value.strip()
    if text.isascii() and text.isdigit():
        return 86_400.0 if len(text) > 5 else float(min(int(text), 86_400))
    try:
        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    seconds = (moment - (now or datetime.now(UTC))).total_seconds()
    return min(max(seconds, 0.0), 86_400.0)


def may_retry(method: str, has_idempotency_key: bool) -> bool:
    """A POST without an Idempotency-Key is never repeated: it might have taken effect."""
    return method.upper() in IDEMPOTENT_METHODS or has_idempotency_key
