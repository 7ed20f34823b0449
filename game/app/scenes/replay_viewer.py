"""Watching a replay: the recorded race re-simulated step by step, with a director's camera.

A replay holds inputs, not pictures, so watching one *is* racing it again:
:func:`~game.content.replays.prepare` rebuilds the session (refusing a
changed track or tuning with one sentence), then each update feeds the
tape's next controls to the same ``step`` the race used, and the driving
scene's pipeline (snapshots, interpolation, events to the view, the HUD)
shows it. The viewer keeps its own transport: speed is a number of steps
per update — paused (0), slow motion (one step every fourth update), normal
(1) or fast (4) — and Home starts again. The camera follows any car, or
flies free over the map (keys, mouse drag, zoom levels wider than the
race's). Watching is silent, as it always was.

Opening a replay file (``python -m game replay FILE``) or one in memory
(the results screens, through ``app.flow.watch``) ends here; a replay that
cannot be played back becomes a message screen with its one sentence.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pygame

from game.app.heap import settle_after_build
from game.app.player_files import message_lines
from game.app.scenes.base import Scene
from game.app.scenes.driving import DrivingScene, hud_state
from game.app.scenes.menu_scene import MessageScene
from game.app.ui import theme as th
from game.content.errors import ContentError
from game.content.library import LoadedTrack
from game.sim.replay import Playback
from game.sim.world import DT

if TYPE_CHECKING:
    from game.app.render import HudState
    from game.app.scenes.base import App
    from game.content.replays import MissionPlay, Replay
    from game.sim.play import Play
    from game.sim.session import RaceSession
    from game.sim.snapshot import VehicleView, WorldSnapshot

log = logging.getLogger(__name__)

SPEEDS = (0.25, 1.0, 4.0)
"""Slow motion, normal, fast: sim steps per update."""
WIDE_ZOOMS = (5.0, 3.5, 2.4)
"""Wider views than the race camera's, for the free camera (px per metre)."""
PAN_PX_S = 900.0
"""Free-camera speed with the keys, in screen pixels per second (the same feel at every zoom)."""
PAN_KEYS = {
    pygame.K_LEFT: (-1, 0),
    pygame.K_a: (-1, 0),
    pygame.K_RIGHT: (1, 0),
    pygame.K_d: (1, 0),
    pygame.K_UP: (0, -1),
    pygame.K_w: (0, -1),
    pygame.K_DOWN: (0, 1),
    pygame.K_s: (0, 1),
}
HINTS = (
    "Space pause   [ ] speed   Arrows/WASD/drag pan   +/- or wheel zoom   "
    "F follow   1-8 / Tab car   Home restart   Esc back"
)


# -- opening ---------------------------------------------------------------------------------------


def open_replay(app: App, path: Path) -> Scene:
    """The viewer for a replay file, or a message scene saying why it cannot be shown."""
    from game.content.replays import load_replay

    try:
        replay = load_replay(path)
    except ContentError as exc:
        return _problem(app, str(exc))
    return watch(app, replay, path)


def watch(app: App, replay: Replay, where: Path | str = "this replay") -> Scene:
    """The viewer for a replay in memory, or a message scene if it cannot be played back."""
    try:
        return ReplayViewerScene(app, replay, where)
    except ContentError as exc:
        return _problem(app, str(exc))
    except Exception as exc:  # a bug below us must not end the game: report it and carry on
        log.exception("replay could not be prepared")
        return _problem(app, f"{where}: could not be played back ({type(exc).__name__}); see the log.")


def _problem(app: App, text: str) -> Scene:
    scene = MessageScene(app, "Replay", message_lines(text))
    scene.name = "replay-error"
    return scene


def mission_map(app: App, ref: str) -> LoadedTrack:
    """The map (with its art) of the mission a replay names, through the app's library."""
    from game.content.missions import find_mission, load_mission

    return app.content.mission_map(load_mission(find_mission(ref), app.content.vehicles()))


# -- the viewer --------------------------------------------------------------------------------------


