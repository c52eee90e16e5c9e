"""The publishing server under load vs Python's stock ThreadingHTTPServer, side by side.

Both serve the same .mobileconfig bytes on 127.0.0.1, each in its own process (so the load
generator does not share their interpreter lock). CLIENTS threads each make REQUESTS downloads,
one new TCP connection per download, as a room of phones would; we report requests per second
and latency percentiles for both, and their ratio. Watch the tail (p99.9, max): the stock
server's listen backlog of 5 overflows and the dropped handshakes cost a 1 s SYN retransmit.
Then the time from `PublishServer.start()` to the first successful profile download.

Two more scenes, both servers again: a classroom (30 phones, 127.0.0.10-39, each loading the
real phone page, its stylesheet, script and pictures, the profile, then the HTTPS probe, all
starting at the same moment: every request must succeed, p99 under 1 s), and a normal phone
loading the page and the probe while 20 addresses (127.0.0.100-119) hold 12 idle or slow
connections each on both ports (goal: at least 95% served, each within 1 s). The stock server
gets HTTPS the way Python's documentation shows, by wrapping its listening socket.

Client threads use source addresses 127.0.0.2... (one per thread) where the system allows it,
so TrustAnchor's per-client cap (8) sees separate clients, as it would with separate phones;
elsewhere the cap is raised to the thread count for the run.
"""

from __future__ import annotations

import http.client
import json
import socket
import ssl
import statistics
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from benchmarks.serverload import IPHONE_UA, classroom, normal_client, under_attack

CLIENTS = 16
REQUESTS = 120  # per client thread
START_RUNS = 7
PATH = "/ca.mobileconfig"
CLASSROOM = [f"127.0.0.{10 + i}" for i in range(30)]
CLASSROOM_ROUNDS = 4
ATTACKERS = [f"127.0.0.{100 + i}" for i in range(20)]
ATTACK_ROUNDS = 35  # normal-client rounds (page + probe, 70 requests) during the attack


class _Page:
    def render(self, device: object) -> bytes:
        return b"<!doctype html><p>benchmark"

    def assets(self) -> dict[str, tuple[bytes, str]]:
        return {}


def _phone_page(cert: Any) -> Any:
    from trustanchor.core.publish.phonepage import PhonePageContent

    return PhonePageContent("Benchmark CA", "AB:CD", crt_file="ca.crt", pem_file="ca.pem")


def _stock_files(cert: Any, page: Any) -> dict[str, tuple[int, bytes, str]]:
    """The bytes TrustAnchor serves, by path, for the stock server."""
    from cryptography.hazmat.primitives import serialization

    from trustanchor.core.pki.profile import build_mobileconfig
    from trustanchor.core.publish.devices import detect_device

    files = {path: (200, body, kind) for path, (body, kind) in page.assets().items()}
    files["/"] = (200, page.render(detect_device(IPHONE_UA)), "text/html; charset=utf-8")
    files["/ca.mobileconfig"] = (200, build_mobileconfig(cert), "application/x-apple-aspen-config")
    files["/ca.crt"] = (200, cert.public_bytes(serialization.Encoding.DER),
                        "application/x-x509-ca-cert")
    files["/ca.pem"] = (200, cert.public_bytes(serialization.Encoding.PEM),
                        "application/x-pem-file")
    return files


def _phone_paths() -> list[str]:
    """What an iPhone loads: the page, its stylesheet, script and pictures, the profile."""
    assets = _phone_page(None).assets()
    pictures = sorted(p for p in assets if p.startswith("/ill/ios15/") and "-light" in p)
    return ["/", "/phone.css", "/phone.js", *pictures, "/ca.mobileconfig"]


