"""Bonjour (DNS-SD over mDNS) advertising of the phone page as an `_http._tcp` service.

Registration probes the network for about 1.7 s (RFC 6762 section 8.1), so it is scheduled on
python-zeroconf's own event-loop thread and reported back through a callback: `start()` never
blocks on the network. Any failure (no multicast, no usable interface) is reported as a status,
never raised, because publishing works without Bonjour (the QR code carries the IP address).

"Registered" is not "seen": a Mac that has not (yet) been allowed Local Network access makes the
multicast send fail quietly inside python-zeroconf, which still completes the registration
(Apple TN3179, "Understanding local network privacy"). So the status says "announced" only
once this computer has heard its own announcement back on the interface (multicast loopback,
the same path a phone's copy takes), and "announced, not yet confirmed" until then. Until it is
confirmed the service is announced again on a timer and when the publisher reports the first
HTTP request (by then the person has usually answered the permission prompt).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import ipaddress
import logging
import re
import socket
import sys
import threading
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from zeroconf import IPVersion, ServiceInfo, Zeroconf
from zeroconf.const import _CLASS_IN, _TYPE_SRV

from trustanchor.core.text import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

SERVICE_TYPE = "_http._tcp.local."

# RFC 6763 section 4.1.1: an instance name is at most 63 octets of UTF-8. python-zeroconf renames
# on conflict by appending "-2", "-3", ...; keep room for that suffix so a rename stays valid.
MAX_INSTANCE_BYTES = 63
RENAME_RESERVE_BYTES = 4
FALLBACK_INSTANCE = "TrustAnchor CA"
FALLBACK_HOST = "trustanchor"
# Bounds for stop(): unregistering sends goodbye packets (about 0.25 s, measured).
STOP_TIMEOUT_S = 3.0
# Listening for our own announcement: 10 looks 0.1 s apart (the echo arrives within a few ms).
ECHO_CHECKS = 10
ECHO_PAUSE_S = 0.1
# Re-announce while unconfirmed, this many seconds after registering (bounded: twice).
REANNOUNCE_AFTER_S = (15.0, 60.0)
_OFF = QT_TRANSLATE_NOOP("core.bonjour", "Bonjour is off.")

BonjourState = Literal["off", "registering", "registered", "failed", "stopped"]


@dataclass(frozen=True)
class BonjourStatus:
    """What the advertiser is doing, in a form front ends can show as is."""

    state: BonjourState
    name: str | None = None     # the instance name on the network (after any rename)
    message: str = ""           # one plain sentence for the user
    confirmed: bool = False     # registered and heard back on the network

    @property
    def active(self) -> bool:
        return self.state in ("registering", "registered")


def instance_name(text: str) -> str:
    """A DNS-SD instance name from a CA name: printable UTF-8, no dots, at most 59 bytes.

    python-zeroconf writes names label by label split on ".", so a dot would split the
    instance name into two labels; it becomes a hyphen. Control characters (RFC 6763
    section 4.1.1 forbids 0x00-0x1F and 0x7F) become spaces.
    """
    cleaned = "".join(
        " " if unicodedata.category(ch).startswith("C") else ch
        for ch in unicodedata.normalize("NFC", text)
    )
    cleaned = re.sub(r"\s+", " ", cleaned.replace(".", "-")).strip(" -")
    limit = MAX_INSTANCE_BYTES - RENAME_RESERVE_BYTES
    encoded = cleaned.encode("utf-8")[:limit]
    cleaned = encoded.decode("utf-8", errors="ignore").rstrip(" -")
    return cleaned or FALLBACK_INSTANCE


def local_hostname(raw: str | None = None) -> str:
    """This machine's single-label host name as used under `.local` (lower-case LDH label)."""
    first = (raw if raw is not None else socket.gethostname()).split(".")[0].lower()
    label = re.sub(r"[^a-z0-9-]+", "-", first).strip("-")[:63].strip("-")
    return label or FALLBACK_HOST


