"""Use an existing CA: PEM certificate + key, PKCS#12, or an mkcert CAROOT folder.

Whatever the user points at is read defensively: ``cryptography`` raises more than
``ValueError`` on malformed input (``x509.InvalidVersion``, ``UnsupportedAlgorithm``, errors
that only appear when a field is first read), and a bit-flipped DER file often still parses as
*some* certificate. So every parse is wrapped, and a candidate is accepted only when it is a
CA (basicConstraints CA:TRUE), its self-signature verifies, it has not expired, and the private
key belongs to it. Anything else becomes one ImportFormatError / PassphraseError sentence.
"""

from __future__ import annotations

import base64
import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.asymmetric.types import CertificatePublicKeyTypes
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.utils import CryptographyDeprecationWarning
from cryptography.x509.oid import ExtendedKeyUsageOID

from trustanchor.core.errors import ImportFormatError, PassphraseError, TrustAnchorError
from trustanchor.core.pki import keystore, reader, vetting
from trustanchor.core.pki.ca import CertificateAuthority
from trustanchor.core.pki.inputs import MAX_INPUT_BYTES, InputFileError, read_limited
from trustanchor.core.pki.keystore import PrivateKey
from trustanchor.core.text import QT_TRANSLATE_NOOP

# A CA certificate with its key is a few KiB; anything far larger is not what we want.
MAX_IMPORT_BYTES = MAX_INPUT_BYTES
MKCERT_CERT_NAME = "rootCA.pem"  # mkcert's CAROOT layout (mkcert/cert.go)
MKCERT_KEY_NAME = "rootCA-key.pem"
_CERT_LABELS = (b"CERTIFICATE", b"X509 CERTIFICATE")
_PEM_LABEL = re.compile(rb"-----BEGIN ([A-Z0-9 ]+)-----")
_PKCS7_CONTENT_PREFIX = "1.2.840.113549.1.7."  # RFC 7292 section 4: authSafe is a ContentInfo


@dataclass
class _Bundle:
    """What one file held."""

    certificates: list[tuple[x509.Certificate, str]] = field(default_factory=list)
    keys: list[tuple[PrivateKey, str]] = field(default_factory=list)


def import_ca(
    path: Path, key_path: Path | None = None, *, passphrase: bytes | None = None,
    notes: list[str] | None = None,
) -> CertificateAuthority:
    """Read and verify an existing root CA.

    ``path`` is a PEM or DER certificate (with the key in the same file or in ``key_path``), a
    PKCS#12 file, or an mkcert CAROOT folder. ``passphrase`` opens an encrypted key or a
    PKCS#12 file. Raises ImportFormatError or PassphraseError with one clear sentence. What
    the person should know about a CA that is still imported (a SHA-1 self-signature, a key
    file others can read) is appended to ``notes``.
    """
    # cryptography warns (CryptographyDeprecationWarning) about some malformed fields, such as
    # a negative serial number, and will refuse them later; we refuse them now with a clear
    # sentence instead of printing a warning. (catch_warnings swaps process-wide filters; a
    # deprecation warning another thread raises meanwhile is dropped, which is harmless.)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CryptographyDeprecationWarning)
        return _import(Path(path), Path(key_path) if key_path is not None else None, passphrase,
                       notes if notes is not None else [])


def _import(
    path: Path, key_path: Path | None, passphrase: bytes | None, notes: list[str]
) -> CertificateAuthority:
    if path.is_dir():
        if key_path is not None:
            raise ImportFormatError(
                QT_TRANSLATE_NOOP("core.importer", "{name} is a folder: give either an mkcert"
                    " CAROOT folder alone, or the CA's certificate and key files.").format(
                    name=path.name)
            )
        path, key_path = _mkcert_files(path)
    bundle = _read_bundle(path, passphrase)
    if key_path is not None:
        extra = _read_bundle(key_path, passphrase)
        bundle.certificates += extra.certificates
        bundle.keys = extra.keys + bundle.keys  # the key file's key comes first
    ca = _choose(bundle, path, key_path, notes)
    note = vetting.key_file_note(key_path if key_path is not None else path)
    if note is not None:
        notes.append(note)
    return ca


