"""Publishing the CA on the local network: the phone page server, its HTTPS probe, and Bonjour.

`Publisher` ties the parts together for the wizard and `trustanchor publish`: it issues a
short-lived HTTPS certificate from the CA, in memory, for every address and name the page is
offered on (so the probe works whichever one the phone used), builds the phone page, starts the
server, then announces it with Bonjour without waiting for it. Events from the server go to the
caller's callback; so do Bonjour's status changes. Both arrive on other threads.

With `test_servers` (the user's own https:// URLs), the page offers to test each from the phone,
and the desktop checks each once at start, in a thread (`servercheck`): the phone's result means
little without it (a phone cannot tell a refused certificate from an unreachable server).
"""

from __future__ import annotations

import ipaddress
import logging
import threading
from collections.abc import Callable, Sequence

from trustanchor.core.defaults import DEFAULT_HTTP_PORT, DEFAULT_HTTPS_PORT
from trustanchor.core.errors import InvalidNameError, PublishError
from trustanchor.core.pki.ca import CertificateAuthority
from trustanchor.core.pki.leaf import ServerCertificate
from trustanchor.core.pki.profile import file_stem
from trustanchor.core.publish.bonjour import BonjourAdvertiser, BonjourStatus, local_hostname
from trustanchor.core.publish.lan import AddressCandidate, lan_addresses
from trustanchor.core.publish.listener import IPV4_ANY, IPV6_ANY, WILDCARD_BINDS
from trustanchor.core.publish.phonepage import PhonePageContent
from trustanchor.core.publish.server import PublishEvent, PublishServer
from trustanchor.core.publish.servercheck import (
    CONNECT_TIMEOUT_S,
    ServerCheck,
    check_server,
    parse_url,
)
from trustanchor.core.text import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

# The probe certificate lives only while publishing runs; a few days covers a phone whose
# clock is a little off without leaving a long-lived key anywhere (it is never written down).
PROBE_CERT_DAYS = 7
PROBE_PATH = "/probe"
# How long a phone's server report waits for the desktop's check still running (a connect and a
# handshake, each bounded by CONNECT_TIMEOUT_S).
CHECK_WAIT_S = 2 * CONNECT_TIMEOUT_S + 1


def _url_host(address: str) -> str:
    return f"[{address}]" if ":" in address else address


def _is_loopback(address: str) -> bool:
    try:
        return ipaddress.ip_address(address).is_loopback
    except ValueError:
        return address == "localhost"


def _usable(candidate: AddressCandidate) -> bool:
    """An address a URL and a certificate can hold: no IPv6 zone ("fe80::1%en0")."""
    return "%" not in candidate.address and not (
        ":" in candidate.address and ipaddress.ip_address(candidate.address).is_link_local
    )


def choose_address(candidates: Sequence[AddressCandidate]) -> str:
    """The best address for the QR code (candidates come ranked, best first)."""
    for candidate in candidates:
        if _usable(candidate) and not _is_loopback(candidate.address):
            return candidate.address
    raise PublishError(QT_TRANSLATE_NOOP("core.publisher", "This computer has no network address a"
        " phone could reach; connect it to your Wi-Fi or network, or pass --bind with an address."))


