"""The Tiled map reader, one job per module; :mod:`game.content.tmx` is its front door.

problems (how messages are worded) → xmlfile (bounded reading of one XML
file) → reader (the map in one pass: tilesets, templates, properties,
layers, objects) → mapsettings, placing, tiles (typed, in metres) →
builder and racing (the Track). Nothing here imports pygame or a map library.
"""
