"""RaceRenderer: the one object the race scene calls to show a race.

``update(dt, snapshot, events, hud)`` advances everything that changes with
time (camera, particles, skid marks, chunk preparation); ``draw(surface,
previous, snapshot, alpha, hud)`` paints a frame, interpolating cars between
the last two simulation snapshots, and changes nothing but caches. The frame
is built back to front: ground chunks (with baked skid marks), props, car
shadows, flames, cars, smoke, overhead chunks, lamp heads, the night overlay,
glowing particles, then the HUD.
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
from game.app.render.vehicle_art import parse_hex
from game.app.render.vehicle_sprites import VehicleSprites
from game.content.mapdata import MapRender
from game.sim.race.events import Respawned
from game.sim.snapshot import VehicleView, WorldSnapshot
from game.sim.track import Track
from game.sim.vehicle import VehicleSpec

ZOOMS = (11.0, 9.5, 8.0, 6.5)
"""Screen pixels per metre from standing still to flat out."""
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
        if map_render is not None:
            self.scales = snap_scales(ZOOMS, map_render.tile_width, map_render.pixels_per_metre)
            wide = snap_scales(wide_zooms, map_render.tile_width, map_render.pixels_per_metre)
        else:
            self.scales, wide = ZOOMS, wide_zooms
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
        self.marker = player_marker(round(13 * h / 720.0))

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
            for cond in ("shadow", _condition(v)):
                if not self.sprites.has(v.spec_id, bucket, v.heading, cond):
                    self.sprites.get(v.spec_id, bucket, v.heading, cond)
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
        if ghosts:
            self.ghosts.labels(surface, ghosts, pose)
        state = hud_state or HudState(time_s=snapshot.time_s)
        player = next((p.view for p in poses if p.view.index == self.player_index), None)
        dots = [
            (p.x, p.y, self._colours.get(p.view.spec_id, (200, 200, 200)), p.view.index == self.player_index)
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
        b, scale = pose.bucket, pose.scale
        sx, sy = p.x * scale - pose.left, p.y * scale - pose.top
        reach = spec.length_m * scale + FLAME_LENGTH_M * scale
        if not (-reach < sx < w + reach and -reach < sy < h + reach):
            if self.lighting is not None:  # its headlights may still reach the screen
                cars.append(CarLight(p.x, p.y, p.heading, spec.length_m / 2, _lit(v)))
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
        sprite, hw, hh = self.sprites.get(v.spec_id, b, p.heading, condition, phase if police else 0)
        out.append((sprite, (round(sx) - hw, round(sy) - hh)))
        if v.index == self.player_index:
            mark = self.marker
            out.append((mark, (round(sx) - mark.get_width() // 2, round(sy) - hh - mark.get_height() - 2)))
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
