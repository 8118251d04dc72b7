"""A stand-in for systemd-logind on a private D-Bus bus, run as its own process by the tests.

It owns org.freedesktop.login1 and answers Manager.Inhibit as logind does: with the write
end of a pipe, keeping the read end; the lock lasts until every copy of the write end is
closed, which it sees as end-of-file. Each event is one line on stdout.

    python stand_in_logind.py <bus address>
"""

from __future__ import annotations

import os
import select
import sys

from jeepney import HeaderFields, MessageType, new_error, new_method_return
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection


def say(line: str) -> None:
    print(line, flush=True)


def main() -> None:
    connection = open_dbus_connection(bus=sys.argv[1], enable_fds=True)
    connection.send_and_get_reply(message_bus.RequestName("org.freedesktop.login1"))
    say("ready")
    locks: list[int] = []
    while True:
        waiting = [connection.sock.fileno(), *locks]
        readable, _, _ = select.select(waiting, [], [])
        for lock in [fd for fd in locks if fd in readable]:
            os.read(lock, 1)  # end of file: every copy of the write end is closed
            os.close(lock)
            locks.remove(lock)
            say("released")
        if connection.sock.fileno() not in readable:
            continue
        message = connection.receive()
        fields = message.header.fields
        if message.header.message_type != MessageType.method_call:
            continue
        member = fields.get(HeaderFields.member)
        if member == "Inhibit" and fields.get(HeaderFields.interface) == (
            "org.freedesktop.login1.Manager"
        ):
            say("inhibit " + "|".join(message.body))
            read_end, write_end = os.pipe()
            connection.send(new_method_return(message, "h", (write_end,)))
            os.close(write_end)
            locks.append(read_end)
        else:
            connection.send(new_error(message, "org.freedesktop.DBus.Error.UnknownMethod"))


if __name__ == "__main__":
    main()
