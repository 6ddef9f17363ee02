"""Entry point of both bundled programs (the windowed GUI and the console CLI)."""

import sys

from visitation_desktop.entry import main

sys.exit(main())
