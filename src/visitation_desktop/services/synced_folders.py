"""Is a folder synced to a cloud service? Then a file saved there leaves the laptop.

"Gem som PDF" and ``render --out`` warn before writing an unencrypted document into OneDrive,
Dropbox, iCloud Drive or Google Drive. Detected by the path itself (the folder names these
services use on Windows, macOS and Linux) and, on Windows, by the ``OneDrive*`` environment
variables the OneDrive client sets (also when "Documents" is moved into OneDrive by IT's
Known Folder Move). Pure functions over strings, so Windows paths are testable anywhere.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

ONEDRIVE_ENV = ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")

# (service, a pattern one folder name in the path matches), case-insensitive.
_FOLDER_NAMES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (service, re.compile(pattern, re.IGNORECASE))
    for service, pattern in (
        ("OneDrive", r"onedrive( - .+)?|onedrive-.+"),  # "OneDrive - Thisted Kommune", macOS "OneDrive-Thisted"
        ("Dropbox", r"dropbox( \(.+\))?|dropbox-.+"),  # "Dropbox (Thisted Kommune)"
        ("iCloud Drive", r"icloud ?drive|com~apple~clouddocs|mobile documents"),
        ("Google Drive", r"google ?drive(-.+)?|googledrive-.+|my drive|min drev"),
    )
)


def _pure(path: str, windows: bool) -> PurePath:
    return PureWindowsPath(path) if windows else PurePosixPath(path)


def synced_service(
    path: str | Path, env: Mapping[str, str] | None = None, windows: bool | None = None
) -> str | None:
    """The cloud service ``path`` is synced to ("OneDrive", "Dropbox", …), or None when it stays local."""
    windows = os.name == "nt" if windows is None else windows
    env = os.environ if env is None else env
    target = _pure(str(path), windows)
    if windows:
        for name in ONEDRIVE_ENV:
            root = env.get(name, "").strip()
            if root and _inside(target, _pure(root, True)):
                return "OneDrive"
    for part in target.parts[:-1] if target.suffix else target.parts:
        for service, pattern in _FOLDER_NAMES:
            if pattern.fullmatch(part.strip()):
                return service
    return None


def _inside(path: PurePath, root: PurePath) -> bool:
    parts = [p.casefold() for p in path.parts]
    root_parts = [p.casefold() for p in root.parts]
    return len(parts) >= len(root_parts) and parts[: len(root_parts)] == root_parts


def synced_warning(service: str) -> str:
    """The Danish warning shown before writing into a synced folder."""
    return (
        f"Mappen bliver synkroniseret med {service}. En PDF-fil, der gemmes her, bliver kopieret "
        f"ukrypteret fra computeren til {service} og forlader dermed computeren. "
        "Vælg hellere en mappe, der kun ligger på computeren."
    )


def expand_folder(folder: str) -> str:
    """IT's or the caseworker's save folder with ``%USERPROFILE%``/``$HOME`` and ``~`` expanded."""
    return os.path.expanduser(os.path.expandvars(folder.strip()))
