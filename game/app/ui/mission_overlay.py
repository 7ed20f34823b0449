"""What a mission draws over the race view: the way to the target, and the line being spoken.

Pure drawing from plain values (a point, a ring size, a line of dialogue),
kept apart from the mission scene so the scene holds the mission's rules
and its HUD model, not the geometry of an arrow.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pygame

from game.app.ui import theme as th
from game.app.ui.story import paragraph, speaker_name

if TYPE_CHECKING:
    from game.app.ui.portraits import Portraits
    from game.sim.snapshot import WorldSnapshot

TARGET = (255, 214, 64)


@dataclass(frozen=True, slots=True)
class Line:
    """A line of dialogue on screen during the mission."""

    speaker: str
    text: str
    phone: bool
    until_s: float


def draw_target(
    surface: pygame.Surface,
    theme: th.Theme,
    view: Any,
    frames: tuple[WorldSnapshot, WorldSnapshot],
    alpha: float,
    point: tuple[float, float],
    zone_m: float | None,
    time_s: float,
    covered: Sequence[pygame.Rect] = (),
) -> None:
    """A ring on the target (``zone_m`` across) when it is in plain sight, else an arrow round the
    car pointing to it with the distance; ``frames`` are the previous and latest snapshots.

    A target under one of the ``covered`` boxes (the minimap, the objective panel) counts as out
    of sight: a ring drawn there would be hidden, and the player would have no arrow either."""
    prev, snap = frames
    s = theme.scale(surface)
    w, hgt = surface.get_size()
    tx, ty = view.world_to_screen(point[0], point[1], prev, snap, alpha)
    me = snap.vehicles[0]
    px, py = view.world_to_screen(me.x, me.y, prev, snap, alpha)
    pulse = 0.5 + 0.5 * math.sin(time_s * 5.0)
    margin = 12 * s
    in_sight = margin <= tx < w - margin and margin <= ty < hgt - margin
    if in_sight and not any(r.collidepoint(tx, ty) for r in covered):
        scale = view.view_pose(prev, snap, alpha).scale
        r = max(14 * s, (zone_m if zone_m is not None else 6.0) * scale)
        ring = pygame.Surface((round(r * 2 + 8), round(r * 2 + 8)), pygame.SRCALPHA)
        c = ring.get_width() / 2
        pygame.draw.circle(ring, (*TARGET, 60), (c, c), r)
        pygame.draw.circle(ring, (*TARGET, 150 + round(90 * pulse)), (c, c), r, max(2, round(3 * s)))
        surface.blit(ring, (round(tx - c), round(ty - c)))
        return
    ang = math.atan2(ty - py, tx - px)
    dist = math.hypot(point[0] - me.x, point[1] - me.y)
    radius = (74 + 6 * pulse) * s
    cx, cy = px + math.cos(ang) * radius, py + math.sin(ang) * radius
    size = 20 * s
    pts = [
        (cx + math.cos(ang) * size, cy + math.sin(ang) * size),
        (cx + math.cos(ang + 2.5) * size, cy + math.sin(ang + 2.5) * size),
        (cx + math.cos(ang - 2.5) * size, cy + math.sin(ang - 2.5) * size),
    ]
    pygame.draw.polygon(surface, (20, 16, 8), [(x + 2 * s, y + 2 * s) for x, y in pts])
    pygame.draw.polygon(surface, TARGET, pts)
    pygame.draw.polygon(surface, (255, 255, 255), pts, max(1, round(2 * s)))
    theme.text(
        surface,
        f"{dist:,.0f} m",
        22,
        (cx + math.cos(ang) * 34 * s, cy + math.sin(ang) * 34 * s),
        TARGET,
        anchor="center",
        bold=True,
        shadow=True,
    )


def dialogue_box(surface: pygame.Surface, theme: th.Theme) -> pygame.Rect:
    """Where a spoken line's panel goes: bottom left, clear of the speedometer."""
    s = theme.scale(surface)
    h = surface.get_height()
    return pygame.Rect(round(16 * s), round(h - 140 * s), round(780 * s), round(124 * s))


def draw_dialogue(
    surface: pygame.Surface, theme: th.Theme, line: Line, portraits: Portraits, tutorial: bool
) -> None:
    """The line with its speaker's portrait and name (or PHONE, or TIP in the tutorial), bottom left."""
    s = theme.scale(surface)
    box = dialogue_box(surface, theme)
    panel = pygame.Surface(box.size, pygame.SRCALPHA)
    pygame.draw.rect(panel, (10, 14, 28, 200), panel.get_rect(), border_radius=round(12 * s))
    pygame.draw.rect(
        panel,
        (*(th.ACCENT_2 if line.phone else th.ACCENT), 160),
        panel.get_rect(),
        max(1, round(2 * s)),
        border_radius=round(12 * s),
    )
    surface.blit(panel, box)
    theme.note_panel(box, "dialogue")
    pic = round(100 * s)
    face = portraits.get(line.speaker, pic)
    theme.image(surface, face, face.get_rect(topleft=(box.left + 12 * s, box.top + 12 * s)), "portrait")
    x = box.left + pic + 28 * s
    # unspoken lines are the tutorial's prompts in the first mission, narration elsewhere
    name = "TIP" if not line.speaker and tutorial else speaker_name(line.speaker)
    label = ("PHONE  ·  " + name) if line.phone else name
    theme.text(
        surface,
        label.upper(),
        19,
        (x, box.top + 12 * s),
        th.ACCENT_2 if line.phone else th.ACCENT,
        bold=True,
    )
    paragraph(
        surface,
        theme,
        line.text,
        24,
        (x, box.top + 38 * s),
        box.right - x - 16 * s,
        (246, 246, 250),
        max_lines=3,
        line_gap=1.05,
    )
