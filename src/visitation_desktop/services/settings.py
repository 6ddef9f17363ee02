"""Per-laptop settings: nothing personal, so they live in a plain JSON file."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from ..files import write_atomic
from ..paths import settings_path


@dataclass
class Settings:
    idle_lock_minutes: int = 5
    show_full_cpr: bool = False  # print the whole CPR number on documents
    language: str = "da"  # "da" or "en"
    standard_file: str = ""  # empty: the bundled standard

    @classmethod
    def load(cls, data_dir: Path) -> Settings:
        path = settings_path(data_dir)
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in raw.items() if k in known}
        settings = cls(**values)
        if not isinstance(settings.idle_lock_minutes, int) or settings.idle_lock_minutes < 1:
            settings.idle_lock_minutes = 5
        return settings

    def save(self, data_dir: Path) -> None:
        path = settings_path(data_dir)
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, json.dumps(asdict(self), indent=2).encode("utf-8"))
