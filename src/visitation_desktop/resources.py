"""The one place the program finds its resources: standards, FFB catalogue, postcodes,
translations, pictograms, fonts and icons.

Everything under ``resources/`` is found through :func:`resource_path`, in a source
checkout (``resources/`` beside ``src/``) and in a PyInstaller bundle (``resources/``
inside ``sys._MEIPASS``, or beside the executable of a frozen one-folder build). No
other module builds a path to a resource itself.
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

RESOURCES = "resources"


@lru_cache(maxsize=1)
def resource_root() -> Path:
    """The ``resources`` folder of this installation."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / RESOURCES
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent / RESOURCES
    return Path(__file__).resolve().parents[2] / RESOURCES


def resource_path(*parts: str) -> Path:
    """A path inside ``resources/``, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``."""
    return resource_root().joinpath(*parts)


def standards_dir() -> Path:
    return resource_path("standards")


def catalogue_file() -> Path:
    """The FFB catalogue (themes, subthemes, levels)."""
    return resource_path("ffb", "catalogue.json")


def postcodes_file() -> Path:
    return resource_path("geo", "postcodes.csv")


def translations_dir() -> Path:
    return resource_path("i18n")


def fonts_dir() -> Path:
    """The fonts the documents use: the only fonts they ever use, on every platform."""
    return resource_path("fonts")


def font_file(name: str) -> Path:
    return fonts_dir() / name


def icons_dir() -> Path:
    return resource_path("icons")


def pictograms_dir() -> Path:
    """Pictogram images, if a standard names any; the built-in ones are drawn in code."""
    return resource_path("pictograms")
