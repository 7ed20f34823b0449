"""Missions: a mission file's rules laid over the world, and an AI player for them.

For the story screens (game.app), the whole API is:

- ``game.content.missions.list_missions(mods_dir)`` -> ``MissionEntry`` rows (campaign, then custom;
  a broken custom file carries ``error``); ``find_mission(id)`` -> path; ``load_mission(path)`` ->
  :class:`~game.sim.mission.spec.Mission` (title, place, briefing/debrief/failure lines, rewards, medals);
  ``load_mission_track(mission)`` -> the ``Track``.
- ``MissionRunner(mission, track, specs, seed, skills)``: ``step(controls)`` at 120 Hz, ``over``,
  ``outcome`` (:class:`~game.sim.mission.runner.Outcome`), ``hud()``, ``snapshot()``,
  ``drain_events()`` (world, race and :mod:`game.sim.mission.events`), ``vehicle_of(actor)``;
  :class:`~game.sim.mission.play.MissionPlay` is the same runner seen through the play seam
  (:class:`game.sim.play.Play`), which the driving scene, the recorder and replays use.
- ``game.content.saves``: ``SaveStore().load()`` -> ``Loaded(progress, messages)``;
  ``progress.record(mission, outcome)`` -> debrief notes; ``available()``, ``chapter_open()``,
  ``can_skip()``/``skip()``; ``SaveStore().save(progress)``.
"""
