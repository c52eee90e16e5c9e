"""One TrustAnchor window per CA home: a second launch brings the first window forward.

A QLockFile (stale locks of dead processes are taken over) decides who runs; a QLocalServer
lets the second launch say "show yourself" to the first. Two copies would otherwise both
publish and both register the same Bonjour name (docs/engineering.md, "Bonjour").
"""

from __future__ import annotations

import getpass
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCryptographicHash, QLockFile, QObject, Signal, Slot

if TYPE_CHECKING:  # QtNetwork is imported when needed, after the first window is painted
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

SHOW_MESSAGE = b"show\n"
CONNECT_TIMEOUT_MS = 500


def instance_key(home_setting: str | None = None) -> str:
    """A name unique to this user and CA home, safe as a file and local-socket name.

    The home is taken as configured ($TRUSTANCHOR_HOME, else the default) without resolving
    it: that needs the core, which the first window does not wait for.
    """
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name on some containers
        user = "user"
    home = os.environ.get("TRUSTANCHOR_HOME", "") if home_setting is None else home_setting
    # SHA-256 by Qt's own code: Python's hashlib would load OpenSSL (about 2.5 ms) before the
    # first window is painted.
    hashed = QCryptographicHash.hash(f"{user}\0{home.strip()}".encode(),
                                     QCryptographicHash.Algorithm.Sha256)
    digest = bytes(hashed.toHex().data()).decode("ascii")
    return f"trustanchor-{digest[:16]}"


class SingleInstance(QObject):
    """`acquire()` once at start-up; `activated` fires when a later launch asks for the window."""

    activated = Signal()

    def __init__(self, key: str, lock_dir: Path | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.key = key
        folder = lock_dir or Path(tempfile.gettempdir())
        self._lock = QLockFile(str(folder / f"{key}.lock"))
        self._lock.setStaleLockTime(0)  # only a dead owner's lock is stale, never an old one
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True when this process is the only one (call `listen()` once the window is up)."""
        return bool(self._lock.tryLock(0))

    def listen(self) -> None:
        """Accept "show yourself" from later launches."""
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(self.key)  # a crashed run may have left the socket file
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._on_server_new_connection)
        server.listen(self.key)
        self._server = server

    def notify_running(self) -> bool:
        """Ask the running copy to show its window; False if it could not be reached."""
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self.key)
        if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
            return False
        socket.write(SHOW_MESSAGE)
        ok = socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
        socket.disconnectFromServer()
        return ok

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()

    @Slot()
    def _on_server_new_connection(self) -> None:
        assert self._server is not None
        while (conn := self._server.nextPendingConnection()) is not None:
            conn.readyRead.connect(lambda c=conn: self._on_conn_ready_read(c))
            conn.disconnected.connect(conn.deleteLater)

    def _on_conn_ready_read(self, conn: QLocalSocket) -> None:
        if bytes(conn.readAll().data()).startswith(SHOW_MESSAGE.strip()):
            self.activated.emit()
