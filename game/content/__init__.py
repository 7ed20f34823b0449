"""Disk to simulation data, without pygame.

Every loader here turns a bad file into a :class:`ContentError` whose message
is one sentence naming the file, the object and what to fix.
"""

from game.content.errors import ContentError

__all__ = ["ContentError"]
