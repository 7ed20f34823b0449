"""The game world: physics, vehicles, race and mission rules.

Nothing in here imports pygame, reads the wall clock or iterates an unordered
container, so the same seed and the same controls always give the same world.
The package imports nothing eagerly: a menu that only needs ``Controls`` does
not pay for pymunk and the compiled tyre model.
"""