class Publisher:
    """Serve the CA to phones on the LAN; `start()` and `stop()` from any one thread at a time.

    `address` is what the QR code and URLs show (default: the best of `lan_addresses()`);
    `bind` is where the server listens (default: every IPv4 address, or every IPv6 address for
    an IPv6 `address`). `mdns_interfaces` limits Bonjour to some local addresses (default: the
    chosen address only, so nothing is announced on VPN or container networks).
    """

    def __init__(
        self,
        ca: CertificateAuthority,
        *,
        address: str | None = None,
        bind: str | None = None,
        port: int = DEFAULT_HTTP_PORT,
        https_port: int = DEFAULT_HTTPS_PORT,
        mdns: bool = True,
        mdns_interfaces: Sequence[str] | None = None,
        on_event: Callable[[PublishEvent], None] | None = None,
        on_bonjour: Callable[[BonjourStatus], None] | None = None,
        candidates: Sequence[AddressCandidate] | None = None,
        test_servers: Sequence[str] = (),
    ) -> None:
        for url in test_servers:
            parse_url(url)  # InvalidNameError now, not on the phone later
        self._ca = ca
        self._candidates = list(candidates) if candidates is not None else None
        if address is None and bind is not None and bind not in WILDCARD_BINDS:
            address = bind
        self._address = address
        self._bind = bind
        self._ports = (port, https_port)
        self._mdns = mdns
        self._mdns_interfaces = list(mdns_interfaces) if mdns_interfaces is not None else None
        self._on_event = on_event
        self._on_bonjour = on_bonjour
        self._lock = threading.Lock()
        self._server: PublishServer | None = None
        self._bonjour: BonjourAdvertiser | None = None
        self._heard_from_phone = False
        self._page: PhonePageContent | None = None
        self.host_name = f"{local_hostname()}.local"
        self.tls_names: tuple[str, ...] = ()
        self._bonjour_status = BonjourStatus("off", message=QT_TRANSLATE_NOOP(
            "core.publisher", "Bonjour is off."))
        self.test_servers = tuple(dict.fromkeys(test_servers))
        self._checks: dict[str, ServerCheck] = {}
        self._checks_done = threading.Condition()

    # ------------------------------------------------------------------ facts

    @property
    def address(self) -> str:
        if self._address is None:
            self._address = choose_address(self._all_candidates())
        return self._address

    @property
    def running(self) -> bool:
        return self._server is not None

    @property
    def http_port(self) -> int:
        return self._server.http_port if self._server else self._ports[0]

    @property
    def https_port(self) -> int:
        return self._server.https_port if self._server else self._ports[1]

    @property
    def http_url(self) -> str:
        """`http://<address>:<port>/`, the page's URL (plain HTTP: the phone does not trust the
        CA yet, and Safari falls back from its HTTPS upgrade only if nothing answers TLS)."""
        return f"http://{_url_host(self.address)}:{self.http_port}/"

    @property
    def https_probe_url(self) -> str:
        return f"https://{_url_host(self.address)}:{self.https_port}{PROBE_PATH}"

    @property
    def qr_text(self) -> str:
        """What the QR code holds: the IP-address URL (Android before 12 cannot resolve .local)."""
        return self.http_url

    @property
    def bonjour_status(self) -> BonjourStatus:
        return self._bonjour_status

    @property
    def page(self) -> PhonePageContent | None:
        return self._page

    # ------------------------------------------------------------------ start / stop

    def start(self) -> None:
        """Issue the probe certificate, start the server, begin announcing; PublishError (or a
        certificate error) when it cannot. Returns before Bonjour has finished registering."""
        with self._lock:
            if self._server is not None:
                return
            address = self.address
            bind = self._bind or (IPV6_ANY if ":" in address else IPV4_ANY)
            leaf = self._issue_probe_certificate(address, bind)
            stem = file_stem(self._ca.certificate)   # the server's download names
            page = PhonePageContent(self._ca.name, self._ca.short_fingerprint,
                                    crt_file=f"{stem}.crt", pem_file=f"{stem}.pem",
                                    test_servers=self.test_servers)
            server = PublishServer(
                ca_certificate=self._ca.certificate, tls_chain_pem=leaf.fullchain_pem(),
                tls_key_pem=leaf.key_pem(), page=page, bind=bind, port=self._ports[0],
                https_port=self._ports[1], on_event=self._forward,
                page_hosts=(address,),  # the QR code's address, even when it is not local
                test_servers=self.test_servers, server_check=self.server_check,
            )
            server.start()
            self._start_checks()
            self._server, self._page = server, page
            page.set_urls(self.http_url, self.https_probe_url, server.https_port)
            self._start_bonjour(address, server.http_port)

    def stop(self) -> None:
        """Unregister from Bonjour, stop the server and free its ports. Idempotent."""
        with self._lock:
            server, self._server = self._server, None
            bonjour, self._bonjour = self._bonjour, None
        if server is not None:
            server.stop()
        if bonjour is not None:
            bonjour.stop()

    # ------------------------------------------------------------------ the user's servers

    def _start_checks(self) -> None:
        if self.test_servers:
            threading.Thread(target=self._run_checks, name="trustanchor-servercheck",
                             daemon=True).start()

    def _run_checks(self) -> None:
        for url in self.test_servers:
            try:
                result = check_server(url, self._ca.certificate)
            except Exception:  # a check must never take publishing down
                log.exception("checking %s failed", url)
                result = ServerCheck(url, "", 0, False, error="The computer could not check "
                                     "this server.")
            with self._checks_done:
                self._checks[url] = result
                self._checks_done.notify_all()

    def server_check(self, url: str, wait: float = CHECK_WAIT_S) -> ServerCheck | None:
        """The desktop's check of `url`, waiting up to `wait` seconds for one still running."""
        if url not in self.test_servers:
            return None
        with self._checks_done:
            self._checks_done.wait_for(lambda: url in self._checks, timeout=wait)
            return self._checks.get(url)

    # ------------------------------------------------------------------ helpers

    def _all_candidates(self) -> list[AddressCandidate]:
        if self._candidates is None:
            self._candidates = lan_addresses()
        return self._candidates

    def offered_names(self, address: str, bind: str) -> list[str]:
        """Every name and address the page can be reached by, the chosen address first."""
        names = [address]
        if bind in WILDCARD_BINDS:
            want_v6 = bind == IPV6_ANY
            for candidate in self._all_candidates():
                is_v6 = ":" in candidate.address
                if _usable(candidate) and (is_v6 == want_v6 or not is_v6):
                    names.append(candidate.address)
            names += ["localhost", "127.0.0.1"] + (["::1"] if want_v6 else [])
        elif _is_loopback(bind):
            names.append("localhost")
        names.append(self.host_name)
        return list(dict.fromkeys(names))

    def _issue_probe_certificate(self, address: str, bind: str) -> ServerCertificate:
        names = self.offered_names(address, bind)
        # A CA with name constraints may not sign some of them (127.0.0.1, nas.local, ...):
        # leave those out, but the address in the QR code must stay.
        for _ in range(len(names)):
            try:
                leaf = self._ca.issue_server_cert(*names, days=PROBE_CERT_DAYS)
            except InvalidNameError as err:
                if err.text == address or err.text not in names:
                    raise PublishError(
                        QT_TRANSLATE_NOOP("core.publisher", "This CA may not sign {address}, so"
                            " phones could not test trust against it; choose another address with"
                            " --bind, or use a CA whose name constraints include it.").format(
                            address=address)) from err
                log.info("probe certificate: leaving out %s (%s)", err.text, err.reason)
                names.remove(err.text)
                continue
            self.tls_names = tuple(names)
            return leaf
        raise PublishError(QT_TRANSLATE_NOOP("core.publisher", "No name for the HTTPS test"
            " certificate; choose an address with --bind."))

    def _start_bonjour(self, address: str, http_port: int) -> None:
        if not self._mdns:
            self._set_bonjour(BonjourStatus("off", message=QT_TRANSLATE_NOOP(
                "core.publisher", "Bonjour is off (--no-mdns).")))
            return
        if _is_loopback(address):
            # Nothing on another device could reach a loopback page; never multicast for it.
            self._set_bonjour(BonjourStatus("off", message=QT_TRANSLATE_NOOP(
                "core.publisher", "Bonjour is off for a loopback address.")))
            return
        interfaces = self._mdns_interfaces if self._mdns_interfaces is not None else [address]
        bonjour = BonjourAdvertiser(interfaces=interfaces, on_status=self._set_bonjour)
        self._bonjour = bonjour
        bonjour.start(self._ca.name, http_port, local_hostname(), addresses=[address])

    def _set_bonjour(self, status: BonjourStatus) -> None:
        self._bonjour_status = status
        if self._on_bonjour is not None:
            self._on_bonjour(status)

    def _forward(self, event: PublishEvent) -> None:
        bonjour = self._bonjour
        if bonjour is not None and not self._heard_from_phone:
            # The first request: on a Mac the Local Network prompt has usually been answered
            # by now, so an announcement that went nowhere gets another chance.
            self._heard_from_phone = True
            bonjour.reannounce()
        if self._on_event is not None:
            try:
                self._on_event(event)
            except Exception:  # a front end's bug must not break the server's handler
                log.exception("publish event callback failed")
