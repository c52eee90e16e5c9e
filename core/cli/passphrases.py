"""Where a passphrase comes from on the command line: a file, the environment, or a prompt.

The order (README.md): `--passphrase-file` (its first line), else $TRUSTANCHOR_PASSPHRASE,
else a prompt on a terminal, else a clear error that names the two non-interactive options.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from trustanchor.core.defaults import MIN_PASSPHRASE_LENGTH
from trustanchor.core.errors import PassphraseError
from trustanchor.core.flow.operations import load_ca
from trustanchor.core.pki.inputs import MAX_PASSPHRASE_FILE_BYTES, InputFileError, read_limited

if TYPE_CHECKING:
    from trustanchor.core.pki.ca import CertificateAuthority
    from trustanchor.core.store.home import CAHome

ENV_PASSPHRASE = "TRUSTANCHOR_PASSPHRASE"  # noqa: S105 - the variable name, not a secret


def read_passphrase_file(path: str | Path) -> bytes:
    """The first line of a file, without its line ending.

    Read through read_limited: a FIFO, a device such as /dev/zero or a huge file is refused in
    one sentence instead of blocking or filling the memory.
    """
    try:
        data = read_limited(path, MAX_PASSPHRASE_FILE_BYTES, what="passphrase file")
    except InputFileError as exc:
        raise PassphraseError(str(exc)) from exc
    value = data.split(b"\n", 1)[0].rstrip(b"\r\n")
    if not value:
        raise PassphraseError(f"the passphrase file {path} is empty: put the passphrase on its "
                              "first line")
    return value


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def passphrase_for_unlock(passphrase_file: str | None, *, what: str = "the CA key") -> bytes:
    """The passphrase that unlocks an existing encrypted key."""
    if passphrase_file:
        return read_passphrase_file(passphrase_file)
    env = os.environ.get(ENV_PASSPHRASE)
    if env:
        return env.encode()
    if _interactive():
        import getpass  # only when asking: it loads termios

        value = getpass.getpass(f"Passphrase for {what}: ")
        if value:
            return value.encode()
    raise PassphraseError(f"{what} is protected by a passphrase: give --passphrase-file FILE or "
                          f"set ${ENV_PASSPHRASE}")


def passphrase_for_new_key(passphrase_file: str | None, no_passphrase: bool) -> bytes | None:
    """The passphrase for a key about to be written, or None when the user chose none."""
    if no_passphrase:
        return None
    if passphrase_file:
        value = read_passphrase_file(passphrase_file)
    elif os.environ.get(ENV_PASSPHRASE):
        value = os.environ[ENV_PASSPHRASE].encode()
    elif _interactive():
        import getpass

        first = getpass.getpass("New passphrase for the CA key: ")
        second = getpass.getpass("The same passphrase again: ")
        if first != second:
            raise PassphraseError("the two passphrases differ; nothing was created")
        value = first.encode()
    else:
        raise PassphraseError("choose how to protect the CA key: give --passphrase-file FILE, "
                              f"set ${ENV_PASSPHRASE}, or pass --no-passphrase")
    if len(value) < MIN_PASSPHRASE_LENGTH:
        raise PassphraseError(f"the passphrase is too short: use at least "
                              f"{MIN_PASSPHRASE_LENGTH} characters")
    return value


def unlock_ca(home: CAHome, passphrase_file: str | None) -> CertificateAuthority:
    """Load the CA from its home, asking for the passphrase only when the key has one."""
    passphrase = None
    if home.has_ca() and home.key_is_encrypted():
        passphrase = passphrase_for_unlock(passphrase_file)
    ca = load_ca(home, passphrase)
    print_notes(home.take_notes())
    return ca


def print_notes(notes: list[str]) -> None:
    """What the person should know but that did not stop the command, on stderr."""
    for note in notes:
        print(f"note: {note}", file=sys.stderr)
