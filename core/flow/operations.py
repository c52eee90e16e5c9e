"""What TrustAnchor does, once, for both front ends: the command line and the wizard.

Create, import, load or replace the CA; issue a server certificate into a folder and record it;
export the CA; start and stop publishing. The command line parses its arguments and prints what
these return; the GUI runs them on a worker thread (gui/session.py). The policies live here and
nowhere else: a missing output folder is created (0700, it will hold a key), the record of issued
certificates names the .crt file written, and a .p12 without a chosen password gets one from
`new_p12_password`.

Imported by the GUI before the first window is painted, so the certificate, CA-home and
publishing modules (about half a second of imports) are loaded inside the functions that use them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Literal, NamedTuple, get_args

from trustanchor.core.defaults import (
    DEFAULT_HTTP_PORT,
    DEFAULT_HTTPS_PORT,
    SERVER_CERT_DAYS,
    KeyType,
)
from trustanchor.core.errors import PassphraseError
from trustanchor.core.logs import get_logger
from trustanchor.core.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from trustanchor.core.pki.ca import CertificateAuthority
    from trustanchor.core.pki.leaf import ServerCertificate
    from trustanchor.core.publish.bonjour import BonjourStatus
    from trustanchor.core.publish.publisher import Publisher
    from trustanchor.core.publish.server import PublishEvent
    from trustanchor.core.store.home import CAHome

log = get_logger(__name__)

# The generated PKCS#12 password: 16 characters from a 56-symbol alphabet without look-alikes
# (no 0/O, 1/l/I), about 93 bits, typed by hand into Windows or a NAS if need be.
P12_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
P12_PASSWORD_CHARS = 16

ExportFormat = Literal["pem", "der", "mobileconfig", "p12"]
EXPORT_FORMATS: tuple[ExportFormat, ...] = get_args(ExportFormat)


# -- the CA ------------------------------------------------------------------------------------


class StoredCA(NamedTuple):
    """A CA now in the home, and where the one it replaced was archived (None: nothing was)."""

    ca: CertificateAuthority
    archived: Path | None


def create_ca(
    home: CAHome, name: str, *, key_type: KeyType = KeyType.EC_P256,
    permitted: tuple[str, ...] = (), organization: str | None = None, years: int | None = None,
    passphrase: bytes | None, replace: bool = False,
) -> StoredCA:
    """Make a new root CA and store it (CAExistsError when one is there and not `replace`)."""
    from trustanchor.core.defaults import CA_YEARS
    from trustanchor.core.pki.ca import CertificateAuthority

    ca = CertificateAuthority.create(
        name, organization=organization, key_type=key_type,
        years=CA_YEARS if years is None else years, permitted=permitted,
    )
    return store_ca(home, ca, passphrase=passphrase, replace=replace)


def preview_import(
    path: Path, key_path: Path | None = None, *, password: bytes | None = None,
    notes: list[str] | None = None,
) -> CertificateAuthority:
    """Read a CA from a PEM pair, a PKCS#12 file or an mkcert folder; nothing is saved.

    What the person should know about a CA that is still accepted (a SHA-1 self-signature, a
    key file others can read) is appended to `notes`."""
    from trustanchor.core.pki.importer import import_ca

    return import_ca(path, key_path, passphrase=password, notes=notes)


def store_ca(
    home: CAHome, ca: CertificateAuthority, *, passphrase: bytes | None, replace: bool = False
) -> StoredCA:
    """Save `ca` in the home. A CA already there is never overwritten: it is archived when the
    person asked to replace it, else CAExistsError leaves it untouched."""
    with home.lock():
        if replace and home.has_ca():
            archived = home.replace(ca, passphrase)
            log.info("replaced the CA; the old one is in %s", archived)
            return StoredCA(ca, archived)
        home.save_new(ca, passphrase)
    return StoredCA(ca, None)


def load_ca(home: CAHome, passphrase: bytes | None) -> CertificateAuthority:
    """The CA with its key (PassphraseError for a wrong passphrase, NoCAError for none)."""
    return home.load(passphrase)


# -- issuing -----------------------------------------------------------------------------------


class IssueResult(NamedTuple):
    """An issued certificate, the files written (.crt first) and the .p12 password, if any."""

    certificate: ServerCertificate
    files: tuple[Path, ...]
    p12_password: str | None = None
    password_generated: bool = False
    notes: tuple[str, ...] = ()  # e.g. a damaged record of issued certificates set aside

    def __repr__(self) -> str:  # the password never reaches a log
        return f"IssueResult(names={self.certificate.names!r}, files={self.files!r})"


# Where issued certificates go unless the person picks a folder: inside the CA home (the user
# data folder, 0700), not Documents. Documents is often synced to the cloud (OneDrive's "Known
# Folder Move" backs up Documents; iCloud Drive's "Desktop & Documents Folders"), which would
# copy an unencrypted server key off the machine; macOS also asks before an app reads
# ~/Documents, and Windows' Controlled Folder Access may refuse the write outright. The user
# data folder (platformdirs: ~/.local/share, ~/Library/Application Support, %LOCALAPPDATA%)
# is none of those. Sources: Microsoft Learn, "Back up your folders with OneDrive" and
# "Protect important folders with controlled folder access"; Apple support, "Add your Desktop
# and Documents files to iCloud Drive".
CERTIFICATES_FOLDER_NAME = "certificates"


def default_output_folder(home: CAHome) -> Path:
    """The folder the wizard offers for issued certificates: `certificates` in the CA home."""
    return home.root / CERTIFICATES_FOLDER_NAME


def new_p12_password() -> str:
    import secrets  # only here: hmac and hashlib are not worth loading for every command

    return "".join(secrets.choice(P12_ALPHABET) for _ in range(P12_PASSWORD_CHARS))


def issue_certificate(
    home: CAHome, ca: CertificateAuthority, names: tuple[str, ...], folder: Path, *,
    days: int = SERVER_CERT_DAYS, key_type: KeyType | None = None, p12: bool = False,
    p12_password: str | None = None, overwrite: bool = False,
) -> IssueResult:
    """Issue a certificate for `names`, write its files into `folder` and record it.

    A missing folder is created 0700. With `p12` and no `p12_password`, one is generated
    (`new_p12_password`) and returned for the person to keep; a chosen one shorter than
    MIN_PASSPHRASE_LENGTH is refused. The record in the home names the .crt file written.

    All or nothing, in this order: the record is checked (a damaged one set aside) and its
    next version prepared under the home's lock, so an unwritable home fails before any file
    is written; then every file is written or none (core/store/outputs.py); then the record is
    installed. Two programs issuing at once take turns on the lock.
    """
    from trustanchor.core.store.outputs import server_file_paths, write_server_files

    generated = p12 and not p12_password
    password = (new_p12_password() if generated else p12_password) if p12 else None
    if password is not None:
        check_p12_password(password.encode())
    certificate = ca.issue_server_cert(*names, days=days, key_type=key_type)
    crt = server_file_paths(certificate, folder, p12=p12)[0]
    with home.recording_issued(certificate, crt) as notes:
        files = write_server_files(
            certificate, folder, p12_password=password.encode() if password else None,
            overwrite=overwrite, journal=home.journal_path,
        )
    return IssueResult(certificate, tuple(files), password, generated, tuple(notes))


def check_p12_password(password: bytes) -> None:
    """PassphraseError for a chosen .p12 password shorter than MIN_PASSPHRASE_LENGTH."""
    from trustanchor.core.defaults import MIN_PASSPHRASE_LENGTH

    if len(password) < MIN_PASSPHRASE_LENGTH:
        raise PassphraseError(
            QT_TRANSLATE_NOOP("core.operations", "The .p12 password is too short: use at least"
                " {count} characters, or let TrustAnchor generate one.").format(
                count=MIN_PASSPHRASE_LENGTH)
        )


def p12_export_password(chosen: bytes | None) -> tuple[bytes, bool]:
    """The password for a CA .p12: the chosen one (checked), else a generated one.

    Never the CA's own passphrase: a .p12 handed to a NAS or a colleague would otherwise be
    an offline test for the passphrase of the key at rest. Returns (password, generated)."""
    if chosen:
        check_p12_password(chosen)
        return chosen, False
    return new_p12_password().encode(), True


# -- exporting ---------------------------------------------------------------------------------


def check_output_free(out: Path) -> None:
    """OutputFileError (``exists``) when `out` is taken: checked before any slow work."""
    from trustanchor.core.store.outputs import check_free

    check_free(out)


def export_bytes(
    home: CAHome, fmt: ExportFormat, *, ca: CertificateAuthority | None = None,
    p12_password: bytes | None = None,
) -> bytes:
    """The CA in `fmt`. A .p12 holds the key: it needs the unlocked `ca` and a password."""
    from cryptography.hazmat.primitives import serialization

    if fmt == "p12":
        if ca is None:
            raise ValueError("exporting a .p12 needs the unlocked CA")
        if not p12_password:
            raise PassphraseError(QT_TRANSLATE_NOOP(
                "core.operations", "a .p12 file holds the CA's private key and needs a password"))
        return ca.export_pkcs12(p12_password)
    certificate = ca.certificate if ca is not None else home.load_certificate()
    if fmt == "pem":
        return certificate.public_bytes(serialization.Encoding.PEM)
    if fmt == "der":
        return certificate.public_bytes(serialization.Encoding.DER)
    from trustanchor.core.pki.profile import build_mobileconfig

    return build_mobileconfig(certificate)


def export_ca(
    home: CAHome, fmt: ExportFormat, out: Path, *, ca: CertificateAuthority | None = None,
    p12_password: bytes | None = None, overwrite: bool = False,
) -> int:
    """Write the CA to `out` in `fmt` (a missing folder is created); returns the byte count.

    Never replaces an existing file unless `overwrite` (OutputFileError with ``exists``).
    """
    from trustanchor.core.store.outputs import check_free, make_output_folder, write_output

    if not overwrite:
        check_free(out)
    data = export_bytes(home, fmt, ca=ca, p12_password=p12_password)
    private = fmt == "p12"
    make_output_folder(out.parent, private=private)
    write_output(out, data, private=private, overwrite=overwrite)
    return len(data)


# -- publishing --------------------------------------------------------------------------------


class PublishOptions(NamedTuple):
    """Where publishing listens: `bind` the address served on (None: all), `address` the one in
    the QR code (None: this machine's best LAN address). Tests pin loopback."""

    address: str | None = None
    bind: str | None = None
    port: int = DEFAULT_HTTP_PORT
    https_port: int = DEFAULT_HTTPS_PORT
    mdns: bool = True
    mdns_interfaces: tuple[str, ...] | None = None
    test_servers: tuple[str, ...] = ()  # the user's https:// URLs the phone page can test


def start_publishing(
    ca: CertificateAuthority, options: PublishOptions, *, address: str | None = None,
    on_event: Callable[[PublishEvent], None] | None = None,
    on_bonjour: Callable[[BonjourStatus], None] | None = None,
    replacing: Publisher | None = None,
) -> Publisher:
    """Serve `ca` to phones (the page, the profile, the HTTPS test, Bonjour); returns the running
    publisher. `replacing` is stopped first, so its ports are free again; `address` overrides
    the one in `options`."""
    from trustanchor.core.publish.publisher import Publisher

    stop_publishing(replacing)
    publisher = Publisher(
        ca, address=address or options.address, bind=options.bind, port=options.port,
        https_port=options.https_port, mdns=options.mdns,
        mdns_interfaces=options.mdns_interfaces, on_event=on_event, on_bonjour=on_bonjour,
        test_servers=options.test_servers,
    )
    publisher.start()
    return publisher


def stop_publishing(publisher: Publisher | None) -> None:
    """Stop serving (Bonjour unregistered, both ports freed); None does nothing."""
    if publisher is not None:
        publisher.stop()
