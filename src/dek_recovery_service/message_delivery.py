"""Delivery outside demo mode: each message to its channel's sender, on a worker thread.

`DeliveryQueue` hands messages to a thread, so an answer never waits for an SMTP server or an SMS
gateway: a request for a contact that has an account costs the same time as one for a contact
that has none (no enumeration by timing). A failed delivery is tried again a few times; the log
says which channel, the masked destination and the kind of failure, never the message.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Sequence

from .contacts import mask_email, mask_phone
from .messages import Channel, Messenger, OutgoingMessage
from .sms_delivery import SmsSender

log = logging.getLogger("dek_recovery_service.delivery")


def masked_destination(message: OutgoingMessage) -> str:
    if message.channel is Channel.EMAIL:
        return mask_email(message.to)
    return mask_phone(message.to)


class ChannelMessenger:
    """E-mail to the SMTP sender, SMS (its body as the text) to the SMS sender."""

    def __init__(self, email: Messenger, sms: SmsSender) -> None:
        self._email, self._sms = email, sms

    def send(self, message: OutgoingMessage) -> None:
        if message.channel is Channel.EMAIL:
            self._email.send(message)
        else:
            self._sms.send_sms(message.to, message.body)


class DeliveryQueue:
    def __init__(
        self, deliver: Messenger, *, retry_delays_s: Sequence[float] = (2.0, 10.0)
    ) -> None:
        self._deliver = deliver
        self._retry_delays_s = tuple(retry_delays_s)
        self._queue: queue.Queue[OutgoingMessage | None] = queue.Queue()
        self._closing = threading.Event()
        self._thread = threading.Thread(target=self._run, name="dek-delivery", daemon=True)
        self._thread.start()

    def send(self, message: OutgoingMessage) -> None:
        self._queue.put(message)

    def wait_until_idle(self) -> None:
        """Returns once every message handed over so far was delivered or given up."""
        self._queue.join()

    def close(self, timeout_s: float = 30.0) -> None:
        """Delivers what is queued (without waiting out retries), then stops the thread."""
        self._closing.set()
        self._queue.put(None)
        self._thread.join(timeout_s)

    def _run(self) -> None:
        while True:
            message = self._queue.get()
            try:
                if message is None:
                    return
                self._deliver_with_retries(message)
            finally:
                self._queue.task_done()

    def _deliver_with_retries(self, message: OutgoingMessage) -> None:
        destination = masked_destination(message)
        for attempt, delay in enumerate((*self._retry_delays_s, None), start=1):
            try:
                self._deliver.send(message)
            except Exception as error:  # any failure of a sender is tried again
                log.warning(
                    "delivery failed channel=%s to=%s attempt=%d error=%s",
                    message.channel.value,
                    destination,
                    attempt,
                    type(error).__name__,
                )
                if delay is None or self._closing.wait(delay):
                    log.error(
                        "delivery given up channel=%s to=%s", message.channel.value, destination
                    )
                    return
            else:
                log.info("delivered channel=%s to=%s", message.channel.value, destination)
                return
