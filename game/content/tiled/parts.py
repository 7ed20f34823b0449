"""What the track builder works on: the map's usable objects by class, the surfaces, the scale.

Shared by the race rules (:mod:`game.content.tiled.racing`) and the world
(:mod:`game.content.tiled.builder`), which check and convert their own
classes of objects; the grouping by class is done once, as a map may have
20,000 objects, and a class over its limit is dropped with one message.
"""

from __future__ import annotations

from game.content import limits
from game.content.tiled.mapsettings import Settings
from game.content.tiled.model import MapXml
from game.content.tiled.placing import MapObject
from game.content.tiled.problems import Problems
from game.sim.track import SurfaceGrid


class Parts:
    """A map's checked objects, surfaces and settings, and the problems found building on them."""

    def __init__(
        self,
        mx: MapXml,
        settings: Settings,
        grid: SurfaceGrid,
        objects: list[MapObject],
        problems: Problems,
    ) -> None:
        self.mx = mx
        self.settings = settings
        self.grid = grid
        self.objects = objects
        self._by_class: dict[str, list[MapObject]] | None = None
        self.problems = problems
        self.width_m = mx.width * mx.tile_width / settings.ppm
        self.height_m = mx.height * mx.tile_height / settings.ppm

    def of(self, cls: str) -> list[MapObject]:
        """The objects of class ``cls``, in map order (grouped once: a map may have 20,000)."""
        if self._by_class is None:
            self._by_class = {}
            for obj in self.objects:
                self._by_class.setdefault(obj.cls, []).append(obj)
        return list(self._by_class.get(cls, ()))

    def within_counts(self) -> None:
        """Drop (after one message each) a class with more objects than the game can take."""
        counts = {
            "StartSlot": limits.MAP_START_SLOTS,
            "Checkpoint": limits.MAP_GATES,
            "Road": limits.MAP_ROADS,
            "Prop": limits.MAP_PROPS,
        }
        for cls, most in counts.items():
            found = self.of(cls)
            if len(found) > most:
                self.problems.add(
                    "the map",
                    f"has {len(found):,} {cls} objects, over the limit of {most:,}",
                    f"keep {most:,} or fewer (delete some, or move them to a layer the game ignores)",
                )
                self.objects = [o for o in self.objects if o.cls != cls]
                self._by_class = None

    @property
    def surfaces_known(self) -> bool:
        """False when the ground could not be read: then surface checks would only mislead."""
        return "ground" in self.mx.tile_layers and not self.mx.broken_tilesets
