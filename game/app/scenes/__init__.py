"""Scenes (title, menus, race, results...) and the stack that runs them."""
