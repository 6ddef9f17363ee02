"""Where the program keeps its data (resources are found through ``resources.py``).

One module owns every path, so tests and demos can point the program elsewhere
with ``--data-dir`` instead of patching globals.
"""

from __future__ import annotations

import os
from pathlib import Path

from visitation_desktop.resources import resource_path as resource_path  # older callers; see resources.py

APP_NAME = "VisitationDesktop"
APP_AUTHOR = "VisitationDesktop"
# The user's data folder: on Windows under the *local* (not roaming) app data,
# %LOCALAPPDATA%\VisitationDesktop, so the encrypted store never travels with a roaming profile;
# ~/.local/share/VisitationDesktop on Linux, ~/Library/Application Support/VisitationDesktop on macOS.
USER_DIRS = {"appname": APP_NAME, "appauthor": False, "roaming": False}


def default_data_dir() -> Path:
    """The per-user data directory; ``VISITATION_DATA_DIR`` overrides it."""
    override = os.environ.get("VISITATION_DATA_DIR")
    if override:
        return Path(override)
    import platformdirs  # here: a command given --data-dir starts its unlock without it

    return Path(platformdirs.user_data_dir(**USER_DIRS))  # type: ignore[arg-type]


def store_path(data_dir: Path) -> Path:
    return data_dir / "store.db"


def keyring_path(data_dir: Path) -> Path:
    """Wrapped data keys (one per caseworker) live beside the store, never the key itself."""
    return data_dir / "keys.json"


def backup_dir(data_dir: Path) -> Path:
    return data_dir / "backups"


def log_dir(data_dir: Path) -> Path:
    return data_dir / "logs"


def settings_path(data_dir: Path) -> Path:
    return data_dir / "settings.json"
