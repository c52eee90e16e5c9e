"""The desktop's check of a live HTTPS server: what it really serves, judged in sentences.

`check_server("https://nas.local:8443")` connects with SNI, reads the chain the server sends
(not what a file on disk says), and answers what a phone will care about: does the chain lead to
this CA (or who issued it), does the URL's host match the leaf's names, does the leaf pass
Apple's rules (`core/pki/rules.check`), when does it expire, is the TLS version at least 1.2,
is an intermediate missing. Nothing is verified by OpenSSL here (the check must see a chain the
system would refuse), so every judgement is made explicitly below.

`phone_verdict()` combines this check with the phone's own fetch of the same URL: a phone's
`fetch(url, {mode: "no-cors"})` cannot tell a refused certificate from an unreachable host, but
the desktop's check can tell which of the two it must have been.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import socket
import ssl
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import urlsplit

from cryptography import x509
from cryptography.x509.oid import NameOID

from trustanchor.core.clock import utc_now
from trustanchor.core.errors import InvalidNameError
from trustanchor.core.pki.names import parse_name
from trustanchor.core.pki.reader import display_name
from trustanchor.core.pki.rule_table import ERROR, INFO, WARNING, Finding
from trustanchor.core.pki.rules import check
from trustanchor.core.text import QT_TRANSLATE_NOOP, Text

CONNECT_TIMEOUT_S = 5.0  # connect and handshake each; a LAN server answers in milliseconds
EXPIRY_WARNING_DAYS = 30
_RFC6125 = "RFC 6125 section 6.4 (the host must be among the certificate's subjectAltNames)"
_RFC5246 = "RFC 5246 section 7.4.2 (the server sends its chain, the root may be left out)"
_RFC8996 = "RFC 8996 (TLS 1.0 and 1.1 are deprecated); Apple requires TLS 1.2 for ATS"
_RFC5280 = "RFC 5280 section 4.1.2.5 (validity)"
_ISSUER = "RFC 5280 section 6.1 (the path must end at a trusted root)"

PhoneVerdict = Literal["trusted", "untrusted", "unreachable"]


@dataclass(frozen=True)
class ServerCheck:
    """What the desktop found at one URL. `reached` is False with `error` when no TLS
    handshake completed; `findings` are in the order a person reads them."""

    url: str
    host: str
    port: int
    reached: bool
    error: str = ""
    tls_version: str = ""
    chain: tuple[x509.Certificate, ...] = ()
    findings: tuple[Finding, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return self.reached and not any(f.severity is ERROR for f in self.findings)

    @property
    def problem(self) -> str:
        """The first error as a sentence, "" when none."""
        if not self.reached:
            return self.error
        return next((f.message for f in self.findings if f.severity is ERROR), "")

    def sentences(self) -> list[str]:
        if not self.reached:
            return [self.error]
        return [f.message for f in self.findings]


def parse_url(url: str) -> tuple[str, int]:
    """Host and port of an `https://HOST[:PORT]` URL; InvalidNameError in one sentence."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port or 443
    except ValueError:
        raise InvalidNameError(url, QT_TRANSLATE_NOOP(
            "core.servercheck", "{url!r} is not a valid https:// URL.").format(url=url)) from None
    if parts.scheme.lower() != "https" or not parts.hostname:
        raise InvalidNameError(url, QT_TRANSLATE_NOOP(
            "core.servercheck", "{url!r} is not an https:// URL with a host name, such as"
            " https://nas.local:8443.").format(url=url))
    return parts.hostname, port


def check_server(url: str, ca: x509.Certificate | None, *,
                 timeout: float = CONNECT_TIMEOUT_S, now: dt.datetime | None = None
                 ) -> ServerCheck:
    """Connect to `url` and judge the chain it serves against `ca` (None: the chain only)."""
    host, port = parse_url(url)
    try:
        version, chain = fetch_chain(host, port, timeout)
    except _Unreached as err:
        return ServerCheck(url, host, port, False, error=err.message)
    when = now or utc_now()
    findings = [*_chain_findings(chain, ca), _name_finding(host, chain[0]),
                *_rule_findings(chain[0]), _expiry_finding(chain[0], when),
                _version_finding(version)]
    return ServerCheck(url, host, port, True, tls_version=version, chain=tuple(chain),
                       findings=tuple(findings))


