"""Text of any length reaches the screen safely: clipped lines, broken long words, wraps measured once."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pygame
import pytest

from game.app.ui import textfit


class CountingFont(pygame.font.Font):
    """A font that counts its measurements, to see what wrapping costs."""

    calls = 0

    def size(self, text: str) -> tuple[int, int]:  # type: ignore[override]
        CountingFont.calls += 1
        return super().size(text)


@pytest.fixture
def font() -> pygame.font.Font:
    pygame.font.init()
    return pygame.font.Font(None, 28)


def test_a_line_is_clipped_to_a_drawable_length(font: pygame.font.Font) -> None:
    huge = "W" * 10_000_000
    clipped = textfit.clip(font, huge)
    assert clipped.endswith(textfit.ELLIPSIS) and len(clipped) <= textfit.MAX_LINE_CHARS
    assert font.size(clipped)[0] <= textfit.MAX_LINE_PX
    narrow = textfit.clip(font, "a fairly long menu label that will not fit", 120)
    assert narrow.endswith(textfit.ELLIPSIS) and font.size(narrow)[0] <= 120
    assert textfit.clip(font, "Harbour") == "Harbour"


def test_rendering_ten_million_characters_in_one_word_does_not_crash() -> None:
    """In a child process: before the fix this was a segmentation fault, not an exception."""
    code = textwrap.dedent("""
        import os
        os.environ["SDL_VIDEODRIVER"] = "dummy"
        import pygame
        from game.app.ui import textfit
        pygame.font.init()
        image = textfit.render(pygame.font.Font(None, 40), "W" * 10_000_000, (255, 255, 255))
        print(image.get_width())
    """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-500:]
    assert 0 < int(done.stdout.split()[-1]) <= textfit.MAX_LINE_PX


def test_wrapping_breaks_words_wider_than_the_line(font: pygame.font.Font) -> None:
    text = "Call " + "x" * 300 + " now, before the bank closes."
    lines = textfit.wrap(font, text, 200)
    assert all(font.size(line)[0] <= 200 for line in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    assert lines[0] == "Call" and lines[-1].endswith("closes.")


def test_wrapping_reads_a_bounded_text_and_measures_it_once() -> None:
    pygame.font.init()
    counting = CountingFont(None, 24)
    text = "word " * 40_000
    CountingFont.calls = 0
    first = textfit.wrap(counting, text, 600)
    measured = CountingFont.calls
    assert sum(len(line) for line in first) <= textfit.MAX_WRAP_CHARS
    assert measured <= 2 * textfit.MAX_WRAP_CHARS // 5 + 10  # about one measurement per word
    again = textfit.wrap(counting, text, 600)
    assert again == first and CountingFont.calls == measured  # the second frame costs nothing
