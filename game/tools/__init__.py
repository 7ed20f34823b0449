"""Maintenance scripts run by developers (``python -m game.tools.<name>``), not by players."""
