"""The entry point's safety net: an unexpected error is one sentence and a crash log, never a traceback."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from game.app import main


def test_unexpected_error_becomes_one_readable_sentence(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(*_args: object) -> int:
        raise RuntimeError("the flux capacitor is empty")

    monkeypatch.setattr(main, "_run", broken)
    monkeypatch.setenv("FAST_TRACK_HOME", str(tmp_path))
    assert main.run_game() == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    logs = list((tmp_path / "log").glob("crash-*.log"))
    assert len(logs) == 1 and str(logs[0]) in err
    assert "flux capacitor" in err and len(err.strip().splitlines()) == 1
    assert "RuntimeError" in logs[0].read_text()


def test_each_crash_gets_its_own_report_and_the_last_five_are_kept(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("FAST_TRACK_HOME", str(tmp_path))
    (tmp_path / "log").mkdir()
    (tmp_path / "log" / "crash.log").write_text("from an older version", encoding="utf-8")
    start = datetime(2024, 5, 1, 12, 0, 0)
    written = []
    for n in range(main.CRASH_LOGS_KEPT + 2):
        try:
            raise ValueError(f"crash number {n}")
        except ValueError:
            written.append(main._write_crash_log(start + timedelta(seconds=n)))
    kept = sorted((tmp_path / "log").glob("crash-*.log"))
    assert kept == written[-main.CRASH_LOGS_KEPT :]
    assert [f"crash number {n}" in p.read_text() for n, p in enumerate(kept, start=2)] == [True] * len(kept)
    assert (tmp_path / "log" / "crash.log").read_text() == "from an older version"


def test_the_game_starts_and_quits_headless(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The real entry point on the dummy video driver: window, title, a few frames, exit 0."""
    monkeypatch.setenv("FAST_TRACK_HOME", str(tmp_path))
    from game.content import settings as sf

    monkeypatch.setattr(sf, "default_path", lambda: tmp_path / "config" / "settings.json")
    assert main.run_game(mods_dir=tmp_path / "mods", max_frames=5) == 0


def test_quitting_closes_the_window_before_the_audio_device(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """After Quit the window sat black for seconds while the audio device and the rest shut down."""
    import pygame

    from game.app.audio import NullAudio, device
    from game.content import settings as sf

    window_open_at_close: list[bool] = []

    class Watching(NullAudio):
        def close(self) -> None:
            window_open_at_close.append(pygame.display.get_init())

    monkeypatch.setenv("FAST_TRACK_HOME", str(tmp_path))
    monkeypatch.setattr(sf, "default_path", lambda: tmp_path / "config" / "settings.json")
    monkeypatch.setattr(device, "create_audio", lambda **_kw: Watching())
    assert main.run_game(mods_dir=tmp_path / "mods", max_frames=5) == 0
    assert window_open_at_close == [False]
