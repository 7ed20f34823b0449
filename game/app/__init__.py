"""Everything that needs pygame: window, scenes, rendering, audio and input."""
