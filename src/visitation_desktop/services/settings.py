"""Per-laptop settings: nothing personal, so they live in a plain JSON file.

IT's machine-wide policy (``services/policy.py``) lies over them: a value IT has set wins over the
caseworker's own, is shown greyed out in Settings, and is never written into ``settings.json``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from ..files import write_atomic
from ..paths import settings_path
from .policy import Policy, load_policy


@dataclass
class Settings:
    idle_lock_minutes: int = 5
    show_full_cpr: bool = False  # print the whole CPR number on documents
    language: str = "da"  # "da" or "en"
    standard_file: str = ""  # empty: the bundled standard
    central_url: str = ""  # the municipality's central store (postgresql://…); empty: none set
    default_save_folder: str = ""  # where "Gem som PDF" starts; empty: the user's Documents folder
    # Not saved: which fields IT's policy fixed (field -> the caseworker's own value underneath),
    # and the Danish message when the policy file could not be used.
    it_fixed: dict[str, Any] = field(default_factory=dict, repr=False, compare=False, metadata={"saved": False})
    policy_problem: str | None = field(default=None, repr=False, compare=False, metadata={"saved": False})

    @classmethod
    def load(cls, data_dir: Path, policy: Policy | None = None) -> Settings:
        """The caseworker's settings with IT's policy on top (read from its file unless given)."""
        settings = cls._load_own(data_dir)
        settings.apply_policy(policy if policy is not None else load_policy())
        return settings

    @classmethod
    def _load_own(cls, data_dir: Path) -> Settings:
        path = settings_path(data_dir)
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(raw, dict):
            return cls()
        values = {k: v for k, v in raw.items() if k in cls._saved_names()}
        settings = cls(**values)
        if not isinstance(settings.idle_lock_minutes, int) or settings.idle_lock_minutes < 1:
            settings.idle_lock_minutes = 5
        return settings

    @classmethod
    def _saved_names(cls) -> set[str]:
        return {f.name for f in fields(cls) if f.metadata.get("saved", True)}

    def apply_policy(self, policy: Policy) -> None:
        """Let IT's values win; remember the caseworker's own so that saving keeps them."""
        self.policy_problem = policy.problem
        for name, value in policy.values.items():
            if name not in self.it_fixed:
                self.it_fixed[name] = getattr(self, name)
            setattr(self, name, value)

    def is_it_fixed(self, name: str) -> bool:
        return name in self.it_fixed

    def save(self, data_dir: Path) -> None:
        """Write the caseworker's own settings; values IT fixed are written as they were before."""
        own = {name: getattr(self, name) for name in sorted(self._saved_names())}
        own.update({k: v for k, v in self.it_fixed.items() if k in own})
        path = settings_path(data_dir)
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, json.dumps(own, indent=2).encode("utf-8"))
