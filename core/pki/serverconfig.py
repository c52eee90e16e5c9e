"""Ready-to-paste TLS configuration for the servers people run at home.

Each snippet names the files the wizard wrote (full chain + key), so the server sends the leaf
and the CA: iOS builds the path from what the server sends plus the trusted root, and sending
the chain costs nothing. Paths are quoted for each syntax, so folders with spaces work.

Windows paths are written with forward slashes, which nginx, Apache, Caddy, Node.js and Python
all accept there: inside nginx's quotes a backslash starts an escape (`"C:\\certs\\nas.crt"`
would read `\\n` as a newline; nginx's ngx_conf_read_token), and Apache and Caddy keep doubled
backslashes literally.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import PurePath, PureWindowsPath

from trustanchor.core.pki.names import is_ip_address
from trustanchor.core.text import QT_TRANSLATE_NOOP

# Browsers and servers agree on these; TLS 1.0/1.1 were withdrawn by RFC 8996.
TLS_PROTOCOLS = "TLSv1.2 TLSv1.3"
# The port the person's own web server (nginx, Caddy, Apache) answers HTTPS on: the https
# scheme's default port (RFC 9110 section 4.2.2), so its URLs need no port. Not the port
# TrustAnchor's own trust test listens on (core/defaults.py, DEFAULT_HTTPS_PORT).
WEB_SERVER_HTTPS_PORT = 443
# The port of the Node.js and Python examples: unprivileged, as binding below 1024 needs root.
APP_EXAMPLE_HTTPS_PORT = 8443


@dataclass(frozen=True)
class CertFiles:
    """Where the server certificate's files are (as core/store/outputs.py writes them)."""

    fullchain: PurePath
    key: PurePath
    names: tuple[str, ...]


@dataclass(frozen=True)
class ServerConfig:
    """One server's snippet and where it goes."""

    server: str  # short id: "nginx"
    title: str  # what the tab says: "nginx"
    where: str  # one sentence: where to paste it and what to run after
    text: str  # the snippet itself


def _path(path: PurePath) -> str:
    """The path as config files should spell it: forward slashes for a Windows path."""
    return path.as_posix() if isinstance(path, PureWindowsPath) else str(path)


def _nginx_quoted(path: PurePath) -> str:
    """A double-quoted nginx string: backslash and quote escaped (ngx_conf_read_token)."""
    return '"' + _path(path).replace("\\", "\\\\").replace('"', '\\"') + '"'


def _quoted(path: PurePath) -> str:
    return json.dumps(_path(path))


def _dns_names(names: Sequence[str]) -> list[str]:
    return [n for n in names if not is_ip_address(n)]


def _site_address(name: str) -> str:
    """A host as it appears in a URL-like address: IPv6 in brackets (RFC 3986 3.2.2)."""
    return f"[{name}]" if ":" in name else name


def _nginx(files: CertFiles, port: int) -> ServerConfig:
    names = " ".join(_site_address(n) for n in files.names) or "_"
    text = f"""server {{
    listen {port} ssl;
    listen [::]:{port} ssl;
    server_name {names};

    ssl_certificate     {_nginx_quoted(files.fullchain)};
    ssl_certificate_key {_nginx_quoted(files.key)};
    ssl_protocols {TLS_PROTOCOLS};

    # ... your existing location blocks go here, for example:
    # location / {{ proxy_pass http://127.0.0.1:8080; }}
}}
"""
    return ServerConfig("nginx", "nginx", QT_TRANSLATE_NOOP(
        "core.serverconfig", "Put this in a file under /etc/nginx/conf.d/ (or your site's "
                             "file), then run: nginx -t && nginx -s reload"), text)


def _caddy(files: CertFiles, port: int) -> ServerConfig:
    sites = ", ".join(f"{_site_address(n)}:{port}" for n in files.names)
    text = f"""{sites} {{
    tls {_quoted(files.fullchain)} {_quoted(files.key)}
    # ... what this site serves, for example:
    respond "Hello over trusted HTTPS"
    # reverse_proxy 127.0.0.1:8080
}}
"""
    return ServerConfig("caddy", "Caddy", QT_TRANSLATE_NOOP(
        "core.serverconfig", "Add this to your Caddyfile, then run: caddy reload"), text)


