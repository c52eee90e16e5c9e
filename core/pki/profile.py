"""The `.mobileconfig` that puts the CA on an iPhone, iPad or Mac.

Format: Apple's device-management schema (apple/device-management, `mdm/profiles/TopLevel.yaml`,
`CommonPayloadKeys.yaml` and `com.apple.security.root.yaml`): a `Configuration` dictionary whose
`PayloadContent` array holds one `com.apple.security.root` payload carrying the DER certificate.

Unsigned on purpose: a signature only shows "Verified" when the signer already chains to a root
the phone trusts, which a first install never does (docs/platform-facts.md, "The profile").
"""

from __future__ import annotations

import hashlib
import plistlib
import uuid

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.x509.oid import NameOID

from trustanchor.core.pki import reader
from trustanchor.core.pki.names import portable_stem

#: Reverse-DNS prefix of every identifier this program writes into a profile.
IDENTIFIER_PREFIX = "app.trustanchor.ca"
#: Organisation shown when neither the caller nor the certificate names one.
DEFAULT_ORGANIZATION = "TrustAnchor"
CONTENT_TYPE = "application/x-apple-aspen-config"

_DESCRIPTION = (
    "Installs the certificate authority “{name}” so this device can trust the HTTPS "
    "services it vouches for. After installing, switch on full trust for it in "
    "Settings > General > About > Certificate Trust Settings."
)


def display_name(ca_name: str) -> str:
    """The profile's PayloadDisplayName for a CA called `ca_name`.

    The one source of this string: iOS shows it on the Install Profile sheet, in VPN & Device
    Management and on Profile Installed, so every picture and sentence takes it from here. The
    trust switch (Certificate Trust Settings) shows the certificate's own name instead.
    """
    return f"{ca_name} (certificate authority)"


def description(ca_name: str) -> str:
    """The profile's PayloadDescription, shown on the Install Profile sheet (More Details)."""
    return _DESCRIPTION.format(name=ca_name)


def build_mobileconfig(
    ca_certificate: x509.Certificate, *, organization: str | None = None
) -> bytes:
    """The profile as XML plist bytes, ready to serve as `application/x-apple-aspen-config`.

    Identifiers and UUIDs come from the certificate's SHA-256, so downloading the profile again
    replaces the installed one instead of adding a second (TopLevel.yaml: "PayloadIdentifier ...
    is used to determine whether a new profile should replace an existing one").
    """
    digest = reader.sha256_digest(ca_certificate)
    name = reader.display_name(ca_certificate)
    org = (organization or reader.subject_attribute(ca_certificate, NameOID.ORGANIZATION_NAME)
           or DEFAULT_ORGANIZATION)
    top_id = f"{IDENTIFIER_PREFIX}.{digest[:8].hex()}"
    payload = {
        "PayloadType": "com.apple.security.root",
        "PayloadVersion": 1,
        "PayloadIdentifier": f"{top_id}.root",
        "PayloadUUID": derived_uuid(digest, "payload"),
        "PayloadDisplayName": name,
        "PayloadDescription": f"Root certificate “{name}”.",
        "PayloadOrganization": org,
        "PayloadCertificateFileName": f"{_file_stem(name)}.cer",
        "PayloadContent": ca_certificate.public_bytes(serialization.Encoding.DER),
    }
    profile = {
        "PayloadType": "Configuration",
        "PayloadVersion": 1,
        "PayloadIdentifier": top_id,
        "PayloadUUID": derived_uuid(digest, "profile"),
        "PayloadDisplayName": display_name(name),
        "PayloadDescription": description(name),
        "PayloadOrganization": org,
        "PayloadContent": [payload],
    }
    return plistlib.dumps(profile, fmt=plistlib.FMT_XML, sort_keys=True)


def derived_uuid(digest: bytes, label: str) -> str:
    """A stable upper-case UUID for `label` from a certificate digest.

    Built like a version-5 UUID (RFC 9562 section 5.5: hash bytes with the version and variant
    bits set) but from SHA-256 instead of SHA-1.
    """
    material = hashlib.sha256(label.encode("ascii") + b"\0" + digest).digest()
    return str(uuid.UUID(bytes=material[:16], version=5)).upper()


def _file_stem(name: str) -> str:
    """An ASCII file name stem from a display name ("Home Lab CA" -> "Home-Lab-CA")."""
    kept = "".join(c if c.isascii() and (c.isalnum() or c in "._-") else "-" for c in name)
    stem = "-".join(part for part in kept.split("-") if part).strip(".")
    return portable_stem(stem[:64] or "ca")


def file_stem(certificate: x509.Certificate) -> str:
    """The ASCII stem used for download names of this CA's files."""
    return _file_stem(reader.display_name(certificate))
