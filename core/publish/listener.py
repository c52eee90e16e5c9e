"""A hardened threaded TCP listener: connection caps, timeouts, and TLS in each connection's thread.

What a stock `socketserver` lacks on a hostile LAN (docs/engineering.md, "The publishing
server"): a real listen backlog, a cap per client and per port that reclaims idle and slow
connections before it refuses anyone (see `slots`), with a fast refusal when every slot is busy,
and a TLS handshake that runs in the connection's own thread with a deadline, so one silent
client cannot freeze the accept loop. A TLS port may also take plain HTTP: the first byte tells
a ClientHello (0x16, RFC 8446 section 5.1) from a request line, and a plain request goes to its
own handler (the phone page asks the HTTPS port "are you there?" without TLS). `stop()` closes
every open connection, so it returns quickly even with hundreds of slow clients attached.
"""

from __future__ import annotations

import contextlib
import errno
import ipaddress
import logging
import os
import selectors
import socket
import ssl
import tempfile
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from trustanchor.core.errors import PublishError
from trustanchor.core.publish.slots import Activity, Admission, Budget, SlotTable
from trustanchor.core.store.files import PRIVATE_FILE_MODE, retry_while_locked
from trustanchor.core.text import QT_TRANSLATE_NOOP

log = logging.getLogger("trustanchor.server")

#: Called in the connection's own thread with the (TLS) socket, the client's IP, whether the
#: connection is TLS, and its Activity. The listener closes the socket afterwards.
ConnectionHandler = Callable[[socket.socket, str, bool, Activity], None]

STOP_JOIN_SECONDS = 0.6
_OUT_OF_FILES = {errno.EMFILE, errno.ENFILE, errno.ENOBUFS, errno.ENOMEM}


# The addresses that mean "every interface": "" is how Python's socket API spells INADDR_ANY.
IPV4_ANY = "0.0.0.0"  # noqa: S104 (names it; the phone is on the LAN, so publishing may bind it)
IPV6_ANY = "::"
WILDCARD_BINDS = frozenset({IPV4_ANY, IPV6_ANY, ""})


