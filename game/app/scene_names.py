"""The screens ``shot`` and the tests can put the app into, by name.

A module of its own, free of pygame, so the command line can offer them as
choices without loading the app.
"""

from __future__ import annotations

SCENES = (
    "title",
    "menu",
    "quick-race",
    "race",
    "pause",
    "results",
    "settings",
    "controls",
    "credits",
    "mods",
    "time-trial-setup",
    "time-trial",
    "telemetry",
    "time-trial-results",
    "replay",
    "chapter-select",
    "chapter-intro",
    "briefing",
    "mission",
    "debrief",
    "failure",
    "garage",
)