@dataclass(slots=True)
class FreeCamera:
    """Where the free camera looks (metres) and at which zoom level."""

    x: float
    y: float
    bucket: int


class ReplayViewerScene(DrivingScene):
    name = "replay"
    heard = False

    def __init__(self, app: App, replay: Replay, where: Path | str = "this replay") -> None:
        self.replay = replay
        self.where = where
        # a replay file names its track by id only (load_replay refuses paths); a path is left
        # only for a replay recorded in this process
        self.loaded = (
            mission_map(app, replay.setup.track)
            if replay.setup.kind == "mission"
            else app.content.load(replay.setup.track, files=True)
        )
        self.race_info = replay.setup.kind != "time-trial"
        self.speed_i = 1
        self.paused = False
        self.free: FreeCamera | None = None
        self.zoom: int | None = None
        """A zoom level chosen by hand while following (None: the race camera's speed zoom)."""
        self.held: set[int] = set()
        self.dragging = False
        play = self._prepare(app)
        super().__init__(app, play, self.player)

    def _prepare(self, app: App) -> Play:
        """Build the session from the set-up and wind the tape back: the whole replay starts again."""
        from game.content.replays import prepare, prepare_mission

        replay = self.replay
        self.session: RaceSession | MissionPlay
        if replay.setup.kind == "mission":
            _, self.session = prepare_mission(replay, self.where)
        else:
            _, self.session = prepare(
                replay, self.where, track=self.loaded.track, specs=app.content.vehicles()
            )
        entrants = self.session.entrants
        if replay.tape.vehicles:
            self.player = replay.tape.vehicles[0]
        else:
            self.player = len(entrants) - 1 if replay.setup.grid == "back" else 0
        self.follow = getattr(self, "follow", self.player)
        self.follow = self.follow if self.follow < len(entrants) else self.player
        self.playback = Playback(self.session, replay.tape)
        self.debt = 0.0
        self.ended = False
        self.in_sync: bool | None = None
        return self.playback

    def restart(self) -> None:
        """Home: the replay from the start (the camera stays where it is)."""
        self.attach(self._prepare(self.app))
        settle_after_build()

    def make_view(self) -> Any:
        from game.app.render import RaceRenderer, RenderOptions

        return RaceRenderer(
            self.app.size,
            self.loaded.track,
            self.loaded.render,
            [e.spec for e in self.session.entrants],
            self.follow,
            RenderOptions(units=self.app.settings.units),
            wide_zooms=WIDE_ZOOMS,
        )

    @property
    def pausable(self) -> bool:
        return False  # the viewer pauses itself (Space); focus loss and pads leave it running

    # -- reading ------------------------------------------------------------------------------------

    @property
    def speed(self) -> float:
        return SPEEDS[self.speed_i]

    @property
    def total_steps(self) -> int:
        return self.replay.tape.steps

    def followed(self, snapshot: WorldSnapshot | None = None) -> VehicleView | None:
        snap = snapshot or self.snap
        return next((v for v in snap.vehicles if v.index == self.follow), None)

    def car_name(self, index: int) -> str:
        entrants = self.session.entrants
        if not 0 <= index < len(entrants):
            return "?"
        e = entrants[index]
        return f"{e.name} ({e.spec.name})"

    def hud_state(self) -> HudState:
        """The followed car's race (no banners: those were the player's, at the time)."""
        index = min(self.follow, len(self.session.entrants) - 1)
        return hud_state(self.play.hud(index), self.app.settings.units, race_info=self.race_info)

    # -- input --------------------------------------------------------------------------------------

    def handle_event(self, event: pygame.event.Event) -> None:
        if event.type == pygame.KEYDOWN:
            self._key(event.key)
        elif event.type == pygame.KEYUP:
            self.held.discard(event.key)
        elif event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
            self.dragging = True
        elif event.type == pygame.MOUSEBUTTONUP and event.button == 1:
            self.dragging = False
        elif event.type == pygame.MOUSEMOTION and self.dragging:
            free = self._go_free()
            scale = self.view.scales[free.bucket]
            free.x -= event.rel[0] / scale
            free.y -= event.rel[1] / scale
        elif event.type == pygame.MOUSEWHEEL:
            self._zoom(-1 if event.y > 0 else 1)
        elif self.app.input.menu_action(event) == "back":
            self.close()

    def _key(self, key: int) -> None:
        if key == pygame.K_ESCAPE:
            self.close()
        elif key in (pygame.K_SPACE, pygame.K_p):
            self.paused = not self.paused
        elif key in (pygame.K_LEFTBRACKET, pygame.K_COMMA):
            self.speed_i = max(0, self.speed_i - 1)
        elif key in (pygame.K_RIGHTBRACKET, pygame.K_PERIOD):
            self.speed_i = min(len(SPEEDS) - 1, self.speed_i + 1)
        elif key in (pygame.K_PLUS, pygame.K_EQUALS, pygame.K_KP_PLUS):
            self._zoom(-1)
        elif key in (pygame.K_MINUS, pygame.K_KP_MINUS):
            self._zoom(1)
        elif key in (pygame.K_f, pygame.K_c, pygame.K_RETURN):
            self.follow_car(self.follow)
        elif key == pygame.K_TAB:
            self.follow_car((self.follow + 1) % len(self.session.entrants))
        elif pygame.K_1 <= key <= pygame.K_9:
            n = key - pygame.K_1
            if n < len(self.session.entrants):
                self.follow_car(n)
        elif key in (pygame.K_HOME, pygame.K_r):
            self.restart()
        elif key in PAN_KEYS:
            self.held.add(key)
            self._go_free()

    def close(self) -> None:
        self.app.sound("ui_back")
        self.app.stack.pop()

    def follow_car(self, index: int) -> None:
        """Back to a chase camera, on car ``index`` (its speed on the dial, its marker)."""
        self.follow = index
        self.view.player_index = index
        self.free = None
        self.zoom = None

    def _go_free(self) -> FreeCamera:
        if self.free is None:
            pose = self.view.view_pose(self.prev, self.snap, 1.0)
            w, h = self.view_size
            self.free = FreeCamera(
                (pose.left + w / 2) / pose.scale,
                (pose.top + h / 2) / pose.scale,
                self.zoom if self.zoom is not None else pose.bucket,
            )
        return self.free

    def _zoom(self, step: int) -> None:
        levels = len(self.view.scales)
        if self.free is not None:
            self.free.bucket = max(0, min(levels - 1, self.free.bucket + step))
        else:
            current = self.zoom if self.zoom is not None else self.view.camera.bucket
            self.zoom = max(0, min(levels - 1, current + step))

    # -- stepping -----------------------------------------------------------------------------------

    def update(self, dt: float) -> None:
        steps = 0
        if not self.paused and not self.ended:
            self.debt += self.speed
            steps = int(self.debt + 1e-9)
            self.debt -= steps
        before = self.snap
        for _ in range(steps):
            if self.step_i >= self.total_steps:
                self._end()
                break
            self.step_once()
            if self.step_i >= self.total_steps:
                self._end()
        self._pan(dt)
        if steps:
            self.prev = before  # one frame spans all of this update's steps
            self.refresh(steps * DT)
        else:
            self.fit_view()

    @property
    def step_i(self) -> int:
        """How far into the tape the viewer is (steps)."""
        return self.playback.step_index

    def advance(self) -> None:
        """One recorded step: the tape's resets, then its controls (the playback knows both)."""
        self.playback.step()

    def _end(self) -> None:
        if not self.ended:
            self.ended = True
            self.in_sync = self.session.state_hash() == self.replay.state_hash

    def _pan(self, dt: float) -> None:
        if not self.held or self.free is None:
            return
        dx = sum(PAN_KEYS[k][0] for k in self.held if k in PAN_KEYS)
        dy = sum(PAN_KEYS[k][1] for k in self.held if k in PAN_KEYS)
        scale = self.view.scales[self.free.bucket]
        self.free.x += dx * PAN_PX_S * dt / scale
        self.free.y += dy * PAN_PX_S * dt / scale

    # -- drawing ------------------------------------------------------------------------------------

    def camera_pose(self, alpha: float) -> Any:
        """The free camera's view, the hand-zoomed follow view, or None for the race camera."""
        if self.free is not None:
            return self.view.camera.free_pose(self.free.x, self.free.y, self.free.bucket)
        if self.zoom is not None:
            car = self.followed()
            before = self.followed(self.prev)
            if car is not None:
                a = self._alpha(alpha)
                x = car.x if before is None else before.x + (car.x - before.x) * a
                y = car.y if before is None else before.y + (car.y - before.y) * a
                return self.view.camera.free_pose(x, y, self.zoom)
        return None

    def _alpha(self, alpha: float) -> float:
        """How far between the last two drawn states: slow motion spreads one step over several updates."""
        if self.paused or self.ended:
            return 1.0
        if self.speed < 1.0:
            return min(1.0, self.debt + alpha * self.speed)
        return alpha

    def draw_view(self, surface: pygame.Surface, alpha: float) -> None:
        self.view.draw(
            surface, self.prev, self.snap, self._alpha(alpha), self.hud, camera=self.camera_pose(alpha)
        )

    def draw_overlay(self, surface: pygame.Surface, alpha: float) -> None:
        theme = self.app.theme
        s = theme.scale(surface)
        h = surface.get_height()
        box = pygame.Rect(round(16 * s), h - round(122 * s), round(780 * s), round(106 * s))
        theme.panel(surface, box, 215)
        x, y = box.left + 18 * s, box.top + 12 * s
        badge = "PAUSED" if self.paused else f"×{self.speed:g}" if self.speed >= 1 else "×0.25 SLOW"
        r = theme.text(surface, "REPLAY", 24, (x, y), th.ACCENT, bold=True)
        r = theme.text(
            surface, badge, 24, (r.right + 14 * s, y), th.WARN if self.paused else th.ACCENT_2, bold=True
        )
        camera = "Free camera" if self.free is not None else f"Following {self.car_name(self.follow)}"
        theme.text(surface, camera, 22, (r.right + 18 * s, y + 2 * s), th.INK)
        now = self.step_i * DT
        total = self.total_steps * DT
        theme.text(
            surface,
            f"{_clock(now)} / {_clock(total)}",
            22,
            (box.right - 18 * s, y + 2 * s),
            th.INK,
            anchor="topright",
        )
        bar = pygame.Rect(round(x), round(box.top + 46 * s), round(box.width - 36 * s), max(4, round(8 * s)))
        pygame.draw.rect(surface, (40, 48, 76), bar, border_radius=bar.height // 2)
        done = bar.copy()
        done.width = max(bar.height, round(bar.width * (self.step_i / max(1, self.total_steps))))
        pygame.draw.rect(surface, th.ACCENT, done, border_radius=bar.height // 2)
        theme.text(surface, HINTS, 17, (x, box.top + 68 * s), th.MUTED)
        if self.ended:
            self._ended(surface, s)

    def _ended(self, surface: pygame.Surface, s: float) -> None:
        theme = self.app.theme
        w, _h = surface.get_size()
        box = pygame.Rect(0, 0, round(720 * s), round(92 * s))
        box.midtop = (w // 2, round(140 * s))
        theme.panel(surface, box, 230)
        theme.text(
            surface, "END OF REPLAY", 34, (box.centerx, box.top + 12 * s), th.INK, anchor="midtop", bold=True
        )
        if self.in_sync:
            line, colour = "Played back exactly: the final state matches the recording.", th.GOOD
        else:
            line, colour = "The playback drifted from the recording (a different game build?).", th.WARN
        theme.text(
            surface, line + "   Home: again", 20, (box.centerx, box.top + 56 * s), colour, anchor="midtop"
        )


def _clock(seconds: float) -> str:
    m, rest = divmod(max(0.0, seconds), 60.0)
    return f"{int(m)}:{math.floor(rest):02d}"
