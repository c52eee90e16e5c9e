"""Sentences the wizard shows from core's checks and statuses: real calls give a Text whose
English is unchanged and whose template and values the wizard can translate."""

from __future__ import annotations

import datetime as dt
import socket
import ssl
from pathlib import Path

from certhelpers import cached_ca
from cryptography.hazmat.primitives import serialization

from trustanchor.core.acme.status import probe_directory
from trustanchor.core.flow.causes import likely_causes
from trustanchor.core.flow.state import CAInfo
from trustanchor.core.flow.wizard import start
from trustanchor.core.pki import rules
from trustanchor.core.publish.bonjour import BonjourAdvertiser, registered_status
from trustanchor.core.publish.reachability import firewall_hint, firewall_steps
from trustanchor.core.publish.servercheck import check_server, phone_verdict
from trustanchor.core.text import Text
from trustanchor.core.trust import proof
from trustanchor.core.trust.errors import TrustStoreError
from trustanchor.core.trust.model import Anchor, TrustState, state_by_lookup

CA = cached_ca(name="Sentences CA")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _marked(text: object, context: str, template: str) -> Text:
    assert isinstance(text, Text)
    assert (text.context, text.template) == (context, template)
    return text


def test_likely_causes_are_text_with_the_ca_name_as_a_value() -> None:
    info = CAInfo("Home CA", "AB:CD", "ec-p256", dt.datetime(2035, 1, 1, tzinfo=dt.UTC))
    wizard = start(ca_in_home=False, hostname="nas", addresses=(), output_folder="/tmp/out")
    wizard = wizard.record_ca(info).record_event(
        "page", address="a", platform="iphone", os_version="17.5",
        label="iPhone (iOS 17.5, Safari)", browser="Safari")
    causes = likely_causes(wizard.state)
    switch = causes[1]
    _marked(switch.title, "core.causes", "Full trust is switched off")
    remedy = _marked(switch.remedy, "core.causes", "Settings > General > About > Certificate "
                     "Trust Settings: switch on “{ca}”.")
    assert str(remedy) == ("Settings > General > About > Certificate Trust Settings: switch on "
                           "“Home CA”.")
    assert remedy.values == {"ca": "Home CA"}
    assert all(isinstance(c.title, Text) and isinstance(c.remedy, Text) for c in causes)


def test_firewall_hint_is_one_template_around_the_systems_steps() -> None:
    hint = _marked(firewall_hint(8080, "linux"), "core.reachability",
                   "No phone has opened the page yet. {steps} Also check that the phone is not "
                   "on a guest network or using mobile data.")
    assert str(hint) == (
        "No phone has opened the page yet. If the phone is on the same Wi-Fi, a firewall on this "
        "computer may block it: allow the page's port (for example `sudo ufw allow 8080/tcp`, "
        "or `sudo firewall-cmd --add-port=8080/tcp`). Also check that the phone is not on a "
        "guest network or using mobile data.")
    steps = hint.values["steps"]
    assert isinstance(steps, Text) and steps.values == {"port": 8080}
    assert firewall_steps(8080, "darwin").context == "core.reachability"


def test_bonjour_statuses_are_text() -> None:
    heard = registered_status("Home CA", True, "darwin").message
    _marked(heard, "core.bonjour", 'Announced in Bonjour as "{name}".')
    assert str(heard) == 'Announced in Bonjour as "Home CA".'
    unheard = _marked(registered_status("Home CA", False, "darwin").message, "core.bonjour",
                      'Announced in Bonjour as "{name}", not yet confirmed: this computer has '
                      "not heard the announcement on the network. The QR code works either "
                      "way. On a Mac, allow TrustAnchor in System Settings > Privacy & "
                      "Security > Local Network.")
    assert unheard.endswith("either way. On a Mac, allow TrustAnchor in System Settings > "
                            "Privacy & Security > Local Network.")
    assert str(registered_status("Home CA", False, "linux").message).endswith("either way.")
    _marked(BonjourAdvertiser().status.message, "core.bonjour", "Bonjour is off.")


def test_rule_findings_are_text_with_their_values() -> None:
    later = CA.certificate.not_valid_after_utc + dt.timedelta(days=1)
    expired = next(f for f in rules.check(CA.certificate, now=later) if f.code == "cert.expired")
    message = _marked(expired.message, "core.rules", "This certificate expired on {date} UTC, "
                      "and iOS refuses expired certificates: make a new one.")
    end = CA.certificate.not_valid_after_utc
    assert str(message) == (f"This certificate expired on {end:%Y-%m-%d %H:%M} UTC, and iOS "
                            "refuses expired certificates: make a new one.")


def test_server_check_reasons_and_verdicts_are_text() -> None:
    port = _free_port()
    gone = check_server(f"https://127.0.0.1:{port}", CA.certificate)
    error = _marked(gone.error, "core.servercheck",
                    "Nothing is listening at {where} (connection refused).")
    assert str(error) == f"Nothing is listening at 127.0.0.1:{port} (connection refused)."
    verdict, reason = phone_verdict(gone, phone_reached=False, phone_trusts_ca=True)
    assert verdict == "unreachable"
    reason = _marked(reason, "core.servercheck",
                     "Neither this phone nor the computer reached it: {error}")
    assert reason.values["error"] is gone.error
    assert str(reason) == f"Neither this phone nor the computer reached it: {error}"


def test_acme_problems_are_text(tmp_path: Path) -> None:
    up, problem = probe_directory("http://acme.home.arpa/dir", tmp_path / "root.pem", timeout=1)
    assert not up
    _marked(problem, "core.status",
            "the directory URL {url!r} in acme.json is not an https:// URL")
    assert problem == "the directory URL 'http://acme.home.arpa/dir' in acme.json is not an " \
                      "https:// URL"
    missing = tmp_path / "root.pem"
    up, problem = probe_directory("https://127.0.0.1:1/dir", missing, timeout=1)
    text = _marked(problem, "core.status", "cannot read the root certificate {path}: {reason}")
    assert str(text).startswith(f"cannot read the root certificate {missing}: ")


def test_proofs_and_store_details_are_text(tmp_path: Path) -> None:
    bundle = tmp_path / "ca.pem"
    bundle.write_bytes(CA.certificate.public_bytes(serialization.Encoding.PEM))
    passed = proof.prove_os(CA, proof.bundle_context(bundle), proof.OS_VERIFIER)
    assert passed.passed
    method = _marked(passed.method, "core.proof", "TLS handshake to {address} verified by "
                     "{method}")
    assert str(method).startswith("TLS handshake to 127.0.0.1:")
    assert str(method).endswith(" verified by the operating system (truststore)")
    _marked(passed.detail, "core.proof", "the certificate was accepted")
    refused = proof.prove_os(CA, ssl.create_default_context(),
                             proof.OS_VERIFIER)
    assert not refused.passed and isinstance(refused.method, Text)

    def unreadable(_: Anchor) -> bool:
        raise TrustStoreError(Text("certutil timed out", "core.test"))

    anchor = Anchor.from_certificate(CA.certificate)
    state, detail = state_by_lookup(unreadable, anchor, "here")
    assert state is TrustState.UNKNOWN
    _marked(detail, "core.test", "certutil timed out")
