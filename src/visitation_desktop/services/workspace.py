"""Unlocking the store and the caseworker accounts: the doorway shared by GUI and CLI.

A ``Workspace`` is an unlocked store: the repository, who is working, the quality standard
and the FFB catalogue. Nothing here knows about Qt or argparse.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, cast

from ..domain.ffb import Catalogue, load_catalogue
from ..domain.messages import QT_TRANSLATE_NOOP, msg
from ..domain.standard import Standard, StandardError, default_standard_path, load_standard
from ..paths import keyring_path, store_path
from ..store.errors import StoreError, StoreMissing, WrongKey
from ..store.keyring import Keyring, WrongPassword, validate_password
from ..store.records import LogEntry
from .login_guard import KEY_FILE_EXIT, AccessDenied, flush_failures, load_keyring, unlock_key
from .settings import Settings

if TYPE_CHECKING:
    from ..store.direct import DirectStore
    from ..store.repository import Repository

WRONG_PASSWORD = QT_TRANSLATE_NOOP("Messages", "Forkert adgangskode.")
WRONG_LOGIN = QT_TRANSLATE_NOOP("Messages", "Forkerte initialer eller adgangskode. Datalageret er ikke ændret.")

__all__ = ["AccessDenied", "SetupError", "Workspace", "init_store", "is_initialised", "unlock"]

log = logging.getLogger(__name__)


class SetupError(Exception):
    """Creating the store or an account failed; the message is Danish. ``exit_code`` is the CLI's."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


@dataclass
class Workspace:
    data_dir: Path
    repo: Repository
    caseworker: str
    standard: Standard
    catalogue: Catalogue
    settings: Settings
    _data_key: bytearray = field(repr=False, default_factory=bytearray)  # cleared on close (best effort)
    closed: bool = field(default=False, init=False)
    recovery_code: str = field(default="", init=False, repr=False)  # set by init_store, shown once
    warnings: list[str] = field(default_factory=list, init=False)  # Danish; shown once after login
    _close_hooks: list[Callable[[], Callable[[], None] | None]] = field(
        default_factory=list, init=False, repr=False
    )

    @property
    def caseworker_name(self) -> str:
        return self.repo.caseworker_name(self.caseworker) or self.caseworker

    def on_close(self, method: Callable[[], None]) -> None:
        """Call the bound ``method`` when the store closes (a window stops its timers), unless its
        object is gone by then: the workspace keeps only a weak reference."""
        self._close_hooks.append(weakref.WeakMethod(method))  # type: ignore[arg-type]

    def close(self) -> None:
        """Log out and close the store; idempotent. Whoever asked ``on_close`` is told first."""
        if self.closed:
            return
        self.closed = True
        for ref in self._close_hooks:
            hook = ref()
            if hook is not None:
                try:
                    hook()
                except RuntimeError:  # a window's Qt half already deleted: its timers went with it
                    log.debug("close hook of a deleted object skipped")
        self._close_hooks.clear()
        try:
            if not self.repo.is_damaged():
                self.repo.log(self.caseworker, "logout")
        except StoreError as exc:  # the store went away under us: nothing to log into
            log.warning("logout not logged: %s", type(exc).__name__)
        finally:
            self.repo.close()
            self._data_key[:] = bytes(len(self._data_key))
            self._data_key = bytearray()

    def verify_password(self, password: str) -> None:
        """Check the caseworker's password again (unlocking a locked screen).

        Raises ``AccessDenied`` with a Danish message; failures count towards the delay and lockout.
        """
        keyring = load_keyring(self.data_dir)
        key = unlock_key(keyring, self.caseworker, password, msg(WRONG_PASSWORD))
        self._data_key = bytearray(key)
        flush_failures(keyring, self.repo, self.caseworker)
        self.repo.log(self.caseworker, "unlock")

    def forget_key(self) -> None:
        """Overwrite the data key held here (the screen is locked); ``verify_password`` brings it back.

        Best effort: the store's open connections keep SQLCipher's own copy, and the key's text
        form stays in the engine's connection URL (an immutable str) while the store is open.
        """
        self._data_key[:] = bytes(len(self._data_key))

    def change_password(self, old: str, new: str) -> None:
        problem = validate_password(new)
        if problem:
            raise SetupError(problem)
        keyring = Keyring.load(keyring_path(self.data_dir))
        try:
            keyring.change_password(self.caseworker, old, new)
        except WrongPassword:
            raise SetupError("Den nuværende adgangskode er forkert.") from None
        self.repo.log(self.caseworker, "password_change")

    def add_caseworker(self, initials: str, name: str, password: str) -> None:
        initials = _check_account(initials, name, password)
        keyring = Keyring.load(keyring_path(self.data_dir))
        if initials in keyring.users():
            raise SetupError(f"Der findes allerede en sagsbehandler med initialerne {initials}.")
        keyring.add_user(initials, password, self._data_key)
        entry = LogEntry(self.caseworker, "create", detail=f"caseworker {initials}")
        self.repo.add_caseworker(initials, name.strip(), log=[entry])


