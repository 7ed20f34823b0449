"""The worked example in docs/MODDING.md, built exactly as written, is a valid track.

The coordinates below are the ones the guide tells a modder to type; the test
also checks they still appear in the guide, so the two cannot drift apart.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from game.content.tmx import load_map
from game.paths import PROJECT_ROOT
from tests.content.tmx_helpers import MAPS

GUIDE = PROJECT_ROOT / "docs" / "MODDING.md"
W, H = 40, 30
ASPHALT, GRASS = 1, 2  # gids in the test tileset (the guide uses terrain.tsx; same idea)

SLOTS = [(480, 120), (480, 168), (420, 120), (420, 168), (360, 120), (360, 168), (300, 120), (300, 168)]
FINISH = ((600, 96), (600, 192))
CHECKPOINTS = [((1088, 480), (1184, 480)), ((640, 768), (640, 864)), ((96, 480), (192, 480))]
WALLS = [((92, 92), (1188, 868)), ((196, 196), (1084, 764))]
LINE = [(144, 144), (1136, 144), (1136, 816), (144, 816)]


def _ground() -> str:
    def road(r: int, c: int) -> bool:
        rows, cols = 3 <= r <= 26, 3 <= c <= 36
        return rows and cols and (r <= 5 or r >= 24 or c <= 5 or c >= 34)

    return ",\n".join(",".join(str(ASPHALT if road(r, c) else GRASS) for c in range(W)) for r in range(H))


def _polyline(oid: int, cls: str, a: tuple[int, int], b: tuple[int, int], index: int | None) -> str:
    props = (
        f'<properties><property name="index" type="int" value="{index}"/></properties>'
        if index is not None
        else ""
    )
    return (
        f'<object id="{oid}" type="{cls}" x="{a[0]}" y="{a[1]}">{props}'
        f'<polyline points="0,0 {b[0] - a[0]},{b[1] - a[1]}"/></object>'
    )


def build(folder: Path) -> Path:
    shutil.copytree(MAPS / "valid" / "tilesets", folder / "tilesets")
    objects_physics = "".join(
        f'<object id="{i + 1}" type="Wall" x="{a[0]}" y="{a[1]}" '
        f'width="{b[0] - a[0]}" height="{b[1] - a[1]}"/>'
        for i, (a, b) in enumerate(WALLS)
    )
    race = [
        f'<object id="{10 + i}" type="StartSlot" x="{x}" y="{y}"><properties>'
        f'<property name="index" type="int" value="{i}"/></properties><point/></object>'
        for i, (x, y) in enumerate(SLOTS)
    ]
    race.append(_polyline(20, "FinishLine", *FINISH, None))
    race += [_polyline(21 + i, "Checkpoint", a, b, i) for i, (a, b) in enumerate(CHECKPOINTS)]
    x0, y0 = LINE[0]
    points = " ".join(f"{x - x0},{y - y0}" for x, y in LINE)
    text = f"""<?xml version="1.0" encoding="UTF-8"?>
<map version="1.8" orientation="orthogonal" width="{W}" height="{H}" tilewidth="32" tileheight="32">
 <properties>
  <property name="name" value="My First Ring"/><property name="laps" type="int" value="3"/>
 </properties>
 <tileset firstgid="1" source="tilesets/tiny.tsx"/>
 <layer id="1" name="ground" width="{W}" height="{H}"><data encoding="csv">{_ground()}</data></layer>
 <objectgroup id="2" name="physics">{objects_physics}</objectgroup>
 <objectgroup id="3" name="race">{"".join(race)}</objectgroup>
 <objectgroup id="4" name="ai">
  <object id="30" type="RacingLine" x="{x0}" y="{y0}"><polygon points="{points}"/></object>
 </objectgroup>
</map>
"""
    path = folder / "first.tmx"
    path.write_text(text, encoding="utf-8")
    return path


def test_worked_example_is_a_valid_circuit(tmp_path: Path) -> None:
    track = load_map(build(tmp_path)).track
    assert track.name == "My First Ring" and track.laps == 3
    assert (track.width_m, track.height_m) == (160.0, 120.0)
    assert len(track.start_slots) == 8 and len(track.checkpoints) == 3 and len(track.walls) == 2


def test_guide_still_gives_these_coordinates() -> None:
    guide = " ".join(GUIDE.read_text(encoding="utf-8").split())
    pairs = [p for a, b in [*WALLS, FINISH, *CHECKPOINTS] for p in (a, b)] + SLOTS[:4] + LINE
    for x, y in pairs:
        assert f"({x}, {y})" in guide, f"docs/MODDING.md no longer mentions ({x}, {y})"