@dataclass(frozen=True)
class Limits:
    """Measured defaults: they held a 500-socket slowloris (docs/engineering.md)."""

    timeout: float = 5.0  # seconds for a whole request head, a write, or a TLS handshake
    # A phone opens up to six connections per origin for the page and its pictures, plus the
    # probe; 12 leaves room for a second browser on the same phone.
    max_per_client: int = 12
    max_connections: int = 128  # on each port: the HTTP page and the HTTPS probe have their own
    backlog: int = 64

    def budget(self) -> Budget:
        # One IPv6 /64 is a whole home network: three quarters of the port, leaving the rest
        # for IPv4 clients, link-local addresses and other prefixes.
        per_network = max(self.max_per_client, self.max_connections * 3 // 4)
        return Budget(self.max_per_client, per_network, self.max_connections)


_TLS_HANDSHAKE_RECORD = 0x16


@dataclass(frozen=True)
class _Endpoint:
    sock: socket.socket
    tls: ssl.SSLContext | None
    busy_response: bytes | None
    slots: SlotTable
    plain_handler: ConnectionHandler | None = None  # a TLS port's plain-text connections


def client_address(raw: str) -> str:
    """The client's address as text; an IPv4-mapped IPv6 address becomes plain IPv4."""
    try:
        addr = ipaddress.ip_address(raw)
    except ValueError:
        return raw
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        return str(addr.ipv4_mapped)
    return str(addr)


class ConnectionListener:
    """Accepts on one or more listening sockets and serves each connection in its own thread."""

    def __init__(self, handler: ConnectionHandler, limits: Limits) -> None:
        self._handler = handler
        self.limits = limits
        self._endpoints: list[_Endpoint] = []
        self._lock = threading.Lock()
        self._conns: dict[int, socket.socket] = {}
        self._threads: dict[int, threading.Thread] = {}
        self._next_id = 0
        self._stopping = False
        self._accept_thread: threading.Thread | None = None
        self._wake_r, self._wake_w = socket.socketpair()
        self._refused = _RefusedConnections()
        self.rejected = 0
        self.reclaimed = 0  # idle or slow connections closed to make room for a newcomer

    def add(self, sock: socket.socket, tls: ssl.SSLContext | None,
            busy_response: bytes | None, *, plain_handler: ConnectionHandler | None = None
            ) -> None:
        """Serve `sock` (already listening); call before `start`. On a TLS port,
        `plain_handler` (when given) serves connections that start with plain text instead of
        a ClientHello; without it they fail the handshake like any other non-TLS client."""
        self._endpoints.append(_Endpoint(sock, tls, busy_response,
                                         SlotTable(self.limits.budget()), plain_handler))

    @property
    def active_connections(self) -> int:
        with self._lock:
            return len(self._conns)

    def start(self) -> None:
        self._accept_thread = threading.Thread(
            target=self._accept_loop, name="trustanchor-accept", daemon=True)
        self._accept_thread.start()

    def stop(self) -> None:
        """Close the listening sockets and every open connection; wait briefly for threads."""
        with self._lock:
            self._stopping = True
            conns = list(self._conns.values())
            threads = list(self._threads.values())
        with contextlib.suppress(OSError):
            self._wake_w.send(b"x")
        if self._accept_thread is not None:
            self._accept_thread.join(STOP_JOIN_SECONDS)
        for conn in conns:
            _shutdown(conn)
        deadline = time.monotonic() + STOP_JOIN_SECONDS
        for thread in threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        self._wake_r.close()
        self._wake_w.close()

    def _accept_loop(self) -> None:
        with selectors.DefaultSelector() as selector:
            selector.register(self._wake_r, selectors.EVENT_READ, None)
            for endpoint in self._endpoints:
                selector.register(endpoint.sock, selectors.EVENT_READ, endpoint)
            try:
                while not self._stopping:
                    for key, _ in selector.select(self._refused.next_timeout()):
                        if key.data is None:
                            return
                        self._accept_one(key.data)
                    self._refused.close_expired()
            finally:
                self._refused.close_all()
                for endpoint in self._endpoints:
                    endpoint.sock.close()

    def _accept_one(self, endpoint: _Endpoint) -> None:
        try:
            conn, address = endpoint.sock.accept()
        except (BlockingIOError, InterruptedError):
            return
        except OSError as exc:
            if exc.errno in _OUT_OF_FILES:
                log.warning("Out of file handles accepting a connection: %s", exc.strerror)
                time.sleep(0.05)  # the backlog keeps the client; do not spin
            return
        ip = client_address(str(address[0]))
        with self._lock:
            conn_id = self._next_id
            self._next_id += 1
            # Reclaimed connections leave their slot at once but their thread a moment later:
            # the thread count is bounded on its own, however fast the reclaiming churns.
            threads_full = len(self._conns) >= 2 * self.limits.max_connections * len(
                self._endpoints)
            admission = (endpoint.slots.admit(conn_id, ip, time.monotonic())
                         if not threads_full else Admission(False))
            admitted = admission.admitted and not self._stopping
            if admitted:
                self._conns[conn_id] = conn
                thread = threading.Thread(target=self._serve, name=f"trustanchor-conn-{conn_id}",
                                          args=(conn_id, conn, ip, endpoint), daemon=True)
                self._threads[conn_id] = thread
            else:
                endpoint.slots.release(conn_id)
                self.rejected += 1
            reclaimed = [self._conns[i] for i in admission.reclaimed if i in self._conns]
            self.reclaimed += len(reclaimed)
        for victim in reclaimed:
            # The victim's thread wakes up on the shutdown, ends and closes its socket.
            _shutdown(victim)
        if admitted:
            thread.start()
        else:
            log.debug("Refused a connection from %s: too many open connections", ip)
            self._refused.add(conn, endpoint.busy_response)

    def _serve(self, conn_id: int, conn: socket.socket, ip: str, endpoint: _Endpoint) -> None:
        try:
            handler, tls = self._handler, endpoint.tls is not None
            deadline = time.monotonic() + self.limits.timeout
            if endpoint.tls is not None and endpoint.plain_handler is not None and (
                    not _starts_with_tls(conn, deadline)):
                handler, tls = endpoint.plain_handler, False
            elif endpoint.tls is not None:
                conn = self._handshake(conn_id, conn, endpoint.tls, deadline)
            handler(conn, ip, tls, Activity(self._lock, endpoint.slots, conn_id))
        except (OSError, ValueError) as exc:  # ssl.SSLError and TimeoutError are OSErrors
            log.debug("Connection from %s ended: %s", ip, type(exc).__name__)
        except Exception:  # a bug must not kill the thread silently or reach the client
            log.exception("Unexpected error serving %s", ip)
        finally:
            conn.close()
            with self._lock:
                self._conns.pop(conn_id, None)
                self._threads.pop(conn_id, None)
                endpoint.slots.release(conn_id)

    def _handshake(self, conn_id: int, conn: socket.socket, context: ssl.SSLContext,
                   deadline: float) -> ssl.SSLSocket:
        """TLS server handshake with one deadline for the whole exchange."""
        conn.setblocking(False)
        tls = context.wrap_socket(conn, server_side=True, do_handshake_on_connect=False)
        with self._lock:
            self._conns[conn_id] = tls  # wrap_socket detached `conn`; stop() must see `tls`
            stopping = self._stopping
        if stopping:
            tls.close()
            raise ConnectionAbortedError("server stopping")
        try:
            _handshake_until(tls, deadline)
        except BaseException:
            tls.close()
            raise
        tls.setblocking(True)
        return tls


def _starts_with_tls(conn: socket.socket, deadline: float) -> bool:
    """Whether the client's first byte opens a TLS handshake record; waits for it until
    `deadline` (TimeoutError) and leaves it unread for the TLS or HTTP reader."""
    conn.settimeout(max(0.001, deadline - time.monotonic()))
    first = conn.recv(1, socket.MSG_PEEK)
    if not first:
        raise ConnectionAbortedError("client closed before sending anything")
    return first[0] == _TLS_HANDSHAKE_RECORD


def _handshake_until(tls: ssl.SSLSocket, deadline: float) -> None:
    with selectors.DefaultSelector() as selector:
        selector.register(tls, selectors.EVENT_READ)
        while True:
            try:
                tls.do_handshake()
                return
            except ssl.SSLWantReadError:
                events = selectors.EVENT_READ
            except ssl.SSLWantWriteError:
                events = selectors.EVENT_WRITE
            remaining = deadline - time.monotonic()
            selector.modify(tls, events)
            if remaining <= 0 or not selector.select(remaining):
                raise TimeoutError("TLS handshake timed out")


def server_tls_context(chain_pem: bytes, key_pem: bytes) -> ssl.SSLContext:
    """A TLS 1.2+ server context holding the chain and key, loaded without a lasting file."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    try:
        with _private_pem_paths(chain_pem, key_pem) as (chain_path, key_path):
            # An empty password makes an encrypted key fail here instead of prompting on stdin.
            # Windows: an antivirus may hold the fresh temp file for a moment (a retry).
            retry_while_locked(
                lambda: context.load_cert_chain(chain_path, key_path, password=b""))
    except (ssl.SSLError, OSError, ValueError) as exc:
        raise PublishError(
            QT_TRANSLATE_NOOP("core.listener", "The HTTPS certificate or its key could not be"
                " loaded; issue a new server certificate from the CA and try again.")
        ) from exc
    return context


@contextlib.contextmanager
def _private_pem_paths(chain_pem: bytes, key_pem: bytes) -> Iterator[tuple[str, str]]:
    """Paths `ssl` can read the chain and key from, gone when the block ends.

    `ssl.SSLContext.load_cert_chain` only reads files. On Linux the PEM goes into anonymous
    memory files (memfd) that never touch a disk. Elsewhere it goes into files created 0600
    with O_EXCL in a fresh private temporary folder (0700, user-only on Windows), removed as
    soon as OpenSSL has read them.
    """
    if hasattr(os, "memfd_create") and os.path.isdir("/proc/self/fd"):
        fds = [_memfd(chain_pem), _memfd(key_pem)]
        try:
            yield f"/proc/self/fd/{fds[0]}", f"/proc/self/fd/{fds[1]}"
        finally:
            for fd in fds:
                os.close(fd)
        return
    # A file an antivirus still holds cannot be deleted on Windows: each unlink is retried, and
    # what still cannot go is left to the system's temp clean-up (a warning), not an error.
    with tempfile.TemporaryDirectory(prefix="trustanchor-tls-",
                                     ignore_cleanup_errors=True) as folder:
        paths = (os.path.join(folder, "chain.pem"), os.path.join(folder, "key.pem"))
        for path, data in zip(paths, (chain_pem, key_pem), strict=True):
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                         PRIVATE_FILE_MODE)
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
        try:
            yield paths
        finally:
            for path in paths:
                _remove_temp_pem(path)


def _remove_temp_pem(path: str) -> None:
    try:
        retry_while_locked(lambda: os.unlink(path))
    except OSError as exc:
        log.warning("a temporary TLS file could not be removed yet (%s): %s", exc, path)


def _memfd(data: bytes) -> int:
    fd = os.memfd_create("trustanchor-tls", os.MFD_CLOEXEC)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
    except OSError:
        os.close(fd)
        raise
    return fd


class _RefusedConnections:
    """Over-limit clients get their answer at once (503 on plain HTTP) and are closed a little
    later by the accept loop, without a thread each.

    Closing a socket that still holds unread request bytes sends a RST, and a RST can make the
    client drop the 503 before reading it (RFC 2525 section 2.17). So the answer and a FIN go
    out now, and the socket is drained and closed after LINGER_SECONDS.
    """

    LINGER_SECONDS = 0.5
    MAX_LINGERING = 256  # beyond this, close at once: never hoard file handles

    def __init__(self) -> None:
        self._queue: deque[tuple[float, socket.socket]] = deque()

    def add(self, conn: socket.socket, busy_response: bytes | None) -> None:
        try:
            conn.setblocking(False)
            if busy_response:
                conn.send(busy_response)
            conn.shutdown(socket.SHUT_WR)
        except OSError:
            conn.close()
            return
        self._queue.append((time.monotonic() + self.LINGER_SECONDS, conn))
        while len(self._queue) > self.MAX_LINGERING:
            _drain_and_close(self._queue.popleft()[1])

    def next_timeout(self) -> float | None:
        return max(0.0, self._queue[0][0] - time.monotonic()) if self._queue else None

    def close_expired(self) -> None:
        now = time.monotonic()
        while self._queue and self._queue[0][0] <= now:
            _drain_and_close(self._queue.popleft()[1])

    def close_all(self) -> None:
        while self._queue:
            _drain_and_close(self._queue.popleft()[1])


def _drain_and_close(conn: socket.socket) -> None:
    with contextlib.suppress(OSError):
        for _ in range(16):  # bounded: a client streaming data is simply reset
            if not conn.recv(65536):
                break
    conn.close()


def _shutdown(conn: socket.socket) -> None:
    # The plain-socket shutdown also works on an SSLSocket and unblocks a reader at once.
    with contextlib.suppress(OSError):
        socket.socket.shutdown(conn, socket.SHUT_RDWR)
