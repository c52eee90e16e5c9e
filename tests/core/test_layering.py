"""Subcommands never import Qt: a headless box without a display must run them."""

from __future__ import annotations

import subprocess
import sys


def test_cli_version_does_not_import_qt() -> None:
    code = (
        "import sys; from trustanchor.gui.main import main\n"
        "try:\n    main(['--version'])\nexcept SystemExit:\n    pass\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "TrustAnchor 0.1.0" in result.stdout
