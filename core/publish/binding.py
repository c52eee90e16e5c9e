"""Listening sockets for the publishing server: exclusive on Windows, the next free port when
the asked one is taken, and a short wait for a port this program itself just released.

Windows: `SO_REUSEADDR` there lets another process bind the same port, so sockets ask for
`SO_EXCLUSIVEADDRUSE` instead. With it, a port cannot be bound again while connections accepted
on it are still open, or some are still in TIME_WAIT (Microsoft Learn, "Using SO_REUSEADDR and
SO_EXCLUSIVEADDRUSE"). Publishing again right after stopping would then move to another port,
and the phone's open page with the old address would stop working; so on Windows the asked
port is retried for `REBIND_WAIT_S` first, then the next ports are tried as everywhere.
"""

from __future__ import annotations

import errno
import os
import socket
import time
from collections.abc import Callable

from trustanchor.core.errors import PublishError
from trustanchor.core.text import QT_TRANSLATE_NOOP

PORT_TRIES = 20  # "next free port when taken" stops after this many ports
REBIND_WAIT_S = 3.0  # Windows: how long the asked port is retried before moving on
REBIND_PAUSE_S = 0.2
_IN_USE = {errno.EADDRINUSE, errno.EACCES, getattr(errno, "WSAEADDRINUSE", -1),
           getattr(errno, "WSAEACCES", -1)}
_ON_WINDOWS = os.name == "nt"


def bind_listening_socket(
    host: str, port: int, *, backlog: int, tries: int = PORT_TRIES,
    rebind_wait_s: float | None = None, sleep: Callable[[float], None] = time.sleep,
) -> socket.socket:
    """A listening socket on `host`, on `port` or the next free one (port 0: any free port).

    The asked port is retried for `rebind_wait_s` (default: REBIND_WAIT_S on Windows, 0
    elsewhere, where SO_REUSEADDR already allows it) before the next ports are tried.
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    wait = (REBIND_WAIT_S if _ON_WINDOWS else 0.0) if rebind_wait_s is None else rebind_wait_s
    last: OSError | None = None
    for candidate in range(port, min(port + max(tries, 1), 65536)) if port else [0]:
        deadline = time.monotonic() + (wait if candidate == port and port else 0.0)
        while True:
            try:
                return _listen(family, host, candidate, backlog)
            except OSError as exc:
                last = exc
                if exc.errno not in _IN_USE or time.monotonic() >= deadline:
                    break
                sleep(REBIND_PAUSE_S)
        if last is not None and last.errno not in _IN_USE:
            break
    if last is not None and last.errno not in _IN_USE:
        raise PublishError(
            QT_TRANSLATE_NOOP("core.binding", "Cannot listen on {host}: it is not an address of"
                " this computer; choose one of its own addresses.").format(host=host)
        ) from last
    raise PublishError(
        QT_TRANSLATE_NOOP("core.binding", "Ports {port} to {last} on {host} are all in use;"
            " choose another port.").format(port=port, last=port + tries - 1, host=host)
    ) from last


def _set_bind_options(sock: socket.socket, family: int, host: str) -> None:
    if os.name == "nt":
        # On Windows SO_REUSEADDR lets another process bind the same port: ask for exclusivity.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_EXCLUSIVEADDRUSE, 1)  # type: ignore[attr-defined,unused-ignore]
    else:
        # POSIX SO_REUSEADDR only skips TIME_WAIT; two live listeners still cannot share a port.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if family == socket.AF_INET6 and host == "::":
        sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)




def _listen(family: int, host: str, port: int, backlog: int) -> socket.socket:
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        _set_bind_options(sock, family, host)
        sock.bind((host, port))
        sock.listen(backlog)
        sock.setblocking(False)
    except OSError:
        sock.close()
        raise
    return sock