def _mkcert_files(folder: Path) -> tuple[Path, Path]:
    cert, key = folder / MKCERT_CERT_NAME, folder / MKCERT_KEY_NAME
    if not cert.is_file():
        raise ImportFormatError(
            QT_TRANSLATE_NOOP("core.importer", "{name} is not an mkcert CA folder (it has no"
                " {mkcert_cert_name}): choose the folder `mkcert -CAROOT` prints, or the CA's own"
                " files.").format(name=folder.name, mkcert_cert_name=MKCERT_CERT_NAME)
        )
    if not key.is_file():
        raise ImportFormatError(
            QT_TRANSLATE_NOOP("core.importer", "The mkcert folder {name} has no {mkcert_key_name}:"
                " choose the folder on the machine where mkcert created the CA.").format(
                name=folder.name, mkcert_key_name=MKCERT_KEY_NAME)
        )
    return cert, key


# -- reading one file -------------------------------------------------------------------------


def _read_bytes(path: Path) -> bytes:
    # Bounded and regular files only: /dev/zero or a FIFO is refused, never read or waited on.
    try:
        return read_limited(path, MAX_IMPORT_BYTES)
    except InputFileError as exc:
        raise ImportFormatError(exc.message) from exc


def _read_bundle(path: Path, passphrase: bytes | None) -> _Bundle:
    data = _read_bytes(path)
    try:
        if _PEM_LABEL.search(data):
            return _read_pem(data, path, passphrase)
        return _read_binary(data, path, passphrase)
    except TrustAnchorError:
        raise
    except Exception as exc:  # anything cryptography raises on odd input
        raise ImportFormatError(_unreadable(path)) from exc


def _unreadable(path: Path) -> str:
    return (
        f"{path.name} is not a certificate, key or PKCS#12 file TrustAnchor can read: choose "
        "the CA's certificate and key (PEM or DER), a .p12 file, or an mkcert CAROOT folder."
    )


def _read_pem(data: bytes, path: Path, passphrase: bytes | None) -> _Bundle:
    bundle = _Bundle()
    labels = []
    for match in keystore.PEM_BLOCK.finditer(data):
        label = match.group(1)
        labels.append(label.decode("ascii"))
        if label in _CERT_LABELS:
            bundle.certificates.append((_load_pem_certificate(match.group(0), path), path.name))
    if any(label.encode() in keystore.KEY_LABELS for label in labels):
        bundle.keys.append((_load_key(data, path, passphrase), path.name))
    if not bundle.certificates and not bundle.keys:
        found = ", ".join(sorted(set(labels))) or "no complete PEM block"
        raise ImportFormatError(
            QT_TRANSLATE_NOOP("core.importer", "{name} holds no certificate or private key (found:"
                " {found}): choose the CA's certificate and key files.").format(
                name=path.name, found=found)
        )
    return bundle


def _load_pem_certificate(block: bytes, path: Path) -> x509.Certificate:
    damaged = f"{path.name} holds a damaged certificate: export the CA certificate again."
    try:
        der = base64.b64decode(b"".join(block.strip().splitlines()[1:-1]), validate=True)
    except ValueError as exc:  # binascii.Error: not base64
        raise ImportFormatError(damaged) from exc
    _refuse_negative_serial(der, path)
    try:
        return reader.load_certificate(block)
    except ImportFormatError as exc:
        raise ImportFormatError(damaged) from exc