class _Unreached(Exception):
    """No TLS handshake: the message is the one sentence to show."""

    def __init__(self, message: Text) -> None:
        super().__init__(message)
        self.message = message


def fetch_chain(host: str, port: int, timeout: float) -> tuple[str, list[x509.Certificate]]:
    """The TLS version and the chain the server sends (leaf first), verifying nothing."""
    where = f"{host}:{port}"
    try:
        sock = socket.create_connection((host, port), timeout=timeout)
    except socket.gaierror:
        raise _Unreached(QT_TRANSLATE_NOOP(
            "core.servercheck", "{host} could not be found: check the name, or use the "
            "server's IP address.").format(host=host)) from None
    except TimeoutError:
        raise _Unreached(QT_TRANSLATE_NOOP(
            "core.servercheck", "{where} did not answer within {timeout:g} seconds (a "
            "firewall, or the server is off).").format(where=where, timeout=timeout)) from None
    except ConnectionRefusedError:
        raise _Unreached(QT_TRANSLATE_NOOP(
            "core.servercheck", "Nothing is listening at {where} (connection refused)."
        ).format(where=where)) from None
    except OSError as err:
        raise _Unreached(QT_TRANSLATE_NOOP(
            "core.servercheck", "{where} cannot be reached: {reason}.").format(
            where=where, reason=err.strerror or err)) from None
    with sock:
        try:
            if sys.version_info >= (3, 13):
                return _stdlib_chain(sock, host, timeout)
            return _pyopenssl_chain(sock, host, timeout)
        except (OSError, ValueError) as err:
            if "protocol version" in str(err).lower():
                raise _Unreached(QT_TRANSLATE_NOOP(
                    "core.servercheck", "{where} offers only TLS older than 1.2, which an "
                    "iPhone refuses; turn on TLS 1.2 or 1.3 on the server.").format(
                    where=where)) from None
            raise _Unreached(QT_TRANSLATE_NOOP(
                "core.servercheck", "{where} answered, but no TLS handshake completed "
                "({reason}); is it an HTTPS port?").format(
                where=where, reason=_short(err))) from None


def _sni(host: str) -> str | None:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return host
    return None  # RFC 6066 section 3: no IP address literals in SNI


def _stdlib_chain(sock: socket.socket, host: str, timeout: float
                  ) -> tuple[str, list[x509.Certificate]]:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE  # judged below, explicitly
    sock.settimeout(timeout)
    with context.wrap_socket(sock, server_hostname=_sni(host)) as tls:
        served = tls.get_unverified_chain()  # type: ignore[attr-defined,unused-ignore]
        chain = [x509.load_der_x509_certificate(bytes(c)) for c in served or ()]
        if not chain:
            raise ValueError("the server sent no certificate")
        return str(tls.version()), chain


def _pyopenssl_chain(sock: socket.socket, host: str, timeout: float
                     ) -> tuple[str, list[x509.Certificate]]:
    # Before Python 3.13 the ssl module only gives the leaf (getpeercert); pyOpenSSL reads the
    # whole chain the server sent. The socket is non-blocking and the handshake is bounded.
    import select

    from OpenSSL import SSL

    context = SSL.Context(SSL.TLS_CLIENT_METHOD)
    context.set_min_proto_version(SSL.TLS1_VERSION)
    context.set_verify(SSL.VERIFY_NONE, lambda *_: True)
    sock.setblocking(False)
    conn = SSL.Connection(context, sock)
    name = _sni(host)
    if name:
        conn.set_tlsext_host_name(name.encode("idna"))
    conn.set_connect_state()
    deadline = time.monotonic() + timeout
    while True:
        try:
            conn.do_handshake()
            break
        except (SSL.WantReadError, SSL.WantWriteError):
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([sock], [], [], left)[0]:
                raise TimeoutError("the TLS handshake timed out") from None
        except SSL.Error as err:  # args[0]: OpenSSL's (library, function, reason) triples
            reasons = [str(r[-1]) for r in (err.args[0] if err.args else ())
                       if isinstance(r, tuple) and r]
            raise ValueError("; ".join(reasons) or "the handshake failed") from None
    chain = [c.to_cryptography() for c in conn.get_peer_cert_chain() or ()]
    if not chain:
        raise ValueError("the server sent no certificate")
    return str(conn.get_protocol_version_name()), chain


