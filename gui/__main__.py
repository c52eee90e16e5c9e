"""`python -m trustanchor.gui` runs the same program as `trustanchor`."""

from __future__ import annotations

import sys

from trustanchor.gui.main import main

sys.exit(main())
