"""The last line of `trustanchor check`: what the certificate is, and what an iPhone makes of it.

"Passes" alone does not help a newcomer: a root CA that passes is not yet trusted (iOS lists it
in Certificate Trust Settings only once its profile is installed, and full trust is a separate
switch: Apple support article 102390, "Trust manually installed certificate profiles in iOS,
iPadOS and visionOS"), and a server certificate that passes is accepted only under a trusted CA.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from cryptography import x509

from trustanchor.core.pki.reader import is_ca, san_names
from trustanchor.core.pki.rule_table import Finding, Severity

Role = Literal["root", "intermediate", "server"]
TRUST_SETTINGS = "Settings > General > About > Certificate Trust Settings"
_REFUSED_AS = {"root": "as a root CA", "intermediate": "as an intermediate CA",
               "server": "as a server certificate"}


def role(certificate: x509.Certificate, findings: Sequence[Finding]) -> Role:
    """Root, intermediate or server, as the rules judged it: a self-issued certificate checked
    as a root (findings coded `root.`) is a root even when it lacks CA:TRUE."""
    self_issued = certificate.subject == certificate.issuer
    if is_ca(certificate):
        return "root" if self_issued else "intermediate"
    if self_issued and any(f.code.startswith("root.") for f in findings):
        return "root"
    return "server"


def tally(findings: Sequence[Finding]) -> str:
    """`1 error, 2 warnings`, or `no findings`."""
    parts = []
    for severity in Severity:
        count = sum(1 for f in findings if f.severity is severity)
        if count:
            parts.append(f"{count} {severity.value}{'s' if count != 1 else ''}")
    return ", ".join(parts) or "no findings"


def verdict(certificate: x509.Certificate, findings: Sequence[Finding]) -> str:
    """One verdict for the command line, naming what the certificate is to an iPhone."""
    kind = role(certificate, findings)
    counted = tally(findings)
    if any(f.severity is Severity.ERROR for f in findings):
        return (f"Result: an iPhone will refuse this {_REFUSED_AS[kind]} ({counted}); the errors "
                "above say what it lacks.")
    if kind == "root":
        return (f"Result: a root CA that passes Apple's rules ({counted}). Once its profile is "
                f"installed, iOS lists it in {TRUST_SETTINGS}, where you switch on full trust.")
    if kind == "intermediate":
        return (f"Result: an intermediate CA that passes Apple's rules ({counted}); iOS accepts "
                "it when a server sends it along and the root above it is trusted.")
    names = ", ".join(n.text for n in san_names(certificate)) or "its names"
    return (f"Result: a server certificate that passes Apple's rules ({counted}); iOS accepts it "
            f"for {names} once the CA that issued it is trusted.")
