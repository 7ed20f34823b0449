"""What every scene with a car under the player's hands shares.

A race, a time trial and a mission differ in their rules and their HUD, but
not in how they treat the player: engine sounds start and stop with the
scene, a pause (the key, a lost window focus, an unplugged pad) opens the
scene's own pause menu and lets go of every held key, so no throttle is
stuck down when the game resumes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.app.input import Notice, PadDisconnected
from game.app.scenes.base import Scene
from game.content.bounded import short

if TYPE_CHECKING:
    from game.sim.snapshot import WorldSnapshot
    from game.sim.vehicle import VehicleSpec


class DrivingScene(Scene):
    """A scene with ``snap`` (the latest world snapshot) that the player drives in."""

    snap: WorldSnapshot

    def engine_specs(self) -> tuple[list[VehicleSpec], int]:
        """Every vehicle whose engine is heard, and which of them is the player's."""
        raise NotImplementedError

    def pause_menu(self, message: str) -> Scene:
        """This scene's pause menu (resume, restart or retry, settings, quit)."""
        raise NotImplementedError

    @property
    def pausable(self) -> bool:
        """False once the drive is over and only its closing seconds play."""
        return True

    def enter(self) -> None:
        self.app.audio.music(False)
        self.app.audio.race_start(*self.engine_specs())
        problems = getattr(getattr(self, "view", None), "map_problems", None)
        if problems:
            more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
            self.app.toast(f"Some track pictures could not be drawn: {short(problems[0], 120)}{more}", 8.0)

    def exit(self) -> None:
        self.app.audio.race_stop()

    def pause(self) -> None:
        self.app.audio.race_update(self.snap, [], paused=True)
        self.app.input.release_all()

    def resume(self) -> None:
        self.app.input.release_all()

    def open_pause(self, message: str = "") -> None:
        if self.app.stack.top is self and self.pausable:
            self.app.stack.push(self.pause_menu(message))

    def notice(self, notice: Notice) -> None:
        if isinstance(notice, PadDisconnected) and (notice.was_driving or not self.app.input.pads):
            self.open_pause(
                f"Controller disconnected ({notice.name}). Reconnect it, or carry on with the keyboard."
            )

    def focus_lost(self) -> None:
        self.open_pause()
