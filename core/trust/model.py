"""The values the trust stores speak in: which certificate, which store, what state.

All frozen, so the GUI can render a status without being able to change it.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization

from trustanchor.core.trust.errors import TrustStoreError

FILE_PREFIX = "trustanchor-"
NICKNAME_PREFIX = "TrustAnchor"
# 16 hex digits (64 bits) of the SHA-256 fingerprint: unique among one person's CAs, short
# enough for a file name and an NSS nickname, and checked against the full hash before removal.
ID_HEX_DIGITS = 16


class StoreKind(enum.Enum):
    """What `--store` names."""

    USER = "user"  # macOS login keychain, Windows CurrentUser\\Root
    SYSTEM = "system"  # Linux system bundle, macOS System keychain, Windows LocalMachine\\Root
    NSS = "nss"  # ~/.pki/nssdb (Chromium on Linux) and each Firefox profile
    JAVA = "java"  # the JDK's cacerts, only when asked for


class TrustState(enum.Enum):
    TRUSTED = "trusted"
    NOT_PRESENT = "not present"
    UNKNOWN = "can't tell"


@dataclass(frozen=True)
class Anchor:
    """One CA certificate TrustAnchor may add to a store: the current CA or an archived one."""

    certificate: x509.Certificate = field(repr=False, compare=False)
    sha256: str  # lower-case hex, no separators
    sha1: str  # lower-case hex: macOS `delete-certificate -Z` and Windows thumbprints use it
    name: str
    archived: bool = False

    @classmethod
    def from_certificate(cls, certificate: x509.Certificate, *, archived: bool = False) -> Anchor:
        common = certificate.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)
        name = str(common[0].value) if common else certificate.subject.rfc4514_string()
        return cls(
            certificate=certificate,
            sha256=certificate.fingerprint(hashes.SHA256()).hex(),
            sha1=certificate.fingerprint(hashes.SHA1()).hex(),  # noqa: S303 - an identifier
            name=name,
            archived=archived,
        )

    @property
    def short_id(self) -> str:
        return self.sha256[:ID_HEX_DIGITS]

    @property
    def file_name(self) -> str:
        """``trustanchor-<16 hex>.crt``: the file carries the fingerprint it was made from."""
        return f"{FILE_PREFIX}{self.short_id}.crt"

    @property
    def nickname(self) -> str:
        """NSS nickname / keytool alias; unique per certificate, recognisably ours."""
        return f"{NICKNAME_PREFIX} {self.short_id}"

    @property
    def alias(self) -> str:
        """keytool alias (lower-case, no spaces: keytool folds aliases to lower case)."""
        return f"{FILE_PREFIX}{self.short_id}"

    @property
    def fingerprint(self) -> str:
        """SHA-256 as the rest of TrustAnchor shows it: "AB:CD:..."."""
        return ":".join(self.sha256[i : i + 2] for i in range(0, 64, 2)).upper()

    @property
    def pem(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.PEM)

    @property
    def der(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.DER)


@dataclass(frozen=True)
class Proof:
    """The result of a real check: a TLS handshake verified by the OS, or NSS's own verifier."""

    passed: bool
    method: str  # e.g. "TLS handshake to 127.0.0.1:40123 verified by the OS"
    detail: str = ""


@dataclass(frozen=True)
class StoreStatus:
    """One store found on this computer and what it holds of TrustAnchor's CAs."""

    kind: StoreKind
    label: str  # "Firefox profile default-release"
    location: str  # a path or "CurrentUser\\Root"
    meaning: str  # which programs use it
    needs_admin: bool
    state: TrustState
    detail: str = ""
    archived_present: tuple[str, ...] = ()  # short ids of archived CAs still in this store
    proof: Proof | None = None


@dataclass(frozen=True)
class TrustStatus:
    """Every store found, for one CA. The GUI renders this and nothing else."""

    ca_name: str
    fingerprint: str
    stores: tuple[StoreStatus, ...]
    os_proof: Proof | None = None

    def of(self, kind: StoreKind) -> tuple[StoreStatus, ...]:
        return tuple(store for store in self.stores if store.kind is kind)


def temp_cert_file(folder: Path, anchor: Anchor) -> Path:
    """Write the anchor's PEM under its fingerprinted name in ``folder`` (for a command to read)."""
    path = folder / anchor.file_name
    path.write_bytes(anchor.pem)
    return path


def state_by_lookup(ours: Callable[[Anchor], bool], anchor: Anchor,
                    where: str) -> tuple[TrustState, str]:
    """The state of a store that can only say whether TrustAnchor's copy is in it: `ours`
    failing means "can't tell" with its sentence; `where` says where the copy was found."""
    try:
        present = ours(anchor)
    except TrustStoreError as exc:
        return TrustState.UNKNOWN, exc.message
    return (TrustState.TRUSTED, where) if present else (TrustState.NOT_PRESENT, "")