def _load_key(data: bytes, path: Path, passphrase: bytes | None) -> PrivateKey:
    try:
        return keystore.decrypt_private_key(data, passphrase)
    except PassphraseError as exc:
        if passphrase:
            raise PassphraseError(
                QT_TRANSLATE_NOOP("core.importer", "The passphrase does not unlock the key in"
                    " {name}: check it and try again.").format(name=path.name)
            ) from exc
        raise PassphraseError(
            QT_TRANSLATE_NOOP("core.importer", "The key in {name} is protected by a passphrase:"
                " give it (with --source-passphrase-file FILE on the command line) and try"
                " again.").format(
                name=path.name)
        ) from exc
    except ImportFormatError as exc:
        if str(exc) == keystore.NOT_A_KEY:
            raise ImportFormatError(
                QT_TRANSLATE_NOOP("core.importer", "{name} holds a damaged or unreadable private"
                    " key: export the key again.").format(name=path.name)
            ) from exc
        raise ImportFormatError(QT_TRANSLATE_NOOP("core.importer", "{name}: {problem}").format(
            name=path.name, problem=exc.message)) from exc


def _der_item(data: bytes, at: int) -> tuple[int, int, int]:
    """(tag, start of contents, end of contents) of the DER item at ``at``; IndexError on junk."""
    tag, first = data[at], data[at + 1]
    if first < 0x80:
        return tag, at + 2, at + 2 + first
    count = first & 0x7F
    length = int.from_bytes(data[at + 2 : at + 2 + count], "big")
    return tag, at + 2 + count, at + 2 + count + length


def _negative_serial(der: bytes) -> bool:
    """True when a DER certificate's serial number is negative (its INTEGER's top bit is set).

    cryptography only warns about such a serial while loading, through process-wide warning
    filters; reading the bit ourselves first gives a clear refusal that no thread can race."""
    try:
        outer, tbs, _ = _der_item(der, 0)  # Certificate SEQUENCE
        inner, at, _ = _der_item(der, tbs)  # TBSCertificate SEQUENCE
        if outer != 0x30 or inner != 0x30:
            return False
        tag, start, end = _der_item(der, at)
        if tag == 0xA0:  # [0] EXPLICIT version comes first when present (RFC 5280 4.1)
            tag, start, end = _der_item(der, end)
        return tag == 0x02 and end > start and bool(der[start] & 0x80)
    except IndexError:
        return False


def _serial_error(name: str) -> ImportFormatError:
    return ImportFormatError(
        QT_TRANSLATE_NOOP("core.importer", "{name} has a serial number below 1, which RFC 5280"
            " (4.1.2.2) forbids and newer software rejects: create a new CA instead.").format(
            name=name)
    )


def _refuse_negative_serial(der: bytes, path: Path) -> None:
    if _negative_serial(der):
        raise _serial_error(path.name)


def _read_binary(data: bytes, path: Path, passphrase: bytes | None) -> _Bundle:
    _refuse_negative_serial(data, path)
    try:
        certificate: x509.Certificate | None = reader.load_certificate(data)
    except ImportFormatError:  # not a DER certificate: try the other formats
        certificate = None
    if certificate is not None:
        return _Bundle(certificates=[(certificate, path.name)])
    if _looks_like_pkcs12(data):
        return _read_pkcs12(data, path, passphrase)
    if keystore.is_encrypted(data) or _looks_like_der_key(data):
        return _Bundle(keys=[(_load_key(data, path, passphrase), path.name)])
    raise ImportFormatError(_unreadable(path))


def _der_children(data: bytes) -> list[tuple[int, bytes]]:
    try:
        tag, body = keystore.DerReader(data).element()
        return keystore.DerReader(body).children() if tag == 0x30 else []
    except ValueError:
        return []


def _looks_like_pkcs12(data: bytes) -> bool:
    """PFX ::= SEQUENCE { version INTEGER (3), authSafe ContentInfo, ... } (RFC 7292 sec. 4)."""
    items = _der_children(data)
    if len(items) < 2 or items[0] != (0x02, b"\x03") or items[1][0] != 0x30:
        return False
    content = keystore.DerReader(items[1][1])
    try:
        tag, oid = content.element()
        return tag == 0x06 and keystore.oid_text(oid).startswith(_PKCS7_CONTENT_PREFIX)
    except ValueError:
        return False


def _looks_like_der_key(data: bytes) -> bool:
    """PKCS#8, PKCS#1 and SEC 1 private keys all start SEQUENCE { INTEGER version, ... }."""
    items = _der_children(data)
    return bool(items) and items[0][0] == 0x02


