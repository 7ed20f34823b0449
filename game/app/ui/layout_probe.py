"""What a screen drew where: panels, text and pictures, for the test that every screen fits.

A screen's layout is computed while it draws (text is measured, wrapped,
shrunk), so the only honest way to check it is to watch a real draw. When a
:class:`LayoutProbe` is set on the theme, :meth:`Theme.text`, :meth:`Theme.panel`
and :meth:`Theme.image` record the rectangle of what they put on the screen
(text by its ink, not its line box, so tight but legal line spacing does not
count as an overlap). :func:`problems` then says, in words, what leaves the
screen, what spills over a panel's edge, which panels cross and which texts
or pictures cover each other. The game never sets a probe; it costs nothing
when absent.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

import pygame

Kind = Literal["panel", "text", "image"]

TOLERANCE_PX = 1
"""Rounding slack: a scaled layout may land a pixel off its neighbour."""


@dataclass(frozen=True)
class Drawn:
    """One recorded draw: what it was, where its pixels are, and a label for the message."""

    kind: Kind
    rect: tuple[int, int, int, int]
    label: str

    @property
    def box(self) -> pygame.Rect:
        return pygame.Rect(self.rect)


@dataclass
class LayoutProbe:
    """The draws of one frame, in order."""

    items: list[Drawn] = field(default_factory=list)

    def panel(self, rect: pygame.Rect, label: str = "panel") -> None:
        self.items.append(Drawn("panel", tuple(rect), label))  # type: ignore[arg-type]

    def text(self, rect: pygame.Rect, label: str) -> None:
        if rect.w > 0 and rect.h > 0:  # a blank string draws nothing
            self.items.append(Drawn("text", tuple(rect), label))  # type: ignore[arg-type]

    def image(self, rect: pygame.Rect, label: str) -> None:
        if rect.w > 0 and rect.h > 0:
            self.items.append(Drawn("image", tuple(rect), label))  # type: ignore[arg-type]

    def clear(self) -> None:
        self.items.clear()

    def of(self, kind: Kind) -> list[Drawn]:
        return [d for d in self.items if d.kind == kind]


def _inside(inner: pygame.Rect, outer: pygame.Rect, slack: int = TOLERANCE_PX) -> bool:
    return outer.inflate(2 * slack, 2 * slack).contains(inner)


def _cross(a: pygame.Rect, b: pygame.Rect, slack: int = TOLERANCE_PX) -> bool:
    """True when ``a`` and ``b`` share more than a rounding pixel."""
    return a.inflate(-2 * slack, -2 * slack).colliderect(b)


def _name(d: Drawn) -> str:
    text = d.label if len(d.label) <= 40 else d.label[:39] + "…"
    return f"{d.kind} '{text}' at {tuple(d.rect)}"


def problems(probe: LayoutProbe, screen: tuple[int, int]) -> list[str]:
    """Every layout fault in one frame's draws, each as a sentence naming both parties."""
    out: list[str] = []
    bounds = pygame.Rect((0, 0), screen)
    panels = probe.of("panel")
    content = [d for d in probe.items if d.kind != "panel"]
    for d in probe.items:
        if not _inside(d.box, bounds):
            out.append(f"{_name(d)} leaves the {screen[0]}x{screen[1]} screen")
    for i, a in enumerate(panels):
        for b in panels[i + 1 :]:
            ra, rb = a.box, b.box
            if _cross(ra, rb) and not (_inside(ra, rb) or _inside(rb, ra)):
                out.append(f"{_name(a)} and {_name(b)} overlap")
    for d in content:
        for p in panels:
            if _cross(d.box, p.box) and not _inside(d.box, p.box):
                out.append(f"{_name(d)} spills over the edge of {_name(p)}")
    for i, a in enumerate(content):
        for b in content[i + 1 :]:
            if _cross(a.box, b.box):
                out.append(f"{_name(a)} and {_name(b)} cover each other")
    return out
