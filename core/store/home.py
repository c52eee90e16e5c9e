"""The CA home on disk: one CA, its key, a record of what it issued, and archived CAs.

Layout (docs/architecture.md, "The CA home on disk")::

    <home>/ca/ca.pem          the CA certificate (public)
    <home>/ca/ca.key          PKCS#8 PEM, scrypt-encrypted unless the user chose no passphrase
    <home>/issued.json        names, serial, not-after and path of each issued certificate
    <home>/archive/<UTC time>/  a replaced CA (ca.pem, ca.key, its issued.json)
    <home>/.trustanchor.lock  the cross-process lock

The certificate and key always change together: both are written into a fresh staging folder
(``.trustanchor-tmp-ca.*``, keys born 0600 with O_EXCL) that is then renamed to ``ca/`` in one
step. A crash leaves either the old pair or the new one; if it struck between archiving the old
pair and renaming the new one into place, the next start finishes the job.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from trustanchor.core.clock import utc_now
from trustanchor.core.errors import (
    CAExistsError,
    CAHomeError,
    ImportFormatError,
    NoCAError,
    PassphraseError,
)
from trustanchor.core.logs import get_logger
from trustanchor.core.pki import keystore, reader
from trustanchor.core.pki.inputs import InputFileError, read_limited
from trustanchor.core.store import journal
from trustanchor.core.store.files import (
    PRIVATE_DIR_MODE,
    PRIVATE_FILE_MODE,
    TEMP_PREFIX,
    clean_stale_temp_files,
    create_new,
    ensure_private_dir,
    fsync_dir,
    remove_quietly,
    replace_path,
    write_temp,
)
from trustanchor.core.store.issued import IssuedRecord, new_entry, read_entries, record_from
from trustanchor.core.store.lock import FileLock, LockTimeout
from trustanchor.core.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from trustanchor.core.pki.ca import CertificateAuthority
    from trustanchor.core.pki.leaf import ServerCertificate

log = get_logger(__name__)

APP_NAME = "TrustAnchor"
HOME_ENV = "TRUSTANCHOR_HOME"
CA_DIR_NAME = "ca"
CERT_FILE_NAME = "ca.pem"
KEY_FILE_NAME = "ca.key"
ISSUED_FILE_NAME = "issued.json"
ARCHIVE_DIR_NAME = "archive"
LOCK_FILE_NAME = ".trustanchor.lock"
# Lists the files an `issue` is putting in place (core/store/journal.py); gone when it is done.
JOURNAL_FILE_NAME = ".trustanchor-issuing.json"
# Long enough to outlast another program's write (an scrypt unlock is ~0.4 s), short enough
# that the user is not left staring at a frozen command.
LOCK_TIMEOUT_SECONDS = 3.0
_STAGING_PREFIX = f"{TEMP_PREFIX}{CA_DIR_NAME}."
_ISSUED_VERSION = 1


def default_home(explicit: str | Path | None = None) -> Path:
    """The CA home: ``explicit`` (``--home``), else $TRUSTANCHOR_HOME, else the user data folder."""
    if explicit is not None:
        if not str(explicit).strip():
            # An empty --home is a mistake (an unset shell variable), not a choice of the
            # default: using the default would touch a CA the person did not mean.
            raise CAHomeError(
                QT_TRANSLATE_NOOP("core.home", "--home is empty: give the CA home's folder, or"
                    " leave --home out to use $TRUSTANCHOR_HOME or the default folder.")
            )
        return Path(explicit).expanduser()
    from_env = os.environ.get(HOME_ENV, "").strip()
    if from_env:
        return Path(from_env).expanduser()
    import platformdirs  # only without --home or $TRUSTANCHOR_HOME (start-up cost, measured)

    # appauthor=False: on Windows "%LOCALAPPDATA%\TrustAnchor", not "...\TrustAnchor\TrustAnchor".
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


class CAHome:
    """The folder that holds the CA. Every write happens under a cross-process lock."""

    lock_timeout: float = LOCK_TIMEOUT_SECONDS

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.ca_dir = self.root / CA_DIR_NAME
        self.ca_cert_path = self.ca_dir / CERT_FILE_NAME
        self.ca_key_path = self.ca_dir / KEY_FILE_NAME
        self.issued_path = self.root / ISSUED_FILE_NAME
        self.archive_dir = self.root / ARCHIVE_DIR_NAME
        self.lock_path = self.root / LOCK_FILE_NAME
        self.journal_path = self.root / JOURNAL_FILE_NAME
        self._notes: list[str] = []

    def __repr__(self) -> str:
        return f"CAHome({str(self.root)!r})"

    # -- the lock ----------------------------------------------------------------------------

    @contextmanager
    def lock(self) -> Iterator[None]:
        """Hold the home's cross-process lock (re-entrant within a thread).

        Raises CAHomeError when another program keeps it longer than ``lock_timeout``. On the
        outermost acquisition, a write a killed program left half-done is finished or removed.
        """
        self._create_root()
        file_lock = FileLock(self.lock_path, PRIVATE_FILE_MODE)
        try:
            file_lock.acquire(self.lock_timeout)
        except LockTimeout as exc:
            raise CAHomeError(
                QT_TRANSLATE_NOOP("core.home", "The CA home {root} is in use by another"
                    " TrustAnchor program: let it finish (or close it) and try again.").format(
                    root=self.root)
            ) from exc
        try:
            if file_lock.depth == 1:
                self._recover()
            yield
        finally:
            file_lock.release()

    def _create_root(self) -> None:
        if self.root.is_dir():
            return  # an existing folder (maybe chosen with --home) keeps its own mode
        try:
            ensure_private_dir(self.root)
        except OSError as exc:
            raise CAHomeError(
                QT_TRANSLATE_NOOP("core.home", "Cannot create the CA home {root} ({reason}):"
                    " choose another folder with --home or $TRUSTANCHOR_HOME.").format(
                    root=self.root, reason=exc.strerror or exc)
            ) from exc

    def _staged_pairs(self) -> list[Path]:
        """Complete staging folders (the certificate is written last), newest first."""
        try:
            entries = [p for p in self.root.iterdir() if p.name.startswith(_STAGING_PREFIX)]
        except OSError:
            return []
        complete = []
        for folder in entries:
            try:
                if (folder / CERT_FILE_NAME).is_file():
                    complete.append((folder.stat().st_mtime, folder))
            except OSError:
                continue  # vanished meanwhile
        return [folder for _, folder in sorted(complete, reverse=True)]

    def _recover(self) -> None:
        """Under the lock: finish an interrupted install, then drop leftover temp files."""
        staged = self._staged_pairs()
        if staged and not self.ca_dir.exists():
            log.warning("finishing an interrupted CA write: %s", staged[0].name)
            replace_path(staged[0], self.ca_dir)
            fsync_dir(self.root)
        journal.recover(self.journal_path, self._is_recorded)  # an issue killed half-way
        removed = clean_stale_temp_files(self.root) + clean_stale_temp_files(self.ca_dir)
        if removed:
            log.info("removed %d leftover temp file(s) in %s", removed, self.root)

    # -- reading -----------------------------------------------------------------------------

    def has_ca(self) -> bool:
        """True when a CA (or part of one) is here; such a CA is never overwritten."""
        if self.ca_cert_path.exists() or self.ca_key_path.exists():
            return True
        return not self.ca_dir.exists() and bool(self._staged_pairs())

    def _read(self, path: Path) -> bytes:
        if not path.exists() and not self.ca_dir.exists() and self._staged_pairs():
            with self.lock():  # a killed program left a finished pair staged: install it
                pass
        try:
            # a FIFO or device here never blocks us
            return read_limited(path, what=QT_TRANSLATE_NOOP("core.home", "CA file"))
        except InputFileError as exc:
            if path.exists() or path.is_symlink():
                raise CAHomeError(QT_TRANSLATE_NOOP("core.home", "{problem} Restore the CA from a"
                    " backup, or replace it.").format(problem=exc.message)) from exc
            if not self.has_ca():
                raise NoCAError(
                    QT_TRANSLATE_NOOP("core.home", "There is no CA in {root} yet: create one"
                        " (trustanchor ca create) or import one (trustanchor ca import).").format(
                        root=self.root)
                ) from None
            raise CAHomeError(
                QT_TRANSLATE_NOOP("core.home", "The CA in {folder} is incomplete: {name} is"
                    " missing; restore it from a backup, or replace the CA.").format(
                    folder=self.ca_dir, name=path.name)
            ) from None

    def load_certificate(self) -> x509.Certificate:
        """The CA certificate (no passphrase needed). NoCAError when there is none."""
        certificate = self._parse_certificate(self._read(self.ca_cert_path))
        self._secure_key_file()
        return certificate

    def _secure_key_file(self) -> None:
        """Set a CA key others could read (copied in by hand, a restore, an old umask) back
        to 0600, with a note: anyone who read it can sign certificates the devices trust."""
        if os.name == "nt":
            return  # modes mean little there; the profile folder's ACL protects the key
        try:
            mode = stat.S_IMODE(os.stat(self.ca_key_path).st_mode)
            if not mode & 0o077:
                return
            os.chmod(self.ca_key_path, PRIVATE_FILE_MODE)
        except OSError:
            return  # missing or not ours to change: loading reports what matters
        self._notes.append(
            f"The CA key {self.ca_key_path} could be read by other users (mode {mode:04o}); "
            "it is now 0600. If others share this computer, consider a new CA."
        )

    def _parse_certificate(self, data: bytes) -> x509.Certificate:
        try:
            return reader.load_certificate(data)
        except ImportFormatError as exc:
            raise CAHomeError(
                QT_TRANSLATE_NOOP("core.home", "The CA certificate {certificate} is damaged:"
                    " restore it from a backup, or replace the CA.").format(
                    certificate=self.ca_cert_path)
            ) from exc

    def key_is_encrypted(self) -> bool:
        """True when the CA key needs a passphrase to load."""
        return keystore.is_encrypted(self._read(self.ca_key_path))

    def load(self, passphrase: bytes | None) -> CertificateAuthority:
        """The CA with its key. NoCAError, PassphraseError, or CAHomeError for damage."""
        from trustanchor.core.pki.ca import CertificateAuthority

        with self.lock():  # read both files of one pair, never half of a replacement
            cert_data = self._read(self.ca_cert_path)
            key_data = self._read(self.ca_key_path)
        certificate = self._parse_certificate(cert_data)
        self._secure_key_file()
        try:
            key = keystore.decrypt_private_key(key_data, passphrase)
        except ImportFormatError as exc:
            raise CAHomeError(
                QT_TRANSLATE_NOOP("core.home", "The CA key {key} is damaged or not a key:"
                    " restore it from a backup, or replace the CA.").format(
                    key=self.ca_key_path)
            ) from exc
        try:
            return CertificateAuthority(certificate, key)
        except ImportFormatError as exc:
            raise CAHomeError(
                QT_TRANSLATE_NOOP("core.home", "The CA key {key} does not belong to"
                    " {certificate}: restore the matching pair from a backup, or replace the"
                    " CA.").format(
                    key=self.ca_key_path, certificate=self.ca_cert_path)
            ) from exc

    # -- writing -----------------------------------------------------------------------------

    def save_new(self, ca: CertificateAuthority, passphrase: bytes | None) -> None:
        """Store a CA in an empty home. CAExistsError (nothing touched) if one is there."""
        key_pem = _key_pem(ca, passphrase)  # the slow scrypt step, outside the lock
        with self.lock():
            if self.has_ca():
                raise CAExistsError(
                    QT_TRANSLATE_NOOP("core.home", "A CA already exists in {folder}; it was left"
                        " untouched. Replace it explicitly to archive it and store the new"
                        " one.").format(
                        folder=self.ca_dir)
                )
            self._install(self._stage(ca.cert_pem, key_pem))

    def replace(self, ca: CertificateAuthority, passphrase: bytes | None) -> Path:
        """Move the current CA (and its issued.json) to archive/<UTC time>/, then store ``ca``.

        Returns the archive folder. NoCAError when there is no CA to replace.
        """
        key_pem = _key_pem(ca, passphrase)
        with self.lock():
            if not self.has_ca():
                raise NoCAError(QT_TRANSLATE_NOOP("core.home", "There is no CA in {root} to"
                    " replace: create one instead.").format(root=self.root))
            staging = self._stage(ca.cert_pem, key_pem)
            archived = self._archive_current()
            self._install(staging)
        return archived

    def _stage(self, cert_pem: bytes, key_pem: bytes) -> Path:
        staging = self.root / f"{_STAGING_PREFIX}{os.urandom(8).hex()}"
        staging.mkdir(mode=PRIVATE_DIR_MODE)  # fresh and exclusive; the umask can only narrow it
        create_new(staging / KEY_FILE_NAME, key_pem, private=True)
        create_new(staging / CERT_FILE_NAME, cert_pem)  # last: its presence marks "complete"
        return staging

    def _install(self, staging: Path) -> None:
        if self.ca_dir.exists():
            try:
                self.ca_dir.rmdir()  # an empty leftover folder only; anything else stays
            except OSError as exc:
                raise CAHomeError(
                    QT_TRANSLATE_NOOP("core.home", "{folder} holds other files: move them away and"
                        " try again.").format(folder=self.ca_dir)
                ) from exc
        replace_path(staging, self.ca_dir)
        fsync_dir(self.root)

    def _archive_current(self) -> Path:
        ensure_private_dir(self.archive_dir)
        stamp = utc_now().strftime("%Y%m%dT%H%M%SZ")
        target = self.archive_dir / stamp
        suffix = 1
        while target.exists():
            suffix += 1
            target = self.archive_dir / f"{stamp}-{suffix}"
        replace_path(self.ca_dir, target)  # the pair moves as one
        if self.issued_path.exists():
            replace_path(self.issued_path, target / ISSUED_FILE_NAME)
        fsync_dir(self.archive_dir)
        fsync_dir(self.root)
        return target

    # -- the record of issued certificates -----------------------------------------------------

    @contextmanager
    def recording_issued(self, cert: ServerCertificate, path: Path | None) -> Iterator[list[str]]:
        """Hold the lock, check the record and prepare its next version before the caller
        writes the certificate's files; install it when the block ends without an exception.

        A damaged record is set aside first (a note says where), and an unwritable home fails
        here (CAHomeError), so neither is found out after the files were written. Yields the
        notes for the person.
        """
        with self.lock():
            notes: list[str] = []
            entries = self._issued_entries(notes, set_aside=True)
            entries.append(new_entry(cert, path))
            temp = self._prepare_record(entries)
            try:
                yield notes
            except BaseException:
                remove_quietly(temp)
                raise
            replace_path(temp, self.issued_path)
            fsync_dir(self.root)
            remove_quietly(self.journal_path)  # recorded: the files are no longer provisional

    def record_issued(self, cert: ServerCertificate, path: Path | None = None) -> list[str]:
        """Remember an issued certificate (for the wizard's renewal list); returns notes."""
        with self.recording_issued(cert, path) as notes:
            return notes

    def _prepare_record(self, entries: list[Any]) -> Path:
        document = {"version": _ISSUED_VERSION, "issued": entries}
        try:
            return write_temp(self.issued_path, json.dumps(document, indent=2).encode(), False)
        except OSError as exc:
            raise CAHomeError(
                QT_TRANSLATE_NOOP("core.home", "Cannot write in the CA home {root} ({reason}):"
                    " make it writable, or choose another with --home; nothing was issued.").format(
                    root=self.root, reason=exc.strerror or exc)
            ) from exc

    def issued(self) -> list[IssuedRecord]:
        """Every recorded certificate of the current CA, oldest first.

        A damaged record is set aside when the home can be locked (see take_notes)."""
        notes: list[str] = []
        entries = self._issued_entries(notes, set_aside=False)
        if notes:
            try:
                with self.lock():
                    notes = []
                    entries = self._issued_entries(notes, set_aside=True)
            except (CAHomeError, OSError):
                pass  # a read-only home: the note says the record is damaged
        self._notes.extend(notes)
        return [record for record in map(record_from, entries) if record is not None]

    def _is_recorded(self, path: Path) -> bool:
        entries = read_entries(self.issued_path) or []
        return any(entry.get("path") == str(path) for entry in entries)

    def take_notes(self) -> list[str]:
        """What the person should know from the last reads (a damaged record, a key mode)."""
        notes, self._notes = self._notes, []
        return notes

    def _issued_entries(self, notes: list[str], *, set_aside: bool) -> list[Any]:
        """The record's entries; a damaged record yields [] and a note (and is renamed to
        issued.json.damaged-<UTC time> with `set_aside`, under the lock), never trusted."""
        entries = read_entries(self.issued_path)
        if entries is not None:
            return entries
        if not set_aside:
            notes.append(f"The record of issued certificates {self.issued_path} is damaged; "
                         "it is ignored.")
            return []
        backup = self.issued_path.with_name(
            f"{ISSUED_FILE_NAME}.damaged-{utc_now():%Y%m%dT%H%M%SZ}-{os.urandom(2).hex()}"
        )
        replace_path(self.issued_path, backup)  # kept for the person, never deleted
        notes.append(f"The record of issued certificates was damaged; it was set aside as "
                     f"{backup} and a new one started.")
        return []


def _key_pem(ca: CertificateAuthority, passphrase: bytes | None) -> bytes:
    if passphrase is None:
        return ca.private_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    if not passphrase:
        raise PassphraseError(
            QT_TRANSLATE_NOOP("core.home", "An empty passphrase protects nothing: choose one, or"
                " choose no passphrase.")
        )
    return keystore.encrypt_private_key(ca.private_key, passphrase)
