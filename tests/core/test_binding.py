"""Binding the publishing ports: the asked port, a bounded wait for it (Windows' exclusive
binding keeps a just-released port busy for a moment), then the next free ones."""

from __future__ import annotations

import socket
import threading
import time

import pytest

from trustanchor.core.errors import PublishError
from trustanchor.core.publish import binding
from trustanchor.core.publish.binding import bind_listening_socket


def busy_port() -> socket.socket:
    """A listening socket on a free loopback port: binding that port again fails."""
    holder = socket.socket()
    holder.bind(("127.0.0.1", 0))
    holder.listen(1)
    return holder


def test_a_port_released_during_the_wait_is_taken_again() -> None:
    holder = busy_port()
    port = holder.getsockname()[1]
    threading.Timer(0.5, holder.close).start()
    started = time.monotonic()
    sock = bind_listening_socket("127.0.0.1", port, backlog=5, rebind_wait_s=3.0)
    try:
        assert sock.getsockname()[1] == port  # the same address the phone already has
        assert 0.4 < time.monotonic() - started < 3.0
    finally:
        sock.close()


def test_without_the_wait_the_next_port_is_used() -> None:
    holder = busy_port()
    port = holder.getsockname()[1]
    try:
        sock = bind_listening_socket("127.0.0.1", port, backlog=5, rebind_wait_s=0.0)
        assert sock.getsockname()[1] != port
        sock.close()
    finally:
        holder.close()


def test_the_wait_is_bounded_then_it_moves_on() -> None:
    holder = busy_port()
    port = holder.getsockname()[1]
    pauses: list[float] = []
    try:
        started = time.monotonic()
        sock = bind_listening_socket("127.0.0.1", port, backlog=5, rebind_wait_s=0.6,
                                     sleep=lambda s: (pauses.append(s), time.sleep(s)))
        assert time.monotonic() - started < 2.0
        assert sock.getsockname()[1] != port
        assert 1 <= len(pauses) <= 0.6 / binding.REBIND_PAUSE_S + 1
        sock.close()
    finally:
        holder.close()


def test_windows_waits_by_default_posix_does_not(monkeypatch: pytest.MonkeyPatch) -> None:
    holder = busy_port()
    port = holder.getsockname()[1]
    pauses: list[float] = []
    try:
        monkeypatch.setattr(binding, "REBIND_WAIT_S", 0.5)
        monkeypatch.setattr(binding, "_ON_WINDOWS", True)
        bind_listening_socket("127.0.0.1", port, backlog=5, sleep=pauses.append).close()
        assert pauses  # Windows: the asked port was retried
        pauses.clear()
        monkeypatch.setattr(binding, "_ON_WINDOWS", False)
        bind_listening_socket("127.0.0.1", port, backlog=5, sleep=pauses.append).close()
        assert pauses == []
    finally:
        holder.close()


def test_an_address_that_is_not_ours_is_one_sentence() -> None:
    with pytest.raises(PublishError, match="not an address of this computer"):
        bind_listening_socket("192.0.2.1", 0, backlog=5, rebind_wait_s=1.0)
