"""Publishing: how soon a phone can get the profile, and how soon Bonjour finds the page.

1. From `Publisher.start()` to the first successful profile download (loopback, a fresh CA's
   probe certificate issued, phone page and illustrations prepared, both ports bound), and
   `stop()`. Includes the CA name's length, because the pictures are drawn with it.
2. From `BonjourAdvertiser.start()` to a python-zeroconf browser in another network namespace
   having resolved the service (instance name, server, port, TXT). Needs root and iproute2;
   the two namespaces and their veth pair are made here and removed afterwards, so nothing is
   multicast on this machine's real interfaces.

`python -m benchmarks publish` or `python benchmarks/bench_publish.py`.
"""

from __future__ import annotations

import http.client
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
import uuid
from typing import Any

from trustanchor.core.pki.ca import CertificateAuthority
from trustanchor.core.publish import phonepage
from trustanchor.core.publish.publisher import Publisher

RUNS = 10
BONJOUR_RUNS = 3
IPHONE = ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, "
          "like Gecko) Version/17.5 Mobile/15E148 Safari/604.1")
NAMES = {"short name": "Home CA",
         "61-character name": ("Home Lab Certificate Authority " * 2).strip()}
ADDR_A, ADDR_B = "10.231.78.1", "10.231.78.2"


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def _summary(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {"median_ms": _ms(statistics.median(ordered)), "min_ms": _ms(ordered[0]),
            "max_ms": _ms(ordered[-1])}


def _download_profile(port: int) -> bytes:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        conn.request("GET", "/ca.mobileconfig", headers={"User-Agent": IPHONE})
        response = conn.getresponse()
        body = response.read()
        if response.status != 200:
            raise RuntimeError(f"profile download answered {response.status}")
        return body
    finally:
        conn.close()


def start_to_first_download(name: str, runs: int = RUNS, *, cold: bool) -> dict[str, Any]:
    """Cold: the pictures are drawn for this CA name in start(); warm: drawn by an earlier run
    (what a second start in the same app costs)."""
    ca = CertificateAuthority.create(name)
    starts, firsts, stops = [], [], []
    Publisher(ca, bind="127.0.0.1", port=0, https_port=0, mdns=False)  # imports, ifaddr
    for _ in range(runs):
        if cold:
            phonepage._drawn.cache_clear()
        publisher = Publisher(ca, bind="127.0.0.1", port=0, https_port=0, mdns=False)
        began = time.perf_counter()
        publisher.start()
        started = time.perf_counter()
        _download_profile(publisher.http_port)
        downloaded = time.perf_counter()
        publisher.stop()
        stops.append(time.perf_counter() - downloaded)
        starts.append(started - began)
        firsts.append(downloaded - began)
    return {"start": _summary(starts), "first_download": _summary(firsts),
            "stop": _summary(stops), "runs": runs}


# ---------------------------------------------------------------- Bonjour across namespaces

def _netns_reason() -> str | None:
    if os.name != "posix" or os.geteuid() != 0:
        return "needs root for network namespaces"
    if shutil.which("ip") is None:
        return "needs iproute2"
    return None


def _ip(*args: str) -> None:
    subprocess.run(["ip", *args], check=True, capture_output=True, timeout=10)


def _child(ns: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        ["ip", "netns", "exec", ns, sys.executable, os.path.abspath(__file__), *args],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def _read_json(proc: subprocess.Popen[str], key: str, timeout: float = 20) -> dict[str, Any]:
    assert proc.stdout is not None
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = proc.stdout.readline()   # children print within the deadline or exit
        if not line:
            break
        message: dict[str, Any] = json.loads(line)
        if key in message:
            return message
    raise RuntimeError(f"no {key!r} from the child program")


def _finish(proc: subprocess.Popen[str]) -> None:
    if proc.stdin is not None and not proc.stdin.closed:
        proc.stdin.close()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(5)
    if proc.stdout is not None:
        proc.stdout.close()


def bonjour_resolvable(runs: int = BONJOUR_RUNS) -> dict[str, Any]:
    reason = _netns_reason()
    if reason:
        return {"skipped": reason}
    tag = uuid.uuid4().hex[:6]
    ns_a, ns_b = f"tb{tag}a", f"tb{tag}b"
    samples, registered = [], []
    try:
        _ip("netns", "add", ns_a)
        _ip("netns", "add", ns_b)
        _ip("-n", ns_a, "link", "add", "veth0", "type", "veth", "peer", "name", "veth1",
            "netns", ns_b)
        for ns, addr, dev in ((ns_a, ADDR_A, "veth0"), (ns_b, ADDR_B, "veth1")):
            _ip("-n", ns, "addr", "add", f"{addr}/30", "dev", dev)
            _ip("-n", ns, "link", "set", dev, "up")
        for run in range(runs):
            browser = _child(ns_b, "browse", ADDR_B)
            advertiser = None
            try:
                _read_json(browser, "ready")
                advertiser = _child(ns_a, "advertise", ADDR_A, f"Bench CA {run}")
                began = _read_json(advertiser, "began")["began"]
                done = _read_json(advertiser, "registered")["registered"]
                seen = _read_json(browser, "resolved")["resolved"]
                samples.append(seen - began)
                registered.append(done - began)
            finally:
                if advertiser is not None:
                    _finish(advertiser)
                _finish(browser)
    finally:
        for ns in (ns_a, ns_b):
            subprocess.run(["ip", "netns", "del", ns], capture_output=True, timeout=10)
    return {"start_to_resolved": _summary(samples),
            "start_to_registered": _summary(registered), "runs": runs}


def _advertise(addr: str, name: str) -> int:
    from trustanchor.core.publish.bonjour import BonjourAdvertiser

    def status(s: Any) -> None:
        if s.state == "registered":
            print(json.dumps({"registered": time.time()}), flush=True)

    adv = BonjourAdvertiser(interfaces=[addr], on_status=status)
    print(json.dumps({"began": time.time()}), flush=True)
    adv.start(name, 8080, "bench-host", addresses=[addr])
    sys.stdin.read()
    adv.stop()
    return 0


def _browse(addr: str) -> int:
    from zeroconf import ServiceBrowser, ServiceStateChange, Zeroconf

    zc = Zeroconf(interfaces=[addr])

    def changed(zeroconf: Zeroconf, service_type: str, name: str,
                state_change: ServiceStateChange) -> None:
        if state_change is ServiceStateChange.Added:
            info = zeroconf.get_service_info(service_type, name, timeout=5000)
            if info is not None and info.port and info.properties.get(b"path") == b"/":
                print(json.dumps({"resolved": time.time()}), flush=True)

    browser = ServiceBrowser(zc, "_http._tcp.local.", handlers=[changed])
    print(json.dumps({"ready": True}), flush=True)
    sys.stdin.read()
    browser.cancel()
    zc.close()
    return 0


# ---------------------------------------------------------------- report

def run() -> dict[str, Any]:
    results: dict[str, Any] = {}
    for label, name in NAMES.items():
        for cold in (True, False):
            key = f"publish ({label}, {'first' if cold else 'again'})"
            results[key] = start_to_first_download(name, cold=cold)
    results["bonjour across namespaces"] = bonjour_resolvable()
    _print(results)
    return results


def _print(results: dict[str, Any]) -> None:
    print(f"{'measurement':58} {'median':>9} {'min':>9} {'max':>9}")
    for group, values in results.items():
        if "skipped" in values:
            print(f"{group}: skipped ({values['skipped']})")
            continue
        for what, summary in values.items():
            if isinstance(summary, dict):
                print(f"{group + ': ' + what:58} {summary['median_ms']:>7} ms "
                      f"{summary['min_ms']:>6} ms {summary['max_ms']:>6} ms")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "advertise":
        sys.exit(_advertise(*sys.argv[2:]))
    if len(sys.argv) > 1 and sys.argv[1] == "browse":
        sys.exit(_browse(*sys.argv[2:]))
    run()
