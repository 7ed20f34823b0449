"""The fixed rates every session runs at, defined once.

A module of constants only, so the app's main loop can read the step rate
without importing the physics (pymunk and the compiled tyre model take most
of a second to load).
"""

STEP_HZ = 120
"""Physics steps per second: the one fixed rate of every session (pymunk wants a constant dt)."""
DT = 1.0 / STEP_HZ
THINK_EVERY = 4
"""World steps per tick of the rules and the computer drivers: 120 Hz / 4 = 30 Hz."""
THINK_DT = THINK_EVERY * DT
