"""The player's files as the screens use them: the data folder, saving a replay, wrapping a problem.

The race and time-trial results, a mission's kept attempt and the replay
viewer all need these; they live apart from any one screen so that none of
those screens imports another to reach them.
"""

from __future__ import annotations

import textwrap
import time
from pathlib import Path
from typing import TYPE_CHECKING

from game.content.errors import ContentError

if TYPE_CHECKING:
    from game.app.scenes.base import App
    from game.content.replays import Replay


def data_folder(app: App) -> Path:
    """Where the player's files go: the app's data folder, or the one ``FAST_TRACK_HOME`` names."""
    from game.content.storage import user_data_dir

    return app.data_dir if app.data_dir is not None else user_data_dir()


def replay_path(folder: Path, track_id: str, when: float | None = None) -> Path:
    """``<folder>/replays/<track>-<date>.ftr``, never overwriting an earlier replay."""
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in track_id)
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(when))
    path = folder / "replays" / f"{safe}-{stamp}.ftr"
    n = 2
    while path.exists():
        path = path.with_name(f"{safe}-{stamp}-{n}.ftr")
        n += 1
    return path


def save_to_library(app: App, replay: Replay) -> Path | None:
    """Save a replay in the player's replay folder; a toast says where (or why not)."""
    from game.content.replays import save_replay

    path = replay_path(data_folder(app), replay.track_id)
    try:
        save_replay(replay, path)
    except ContentError as exc:
        app.toast(str(exc), 8.0)
        return None
    app.toast(f"Replay saved: {path.name}")
    return path


def message_lines(text: str, width: int = 58) -> list[str]:
    """A problem sentence wrapped to the message screen (long paths broken where they must be)."""
    return textwrap.wrap(text, width, break_long_words=True, break_on_hyphens=False)[:5]