class ReferenceDataError(SetupError):
    """The bundled standard or FFB catalogue is missing or refused: the installation is damaged."""


def load_reference_data(settings: Settings, warnings: list[str] | None = None) -> tuple[Standard, Catalogue]:
    """The standard the settings name and the FFB catalogue.

    A standard file named in the settings that is missing or refused is passed over for the bundled
    one, and ``warnings`` gets a Danish line saying so; a bundled file that cannot be used raises
    ``ReferenceDataError``.
    """
    if settings.standard_file:
        try:
            return load_standard(Path(settings.standard_file)), _catalogue()
        except StandardError as exc:
            if warnings is None:
                raise
            warnings.append(
                f"Kvalitetsstandarden {exc.file} fra indstillingerne kan ikke bruges ({exc.key}: {exc.problem}). "
                "Programmet bruger den medfølgende standard; ret filen eller vælg en anden under Indstillinger."
            )
    try:
        return load_standard(default_standard_path()), _catalogue()
    except StandardError as exc:
        raise ReferenceDataError(
            f"Programmets kvalitetsstandard {exc.file} kan ikke bruges ({exc.key}: {exc.problem}). "
            "Installationen er beskadiget: geninstallér programmet. Datalageret er ikke ændret."
        ) from None


def _catalogue() -> Catalogue:
    try:
        return load_catalogue()
    except (OSError, ValueError) as exc:
        raise ReferenceDataError(
            f"Programmets FFB-katalog kan ikke læses ({type(exc).__name__}). "
            "Installationen er beskadiget: geninstallér programmet. Datalageret er ikke ændret."
        ) from None


def startup_warnings(settings: Settings) -> list[str]:
    """What the caseworker is told after logging in: settings or policy that could not be used."""
    return [p for p in (settings.settings_problem, settings.policy_problem) if p]


def is_initialised(data_dir: Path) -> bool:
    return Keyring.exists(keyring_path(data_dir))


def _check_account(initials: str, name: str, password: str) -> str:
    initials = initials.strip().upper()
    if not (2 <= len(initials) <= 6 and initials.isalpha()):
        raise SetupError("Initialer skal være 2-6 bogstaver.")
    if not name.strip():
        raise SetupError("Skriv sagsbehandlerens navn.")
    problem = validate_password(password)
    if problem:
        raise SetupError(problem)
    return initials


def init_store(data_dir: Path, initials: str, name: str, password: str) -> Workspace:
    """Create the store with its first caseworker and return it unlocked."""
    if is_initialised(data_dir):
        raise SetupError("Der er allerede oprettet et datalager i denne mappe.")
    if store_exists(data_dir):
        raise SetupError(
            f"Mappen {data_dir} har et datalager (store.db), men dets nøglefil (keys.json) mangler. Intet er ændret. "
            "Læg keys.json tilbage, eller gendan en sikkerhedskopi (visitation-desktop backup restore).",
            KEY_FILE_EXIT,
        )
    initials = _check_account(initials, name, password)
    settings = Settings.load(data_dir)
    warnings = startup_warnings(settings)
    standard, catalogue = load_reference_data(settings, warnings)
    data_dir.mkdir(parents=True, exist_ok=True)
    data_dir.chmod(0o700)  # the caseworker's own folder: encrypted store, wrapped keys, logs
    from ..store.db import open_store
    from ..store.repository import Repository

    key = Keyring.create(keyring_path(data_dir), initials, password)
    code = Keyring.load(keyring_path(data_dir)).new_recovery_code(key)
    repo = Repository(open_store(data_dir, key))
    repo.add_caseworker(initials, name.strip())
    repo.log(initials, "login", detail="store created")
    log.info("store created")
    ws = Workspace(data_dir, repo, initials, standard, catalogue, settings, bytearray(key))
    ws.warnings = warnings
    ws.recovery_code = code
    return ws


