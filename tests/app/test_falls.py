"""A bike that goes down is seen and heard: sparks while it slides, a crash when it falls."""

from __future__ import annotations

from game.app.render.effects import Effects
from game.content.vehicles import load_vehicles
from game.paths import VEHICLES_FILE
from game.sim import handling
from game.sim.controls import Controls
from game.sim.events import Event, Fell
from game.sim.world import DT


def _fall() -> tuple[list[Event], list[object]]:
    """Throw the Ducati down at 80 km/h; returns its events and snapshots while sliding."""
    spec = load_vehicles(VEHICLES_FILE)["ducati"]
    world = handling.up_to_speed(spec, 80.0)
    events: list[Event] = []
    snaps: list[object] = []
    for _ in range(round(1.0 / DT)):
        world.step({0: Controls(steer=-1.0, handbrake=True)})
        events += world.drain_events()
        snaps.append(world.snapshot())
    return events, snaps


def test_a_sliding_fallen_bike_throws_sparks() -> None:
    events, snaps = _fall()
    assert any(isinstance(e, Fell) for e in events)
    effects = Effects(load_vehicles(VEHICLES_FILE))
    fallen = [s for s in snaps if s.vehicles[0].fallen and s.vehicles[0].speed > 2.0]  # type: ignore[attr-defined]
    assert fallen
    for snap in fallen[:30]:
        effects.update(DT, snap, [])  # type: ignore[arg-type]
    assert effects.pool.alive() > 0


def test_the_mixer_crashes_on_a_fall(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from game.app.audio import mixer as mixer_mod

    events, snaps = _fall()
    played: list[tuple[str, float]] = []
    mixer = object.__new__(mixer_mod.MixerAudio)
    monkeypatch.setattr(mixer, "play", lambda name, volume=1.0: played.append((name, volume)), raising=False)
    falls = [e for e in events if isinstance(e, Fell)]
    snap = snaps[-1]
    mixer._events(falls, snap.vehicles, snap.vehicles[0].x, snap.vehicles[0].y)  # type: ignore[attr-defined]
    assert played and played[0][0] == "crash" and played[0][1] > 0.3
