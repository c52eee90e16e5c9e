"""The pasted configurations really serve the certificate: each server runs on loopback and a
client that trusts only our CA completes a TLS handshake with hostname checking.

Each snippet is used as generated, except that its listening address is pinned to 127.0.0.1
(tests never listen on the machine's real interfaces) and a wrapper supplies what a real
installation already has (pid files, modules, log paths).
"""

from __future__ import annotations

import contextlib
import http.client
import shutil
import socket
import ssl
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path, PureWindowsPath

import pytest

from trustanchor.core.pki.ca import CertificateAuthority
from trustanchor.core.pki.serverconfig import CertFiles, ServerConfig, server_configs
from trustanchor.core.store.outputs import write_server_files

NAMES = ("nas.local", "127.0.0.1")
START_TIMEOUT_S = 15.0


@pytest.fixture(scope="module")
def ca_and_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, CertFiles]:
    folder = tmp_path_factory.mktemp("certs with space")
    ca = CertificateAuthority.create("Config Test CA")
    leaf = ca.issue_server_cert(*NAMES)
    paths = write_server_files(leaf, folder)
    ca_pem = folder / "ca.pem"
    ca_pem.write_bytes(ca.cert_pem)
    fullchain = next(p for p in paths if p.name.endswith(".fullchain.pem"))
    key = next(p for p in paths if p.suffix == ".key")
    # Servers that drop root (nginx workers, Apache children) read nothing private after start;
    # the folder must still be traversable for them.
    folder.chmod(0o755)
    return ca_pem, CertFiles(fullchain=fullchain, key=key, names=NAMES)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def configs(files: CertFiles, port: int) -> dict[str, ServerConfig]:
    return {c.server: c for c in server_configs(files, https_port=port, app_port=port)}


def fetch(ca_pem: Path, port: int, *, host: str = "nas.local") -> int:
    """GET / over TLS trusting only `ca_pem`, checking `host`; the HTTP status."""
    context = ssl.create_default_context(cafile=str(ca_pem))
    context.hostname_checks_common_name = False  # like iOS: names only from subjectAltName
    conn = http.client.HTTPSConnection("127.0.0.1", port, context=context, timeout=5)
    # SNI and the name checked are `host`, while the TCP connection goes to loopback.
    conn.sock = context.wrap_socket(socket.create_connection(("127.0.0.1", port), timeout=5),
                                    server_hostname=host)
    conn.request("GET", "/", headers={"Host": host})
    status = conn.getresponse().status
    conn.close()
    return status


def wait_for_tls(ca_pem: Path, port: int, proc: subprocess.Popen[bytes]) -> int:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            out = proc.stdout.read().decode(errors="replace") if proc.stdout else ""
            raise AssertionError(f"server exited with {proc.returncode}: {out}")
        with contextlib.suppress(ConnectionRefusedError, ConnectionResetError):
            return fetch(ca_pem, port)
        time.sleep(0.05)
    raise AssertionError("server did not answer TLS in time")


@contextlib.contextmanager
def running(cmd: list[str], cwd: Path) -> Iterator[subprocess.Popen[bytes]]:
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        yield proc
    finally:
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)
        if proc.stdout:
            proc.stdout.close()


def need(tool: str) -> str:
    path = shutil.which(tool) or (f"/usr/sbin/{tool}" if Path(f"/usr/sbin/{tool}").exists()
                                  else None)
    if path is None:
        pytest.skip(f"{tool} is not installed (scripts/system-packages.sh installs it)")
    return path


def test_every_server_has_a_snippet(ca_and_files: tuple[Path, CertFiles]) -> None:
    _, files = ca_and_files
    got = server_configs(files)
    assert [c.title for c in got] == ["nginx", "Caddy", "Apache", "Node.js", "Python",
                                      "Home Assistant"]
    for config in got:
        assert config.where and config.text.endswith("\n")
        assert ".key" in config.text or config.server == "home-assistant"
    by_id = {c.server: c for c in got}
    assert "listen 443 ssl;" in by_id["nginx"].text
    assert "server_name nas.local 127.0.0.1;" in by_id["nginx"].text
    assert ".listen(8443" in by_id["node"].text
    assert "ServerName nas.local\n    ServerAlias 127.0.0.1" in by_id["apache"].text
    ha = by_id["home-assistant"].text
    assert ha == (f"http:\n  ssl_certificate: /ssl/{files.fullchain.name}\n"
                  f"  ssl_key: /ssl/{files.key.name}\n")