def _apache(files: CertFiles, port: int) -> ServerConfig:
    dns = _dns_names(files.names)
    first = dns[0] if dns else (files.names[0] if files.names else "localhost")
    aliases = [n for n in files.names if n != first]
    alias_line = f"    ServerAlias {' '.join(aliases)}\n" if aliases else ""
    # Since Apache 2.4.8 SSLCertificateFile may hold the chain after the leaf (mod_ssl docs).
    text = f"""Listen {port}
<VirtualHost *:{port}>
    ServerName {first}
{alias_line}    SSLEngine on
    SSLCertificateFile {_quoted(files.fullchain)}
    SSLCertificateKeyFile {_quoted(files.key)}
    SSLProtocol -all +TLSv1.2 +TLSv1.3
    # ... your DocumentRoot or ProxyPass lines go here
</VirtualHost>
"""
    return ServerConfig("apache", "Apache", QT_TRANSLATE_NOOP(
        "core.serverconfig", "Enable TLS once with: a2enmod ssl. Put this in "
                             "/etc/apache2/sites-available/, a2ensite it, then run: apachectl "
                             "configtest && apachectl graceful (leave out the Listen line if "
                             "ports.conf already has it)"), text)


def _node(files: CertFiles, port: int) -> ServerConfig:
    text = f"""const fs = require("node:fs");
const https = require("node:https");

const options = {{
  key: fs.readFileSync({_quoted(files.key)}),
  cert: fs.readFileSync({_quoted(files.fullchain)}),
}};

https.createServer(options, (req, res) => {{
  res.writeHead(200, {{ "Content-Type": "text/plain" }});
  res.end("Hello over trusted HTTPS\\n");
}}).listen({port}, () => console.log("https://{_site_address(_first(files))}:{port}/"));
"""
    return ServerConfig("node", "Node.js", QT_TRANSLATE_NOOP(
        "core.serverconfig", "Save as server.js and run: node server.js (with Express, pass "
                             "your app in place of the handler)"), text)


def _python(files: CertFiles, port: int) -> ServerConfig:
    text = f"""import http.server
import ssl

context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
context.minimum_version = ssl.TLSVersion.TLSv1_2
context.load_cert_chain({_path(files.fullchain)!r}, {_path(files.key)!r})

server = http.server.ThreadingHTTPServer(("", {port}), http.server.SimpleHTTPRequestHandler)
server.socket = context.wrap_socket(server.socket, server_side=True)
print("https://{_site_address(_first(files))}:{port}/")
server.serve_forever()
"""
    return ServerConfig("python", "Python", QT_TRANSLATE_NOOP(
        "core.serverconfig", "Save as serve.py and run: python3 serve.py (it serves the current "
                             "folder; for uvicorn use --ssl-certfile and --ssl-keyfile with the "
                             "same two files)"), text)


def _home_assistant(files: CertFiles, port: int) -> ServerConfig:
    # Home Assistant OS mounts its /ssl share at /ssl inside the core container.
    text = f"""http:
  ssl_certificate: /ssl/{files.fullchain.name}
  ssl_key: /ssl/{files.key.name}
"""
    return ServerConfig("home-assistant", "Home Assistant", QT_TRANSLATE_NOOP(
        "core.serverconfig", "Copy {fullchain} and {key} into Home Assistant's ssl folder "
                             "(Samba or File editor add-on), add this to configuration.yaml, "
                             "then restart Home Assistant; it then answers on https:// at port "
                             "8123").format(fullchain=files.fullchain.name, key=files.key.name),
        text)


def _first(files: CertFiles) -> str:
    dns = _dns_names(files.names)
    return dns[0] if dns else (files.names[0] if files.names else "localhost")


_BUILDERS: tuple[tuple[Callable[[CertFiles, int], ServerConfig], bool], ...] = (
    (_nginx, True), (_caddy, True), (_apache, True), (_node, False), (_python, False),
    (_home_assistant, False),
)


def server_configs(files: CertFiles, *, https_port: int = WEB_SERVER_HTTPS_PORT,
                   app_port: int = APP_EXAMPLE_HTTPS_PORT) -> tuple[ServerConfig, ...]:
    """Snippets for nginx, Caddy, Apache, Node.js, Python and Home Assistant, in that order.

    Web servers listen on `https_port`; the Node.js and Python examples on `app_port`.
    """
    return tuple(build(files, https_port if web else app_port) for build, web in _BUILDERS)
