"""The map's own settings (name, kind, laps, night, scale, default surface) from its properties.

They are plain map properties of the project's ``Track`` class, not a map
class, because Tiled 1.8 drops a map's ``class`` attribute. The scale comes
first because every later step turns pixels into metres with it, and the
map's size in metres is held to ``MAP_METRES`` because the AI lays grids
over the whole map.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.content import limits
from game.content.tiled.classes import MAP_CLASS, schema, typed_properties
from game.content.tiled.model import MapXml, Properties
from game.content.tiled.problems import Problems
from game.sim.surfaces import Surface


@dataclass(frozen=True, slots=True)
class Settings:
    """The map-wide values every later step reads."""

    name: str
    kind: str
    laps: int
    night: bool
    ppm: float
    default_surface: Surface
    extra: dict[str, str]
    """Properties the game does not know (and ``author``), kept as text on the Track."""


def read_settings(properties: Properties, problems: Problems) -> Settings | None:
    """The map's settings over the class defaults (ranges: ``classes.RANGES``); None once reported.

    A map whose laps are out of range still gets its settings, so its objects
    are checked too; one whose scale or types are wrong cannot be measured.
    """
    props = typed_properties(MAP_CLASS, properties, "the map", problems)
    if props is None:
        return None
    ppm, laps = float(props["pixels_per_metre"]), int(props["laps"])
    known = schema()[MAP_CLASS]
    extra = {k: str(v) for k, v in props.items() if k not in known or k == "author"}
    return Settings(
        name=str(props["name"]),
        kind=str(props["kind"]),
        laps=laps,
        night=bool(props["night"]),
        ppm=ppm,
        default_surface=Surface.from_name(str(props["default_surface"])),
        extra=extra,
    )


def size_ok(mx: MapXml, settings: Settings, problems: Problems) -> bool:
    """The map's size in metres within ``MAP_METRES`` (the AI lays grids over the whole map)."""
    width_m = mx.width * mx.tile_width / settings.ppm
    height_m = mx.height * mx.tile_height / settings.ppm
    if max(width_m, height_m) <= limits.MAP_METRES:
        return True
    problems.add(
        "the map",
        f"is {width_m:,.0f} m x {height_m:,.0f} m, over the limit of {limits.MAP_METRES:,} m a side",
        "use fewer tiles or a larger pixels_per_metre",
    )
    return False
