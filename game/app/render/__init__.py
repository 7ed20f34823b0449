"""Drawing a race: ground chunks, cars, effects, night lighting and the HUD.

The renderer only reads the simulation's snapshots and events. ``RaceRenderer.update``
advances everything that moves with time (camera, particles, skid marks);
``RaceRenderer.draw`` only paints, so it can run at any frame rate and any
number of times without changing what the next frame looks like.
"""

from game.app.render.hud_state import HudState, MapMarker, RenderOptions
from game.app.render.race_view import RaceRenderer

__all__ = ["HudState", "MapMarker", "RaceRenderer", "RenderOptions"]
