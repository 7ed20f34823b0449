"""RaceRenderer: the one object the race scene calls to show a race.

``update(dt, snapshot, events, hud)`` advances everything that changes with
time (camera, particles, skid marks, chunk preparation); ``draw(surface,
previous, snapshot, alpha, hud)`` paints a frame, interpolating cars between
the last two simulation snapshots, and changes nothing but caches. The frame
is built back to front: ground chunks (with baked skid marks), props, car
shadows, flames, cars, smoke, overhead chunks, lamp heads, the night overlay,
glowing particles, the player's marker, then the HUD.

The player must be findable at a glance: their car is drawn last of the cars,
in a colour no rival wears (rivals near it are repainted, see
``vehicle_sprites.livery``), with a light outline; at night a soft light rides
with it; and the marker over it is painted after smoke, bridges and the night
overlay, so nothing on the road can cover or darken it.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence

import pygame

from game.app.render.camera import Camera, CameraPose, snap_scales
from game.app.render.chunks import ChunkCache
from game.app.render.effects import Effects
from game.app.render.ghosts import GhostDrawer, GhostMarker
from game.app.render.hud import Hud
from game.app.render.hud_state import HudState, RenderOptions
from game.app.render.hud_texts import HudTexts, hud_texts
from game.app.render.lighting import CarLight, Light, NightLighting, lights_for
from game.app.render.minimap import Minimap
from game.app.render.particles import ParticleFrames
from game.app.render.poses import Pose, interpolate, player_marker
from game.app.render.props import FLAME_LENGTH_M, WorldSprites
from game.app.render.tile_ground import TileGround, TileImages, parse_colour, split_layers
from game.app.render.track_ground import TrackGround
from game.app.render.vehicle_art import RGB, parse_hex
from game.app.render.vehicle_sprites import VehicleSprites, livery, player_paint
from game.content.mapdata import MapRender
from game.sim.race.events import Respawned
from game.sim.snapshot import VehicleView, WorldSnapshot
from game.sim.track import Track
from game.sim.vehicle import VehicleSpec

ZOOMS = (11.0, 9.5, 8.0, 6.5)
"""Screen pixels per metre from standing still to flat out."""
BIKE_ZOOM = 1.15
"""A rider sees the road this much closer than a driver: a bike is a third of a car's length."""
PLAYER_GLOW_M = 1.4
"""At night a soft light this far beyond the player's car keeps its paint readable on dark asphalt."""
SHADOW_OFFSET_M = (0.35, 0.55)
DAMAGED_FROM = 0.4
SHAKE_FROM_DV = 3.0
PREPARE_BUDGET = 1
"""Chunks painted ahead of need per update: one keeps the frame time flat."""
WARM_SPRITES = 4
"""Sprites rotated per update while getting a new zoom level ready."""