def registered_status(name: str, confirmed: bool, platform: str = sys.platform
                      ) -> BonjourStatus:
    """The status after registering `name`, worded by what is known."""
    if confirmed:
        return BonjourStatus("registered", name, QT_TRANSLATE_NOOP(
            "core.bonjour", 'Announced in Bonjour as "{name}".').format(name=name), True)
    if platform == "darwin":
        message = QT_TRANSLATE_NOOP(
            "core.bonjour", 'Announced in Bonjour as "{name}", not yet confirmed: this computer '
            "has not heard the announcement on the network. The QR code works either way. On a "
            "Mac, allow TrustAnchor in System Settings > Privacy & Security > Local Network."
        ).format(name=name)
    else:
        message = QT_TRANSLATE_NOOP(
            "core.bonjour", 'Announced in Bonjour as "{name}", not yet confirmed: this computer '
            "has not heard the announcement on the network. The QR code works either way."
        ).format(name=name)
    return BonjourStatus("registered", name, message)


def _packed(addresses: Sequence[str]) -> list[bytes]:
    packed: list[bytes] = []
    for text in addresses:
        try:
            packed.append(ipaddress.ip_address(text.split("%")[0]).packed)
        except ValueError:
            log.warning("Bonjour: skipping an address that is not an IP address: %r", text)
    return packed


