"""The publishing server under load vs Python's stock ThreadingHTTPServer, side by side.

Both serve the same .mobileconfig bytes on 127.0.0.1, each in its own process (so the load
generator does not share their interpreter lock). CLIENTS threads each make REQUESTS downloads,
one new TCP connection per download, as a room of phones would; we report requests per second
and latency percentiles for both, and their ratio. Watch the tail (p99.9, max): the stock
server's listen backlog of 5 overflows and the dropped handshakes cost a 1 s SYN retransmit.
Then the time from `PublishServer.start()` to the first successful profile download.

Client threads use source addresses 127.0.0.2... (one per thread) where the system allows it,
so TrustAnchor's per-client cap (8) sees separate clients, as it would with separate phones;
elsewhere the cap is raised to the thread count for the run.
"""

from __future__ import annotations

import http.client
import json
import socket
import statistics
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

CLIENTS = 16
REQUESTS = 120  # per client thread
START_RUNS = 7
PATH = "/ca.mobileconfig"


class _Page:
    def render(self, device: object) -> bytes:
        return b"<!doctype html><p>benchmark"

    def assets(self) -> dict[str, tuple[bytes, str]]:
        return {}


def _serve_stock(profile: bytes) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/x-apple-aspen-config")
            self.send_header("Content-Length", str(len(profile)))
            self.end_headers()
            self.wfile.write(profile)

        def log_message(self, format: str, *args: Any) -> None:
            pass  # the default writes every request to stderr

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def _child(kind: str) -> None:
    """Runs in the server process: read the material, serve, print the port, wait for EOF."""
    from cryptography import x509

    from trustanchor.core.pki.profile import build_mobileconfig
    from trustanchor.core.publish.listener import Limits
    from trustanchor.core.publish.server import PublishServer

    material = json.loads(sys.stdin.readline())
    cert = x509.load_pem_x509_certificate(material["ca"].encode())
    if kind == "stock":
        port = _serve_stock(build_mobileconfig(cert)).server_address[1]
    else:
        srv = PublishServer(ca_certificate=cert, tls_chain_pem=material["chain"].encode(),
                            tls_key_pem=material["key"].encode(), page=_Page(),
                            bind="127.0.0.1", port=0, https_port=0,
                            limits=Limits(max_per_client=material["per_client"]))
        srv.start()
        port = srv.http_port
    print(port, flush=True)
    sys.stdin.read()  # until the parent closes the pipe


def _sources() -> list[str]:
    sources = [f"127.0.0.{2 + i}" for i in range(CLIENTS)]
    try:
        with socket.socket() as sock:
            sock.bind((sources[-1], 0))
    except OSError:
        return ["127.0.0.1"] * CLIENTS
    return sources


def _load(port: int, sources: list[str]) -> dict[str, float]:
    latencies: list[float] = []
    failures = [0]
    lock = threading.Lock()

    def client(source: str) -> None:
        mine, failed = [], 0
        for _ in range(REQUESTS):
            started = time.perf_counter()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10,
                                              source_address=(source, 0))
            try:
                conn.request("GET", PATH)
                response = conn.getresponse()
                ok = response.status == 200 and len(response.read()) > 1000
            except OSError:
                ok = False
            finally:
                conn.close()
            if ok:
                mine.append(time.perf_counter() - started)
            else:
                failed += 1
        with lock:
            latencies.extend(mine)
            failures[0] += failed

    threads = [threading.Thread(target=client, args=(s,)) for s in sources]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started
    cuts = statistics.quantiles(latencies, n=1000) if len(latencies) > 1 else [0.0] * 999
    return {"requests_per_s": len(latencies) / elapsed, "p50_ms": cuts[499] * 1000,
            "mean_ms": statistics.fmean(latencies) * 1000 if latencies else 0.0,
            "p99_ms": cuts[989] * 1000, "p999_ms": cuts[998] * 1000,
            "max_ms": max(latencies, default=0.0) * 1000, "failed": failures[0],
            "ok": len(latencies)}