def unlock(
    data_dir: Path, initials: str, password: str, *, direct: bool = False, direct_first: bool = False
) -> Workspace:
    """Open the store for a caseworker; a wrong password touches nothing but the key file's counter.

    ``direct``: for a command that only reads a case and logs (``render``), open the store through
    the driver alone (``store.direct``) when nothing is due first; otherwise the ordinary way.
    ``direct_first``: for the main window, the same, with the ordinary repository opened behind it
    when ``repo.begin_full()`` is called or a call needs it (``store.direct_first``).
    """
    if not is_initialised(data_dir):
        if store_exists(data_dir):
            load_keyring(data_dir)  # says the key file is missing (exit 9)
        raise AccessDenied("Der er ikke oprettet et datalager endnu. Opret den første sagsbehandler.")
    initials = initials.strip().upper()
    keyring = load_keyring(data_dir)
    # Read before the key: the password's Argon2id may still be running on the other core (unlock_ahead).
    settings = Settings.load(data_dir)
    warnings = startup_warnings(settings)
    standard, catalogue = load_reference_data(settings, warnings)
    key = unlock_key(keyring, initials, password, msg(WRONG_LOGIN))
    if not store_exists(data_dir):
        raise StoreMissing(str(store_path(data_dir)))  # never start an empty store beside the keys
    repo = _direct_store(data_dir, key) if direct or direct_first else None
    opened_direct = repo is not None
    if repo is None:
        try:
            repo = _open_repository(data_dir, key, warnings)
        except WrongKey:
            from .accounts import finish_interrupted_rekey

            if not finish_interrupted_rekey(data_dir, initials, password):
                raise
            return unlock(data_dir, initials, password, direct=direct)
    flush_failures(keyring, repo, initials)
    repo.log(initials, "login")
    log.info("store unlocked")
    ws = Workspace(data_dir, repo, initials, standard, catalogue, settings, bytearray(key))
    ws.warnings = warnings
    if direct_first and opened_direct:
        _open_behind(ws, key)
    return ws


def _open_behind(ws: Workspace, key: bytes) -> None:
    """The workspace's direct store, with the ordinary repository to open behind it (``DirectFirst``)."""
    from ..store.direct_first import DirectFirst

    def open_full(key: bytes) -> Repository:
        return _open_repository(ws.data_dir, key, ws.warnings)

    def adopt(full: Repository) -> None:
        ws.repo = full

    ws.repo = cast("Repository", DirectFirst(cast("DirectStore", ws.repo), key, open_full, adopt))


def _open_repository(data_dir: Path, key: bytes, warnings: list[str]) -> Repository:
    """The store the ordinary way: migrated, with the day's backup taken (its warning added)."""
    from ..store.db import close_store, open_store
    from ..store.repository import Repository
    from . import backups

    engine = open_store(data_dir, key)
    try:
        # The day's backup reads every page before anything is written: a damaged store is found here.
        backup_problem = backups.daily(engine, data_dir, key)
    except BaseException:
        close_store(engine)
        raise
    if backup_problem:
        warnings.append(backup_problem)
    return Repository(engine)


def _direct_store(data_dir: Path, key: bytes) -> Repository | None:
    """``store.direct.DirectStore`` when the store can be used without SQLAlchemy; None when not.

    It answers the part of the repository that reading a case, judging it, rendering it and
    logging it call (``tests/cli/test_render_direct.py`` runs that path); any other use fails at once.
    """
    from ..store.direct import DirectStore, NotDirect

    try:
        return cast("Repository", DirectStore.open(data_dir, key))
    except NotDirect as exc:
        log.debug("store opened the ordinary way: %s", exc.reason)
        return None


def store_exists(data_dir: Path) -> bool:
    return store_path(data_dir).exists()
