"""Test-wide set-up: headless, silent, and never touching the developer's own files.

No window and no sound device (SDL's dummy drivers); and every save,
setting, record and replay a test writes goes to a throw-away folder, so
running the tests can never overwrite a player's progress.
"""

import os
import tempfile

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("FAST_TRACK_HOME", tempfile.mkdtemp(prefix="fast-track-tests-"))
