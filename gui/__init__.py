"""TrustAnchor's PySide6 front end. Imports core; core never imports it."""
