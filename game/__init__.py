"""FAST TRACK, a top-down arcade street-racing game.

The package splits along one rule: ``game.sim`` and ``game.content`` never
touch pygame, so the whole world can run headless, fast and deterministic;
``game.app`` is the only place that draws, plays sound or reads devices.
"""

__version__ = "0.1.0"
