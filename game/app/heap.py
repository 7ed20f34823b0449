"""Keeping the garbage collector out of the frame budget once a session is built.

Building a race allocates hundreds of thousands of long-lived objects (the
world, the racing line, sprite caches); the collector would then walk all of
them again and again, and the renderer engineer measured ~27 ms pauses for a
full collection mid-race. Moving everything alive into the permanent
generation right after the build leaves the collector only the short-lived
garbage of each frame.
"""

from __future__ import annotations

import gc


def settle_after_build() -> None:
    """Collect what the previous session left, then freeze everything still alive.

    ``unfreeze`` first, so the last session (now garbage) is collected rather
    than kept forever in the permanent generation.
    """
    gc.unfreeze()
    gc.collect()
    gc.freeze()
