"""Reading a file a person named, without letting the file decide how much we read or wait.

`--passphrase-file /dev/zero` would read forever, a FIFO would block `open()` until a writer
shows up, and a 300 MB file without a newline would be read (and copied) whole. So every path a
person gives is read here: it must be a regular file (a FIFO is opened with O_NONBLOCK, so the
open never waits, then refused by fstat), and at most `limit` bytes are read; one byte more is
a refusal, whatever st_size claims (/proc files say 0, a growing file says less than it holds).

This lives with the certificate code, the lowest layer that reads files, so the certificate
reader and the importer use it as well as the command line and the CA home.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from trustanchor.core.errors import TrustAnchorError
from trustanchor.core.text import QT_TRANSLATE_NOOP

# A certificate, key or .p12 file is a few KiB; a chain or a bundle of roots well under 1 MiB.
MAX_INPUT_BYTES = 1 << 20
# A passphrase is one line; 4 KiB is far beyond anything a person types or a manager generates.
MAX_PASSPHRASE_FILE_BYTES = 4096
_CHUNK = 64 * 1024
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


class InputFileError(TrustAnchorError):
    """A file the person named cannot be read: missing, not a regular file, or too large."""

    def __init__(self, message: str, path: str) -> None:
        super().__init__(message)
        self.path = path


_FILE = QT_TRANSLATE_NOOP("core.inputs", "file")


def read_limited(path: str | Path, limit: int = MAX_INPUT_BYTES, *, what: str = _FILE) -> bytes:
    """The whole content of regular file `path`, or InputFileError (one sentence) when it is
    missing, a folder, a device, a FIFO or a socket, or holds more than `limit` bytes."""
    shown = str(path)
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except FileNotFoundError:
        raise InputFileError(QT_TRANSLATE_NOOP("core.inputs", "The {what} {shown} does not exist:"
            " check the name and folder.").format(what=what, shown=shown),
                             shown) from None
    except IsADirectoryError:
        raise InputFileError(QT_TRANSLATE_NOOP("core.inputs", "The {what} {shown} is a folder, not"
            " a file: choose a file.").format(what=what, shown=shown),
                             shown) from None
    except OSError as exc:
        raise InputFileError(QT_TRANSLATE_NOOP("core.inputs", "Cannot read the {what} {shown}"
            " ({reason}).").format(what=what, shown=shown, reason=exc.strerror or exc),
                             shown) from exc
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise InputFileError(QT_TRANSLATE_NOOP("core.inputs", "The {what} {shown} is a folder,"
                " not a file: choose a file.").format(what=what, shown=shown),
                                 shown)
        if not stat.S_ISREG(mode):
            raise InputFileError(
                QT_TRANSLATE_NOOP("core.inputs", "The {what} {shown} is not a regular file (it is"
                    " a {kind}): TrustAnchor reads only ordinary files.").format(
                    what=what, shown=shown, kind=_kind(mode)), shown)
        return _read_at_most(fd, limit, what, shown)
    finally:
        os.close(fd)


def _read_at_most(fd: int, limit: int, what: str, shown: str) -> bytes:
    """Read until end of file, refusing as soon as more than `limit` bytes have arrived."""
    chunks: list[bytes] = []
    total = 0
    while True:
        try:
            chunk = os.read(fd, min(_CHUNK, limit + 1 - total))
        except OSError as exc:
            raise InputFileError(QT_TRANSLATE_NOOP("core.inputs", "Cannot read the {what} {shown}"
                " ({reason}).").format(what=what, shown=shown, reason=exc.strerror or exc),
                                 shown) from exc
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        total += len(chunk)
        if total > limit:
            raise InputFileError(
                QT_TRANSLATE_NOOP("core.inputs", "The {what} {shown} is too large (more than"
                    " {limit:,} bytes) to be what TrustAnchor expects: choose the right"
                    " file.").format(
                    what=what, shown=shown, limit=limit), shown)


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "special file"