def _short(err: BaseException) -> str:
    text = str(err) or type(err).__name__
    return text if len(text) <= 120 else text[:117] + "..."


def _issued_by(cert: x509.Certificate, issuer: x509.Certificate) -> bool:
    if cert.issuer != issuer.subject:
        return False
    try:
        cert.verify_directly_issued_by(issuer)
    except Exception:  # wrong signature, unsupported key, ...: not issued by it
        return False
    return True


def _chain_findings(chain: Sequence[x509.Certificate], ca: x509.Certificate | None
                    ) -> list[Finding]:
    """Does the served chain lead to `ca`, and is any link missing?"""
    path = [chain[0]]
    served = list(chain[1:])
    while True:  # bounded: each pass uses up one served certificate
        top = path[-1]
        if ca is not None and _issued_by(top, ca):
            return [Finding(INFO, "server.chain.ca", QT_TRANSLATE_NOOP(
                "core.servercheck", 'The chain leads to your CA "{ca}".').format(
                ca=display_name(ca)), _ISSUER)]
        parent = next((c for c in served if _issued_by(top, c)), None)
        if parent is None or parent.subject == parent.issuer:
            break
        served.remove(parent)
        path.append(parent)
    top = path[-1]
    names = top.issuer.get_attributes_for_oid(NameOID.COMMON_NAME)
    issuer = f'"{names[0].value!s}"' if names else (top.issuer.rfc4514_string() or (
        QT_TRANSLATE_NOOP("core.servercheck", "(no name)")))
    if ca is not None and top.issuer == ca.subject:
        return [Finding(ERROR, "server.chain.forged", QT_TRANSLATE_NOOP(
            "core.servercheck", "The certificate names your CA as its issuer but your CA's key "
            "did not sign it: it comes from another CA with the same name."), _ISSUER)]
    findings = []
    self_signed = top.subject == top.issuer
    if not self_signed and not any(c.subject == top.issuer for c in chain):
        findings.append(Finding(WARNING, "server.chain.missing", QT_TRANSLATE_NOOP(
            "core.servercheck", "The server does not send the certificate of its issuer "
            "{issuer}: add that intermediate to the server's certificate file (fullchain)."
        ).format(issuer=issuer), _RFC5246))
    findings.insert(0, Finding(ERROR, "server.chain.other", _other_chain(ca, top, issuer),
                               _ISSUER))
    return findings


def _other_chain(ca: x509.Certificate | None, top: x509.Certificate, issuer: str) -> Text:
    """Why the served chain does not lead to `ca`: one sentence per case, whole for translators."""
    if top.subject == top.issuer:
        if ca is None:
            return QT_TRANSLATE_NOOP(
                "core.servercheck", "The chain does not lead to a CA you gave: it is self-signed.")
        return QT_TRANSLATE_NOOP(
            "core.servercheck", 'The chain does not lead to your CA "{ca}": it is self-signed.'
        ).format(ca=display_name(ca))
    if ca is None:
        return QT_TRANSLATE_NOOP(
            "core.servercheck", "The chain does not lead to a CA you gave: it is issued by "
            "{issuer}.").format(issuer=issuer)
    return QT_TRANSLATE_NOOP(
        "core.servercheck", 'The chain does not lead to your CA "{ca}": it is issued by '
        "{issuer}.").format(ca=display_name(ca), issuer=issuer)


def _name_finding(host: str, leaf: x509.Certificate) -> Finding:
    try:
        want = parse_name(host)
    except InvalidNameError:
        return Finding(ERROR, "server.name", QT_TRANSLATE_NOOP(
            "core.servercheck", "{host} is not a name a certificate can hold.").format(
            host=host), _RFC6125)
    try:
        san = leaf.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except (x509.ExtensionNotFound, ValueError):
        san = None
    names = [str(n) for n in san.get_values_for_type(x509.IPAddress)] if san else []
    dns = san.get_values_for_type(x509.DNSName) if san else []
    if want.kind == "ip":
        matched = any(ipaddress.ip_address(n) == ipaddress.ip_address(want.value)
                      for n in names)
    else:
        matched = any(_dns_matches(pattern.lower(), want.value) for pattern in dns)
    listed = ", ".join([*dns, *names]) or QT_TRANSLATE_NOOP("core.servercheck",
                                                             "no names at all")
    if matched:
        return Finding(INFO, "server.name", QT_TRANSLATE_NOOP(
            "core.servercheck", "{name} is one of the certificate's names.").format(
            name=want.display), _RFC6125)
    return Finding(ERROR, "server.name", QT_TRANSLATE_NOOP(
        "core.servercheck", "The certificate is not for {name}: it names {listed}.").format(
        name=want.display, listed=listed), _RFC6125)