class BonjourAdvertiser:
    """Advertises one `_http._tcp` service; status changes go to `on_status` (any thread).

    `interfaces` limits mDNS to the given local IP addresses (tests pass an address inside a
    network namespace; the publisher passes the address it offers); None means every interface.
    """

    def __init__(
        self,
        *,
        interfaces: Sequence[str] | None = None,
        on_status: Callable[[BonjourStatus], None] | None = None,
    ) -> None:
        self._interfaces = list(interfaces) if interfaces is not None else None
        self._on_status = on_status
        self._lock = threading.RLock()  # a status callback may call stop()
        self._zc: Zeroconf | None = None
        self._info: ServiceInfo | None = None
        self._future: concurrent.futures.Future[None] | None = None
        self._reannouncing: asyncio.Future[None] | None = None
        self._done = threading.Event()
        self._status = BonjourStatus("off", message=_OFF)

    @property
    def status(self) -> BonjourStatus:
        return self._status

    def _report(self, status: BonjourStatus) -> None:
        self._status = status
        if status.state != "registering":
            self._done.set()
        if self._on_status is not None:
            try:
                self._on_status(status)
            except Exception:  # a front end's bug must not kill the zeroconf thread
                log.exception("Bonjour status callback failed")

    def start(
        self, name: str, port: int, host: str | None = None, *,
        addresses: Sequence[str] = (), path: str = "/",
    ) -> None:
        """Begin registering `name` for `port`; returns at once. Call once per advertiser."""
        with self._lock:
            if self._zc is not None or self._status.state == "stopped":
                raise RuntimeError("a BonjourAdvertiser can be started only once")
            instance = instance_name(name)
            server = f"{local_hostname(host)}.local."
            info = ServiceInfo(
                SERVICE_TYPE, f"{instance}.{SERVICE_TYPE}", port=port,
                addresses=_packed(addresses), properties={"path": path}, server=server,
            )
            self._report(BonjourStatus("registering", instance, QT_TRANSLATE_NOOP(
                "core.bonjour", 'Announcing "{name}"…').format(name=instance)))
            try:
                zc = self._open_zeroconf()
            except (OSError, ValueError, RuntimeError) as exc:
                log.warning("Bonjour unavailable: %s", exc)
                self._report(BonjourStatus("failed", None, QT_TRANSLATE_NOOP(
                    "core.bonjour", "Bonjour is not available on this network (no multicast); "
                    "use the QR code or type the address.")))
                return
            loop = zc.loop
            if loop is None:  # zeroconf starts its loop thread in its constructor; never seen
                self._close(zc)
                self._report(BonjourStatus("failed", None, QT_TRANSLATE_NOOP(
                    "core.bonjour", "Bonjour could not start; use the QR code or type the "
                    "address.")))
                return
            self._zc, self._info = zc, info
            self._future = asyncio.run_coroutine_threadsafe(self._register(info), loop)

    def _open_zeroconf(self) -> Zeroconf:
        if self._interfaces is None:
            return Zeroconf()
        versions = {ipaddress.ip_address(a.split("%")[0]).version for a in self._interfaces}
        ip_version = (IPVersion.V4Only if versions == {4} else
                      IPVersion.V6Only if versions == {6} else IPVersion.All)
        return Zeroconf(interfaces=list(self._interfaces), ip_version=ip_version)

    async def _register(self, info: ServiceInfo) -> None:
        assert self._zc is not None
        try:
            announced = await self._zc.async_register_service(info, allow_name_change=True)
            await announced
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # zeroconf raises many kinds; all mean "not advertised"
            log.warning("Bonjour registration failed: %s", exc)
            self._report(BonjourStatus("failed", None, QT_TRANSLATE_NOOP(
                "core.bonjour", "Bonjour could not announce the page; use the QR code or type "
                "the address.")))
            return
        name = info.name[: -len(SERVICE_TYPE) - 1]
        confirmed = await self._heard(info)
        self._report(registered_status(name, confirmed))
        if not confirmed and self._zc is not None and self._zc.loop is not None:
            for delay in REANNOUNCE_AFTER_S:
                self._zc.loop.call_later(delay, self._reannounce_soon)

    async def _heard(self, info: ServiceInfo) -> bool:
        """Has our own SRV record come back from the network into zeroconf's cache?"""
        for _ in range(ECHO_CHECKS):
            zc = self._zc
            if zc is None:
                return False
            if zc.cache.async_all_by_details(info.name, _TYPE_SRV, _CLASS_IN):
                return True
            await asyncio.sleep(ECHO_PAUSE_S)
        return False

    def reannounce(self) -> None:
        """Announce again unless already confirmed (a phone's first request calls this);
        returns at once, the outcome arrives as a status."""
        with self._lock:
            zc = self._zc
            if zc is None or zc.loop is None or self._status.confirmed:
                return
            zc.loop.call_soon_threadsafe(self._reannounce_soon)

    def _reannounce_soon(self) -> None:
        """On zeroconf's loop: start one re-announcement unless one is running or not needed."""
        if self._zc is None or self._status.state != "registered" or self._status.confirmed:
            return
        if self._reannouncing is None or self._reannouncing.done():
            self._reannouncing = asyncio.ensure_future(self._reannounce())

    async def _reannounce(self) -> None:
        zc, info = self._zc, self._info
        if zc is None or info is None:
            return
        try:
            await (await zc.async_update_service(info))
        except Exception as exc:  # same as registering: a status, never an exception
            log.warning("Bonjour: announcing again failed: %s", exc)
            return
        name = info.name[: -len(SERVICE_TYPE) - 1]
        if await self._heard(info) and self._zc is zc and self._status.state == "registered":
            self._report(registered_status(name, True))

    def wait(self, timeout: float) -> BonjourStatus:
        """Block until registration finished or failed (for the command line and tests)."""
        self._done.wait(timeout)
        return self._status

    def stop(self) -> None:
        """Unregister (goodbye packets) and close; idempotent, bounded by STOP_TIMEOUT_S."""
        with self._lock:
            zc, self._zc = self._zc, None
            future, self._future = self._future, None
            info, self._info = self._info, None
            if zc is None:
                if self._status.state != "stopped":
                    self._report(BonjourStatus("stopped", None, _OFF))
                return
            if future is not None and not future.done():
                future.cancel()
            registered = self._status.state == "registered"
            try:
                if registered and info is not None:
                    zc.unregister_service(info)
            except Exception as exc:  # the network may be gone already; closing still matters
                log.warning("Bonjour: unregistering failed: %s", exc)
            finally:
                self._close(zc)
            self._report(BonjourStatus("stopped", None, _OFF))

    @staticmethod
    def _close(zc: Zeroconf) -> None:
        closer = threading.Thread(target=zc.close, name="bonjour-close", daemon=True)
        closer.start()
        closer.join(STOP_TIMEOUT_S)