def test_ipv6_names_are_bracketed(ca_and_files: tuple[Path, CertFiles]) -> None:
    _, files = ca_and_files
    v6 = CertFiles(files.fullchain, files.key, ("fd00::5", "nas.local"))
    by_id = {c.server: c for c in server_configs(v6)}
    assert by_id["caddy"].text.startswith("[fd00::5]:443, nas.local:443 {")
    assert "server_name [fd00::5] nas.local;" in by_id["nginx"].text
    assert "ServerName nas.local\n    ServerAlias fd00::5" in by_id["apache"].text


def test_python_snippet_serves_tls(ca_and_files: tuple[Path, CertFiles], tmp_path: Path) -> None:
    ca_pem, files = ca_and_files
    port = free_port()
    text = configs(files, port)["python"].text
    pinned = text.replace(f'(("", {port})', f'(("127.0.0.1", {port})')
    assert pinned != text
    (tmp_path / "serve.py").write_text(pinned)
    (tmp_path / "index.html").write_text("hello")
    with running([sys.executable, "serve.py"], tmp_path) as proc:
        assert wait_for_tls(ca_pem, port, proc) == 200
        # Must fail: a client trusting another CA, and a name not in the certificate.
        other = tmp_path / "other.pem"
        other.write_bytes(CertificateAuthority.create("Other CA").cert_pem)
        with pytest.raises(ssl.SSLCertVerificationError):
            fetch(other, port)
        with pytest.raises(ssl.SSLCertVerificationError):
            fetch(ca_pem, port, host="other.local")


def test_node_snippet_serves_tls(ca_and_files: tuple[Path, CertFiles], tmp_path: Path) -> None:
    node = need("node")
    ca_pem, files = ca_and_files
    port = free_port()
    text = configs(files, port)["node"].text
    pinned = text.replace(f".listen({port},", f'.listen({port}, "127.0.0.1",')
    assert pinned != text
    (tmp_path / "server.js").write_text(pinned)
    with running([node, "server.js"], tmp_path) as proc:
        assert wait_for_tls(ca_pem, port, proc) == 200


