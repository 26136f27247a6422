"""Allow `python -m advisor_tui`."""

import sys

from advisor_tui.cli import main

sys.exit(main())
