"""The .mobileconfig checked key by key against Apple's device-management schema."""

from __future__ import annotations

import datetime as dt
import plistlib
import re
import uuid
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from trustanchor.core.pki.profile import build_mobileconfig, derived_uuid

# Apple's schema, apple/device-management: (type, required?) per key. Types as plistlib returns
# them. mdm/profiles/TopLevel.yaml:
TOP_LEVEL: dict[str, tuple[type, bool]] = {
    "PayloadIdentifier": (str, True),
    "PayloadUUID": (str, True),
    "PayloadType": (str, True),
    "PayloadVersion": (int, True),
    "PayloadContent": (list, True),
    "IsEncrypted": (bool, False),
    "EncryptedPayloadContent": (bytes, False),
    "PayloadDescription": (str, False),
    "PayloadDisplayName": (str, False),
    "HasRemovalPasscode": (bool, False),
    "PayloadOrganization": (str, False),
    "PayloadRemovalDisallowed": (bool, False),
    "PayloadScope": (str, False),
    "RemovalDate": (dt.datetime, False),
    "DurationUntilRemoval": (float, False),
    "PayloadExpirationDate": (dt.datetime, False),
    "TargetDeviceType": (int, False),
    "ConsentText": (dict, False),
}
# mdm/profiles/CommonPayloadKeys.yaml plus com.apple.security.root.yaml:
ROOT_PAYLOAD: dict[str, tuple[type, bool]] = {
    "PayloadIdentifier": (str, True),
    "PayloadUUID": (str, True),
    "PayloadType": (str, True),
    "PayloadVersion": (int, True),
    "PayloadDescription": (str, False),
    "PayloadDisplayName": (str, False),
    "PayloadOrganization": (str, False),
    "PayloadCertificateFileName": (str, False),
    "PayloadContent": (bytes, True),
}
UUID_TEXT = re.compile(r"[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\Z")
REVERSE_DNS = re.compile(r"[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+\Z")


def make_ca(name: str | None = "Home Lab CA", org: str | None = None) -> x509.Certificate:
    key = ec.generate_private_key(ec.SECP256R1())
    attrs = [x509.NameAttribute(NameOID.COMMON_NAME, name)] if name else []
    if org:
        attrs.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, org))
    subject = x509.Name(attrs)
    now = dt.datetime.now(dt.UTC)
    return (
        x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .sign(key, hashes.SHA256())
    )


def check_schema(data: dict[str, Any], schema: dict[str, tuple[type, bool]]) -> None:
    for key, value in data.items():
        assert key in schema, f"{key} is not in Apple's schema"
        expected, _ = schema[key]
        # bool is an int subclass: an integer key must not hold a boolean by accident.
        assert type(value) is expected, f"{key}: {type(value).__name__} != {expected.__name__}"
    for key, (_, required) in schema.items():
        if required:
            assert key in data, f"required key {key} missing"


def test_every_key_and_type_matches_apples_schema() -> None:
    cert = make_ca()
    profile = plistlib.loads(build_mobileconfig(cert))
    check_schema(profile, TOP_LEVEL)
    assert profile["PayloadType"] == "Configuration"
    assert profile["PayloadVersion"] == 1
    assert len(profile["PayloadContent"]) == 1
    payload = profile["PayloadContent"][0]
    check_schema(payload, ROOT_PAYLOAD)
    assert payload["PayloadType"] == "com.apple.security.root"
    assert payload["PayloadVersion"] == 1
    assert payload["PayloadContent"] == cert.public_bytes(serialization.Encoding.DER)
    assert x509.load_der_x509_certificate(payload["PayloadContent"]) == cert


def test_identifiers_are_reverse_dns_and_uuids_are_valid_and_distinct() -> None:
    profile = plistlib.loads(build_mobileconfig(make_ca()))
    payload = profile["PayloadContent"][0]
    for item in (profile, payload):
        assert REVERSE_DNS.match(item["PayloadIdentifier"])
        assert UUID_TEXT.match(item["PayloadUUID"])
        parsed = uuid.UUID(item["PayloadUUID"])
        assert parsed.version == 5 and parsed.variant == uuid.RFC_4122
    # CommonPayloadKeys.yaml: the payload identifier must be unique within the profile.
    assert payload["PayloadIdentifier"] != profile["PayloadIdentifier"]
    assert payload["PayloadIdentifier"].startswith(profile["PayloadIdentifier"] + ".")
    assert payload["PayloadUUID"] != profile["PayloadUUID"]


def test_same_certificate_gives_identical_profile_so_a_redownload_replaces_it() -> None:
    cert = make_ca()
    assert build_mobileconfig(cert) == build_mobileconfig(cert)
    again = plistlib.loads(build_mobileconfig(cert))
    other = plistlib.loads(build_mobileconfig(make_ca()))  # same name, new key
    assert again["PayloadIdentifier"] != other["PayloadIdentifier"]
    assert again["PayloadUUID"] != other["PayloadUUID"]
    assert (again["PayloadContent"][0]["PayloadUUID"]
            != other["PayloadContent"][0]["PayloadUUID"])


def test_identifiers_come_from_the_sha256_fingerprint() -> None:
    cert = make_ca()
    digest = cert.fingerprint(hashes.SHA256())
    profile = plistlib.loads(build_mobileconfig(cert))
    assert profile["PayloadIdentifier"].endswith(digest[:8].hex())
    assert profile["PayloadUUID"] == derived_uuid(digest, "profile")
    assert derived_uuid(digest, "profile") != derived_uuid(digest, "payload")


def test_names_description_and_organisation_in_plain_words() -> None:
    profile = plistlib.loads(build_mobileconfig(make_ca("Home Lab CA", org="Smith Family")))
    assert "Home Lab CA" in profile["PayloadDisplayName"]
    assert "Certificate Trust Settings" in profile["PayloadDescription"]
    assert profile["PayloadOrganization"] == "Smith Family"
    payload = profile["PayloadContent"][0]
    assert payload["PayloadDisplayName"] == "Home Lab CA"
    assert payload["PayloadCertificateFileName"] == "Home-Lab-CA.cer"
    explicit = plistlib.loads(build_mobileconfig(make_ca(org="X"), organization="Acme"))
    assert explicit["PayloadOrganization"] == "Acme"
    default = plistlib.loads(build_mobileconfig(make_ca()))
    assert default["PayloadOrganization"] == "TrustAnchor"


@pytest.mark.parametrize("name", ["Zuhause CA – Müller", "家のCA", "a<b>&\"c'"])
def test_unusual_names_survive_the_plist_round_trip(name: str) -> None:
    profile = plistlib.loads(build_mobileconfig(make_ca(name)))
    assert profile["PayloadContent"][0]["PayloadDisplayName"] == name
    file_name = profile["PayloadContent"][0]["PayloadCertificateFileName"]
    assert file_name.isascii() and file_name.endswith(".cer") and "/" not in file_name


def test_certificate_without_common_name_still_gets_a_display_name() -> None:
    profile = plistlib.loads(build_mobileconfig(make_ca(None, org="Org Only")))
    assert profile["PayloadContent"][0]["PayloadDisplayName"]
    assert profile["PayloadOrganization"] == "Org Only"


def test_profile_is_an_unsigned_xml_plist() -> None:
    data = build_mobileconfig(make_ca())
    assert data.startswith(b"<?xml")
    assert b"<!DOCTYPE plist" in data
    assert b"-----BEGIN PKCS7" not in data and not data.startswith(b"\x30")
