"""Generated art for FAST TRACK: tilesets, bundled Tiled maps and their previews.

Everything here is produced by code so it can be rebuilt and restyled; run
``python -m assets.art.build`` from the project root. Nothing in the game
imports this package: the game reads the files it writes.
"""
