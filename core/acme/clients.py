"""clients.md: how each ACME client in a home lab reaches the ACME server and trusts its TLS.

Every client needs two things: the directory URL, and the root in whatever trust setting it
uses for the ACME server's own HTTPS (the server's certificate comes from the same root).
Option names are each client's documented ones: certbot honours REQUESTS_CA_BUNDLE (it talks
HTTPS through the requests library); acme.sh `--server` and `--ca-bundle`; Caddy `acme_ca` and
`acme_ca_root`; Traefik's ACME library lego reads LEGO_CA_CERTIFICATES; Home Assistant's
Let's Encrypt add-on has `acme_server` and `acme_root_ca_cert`.
"""

from __future__ import annotations

from trustanchor.core.acme.caddy import ROOT_FILE, AcmeSite


def _lifetime(site: AcmeSite) -> str:
    if site.leaf_days is None:
        return ("12 hours (Caddy's default), so clients must try to renew at least every few "
                "hours")
    return f"{site.leaf_days} days"


def _hours(site: AcmeSite) -> int:
    return 12 if site.leaf_days is None else site.leaf_days * 24


def clients_markdown(site: AcmeSite, ca_name: str) -> str:
    """The whole clients.md text for this ACME server."""
    url = site.directory_url
    root = f"/path/to/{ROOT_FILE}"
    return f"""# ACME clients for "{ca_name}"

Directory URL: `{url}`

Certificates last {_lifetime(site)}. Copy `{ROOT_FILE}` (the public root certificate, no key)
to each machine below; `{root}` stands for where you put it.

Every client machine needs:

- the root in its trust store, or in the client's own CA setting shown below, so it trusts the
  ACME server's HTTPS (and so browsers trust the certificates it gets);
- the directory URL reachable: the ACME server's name resolving to its address, port
  {site.port} open;
- for HTTP-01 (what these examples use): the ACME server must reach the client's port 80 at
  the name being certified, so that name must resolve, on the ACME server's host, to the
  client. Otherwise use TLS-ALPN-01 (port 443) or DNS-01 with your DNS provider.

## certbot

```sh
export REQUESTS_CA_BUNDLE={root}
certbot certonly --standalone -d nas.home.arpa --server {url}
```

`certbot renew` needs the same REQUESTS_CA_BUNDLE: for the packaged timer run
`systemctl edit certbot.service` and add `Environment=REQUESTS_CA_BUNDLE={root}`.
With 12-hour certificates, run `certbot renew` every hour.

## acme.sh

```sh
acme.sh --issue --standalone -d nas.home.arpa --server {url} --ca-bundle {root}
```

acme.sh remembers both settings for renewals. It renews by age (`--days`, default 60), so give
the ACME server `--leaf-days` of a week or more and pass `--days` below that lifetime.

## Caddy as a client

```caddy
{{
\tacme_ca {url}
\tacme_ca_root {root}
}}
```

or per site: `tls {{ ca {url}; ca_root {root} }}` (one option a line).

## Traefik

```yaml
certificatesResolvers:
  home:
    acme:
      caServer: {url}
      storage: /letsencrypt/acme.json
      certificatesDuration: {_hours(site)}  # hours: the lifetime, so renewal comes in time
      httpChallenge:
        entryPoint: web
```

Trust the root through the environment variable `LEGO_CA_CERTIFICATES={root}`.

## Nginx Proxy Manager

Its interface only knows Let's Encrypt and has no field for another ACME server. Get the
certificate with certbot or acme.sh on the host (above) and add it as a custom certificate,
or put Caddy (above) in front of it.

## Home Assistant (Let's Encrypt add-on)

Put `{ROOT_FILE}` into `/ssl/` and set in the add-on's configuration:

```yaml
domains:
  - homeassistant.home.arpa
challenge: http
acme_server: {url}
acme_root_ca_cert: /ssl/{ROOT_FILE}
```

The add-on renews when it starts: restart it with an automation more often than the
certificates expire.
"""
