"""Proof that a store's trust works: a real TLS handshake, judged by the OS's own verifier.

A short-lived HTTPS listener on 127.0.0.1 (port 0: the kernel picks a free one) serves a
one-day leaf from the CA; a client verifies it with the ``truststore`` package, which asks the
operating system (macOS Security framework, Windows CryptoAPI, the system bundle on Linux:
truststore documentation, "How it works"). The listener never leaves loopback and serves a
bounded number of connections within a bounded time.
"""

from __future__ import annotations

import contextlib
import os
import socket
import ssl
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

from trustanchor.core.errors import TrustAnchorError
from trustanchor.core.pki.ca import CertificateAuthority
from trustanchor.core.pki.leaf import ServerCertificate
from trustanchor.core.text import QT_TRANSLATE_NOOP
from trustanchor.core.trust.model import Proof

LOOPBACK = "127.0.0.1"
PROOF_LEAF_DAYS = 1
CONNECT_TIMEOUT_S = 5.0
SERVE_SECONDS = 120.0  # the listener gives up on its own after this long
OS_VERIFIER = QT_TRANSLATE_NOOP("core.proof", "the operating system (truststore)")
NO_HANDSHAKE = QT_TRANSLATE_NOOP("core.proof", "no handshake")
PAGE_TEXT = "TrustAnchor trust test: this page arrived over a verified connection."
_PAGE = (f"<!doctype html><html><head><title>TrustAnchor trust test</title></head>"
         f"<body><p id=result>{PAGE_TEXT}</p></body></html>").encode()


def issue_proof_leaf(ca: CertificateAuthority) -> ServerCertificate:
    """A one-day certificate for 127.0.0.1 from ``ca`` (its key never leaves memory but once,
    into a private temporary file that ssl needs)."""
    return ca.issue_server_cert(LOOPBACK, days=PROOF_LEAF_DAYS)


def server_context(leaf: ServerCertificate) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    with tempfile.TemporaryDirectory(prefix="trustanchor-proof-") as folder:
        chain = Path(folder) / "chain.pem"
        key = Path(folder) / "key.pem"
        chain.write_bytes(leaf.fullchain_pem())
        descriptor = os.open(key, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(leaf.key_pem())
        context.load_cert_chain(chain, key)
    return context


class ProofServer:
    """Serves one small HTML page over TLS on 127.0.0.1:<free port>, in a daemon thread."""

    def __init__(self, leaf: ServerCertificate, *, max_connections: int = 16,
                 serve_seconds: float = SERVE_SECONDS) -> None:
        self._context = server_context(leaf)
        self._sock = socket.create_server((LOOPBACK, 0))
        self._sock.settimeout(0.2)
        self.port: int = self._sock.getsockname()[1]
        self._max = max_connections
        self._deadline = time.monotonic() + serve_seconds
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="trust-proof", daemon=True)
        self.handshakes = 0

    @property
    def url(self) -> str:
        return f"https://{LOOPBACK}:{self.port}/"

    def __enter__(self) -> ProofServer:
        self._thread.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self._stop.set()
        self._thread.join(timeout=2.0)
        self._sock.close()

    def _serve(self) -> None:
        served = 0
        while served < self._max and not self._stop.is_set() \
                and time.monotonic() < self._deadline:
            try:
                conn, _ = self._sock.accept()
            except (TimeoutError, OSError):
                continue
            served += 1
            with conn:
                self._answer(conn)

    def _answer(self, conn: socket.socket) -> None:
        conn.settimeout(CONNECT_TIMEOUT_S)
        try:
            with self._context.wrap_socket(conn, server_side=True) as tls:
                self.handshakes += 1
                tls.recv(4096)
                head = (f"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                        f"Content-Length: {len(_PAGE)}\r\nConnection: close\r\n\r\n").encode()
                tls.sendall(head + _PAGE)
        except (ssl.SSLError, OSError):
            return  # an untrusting client hangs up mid-handshake: that is its answer


def os_context() -> ssl.SSLContext:
    """The operating system's verifier (truststore), with hostname checks on."""
    import truststore

    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


def bundle_context(cafile: Path) -> ssl.SSLContext:
    """OpenSSL with exactly one bundle as its trust (a system bundle under a test root)."""
    return ssl.create_default_context(cafile=str(cafile))


def handshake(port: int, context: ssl.SSLContext, method: str) -> Proof:
    """Connect to 127.0.0.1:port and let ``context`` verify the server; never raises."""
    where = QT_TRANSLATE_NOOP("core.proof", "TLS handshake to {address} verified by {method}"
                              ).format(address=f"{LOOPBACK}:{port}", method=method)
    try:
        with socket.create_connection((LOOPBACK, port), timeout=CONNECT_TIMEOUT_S) as raw, \
                context.wrap_socket(raw, server_hostname=LOOPBACK) as tls:
            tls.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            tls.recv(64)
    except ssl.SSLCertVerificationError as exc:
        return Proof(False, where, exc.verify_message or str(exc))
    except (ssl.SSLError, OSError) as exc:
        return Proof(False, where, str(exc))
    return Proof(True, where, QT_TRANSLATE_NOOP("core.proof", "the certificate was accepted"))


@contextlib.contextmanager
def serving(ca: CertificateAuthority) -> Iterator[tuple[ProofServer, ServerCertificate]]:
    leaf = issue_proof_leaf(ca)
    with ProofServer(leaf) as server:
        yield server, leaf


def prove_os(ca: CertificateAuthority, context: ssl.SSLContext | None = None,
             method: str = OS_VERIFIER) -> Proof:
    """Does this computer's own verifier trust a fresh leaf from ``ca``?"""
    try:
        with serving(ca) as (server, _):
            return handshake(server.port, context or os_context(), method)
    except TrustAnchorError as exc:  # e.g. a CA whose name constraints exclude 127.0.0.1
        return Proof(False, NO_HANDSHAKE, exc.message)

