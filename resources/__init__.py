"""Data files: phone-screen SVG templates, the phone-facing web page, icons."""
