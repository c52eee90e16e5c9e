"""Automatic renewal through Caddy's ACME server, signing with an intermediate of the root."""
