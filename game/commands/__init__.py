"""Sub-commands of the command line; see :mod:`game.cli`."""