def _read_pkcs12(data: bytes, path: Path, passphrase: bytes | None) -> _Bundle:
    keystore.check_kdf_limits(data)
    attempts = [passphrase] if passphrase else [None, b""]
    for attempt in attempts:
        try:
            loaded = pkcs12.load_pkcs12(data, attempt)
            break
        except ValueError:  # a wrong password and a damaged file look the same here
            continue
    else:
        if passphrase:
            raise PassphraseError(
                QT_TRANSLATE_NOOP("core.importer", "The password does not open {name} (or the file"
                    " is damaged): check the password and try again.").format(name=path.name)
            )
        raise PassphraseError(
            QT_TRANSLATE_NOOP("core.importer", "{name} is protected by a password: give it (with"
                " --source-passphrase-file FILE on the command line) and try again.").format(
                name=path.name)
        )
    bundle = _Bundle()
    if loaded.cert is not None:
        bundle.certificates.append((loaded.cert.certificate, path.name))
    bundle.certificates += [(extra.certificate, path.name) for extra in loaded.additional_certs]
    if loaded.key is not None:
        if not isinstance(loaded.key, ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey):
            raise ImportFormatError(QT_TRANSLATE_NOOP("core.importer", "{name}: {problem}").format(
                name=path.name, problem=keystore.UNSUPPORTED_KEY))
        bundle.keys.append((loaded.key, path.name))
    return bundle


# -- choosing and verifying the CA ------------------------------------------------------------


def _choose(
    bundle: _Bundle, path: Path, key_path: Path | None, notes: list[str]
) -> CertificateAuthority:
    if not bundle.certificates:
        raise ImportFormatError(
            QT_TRANSLATE_NOOP("core.importer", "{name} holds a private key but no certificate:"
                " choose the CA's certificate too.").format(name=path.name)
        )
    if not bundle.keys:
        raise ImportFormatError(
            QT_TRANSLATE_NOOP("core.importer", "{name} holds a certificate but no private key:"
                " choose the CA's key file too (TrustAnchor needs the key to issue"
                " certificates).").format(
                name=path.name)
        )
    try:
        return _verified(bundle, path, key_path, notes)
    except TrustAnchorError:
        raise
    except Exception as exc:  # a field that only fails when read, e.g. a damaged extension
        raise ImportFormatError(
            QT_TRANSLATE_NOOP("core.importer", "{name} holds a damaged or unusual certificate:"
                " export the CA certificate again.").format(name=path.name)
        ) from exc


def _verified(
    bundle: _Bundle, path: Path, key_path: Path | None, notes: list[str]
) -> CertificateAuthority:
    cas = [(cert, name) for cert, name in bundle.certificates if reader.is_ca(cert)]
    if not cas:
        cert, name = bundle.certificates[0]
        kind = "a server certificate" if _is_server(cert) else "a certificate"
        raise ImportFormatError(
            QT_TRANSLATE_NOOP("core.importer", "{name} is {kind}, not a CA: choose the CA's"
                " certificate (CA:TRUE).").format(name=name, kind=kind)
        )
    for cert, cert_name in cas:
        for key, _key_name in bundle.keys:
            if _public_der(cert.public_key()) == _public_der(key.public_key()):
                vetting.check_root(cert, cert_name, notes)
                return CertificateAuthority(cert, key)
    key_name = bundle.keys[0][1]
    raise ImportFormatError(
        QT_TRANSLATE_NOOP("core.importer", "The key in {key_name} does not belong to the CA"
            " certificate in {cas}: choose the key that was made with this CA.").format(
            key_name=key_name, cas=cas[0][1])
    )


def _is_server(cert: x509.Certificate) -> bool:
    try:
        eku = cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
        if ExtendedKeyUsageOID.SERVER_AUTH in eku:
            return True
    except x509.ExtensionNotFound:
        pass
    try:
        cert.extensions.get_extension_for_class(x509.SubjectAlternativeName)
        return True
    except x509.ExtensionNotFound:
        return False


def _public_der(key: CertificatePublicKeyTypes) -> bytes:
    return key.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
