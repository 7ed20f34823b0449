"""Menu widgets, fonts and the colour theme shared by every scene."""