def _measure(kind: str, material: dict[str, Any], sources: list[str]) -> dict[str, float]:
    process = subprocess.Popen([sys.executable, "-m", "benchmarks.bench_server", "--serve", kind],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                               cwd=Path(__file__).resolve().parent.parent)
    assert process.stdin is not None and process.stdout is not None
    try:
        process.stdin.write(json.dumps(material) + "\n")
        process.stdin.flush()
        port = int(process.stdout.readline())
        return _load(port, sources)
    finally:
        process.stdin.close()
        process.wait(10)


def _start_to_first_download(material: dict[str, Any]) -> float:
    """Median seconds from PublishServer.start() to a complete profile download."""
    from cryptography import x509

    from trustanchor.core.publish.server import PublishServer

    cert = x509.load_pem_x509_certificate(material["ca"].encode())
    times = []
    for _ in range(START_RUNS):
        srv = PublishServer(ca_certificate=cert, tls_chain_pem=material["chain"].encode(),
                            tls_key_pem=material["key"].encode(), page=_Page(),
                            bind="127.0.0.1", port=0, https_port=0)
        started = time.perf_counter()
        srv.start()
        conn = http.client.HTTPConnection("127.0.0.1", srv.http_port, timeout=5)
        conn.request("GET", PATH)
        assert conn.getresponse().read().startswith(b"<?xml")
        times.append(time.perf_counter() - started)
        conn.close()
        srv.stop()
    return statistics.median(times)


def run() -> dict[str, Any]:
    from trustanchor.core.pki.ca import CertificateAuthority

    ca = CertificateAuthority.create("Benchmark CA")
    leaf = ca.issue_server_cert("127.0.0.1")
    sources = _sources()
    material = {"ca": ca.cert_pem.decode(), "chain": leaf.fullchain_pem().decode(),
                "key": leaf.key_pem().decode(),
                "per_client": 8 if len(set(sources)) == CLIENTS else CLIENTS}
    results: dict[str, Any] = {
        "trustanchor": _measure("trustanchor", material, sources),
        "stock": _measure("stock", material, sources),
    }
    ours, stock = results["trustanchor"], results["stock"]
    results["rps_ratio"] = ours["requests_per_s"] / stock["requests_per_s"]
    results["p99_ratio"] = ours["p99_ms"] / stock["p99_ms"]
    results["p999_ratio"] = ours["p999_ms"] / stock["p999_ms"]
    results["start_to_first_download_ms"] = _start_to_first_download(material) * 1000
    results["clients"], results["requests_per_client"] = CLIENTS, REQUESTS
    results["distinct_client_addresses"] = len(set(sources))
    _print(results)
    return results


def _print(results: dict[str, Any]) -> None:
    print(f"{CLIENTS} clients x {REQUESTS} profile downloads, new connection each, 127.0.0.1")
    print(f"{'server':<22}{'req/s':>7}{'p50 ms':>8}{'mean ms':>8}{'p99 ms':>8}{'p99.9':>8}"
          f"{'max ms':>8}{'failed':>7}")
    for name, label in (("trustanchor", "TrustAnchor"), ("stock", "ThreadingHTTPServer")):
        r = results[name]
        print(f"{label:<22}{r['requests_per_s']:>7.0f}{r['p50_ms']:>8.1f}{r['mean_ms']:>8.1f}"
              f"{r['p99_ms']:>8.1f}{r['p999_ms']:>8.1f}{r['max_ms']:>8.1f}{r['failed']:>7}")
    print(f"ratio (TrustAnchor / stock): {results['rps_ratio']:.2f}x req/s, "
          f"{results['p99_ratio']:.2f}x p99, {results['p999_ratio']:.2f}x p99.9")
    print(f"start() to first profile download: {results['start_to_first_download_ms']:.1f} ms")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--serve"]:
        _child(sys.argv[2])
    else:
        run()