class RaceRenderer:
    """Draws one race for one player at one screen size.

    ``vehicle_specs`` is either every entrant's spec in vehicle-index order (then
    the speedometer is scaled to the player's car) or a mapping of spec id to
    spec (then it is scaled to the fastest car).
    """

    def __init__(
        self,
        screen_size: tuple[int, int],
        track: Track,
        map_render: MapRender | None,
        vehicle_specs: Mapping[str, VehicleSpec] | Sequence[VehicleSpec],
        player_index: int,
        options: RenderOptions | None = None,
        wide_zooms: tuple[float, ...] = (),
    ) -> None:
        """``wide_zooms``: extra, wider zoom levels after the race's own, never picked by the speed
        zoom, for views chosen by hand (the replay viewer's free camera)."""
        self.size = screen_size
        self.track = track
        self.map_render = map_render
        if isinstance(vehicle_specs, Mapping):
            self.specs: dict[str, VehicleSpec] = dict(vehicle_specs)
            player_spec = None
        else:
            self.specs = {s.id: s for s in vehicle_specs}
            player_spec = vehicle_specs[player_index] if 0 <= player_index < len(vehicle_specs) else None
        self.player_index = player_index
        self.options = options or RenderOptions()
        self.night = bool(track.night or (map_render is not None and map_render.night))
        zooms: tuple[float, ...] = ZOOMS
        if player_spec is not None and player_spec.kind == "bike":
            zooms = tuple(z * BIKE_ZOOM for z in ZOOMS)
        if map_render is not None:
            self.scales = snap_scales(zooms, map_render.tile_width, map_render.pixels_per_metre)
            wide = snap_scales(wide_zooms, map_render.tile_width, map_render.pixels_per_metre)
        else:
            self.scales, wide = zooms, wide_zooms
        auto_levels = len(self.scales)
        self.scales = self.scales + tuple(z for z in wide if z < min(self.scales))
        self.camera = Camera(
            screen_size, self.scales, (track.width_m, track.height_m), self.options.screen_shake, auto_levels
        )
        self.effects = Effects(self.specs, self.options.effects)
        w, h = screen_size
        per_view = (w // 256 + 3) * (h // 256 + 3)
        capacity = per_view * 2
        self.ground: ChunkCache
        self.overhead: ChunkCache | None = None
        self.map_problems: list[str] = []
        """Tileset pictures that could not be used (drawn as stand-ins), one sentence each."""
        if map_render is not None:
            images = TileImages(map_render)
            self.map_problems = images.preload()  # decoded at the start, not mid-race
            below, above = split_layers(map_render)
            bg = parse_colour(map_render.background_color) or (58, 96, 50)
            self.ground = ChunkCache(
                TileGround(map_render, below, images, bg),
                self.scales,
                capacity,
                after_paint=self.effects.skids.paint_into,
            )
            if above:
                self.overhead = ChunkCache(
                    TileGround(map_render, above, images, None), self.scales, capacity, alpha=True
                )
        else:
            self.ground = ChunkCache(
                TrackGround(track), self.scales, capacity, after_paint=self.effects.skids.paint_into
            )
        self.sprites = VehicleSprites(self.specs, self.scales)
        self.ghosts = GhostDrawer(self.sprites, h / 720.0)
        self.world_sprites = WorldSprites(self.scales)
        self._particle_frames: dict[int, ParticleFrames] = {}
        self.lamp_heads: list[Light] = []
        self.lighting = None
        if self.night or map_render is None:
            lights, invented = lights_for(track, map_render)
            # invented lamps get posts only where nobody drew the scenery (a track built in code)
            self.lamp_heads = lights if invented and map_render is None else []
            if self.night:
                self.lighting = NightLighting(screen_size, self.scales, lights)
        minimap = None
        if self.options.minimap:
            k = h / 720.0
            minimap = Minimap(track, (round(230 * k), round(150 * k)))
        if player_spec is not None:
            top = player_spec.expect_top_kmh[1]
        else:
            top = max((sp.expect_top_kmh[1] for sp in self.specs.values()), default=240.0)
        dial_max = max(40.0, math.ceil(top * 1.12 / 20.0) * 20.0)
        self.hud = Hud(screen_size, minimap, dial_max, self.options.units)
        self._colours = {sid: parse_hex(s.color) for sid, s in self.specs.items()}
        self._looks: dict[tuple[int, str], tuple[str, RGB]] = {}
        """(vehicle index, spec id) -> the sprite key and colour it is drawn in (see :meth:`livery`)."""
        self._mine: dict[str, RGB] = {}
        self._markers: dict[RGB, pygame.Surface] = {}
        self._marker_size = round(17 * h / 720.0)
        self._player_car: str | None = player_spec.id if player_spec is not None else None
        """The player's car as last seen in a snapshot: the colour every other is chosen around."""
        self._marker_at: tuple[float, float, int] | None = None
        """Where the player's car was drawn this frame (screen x, y, sprite half height)."""

    def paint_of(self, spec_id: str) -> RGB:
        """The player's colour in car ``spec_id`` (the chosen paint, or the car's own, lifted)."""
        mine = self._mine.get(spec_id)
        if mine is None:
            mine = player_paint(self.specs[spec_id], self.options.player_colour)
            self._mine[spec_id] = mine
        return mine

    def livery(self, index: int, spec_id: str) -> tuple[str, RGB]:
        """The sprite key and colour vehicle ``index`` (driving ``spec_id``) is drawn in.

        The player's colour is that of whatever the player drives; a rival near
        it is repainted. Worked out per vehicle on first sight, so a session
        whose specs are given by id (no index order) gets the same choice.
        """
        key = (index, spec_id)
        hit = self._looks.get(key)
        if hit is None:
            player = self._player_car
            mine = self.paint_of(player) if player is not None else self._colours[spec_id]
            taken = [*self._colours.values(), *(c for _k, c in self._looks.values())]
            colour = livery(self._colours[spec_id], index, self.player_index, mine, taken)
            hit = (self.sprites.paint(spec_id, colour, outline=index == self.player_index), colour)
            self._looks[key] = hit
        return hit

    def _note_player(self, snapshot: WorldSnapshot) -> None:
        for v in snapshot.vehicles:
            if v.index == self.player_index:
                if v.spec_id != self._player_car and v.spec_id in self.specs:
                    self._player_car = v.spec_id
                    self._looks.clear()  # a new car for the player: rivals are chosen around it anew
                return

    def marker(self) -> pygame.Surface:
        """The chevron over the player's car, in the player's colour."""
        mine = self.paint_of(self._player_car) if self._player_car is not None else (255, 138, 36)
        m = self._markers.get(mine)
        if m is None:
            m = player_marker(self._marker_size, mine)
            self._markers[mine] = m
        return m

    # -- time --------------------------------------------------------------------------

    def update(
        self,
        dt_real: float,
        snapshot: WorldSnapshot,
        events: Iterable[object] = (),
        hud_state: HudState | None = None,
    ) -> None:
        """Advance camera, effects and chunk preparation by ``dt_real`` seconds of wall time."""
        events = list(events)
        self._note_player(snapshot)
        player = self._player(snapshot)
        if player is not None:
            self.camera.update(dt_real, player.vx, player.vy)
        impacts = self.effects.update(dt_real, snapshot, events)
        for hit in impacts:
            if self.player_index in (hit.vehicle, hit.other) and hit.delta_v > SHAKE_FROM_DV:
                self.camera.add_trauma(min(0.8, (hit.delta_v - SHAKE_FROM_DV) / 14.0))
        for ev in events:
            if isinstance(ev, Respawned):
                self.effects.forget(ev.vehicle)
        self.effects.skids.stamp(self.ground)
        if player is not None:
            self._prepare(snapshot, player)

    def _ahead(self, pose: CameraPose, vx: float, vy: float) -> tuple[int, int]:
        """The view's corner shifted one chunk toward where the car is heading (what is needed next)."""
        c = self.ground.chunk_px
        dx = c if vx > 2.0 else -c if vx < -2.0 else 0
        dy = c if vy > 2.0 else -c if vy < -2.0 else 0
        return pose.left + dx, pose.top + dy

    def _prepare(self, snapshot: WorldSnapshot, player: VehicleView) -> None:
        """Paint chunks about to be needed, a few per update; switch zoom once the new level is ready."""
        w, h = self.size
        cam = self.camera
        x, y = player.x, player.y
        pose = cam.pose(x, y)
        keys = list(self.ground.keys_for(pose.bucket, pose.left, pose.top, w, h))
        budget = PREPARE_BUDGET
        if not self.ground.prepare(keys, budget):
            return
        wanted = cam.wanted_bucket()
        if wanted != cam.bucket:
            if self._warm(wanted, snapshot, cam.pose(x, y, wanted)):
                cam.commit(wanted)
            return
        ahead = self._ahead(pose, player.vx, player.vy)
        ring = list(self.ground.keys_for(pose.bucket, ahead[0], ahead[1], w, h))
        if self.ground.prepare(ring, budget) and self.overhead is not None:
            self.overhead.prepare(
                list(self.overhead.keys_for(pose.bucket, pose.left, pose.top, w, h)), budget
            )

    def _warm(self, bucket: int, snapshot: WorldSnapshot, pose: CameraPose) -> bool:
        """Build a little of what a zoom level needs (chunks, sprites, particles, lights); True when done.

        Switching zoom would otherwise paint a screenful of chunks and redraw
        every car in one frame; spread over a few updates nobody sees it.
        """
        w, h = self.size
        if not self.ground.prepare(
            list(self.ground.keys_for(bucket, pose.left, pose.top, w, h)), PREPARE_BUDGET
        ):
            return False
        if self.overhead is not None and not self.overhead.prepare(
            list(self.overhead.keys_for(bucket, pose.left, pose.top, w, h)), PREPARE_BUDGET
        ):
            return False
        budget = WARM_SPRITES
        for v in snapshot.vehicles:
            if v.spec_id not in self.specs:
                continue
            key = self.livery(v.index, v.spec_id)[0]
            for sid, cond in ((v.spec_id, "shadow"), (key, _condition(v))):
                if not self.sprites.has(sid, bucket, v.heading, cond):
                    self.sprites.get(sid, bucket, v.heading, cond)
                    budget -= 1
                    if budget <= 0:
                        return False
        if bucket not in self._particle_frames:
            self._frames(bucket)
            return False
        if self.lighting is not None:
            return self.lighting.warm(bucket, [v.heading for v in snapshot.vehicles], WARM_SPRITES)
        return True

    def _player(self, snapshot: WorldSnapshot) -> VehicleView | None:
        for v in snapshot.vehicles:
            if v.index == self.player_index:
                return v
        return snapshot.vehicles[0] if snapshot.vehicles else None

    # -- drawing -----------------------------------------------------------------------

    def view_pose(self, previous: WorldSnapshot | None, snapshot: WorldSnapshot, alpha: float) -> CameraPose:
        """The camera for a frame (pure): where the world is on screen."""
        poses = interpolate(previous, snapshot, alpha)
        me = next((p for p in poses if p.view.index == self.player_index), poses[0] if poses else None)
        if me is None:
            return self.camera.pose(self.track.width_m / 2, self.track.height_m / 2)
        return self.camera.pose(me.x, me.y)

    def world_to_screen(
        self, x: float, y: float, previous: WorldSnapshot | None, snapshot: WorldSnapshot, alpha: float
    ) -> tuple[float, float]:
        pose = self.view_pose(previous, snapshot, alpha)
        return x * pose.scale - pose.left, y * pose.scale - pose.top

    def hud_texts(self, snapshot: WorldSnapshot, hud_state: HudState) -> HudTexts:
        """The strings the HUD shows for this snapshot (what :meth:`draw` would draw)."""
        return hud_texts(hud_state, self._player(snapshot), self.options.units)

    def draw(
        self,
        surface: pygame.Surface,
        previous: WorldSnapshot | None,
        snapshot: WorldSnapshot,
        alpha: float,
        hud_state: HudState | None = None,
        ghosts: Sequence[GhostMarker] = (),
        camera: CameraPose | None = None,
    ) -> HudTexts:
        """Paint one frame onto ``surface``; returns the HUD strings drawn.

        ``ghosts`` are translucent cars drawn on the road under the real ones
        (time-trial ghosts); ``camera`` replaces the follow camera for this
        frame (a free camera, see :meth:`Camera.free_pose`).
        """
        w, h = surface.get_size()
        self._note_player(snapshot)
        self._marker_at = None
        poses = interpolate(previous, snapshot, alpha)
        pose = camera or self.view_pose(previous, snapshot, alpha)
        b, scale, left, top = pose.bucket, pose.scale, pose.left, pose.top
        blits: list[tuple[pygame.Surface, tuple[int, int]]] = []
        self.ground.blits(b, left, top, w, h, blits)
        surface.fblits(blits)
        blits.clear()
        self._props(snapshot, pose, blits)
        if ghosts:
            self.ghosts.blits(ghosts, pose, w, h, blits)
        phase = int(self.effects.clock * 5.0) % 2
        flames: list[tuple[pygame.Surface, tuple[int, int]]] = []
        cars: list[CarLight] = []
        ordered = sorted(poses, key=lambda p: p.view.index == self.player_index)
        for p in ordered:
            self._vehicle(p, pose, phase, blits, flames, cars, w, h)
        surface.fblits(blits)
        if flames:
            surface.fblits(flames, pygame.BLEND_ADD)
        blits.clear()
        additive: list[tuple[pygame.Surface, tuple[int, int]]] = []
        self.effects.pool.blits(self._frames(b), scale, left, top, w, h, blits, additive)
        if self.overhead is not None:
            self.overhead.blits(b, left, top, w, h, blits)
        if self.lamp_heads:
            lamp = self.world_sprites.lamp(b)
            half = lamp.get_width() // 2
            for lt in self.lamp_heads:
                sx, sy = round(lt.x * scale) - left, round(lt.y * scale) - top
                if -half < sx < w + half and -half < sy < h + half:
                    blits.append((lamp, (sx - half, sy - half)))
        surface.fblits(blits)
        if self.lighting is not None:
            self.lighting.apply(surface, pose, cars)
            if flames:
                surface.fblits(flames, pygame.BLEND_ADD)
        if additive:
            surface.fblits(additive, pygame.BLEND_ADD)
        if self._marker_at is not None:  # over smoke, bridges and the night: nothing hides it
            mx, my, hh = self._marker_at
            mark = self.marker()
            surface.blit(mark, (round(mx) - mark.get_width() // 2, round(my) - hh - mark.get_height() - 1))
        if ghosts:
            self.ghosts.labels(surface, ghosts, pose)
        state = hud_state or HudState(time_s=snapshot.time_s)
        player = next((p.view for p in poses if p.view.index == self.player_index), None)
        dots = [
            (
                p.x,
                p.y,
                self.livery(p.view.index, p.view.spec_id)[1]
                if p.view.spec_id in self.specs
                else (200, 200, 200),
                p.view.index == self.player_index,
            )
            for p in poses
        ]
        return self.hud.draw(surface, state, player, dots)

    def _frames(self, bucket: int) -> ParticleFrames:
        f = self._particle_frames.get(bucket)
        if f is None:
            f = ParticleFrames(self.scales[bucket])
            self._particle_frames[bucket] = f
        return f

    def _props(
        self, snapshot: WorldSnapshot, pose: CameraPose, out: list[tuple[pygame.Surface, tuple[int, int]]]
    ) -> None:
        props = self.track.props
        for pv in snapshot.props:
            radius = props[pv.index].radius if pv.index < len(props) else 0.4
            s = self.world_sprites.prop(pv.kind, radius, pose.bucket)
            half = s.get_width() // 2
            out.append(
                (s, (round(pv.x * pose.scale) - pose.left - half, round(pv.y * pose.scale) - pose.top - half))
            )

    def _vehicle(
        self,
        p: Pose,
        pose: CameraPose,
        phase: int,
        out: list[tuple[pygame.Surface, tuple[int, int]]],
        flames: list[tuple[pygame.Surface, tuple[int, int]]],
        cars: list[CarLight],
        w: int,
        h: int,
    ) -> None:
        v = p.view
        spec = self.specs.get(v.spec_id)
        if spec is None:
            return
        mine = v.index == self.player_index
        glow = PLAYER_GLOW_M if mine else 0.0
        b, scale = pose.bucket, pose.scale
        sx, sy = p.x * scale - pose.left, p.y * scale - pose.top
        reach = spec.length_m * scale + FLAME_LENGTH_M * scale
        if not (-reach < sx < w + reach and -reach < sy < h + reach):
            if self.lighting is not None:  # its headlights may still reach the screen
                cars.append(CarLight(p.x, p.y, p.heading, spec.length_m / 2, _lit(v), glow_m=glow))
            return
        condition = _condition(v)
        police = self.sprites.is_police(v.spec_id) and not v.wrecked
        shadow, sw, sh = self.sprites.get(v.spec_id, b, p.heading, "shadow")
        out.append(
            (
                shadow,
                (round(sx + SHADOW_OFFSET_M[0] * scale) - sw, round(sy + SHADOW_OFFSET_M[1] * scale) - sh),
            )
        )
        if v.nitrous_on and not v.wrecked:
            long = int(self.effects.clock * 20.0) % 2 == 0
            flame = self.world_sprites.flame(b, p.heading, long)
            back = (spec.length_m / 2 + FLAME_LENGTH_M * (0.5 if long else 0.39)) * scale
            c, s = math.cos(p.heading), math.sin(p.heading)
            flames.append(
                (
                    flame,
                    (
                        round(sx - c * back - flame.get_width() / 2),
                        round(sy - s * back - flame.get_height() / 2),
                    ),
                )
            )
        key = self.livery(v.index, v.spec_id)[0]
        sprite, hw, hh = self.sprites.get(key, b, p.heading, condition, phase if police else 0)
        out.append((sprite, (round(sx) - hw, round(sy) - hh)))
        if mine:
            self._marker_at = (sx, sy, hh)
        cars.append(
            CarLight(
                p.x,
                p.y,
                p.heading,
                spec.length_m / 2,
                _lit(v),
                phase if police else -1,
                v.nitrous_on and not v.wrecked,
                v.wrecked,
                glow,
            )
        )


def _condition(v: VehicleView) -> str:
    """Which sprite a vehicle wears: a fallen bike lies dark, like a wreck, until it is stood up."""
    if v.wrecked or v.fallen:
        return "wrecked"
    return "damaged" if v.damage >= DAMAGED_FROM else "clean"


def _lit(v: VehicleView) -> bool:
    """Headlights: off on a wreck and on a bike lying on its side."""
    return not (v.wrecked or v.fallen)
