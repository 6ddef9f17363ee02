"""The citizen's own screen: the easy-read words of the case being written, large, live."""

from .screen import CitizenScreen, other_screen

__all__ = ["CitizenScreen", "other_screen"]
