"""Publishing the CA on the local network: the server, its listener and HTTP wire, Bonjour,
LAN addresses, device detection and the phone page."""
