"""Load generators for bench_server: a classroom of phones at once, and misbehaving devices
holding idle, slow and half-open connections on both ports while a normal phone is served.

Everything runs on loopback; every loop is bounded in count and time.
"""

from __future__ import annotations

import contextlib
import http.client
import selectors
import socket
import ssl
import statistics
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

HTTP_STALL = b"GET / HTTP/1.1\r\nHost: x\r\nX-Slow: "  # then one more byte every sweep
HTTPS_STALL = b"\x16\x03\x01\x02\x00\x01"  # the first bytes of a ClientHello, then nothing
TIMEOUT = 1.5  # the normal client's patience: the goal is 1 s, anything slower is a failure
IPHONE_UA = ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
             "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1")


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, seconds: float | None, what: str) -> None:
        with self.lock:
            if seconds is None:
                self.failures.append(what)
            else:
                self.latencies.append(seconds)

    def summary(self, goal: float = 1.0) -> dict[str, float]:
        lat = sorted(self.latencies)
        total = len(lat) + len(self.failures)
        cuts = (statistics.quantiles(lat, n=100, method="inclusive") if len(lat) > 1
                else [0.0] * 99)
        within = sum(1 for s in lat if s <= goal)
        return {"requests": total, "failed": len(self.failures),
                "served_within_1s": within / total if total else 0.0,
                "p50_ms": cuts[49] * 1000, "p99_ms": cuts[98] * 1000,
                "max_ms": (lat[-1] if lat else 0.0) * 1000}


def _get(conn: http.client.HTTPConnection, path: str, expected: int) -> float | None:
    started = time.perf_counter()
    try:
        conn.request("GET", path, headers={"User-Agent": IPHONE_UA})
        response = conn.getresponse()
        response.read()
    except OSError:
        conn.close()
        return None
    return time.perf_counter() - started if response.status == expected else None


def phone(ports: tuple[int, int], source: str, paths: Sequence[str], context: ssl.SSLContext,
          tally: Tally) -> None:
    """One phone: the page, its files and the profile on one keep-alive connection, then the
    trust probe over HTTPS."""
    conn = http.client.HTTPConnection("127.0.0.1", ports[0], timeout=10,
                                      source_address=(source, 0))
    probe = http.client.HTTPSConnection("127.0.0.1", ports[1], timeout=10, context=context,
                                        source_address=(source, 0))
    try:
        for path in paths:
            tally.add(_get(conn, path, 200), f"{source} {path}")
        tally.add(_get(probe, "/probe", 204), f"{source} /probe")
    finally:
        conn.close()
        probe.close()


def _at_once(go: threading.Barrier, ports: tuple[int, int], source: str, paths: Sequence[str],
             context: ssl.SSLContext, tally: Tally) -> None:
    go.wait(10)
    phone(ports, source, paths, context, tally)


def classroom(ports: tuple[int, int], sources: Sequence[str], paths: Sequence[str],
              context: ssl.SSLContext, rounds: int) -> dict[str, float]:
    """`rounds` times, every phone starts at the same moment."""
    tally = Tally()
    for _ in range(rounds):
        go = threading.Barrier(len(sources))
        threads = [threading.Thread(target=_at_once, args=(go, ports, s, paths, context, tally))
                   for s in sources]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
    return tally.summary()


def normal_client(ports: tuple[int, int], context: ssl.SSLContext, rounds: int,
                  source: str = "127.0.0.1") -> dict[str, float]:
    """A phone loading the page and running the probe, each on a new connection."""
    tally = Tally()
    for _ in range(rounds):
        for port, path, tls in ((ports[0], "/", False), (ports[1], "/probe", True)):
            conn: http.client.HTTPConnection
            if tls:
                conn = http.client.HTTPSConnection("127.0.0.1", port, timeout=TIMEOUT,
                                                   context=context, source_address=(source, 0))
            else:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT,
                                                  source_address=(source, 0))
            tally.add(_get(conn, path, 204 if tls else 200), path)
            conn.close()
        time.sleep(0.02)
    return tally.summary()


class Hoard:
    """Holds `per_target` connections from each source on each (port, stall): an empty stall
    is a silent connection; an HTTP stall then drips a byte per sweep. Whatever the server
    closes or refuses is reopened (at most REOPEN_PER_SWEEP a sweep, REOPEN_TOTAL in all)."""

    SWEEP = 0.25
    REOPEN_PER_SWEEP = 60
    REOPEN_TOTAL = 20000
    MAX_SECONDS = 300

    def __init__(self, targets: Sequence[tuple[int, bytes]], sources: Sequence[str],
                 per_target: int) -> None:
        self._plan = [(port, stall, source) for port, stall in targets for source in sources
                      for _ in range(per_target)]
        self._socks: dict[socket.socket, tuple[int, bytes, str]] = {}
        self._unsent: dict[socket.socket, bytes] = {}
        self._selector = selectors.DefaultSelector()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self.reopened = 0

    def __enter__(self) -> Hoard:
        for entry in self._plan:
            self._open(entry)
        time.sleep(0.05)
        self._send_stalls()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(5)
        for sock in list(self._socks):
            sock.close()
        self._selector.close()

    def _open(self, entry: tuple[int, bytes, str]) -> None:
        """Connect without waiting (a server whose backlog is full must not stall the hoard);
        the stall goes out on a later sweep, once connected."""
        port, stall, source = entry
        sock = socket.socket()
        try:
            sock.bind((source, 0))
            sock.setblocking(False)
            sock.connect_ex(("127.0.0.1", port))
        except OSError:
            sock.close()
            return
        self._socks[sock] = entry
        self._unsent[sock] = stall
        self._selector.register(sock, selectors.EVENT_READ)

    def _run(self) -> None:
        deadline = time.monotonic() + self.MAX_SECONDS
        while not self._stop.wait(self.SWEEP) and time.monotonic() < deadline:
            closed = [key.fileobj for key, _ in self._selector.select(0)]
            for n, sock in enumerate(closed):
                assert isinstance(sock, socket.socket)
                entry = self._socks.pop(sock)
                self._unsent.pop(sock, None)
                self._selector.unregister(sock)
                sock.close()
                if self.reopened < self.REOPEN_TOTAL and n < self.REOPEN_PER_SWEEP:
                    self.reopened += 1
                    self._open(entry)
            self._send_stalls()

    def _send_stalls(self) -> None:
        for sock, (_, stall, _) in list(self._socks.items()):
            data = self._unsent.get(sock)
            if data is None and stall.startswith(b"GET"):
                data = b"a"  # drip
            if not data:
                continue
            with contextlib.suppress(OSError):  # not connected yet: next sweep
                sock.send(data)
                self._unsent.pop(sock, None)


def under_attack(ports: tuple[int, int], sources: Sequence[str], context: ssl.SSLContext,
                 rounds: int) -> dict[str, float]:
    """The normal client while every source holds 12 connections on each port: half idle or
    silent, half dripping a request or stalled in a ClientHello."""
    targets = [(ports[0], b""), (ports[0], HTTP_STALL), (ports[1], b""), (ports[1], HTTPS_STALL)]
    with Hoard(targets, sources, per_target=6) as hoard:
        time.sleep(0.5)
        result = normal_client(ports, context, rounds)
        result["attacker_reopens"] = hoard.reopened
    return result