def test_nginx_snippet_serves_tls(ca_and_files: tuple[Path, CertFiles], tmp_path: Path) -> None:
    nginx = need("nginx")
    ca_pem, files = ca_and_files
    port = free_port()
    text = configs(files, port)["nginx"].text
    pinned = text.replace(f"listen {port} ssl;", f"listen 127.0.0.1:{port} ssl;").replace(
        f"    listen [::]:{port} ssl;\n", "")
    assert f"listen 127.0.0.1:{port} ssl;" in pinned and "[::]" not in pinned
    temp = {k: tmp_path / k for k in ("body", "proxy", "fastcgi", "uwsgi", "scgi")}
    for folder in temp.values():
        folder.mkdir()
    (tmp_path / "nginx.conf").write_text(
        f"pid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/error.log;\nevents {{}}\n"
        f"http {{\n access_log off;\n client_body_temp_path {temp['body']};\n"
        f" proxy_temp_path {temp['proxy']};\n fastcgi_temp_path {temp['fastcgi']};\n"
        f" uwsgi_temp_path {temp['uwsgi']};\n scgi_temp_path {temp['scgi']};\n{pinned}}}\n")
    check = subprocess.run([nginx, "-t", "-p", str(tmp_path), "-c", "nginx.conf"],
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stderr
    cmd = [nginx, "-p", str(tmp_path), "-c", "nginx.conf", "-g", "daemon off;"]
    with running(cmd, tmp_path) as proc:
        # The default root is not readable by the workers (pytest folders are 0700): any HTTP
        # answer after a verified handshake is what this test is about.
        assert wait_for_tls(ca_pem, port, proc) in (200, 403, 404)


def test_caddy_snippet_serves_tls(ca_and_files: tuple[Path, CertFiles], tmp_path: Path) -> None:
    caddy = need("caddy")
    ca_pem, files = ca_and_files
    port = free_port()
    text = configs(files, port)["caddy"].text
    # Global options a home install does not need: no admin socket, no redirect listener on
    # port 80, storage in the test folder. `bind` keeps the site on loopback.
    pinned = text.replace("{\n", "{\n    bind 127.0.0.1\n", 1)
    (tmp_path / "Caddyfile").write_text(
        f"{{\n  admin off\n  auto_https disable_redirects\n  storage file_system {tmp_path}\n"
        f"}}\n{pinned}")
    env_cmd = ["env", f"HOME={tmp_path}", f"XDG_DATA_HOME={tmp_path}",
               f"XDG_CONFIG_HOME={tmp_path}", caddy, "run", "--config", "Caddyfile",
               "--adapter", "caddyfile"]
    with running(env_cmd, tmp_path) as proc:
        assert wait_for_tls(ca_pem, port, proc) == 200


def test_apache_snippet_serves_tls(ca_and_files: tuple[Path, CertFiles], tmp_path: Path) -> None:
    apache = need("apache2")
    modules = Path("/usr/lib/apache2/modules")
    ca_pem, files = ca_and_files
    port = free_port()
    text = configs(files, port)["apache"].text
    pinned = text.replace(f"Listen {port}\n", f"Listen 127.0.0.1:{port}\n")
    assert pinned != text
    loads = "".join(f"LoadModule {name}_module {modules}/mod_{name}.so\n"
                    for name in ("mpm_event", "authz_core", "ssl", "socache_shmcb"))
    (tmp_path / "httpd.conf").write_text(
        f"ServerRoot {tmp_path}\n{loads}PidFile {tmp_path}/httpd.pid\n"
        f"ErrorLog {tmp_path}/error.log\nServerName localhost\n"
        f"DefaultRuntimeDir {tmp_path}\nMutex file:{tmp_path}\n{pinned}")
    with running([apache, "-f", str(tmp_path / "httpd.conf"), "-DFOREGROUND"], tmp_path) as proc:
        assert wait_for_tls(ca_pem, port, proc) == 404  # no DocumentRoot: TLS is what matters


def _nginx_unquote(token: str) -> str:
    """What nginx reads from a double-quoted token (ngx_conf_read_token: \\" \\\\ \\t \\r \\n)."""
    assert token.startswith('"') and token.endswith('"')
    escapes = {'"': '"', "'": "'", "\\": "\\", "t": "\t", "r": "\r", "n": "\n"}
    out, chars = [], iter(token[1:-1])
    for ch in chars:
        out.append(escapes.get(next(chars), "?") if ch == "\\" else ch)
    return "".join(out)


def test_windows_paths_survive_every_snippet() -> None:
    folder = PureWindowsPath(r"C:\Users\nina\AppData\Local\TrustAnchor\certificates")
    files = CertFiles(folder / "nas.local.fullchain.pem", folder / "nas.local.key",
                      ("nas.local",))
    by_id = {c.server: c.text for c in server_configs(files)}
    forward = "C:/Users/nina/AppData/Local/TrustAnchor/certificates/nas.local.key"
    line = next(x for x in by_id["nginx"].splitlines() if "ssl_certificate_key" in x)
    assert _nginx_unquote(line.split(None, 1)[1].rstrip(";")) == forward
    for server in ("caddy", "apache", "node", "python"):
        assert forward in by_id[server], server
        assert "\\" not in by_id[server].split("Hello")[0], server


def test_nginx_escapes_backslashes_and_quotes_in_posix_paths() -> None:
    files = CertFiles(Path('/srv/odd\\name "x"/chain.pem'), Path("/srv/k.key"), ("nas.local",))
    line = next(x for x in server_configs(files)[0].text.splitlines() if "ssl_certificate " in x)
    assert _nginx_unquote(line.split(None, 1)[1].rstrip(";")) == '/srv/odd\\name "x"/chain.pem'
