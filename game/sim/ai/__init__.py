"""Computer drivers: racing rivals, police and civilian traffic.

Everything here is pygame-free and deterministic. Geometry (racing line,
speed plans, road graphs, wall arrays) is computed with numpy once, when a
race or mission starts; at run time the drivers think at 30 Hz, batched over
every car they drive, so eight rivals cost about as much as one.
"""
