"""The one exception type content loaders raise for bad input."""

from __future__ import annotations


class ContentError(Exception):
    """A data file the game cannot use; ``str()`` is a sentence fit for a player.

    ``problems`` holds every problem found (a loader reports them all at once
    where it can), ``str()`` joins them one per line.
    """

    def __init__(self, problems: str | list[str]) -> None:
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        super().__init__("\n".join(self.problems))
