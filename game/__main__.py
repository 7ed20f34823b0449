"""``python -m game`` runs the same command line as the ``fast-track`` script."""

import sys

from game.cli import main

sys.exit(main())
