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
from .policy import IDLE_LOCK_MAX_MINUTES, IDLE_LOCK_MIN_MINUTES, Policy, load_policy


@dataclass
class Settings:
    idle_lock_minutes: int = 5
    show_full_cpr: bool = False  # print the whole CPR number on documents
    language: str = "da"  # "da" or "en"
    standard_file: str = ""  # empty: the bundled standard
    central_url: str = ""  # the municipality's central store (postgresql://…); empty: none set
    default_save_folder: str = ""  # where "Gem som PDF" starts; empty: the user's Documents folder
    release_after_days: int = 0  # checked-in cases leave the laptop after this many days; 0: never
    # Not saved: which fields IT's policy fixed (field -> the caseworker's own value underneath),
    # and the Danish message when the policy file could not be used.
    it_fixed: dict[str, Any] = field(default_factory=dict, repr=False, compare=False, metadata={"saved": False})
    policy_problem: str | None = field(default=None, repr=False, compare=False, metadata={"saved": False})
    # Not saved: the Danish message when settings.json could not be used (whole or in part); the
    # defaults are used instead and the file is left as it is until the caseworker saves Settings.
    settings_problem: str | None = field(default=None, repr=False, compare=False, metadata={"saved": False})

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
            raw = json.loads(path.read_bytes().decode("utf-8"))
        except FileNotFoundError:
            return cls()
        except OSError as exc:
            return cls._damaged(path, f"filen kan ikke læses ({exc.strerror})")
        except UnicodeDecodeError:
            return cls._damaged(path, "filen er ikke gemt som UTF-8")
        except (ValueError, RecursionError):
            return cls._damaged(path, "filen er ikke gyldig JSON")
        if not isinstance(raw, dict):
            return cls._damaged(path, "filen skal indeholde ét JSON-objekt")
        defaults = cls()
        values: dict[str, Any] = {}
        refused: list[str] = []
        for name in sorted(cls._saved_names() & set(raw)):
            value, expected = raw[name], type(getattr(defaults, name))
            if type(value) is expected and (
                name != "idle_lock_minutes" or IDLE_LOCK_MIN_MINUTES <= value <= IDLE_LOCK_MAX_MINUTES
            ):
                values[name] = value
            else:
                refused.append(name)
        settings = cls(**values)
        if refused:
            settings.settings_problem = (
                f"Indstillingerne i {path} har ugyldige værdier for {', '.join(refused)}; "
                "standardværdierne bruges for dem. Ret dem under Funktioner > Indstillinger."
            )
        return settings

    @classmethod
    def _damaged(cls, path: Path, problem: str) -> Settings:
        settings = cls()
        settings.settings_problem = (
            f"Indstillingsfilen {path} kan ikke bruges: {problem}. Standardindstillingerne bruges; "
            "filen er ikke ændret. Gem Funktioner > Indstillinger for at skrive en ny."
        )
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
