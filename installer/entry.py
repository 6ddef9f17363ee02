"""Entry point of the frozen bundle."""

import sys

from visitation_desktop.cli import main

sys.exit(main())
