"""Mods: where to put maps, which ones were found, and what is wrong with the broken ones."""

from __future__ import annotations

from pathlib import Path

import pygame

from game.app.scenes.menu_scene import InfoScene
from game.app.ui import theme as th

PROBLEM_CHARS = 140


def problem_line(error: str, file: Path | None) -> str:
    """The first problem of a broken mod, fit for one line under its name.

    Messages start with the map's full path, which on this screen (under the
    folder and the track's name) would fill the line before the problem
    begins, so the path is cut to the file name; more problems are counted.
    """
    lines = error.splitlines() or [""]
    first = lines[0]
    if file is not None and first.startswith(f"{file}: "):
        first = f"{file.name}: {first[len(str(file)) + 2 :]}"
    more = f" (+{len(lines) - 1} more)" if len(lines) > 1 else ""
    room = PROBLEM_CHARS - len(more)
    return (first if len(first) <= room else first[: room - 3] + "...") + more


class ModsScene(InfoScene):
    name = "mods"
    title = "Mods"
    subtitle = "Tracks drawn in Tiled: drop .tmx files (with their tilesets) in the mods folder."

    def draw_extra(self, surface: pygame.Surface) -> None:
        theme = self.app.theme
        s = theme.scale(surface)
        w, _h = surface.get_size()
        panel = pygame.Rect(round(70 * s), round(180 * s), round(w - 140 * s), round(410 * s))
        theme.panel(surface, panel, 170)
        from game.content.catalog import default_mods_dir

        folder = self.app.content.mods_dir or default_mods_dir()  # what the catalogue reads
        x, y = panel.left + 28 * s, panel.top + 22 * s
        theme.text(surface, f"Folder: {folder}", 24, (x, y), th.MUTED)
        y += 44 * s
        mods = [t for t in self.app.content.tracks() if t.file is not None and t.id.startswith("mod:")]
        if not mods:
            theme.text(surface, "No mod tracks found yet.", 30, (x, y), th.INK)
            from game.paths import LEVELS_DIR

            hints = (
                f"Open {LEVELS_DIR / 'fasttrack.tiled-project'} in Tiled to get typed objects,",
                "draw a track (docs/MODDING.md walks through one), save it in the folder above,",
                "and check it with: python -m game check-map FILE.tmx",
            )
            for k, hint in enumerate(hints):
                theme.text(surface, hint, 22, (x, y + (44 + 30 * k) * s), th.MUTED)
            return
        for option in mods[:8]:
            ok = option.error is None
            theme.text(
                surface,
                option.name + ("" if ok else "  (broken)"),
                28,
                (x, y),
                th.GOOD if ok else th.BAD,
                bold=True,
            )
            if not ok and option.error:
                theme.text(
                    surface, problem_line(option.error, option.file), 20, (x + 30 * s, y + 32 * s), th.MUTED
                )
                y += 26 * s
            y += 44 * s
