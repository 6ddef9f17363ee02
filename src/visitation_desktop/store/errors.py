"""Errors the store raises; their messages are Danish because a caseworker may read them.

An error the GUI shows as it is (an autosave that failed) also carries its message as a template,
``text`` (``domain/messages.py``), so that an English GUI shows it in English; ``str(error)`` is the
Danish text the CLI prints.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from visitation_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg, msg

if TYPE_CHECKING:
    from visitation_desktop.domain.case import CaseFile


class StoreError(Exception):
    """Base of every error raised by the store."""

    text: Msg | None = None  # the message as a template, where the GUI shows it as it is

    def __init__(self, *args: object) -> None:
        if len(args) == 1 and isinstance(args[0], Msg):
            self.text = args[0]
            args = (args[0].render(),)
        super().__init__(*args)


class WrongPassword(StoreError):
    def __init__(self) -> None:
        super().__init__(msg(QT_TRANSLATE_NOOP("Messages", "Forkert adgangskode.")))


class UnknownUser(StoreError):
    def __init__(self, initials: str) -> None:
        super().__init__(f"Der findes ingen sagsbehandler med initialerne {initials!r} på denne computer.")
        self.initials = initials


class UserExists(StoreError):
    def __init__(self, initials: str) -> None:
        super().__init__(f"Der findes allerede en sagsbehandler med initialerne {initials!r}.")
        self.initials = initials


class WeakPassword(StoreError, ValueError):
    """The password breaks the password rule; the message says how."""


class KeyringExists(StoreError):
    def __init__(self) -> None:
        super().__init__("Der er allerede oprettet nøgler på denne computer.")


class KeyringCorrupt(StoreError):
    def __init__(self, problem: str) -> None:
        super().__init__(f"Nøglefilen kan ikke læses: {problem}")
        self.problem = problem


class WrongDataKey(StoreError):
    def __init__(self) -> None:
        super().__init__("Nøglen passer ikke til denne computers data.")


class WrongKey(StoreError):
    def __init__(self, message: str = "Databasen kan ikke åbnes med denne nøgle.") -> None:
        super().__init__(message)


class StoreKeyMismatch(WrongKey):
    """The data key from keys.json opens no page of store.db."""

    def __init__(self, path: str) -> None:
        super().__init__(
            f"Datalageret {path} kan ikke åbnes med nøglerne i keys.json: enten stammer de to filer fra "
            "forskellige datalagre, eller begyndelsen af datalageret er beskadiget. Ingen filer er ændret. "
            "Læg den rigtige keys.json tilbage, eller gendan den nyeste sikkerhedskopi (visitation-desktop backup restore)."
        )
        self.path = path


class StoreTooNew(StoreError):
    def __init__(self, revision: str) -> None:
        super().__init__(msg(
            QT_TRANSLATE_NOOP("Messages", "Databasen er skrevet af en nyere udgave af programmet (skema {revision}). "
                              "Opdatér programmet, før du åbner den."),
            revision=revision,
        ))  # fmt: skip
        self.revision = revision


class CaseNotFound(StoreError, LookupError):
    def __init__(self, case_id: int | None) -> None:
        super().__init__(msg(QT_TRANSLATE_NOOP("Messages", "Sag nr. {case_id} findes ikke."), case_id=str(case_id)))
        self.case_id = case_id


class PlanVersionNotFound(StoreError, LookupError):
    def __init__(self, case_id: int, version: int) -> None:
        super().__init__(f"Handleplan version {version} findes ikke for sag nr. {case_id}.")
        self.case_id = case_id
        self.version = version


class StoreBusy(StoreError):
    """Another program held the store's lock longer than the busy timeout."""

    def __init__(self) -> None:
        super().__init__(msg(QT_TRANSLATE_NOOP(
            "Messages",
            "Datalageret er optaget af et andet vindue eller program, der gemmer. Intet er ændret; prøv igen om lidt.",
        )))  # fmt: skip


class StoreDamaged(StoreError):
    """The store file exists but cannot be read: a damaged page, a truncated file, or not a store at all."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(msg(
            QT_TRANSLATE_NOOP("Messages", "Datalageret {path} er beskadiget ({problem}). Filen er ikke ændret. Gendan "
                              "den nyeste sikkerhedskopi: visitation-desktop backup restore (eller Filer > Gendan "
                              "sikkerhedskopi)."),
            path=path, problem=problem,
        ))  # fmt: skip
        self.path = path
        self.problem = problem


class StoreWriteFailed(StoreError):
    """The disk refused a write (full, or an I/O error); the transaction was rolled back."""

    def __init__(self, disk_full: bool) -> None:
        if disk_full:
            text = QT_TRANSLATE_NOOP("Messages", "Disken er fuld, så ændringen blev ikke gemt. Det, der var gemt før, "
                                     "er uændret. Frigør plads på disken, og prøv igen.")
        else:
            text = QT_TRANSLATE_NOOP("Messages", "Disken meldte en skrivefejl, så ændringen blev ikke gemt. Det, der "
                                     "var gemt før, er uændret. Prøv igen; sker det igen, så kontakt IT.")
        super().__init__(msg(text))
        self.disk_full = disk_full


class StoreClosed(StoreError):
    """The store was closed (logged out); nothing more is read or written through it."""

    def __init__(self) -> None:
        super().__init__(msg(QT_TRANSLATE_NOOP("Messages", "Datalageret er lukket. Log ind igen.")))


class StoreMissing(StoreError):
    """The store file (or its folder) is gone while the program had it open."""

    def __init__(self, path: str) -> None:
        super().__init__(msg(
            QT_TRANSLATE_NOOP("Messages", "Datalageret {path} findes ikke længere (slettet eller flyttet). Intet er "
                              "gemt i stedet. Luk programmet, og læg filen tilbage eller gendan en sikkerhedskopi "
                              "(visitation-desktop backup restore)."),
            path=path,
        ))  # fmt: skip
        self.path = path


class CaseChangedElsewhere(StoreError):
    """A save named an older revision than the store holds: nothing was written.

    ``current`` is the case as stored now, ``changed`` the Danish labels of the fields where it
    differs from the copy that was to be saved, ``by``/``at`` who saved it last and when.
    """

    def __init__(
        self,
        case_id: int,
        loaded_revision: int,
        current: CaseFile,
        changed: list[str],
        by: str = "",
        at: dt.datetime | None = None,
    ) -> None:
        who = f" af {by}" if by else ""
        super().__init__(
            f"Sag nr. {case_id} er ændret et andet sted{who}, efter den blev åbnet her. "
            "Intet er overskrevet; se ændringerne, og vælg hvad der skal gælde."
        )
        self.case_id = case_id
        self.loaded_revision = loaded_revision
        self.current_revision = current.revision
        self.current = current
        self.changed = changed
        self.by = by
        self.at = at


class KeyringUnwritable(StoreError):
    """``keys.json`` cannot be written (read-only folder, full disk): nothing was changed."""

    def __init__(self, path: object, problem: str) -> None:
        super().__init__(
            f"Nøglefilen {path} kan ikke skrives ({problem}). Der er ikke ændret noget. "
            "Bed IT om at give skriveadgang til datamappen, eller frigør plads på disken."
        )


class AuditHeadError(StoreError):
    """The access log's head in ``keys.json`` is damaged or forged."""
