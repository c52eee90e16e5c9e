"""The frozen app's script: the same entry point as the installed `trustanchor` command.

No arguments opens the wizard; anything else runs the command line (Qt is then never imported).
"""

import sys

from trustanchor.gui.main import main

if __name__ == "__main__":
    sys.exit(main())
