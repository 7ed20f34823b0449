"""The entry point's safety net: an unexpected error is one sentence and a crash log, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.app import main


def test_unexpected_error_becomes_one_readable_sentence(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    def broken(*_args: object) -> int:
        raise RuntimeError("the flux capacitor is empty")

    monkeypatch.setattr(main, "_run", broken)
    monkeypatch.setenv("FAST_TRACK_HOME", str(tmp_path))
    assert main.run_game() == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert "flux capacitor" in err and "crash.log" in err
    assert "RuntimeError" in (tmp_path / "log" / "crash.log").read_text()


def test_the_game_starts_and_quits_headless(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The real entry point on the dummy video driver: window, title, a few frames, exit 0."""
    monkeypatch.setenv("FAST_TRACK_HOME", str(tmp_path))
    from game.content import settings as sf

    monkeypatch.setattr(sf, "default_path", lambda: tmp_path / "config" / "settings.json")
    assert main.run_game(mods_dir=tmp_path / "mods", max_frames=5) == 0