def _serve_stock(files: dict[str, tuple[int, bytes, str]], tls: ssl.SSLContext | None
                 ) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as TrustAnchor does

        def do_GET(self) -> None:
            status, body, content_type = files.get(self.path, (404, b"", "text/plain"))
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            pass  # the default writes every request to stderr

    class Server(ThreadingHTTPServer):
        daemon_threads = True

        def handle_error(self, request: Any, client_address: Any) -> None:
            pass  # the default prints every dropped attack connection's traceback

    server = Server(("127.0.0.1", 0), Handler)
    if tls is not None:  # the documented recipe: the handshake runs in the accept loop
        server.socket = tls.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def _child(kind: str) -> None:
    """Runs in the server process: read the material, serve, print the ports, wait for EOF."""
    from cryptography import x509

    from trustanchor.core.publish.listener import Limits, server_tls_context
    from trustanchor.core.publish.server import PublishServer

    material = json.loads(sys.stdin.readline())
    cert = x509.load_pem_x509_certificate(material["ca"].encode())
    chain, key = material["chain"].encode(), material["key"].encode()
    page = _phone_page(cert)
    if kind == "stock":
        files = _stock_files(cert, page)
        http = _serve_stock(files, None)
        https = _serve_stock({"/probe": (204, b"", "text/plain")},
                             server_tls_context(chain, key))
        ports = (http.server_address[1], https.server_address[1])
    else:
        srv = PublishServer(ca_certificate=cert, tls_chain_pem=chain, tls_key_pem=key,
                            page=page, bind="127.0.0.1", port=0, https_port=0,
                            limits=Limits(max_per_client=material["per_client"]))
        srv.start()
        ports = (srv.http_port, srv.https_port)
    print(*ports, flush=True)
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


def _measure(kind: str, material: dict[str, Any], sources: list[str]) -> dict[str, Any]:
    """Every scene against one server process: throughput, classroom, then the attack (last:
    it may leave the stock server's HTTPS accept loop stuck in a handshake)."""
    process = subprocess.Popen([sys.executable, "-m", "benchmarks.bench_server", "--serve", kind],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                               cwd=Path(__file__).resolve().parent.parent)
    assert process.stdin is not None and process.stdout is not None
    context = ssl.create_default_context(cadata=material["ca"])
    try:
        process.stdin.write(json.dumps(material) + "\n")
        process.stdin.flush()
        http_port, https_port = (int(p) for p in process.stdout.readline().split())
        ports = (http_port, https_port)
        result: dict[str, Any] = _load(http_port, sources)
        if len(set(sources)) > 1:  # the scenes need loopback source addresses
            result["classroom"] = classroom(ports, CLASSROOM, _phone_paths(), context,
                                            CLASSROOM_ROUNDS)
            result["alone"] = normal_client(ports, context, 20)
            result["attacked"] = under_attack(ports, ATTACKERS, context, ATTACK_ROUNDS)
        return result
    finally:
        process.stdin.close()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
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
    if "classroom" in ours:
        results["classroom_p99_ratio"] = (ours["classroom"]["p99_ms"]
                                          / stock["classroom"]["p99_ms"])
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
    if "classroom_p99_ratio" not in results:
        print("(classroom and attack scenes skipped: no loopback source addresses here)")
        return
    scenes = (("classroom", f"classroom: {len(CLASSROOM)} phones at once x {CLASSROOM_ROUNDS}"),
              ("alone", "one phone alone (page + probe, new connection each)"),
              ("attacked", f"same phone, {len(ATTACKERS)} addresses holding 12 idle/slow "
                           "connections on each port"))
    for scene, title in scenes:
        print(f"{title}\n{'server':<22}{'reqs':>6}{'failed':>7}{'<=1s %':>8}{'p50 ms':>8}"
              f"{'p99 ms':>8}{'max ms':>8}")
        for name, label in (("trustanchor", "TrustAnchor"), ("stock", "ThreadingHTTPServer")):
            r = results[name][scene]
            print(f"{label:<22}{r['requests']:>6}{r['failed']:>7}"
                  f"{r['served_within_1s'] * 100:>8.1f}{r['p50_ms']:>8.1f}{r['p99_ms']:>8.1f}"
                  f"{r['max_ms']:>8.1f}")
    print(f"classroom p99 ratio (TrustAnchor / stock): {results['classroom_p99_ratio']:.2f}x")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--serve"]:
        _child(sys.argv[2])
    else:
        run()