def _dns_matches(pattern: str, host: str) -> bool:
    pattern, host = pattern.rstrip("."), host.rstrip(".")
    if pattern.startswith("*."):  # RFC 6125 6.4.3: the wildcard covers one whole left label
        first, _, rest = host.partition(".")
        return bool(first) and rest == pattern[2:]
    return pattern == host


def _rule_findings(leaf: x509.Certificate) -> list[Finding]:
    """Apple's rules for the leaf, without the time ones (said once, by the expiry finding)."""
    problems = [f for f in check(leaf) if f.severity is not INFO
                and not f.code.startswith(("cert.expir", "cert.not-yet"))]
    if not problems:
        return [Finding(INFO, "server.rules", QT_TRANSLATE_NOOP(
            "core.servercheck", "The certificate passes Apple's rules for server certificates."),
            "https://support.apple.com/103769")]
    return problems


def _expiry_finding(leaf: x509.Certificate, now: dt.datetime) -> Finding:
    end = leaf.not_valid_after_utc
    day = end.strftime("%Y-%m-%d")
    if end <= now:
        return Finding(ERROR, "server.expired", QT_TRANSLATE_NOOP(
            "core.servercheck", "The certificate expired on {day}; issue a new one.").format(
            day=day), _RFC5280)
    if leaf.not_valid_before_utc > now:
        return Finding(ERROR, "server.not-yet-valid", QT_TRANSLATE_NOOP(
            "core.servercheck", "The certificate is not valid before {day}; check the clocks."
        ).format(day=f"{leaf.not_valid_before_utc:%Y-%m-%d}"), _RFC5280)
    days = (end - now).days
    severity = WARNING if days < EXPIRY_WARNING_DAYS else INFO
    return Finding(severity, "server.expiry", QT_TRANSLATE_NOOP(
        "core.servercheck", "The certificate expires on {day} (in {days} days).").format(
        day=day, days=days), _RFC5280)


def _version_finding(version: str) -> Finding:
    if version in ("TLSv1.2", "TLSv1.3"):
        return Finding(INFO, "server.tls", QT_TRANSLATE_NOOP(
            "core.servercheck", "The server speaks {version}.").format(version=version),
            _RFC8996)
    return Finding(ERROR, "server.tls", QT_TRANSLATE_NOOP(
        "core.servercheck", "The server chose {version}; an iPhone needs TLS 1.2 or newer."
    ).format(version=version or QT_TRANSLATE_NOOP("core.servercheck", "an old TLS")), _RFC8996)


def phone_verdict(desktop: ServerCheck | None, *, phone_reached: bool,
                  phone_trusts_ca: bool) -> tuple[PhoneVerdict, str]:
    """The verdict for a phone's no-cors fetch of a server, and why, in one sentence.

    A no-cors fetch resolves only after a TLS handshake the phone trusts, so success is
    "trusted". A failure is a refused certificate or an unreachable host; the desktop's own
    check of the same URL, and whether the phone trusts this CA at all, tell which.
    """
    if phone_reached:
        return "trusted", QT_TRANSLATE_NOOP(
            "core.servercheck", "This phone completed a trusted HTTPS connection to the server.")
    if desktop is None:
        return "unreachable", QT_TRANSLATE_NOOP(
            "core.servercheck", "The computer has not finished checking this server; try again.")
    if not desktop.reached:
        return "unreachable", QT_TRANSLATE_NOOP(
            "core.servercheck", "Neither this phone nor the computer reached it: {error}"
        ).format(error=desktop.error)
    if not desktop.ok:
        return "untrusted", desktop.problem
    if not phone_trusts_ca:
        return "untrusted", QT_TRANSLATE_NOOP(
            "core.servercheck", "The server's certificate is good, but this phone does not trust "
            "your CA yet.")
    return "unreachable", QT_TRANSLATE_NOOP(
        "core.servercheck", "The computer reached the server and its certificate is good, but "
        "this phone did not reach it: is the phone on the same network?")
