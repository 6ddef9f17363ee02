"""What every command needs: the data directory, the password, an unlocked workspace."""

from __future__ import annotations

import argparse
import gc
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import datetime as dt
    from pathlib import Path

    from ..services.workspace import Workspace

# Imported inside the functions: ``--help`` and argument errors import nothing more than argparse
# needs (``tests/cli/test_lazy_imports.py``): no logging, pathlib, platformdirs, json or dataclasses.


class CliError(Exception):
    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def unreadable(path: Path, exc: OSError) -> CliError:
    """Why a file the caseworker names cannot be read, in Danish (the system's own words are English)."""
    if isinstance(exc, FileNotFoundError):
        return CliError(f"Filen {path} findes ikke.")
    if isinstance(exc, IsADirectoryError) or path.is_dir():  # Windows says "Permission denied" to a folder
        return CliError(f"{path} er en mappe, ikke en fil.")
    if isinstance(exc, PermissionError):
        return CliError(f"Du har ikke adgang til at læse {path}.")
    return CliError(f"Kan ikke læse {path}: {exc.strerror}")


def read_text_file(path: Path) -> str:
    """A file the caseworker names (a case, a follow-up), as text; a Danish ``CliError`` when it cannot be read."""
    try:
        return path.read_text(encoding="utf-8-sig")  # a byte-order mark (Notepad) is let through
    except UnicodeDecodeError:
        raise CliError(f"{path}: filen er ikke gemt som UTF-8.") from None
    except OSError as exc:
        raise unreadable(path, exc) from None


class Context:
    def __init__(self, data_dir: Path, user: str | None, password_stdin: bool) -> None:
        self.data_dir = data_dir
        self.user = user
        self.password_stdin = password_stdin
        self._password: str | None = None
        self._workspace: Workspace | None = None

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> Context:
        from pathlib import Path

        from ..paths import default_data_dir

        data_dir = Path(args.data_dir) if args.data_dir else default_data_dir()
        return cls(data_dir=data_dir, user=args.user, password_stdin=args.password_stdin)

    def password(self, prompt: str = "Adgangskode: ") -> str:
        if self._password is None:
            if self.password_stdin:
                line = sys.stdin.readline()
                self._password = line.rstrip("\r\n")
            else:
                import getpass

                self._password = getpass.getpass(prompt)
        return self._password

    def unlock_ahead(self) -> None:
        """Read the password now and start its Argon2id derivation in the background, so that the
        imports a command makes before ``workspace()`` run meanwhile (``store.unlock_ahead``)."""
        if self._workspace is None and self.user:
            from ..paths import keyring_path
            from ..store.unlock_ahead import start

            start(keyring_path(self.data_dir), self.user, self.password())

    def workspace(self, *, direct: bool = False) -> Workspace:
        """The unlocked store. ``direct``: a command that only reads a case and logs (``render``) may
        have it without SQLAlchemy (``services.workspace.unlock``)."""
        if self._workspace is None:
            from ..logging_setup import configure_logging
            from ..services.workspace import AccessDenied, unlock

            if not self.user:
                raise CliError("Angiv sagsbehandlerens initialer med --user.", 2)
            configure_logging(self.data_dir)
            try:
                self._workspace = unlock(self.data_dir, self.user, self.password(), direct=direct)
            except AccessDenied as exc:
                raise CliError(exc.message, exc.exit_code) from None
            for warning in self._workspace.warnings:  # settings, IT policy or standard passed over
                print(f"visitation-desktop: advarsel: {warning}", file=sys.stderr)
        return self._workspace

    def close(self) -> None:
        if self._workspace is not None:
            self._workspace.close()
            self._workspace = None


class imports_without_gc:  # noqa: N801 - used as a function: ``with imports_without_gc():``
    """Run a command's big imports with the cyclic garbage collector off, then freeze what they made.

    Importing SQLAlchemy, the store and reportlab makes a few hundred thousand objects that live as
    long as the process; the collector would walk them again and again while they are made (about a
    tenth of a render command's time). Afterwards they are moved out of its sight (``gc.freeze``)
    and it runs as usual for what the command itself makes. ``cli.main`` unfreezes them at the end.
    (A class, not ``contextlib.contextmanager``: this module imports nothing that ``--help`` need not.)
    """

    def __enter__(self) -> None:
        self._was_enabled = gc.isenabled()
        gc.disable()

    def __exit__(self, *_exc: object) -> None:
        gc.freeze()
        if self._was_enabled:
            gc.enable()


def print_json(value: Any) -> None:
    import json

    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def iso_date(text: str) -> dt.date:
    """An argparse type for ÅÅÅÅ-MM-DD with a Danish message."""
    import datetime as dt

    from ..domain.inputs import InputRefused, check_date

    try:
        return check_date(dt.date.fromisoformat(text))
    except InputRefused as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    except ValueError:
        raise argparse.ArgumentTypeError(f"ugyldig dato {text!r}: skriv ÅÅÅÅ-MM-DD, fx 2026-11-26") from None
